//! `carepath plan`: the client's written plan, from a session file or from one role to
//! another, to standard output or a new file.

use std::fmt::Write as _;
use std::io;

use super::lookup::{self, Failure};
use super::{Outcome, Settings};
use crate::model::{Catalogue, Date, Nation};
use crate::plan::{self, Format};
use crate::search::SearchIndex;
use crate::session::{self, Session};
use crate::text::clean;

/// Builds the plan and writes it where it was asked for.
pub(super) fn run(
    s: &Settings,
    c: &Catalogue,
    index: &SearchIndex,
    args: &super::PlanArgs,
) -> Result<Outcome, Failure> {
    let mut stderr = String::new();
    let session = if let Some(path) = &args.session {
        let loaded = session::load(c, path).map_err(|e| Failure::new(1, format!("carepath: {e}")))?;
        for w in &loaded.warnings {
            let _ = writeln!(stderr, "{w}");
        }
        let mut session = loaded.session;
        // The session's own nation and hours, unless the command line says otherwise.
        if let Some(n) = s.cli.nation.as_deref().and_then(Nation::from_key) {
            session.lens.nation = n;
        }
        if let Some(h) = s.cli.hours {
            session.lens.hours = h;
        }
        session
    } else {
        // clap requires FROM and TO without --session.
        let (Some(from), Some(to)) = (&args.from, &args.to) else {
            return Err(Failure::usage("carepath: plan needs --session FILE, or FROM and TO".into()));
        };
        let current = lookup::role(c, index, from)?;
        let target = lookup::role(c, index, to)?;
        let held = lookup::held(c, &args.have)?;
        Session {
            lens: super::lens(s),
            current: Some(current),
            target: Some(target),
            held: held.sorted(),
            ..Session::default()
        }
    };
    let plan = plan::build(c, &session, args.date.unwrap_or_else(Date::today));
    let text = if s.cli.json {
        super::json::document("plan", &super::views::plan(&plan, &session.lens))
    } else {
        // clap has already limited the format to the known keys.
        plan::render(&plan, Format::from_key(&args.format).unwrap_or(Format::Markdown))
    };
    let Some(out) = &args.out else {
        return Ok(Outcome { stdout: text, stderr, code: 0 });
    };
    let shown = clean(&out.display().to_string());
    match crate::save::write_new(out, text.as_bytes(), args.force) {
        Ok(()) => {
            let _ = writeln!(stderr, "carepath: wrote the plan to {shown}");
            Ok(Outcome { stdout: String::new(), stderr, code: 0 })
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(Failure::new(
            1,
            format!("{stderr}carepath: {shown} already exists; choose another name, or add --force to replace it"),
        )),
        Err(e) => Err(Failure::new(1, format!("{stderr}carepath: cannot write {shown}: {e}"))),
    }
}
