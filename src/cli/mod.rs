//! Command-line twins of the app's views: plain labelled text for people and screen
//! readers, or JSON for scripts. Every command builds its whole output first, then writes
//! it once, so a closed pipe (`carepath roles | head`) ends quietly instead of panicking.

use std::fmt::Write as _;
mod args;
mod crash;
// The fuzzing harness (`crate::fuzzing`) prints answers as these commands do.
pub(crate) mod json;
pub use json::SCHEMA_VERSION;
pub(crate) mod lookup;
pub(crate) mod plain;
mod plan;
pub mod views;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser as _;

pub use args::{Cli, Command, PlanArgs, RoleFilters};

use crate::data::{self, Layer};
use crate::filter::RoleFilter;
use crate::lens::Lens;
use crate::model::{Catalogue, Family, Nation, Sector, Setting};
use crate::search::SearchIndex;
use lookup::Failure;

/// What a command produced: text for stdout, a message for stderr, and the exit code.
struct Outcome {
    stdout: String,
    stderr: String,
    code: u8,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome { stdout, stderr: String::new(), code: 0 }
    }
}

impl From<Failure> for Outcome {
    fn from(failure: Failure) -> Outcome {
        Outcome { stdout: String::new(), stderr: failure.message, code: failure.code }
    }
}

/// Runs the command line; the binary's whole `main`.
pub fn main() -> ExitCode {
    crash::install();
    // Lets the tests see a crash report without a real bug; debug builds only.
    assert!(
        !(cfg!(debug_assertions) && std::env::var_os("CAREPATH_CRASH_TEST").is_some()),
        "a crash requested by CAREPATH_CRASH_TEST"
    );
    let cli = match Cli::try_parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout with code 0, usage errors with code 2.
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let outcome = run(cli);
    write_out(&outcome)
}

/// The command line, with the config file's defaults under it.
struct Settings {
    cli: Cli,
    config: crate::config::Config,
}

fn write_out(outcome: &Outcome) -> ExitCode {
    if !outcome.stdout.is_empty() {
        let mut out = io::stdout().lock();
        if let Err(e) = out.write_all(outcome.stdout.as_bytes()).and_then(|()| out.flush())
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            eprintln!("carepath: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    if !outcome.stderr.is_empty() {
        let mut err = io::stderr().lock();
        let _ = err.write_all(outcome.stderr.as_bytes());
        if !outcome.stderr.ends_with('\n') {
            let _ = err.write_all(b"\n");
        }
    }
    ExitCode::from(outcome.code)
}

fn layers(s: &Settings) -> Vec<Layer> {
    let base = s.cli.data.clone().map_or(Layer::Embedded, Layer::Dir);
    let added = s.config.add.iter().chain(&s.cli.add).cloned().map(Layer::Dir);
    std::iter::once(base).chain(added).collect()
}

/// Every folder the data set is read from (`--data`, `--add` and the config file's `add`)
/// must be one.
fn check_dirs(s: &Settings) -> Result<(), Failure> {
    s.cli.data.iter().chain(&s.config.add).chain(&s.cli.add).try_for_each(|dir| check_dir(dir))
}

/// Loads the data set, or explains every problem (exit 1).
fn load(s: &Settings) -> Result<Catalogue, Failure> {
    check_dirs(s)?;
    let mut meter = Meter::new(s.cli.json);
    let loaded = data::load_with_progress(&layers(s), &mut |p| meter.show(p));
    meter.clear();
    loaded.map_err(|e| Failure::new(1, format!("carepath: {e}")))
}

/// Loads the data set for the interactive app: on a thread of its own, with a loading
/// screen if it takes longer than half a second.
fn load_for_app(s: &Settings, theme: crate::tui::ThemeName) -> Result<Catalogue, Failure> {
    use crate::tui::loading::{Stopped, load_with_screen};
    check_dirs(s)?;
    let layers = layers(s);
    let what = match &s.cli.data {
        Some(dir) => format!("{}", dir.display()),
        None => "the national data set".into(),
    };
    let theme = crate::tui::theme::Theme::new(theme.honouring_no_color(std::env::var_os("NO_COLOR").as_deref()));
    let loaded = load_with_screen(&what, &theme, move |progress| {
        data::load_with_progress(&layers, &mut |p: data::Progress<'_>| progress(p))
    })
    .map_err(|e| match e {
        Stopped::ByUser => Failure::new(130, "carepath: loading stopped".into()),
        Stopped::Signal(sig) => Failure::new((128 + sig).clamp(0, 255) as u8, String::new()),
        Stopped::Terminal(e) => Failure::new(1, format!("carepath: {e}")),
    })?;
    loaded.map_err(|e| Failure::new(1, format!("carepath: {e}")))
}

/// A one-line progress report on stderr while a large data set loads: shown only when
/// stderr is a terminal, never with --json, and only once loading has taken half a
/// second, so that a normal start prints nothing at all. Cleared when loading ends.
struct Meter {
    start: std::time::Instant,
    /// When the line was last drawn; `None` until it first is.
    drawn: Option<std::time::Instant>,
    on: bool,
}

impl Meter {
    const DELAY: std::time::Duration = std::time::Duration::from_millis(500);
    const EVERY: std::time::Duration = std::time::Duration::from_millis(100);

    fn new(json: bool) -> Meter {
        Meter { start: std::time::Instant::now(), drawn: None, on: !json && io::stderr().is_terminal() }
    }

    fn show(&mut self, p: data::Progress<'_>) {
        let now = std::time::Instant::now();
        if !self.on
            || now.duration_since(self.start) < Self::DELAY
            || self.drawn.is_some_and(|t| now.duration_since(t) < Self::EVERY)
        {
            return;
        }
        self.drawn = Some(now);
        let what = match p.stage {
            data::Stage::Reading => format!("reading file {} of {}", p.done, p.total),
            data::Stage::Parsing => format!("parsing {:.1} of {:.1} MB", p.done as f64 / 1e6, p.total as f64 / 1e6),
            data::Stage::Checking => format!("checking item {} of {}", p.done, p.total),
        };
        let file = p.file.map(|f| format!(" ({})", crate::text::clean(f))).unwrap_or_default();
        // \r and "erase line": each report overwrites the last in place.
        let _ = write!(io::stderr().lock(), "\r\x1b[2Kcarepath: loading {:3.0}%: {what}{file}", p.overall() * 100.0);
    }

    fn clear(&mut self) {
        if self.drawn.is_some() {
            let _ = write!(io::stderr().lock(), "\r\x1b[2K");
        }
    }
}

fn check_dir(dir: &std::path::Path) -> Result<(), Failure> {
    if dir.is_dir() {
        Ok(())
    } else {
        Err(Failure::usage(format!("carepath: `{}` is not a folder", crate::text::clean(&dir.display().to_string()))))
    }
}

fn run(cli: Cli) -> Outcome {
    match run_inner(cli) {
        Ok(outcome) => outcome,
        Err(failure) => failure.into(),
    }
}

fn run_inner(cli: Cli) -> Result<Outcome, Failure> {
    match &cli.command {
        Some(Command::Completions { shell }) => return Ok(Outcome::ok(completions(*shell))),
        Some(Command::Man) => return man_page(),
        Some(Command::Schema) => {
            let mut text = serde_json::to_string_pretty(&data::json_schema()).unwrap_or_default();
            text.push('\n');
            return Ok(Outcome::ok(text));
        }
        Some(Command::Config { default: true }) => return Ok(Outcome::ok(crate::config::DEFAULT.to_string())),
        _ => {}
    }
    // A broken config file is reported before anything else, with its line and column.
    let config = crate::config::load().map_err(|e| Failure::new(1, format!("carepath: {e}")))?;
    if let Some(Command::Config { .. }) = &cli.command {
        return Ok(Outcome::ok(config_report(&config)));
    }
    let settings = Settings { cli, config };
    let s = &settings;
    let cli = &s.cli;
    let Some(command) = &cli.command else {
        return open_app(s);
    };
    if let Command::Validate { dirs } = command {
        return validate(s, dirs);
    }
    let catalogue = load(s)?;
    let index = SearchIndex::new(&catalogue);
    if let Command::Plan(args) = command {
        return plan::run(s, &catalogue, &index, args);
    }
    let json = cli.json;
    let c = &catalogue;
    let lens = lens(s);
    let lens = &lens;
    // Each command builds its view once; --json serializes it and plain text words it.
    macro_rules! answer {
        ($name:literal, $view:expr, |$v:ident| $plain:expr) => {{
            let $v = $view;
            if json { json::document($name, &$v) } else { $plain }
        }};
    }
    let text = match command {
        Command::Search { query, limit } => {
            let hits: Vec<_> = index.search(query).into_iter().take(*limit).collect();
            answer!("search", views::search(c, query, &hits, lens), |v| plain::search(c, &v, lens))
        }
        Command::Roles(filters) => {
            let filter = role_filter(filters, lens);
            let roles = filter.apply(c);
            answer!("roles", views::roles(c, filter, &roles, lens), |v| plain::roles(c, &v, lens))
        }
        Command::Show { role } => {
            let role = lookup::role(c, &index, role)?;
            answer!("show", views::show(c, role, lens), |v| plain::show(c, &v, lens))
        }
        Command::Next { role, have } => {
            let role = lookup::role(c, &index, role)?;
            let held = lookup::held(c, have)?;
            answer!("next", views::next(c, role, &held, !have.is_empty(), lens), |v| plain::next(c, &v, lens))
        }
        Command::Compare { roles } => {
            let roles = roles.iter().map(|r| lookup::role(c, &index, r)).collect::<Result<Vec<_>, _>>()?;
            answer!("compare", views::compare(c, &roles, lens), |v| plain::compare(c, &v, lens))
        }
        Command::Route { from, to, have, max, via, kind } => {
            let from = lookup::role(c, &index, from)?;
            let to = lookup::role(c, &index, to)?;
            let held = lookup::held(c, have)?;
            let mut options = crate::routes::RouteOptions::new(usize::from(*max));
            options.via = via.as_deref().map(|v| lookup::role(c, &index, v)).transpose()?;
            options.filter = kind.as_deref().and_then(crate::routes::RouteFilter::from_key);
            let routes = crate::routes::routes_with(c, from, to, &held, lens, &options);
            let ask = views::RouteAsk { from, to, held: &held, given: !have.is_empty(), options: &options };
            answer!("route", views::route(c, &ask, &routes, lens), |v| plain::route(c, &v, lens))
        }
        Command::Fit { values, like, avoid, from, have, max } => {
            // clap has already limited each key to the choices it names.
            let mut query = crate::fit::Query {
                choices: values
                    .iter()
                    .chain(like)
                    .chain(avoid)
                    .filter_map(|k| crate::fit::choices::by_key(k))
                    .collect(),
                ..Default::default()
            };
            query.choices.dedup_by_key(|ch| ch.key);
            if query.choices.is_empty() {
                return Err(Failure::usage(
                    "carepath: say what matters with --values, --like or --avoid (`carepath values` lists every choice)"
                        .into(),
                ));
            }
            query.from = from.as_deref().map(|r| lookup::role(c, &index, r)).transpose()?;
            query.held = lookup::held(c, have)?;
            let ranking = crate::fit::rank(c, &query, lens);
            answer!("fit", views::fit(c, &query, &ranking, usize::from(*max), lens), |v| plain::fit(&v, lens))
        }
        Command::Values => answer!("values", views::values(c), |v| plain::values(&v)),
        Command::Pathways => answer!("pathways", views::pathways(c, lens), |v| plain::pathways(&v, lens)),
        Command::Pathway { name } => {
            let pathway = lookup::pathway(c, name)?;
            answer!("pathway", views::pathway(c, pathway, lens), |v| plain::pathway(c, &v, lens))
        }
        Command::Qualifications => {
            answer!("qualifications", views::qualifications(c), |v| plain::qualifications(c, &v))
        }
        Command::Validate { .. }
        | Command::Plan(_)
        | Command::Completions { .. }
        | Command::Man
        | Command::Schema
        | Command::Config { .. } => {
            unreachable!("handled before this match")
        }
    };
    Ok(Outcome::ok(text))
}

fn role_filter(f: &RoleFilters, lens: &Lens) -> RoleFilter {
    // clap has already limited each value to the vocabulary's keys.
    RoleFilter {
        sector: f.sector.as_deref().and_then(Sector::from_key),
        family: f.family.as_deref().and_then(Family::from_key),
        level: f.level,
        setting: f.setting.as_deref().and_then(Setting::from_key),
        nation: Some(lens.nation),
    }
}

/// The nation and hours every command sees through: the flag, else the config file, else
/// England, full time.
fn lens(s: &Settings) -> Lens {
    // clap has already limited the nation to the vocabulary's keys.
    let nation = s.cli.nation.as_deref().and_then(Nation::from_key).or(s.config.nation).unwrap_or(Nation::England);
    Lens::new(nation, s.cli.hours.or(s.config.hours).unwrap_or(crate::pay::FULL_TIME_HOURS))
}

/// `carepath config`: where the file is and what it sets.
fn config_report(config: &crate::config::Config) -> String {
    let mut out = String::new();
    match (&config.path, crate::config::location()) {
        (Some(path), _) => {
            let _ = writeln!(out, "Config file: {} (valid)", clean_path(path));
            let set =
                |name: &str, value: Option<String>| value.map(|v| format!("  {name} = {v}\n")).unwrap_or_default();
            out.push_str(&set("nation", config.nation.map(|n| n.key().to_string())));
            out.push_str(&set("hours", config.hours.map(|h| h.to_string())));
            out.push_str(&set("theme", config.theme.clone()));
            for dir in &config.add {
                let _ = writeln!(out, "  add = {}", clean_path(dir));
            }
            if config.keys.is_some() {
                out.push_str("  [keys]: the keymap is changed\n");
            }
        }
        (None, Some(path)) => {
            let _ = writeln!(
                out,
                "No config file. carepath looks for {}; `carepath config --default` prints one to start from.",
                clean_path(&path)
            );
        }
        (None, None) => out.push_str("No config directory could be found on this system.\n"),
    }
    out
}

fn clean_path(path: &std::path::Path) -> String {
    crate::text::clean(&path.display().to_string())
}

fn validate(s: &Settings, dirs: &[PathBuf]) -> Result<Outcome, Failure> {
    let cli = &s.cli;
    if !dirs.is_empty() && (cli.data.is_some() || !cli.add.is_empty()) {
        return Err(Failure::usage(
            "carepath: `validate DIR` checks the folders it names together; --data and --add apply to `validate` \
             only without folders. Use `carepath --add DIR validate` to check a folder on top of the national set."
                .into(),
        ));
    }
    for dir in dirs.iter().chain(&cli.add).chain(cli.data.iter()) {
        check_dir(dir)?;
    }
    let layers = if dirs.is_empty() { layers(s) } else { dirs.iter().cloned().map(Layer::Dir).collect() };
    let mut meter = Meter::new(cli.json);
    let report = data::validate_with_progress(&layers, &mut |p| meter.show(p));
    meter.clear();
    let view = views::validate(&layers, &report);
    let text = if cli.json { json::document("validate", &view) } else { plain::validate(&view) };
    Ok(Outcome { stdout: text, stderr: String::new(), code: u8::from(report.errors() > 0) })
}

fn open_app(s: &Settings) -> Result<Outcome, Failure> {
    if !io::stdout().is_terminal() {
        return Err(Failure::usage(
            "carepath: the interactive app needs a terminal, and standard output is not one.\n\
             Use a command instead; each prints plain text (or JSON with --json):\n  \
             carepath search QUERY      find a role\n  \
             carepath roles             list roles (filters: --sector --family --level --setting --nation)\n  \
             carepath show ROLE         everything about a role\n  \
             carepath next ROLE         next steps and what each needs (--have QUAL,...)\n  \
             carepath compare ROLE ROLE [ROLE]\n  \
             carepath route FROM TO     routes between two roles\n  \
             carepath pathways          curated pathways (and: carepath pathway NAME)\n  \
             carepath validate          check the data\n\
             See carepath --help."
                .into(),
        ));
    }
    let theme = s.cli.theme.as_deref().or(s.config.theme.as_deref()).and_then(crate::tui::ThemeName::parse);
    let catalogue = load_for_app(s, theme.unwrap_or_default())?;
    let keymap = match &s.config.keys {
        Some(patch) => crate::tui::keymap::Keymap::patched(patch),
        None => crate::tui::keymap::Keymap::embedded(),
    }
    .map_err(|e| Failure::new(1, format!("carepath: {e}")))?;
    let opening = match &s.cli.session {
        Some(path) => Some(open_session(&catalogue, path, s)?),
        None => None,
    };
    crate::tui::run(catalogue, theme.unwrap_or_default(), lens(s), keymap, &s.config.colours, opening).map_err(
        |e| {
            match e.downcast_ref::<crate::tui::Signalled>() {
                // The conventional exit for a signal, with nothing more to say.
                Some(crate::tui::Signalled(sig)) => Failure::new((128 + sig).clamp(0, 255) as u8, String::new()),
                None => Failure::new(1, format!("carepath: {e:#}")),
            }
        },
    )?;
    Ok(Outcome::ok(String::new()))
}

/// Reads the session the app opens on. A file that cannot be read at all stops here, before
/// the terminal opens, so it is never saved over; a new file name starts an empty session
/// that will be saved there. Flags given with it (nation, hours) win over the file's.
fn open_session(
    catalogue: &crate::model::Catalogue,
    path: &std::path::Path,
    s: &Settings,
) -> Result<crate::tui::session::Opening, Failure> {
    let (mut session, warnings) = if path.exists() {
        let loaded = crate::session::load(catalogue, path).map_err(|e| Failure::new(1, format!("carepath: {e}")))?;
        (loaded.session, loaded.warnings.iter().map(ToString::to_string).collect())
    } else {
        (crate::session::Session { lens: lens(s), ..Default::default() }, Vec::new())
    };
    if s.cli.nation.is_some() || s.cli.hours.is_some() {
        session.lens = lens(s);
    }
    Ok(crate::tui::session::Opening { session, path: path.to_path_buf(), warnings })
}

/// A completion script for `shell`, generated from the same command line clap parses.
fn completions(shell: clap_complete::Shell) -> String {
    use clap::CommandFactory as _;
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "carepath", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page, in roff, from the same command line clap parses.
fn man_page() -> Result<Outcome, Failure> {
    use clap::CommandFactory as _;
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| Failure::new(1, format!("carepath: cannot write the manual page: {e}")))?;
    Ok(Outcome::ok(String::from_utf8_lossy(&out).into_owned()))
}
