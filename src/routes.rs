//! Routes between two roles that a careers adviser would offer.
//!
//! - **No step is free.** Each step costs its time (recorded, estimated from what it
//!   needs, or carepath's default for its kind), and a qualification that spans two steps
//!   is counted once.
//! - **Sideways moves cost something.** A move that does not rise on the Career Framework
//!   (or, between roles the data has not placed, a change of job that trains for nothing)
//!   adds [`SIDEWAYS_MONTHS`] to a route's ranking (not to its time), and a route takes at
//!   most [`RouteOptions::max_sideways`] of them.
//! - **Real alternatives.** Routes that differ only in which sideways role they pass
//!   through are one route: only the best of them is kept.
//!
//! Costs depend on the path (what a person holds grows along it), so routes are found by
//! best-first search over partial paths, which yields the k cheapest simple paths in
//! order for any non-negative, path-dependent cost. Yen's algorithm assumes fixed edge
//! costs and would rank wrongly here. Cycles are normal (people move both ways between
//! health and social care): a route never visits a role twice, and hard limits on depth
//! and work bound the search on any graph.

mod search;

use std::collections::HashSet;

use serde::Serialize;

use crate::graph::{StepTime, step_time};
use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx, RouteKind, StepIx};
use crate::nations::{self, Presence};
use crate::requirements::{Held, Requirement};

/// Months a sideways move adds to a route's ranking.
pub const SIDEWAYS_MONTHS: f64 = 6.0;

/// Which kinds of route to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RouteFilter {
    /// At least one apprenticeship step and no university course.
    Apprenticeship,
    /// At least one university course (full or shortened).
    University,
    /// Progression at work only: no apprenticeship and no university course.
    InWork,
    /// Earn while you learn: no step that usually charges tuition fees.
    EarnWhileYouLearn,
}

impl RouteFilter {
    pub const KEYS: [&'static str; 4] = ["apprenticeship", "university", "in-work", "earn-while-you-learn"];

    pub fn from_key(key: &str) -> Option<RouteFilter> {
        match key {
            "apprenticeship" => Some(RouteFilter::Apprenticeship),
            "university" => Some(RouteFilter::University),
            "in-work" => Some(RouteFilter::InWork),
            "earn-while-you-learn" | "earn" => Some(RouteFilter::EarnWhileYouLearn),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RouteFilter::Apprenticeship => "apprenticeship routes",
            RouteFilter::University => "university routes",
            RouteFilter::InWork => "in-work routes",
            RouteFilter::EarnWhileYouLearn => "earn-while-you-learn routes (no tuition fees)",
        }
    }

    /// Whether a step of this kind may appear at all.
    fn allows(self, kind: RouteKind) -> bool {
        match self {
            RouteFilter::Apprenticeship | RouteFilter::EarnWhileYouLearn => !charges_fees(kind),
            RouteFilter::InWork => !charges_fees(kind) && kind != RouteKind::Apprenticeship,
            RouteFilter::University => true,
        }
    }

    /// Whether a whole route qualifies.
    fn accepts(self, kinds: &[RouteKind]) -> bool {
        match self {
            RouteFilter::Apprenticeship => kinds.contains(&RouteKind::Apprenticeship),
            RouteFilter::University => kinds.iter().any(|k| charges_fees(*k)),
            RouteFilter::InWork | RouteFilter::EarnWhileYouLearn => true,
        }
    }
}

/// Whether a kind of step usually charges tuition fees (often covered by a student loan).
pub fn charges_fees(kind: RouteKind) -> bool {
    matches!(kind, RouteKind::University | RouteKind::Accelerated)
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

/// What to search for.
#[derive(Debug, Clone)]
pub struct RouteOptions {
    pub max: usize,
    pub via: Option<RoleIx>,
    pub filter: Option<RouteFilter>,
    pub max_sideways: usize,
    pub limits: RouteLimits,
}

impl RouteOptions {
    pub fn new(max: usize) -> RouteOptions {
        RouteOptions { max, via: None, filter: None, max_sideways: 1, limits: RouteLimits::default() }
    }
}

/// A way from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub steps: Vec<StepIx>,
    /// Each step's time, in order.
    pub times: Vec<StepTime>,
    /// Total time, in months.
    pub months: f64,
    /// Moves that do not rise on the Career Framework.
    pub sideways: usize,
    /// Which steps are sideways, in order.
    pub sideways_steps: Vec<bool>,
    /// For each step, the requirements still unmet when that step is reached: earlier
    /// steps' requirements count as gained along the way.
    pub missing: Vec<Vec<Requirement>>,
    /// Roles on the route not recorded in the nation in view (titles).
    pub not_recorded: Vec<String>,
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

    /// True when every step's requirements are already met.
    pub fn open_now(&self) -> bool {
        self.missing.iter().all(Vec::is_empty)
    }

    /// How many steps' times are estimates.
    pub fn estimated(&self) -> usize {
        self.times.iter().filter(|t| t.is_estimate()).count()
    }

    /// The months the route is ranked by: its time plus [`SIDEWAYS_MONTHS`] per sideways move.
    pub fn rank_months(&self) -> f64 {
        self.months + SIDEWAYS_MONTHS * self.sideways as f64
    }

    /// True when some step usually charges tuition fees.
    pub fn charges_fees(&self, catalogue: &Catalogue) -> bool {
        self.steps.iter().any(|s| charges_fees(catalogue.step(*s).route))
    }

    /// Why the route ranks where it does, in words.
    pub fn why(&self, catalogue: &Catalogue) -> String {
        let mut parts = vec![
            format!("{} route", Category::of(catalogue, self).label()),
            format!("{} in all", crate::graph::about_months(self.months)),
        ];
        let estimated = self.estimated();
        if estimated > 0 {
            parts.push(format!("{estimated} of {} estimated", steps(self.steps.len())));
        }
        parts.push(steps(self.steps.len()));
        match self.sideways {
            0 => {}
            n => parts.push(format!(
                "{n} sideways move{}, ranked as {} more",
                if n == 1 { "" } else { "s" },
                crate::graph::about_months(SIDEWAYS_MONTHS * n as f64).trim_start_matches("about ")
            )),
        }
        parts.push(if self.charges_fees(catalogue) {
            "includes a course that usually charges tuition fees".into()
        } else {
            "no tuition fees: earn while you learn".into()
        });
        parts.join("; ")
    }
}

/// Up to `max` routes from `from` to `to` for someone holding `held`, in the nation in
/// view, best first. An empty result means no route within the limits.
pub fn routes(catalogue: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, lens: &Lens, max: usize) -> Vec<Route> {
    routes_with(catalogue, from, to, held, lens, &RouteOptions::new(max))
}

/// The route along `steps` (each starting where the one before ends), with its times and
/// what is missing worked out as for a route found by search: how a route chosen earlier
/// is shown again. `None` for no steps.
pub fn along(catalogue: &Catalogue, steps: Vec<StepIx>, held: &Held, lens: &Lens) -> Option<Route> {
    let from = catalogue.step(*steps.first()?).from;
    let to = catalogue.step(*steps.last()?).to;
    Some(finish(catalogue, from, to, steps, &held.in_role(catalogue, from), lens))
}

/// [`routes`] with options.
pub fn routes_with(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    lens: &Lens,
    options: &RouteOptions,
) -> Vec<Route> {
    match search::run(catalogue, from, to, held, lens, options, &|| false) {
        Ok(found) | Err(Cancelled { partial: found }) => found,
    }
}

/// [`routes_with`] that a caller can stop: `cancelled` is asked every
/// [`CANCEL_CHECK_EVERY`] partial routes examined (so within a millisecond or so), and
/// once it says true the search stops with [`Cancelled`]. Typically `cancelled` reads an
/// `Arc<AtomicBool>` that another thread sets when the question is no longer wanted.
pub fn routes_cancellable(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    lens: &Lens,
    options: &RouteOptions,
    cancelled: &dyn Fn() -> bool,
) -> Result<Vec<Route>, Cancelled> {
    search::run(catalogue, from, to, held, lens, options, cancelled)
}

/// How many partial routes [`routes_cancellable`] examines between asking whether it has
/// been cancelled: a few hundred microseconds of work, and too rare to cost anything.
pub const CANCEL_CHECK_EVERY: usize = 256;

/// A route search stopped by its caller. `partial` holds the routes found before it
/// stopped, chosen and ordered as a finished search would: better ones may be missing.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("route search cancelled after finding {} route(s)", partial.len())]
pub struct Cancelled {
    pub partial: Vec<Route>,
}

/// How a route is mostly made, for offering real alternatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Includes a course that usually charges tuition fees.
    University,
    /// Includes an apprenticeship and no fee-charging course.
    Apprenticeship,
    /// Neither: progression at work and applying for posts.
    InWork,
}

impl Category {
    pub fn of(catalogue: &Catalogue, route: &Route) -> Category {
        let kinds = route.steps.iter().map(|s| catalogue.step(*s).route);
        let kinds: Vec<RouteKind> = kinds.collect();
        if kinds.iter().any(|k| charges_fees(*k)) {
            Category::University
        } else if kinds.contains(&RouteKind::Apprenticeship) {
            Category::Apprenticeship
        } else {
            Category::InWork
        }
    }

    pub const ALL: [Category; 3] = [Category::University, Category::Apprenticeship, Category::InWork];

    /// Parses [`Category::label`].
    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.label() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::University => "university",
            Category::Apprenticeship => "apprenticeship",
            Category::InWork => "in-work",
        }
    }
}

/// The routes a search has reached so far, each a real alternative: one that passes the
/// filter, is no detour of one found before and differs from them in substance.
struct Found {
    routes: Vec<Route>,
    seen: HashSet<(Vec<RoleIx>, Category)>,
}

impl Found {
    fn new() -> Found {
        Found { routes: Vec::new(), seen: HashSet::new() }
    }

    /// Keeps `route` if it is a real alternative; true once there are enough to choose
    /// from: a few more than asked for, so the best of each kind is known (see `pick`).
    fn offer(&mut self, catalogue: &Catalogue, options: &RouteOptions, route: Route) -> bool {
        let kinds: Vec<RouteKind> = route.steps.iter().map(|s| catalogue.step(*s).route).collect();
        if options.filter.is_none_or(|f| f.accepts(&kinds))
            && !is_detour(catalogue, &route, &self.routes)
            && self.seen.insert(substance(catalogue, &route))
        {
            self.routes.push(route);
        }
        self.routes.len() == options.max.saturating_mul(4)
    }

    /// The best of them, as many as asked for.
    fn pick(self, catalogue: &Catalogue, options: &RouteOptions) -> Vec<Route> {
        pick(catalogue, self.routes, options.max)
    }
}

/// The best `max` routes by ranking, except that the best route of each category
/// (university, apprenticeship, in-work) is never crowded out by a second-best of another:
/// it takes the place of the lowest-ranked route of a category already shown twice.
fn pick(catalogue: &Catalogue, found: Vec<Route>, max: usize) -> Vec<Route> {
    // `found` is in ranking order already.
    let mut chosen: Vec<usize> = (0..found.len().min(max)).collect();
    let category: Vec<Category> = found.iter().map(|r| Category::of(catalogue, r)).collect();
    for c in [Category::University, Category::Apprenticeship, Category::InWork] {
        if chosen.iter().any(|&i| category[i] == c) {
            continue;
        }
        let Some(best) = (0..found.len()).find(|&i| category[i] == c) else { continue };
        let crowded = chosen.iter().rposition(|&i| chosen.iter().filter(|&&j| category[j] == category[i]).count() > 1);
        if let Some(slot) = crowded {
            chosen[slot] = best;
        }
    }
    chosen.sort_unstable();
    let mut found: Vec<Option<Route>> = found.into_iter().map(Some).collect();
    chosen.into_iter().filter_map(|i| found[i].take()).collect()
}

/// After a step: its requirements are gained, and an estimate's study is remembered so a
/// later step that records the same study does not count it again.
fn record(
    catalogue: &Catalogue,
    step: StepIx,
    have: &mut Held,
    counted: &mut Vec<(Requirement, f64)>,
    time: StepTime,
    lens: &Lens,
) {
    let s = catalogue.step(step);
    for req in &s.requires {
        if matches!(time, StepTime::Estimated(_))
            && !have.meets(catalogue, req, Some(lens.nation))
            && let Some(m) = crate::graph::requirement_months(catalogue, req, lens)
        {
            counted.push((req.clone(), m));
        }
        have.gain(req);
    }
    if let StepTime::Course(m) = time {
        // The course's length was counted here; a later step made by the same course must
        // not count it again.
        counted.extend(s.gains.iter().map(|&q| (Requirement::one(q), m)));
    }
    for &q in &s.gains {
        have.insert(q);
    }
    // Recorded study is spent: it cannot be credited twice.
    if matches!(time, StepTime::Recorded(_) | StepTime::Shortened { .. }) {
        counted.retain(|(r, _)| !s.requires.contains(r) && !matches!(r.any_of[..], [q] if s.gains.contains(&q)));
    }
}

/// A move that does not rise on the Career Framework, unless it reaches the target.
/// Where a level is missing, a change of job that trains for nothing (applying directly,
/// or moving at work without a course) is taken as sideways: otherwise a detour through a
/// role the data has not placed would cost nothing.
fn is_sideways(catalogue: &Catalogue, step: StepIx, target: RoleIx) -> bool {
    let s = catalogue.step(step);
    if s.to == target {
        return false;
    }
    match crate::levels::change(&catalogue.reference.level_rows, catalogue.role(s.from), catalogue.role(s.to)) {
        Some(c) => c.delta() <= 0,
        None => s.gains.is_empty() && matches!(s.route, RouteKind::DirectApplication | RouteKind::InWork),
    }
}

/// True when a better route of the same kind already found goes through a subset of this
/// route's roles in the same order, and none of the stops this one adds is a known rise on
/// the Career Framework: it only adds stops, so it is not an alternative. (A route that
/// climbs through a nursing associate post on the way is a real alternative; one that
/// passes through an unplaced role on the way to the same course is not.)
fn is_detour(catalogue: &Catalogue, route: &Route, better: &[Route]) -> bool {
    let roles = route.roles(catalogue);
    let category = Category::of(catalogue, route);
    let rises_into = |i: usize| {
        i > 0
            && crate::levels::change(
                &catalogue.reference.level_rows,
                catalogue.role(roles[i - 1]),
                catalogue.role(roles[i]),
            )
            .is_some_and(|c| c.delta() > 0)
    };
    better.iter().any(|b| {
        let stops = b.roles(catalogue);
        if stops.len() >= roles.len() || Category::of(catalogue, b) != category {
            return false;
        }
        let mut rest = roles.iter();
        let in_order = stops.iter().all(|s| rest.any(|r| r == s));
        let extra_rise = (0..roles.len()).any(|i| !stops.contains(&roles[i]) && rises_into(i));
        in_order && !extra_rise
    })
}

/// What makes a route different from another: the roles it rises through and how it is
/// mostly made. Routes that differ only in a sideways role, or in how one move is made
/// within the same category, are the same advice.
fn substance(catalogue: &Catalogue, route: &Route) -> (Vec<RoleIx>, Category) {
    let roles = route
        .steps
        .iter()
        .zip(&route.sideways_steps)
        .filter(|(_, side)| !**side)
        .map(|(s, _)| catalogue.step(*s).to)
        .collect();
    (roles, Category::of(catalogue, route))
}

/// Which roles have some usable path to `target` (walking steps backwards from it).
fn reaches(catalogue: &Catalogue, target: RoleIx, usable: &[bool]) -> Vec<bool> {
    let mut seen = vec![false; catalogue.roles.len()];
    let mut stack = vec![target];
    seen[target.0 as usize] = true;
    while let Some(role) = stack.pop() {
        for &s in catalogue.steps_into(role) {
            let from = catalogue.step(s).from;
            if usable[s.0 as usize] && !seen[from.0 as usize] {
                seen[from.0 as usize] = true;
                stack.push(from);
            }
        }
    }
    seen
}

fn finish(catalogue: &Catalogue, from: RoleIx, to: RoleIx, steps: Vec<StepIx>, start: &Held, lens: &Lens) -> Route {
    let mut have = start.clone();
    let mut counted = Vec::new();
    let mut missing = Vec::with_capacity(steps.len());
    let mut times = Vec::with_capacity(steps.len());
    let mut sideways_steps = Vec::with_capacity(steps.len());
    for &s in &steps {
        let step = catalogue.step(s);
        missing.push(have.missing(catalogue, &step.requires, Some(lens.nation)));
        let time = step_time(catalogue, s, &have, lens, &counted);
        times.push(time);
        sideways_steps.push(is_sideways(catalogue, s, to));
        record(catalogue, s, &mut have, &mut counted, time, lens);
    }
    let not_recorded = std::iter::once(from)
        .chain(steps.iter().map(|s| catalogue.step(*s).to))
        .map(|r| catalogue.role(r))
        .filter(|r| nations::presence(r, lens.nation) == Presence::NotRecorded)
        .map(|r| r.title.clone())
        .collect();
    Route {
        months: times.iter().map(|t| t.months()).sum(),
        sideways: sideways_steps.iter().filter(|s| **s).count(),
        sideways_steps,
        times,
        steps,
        missing,
        not_recorded,
    }
}

/// "1 step", "3 steps".
fn steps(n: usize) -> String {
    if n == 1 { "1 step".to_string() } else { format!("{n} steps") }
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "months and costs in these fixtures are exact")]
mod tests;
