//! Raw items → the model, checking everything a hand-edited file can get wrong: ids,
//! references, vocabularies, ranges, URLs, dates. Every problem becomes a diagnostic;
//! the first definition of a duplicated id wins so later checks still make sense.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;
use std::sync::OnceLock;

use toml::Spanned;

use super::diag::LineIndex;
use super::raw::{
    RawBand, RawCharacter, RawDataset, RawFramework, RawLevel, RawLevels, RawNationFacts, RawPay, RawPayFloor,
    RawPayScale, RawQualification, RawRegistration, RawRole, RawSource, RawStep, RawTheme,
};
use super::{At, Diagnostic, Items, Progress, Severity, Stage};
use crate::levels::LevelRow;
use crate::model::{
    AfcBand, BandRange, Catalogue, Character, CountsAs, CwpCategory, Date, Duration, Family, Levels, Nation, Origin,
    Pay, PayUnit, QualIx, QualKind, Qualification, Reference, Registration, Requirement, Role, RoleIx, RouteKind,
    Sector, Setting, Source, Step, Trait,
};
use crate::nations::NationFacts;
use crate::pay::{FloorScope, PayFloor, PayScale, ScaleBand};
use crate::suggest::{Suggester, closest};
use crate::text::{clean_cow, clean_owned};

mod drafts;
mod parallel;
mod pathways;
mod reference;
mod roles;
mod sources;
mod steps;
mod values;
pub(super) use drafts::{Drafter, Drafts, Refs, RoleDraft, StepDraft};
use pathways::pathway;
use reference::{reference_items, stale_pay};
use roles::link_role;
use sources::{source, sources};
use values::themes_and_frameworks;

struct Ctx<'a> {
    paths: &'a [Arc<str>],
    /// The line index of each file from `first` on: a parsing thread has only its own.
    lines: &'a [LineIndex],
    first: usize,
    diags: &'a mut Vec<Diagnostic>,
    /// Unknown-id errors are held back when a file could not be parsed: the id may be
    /// defined in that file, and a cascade of false alarms would bury the real problem.
    report_unknown_ids: bool,
    today: Date,
}

impl Ctx<'_> {
    fn push(&mut self, severity: Severity, file: At, span: Range<usize>, message: String) {
        let (path, lines) = (&self.paths[file.file()], self.lines_of(file));
        self.diags.push(Diagnostic::at_indexed(severity, path, lines, file.offset(&span), message));
    }
    fn error(&mut self, file: At, span: Range<usize>, message: String) {
        self.push(Severity::Error, file, span, message);
    }
    fn lines_of(&self, file: At) -> &LineIndex {
        &self.lines[file.file() - self.first]
    }
    fn warn(&mut self, file: At, span: Range<usize>, message: String) {
        self.push(Severity::Warning, file, span, message);
    }
    fn place(&self, file: At, span: &Range<usize>) -> String {
        let (line, column) = self.lines_of(file).locate(file.offset(span).start);
        format!("{}:{line}:{column}", self.paths[file.file()])
    }
    fn origin(&self, file: At, span: &Range<usize>) -> Origin {
        Origin { path: self.paths[file.file()].clone(), line: self.lines_of(file).locate(file.offset(span).start).0 }
    }
}

/// Maps keyed by ids and step ends, built and read hundreds of thousands of times while
/// loading a large set: foldhash, as the data is the user's own and no attacker chooses
/// keys to collide (the standard hasher's guard against that costs more per key).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// Ids known so far, with where each was first defined.
struct Ids<T> {
    map: FastMap<String, (T, At, Range<usize>)>,
    broken: HashSet<String>,
    /// Built at the first unknown id, so a clean data set never pays for it; dropped when
    /// an id is added.
    suggester: OnceLock<Suggester>,
}

impl<T: Copy> Ids<T> {
    fn new(broken: &[String]) -> Self {
        Ids::with_capacity(0, broken)
    }

    /// Sized for the ids to come: growing a map of 100,000 ids rehashes every id many times.
    fn with_capacity(ids: usize, broken: &[String]) -> Self {
        Ids {
            map: FastMap::with_capacity_and_hasher(ids, foldhash::fast::RandomState::default()),
            broken: broken.iter().cloned().collect(),
            suggester: OnceLock::new(),
        }
    }

    fn insert(&mut self, key: String, value: (T, At, Range<usize>)) {
        self.map.insert(key, value);
        self.suggester.take();
    }

    /// The known id most like `key`, through an index of them all.
    fn closest(&self, key: &str) -> Option<String> {
        // Built once, by whichever linking thread first meets an unknown id; then shared.
        let suggester = self.suggester.get_or_init(|| {
            // Sorted, so that which of two equally close ids is offered never varies.
            let mut keys: Vec<&str> = self.map.keys().map(String::as_str).collect();
            keys.sort_unstable();
            Suggester::new(keys)
        });
        suggester.suggest(key).map(str::to_string)
    }

    /// Resolves a reference, reporting an unknown id with the closest known one.
    fn resolve(&self, cx: &mut Ctx<'_>, file: At, id: &Spanned<String>, what: &str) -> Option<T> {
        self.resolve_str(cx, file, id.get_ref(), id.span(), what)
    }

    /// [`Ids::resolve`] for an id as written at `span`.
    fn resolve_str(&self, cx: &mut Ctx<'_>, file: At, id: &str, span: Range<usize>, what: &str) -> Option<T> {
        let key = id.trim();
        if let Some((ix, _, _)) = self.map.get(key) {
            return Some(*ix);
        }
        if cx.report_unknown_ids && !self.broken.contains(key) {
            let hint = self
                .closest(key)
                .map(|s| format!("; did you mean `{}`?", crate::text::escape_visible(&s)))
                .unwrap_or_default();
            cx.error(file, span, format!("unknown {what} `{}`{hint}", crate::text::escape_visible(key)));
        }
        None
    }
}

pub(super) fn build(
    paths: &[Arc<str>],
    lines: &[LineIndex],
    today: Date,
    items: Items,
    drafts: Drafts,
    diags: &mut Vec<Diagnostic>,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Catalogue {
    let report_unknown_ids = !items.unreadable_file;
    let mut cx = Ctx { paths, lines, first: 0, diags, report_unknown_ids, today };
    let (role_count, step_count) = drafts.counts();
    let total = (items.qualifications.len() + role_count + step_count + items.pathways.len()) as u64;
    let mut checked = Checked { done: 0, total, progress };

    let mut quals = Ids::<QualIx>::with_capacity(items.qualifications.len(), &items.broken_qualifications);
    let mut kept_quals = Vec::with_capacity(items.qualifications.len());
    for (file, raw) in items.qualifications {
        let ix = QualIx(kept_quals.len() as u32);
        if register(&mut cx, &mut quals, file, written(&raw.id), "qualification", ix) {
            kept_quals.push((file, raw));
        }
    }
    let mut roles = Ids::<RoleIx>::with_capacity(role_count, &items.broken_roles);
    let Drafts { roles: mut role_parts, steps: step_parts, refs } = drafts;
    let mut kept = 0;
    for part in &mut role_parts {
        // A duplicate is dropped where it stands, so the kept roles keep their order and
        // the nth of them is RoleIx(n).
        part.retain(|(file, draft)| {
            let ix = RoleIx(kept);
            let new = register(&mut cx, &mut roles, *file, (&draft.role.id, draft.id_span.clone()), "role", ix);
            kept += u32::from(new);
            new
        });
    }

    let mut equivalents = Vec::new();
    let mut qualifications: Vec<Qualification> = kept_quals
        .into_iter()
        .enumerate()
        .map(|(i, (file, raw))| {
            checked.one();
            let (q, eq) = qualification(&mut cx, file, raw, &quals);
            equivalents.extend(eq.into_iter().map(|other| (QualIx(i as u32), other)));
            q
        })
        .collect();
    // "Equivalent" works both ways: each side counts as the other, everywhere.
    for (a, b) in equivalents {
        for (x, y) in [(a, b), (b, a)] {
            let list = &mut qualifications[x.0 as usize].counts_as;
            if !list.iter().any(|c| c.qualification == y && c.nations.is_empty()) {
                list.push(CountsAs { qualification: y, nations: Vec::new() });
            }
        }
    }
    let mut role_list: Vec<Role> = Vec::with_capacity(kept as usize);
    parallel::check_all(
        &mut cx,
        &mut checked,
        role_parts,
        |cx, (file, draft)| link_role(cx, file, draft, &refs[file.file()], &quals),
        |_, role| role_list.push(role),
    );

    let mut steps = Vec::with_capacity(step_count);
    // Where each step was first defined, by what makes it the same step; the nations as a
    // set of bits, so the key costs no allocation.
    // Left to grow: sized for every step at once (21 MB at 100,000 roles, written all over
    // from the start), it raised loading's peak by 12 MB for a few milliseconds saved.
    // Only where each starts is kept: 24 bytes an entry rather than 40.
    let mut seen_steps: FastMap<SameStep, (At, u32)> = FastMap::default();
    parallel::check_all(
        &mut cx,
        &mut checked,
        step_parts,
        |cx, (file, draft)| {
            let refs = &refs[file.file()];
            let from_span = refs.first(draft.from).1;
            (file, from_span, steps::link_step(cx, file, draft, refs, &roles, &quals))
        },
        |cx, (file, from_span, step)| {
            let Some(step) = step else { return };
            let nation_set = step.nations.iter().fold(0_u8, |set, n| set | 1 << *n as u8);
            let key = (step.from, step.to, step.route, nation_set);
            if let Some(&(first_file, first_start)) = seen_steps.get(&key) {
                let first = cx.place(first_file, &(first_start as usize..first_start as usize));
                // A step's ends resolved to these roles, so their ids are its ids, trimmed.
                let (from, to) = (&role_list[step.from.0 as usize].id, &role_list[step.to.0 as usize].id);
                cx.error(
                    file,
                    from_span,
                    format!(
                        "duplicate step `{}` → `{}` by {}; first defined at {first}",
                        crate::text::escape_visible(from),
                        crate::text::escape_visible(to),
                        step.route.key()
                    ),
                );
            } else {
                seen_steps.insert(key, (file, u32::try_from(from_span.start).unwrap_or(u32::MAX)));
                steps.push(step);
            }
        },
    );
    drop(refs);

    // Only pathways ask which roles a step links: an organisation's large set has none.
    let linked: HashSet<(RoleIx, RoleIx)> =
        if items.pathways.is_empty() { HashSet::new() } else { steps.iter().map(|s| (s.from, s.to)).collect() };
    let mut pathways = Vec::new();
    let mut pathway_ids = Ids::<usize>::new(&[]);
    for (file, raw) in items.pathways {
        checked.one();
        if register(&mut cx, &mut pathway_ids, file, written(&raw.id), "pathway", pathways.len()) {
            pathways.push(pathway(&mut cx, file, raw, &roles, &linked));
        }
    }

    // A role nobody can reach or leave is almost always a forgotten step.
    let mut touched = vec![false; role_list.len()];
    for s in &steps {
        touched[s.from.0 as usize] = true;
        touched[s.to.0 as usize] = true;
    }
    for (ix, role) in role_list.iter().enumerate() {
        if !touched[ix]
            && let Some((_, file, span)) = roles.map.get(&role.id)
        {
            let (file, span) = (*file, span.clone());
            cx.warn(file, span, format!("role `{}` has no steps in or out", crate::text::escape_visible(&role.id)));
        }
    }

    let mut reference =
        reference_items(&mut cx, &items.datasets, items.pay_scales, items.pay_floors, items.nation_facts, items.levels);
    (reference.themes, reference.frameworks) = themes_and_frameworks(&mut cx, items.themes, items.frameworks);
    stale_pay(&mut cx, &role_list, &roles, reference.pay_year);
    checked.finish();
    steps.shrink_to_fit();
    let mut catalogue = Catalogue::new(role_list, qualifications, steps, pathways);
    catalogue.reference = reference;
    catalogue
}

/// What makes two steps the same: ends, route, and nations as a set of bits.
type SameStep = (RoleIx, RoleIx, RouteKind, u8);

/// Counts items checked, telling the progress callback every so often: each call costs
/// little, but tens of thousands of them would.
struct Checked<'a> {
    done: u64,
    total: u64,
    progress: &'a mut dyn FnMut(Progress<'_>),
}

impl Checked<'_> {
    const EVERY: u64 = 2048;

    /// `n` more items checked at once (a run checked on another thread).
    fn add(&mut self, n: u64) {
        self.done += n;
        self.tell();
    }

    fn one(&mut self) {
        self.done += 1;
        if self.done.is_multiple_of(Self::EVERY) {
            self.tell();
        }
    }

    fn finish(&mut self) {
        self.done = self.total;
        self.tell();
    }

    fn tell(&mut self) {
        (self.progress)(Progress { stage: Stage::Checking, done: self.done, total: self.total, file: None });
    }
}

/// An id as written, trimmed, and where.
fn written(id: &Spanned<String>) -> (&str, Range<usize>) {
    (id.get_ref().trim(), id.span())
}

/// Checks an id's spelling and uniqueness; returns false for a duplicate (which is dropped).
/// `id` is the id, trimmed, and where it was written.
fn register<T: Copy>(
    cx: &mut Ctx<'_>,
    ids: &mut Ids<T>,
    file: At,
    (key, span): (&str, Range<usize>),
    what: &str,
    ix: T,
) -> bool {
    let key = key.to_string();
    if !is_kebab(&key) {
        let hint = kebab(&key);
        let hint = if hint.is_empty() { String::new() } else { format!(", e.g. `{hint}`") };
        cx.error(
            file,
            span.clone(),
            format!(
                "{what} id `{}` must be lowercase words joined by hyphens{hint}",
                crate::text::escape_visible(&key)
            ),
        );
    }
    if let Some((_, first_file, first_span)) = ids.map.get(&key) {
        let first = cx.place(*first_file, &first_span.clone());
        cx.error(
            file,
            span.clone(),
            format!("duplicate {what} id `{}`; first defined at {first}", crate::text::escape_visible(&key)),
        );
        return false;
    }
    ids.insert(key, (ix, file, span));
    true
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn kebab(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn required_text(cx: &mut Ctx<'_>, file: At, value: Spanned<String>, what: &str) -> String {
    let span = value.span();
    let text = clean_owned(value.into_inner());
    if text.is_empty() {
        cx.error(file, span, format!("{what} must not be empty"));
    }
    text
}

fn clean_all(list: Vec<String>) -> Vec<String> {
    list.into_iter().map(clean_owned).filter(|s| !s.is_empty()).collect()
}

/// An id as it is kept: trimmed, reusing the string when there was nothing to trim.
fn trimmed(id: Spanned<String>) -> String {
    let id = id.into_inner();
    if id.trim().len() == id.len() { id } else { id.trim().to_string() }
}

fn vocab<T: Copy>(
    cx: &mut Ctx<'_>,
    file: At,
    value: &Spanned<String>,
    what: &str,
    parse: fn(&str) -> Option<T>,
    // A function, so the list is only built for an error message.
    keys: fn() -> Vec<&'static str>,
) -> Option<T> {
    let key = value.get_ref().trim();
    if let Some(v) = parse(key) {
        return Some(v);
    }
    let keys = keys();
    let hint = closest(key, keys.iter().copied()).map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default();
    cx.error(
        file,
        value.span(),
        format!("unknown {what} `{}`{hint}; expected one of: {}", crate::text::escape_visible(key), keys.join(", ")),
    );
    None
}

/// A pay year written `2026/27`.
fn pay_year(cx: &mut Ctx<'_>, file: At, raw: &Spanned<String>) -> Option<crate::pay::PayYear> {
    let parsed = crate::pay::PayYear::parse(raw.get_ref());
    if parsed.is_none() {
        cx.error(
            file,
            raw.span(),
            format!(
                "pay year `{}` must be an April-to-March year written like 2026/27; put the survey date in `basis`",
                crate::text::escape_visible(raw.get_ref())
            ),
        );
    }
    parsed
}

fn reviewed(cx: &mut Ctx<'_>, file: At, raw: &Spanned<String>) -> Date {
    if let Some(date) = Date::parse(raw.get_ref().trim()) {
        if date > cx.today {
            cx.warn(file, raw.span(), format!("reviewed date {date} is in the future"));
        }
        date
    } else {
        cx.error(
            file,
            raw.span(),
            format!(
                "malformed date `{}`: write the reviewed date as YYYY-MM-DD, e.g. 2026-11-22",
                crate::text::escape_visible(raw.get_ref())
            ),
        );
        Date { year: 1900, month: 1, day: 1 }
    }
}

fn ranged(cx: &mut Ctx<'_>, file: At, raw: Option<&Spanned<i64>>, range: Range<i64>, what: &str) -> Option<u8> {
    let value = raw?;
    let n = *value.get_ref();
    if range.contains(&n) {
        Some(n as u8)
    } else {
        cx.error(file, value.span(), format!("{what} must be from {} to {}, not {n}", range.start, range.end - 1));
        None
    }
}

fn duration(cx: &mut Ctx<'_>, file: At, raw: Option<&Spanned<String>>) -> Option<Duration> {
    let value = raw?;
    let text = clean_cow(value.get_ref());
    let parsed = Duration::parse(&text);
    if parsed.is_none() {
        cx.error(
            file,
            value.span(),
            format!(
                "cannot read duration `{text}`: write a number or range and a unit, e.g. \"12 weeks\", \"18-24 months\" or \"3 years\""
            ),
        );
    }
    parsed
}

fn nations(cx: &mut Ctx<'_>, file: At, raw: &[Spanned<String>]) -> Vec<Nation> {
    let mut out: Vec<Nation> =
        raw.iter().filter_map(|n| vocab(cx, file, n, "nation", Nation::from_key, Nation::keys)).collect();
    out.sort();
    out.dedup();
    out
}

fn qualification(
    cx: &mut Ctx<'_>,
    file: At,
    raw: RawQualification,
    quals: &Ids<QualIx>,
) -> (Qualification, Vec<QualIx>) {
    let own = quals.map.get(raw.id.get_ref().trim()).map(|(ix, _, _)| *ix);
    let mut counts_as = Vec::new();
    for c in &raw.counts_as {
        if let Some(q) = quals.resolve(cx, file, &c.id, "qualification") {
            if Some(q) == own {
                cx.error(file, c.id.span(), "a qualification cannot count as itself".into());
                continue;
            }
            counts_as.push(CountsAs { qualification: q, nations: nations(cx, file, &c.nations) });
        }
    }
    let mut equivalent = Vec::new();
    for e in &raw.equivalent {
        if let Some(q) = quals.resolve(cx, file, e, "qualification") {
            if Some(q) == own {
                cx.error(file, e.span(), "a qualification cannot be equivalent to itself".into());
            } else {
                equivalent.push(q);
            }
        }
    }
    let name = required_text(cx, file, raw.name, "qualification name");
    let kind = vocab(cx, file, &raw.kind, "qualification kind", QualKind::from_key, QualKind::keys);
    let code = raw.code.as_ref().and_then(|c| {
        let text = c.get_ref().trim().to_ascii_uppercase();
        let ok = text.len() == 6 && text.starts_with("ST") && text[2..].bytes().all(|b| b.is_ascii_digit());
        if !ok {
            cx.error(
                file,
                c.span(),
                format!(
                    "apprenticeship code `{}` must look like ST0216 (ST and four digits)",
                    crate::text::escape_visible(c.get_ref())
                ),
            );
        }
        ok.then_some(text)
    });
    let origin = cx.origin(file, &raw.id.span());
    let q = Qualification {
        id: trimmed(raw.id),
        name,
        kind: kind.unwrap_or(QualKind::Certificate),
        level: ranged(cx, file, raw.level.as_ref(), 0..9, "RQF level"),
        scqf: ranged(cx, file, raw.scqf.as_ref(), 1..13, "SCQF level"),
        duration: duration(cx, file, raw.duration.as_ref()),
        code,
        nations: nations(cx, file, &raw.nations),
        counts_as,
        note: clean_owned(raw.note),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
        origin,
    };
    (q, equivalent)
}

/// Today's date (UTC) from the system clock, for the "reviewed in the future" check.
pub(super) fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Civil-from-days (Howard Hinnant), valid for any date after 1970.
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab("registered-nurse-adult"));
        assert!(is_kebab("band-5"));
        assert!(!is_kebab("Care-Worker"));
        assert!(!is_kebab("care--worker"));
        assert!(!is_kebab("-care"));
        assert_eq!(kebab("Senior Care Worker!"), "senior-care-worker");
    }

    #[test]
    fn today_is_plausible() {
        let t = today();
        assert!(t.year >= 2025 && (1..=12).contains(&t.month) && (1..=31).contains(&t.day));
    }
}
