//! Route finding as it was before the search kept its state per node (commit ce4e99d),
//! kept to check that the faster search finds the same routes in the same order.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::graph::{step_time, tenths};
use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx, StepIx};
use crate::nations;
use crate::requirements::{Held, Requirement};
use crate::routes::{Found, Route, RouteOptions, SIDEWAYS_MONTHS, finish, is_sideways, reaches, record};

/// A partial route: a node in an arena, linked to its parent.
struct Node {
    step: StepIx,
    parent: Option<usize>,
    len: usize,
    sideways: usize,
    via_seen: bool,
    /// Ranking cost so far, in months.
    cost: f64,
}

/// `routes_with` as it was before the search kept state per node.
pub(super) fn routes_with(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    lens: &Lens,
    options: &RouteOptions,
) -> Vec<Route> {
    if from == to || options.max == 0 || options.via.is_some_and(|v| v == from || v == to) {
        return Vec::new();
    }
    let usable: Vec<bool> = catalogue
        .steps
        .iter()
        .map(|s| {
            nations::step_available(catalogue, s, lens.nation).is_ok()
                && options.filter.is_none_or(|f| f.allows(s.route))
        })
        .collect();
    let to_target = reaches(catalogue, to, &usable);
    let to_via = options.via.map(|v| reaches(catalogue, v, &usable));
    if !to_target[from.0 as usize] || to_via.as_ref().is_some_and(|r| !r[from.0 as usize]) {
        return Vec::new();
    }
    let start = held.in_role(catalogue, from);
    let mut arena: Vec<Node> = Vec::new();
    let mut heap: BinaryHeap<Reverse<(u32, usize, Option<usize>)>> = BinaryHeap::new();
    heap.push(Reverse((0, 0, None)));
    let mut found = Found::new();
    let mut expansions = 0;
    while let Some(Reverse((_, _, node))) = heap.pop() {
        let path = node.map(|n| chain(&arena, n)).unwrap_or_default();
        let at = path.last().map_or(from, |s| catalogue.step(*s).to);
        let (len, sideways, via_seen) =
            node.map_or((0, 0, false), |n| (arena[n].len, arena[n].sideways, arena[n].via_seen));
        if at == to {
            let route = finish(catalogue, from, to, path, &start, lens);
            if found.offer(catalogue, options, route) {
                break;
            }
            continue;
        }
        expansions += 1;
        if expansions > options.limits.max_expansions {
            break;
        }
        if len >= options.limits.max_steps {
            continue;
        }
        let (have, counted) = gained(catalogue, &path, &start, lens);
        for &next in catalogue.steps_from(at) {
            let step = catalogue.step(next);
            let target = step.to;
            let revisits = target == from || path.iter().any(|s| catalogue.step(*s).to == target);
            let via_now = via_seen || options.via == Some(target);
            let heading = match (&to_via, via_now) {
                (Some(r), false) => r[target.0 as usize],
                _ => to_target[target.0 as usize],
            };
            if revisits || !usable[next.0 as usize] || !heading || (target == to && !via_now && options.via.is_some()) {
                continue;
            }
            let side = is_sideways(catalogue, next, to);
            if sideways + usize::from(side) > options.max_sideways {
                continue;
            }
            let time = step_time(catalogue, next, &have, lens, &counted);
            let parent_cost = node.map_or(0.0, |n| arena[n].cost);
            let cost = parent_cost + time.months() + if side { SIDEWAYS_MONTHS } else { 0.0 };
            arena.push(Node {
                step: next,
                parent: node,
                len: len + 1,
                sideways: sideways + usize::from(side),
                via_seen: via_now,
                cost,
            });
            heap.push(Reverse((tenths(cost), len + 1, Some(arena.len() - 1))));
        }
    }
    found.pick(catalogue, options)
}

/// The steps from the start to a node.
fn chain(arena: &[Node], mut node: usize) -> Vec<StepIx> {
    let mut steps = Vec::with_capacity(arena[node].len);
    loop {
        steps.push(arena[node].step);
        match arena[node].parent {
            Some(p) => node = p,
            None => break,
        }
    }
    steps.reverse();
    steps
}

/// What a person holds, and which requirements' study was counted, after the steps.
fn gained(catalogue: &Catalogue, path: &[StepIx], start: &Held, lens: &Lens) -> (Held, Vec<(Requirement, f64)>) {
    let mut have = start.clone();
    let mut counted = Vec::new();
    for &s in path {
        let time = step_time(catalogue, s, &have, lens, &counted);
        record(catalogue, s, &mut have, &mut counted, time, lens);
    }
    (have, counted)
}
