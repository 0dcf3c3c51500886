//! An adviser's session: what the adviser and client built together, kept in a plain TOML
//! file the adviser owns (the format is documented in `docs/sessions.md`).
//!
//! A session names roles and qualifications by id, so it outlives the data it was made
//! with. Loading is forgiving in one direction only: whatever still makes sense is kept and
//! everything dropped is reported as a warning with its file, line and column (an id the
//! data no longer has, a value of the wrong type, a key carepath does not know). A file that
//! is not TOML at all is an error with its position, and nothing is loaded: a caller must
//! then not save over it.
//!
//! Saving is atomic (see [`crate::save`]): a crash mid-save leaves the previous file whole.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::data::{Diagnostic, Severity};
use crate::lens::Lens;
use crate::model::{Catalogue, Date, Nation, QualIx, RoleIx, StepIx};
use crate::requirements::Held;
use crate::routes::{Category, Route};
use crate::suggest::closest;
use crate::text::clean;

/// The session file format this version writes; files from a newer version are read as far
/// as they make sense, with a warning.
pub const FORMAT: i64 = 1;

/// Files above this size are not sessions.
const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// What an adviser and client built together. Every part is optional except the nation and
/// hours, which default to England, full time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// The client's name or a reference, as the adviser typed it.
    pub client: Option<String>,
    /// The day of the session.
    pub date: Option<Date>,
    /// The nation and weekly hours everything is seen through.
    pub lens: Lens,
    /// The client's current role.
    pub current: Option<RoleIx>,
    /// Qualifications the client said they hold (ticked), beyond what their role implies.
    pub held: Vec<QualIx>,
    /// Roles marked as worth considering, in the order they were marked.
    pub shortlist: Vec<RoleIx>,
    /// The role the client is aiming for.
    pub target: Option<RoleIx>,
    /// The route chosen from the current role to the target.
    pub route: Option<ChosenRoute>,
    /// What matters to the client, from the statements of "what fits me".
    pub matters: Vec<&'static crate::fit::Choice>,
    /// Free text; line breaks are kept.
    pub notes: String,
}

/// A chosen route as it is kept: the roles along it, start and end included, and how it is
/// mostly made. Enough to find the same route again in later data (see [`ChosenRoute::find`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenRoute {
    pub roles: Vec<RoleIx>,
    pub kind: Category,
}

impl ChosenRoute {
    /// The route as it is kept.
    pub fn of(catalogue: &Catalogue, route: &Route) -> ChosenRoute {
        ChosenRoute { roles: route.roles(catalogue), kind: Category::of(catalogue, route) }
    }

    /// The route through the same roles, of the same kind, that can be taken in the lens's
    /// nation; where more than one way between two roles fits, the quickest. `None` when
    /// the data no longer has such a route.
    pub fn find(&self, catalogue: &Catalogue, held: &Held, lens: &Lens) -> Option<Route> {
        let mut choices: Vec<Vec<StepIx>> = Vec::new();
        for pair in self.roles.windows(2) {
            let steps: Vec<StepIx> = catalogue
                .steps_from(pair[0])
                .iter()
                .copied()
                .filter(|&s| catalogue.step(s).to == pair[1])
                .filter(|&s| crate::nations::step_available(catalogue, catalogue.step(s), lens.nation).is_ok())
                .collect();
            choices.push(steps);
        }
        let mut best: Option<Route> = None;
        // Every combination of one step per pair, a few at most; bounded all the same.
        let combinations = choices.iter().try_fold(1usize, |n, c| n.checked_mul(c.len()))?;
        for mut n in 0..combinations.min(4096) {
            let mut steps = Vec::with_capacity(choices.len());
            for c in &choices {
                steps.push(c[n % c.len()]);
                n /= c.len();
            }
            let Some(route) = crate::routes::along(catalogue, steps, held, lens) else { continue };
            if Category::of(catalogue, &route) == self.kind && best.as_ref().is_none_or(|b| route.months < b.months) {
                best = Some(route);
            }
        }
        best
    }
}

/// A session loaded from a file, and what had to be dropped to load it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub session: Session,
    /// Each part that was dropped or could not be used, with where it is in the file.
    pub warnings: Vec<Diagnostic>,
}

/// A session file that could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// Not readable, or not TOML: nothing could be loaded.
    #[error("{0}")]
    Unreadable(Diagnostic),
    /// The file could not be written.
    #[error("{path}: cannot save the session: {source}")]
    Write { path: String, source: std::io::Error },
}

/// Reads a session file against the data in `catalogue`.
pub fn load(catalogue: &Catalogue, path: &Path) -> Result<Loaded, SessionError> {
    let shown = clean(&path.display().to_string());
    let fail = |message: String| SessionError::Unreadable(Diagnostic::file(&shown, message));
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read the session file: {e}")))?;
    if meta.len() > MAX_BYTES {
        return Err(fail("the file is over 8 MiB; it is not a session file".into()));
    }
    let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read the session file: {e}")))?;
    parse(catalogue, &text, &shown)
}

/// Reads session text; `path` is how the file is named in messages.
pub fn parse(catalogue: &Catalogue, text: &str, path: &str) -> Result<Loaded, SessionError> {
    let doc = DeTable::parse(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        SessionError::Unreadable(Diagnostic::at(Severity::Error, path, text, span, clean(e.message())))
    })?;
    let mut reader = Reader { catalogue, text, path, warnings: Vec::new() };
    let session = reader.session(doc.get_ref());
    let mut warnings = reader.warnings;
    warnings.sort_by_key(|d| (d.line, d.column));
    Ok(Loaded { session, warnings })
}

/// Writes the session to `path` atomically.
pub fn save(catalogue: &Catalogue, session: &Session, path: &Path) -> Result<(), SessionError> {
    crate::save::write_atomic(path, to_toml(catalogue, session).as_bytes())
        .map_err(|source| SessionError::Write { path: clean(&path.display().to_string()), source })
}

/// The session as the documented TOML text.
pub fn to_toml(catalogue: &Catalogue, session: &Session) -> String {
    let mut out = String::from(
        "# A carepath session (format: docs/sessions.md). Open it with `carepath --session FILE`;\n\
         # make the client's plan with `carepath plan --session FILE`.\n",
    );
    let _ = writeln!(out, "format = {FORMAT}");
    if let Some(client) = &session.client {
        let _ = writeln!(out, "client = {}", quoted(client));
    }
    if let Some(date) = session.date {
        let _ = writeln!(out, "date = {date}");
    }
    let _ = writeln!(out, "nation = {}", quoted(session.lens.nation.key()));
    let _ = writeln!(out, "hours = {}", hours(session.lens.hours));
    let role = |r: RoleIx| quoted(&catalogue.role(r).id);
    if let Some(r) = session.current {
        let _ = writeln!(out, "current = {}", role(r));
    }
    let held: Vec<String> = session.held.iter().map(|&q| quoted(&catalogue.qualification(q).id)).collect();
    let _ = writeln!(out, "held = [{}]", held.join(", "));
    let shortlist: Vec<String> = session.shortlist.iter().map(|&r| role(r)).collect();
    let _ = writeln!(out, "shortlist = [{}]", shortlist.join(", "));
    if let Some(r) = session.target {
        let _ = writeln!(out, "target = {}", role(r));
    }
    if !session.matters.is_empty() {
        let keys: Vec<String> = session.matters.iter().map(|c| quoted(c.key)).collect();
        let _ = writeln!(out, "matters = [{}]", keys.join(", "));
    }
    let notes = notes_lines(&session.notes).join("\n");
    if !notes.is_empty() {
        let _ = writeln!(out, "notes = {}", quoted(&format!("{notes}\n")));
    }
    if let Some(route) = &session.route {
        let roles: Vec<String> = route.roles.iter().map(|&r| role(r)).collect();
        let _ = write!(out, "\n[route]\nkind = {}\nroles = [{}]\n", quoted(route.kind.label()), roles.join(", "));
    }
    out
}

/// Notes as clean lines: control characters and escape sequences removed from each line,
/// trailing blank lines dropped, runs of blank lines folded to one.
pub fn notes_lines(notes: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in notes.lines().map(clean) {
        if !(line.is_empty() && lines.last().is_none_or(String::is_empty)) {
            lines.push(line);
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// A TOML basic string (multi-line when it holds line breaks), escaped by the toml crate.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn hours(h: f64) -> String {
    let text = format!("{h}");
    if text.contains('.') { text } else { format!("{text}.0") }
}

/// Turns a parsed document into a session, noting what it drops.
struct Reader<'a> {
    catalogue: &'a Catalogue,
    text: &'a str,
    path: &'a str,
    warnings: Vec<Diagnostic>,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn warn(&mut self, span: Range<usize>, message: String) {
        self.warnings.push(Diagnostic::at(Severity::Warning, self.path, self.text, span, message));
    }

    fn session(&mut self, doc: &DeTable<'_>) -> Session {
        let mut session = Session::default();
        for (key, value) in doc {
            let name = key.get_ref().as_ref();
            match name {
                "format" => self.format(value),
                "client" => session.client = self.string(name, value).map(|s| clean(&s)).filter(|s| !s.is_empty()),
                "date" => session.date = self.date(value),
                "nation" => {
                    if let Some(n) = self.string(name, value) {
                        match Nation::from_key(n.trim()) {
                            Some(n) => session.lens.nation = n,
                            None => self.warn(
                                value.span(),
                                format!(
                                    "unknown nation `{}`, so England is used; expected one of: {}",
                                    clean(&n),
                                    Nation::keys().join(", ")
                                ),
                            ),
                        }
                    }
                }
                "hours" => {
                    if let Some(h) = self.hours(value) {
                        session.lens.hours = h;
                    }
                }
                "current" => session.current = self.role_value(name, value),
                "target" => session.target = self.role_value(name, value),
                "held" => session.held = self.list(name, value, Reader::qual),
                "shortlist" => session.shortlist = self.list(name, value, Reader::role),
                "matters" => session.matters = self.list(name, value, Reader::choice),
                "notes" => {
                    session.notes = self.string(name, value).map(|n| notes_lines(&n).join("\n")).unwrap_or_default();
                }
                "route" => session.route = self.route(value),
                _ => {
                    let known = [
                        "format",
                        "client",
                        "date",
                        "nation",
                        "hours",
                        "current",
                        "target",
                        "held",
                        "shortlist",
                        "matters",
                        "notes",
                        "route",
                    ];
                    let hint = closest(name, known).map(|k| format!("; did you mean `{k}`?")).unwrap_or_default();
                    self.warn(key.span(), format!("unknown key `{}` is ignored{hint}", clean(name)));
                }
            }
        }
        // Held qualifications and marked roles are sets: a repeat is dropped quietly.
        dedup(&mut session.held);
        dedup(&mut session.shortlist);
        session.matters.dedup_by_key(|c| c.key);
        if let (Some(route), Some(current), Some(target)) = (&session.route, session.current, session.target)
            && (route.roles.first() != Some(&current) || route.roles.last() != Some(&target))
        {
            self.warn(
                doc.get("route").map_or(0..0, Spanned::span),
                "the route does not run from `current` to `target`, so it is dropped; the plan shows the best route between them instead".into(),
            );
            session.route = None;
        }
        session
    }

    fn format(&mut self, value: &Value<'_>) {
        match value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok()) {
            Some(FORMAT) => {}
            Some(n) if n > FORMAT => self.warn(
                value.span(),
                format!("this session was written by a newer carepath (format {n}); parts this version does not know are dropped"),
            ),
            _ => self.warn(value.span(), format!("`format` should be {FORMAT}")),
        }
    }

    fn string(&mut self, name: &str, value: &Value<'_>) -> Option<String> {
        if let Some(s) = value.get_ref().as_str() {
            return Some(s.to_string());
        }
        self.warn(
            value.span(),
            format!("`{name}` should be text in quotes, not {}; it is dropped", value.get_ref().type_str()),
        );
        None
    }

    fn date(&mut self, value: &Value<'_>) -> Option<Date> {
        let text = match value.get_ref() {
            DeValue::Datetime(d) => d.to_string(),
            DeValue::String(s) => s.to_string(),
            other => other.type_str().to_string(),
        };
        let date = Date::parse(text.trim());
        if date.is_none() {
            self.warn(
                value.span(),
                format!("`date` should be a day such as 2026-12-01, not `{}`; it is dropped", clean(&text)),
            );
        }
        date
    }

    fn hours(&mut self, value: &Value<'_>) -> Option<f64> {
        let number = match value.get_ref() {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok().map(|i| i as f64),
            _ => None,
        };
        let checked = number
            .ok_or_else(|| "`hours` should be a number such as 22.5".to_string())
            .and_then(|h| crate::lens::parse_hours(&h.to_string()));
        match checked {
            Ok(h) => Some(h),
            Err(e) => {
                self.warn(value.span(), format!("{e}; full time (37.5) is used"));
                None
            }
        }
    }

    fn role_value(&mut self, name: &str, value: &Value<'_>) -> Option<RoleIx> {
        if value.get_ref().as_str().is_none() {
            self.string(name, value);
            return None;
        }
        self.role(value)
    }

    fn role(&mut self, value: &Value<'_>) -> Option<RoleIx> {
        let id = value.get_ref().as_str()?;
        let found = self.catalogue.role_by_id(id.trim());
        if found.is_none() {
            let hint = closest(id, self.catalogue.roles.iter().map(|r| r.id.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.warn(value.span(), format!("the data has no role `{}`, so it is dropped{hint}", clean(id)));
        }
        found
    }

    fn choice(&mut self, value: &Value<'_>) -> Option<&'static crate::fit::Choice> {
        let key = value.get_ref().as_str()?;
        let found = crate::fit::choices::by_key(key.trim());
        if found.is_none() {
            let hint =
                closest(key, crate::fit::choices::keys()).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
            self.warn(
                value.span(),
                format!("`{}` is not one of the choices of what fits me, so it is dropped{hint}", clean(key)),
            );
        }
        found
    }

    fn qual(&mut self, value: &Value<'_>) -> Option<QualIx> {
        let id = value.get_ref().as_str()?;
        let found = self.catalogue.qualification_by_id(id.trim());
        if found.is_none() {
            let hint = closest(id, self.catalogue.qualifications.iter().map(|q| q.id.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            self.warn(value.span(), format!("the data has no qualification `{}`, so it is dropped{hint}", clean(id)));
        }
        found
    }

    /// A list of ids, each looked up by `one`; what is not an id is dropped with a warning.
    fn list<T>(&mut self, name: &str, value: &Value<'_>, one: impl Fn(&mut Self, &Value<'_>) -> Option<T>) -> Vec<T> {
        let Some(items) = value.get_ref().as_array() else {
            self.warn(
                value.span(),
                format!("`{name}` should be a list of ids in quotes, like [\"care-worker\"]; it is dropped"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            if item.get_ref().as_str().is_none() {
                self.warn(item.span(), format!("an item of `{name}` should be an id in quotes; it is dropped"));
            } else if let Some(found) = one(self, item) {
                out.push(found);
            }
        }
        out
    }

    fn route(&mut self, value: &Value<'_>) -> Option<ChosenRoute> {
        let Some(table) = value.get_ref().as_table() else {
            self.warn(value.span(), "`route` should be a table with `kind` and `roles`; it is dropped".into());
            return None;
        };
        let mut kind = None;
        let mut roles = None;
        for (key, v) in table {
            match key.get_ref().as_ref() {
                "kind" => {
                    let text = self.string("route.kind", v)?;
                    kind = Category::from_key(text.trim());
                    if kind.is_none() {
                        self.warn(v.span(), format!("unknown route kind `{}`; expected university, apprenticeship or in-work; the route is dropped", clean(&text)));
                        return None;
                    }
                }
                "roles" => {
                    let before = self.warnings.len();
                    let found = self.list("route.roles", v, Reader::role);
                    if self.warnings.len() > before {
                        self.warn(v.span(), "a role on the route is no longer in the data, so the route is dropped; the plan shows the best route instead".into());
                        return None;
                    }
                    roles = Some(found);
                }
                other => self.warn(key.span(), format!("unknown key `route.{}` is ignored", clean(other))),
            }
        }
        match (kind, roles) {
            (Some(kind), Some(roles)) if roles.len() >= 2 => Some(ChosenRoute { roles, kind }),
            (Some(_), Some(_)) => {
                self.warn(value.span(), "`route.roles` needs at least two roles; the route is dropped".into());
                None
            }
            (None, _) | (_, None) => {
                self.warn(value.span(), "`route` needs both `kind` and `roles`; the route is dropped".into());
                None
            }
        }
    }
}

fn dedup<T: PartialEq>(items: &mut Vec<T>) {
    let mut seen = 0;
    while seen < items.len() {
        if items[..seen].contains(&items[seen]) {
            items.remove(seen);
        } else {
            seen += 1;
        }
    }
}
