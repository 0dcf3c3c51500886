//! The fuzzing harness: what each cargo-fuzz target in `fuzz/` does with its bytes.
//!
//! It lives in the library, not in `fuzz/`, so that `tests/fuzz_regressions.rs` replays
//! every seed and every crash input through the very same code on stable Rust in plain
//! `cargo test`; the fuzz crate only hands bytes over. Each function panics when, and only
//! when, the library breaks a promise: a panic inside it, or an answer that breaks one of
//! the invariants checked here (no raw control character in anything printed, diagnostics
//! inside the file they name).

use std::path::Path;

use crate::cli::json::document;
use crate::cli::plain;
use crate::cli::views::{self, RouteAsk};
use crate::data::{Diagnostic, SourceFile, validate_files};
use crate::filter::RoleFilter;
use crate::lens::Lens;
use crate::model::{Catalogue, Family, Nation, RoleIx, Sector, Setting};
use crate::requirements::Held;
use crate::routes::{Category, RouteFilter, RouteLimits, RouteOptions};
use crate::search::SearchIndex;

/// A line starting with this begins a new file in a loader input; the rest of the line is
/// the file's name (`%%% roles/x.toml`). Text before the first such line is `data.toml`.
pub const FILE_MARKER: &str = "%%% ";

/// At most this many files are made from one input; later markers stay in the last file.
pub const MAX_FILES: usize = 8;

/// Operations one query input may run, so a long input cannot run for ever.
const MAX_OPS: usize = 16;

/// Roles of a loaded catalogue the loader target runs every query on.
const SWEEP_ROLES: usize = 8;

/// Splits a loader input into the files of a data folder, as read from disk: file names
/// escaped as the folder walk escapes them, text decoded as UTF-8 (invalid sequences become
/// U+FFFD: the folder reader rejects such a file before validation ever sees it).
pub fn split_files(bytes: &[u8]) -> Vec<SourceFile> {
    let text = String::from_utf8_lossy(bytes);
    let mut files: Vec<SourceFile> = vec![SourceFile { path: "data.toml".into(), text: String::new() }];
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix(FILE_MARKER)
            && files.len() < MAX_FILES
        {
            let mut name = crate::text::escape_visible(name.trim_end_matches(['\n', '\r']));
            // A folder cannot hold two files of one name, and diagnostics are matched to
            // their file by name: a repeated name gets a suffix.
            if files.iter().any(|f| f.path == name) {
                name = format!("{name}#{}", files.len());
            }
            files.push(SourceFile { path: name, text: String::new() });
            continue;
        }
        if let Some(last) = files.last_mut() {
            last.text.push_str(line);
        }
    }
    // An empty leading `data.toml` is only there because the input began with a marker.
    if files.len() > 1 && files[0].text.is_empty() {
        files.remove(0);
    }
    files
}

/// The loader target: validates the files made from `bytes`, checks every diagnostic, and
/// runs the whole query layer over whatever loads.
pub fn loader(bytes: &[u8]) {
    let files = split_files(bytes);
    let report = validate_files(files.clone(), Vec::new());
    for d in &report.diagnostics {
        check_diagnostic(&files, d);
    }
    if let Some(catalogue) = report.catalogue {
        // One lens per input, picked from its length, so that over a run every nation and
        // both full- and part-time pay are seen without making each run four times longer.
        let nation = Nation::ALL[bytes.len() % Nation::ALL.len()];
        let hours =
            if (bytes.len() / Nation::ALL.len()).is_multiple_of(2) { crate::pay::FULL_TIME_HOURS } else { 22.5 };
        Queries::new(catalogue).sweep(Lens::new(nation, hours));
    }
}

/// A diagnostic names one of the files, points inside it (or one past its last line), and
/// carries no raw control character.
fn check_diagnostic(files: &[SourceFile], d: &Diagnostic) {
    let Some(file) = files.iter().find(|f| f.path == d.path) else {
        panic!("diagnostic names no file: {d:?}");
    };
    let lines = file.text.lines().count().max(1) + 1;
    assert!(d.line >= 1 && d.line <= lines, "{d:?} is outside a {lines}-line file");
    assert!(d.column >= 1, "{d:?} has column 0");
    assert_printable(&d.to_string());
}

/// Text meant for a terminal: nothing but line breaks among the control characters.
fn assert_printable(text: &str) {
    if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n') {
        panic!("raw control character {c:?} in output:\n{}", crate::text::escape_visible(text));
    }
}

/// The config target: the config file parser and the keymap parser, on the same text.
pub fn config(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    match crate::config::parse(Path::new("/fuzz/config.toml"), &text) {
        Ok(config) => {
            if let Some(keys) = &config.keys {
                // `parse` has checked the patch; applying it again must agree.
                assert!(crate::tui::keymap::Keymap::patched(keys).is_ok(), "a checked [keys] patch failed");
            }
        }
        Err(e) => {
            assert!(e.line >= 1 && e.column >= 1, "{e:?}");
            assert_printable(&e.to_string());
        }
    }
    if let Ok(keymap) = crate::tui::keymap::Keymap::parse(&text) {
        for context in crate::tui::keymap::Context::all() {
            for (action, keys) in keymap.bindings(context) {
                let _ = keymap.key_for(&[context], *action);
                for key in keys {
                    assert_eq!(keymap.action(&[context], *key), Some(*action), "the index disagrees with the bindings");
                }
            }
        }
    }
    for line in text.lines() {
        if let Some(key) = crate::tui::keymap::Key::parse(line.trim()) {
            // A key's label is for people (`up` shows as `↑`), so it need not parse back;
            // it must only be safe to print.
            assert_printable(&key.to_string());
        }
    }
}

/// A catalogue with its search index, ready for query inputs.
pub struct Queries {
    catalogue: Catalogue,
    index: SearchIndex,
}

/// The state one query input builds up as it goes.
struct Session {
    lens: Lens,
    held: Held,
}

/// Reads what a query input asks for; past its end every read is zero or empty.
struct Input<'a> {
    bytes: &'a [u8],
}

impl Input<'_> {
    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => 0,
        }
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    /// Up to 63 bytes of text, as typed into a search box or on the command line.
    fn text(&mut self) -> String {
        let len = usize::from(self.byte() % 64).min(self.bytes.len());
        let (text, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        String::from_utf8_lossy(text).into_owned()
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        match self.byte() {
            0 => None,
            b => all.get(usize::from(b - 1) % all.len()).copied(),
        }
    }
}

impl Queries {
    pub fn new(catalogue: Catalogue) -> Queries {
        let index = SearchIndex::new(&catalogue);
        Queries { catalogue, index }
    }

    /// The national data set built into the binary.
    pub fn embedded() -> Queries {
        Queries::new(crate::data::load_embedded().expect("the embedded data set is valid"))
    }

    /// The query target: a sequence of operations read from `bytes` (search, next steps,
    /// routes, compare, filters, role pages), each answer also printed as plain text and
    /// JSON, as the commands would.
    pub fn run(&self, bytes: &[u8]) {
        let mut input = Input { bytes };
        let mut session = Session { lens: Lens::default(), held: Held::default() };
        for _ in 0..MAX_OPS {
            if input.is_empty() {
                break;
            }
            match input.byte() % 9 {
                0 => self.search(&input.text(), &session.lens),
                8 => self.fit(&mut input, &session),
                1 => {
                    if let Some(role) = self.role(&mut input) {
                        self.next(role, &session);
                    }
                }
                2 => self.route(&mut input, &session),
                3 => {
                    let count = usize::from(input.byte() % 5);
                    let roles: Vec<RoleIx> = (0..count).filter_map(|_| self.role(&mut input)).collect();
                    self.compare(&roles, &session.lens);
                }
                4 => session.lens = Queries::lens(&mut input),
                5 => self.hold(&mut input, &mut session.held),
                6 => self.filter(&mut input, &session.lens),
                _ => {
                    if let Some(role) = self.role(&mut input) {
                        self.show(role, &session.lens);
                    }
                }
            }
        }
    }

    /// Every query over the first few roles of a catalogue, for one lens (the loader
    /// target picks it from the input): what the loader target runs on whatever loads.
    pub fn sweep(&self, lens: Lens) {
        let c = &self.catalogue;
        let roles: Vec<RoleIx> = c.role_indices().take(SWEEP_ROLES).collect();
        let session = Session { lens, held: Held::default() };
        let v = views::qualifications(c);
        assert_printable(&plain::qualifications(c, &v));
        let _ = document("qualifications", &v);
        let v = views::pathways(c, &lens);
        assert_printable(&plain::pathways(&v, &lens));
        let _ = document("pathways", &v);
        for p in &c.pathways {
            let v = views::pathway(c, p, &lens);
            assert_printable(&plain::pathway(c, &v, &lens));
            let _ = document("pathway", &v);
        }
        for (i, &role) in roles.iter().enumerate() {
            self.show(role, &lens);
            self.next(role, &session);
            self.search(&c.role(role).title, &lens);
            if let Some(&to) = roles.get((i + 1) % roles.len()) {
                self.routes(role, to, &RouteOptions::new(3), &session);
            }
        }
        self.compare(&roles[..roles.len().min(3)], &lens);
        self.filter_with(RoleFilter { nation: Some(lens.nation), ..RoleFilter::default() }, &lens);
        let v = views::values(c);
        assert_printable(&plain::values(&v));
        let _ = document("values", &v);
        let every = crate::fit::Query {
            choices: crate::fit::CHOICES.iter().collect(),
            from: roles.first().copied(),
            held: Held::default(),
        };
        self.rank(&every, &session, 5);
    }

    /// What fits: up to four choices read from the input, from a role or none, ranked and
    /// printed; the best route is found for the first few results.
    fn fit(&self, input: &mut Input<'_>, session: &Session) {
        let count = usize::from(input.byte() % 5);
        let all = crate::fit::CHOICES;
        let choices = (0..count).map(|_| &all[usize::from(input.byte()) % all.len()]).collect();
        let mut query = crate::fit::Query { choices, from: None, held: session.held.clone() };
        query.choices.dedup_by_key(|c| c.key);
        if input.byte() % 2 == 1 {
            query.from = self.role(input);
        }
        let max = 1 + usize::from(input.byte() % 10);
        self.rank(&query, session, max);
    }

    fn rank(&self, query: &crate::fit::Query, session: &Session, max: usize) {
        let c = &self.catalogue;
        let ranking = crate::fit::rank(c, query, &session.lens);
        // Every ranked role is one the nation does not rule out, and the order keeps its rules.
        for pair in ranking.fits.windows(2) {
            assert!(pair[0].involves <= pair[1].involves, "fewer things to avoid first");
        }
        let v = views::fit(c, query, &ranking, max, &session.lens);
        assert_printable(&plain::fit(&v, &session.lens));
        let _ = document("fit", &v);
    }

    /// A role: by index (high bit clear) or by what a person would type (set).
    fn role(&self, input: &mut Input<'_>) -> Option<RoleIx> {
        let count = self.catalogue.roles.len();
        if count == 0 {
            return None;
        }
        let b = input.byte();
        if b & 0x80 == 0 {
            let ix = (usize::from(b) << 16 | usize::from(input.u16())) % count;
            return Some(RoleIx(ix as u32));
        }
        // As the commands take a role: `lookup::role` resolves it, or says why not (its
        // messages are checked too). Fuzzy search is the costly part of a run, so each
        // name is searched once; a name that fails still picks a role, by its length.
        let query = input.text();
        match crate::cli::lookup::role(&self.catalogue, &self.index, &query) {
            Ok(ix) => Some(ix),
            Err(failure) => {
                assert_printable(&failure.message);
                Some(RoleIx((query.len() % count) as u32))
            }
        }
    }

    /// A nation and weekly hours: typed as `--hours` would be, one of the app's choices, or
    /// any number at all (the query layer must not fall over on NaN or infinity).
    fn lens(input: &mut Input<'_>) -> Lens {
        let nation = Nation::ALL[usize::from(input.byte()) % Nation::ALL.len()];
        let hours = match input.byte() % 3 {
            0 => crate::lens::parse_hours(&input.text()).unwrap_or(crate::pay::FULL_TIME_HOURS),
            1 => [37.5, 30.0, 22.5, 15.0, 0.01, 80.0][usize::from(input.byte()) % 6],
            _ => f64::from_bits(u64::from_le_bytes(std::array::from_fn(|_| input.byte()))),
        };
        Lens::new(nation, hours)
    }

    /// Adds or removes a held qualification, by index or by ids as `--have` takes them.
    fn hold(&self, input: &mut Input<'_>, held: &mut Held) {
        let count = self.catalogue.qualifications.len();
        match input.byte() % 3 {
            0 if count > 0 => held.insert(crate::model::QualIx(u32::from(input.u16()) % count as u32)),
            1 if count > 0 => held.remove(crate::model::QualIx(u32::from(input.u16()) % count as u32)),
            _ => {
                let ids: Vec<String> = input.text().split(',').map(str::to_string).collect();
                if let Ok(given) = crate::cli::lookup::held(&self.catalogue, &ids) {
                    for q in given.sorted() {
                        held.insert(q);
                    }
                }
            }
        }
    }

    fn search(&self, query: &str, lens: &Lens) {
        let c = &self.catalogue;
        let hits = self.index.search(query);
        for hit in hits.iter().take(5) {
            let role = c.role(hit.role);
            let _ = crate::search::matched_text(role, hit);
            let positions = crate::search::title_positions(&role.title, query);
            let chars = role.title.chars().count();
            assert!(positions.iter().all(|&p| p < chars), "a highlight lies outside the title {:?}", role.title);
        }
        let v = views::search(c, query, &hits, lens);
        assert_printable(&plain::search(c, &v, lens));
        let _ = document("search", &v);
    }

    fn next(&self, role: RoleIx, session: &Session) {
        let c = &self.catalogue;
        let held = session.held.in_role(c, role);
        let views = crate::graph::next_steps(c, role, &held, &session.lens);
        for v in &views {
            let _ = crate::wording::step_time_text(c, v);
            let _ = crate::wording::level_change_text(v.level_change);
            let _ = crate::wording::pay_change_text(v.pay_change, &session.lens);
        }
        let v = views::next(c, role, &session.held, !session.held.is_empty(), &session.lens);
        assert_printable(&plain::next(c, &v, &session.lens));
        let _ = document("next", &v);
        let into = crate::graph::steps_into(c, role, &held, &session.lens);
        for v in &into {
            let _ = crate::wording::step_time_text(c, v);
        }
    }

    fn route(&self, input: &mut Input<'_>, session: &Session) {
        let (Some(from), Some(to)) = (self.role(input), self.role(input)) else { return };
        let via = if input.byte() & 1 == 1 { self.role(input) } else { None };
        let options = RouteOptions {
            max: usize::from(input.byte() % 8),
            via,
            filter: input.pick(&[
                RouteFilter::Apprenticeship,
                RouteFilter::University,
                RouteFilter::InWork,
                RouteFilter::EarnWhileYouLearn,
            ]),
            max_sideways: usize::from(input.byte() % 3),
            // The real limits, or smaller ones: the search must stop cleanly at any limit.
            limits: match input.byte() % 4 {
                0 => RouteLimits::default(),
                _ => RouteLimits {
                    max_steps: usize::from(input.byte() % 10),
                    max_expansions: usize::from(input.u16()) * 4,
                },
            },
        };
        self.routes(from, to, &options, session);
    }

    fn routes(&self, from: RoleIx, to: RoleIx, options: &RouteOptions, session: &Session) {
        let c = &self.catalogue;
        let held = session.held.in_role(c, from);
        let found = crate::routes::routes_with(c, from, to, &held, &session.lens, options);
        assert!(found.len() <= options.max, "{} routes for a maximum of {}", found.len(), options.max);
        for route in &found {
            let roles = route.roles(c);
            assert_eq!((roles.first(), roles.last()), (Some(&from), Some(&to)), "a route that misses its ends");
            assert!(route.steps.len() <= options.limits.max_steps, "a route longer than the limit");
            let _ = (route.why(c), route.estimated(), route.rank_months(), route.open_now());
            let _ = Category::of(c, route).label();
        }
        let ask = RouteAsk { from, to, held: &session.held, given: !session.held.is_empty(), options };
        let v = views::route(c, &ask, &found, &session.lens);
        assert_printable(&plain::route(c, &v, &session.lens));
        let _ = document("route", &v);
    }

    fn compare(&self, roles: &[RoleIx], lens: &Lens) {
        let c = &self.catalogue;
        let rows = crate::compare::compare(c, roles, lens);
        for row in &rows {
            assert_eq!(row.values.len(), roles.len(), "a compare row with the wrong number of values");
            let _ = row.agreement.marker();
        }
        let v = views::compare(c, roles, lens);
        assert_printable(&plain::compare(c, &v, lens));
        let _ = document("compare", &v);
    }

    fn filter(&self, input: &mut Input<'_>, lens: &Lens) {
        let filter = RoleFilter {
            sector: input.pick(Sector::ALL),
            family: input.pick(Family::ALL),
            level: match input.byte() {
                0 => None,
                b => Some(b % 12),
            },
            setting: input.pick(Setting::ALL),
            nation: input.pick(Nation::ALL),
        };
        self.filter_with(filter, lens);
    }

    fn filter_with(&self, filter: RoleFilter, lens: &Lens) {
        let c = &self.catalogue;
        let roles = filter.apply(c);
        let _ = filter.describe();
        let v = views::roles(c, filter, &roles, lens);
        assert_printable(&plain::roles(c, &v, lens));
        let _ = document("roles", &v);
    }

    fn show(&self, role: RoleIx, lens: &Lens) {
        let c = &self.catalogue;
        let v = views::show(c, role, lens);
        assert_printable(&plain::show(c, &v, lens));
        let _ = document("show", &v);
        let _ = (crate::wording::levels_all(c, role), crate::wording::pay_text(c, c.role(role), lens));
    }
}
