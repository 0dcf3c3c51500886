//! How far each role is from where a person stands: open now, a number of steps away, or
//! no route in the data; and whether there is a way in that charges no tuition fees.
//!
//! One breadth-first pass over the steps that can be taken in the nation answers every
//! role at once, so ranking all roles costs one walk of the graph, not one route search
//! per role. The best route itself is found only for the roles a person looks at.

use std::collections::VecDeque;

use serde::Serialize;

use super::Query;
use crate::graph::{Route, RouteFilter, RouteOptions, routes_with};
use crate::lens::Lens;
use crate::model::{Catalogue, QualKind, RoleIx};
use crate::nations;
use crate::requirements::Held;
use crate::routes::charges_fees;

/// How far a role is from the person's current role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "steps")]
pub enum Reach {
    /// One step away, and they hold everything it requires.
    OpenNow,
    /// This many steps away (1 when the one step needs something they do not hold).
    Steps(usize),
    /// No route in the data from their current role.
    NoRoute,
    /// No current role given.
    Unknown,
}

impl Reach {
    /// Nearer first; unknown last.
    pub fn order(self) -> (u8, usize) {
        match self {
            Reach::OpenNow => (0, 0),
            Reach::Steps(n) => (1, n),
            Reach::NoRoute => (2, 0),
            Reach::Unknown => (3, 0),
        }
    }
}

pub(super) struct Reachability<'a> {
    catalogue: &'a Catalogue,
    lens: Lens,
    /// Steps from the current role to each role, over every step and over fee-free steps.
    hops: Option<Vec<Option<usize>>>,
    fee_free_hops: Option<Vec<Option<usize>>>,
    open: Vec<RoleIx>,
}

impl<'a> Reachability<'a> {
    pub(super) fn new(catalogue: &'a Catalogue, query: &Query, lens: &Lens) -> Self {
        let mut open = Vec::new();
        if let Some(from) = query.from {
            for view in crate::graph::next_steps(catalogue, from, &query.held, lens) {
                if view.open_now() {
                    open.push(view.other);
                }
            }
        }
        Reachability {
            catalogue,
            lens: *lens,
            hops: query.from.map(|f| walk(catalogue, f, lens, false)),
            // Only someone who asked for no fees needs the fee-free walk.
            fee_free_hops: query.from.filter(|_| query.avoids_fees()).map(|f| walk(catalogue, f, lens, true)),
            open,
        }
    }

    pub(super) fn of(&self, role: RoleIx) -> Reach {
        let Some(hops) = &self.hops else { return Reach::Unknown };
        if self.open.contains(&role) {
            return Reach::OpenNow;
        }
        hops[role.0 as usize].map_or(Reach::NoRoute, Reach::Steps)
    }

    /// Whether there is a way into the role with no step that usually charges tuition
    /// fees: from the current role when there is one, else by any step into it (or by its
    /// requirements, when nothing it needs is a university award).
    pub(super) fn fee_free(&self, role: RoleIx) -> bool {
        if let Some(hops) = &self.fee_free_hops {
            return hops[role.0 as usize].is_some();
        }
        let c = self.catalogue;
        let by_step = c.steps_into(role).iter().any(|&s| {
            let step = c.step(s);
            !charges_fees(step.route) && nations::step_available(c, step, self.lens.nation).is_ok()
        });
        let university = |q| {
            matches!(c.qualification(q).kind, QualKind::Degree | QualKind::Postgraduate | QualKind::FoundationDegree)
        };
        by_step || c.role(role).required.iter().all(|req| !req.any_of.iter().all(|&q| university(q)))
    }
}

/// Breadth-first steps from `from` over the steps that can be taken in the nation.
fn walk(catalogue: &Catalogue, from: RoleIx, lens: &Lens, fee_free: bool) -> Vec<Option<usize>> {
    let mut hops = vec![None; catalogue.roles.len()];
    hops[from.0 as usize] = Some(0);
    let mut queue = VecDeque::from([from]);
    while let Some(role) = queue.pop_front() {
        let here = hops[role.0 as usize].unwrap_or(0);
        for &s in catalogue.steps_from(role) {
            let step = catalogue.step(s);
            if hops[step.to.0 as usize].is_some()
                || (fee_free && charges_fees(step.route))
                || nations::step_available(catalogue, step, lens.nation).is_err()
            {
                continue;
            }
            hops[step.to.0 as usize] = Some(here + 1);
            queue.push_back(step.to);
        }
    }
    hops
}

/// The best route from the current role to `to`, without tuition fees when the person
/// asked for none.
pub fn best_route(
    catalogue: &Catalogue,
    from: RoleIx,
    to: RoleIx,
    held: &Held,
    lens: &Lens,
    no_fees: bool,
) -> Option<Route> {
    let mut options = RouteOptions::new(1);
    options.filter = no_fees.then_some(RouteFilter::EarnWhileYouLearn);
    routes_with(catalogue, from, to, held, lens, &options).into_iter().next()
}
