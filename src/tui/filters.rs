//! Filters over the role list: sector, family, level, setting and nation.

use crate::model::{Family, Nation, Role, Sector, Setting};

/// One thing the list can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Sector,
    Family,
    Level,
    Setting,
    Nation,
}

impl Facet {
    pub const ALL: [Facet; 5] = [Facet::Sector, Facet::Family, Facet::Level, Facet::Setting, Facet::Nation];

    pub fn label(self) -> &'static str {
        match self {
            Facet::Sector => "Sector",
            Facet::Family => "Family",
            Facet::Level => "Level",
            Facet::Setting => "Setting",
            Facet::Nation => "Nation",
        }
    }
}

/// The filters in force; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub sector: Option<Sector>,
    pub family: Option<Family>,
    pub level: Option<u8>,
    pub setting: Option<Setting>,
    pub nation: Option<Nation>,
}

impl Filters {
    /// Whether a role passes. A role in both sectors passes a health or a social care filter:
    /// it is open to people from either side.
    pub fn matches(&self, role: &Role) -> bool {
        let sector = match self.sector {
            None => true,
            Some(Sector::Both) => role.sector == Sector::Both,
            Some(s) => role.sector == s || role.sector == Sector::Both,
        };
        sector
            && self.family.is_none_or(|f| role.family == f)
            && self.level.is_none_or(|l| role.level() == Some(l))
            && self.setting.is_none_or(|s| role.settings.contains(&s))
            && self.nation.is_none_or(|n| role.nations.contains(&n))
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Moves a facet to its next (or previous) value, passing through "any". `levels` are
    /// the levels that occur in the data.
    pub fn cycle(&mut self, facet: Facet, forward: bool, levels: &[u8]) {
        match facet {
            Facet::Sector => self.sector = cycle(self.sector, Sector::ALL, forward),
            Facet::Family => self.family = cycle(self.family, Family::ALL, forward),
            Facet::Level => self.level = cycle(self.level, levels, forward),
            Facet::Setting => self.setting = cycle(self.setting, Setting::ALL, forward),
            Facet::Nation => self.nation = cycle(self.nation, Nation::ALL, forward),
        }
    }

    /// The value of a facet for people, `None` when it is "any".
    pub fn value(&self, facet: Facet) -> Option<String> {
        match facet {
            Facet::Sector => self.sector.map(|s| match s {
                Sector::Both => "Both only".to_string(),
                s => format!("{} (and both)", s.label()),
            }),
            Facet::Family => self.family.map(|f| f.label().to_string()),
            Facet::Level => self.level.map(|l| l.to_string()),
            Facet::Setting => self.setting.map(|s| s.label().to_string()),
            Facet::Nation => self.nation.map(|n| n.label().to_string()),
        }
    }

    /// The facets in force, as "Sector: Health (and both)".
    pub fn summary(&self) -> Vec<String> {
        Facet::ALL.iter().filter_map(|&f| self.value(f).map(|v| format!("{}: {v}", f.label()))).collect()
    }
}

fn cycle<T: Copy + PartialEq>(value: Option<T>, all: &[T], forward: bool) -> Option<T> {
    let pos = value.and_then(|v| all.iter().position(|a| *a == v));
    let next = match (pos, forward) {
        (None, true) => Some(0),
        (None, false) => all.len().checked_sub(1),
        (Some(i), true) => (i + 1 < all.len()).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    };
    next.and_then(|i| all.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_passes_through_any() {
        let mut f = Filters::default();
        f.cycle(Facet::Sector, true, &[]);
        assert_eq!(f.sector, Some(Sector::Health));
        f.cycle(Facet::Sector, false, &[]);
        assert_eq!(f.sector, None);
        f.cycle(Facet::Sector, false, &[]);
        assert_eq!(f.sector, Some(Sector::Both));
        f.cycle(Facet::Level, true, &[]);
        assert_eq!(f.level, None);
        f.cycle(Facet::Level, false, &[2, 3]);
        assert_eq!(f.value(Facet::Level).as_deref(), Some("3"));
        assert_eq!(f.summary().len(), 2);
    }
}
