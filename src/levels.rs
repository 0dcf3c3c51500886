//! Levels on one named scale.
//!
//! Roles carry levels on different scales: the Skills for Health Career Framework (1-9),
//! an Agenda for Change band, a Care Workforce Pathway category, or the RQF level of the
//! usual entry qualification. Subtracting one scale from another gives nonsense (a deputy
//! manager "below" the nurse who was promoted into the job), so every role is placed on
//! the Career Framework: its own level where it has one, otherwise through the crosswalk
//! in the data (`[[level]]` rows), which says how bands, categories and qualification
//! levels line up and with what caveats. A change in level is always a change on that
//! scale, and always says where each end came from.

use std::fmt;

use serde::Serialize;

use crate::model::{CwpCategory, Date, Role, Source};

/// An Agenda for Change pay band, ordered from band 1 to band 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AfcBand(u8);

impl AfcBand {
    const NAMES: [&'static str; 12] = ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"];

    /// Parses a band name such as `3` or `8a`.
    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim().to_ascii_lowercase();
        Self::NAMES.iter().position(|n| *n == name).map(|i| AfcBand(i as u8))
    }
    /// Every accepted band name.
    pub fn names() -> &'static [&'static str] {
        &Self::NAMES
    }
    /// The band's name, e.g. `8a`.
    pub fn name(self) -> &'static str {
        Self::NAMES[usize::from(self.0)]
    }
}

impl Serialize for AfcBand {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One band or a range of bands, e.g. `5` or `5-6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandRange {
    pub low: AfcBand,
    pub high: AfcBand,
}

impl fmt::Display for BandRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.low == self.high {
            write!(f, "band {}", self.low.name())
        } else {
            write!(f, "bands {}-{}", self.low.name(), self.high.name())
        }
    }
}

/// One row of the crosswalk: a Career Framework level and what sits at it on the other
/// scales.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelRow {
    pub career_framework: u8,
    /// The Career Framework's own name for the level, e.g. "Support worker".
    pub name: String,
    pub afc: Vec<AfcBand>,
    pub cwp: Vec<CwpCategory>,
    /// RQF (England, Northern Ireland) and CQFW (Wales) levels, which share numbers.
    pub rqf: Vec<u8>,
    pub scqf: Vec<u8>,
    pub note: String,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

/// How a role's Career Framework level was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LevelBasis {
    /// The role's own Career Framework level.
    Stated,
    /// Read across from its Agenda for Change band.
    Band,
    /// Read across from its Care Workforce Pathway category.
    Cwp,
    /// Read across from the RQF level of its usual entry qualification.
    Entry,
}

impl LevelBasis {
    pub fn describe(self) -> &'static str {
        match self {
            LevelBasis::Stated => "its own Career Framework level",
            LevelBasis::Band => "read across from its AfC band",
            LevelBasis::Cwp => "read across from its Care Workforce Pathway category",
            LevelBasis::Entry => "read across from its entry qualification level",
        }
    }
}

/// A role's place on the Career Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Level {
    pub level: u8,
    pub basis: LevelBasis,
}

/// The name of the one scale levels are compared on.
pub const SCALE: &str = "Career Framework";

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{SCALE} {}", self.level)
    }
}

/// A role's Career Framework level: its own, else read across the crosswalk from its band,
/// its Care Workforce Pathway category, or its entry qualification, in that order.
pub fn level(rows: &[LevelRow], role: &Role) -> Option<Level> {
    let l = &role.levels;
    if let Some(level) = l.career_framework {
        return Some(Level { level, basis: LevelBasis::Stated });
    }
    let find = |pred: &dyn Fn(&LevelRow) -> bool| rows.iter().find(|r| pred(r)).map(|r| r.career_framework);
    if let Some(b) = l.afc
        && let Some(level) = find(&|r| r.afc.contains(&b.low))
    {
        return Some(Level { level, basis: LevelBasis::Band });
    }
    if let Some(c) = l.cwp
        && let Some(level) = find(&|r| r.cwp.contains(&c))
    {
        return Some(Level { level, basis: LevelBasis::Cwp });
    }
    if let Some(q) = l.rqf_entry
        && let Some(level) = find(&|r| r.rqf.contains(&q))
    {
        return Some(Level { level, basis: LevelBasis::Entry });
    }
    None
}

/// A change of level between two roles, on the Career Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LevelChange {
    pub from: Level,
    pub to: Level,
}

impl LevelChange {
    pub fn delta(&self) -> i16 {
        i16::from(self.to.level) - i16::from(self.from.level)
    }

    /// "Career Framework 2 → 5 (+3)", or "Career Framework 5, same level".
    pub fn text(&self) -> String {
        match self.delta() {
            0 => format!("{SCALE} {}, same level", self.from.level),
            d => format!("{SCALE} {} → {} ({d:+})", self.from.level, self.to.level),
        }
    }

    /// True when either end was read across rather than stated.
    pub fn read_across(&self) -> bool {
        self.from.basis != LevelBasis::Stated || self.to.basis != LevelBasis::Stated
    }
}

/// The change from one role to another, when both have a level on the scale.
pub fn change(rows: &[LevelRow], from: &Role, to: &Role) -> Option<LevelChange> {
    Some(LevelChange { from: level(rows, from)?, to: level(rows, to)? })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_order_and_name() {
        let b = AfcBand::parse("8A").expect("8a");
        assert_eq!(b.name(), "8a");
        assert!(AfcBand::parse("7").expect("7") < b);
        assert!(AfcBand::parse("10").is_none());
    }

    #[test]
    fn changes_name_their_scale() {
        let l = |level| Level { level, basis: LevelBasis::Stated };
        assert_eq!(LevelChange { from: l(2), to: l(5) }.text(), "Career Framework 2 → 5 (+3)");
        assert_eq!(LevelChange { from: l(5), to: l(5) }.text(), "Career Framework 5, same level");
        assert_eq!(LevelChange { from: l(6), to: l(5) }.text(), "Career Framework 6 → 5 (-1)");
    }
}
