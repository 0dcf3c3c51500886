//! Curated pathways: a main line of roles and the branches off it, as a map of hops.

use super::{Origin, RoleIx};

/// A named, ordered sequence of roles for a trainer to step through.
#[derive(Debug, Clone, PartialEq)]
pub struct Pathway {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Every role on the pathway: the main line in order, then each branch's roles.
    pub roles: Vec<RoleIx>,
    /// The moves the map draws: along the main line, out of each fork into its branch,
    /// along the branch, and into the role where it rejoins. Each is a step in the data.
    pub hops: Vec<(RoleIx, RoleIx)>,
    /// The named branches, for choosing at a fork.
    pub branches: Vec<Branch>,
    pub origin: Origin,
}

/// A pathway's branch: from a role already on it, through its own roles, optionally back
/// into a role already on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    pub name: String,
    pub from: RoleIx,
    pub roles: Vec<RoleIx>,
    pub to: Option<RoleIx>,
}

impl Pathway {
    /// A pathway that is one line of roles, each a hop from the one before: how a route or
    /// a set of compared roles is presented.
    pub fn line(id: &str, name: String, description: String, roles: Vec<RoleIx>, hops: bool) -> Pathway {
        let hops = if hops { roles.windows(2).map(|w| (w[0], w[1])).collect() } else { Vec::new() };
        Pathway { id: id.to_string(), name, description, roles, hops, branches: Vec::new(), origin: Origin::default() }
    }

    /// Where a walk along the pathway starts.
    pub fn start(&self) -> Option<RoleIx> {
        self.roles.first().copied()
    }

    /// The roles one hop on from `role`, main line first. Roles shown side by side (a
    /// comparison, with no hops) follow one another in order.
    pub fn next(&self, role: RoleIx) -> Vec<RoleIx> {
        if self.hops.is_empty() {
            let at = self.roles.iter().position(|&r| r == role);
            return at.and_then(|i| self.roles.get(i + 1)).copied().into_iter().collect();
        }
        self.hops.iter().filter(|h| h.0 == role).map(|h| h.1).collect()
    }

    /// The roles one hop back from `role`.
    pub fn previous(&self, role: RoleIx) -> Vec<RoleIx> {
        if self.hops.is_empty() {
            let at = self.roles.iter().position(|&r| r == role);
            return at.and_then(|i| i.checked_sub(1)).and_then(|i| self.roles.get(i)).copied().into_iter().collect();
        }
        self.hops.iter().filter(|h| h.1 == role).map(|h| h.0).collect()
    }

    /// Whether any role leads two ways.
    pub fn forks(&self) -> bool {
        self.roles.iter().any(|&r| self.next(r).len() > 1)
    }
}
