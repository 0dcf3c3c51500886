//! Filtering roles by sector, family, level, setting and nation.

use crate::model::{Catalogue, Family, Nation, RoleIx, Sector, Setting};
use crate::nations::{Presence, presence};

/// A conjunction of optional conditions; the empty filter keeps every role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RoleFilter {
    pub sector: Option<Sector>,
    pub family: Option<Family>,
    /// A Career Framework level (see [`crate::levels`]).
    pub level: Option<u8>,
    pub setting: Option<Setting>,
    pub nation: Option<Nation>,
}

impl RoleFilter {
    pub fn is_empty(&self) -> bool {
        *self == RoleFilter::default()
    }

    /// True when the role passes. A nation keeps every role not known to be absent there:
    /// "not recorded" is not "does not exist", and views mark such roles.
    pub fn matches(&self, catalogue: &Catalogue, ix: RoleIx) -> bool {
        let role = catalogue.role(ix);
        // A role in both sectors belongs in either sector's list.
        self.sector.is_none_or(|s| role.sector == s || role.sector == Sector::Both)
            && self.family.is_none_or(|f| role.family == f)
            && self.level.is_none_or(|l| catalogue.level(ix).map(|x| x.level) == Some(l))
            && self.setting.is_none_or(|s| role.settings.contains(&s))
            && self.nation.is_none_or(|n| presence(role, n) != Presence::Absent)
    }

    /// Matching roles, in data order.
    pub fn apply(&self, catalogue: &Catalogue) -> Vec<RoleIx> {
        catalogue.role_indices().filter(|&ix| self.matches(catalogue, ix)).collect()
    }

    /// "sector: Social care; level: 3", for headers and plain output.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.sector {
            parts.push(format!("sector: {}", s.label()));
        }
        if let Some(f) = self.family {
            parts.push(format!("family: {}", f.label()));
        }
        if let Some(l) = self.level {
            parts.push(format!("Career Framework level {l}"));
        }
        if let Some(s) = self.setting {
            parts.push(format!("setting: {}", s.label()));
        }
        if let Some(n) = self.nation {
            parts.push(format!("nation: {}", n.label()));
        }
        parts.join("; ")
    }
}
