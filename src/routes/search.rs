//! The best-first search behind [`super::routes_with`], cheap per partial route: a
//! question on a large organisation's set examines up to 200,000 of them, and copying what
//! a person holds (or rebuilding the route so far) for each froze the terminal for a second.
//!
//! Each partial route is a node in an arena that knows its role, its last step's time and
//! its cost. What it holds is never copied: it is what the person started with plus what
//! each step behind it gained, and [`Along`] asks those parts in turn by walking parent
//! links (routes are at most a few steps long). Study counted at earlier steps changes
//! rarely, so a node shares its parent's list in one store and adds a list of its own only
//! when its step changes it. Nothing is allocated per partial route in the common case
//! beyond the node and its place in the queue.

use std::collections::BTreeMap;

use super::{CANCEL_CHECK_EVERY, Cancelled, Found, Route, RouteOptions, SIDEWAYS_MONTHS, finish, is_sideways, reaches};
use crate::graph::{Holds, StepTime, requirement_months, spans, spans_one, step_time_by, tenths};
use crate::lens::Lens;
use crate::model::{Catalogue, Nation, QualIx, RoleIx, Step, StepIx};
use crate::nations;
use crate::requirements::{Held, Requirement, gaining_meets, holding_meets};

/// How a partial route joins its parent: walked for every route expanded and every
/// question asked of what is held, so kept apart from [`Node`] and small, for the cache.
/// The root (index 0) is the starting role, with no step.
#[derive(Clone, Copy)]
struct Link {
    parent: Option<usize>,
    /// The last step; meaningless at the root.
    step: StepIx,
    /// The role the partial route has reached.
    at: RoleIx,
}

/// The rest of a partial route, at the same index as its [`Link`].
struct Node {
    len: usize,
    sideways: usize,
    via_seen: bool,
    /// Ranking cost so far, in months.
    cost: f64,
    /// The study counted so far (see `super::record`): a range of [`Search::counted`],
    /// filled in when the node is expanded, and the parent's own range when the step
    /// changed nothing.
    counted: (usize, usize),
}

/// Study counted at an earlier step, so a later step that spans it does not count it
/// again: by index rather than a copy of the requirement.
#[derive(Clone, Copy)]
enum Counted {
    /// The step's requirement at this index, estimated.
    Required(StepIx, usize),
    /// A qualification gained by a course whose typical length was counted.
    Gained(QualIx),
}

impl Counted {
    fn spanned_by(self, catalogue: &Catalogue, s: &Step) -> bool {
        match self {
            Counted::Required(step, i) => spans(s, &catalogue.step(step).requires[i]),
            Counted::Gained(q) => spans_one(s, q),
        }
    }
}

/// What is held at the end of a partial route, asked of its parts rather than copied.
struct Along<'a> {
    catalogue: &'a Catalogue,
    start: &'a Held,
    links: &'a [Link],
    node: usize,
}

impl Along<'_> {
    /// The steps from the node back to the start.
    fn steps(&self) -> impl Iterator<Item = &Step> {
        let mut n = self.node;
        std::iter::from_fn(move || {
            let link = self.links[n];
            n = link.parent?;
            Some(self.catalogue.step(link.step))
        })
    }
}

impl Holds for Along<'_> {
    fn holds(&self, qual: QualIx) -> bool {
        self.start.contains(qual)
            || self.steps().any(|s| s.gains.contains(&qual) || s.requires.iter().any(|r| r.any_of[..] == [qual]))
    }

    fn meets(&self, catalogue: &Catalogue, req: &Requirement, nation: Nation) -> bool {
        let nation = Some(nation);
        self.start.meets(catalogue, req, nation)
            || self.steps().any(|s| {
                s.requires.iter().any(|g| gaining_meets(catalogue, g, req, nation))
                    || s.gains.iter().any(|&q| holding_meets(catalogue, q, req, nation))
            })
    }
}

/// [`requirement_months`] of each step's requirements, worked out once per search.
struct Months {
    /// Per step, where its requirements' months start in `months`; `usize::MAX` until asked.
    /// Empty until a step with no recorded time is met: on a large set where every step
    /// has one, a search need not pay for a table the size of the set.
    at: Vec<usize>,
    months: Vec<Option<f64>>,
}

impl Months {
    fn get(&mut self, catalogue: &Catalogue, lens: &Lens, step: StepIx, i: usize) -> Option<f64> {
        if self.at.is_empty() {
            self.at = vec![usize::MAX; catalogue.steps.len()];
        }
        let at = &mut self.at[step.0 as usize];
        if *at == usize::MAX {
            *at = self.months.len();
            self.months.extend(catalogue.step(step).requires.iter().map(|r| requirement_months(catalogue, r, lens)));
        }
        self.months[*at + i]
    }
}

/// What one search keeps besides its queue and the routes found.
struct Search<'a> {
    catalogue: &'a Catalogue,
    lens: &'a Lens,
    start: Held,
    links: Vec<Link>,
    arena: Vec<Node>,
    /// Every node's counted study, as ranges; see [`Node::counted`].
    counted: Vec<(Counted, f64)>,
    months: Months,
}

impl Search<'_> {
    /// The time of step `next` taken after node `n`.
    fn step_time(&mut self, n: usize, next: StepIx) -> StepTime {
        let (catalogue, lens) = (self.catalogue, self.lens);
        let s = catalogue.step(next);
        let (lo, hi) = self.arena[n].counted;
        let credits = self.counted[lo..hi].iter().filter(|(c, _)| c.spanned_by(catalogue, s)).map(|(_, m)| *m);
        let along = Along { catalogue, start: &self.start, links: &self.links, node: n };
        let months = &mut self.months;
        step_time_by(catalogue, next, &along, lens, credits, |i| months.get(catalogue, lens, next, i))
    }

    /// Works out node `n`'s counted study from its parent's, as `super::record` does
    /// along a whole route.
    fn settle(&mut self, n: usize) {
        let Link { parent: Some(parent), step, .. } = self.links[n] else { return };
        let (catalogue, lens) = (self.catalogue, self.lens);
        // Worked out again rather than kept in every node: most nodes are never expanded.
        let time = self.step_time(parent, step);
        let s = catalogue.step(step);
        let (lo, hi) = self.arena[parent].counted;
        let fresh = self.counted.len();
        self.arena[n].counted = match time {
            StepTime::Estimated(_) => {
                let mut copied = false;
                for (i, req) in s.requires.iter().enumerate() {
                    // Held before the step, and the step's earlier requirements, as gained.
                    let along = Along { catalogue, start: &self.start, links: &self.links, node: parent };
                    let met = along.meets(catalogue, req, lens.nation)
                        || s.requires[..i].iter().any(|g| gaining_meets(catalogue, g, req, Some(lens.nation)));
                    if !met && let Some(m) = self.months.get(catalogue, lens, step, i) {
                        if !copied {
                            self.counted.extend_from_within(lo..hi);
                            copied = true;
                        }
                        self.counted.push((Counted::Required(step, i), m));
                    }
                }
                if copied { (fresh, self.counted.len()) } else { (lo, hi) }
            }
            StepTime::Course(m) if !s.gains.is_empty() => {
                self.counted.extend_from_within(lo..hi);
                self.counted.extend(s.gains.iter().map(|&q| (Counted::Gained(q), m)));
                (fresh, self.counted.len())
            }
            // Recorded study is spent: it cannot be credited twice.
            StepTime::Recorded(_) | StepTime::Shortened { .. }
                if self.counted[lo..hi].iter().any(|(c, _)| c.spanned_by(catalogue, s)) =>
            {
                for i in lo..hi {
                    let entry = self.counted[i];
                    if !entry.0.spanned_by(catalogue, s) {
                        self.counted.push(entry);
                    }
                }
                (fresh, self.counted.len())
            }
            _ => (lo, hi),
        };
    }

    /// The steps from the start to node `n`.
    fn path(&self, mut n: usize) -> Vec<StepIx> {
        let mut steps = Vec::with_capacity(self.arena[n].len);
        while let Some(parent) = self.links[n].parent {
            steps.push(self.links[n].step);
            n = parent;
        }
        steps.reverse();
        steps
    }
}

/// Partial routes waiting, cheapest first, then shortest, then first made: the order of a
/// binary heap of `(tenths of a month, steps, index)`, without its cost. A heap of millions
/// of entries misses the cache at every level of every pop. Here, a child never costs less
/// than its parent and is a step longer, so every key pushed is greater than the last one
/// popped, and the nodes of one key arrive in the order they are made: each key is a list
/// in order, and only the few distinct keys need sorting.
#[derive(Default)]
struct Queue {
    later: BTreeMap<(u32, usize), Vec<usize>>,
    /// The key being popped, and how far.
    now: Vec<usize>,
    next: usize,
    last: (u32, usize),
}

impl Queue {
    fn push(&mut self, key: (u32, usize), node: usize) {
        debug_assert!(key > self.last || self.now.is_empty(), "costs never fall along a route");
        self.later.entry(key).or_default().push(node);
    }

    fn pop(&mut self) -> Option<usize> {
        if self.next == self.now.len() {
            let (key, nodes) = self.later.pop_first()?;
            (self.last, self.now, self.next) = (key, nodes, 0);
        }
        self.next += 1;
        Some(self.now[self.next - 1])
    }
}

/// The search itself; see [`super::routes_cancellable`].
pub(super) fn run(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    lens: &Lens,
    options: &RouteOptions,
    cancelled: &dyn Fn() -> bool,
) -> Result<Vec<Route>, Cancelled> {
    if from == to || options.max == 0 || options.via.is_some_and(|v| v == from || v == to) {
        return Ok(Vec::new());
    }
    // Where each step leads, read in one pass: the steps themselves are large, and reading
    // one for every way out of every route expanded missed the cache more than anything else.
    let (usable, ends): (Vec<bool>, Vec<RoleIx>) = catalogue
        .steps
        .iter()
        .map(|s| {
            let usable = nations::step_available(catalogue, s, lens.nation).is_ok()
                && options.filter.is_none_or(|f| f.allows(s.route));
            (usable, s.to)
        })
        .unzip();
    // Whether each step is sideways on this question, worked out when first met (0 until then).
    let mut sideways_of: Vec<u8> = vec![0; catalogue.steps.len()];
    let to_target = reaches(catalogue, to, &usable);
    let to_via = options.via.map(|v| reaches(catalogue, v, &usable));
    if !to_target[from.0 as usize] || to_via.as_ref().is_some_and(|r| !r[from.0 as usize]) {
        return Ok(Vec::new());
    }
    let root = Node { len: 0, sideways: 0, via_seen: false, cost: 0.0, counted: (0, 0) };
    let mut search = Search {
        catalogue,
        lens,
        start: held.in_role(catalogue, from),
        links: vec![Link { parent: None, step: StepIx(0), at: from }],
        arena: vec![root],
        counted: Vec::new(),
        months: Months { at: Vec::new(), months: Vec::new() },
    };
    // The expansion at which each role was last marked as on the route being expanded.
    let mut on_path: Vec<usize> = vec![0; catalogue.roles.len()];
    let mut queue = Queue::default();
    queue.push((0, 0), 0);
    let mut found = Found::new();
    let mut expansions = 0;
    while let Some(n) = queue.pop() {
        let at = search.links[n].at;
        let Node { len, sideways, via_seen, cost, .. } = search.arena[n];
        if at == to {
            let route = finish(catalogue, from, to, search.path(n), &search.start, lens);
            if found.offer(catalogue, options, route) {
                break;
            }
            continue;
        }
        expansions += 1;
        if expansions > options.limits.max_expansions {
            break;
        }
        if expansions % CANCEL_CHECK_EVERY == 1 && cancelled() {
            return Err(Cancelled { partial: found.pick(catalogue, options) });
        }
        if len >= options.limits.max_steps {
            continue;
        }
        search.settle(n);
        let mut back = Some(n);
        while let Some(b) = back {
            on_path[search.links[b].at.0 as usize] = expansions;
            back = search.links[b].parent;
        }
        for &next in catalogue.steps_from(at) {
            let target = ends[next.0 as usize];
            let revisits = on_path[target.0 as usize] == expansions;
            let via_now = via_seen || options.via == Some(target);
            let heading = match (&to_via, via_now) {
                (Some(r), false) => r[target.0 as usize],
                _ => to_target[target.0 as usize],
            };
            if revisits || !usable[next.0 as usize] || !heading || (target == to && !via_now && options.via.is_some()) {
                continue;
            }
            let side = match sideways_of[next.0 as usize] {
                0 => {
                    let side = is_sideways(catalogue, next, to);
                    sideways_of[next.0 as usize] = 1 + u8::from(side);
                    side
                }
                known => known == 2,
            };
            if sideways + usize::from(side) > options.max_sideways {
                continue;
            }
            let time = search.step_time(n, next);
            let cost = cost + time.months() + if side { SIDEWAYS_MONTHS } else { 0.0 };
            search.links.push(Link { parent: Some(n), step: next, at: target });
            search.arena.push(Node {
                len: len + 1,
                sideways: sideways + usize::from(side),
                via_seen: via_now,
                cost,
                counted: (0, 0),
            });
            queue.push((tenths(cost), len + 1), search.arena.len() - 1);
        }
    }
    Ok(found.pick(catalogue, options))
}
