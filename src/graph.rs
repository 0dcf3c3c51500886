//! Queries over the step graph: next steps from a role, steps into it, routes between
//! two roles, and what is still missing for each step.
//!
//! Cycles are normal (people move both ways between health and social care), so route
//! finding only follows simple paths and has hard bounds on depth and work: it always
//! terminates, whatever the data.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use crate::model::{Catalogue, QualIx, Role, RoleIx, RouteKind, StepIx};

/// The qualifications a person holds, as far as a query needs to know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Held {
    quals: HashSet<QualIx>,
}

impl Held {
    pub fn new(quals: impl IntoIterator<Item = QualIx>) -> Held {
        Held { quals: quals.into_iter().collect() }
    }

    /// What someone in `role` can be assumed to hold: what they said they hold plus what
    /// the role itself requires (they could not be doing the job without it).
    pub fn in_role(&self, catalogue: &Catalogue, role: RoleIx) -> Held {
        let mut quals = self.quals.clone();
        quals.extend(catalogue.role(role).required.iter().copied());
        Held { quals }
    }

    pub fn contains(&self, qual: QualIx) -> bool {
        self.quals.contains(&qual)
    }

    pub fn insert(&mut self, qual: QualIx) {
        self.quals.insert(qual);
    }

    pub fn remove(&mut self, qual: QualIx) {
        self.quals.remove(&qual);
    }

    pub fn len(&self) -> usize {
        self.quals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.quals.is_empty()
    }

    /// Held qualifications in catalogue order.
    pub fn sorted(&self) -> Vec<QualIx> {
        let mut v: Vec<QualIx> = self.quals.iter().copied().collect();
        v.sort();
        v
    }

    /// The step's requirements not yet held, in the step's order.
    pub fn missing(&self, catalogue: &Catalogue, step: StepIx) -> Vec<QualIx> {
        catalogue.step(step).requires.iter().copied().filter(|q| !self.contains(*q)).collect()
    }
}

/// One step seen from a role: where it leads (or comes from) and what it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub step: StepIx,
    /// The role at the other end: the target for next steps, the origin for steps in.
    pub other: RoleIx,
    /// Health to social care or back.
    pub crosses: bool,
    /// Change in level moving along the step (see [`crate::model::Role::level`]).
    pub level_change: Option<i16>,
    /// Change in full-time annual pay midpoint, pounds, moving along the step.
    pub pay_change: Option<f64>,
    /// Required qualifications not yet held.
    pub missing: Vec<QualIx>,
}

impl StepView {
    /// True when nothing the step requires is missing.
    pub fn open_now(&self) -> bool {
        self.missing.is_empty()
    }
}

fn view(catalogue: &Catalogue, step: StepIx, other: RoleIx, held: &Held) -> StepView {
    let s = catalogue.step(step);
    let (from, to) = (catalogue.role(s.from), catalogue.role(s.to));
    let level_change = level_change(from, to);
    let pay_change = match (&from.pay, &to.pay) {
        (Some(a), Some(b)) => Some(b.annual_midpoint() - a.annual_midpoint()),
        _ => None,
    };
    StepView {
        step,
        other,
        crosses: catalogue.crosses_sectors(s),
        level_change,
        pay_change,
        missing: held.missing(catalogue, step),
    }
}

/// The change in level between two roles, measured on one scale: the Career Framework
/// where both have a level on it, else the RQF level of their entry qualifications.
/// Mixing the two scales would report nonsense (a band 2 support worker "down 2" to a
/// band 2-4 assistant), so with no common scale the change is unknown.
pub fn level_change(from: &Role, to: &Role) -> Option<i16> {
    let (a, b) = (&from.levels, &to.levels);
    match (a.career_framework, b.career_framework) {
        (Some(x), Some(y)) => Some(i16::from(y) - i16::from(x)),
        _ => a.rqf_entry.zip(b.rqf_entry).map(|(x, y)| i16::from(y) - i16::from(x)),
    }
}

/// Every step out of `role`: open steps first, then by typical duration, then by title.
/// `held` is what the person holds beyond what their role requires.
pub fn next_steps(catalogue: &Catalogue, role: RoleIx, held: &Held) -> Vec<StepView> {
    let held = held.in_role(catalogue, role);
    let mut views: Vec<StepView> =
        catalogue.steps_from(role).iter().map(|&s| view(catalogue, s, catalogue.step(s).to, &held)).collect();
    views.sort_by(|a, b| {
        let key = |v: &StepView| (!v.open_now(), tenths(step_time(catalogue, v.step, &held).months()));
        key(a).cmp(&key(b)).then_with(|| catalogue.role(a.other).title.cmp(&catalogue.role(b.other).title))
    });
    views
}

/// Every step into `role`, by the title of the role it comes from. Missing qualifications
/// are judged for someone in that other role.
pub fn steps_into(catalogue: &Catalogue, role: RoleIx, held: &Held) -> Vec<StepView> {
    let mut views: Vec<StepView> = catalogue
        .steps_into(role)
        .iter()
        .map(|&s| {
            let from = catalogue.step(s).from;
            view(catalogue, s, from, &held.in_role(catalogue, from))
        })
        .collect();
    views.sort_by(|a, b| catalogue.role(a.other).title.cmp(&catalogue.role(b.other).title));
    views
}

/// How long a step takes, as far as the data can say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StepTime {
    /// The step's own typical duration, in months.
    Recorded(f64),
    /// No duration on the step: the longest typical duration of the qualifications it
    /// requires that are not yet held. Derived from sourced qualification durations, and
    /// always shown as an estimate.
    Estimated(f64),
    /// Applying directly for a post with nothing to study first: no training time.
    NoStudy,
    /// Nothing in the data says.
    Unknown,
}

impl StepTime {
    /// Months for ranking; unknown counts as none (routes say "at least").
    pub fn months(self) -> f64 {
        match self {
            StepTime::Recorded(m) | StepTime::Estimated(m) => m,
            StepTime::NoStudy | StepTime::Unknown => 0.0,
        }
    }

    /// The step's time in words, saying where the figure comes from, so that every view
    /// labels an estimate as one.
    pub fn describe(self, step: &crate::model::Step) -> String {
        match (self, &step.duration) {
            (StepTime::Recorded(_), Some(d)) => format!("typical duration {}", d.text),
            (StepTime::Estimated(m), _) => format!("{}, estimated from the qualifications it needs", about_months(m)),
            (StepTime::NoStudy, _) => "no study needed first".into(),
            _ => "duration not recorded".into(),
        }
    }
}

/// "about 9 months", "about 3 years", "about 4.2 years".
pub fn about_months(m: f64) -> String {
    if m >= 24.0 {
        let years = m / 12.0;
        if (years - years.round()).abs() < 0.05 {
            format!("about {} years", years.round())
        } else {
            format!("about {years:.1} years")
        }
    } else {
        format!("about {} months", m.round())
    }
}

/// The time a step takes for someone holding `held`.
pub fn step_time(catalogue: &Catalogue, step: StepIx, held: &Held) -> StepTime {
    let s = catalogue.step(step);
    if let Some(d) = &s.duration {
        return StepTime::Recorded(d.typical_months());
    }
    let longest = s
        .requires
        .iter()
        .filter(|q| !held.contains(**q))
        .filter_map(|&q| catalogue.qualification(q).duration.as_ref())
        .map(crate::model::Duration::typical_months)
        .fold(None, |acc: Option<f64>, m| Some(acc.map_or(m, |a| a.max(m))));
    match longest {
        Some(m) => StepTime::Estimated(m),
        None if s.route == RouteKind::DirectApplication && held.missing(catalogue, step).is_empty() => {
            StepTime::NoStudy
        }
        None => StepTime::Unknown,
    }
}

/// Months in tenths, for exact ordering.
fn tenths(months: f64) -> u32 {
    (months * 10.0).round() as u32
}

/// A way from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub steps: Vec<StepIx>,
    /// Sum of the steps' typical durations, in months (see [`StepTime`]).
    pub months: f64,
    /// Each step's time, in order.
    pub times: Vec<StepTime>,
    /// How many steps' times are estimated from their qualifications.
    pub estimated: usize,
    /// How many steps have no time at all in the data (the total is then a minimum).
    pub unknown_durations: usize,
    /// For each step, the requirements still missing when that step is reached: earlier
    /// steps' requirements count as gained along the way.
    pub missing: Vec<Vec<QualIx>>,
}

impl Route {
    /// Roles visited, start and end included.
    pub fn roles(&self, catalogue: &Catalogue) -> Vec<RoleIx> {
        let mut roles = Vec::with_capacity(self.steps.len() + 1);
        if let Some(first) = self.steps.first() {
            roles.push(catalogue.step(*first).from);
        }
        roles.extend(self.steps.iter().map(|s| catalogue.step(*s).to));
        roles
    }

    /// True when every step's requirements are already held.
    pub fn open_now(&self) -> bool {
        self.missing.iter().all(Vec::is_empty)
    }
}

/// Limits that keep route finding bounded on any graph.
#[derive(Debug, Clone, Copy)]
pub struct RouteLimits {
    /// Longest route considered, in steps.
    pub max_steps: usize,
    /// Partial routes examined before giving up on finding more.
    pub max_expansions: usize,
}

impl Default for RouteLimits {
    fn default() -> Self {
        RouteLimits { max_steps: 8, max_expansions: 200_000 }
    }
}

/// Up to `max` distinct routes from `from` to `to`, shortest first: by total typical
/// duration, then fewest steps. Routes never visit a role twice. An empty result means
/// there is no route within the limits.
pub fn routes(catalogue: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, max: usize) -> Vec<Route> {
    routes_with(catalogue, from, to, held, max, RouteLimits::default())
}

/// [`routes`] with explicit limits.
pub fn routes_with(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    max: usize,
    limits: RouteLimits,
) -> Vec<Route> {
    if from == to || max == 0 {
        return Vec::new();
    }
    let can_reach = reaches(catalogue, to);
    if !can_reach[from.0 as usize] {
        return Vec::new();
    }
    // Best-first over partial paths with non-negative costs: complete paths come off the
    // heap in order of (months, steps), so the first `max` found are the shortest.
    // The key is (months, unknown steps, steps): among equally long routes, the one the
    // data can time fully and then the one with fewer moves comes first.
    let mut heap: BinaryHeap<Reverse<Partial>> = BinaryHeap::new();
    heap.push(Reverse((0, 0, 0, Vec::new())));
    let mut found = Vec::new();
    let mut expansions = 0;
    while let Some(Reverse((cost, unknown, len, path))) = heap.pop() {
        let at = path.last().map_or(from, |s| catalogue.step(*s).to);
        if at == to {
            found.push(finish(catalogue, from, path, held));
            if found.len() == max {
                break;
            }
            continue;
        }
        expansions += 1;
        if expansions > limits.max_expansions || len >= limits.max_steps {
            if expansions > limits.max_expansions {
                break;
            }
            continue;
        }
        // What the person holds on reaching `at`: earlier steps' requirements are gained.
        let mut have = held.in_role(catalogue, from);
        for &s in &path {
            for &q in &catalogue.step(s).requires {
                have.insert(q);
            }
        }
        for &next in catalogue.steps_from(at) {
            let target = catalogue.step(next).to;
            let revisits = target == from || path.iter().any(|s| catalogue.step(*s).to == target);
            if revisits || !can_reach[target.0 as usize] {
                continue;
            }
            let mut longer = path.clone();
            longer.push(next);
            let time = step_time(catalogue, next, &have);
            let unknown = unknown + usize::from(time == StepTime::Unknown);
            heap.push(Reverse((cost + tenths(time.months()), unknown, len + 1, longer)));
        }
    }
    found
}

/// A route being built: (tenths of months, unknown steps, steps, the steps so far).
type Partial = (u32, usize, usize, Vec<StepIx>);

/// Which roles have some path to `target` (walking steps backwards from it).
fn reaches(catalogue: &Catalogue, target: RoleIx) -> Vec<bool> {
    let mut seen = vec![false; catalogue.roles.len()];
    let mut stack = vec![target];
    seen[target.0 as usize] = true;
    while let Some(role) = stack.pop() {
        for &s in catalogue.steps_into(role) {
            let from = catalogue.step(s).from;
            if !seen[from.0 as usize] {
                seen[from.0 as usize] = true;
                stack.push(from);
            }
        }
    }
    seen
}

fn finish(catalogue: &Catalogue, from: RoleIx, steps: Vec<StepIx>, held: &Held) -> Route {
    let mut have = held.in_role(catalogue, from);
    let mut missing = Vec::with_capacity(steps.len());
    let mut times = Vec::with_capacity(steps.len());
    for &s in &steps {
        missing.push(have.missing(catalogue, s));
        times.push(step_time(catalogue, s, &have));
        for &q in &catalogue.step(s).requires {
            have.insert(q);
        }
    }
    Route {
        months: times.iter().map(|t| t.months()).sum(),
        estimated: times.iter().filter(|t| matches!(t, StepTime::Estimated(_))).count(),
        unknown_durations: times.iter().filter(|t| **t == StepTime::Unknown).count(),
        times,
        steps,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{SourceFile, validate_files};

    /// Roles a..e; steps given as (from, to, duration, requires).
    fn graph(steps: &[(&str, &str, &str, &[&str])]) -> Catalogue {
        let src = "sources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";
        let mut text = String::new();
        for q in ["q1", "q2"] {
            text.push_str(&format!("[[qualification]]\nid = \"{q}\"\nname = \"{q}\"\nkind = \"award\"\n{src}\n"));
        }
        for r in ["a", "b", "c", "d", "e"] {
            text.push_str(&format!(
                "[[role]]\nid = \"{r}\"\ntitle = \"Role {r}\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{src}\n"
            ));
        }
        for (from, to, duration, requires) in steps {
            let requires: Vec<String> = requires.iter().map(|q| format!("\"{q}\"")).collect();
            text.push_str(&format!(
                "[[step]]\nfrom = \"{from}\"\nto = \"{to}\"\nduration = \"{duration}\"\nroute = \"in-work\"\nrequires = [{}]\n{src}\n",
                requires.join(", ")
            ));
        }
        let report = validate_files(vec![SourceFile { path: "g.toml".into(), text }], Vec::new());
        let errors: Vec<String> = report.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
        report.catalogue.unwrap_or_else(|| panic!("fixture invalid: {errors:?}"))
    }

    fn ids(c: &Catalogue, r: &Route) -> String {
        r.roles(c).iter().map(|&ix| c.role(ix).id.as_str()).collect::<Vec<_>>().join(">")
    }

    fn role(c: &Catalogue, id: &str) -> RoleIx {
        c.role_by_id(id).expect("role in fixture")
    }

    #[test]
    fn routes_are_shortest_first_and_terminate_on_cycles() {
        // a<->b<->c cycle, plus a slow direct a->c and a detour via d.
        let c = graph(&[
            ("a", "b", "6 months", &[]),
            ("b", "a", "1 month", &[]),
            ("b", "c", "6 months", &[]),
            ("c", "b", "1 month", &[]),
            ("c", "a", "1 month", &[]),
            ("a", "c", "24 months", &[]),
            ("a", "d", "1 month", &[]),
            ("d", "c", "2 years", &[]),
        ]);
        let found = routes(&c, role(&c, "a"), role(&c, "c"), &Held::default(), 10);
        let got: Vec<String> = found.iter().map(|r| ids(&c, r)).collect();
        assert_eq!(got, ["a>b>c", "a>c", "a>d>c"]);
        assert_eq!(found[0].months, 12.0);
    }

    #[test]
    fn equal_durations_prefer_fewer_steps() {
        let c = graph(&[("a", "b", "6 months", &[]), ("b", "c", "6 months", &[]), ("a", "c", "1 year", &[])]);
        let got: Vec<String> =
            routes(&c, role(&c, "a"), role(&c, "c"), &Held::default(), 5).iter().map(|r| ids(&c, r)).collect();
        assert_eq!(got, ["a>c", "a>b>c"]);
    }

    #[test]
    fn no_route_is_empty_and_max_is_respected() {
        let c = graph(&[("a", "b", "1 month", &[]), ("b", "a", "1 month", &[]), ("c", "d", "1 month", &[])]);
        assert!(routes(&c, role(&c, "a"), role(&c, "d"), &Held::default(), 5).is_empty());
        assert!(routes(&c, role(&c, "a"), role(&c, "a"), &Held::default(), 5).is_empty());
        let c = graph(&[("a", "b", "1 month", &[]), ("b", "c", "1 month", &[]), ("c", "d", "1 month", &[])]);
        assert_eq!(routes(&c, role(&c, "a"), role(&c, "d"), &Held::default(), 0).len(), 0);
        assert_eq!(routes(&c, role(&c, "a"), role(&c, "d"), &Held::default(), 9).len(), 1);
    }

    #[test]
    fn missing_qualifications_accumulate_along_a_route() {
        let c = graph(&[("a", "b", "1 month", &["q1"]), ("b", "c", "1 month", &["q1", "q2"])]);
        let q2 = c.qualification_by_id("q2").expect("q2");
        let found = routes(&c, role(&c, "a"), role(&c, "c"), &Held::new([q2]), 1);
        let names: Vec<Vec<&str>> =
            found[0].missing.iter().map(|m| m.iter().map(|&q| c.qualification(q).id.as_str()).collect()).collect();
        assert_eq!(names, [vec!["q1"], vec![]]);
        assert!(!found[0].open_now());
    }

    #[test]
    fn next_steps_put_open_steps_first() {
        let c = graph(&[("a", "b", "1 month", &["q1"]), ("a", "c", "3 years", &[]), ("d", "a", "1 month", &[])]);
        let next = next_steps(&c, role(&c, "a"), &Held::default());
        let order: Vec<&str> = next.iter().map(|v| c.role(v.other).id.as_str()).collect();
        assert_eq!(order, ["c", "b"]);
        assert!(next[0].open_now() && !next[1].open_now());
        let into = steps_into(&c, role(&c, "a"), &Held::default());
        assert_eq!(into.len(), 1);
        assert_eq!(c.role(into[0].other).id, "d");
    }

    #[test]
    fn missing_durations_are_estimated_from_qualifications_or_left_unknown() {
        let mut c = graph(&[("a", "b", "1 month", &["q1"]), ("b", "c", "1 month", &[]), ("c", "d", "1 month", &[])]);
        let q1 = c.qualification_by_id("q1").expect("q1");
        c.qualifications[q1.0 as usize].duration = crate::model::Duration::parse("2 years");
        for s in &mut c.steps {
            s.duration = None;
        }
        c.steps[1].route = RouteKind::DirectApplication;
        let none = Held::default();
        assert_eq!(step_time(&c, StepIx(0), &none), StepTime::Estimated(24.0));
        assert_eq!(step_time(&c, StepIx(0), &Held::new([q1])), StepTime::Unknown);
        assert_eq!(step_time(&c, StepIx(1), &none), StepTime::NoStudy);
        assert_eq!(step_time(&c, StepIx(2), &none), StepTime::Unknown);
        let route = &routes(&c, role(&c, "a"), role(&c, "d"), &none, 1)[0];
        assert_eq!((route.months, route.estimated, route.unknown_durations), (24.0, 1, 1));
    }

    #[test]
    fn dense_cyclic_graphs_stay_bounded() {
        let mut steps = Vec::new();
        let names = ["a", "b", "c", "d", "e"];
        for x in names {
            for y in names {
                if x != y {
                    steps.push((x, y, "1 month", &[][..]));
                }
            }
        }
        let c = graph(&steps);
        let found = routes(&c, role(&c, "a"), role(&c, "e"), &Held::default(), 1000);
        // Simple paths a→e in K5: 1 + 3 + 6 + 6 = 16.
        assert_eq!(found.len(), 16);
        let limited = routes_with(
            &c,
            role(&c, "a"),
            role(&c, "e"),
            &Held::default(),
            1000,
            RouteLimits { max_steps: 2, max_expansions: 10 },
        );
        assert!(limited.len() <= 4);
    }
}
