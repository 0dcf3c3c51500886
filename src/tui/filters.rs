//! Filters over the role list: sector, family, level and setting.

use crate::model::{Family, Sector, Setting};

/// One thing the list can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Sector,
    Family,
    Level,
    Setting,
}

impl Facet {
    // The nation is not a filter here: it is the app's setting, shown in the header, and
    // every screen follows it.
    pub const ALL: [Facet; 4] = [Facet::Sector, Facet::Family, Facet::Level, Facet::Setting];

    pub fn label(self) -> &'static str {
        match self {
            Facet::Sector => "Sector",
            Facet::Family => "Family",
            Facet::Level => "Level",
            Facet::Setting => "Setting",
        }
    }
}

/// The filters in force are the domain's [`RoleFilter`]: the list and `carepath roles`
/// filter by the same rules. The panel edits them one facet at a time.
pub use crate::filter::RoleFilter as Filters;

/// Editing filters facet by facet, as the filter panel does.
pub trait FacetEdit {
    /// Moves a facet to its next (or previous) value, passing through "any". `levels` are
    /// the levels that occur in the data.
    fn cycle_facet(&mut self, facet: Facet, forward: bool, levels: &[u8]);
    /// The value of a facet for people, `None` when it is "any".
    fn value(&self, facet: Facet) -> Option<String>;
    /// The facets in force, as "Sector: Health (and both)".
    fn summary(&self) -> Vec<String>;
}

impl FacetEdit for Filters {
    fn cycle_facet(&mut self, facet: Facet, forward: bool, levels: &[u8]) {
        match facet {
            Facet::Sector => self.sector = cycle(self.sector, Sector::ALL, forward),
            Facet::Family => self.family = cycle(self.family, Family::ALL, forward),
            Facet::Level => self.level = cycle(self.level, levels, forward),
            Facet::Setting => self.setting = cycle(self.setting, Setting::ALL, forward),
        }
    }

    fn value(&self, facet: Facet) -> Option<String> {
        match facet {
            Facet::Sector => self.sector.map(|s| match s {
                Sector::Both => "Both only".to_string(),
                s => format!("{} (and both)", s.label()),
            }),
            Facet::Family => self.family.map(|f| f.label().to_string()),
            Facet::Level => self.level.map(|l| format!("{} {l}", crate::levels::SCALE)),
            Facet::Setting => self.setting.map(|s| s.label().to_string()),
        }
    }

    fn summary(&self) -> Vec<String> {
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
        f.cycle_facet(Facet::Sector, true, &[]);
        assert_eq!(f.sector, Some(Sector::Health));
        f.cycle_facet(Facet::Sector, false, &[]);
        assert_eq!(f.sector, None);
        f.cycle_facet(Facet::Sector, false, &[]);
        assert_eq!(f.sector, Some(Sector::Both));
        f.cycle_facet(Facet::Level, true, &[]);
        assert_eq!(f.level, None);
        f.cycle_facet(Facet::Level, false, &[2, 3]);
        assert_eq!(f.value(Facet::Level).as_deref(), Some("Career Framework 3"));
        assert_eq!(f.summary().len(), 2);
    }
}
