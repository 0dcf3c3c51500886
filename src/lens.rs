//! The context every view is seen through: the nation in view and the hours a person works.

use crate::model::Nation;
use crate::pay::FULL_TIME_HOURS;

/// The nation in view and the weekly hours pay is shown for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lens {
    pub nation: Nation,
    /// Weekly hours; [`FULL_TIME_HOURS`] shows full-time pay.
    pub hours: f64,
}

impl Default for Lens {
    fn default() -> Self {
        Lens { nation: Nation::England, hours: FULL_TIME_HOURS }
    }
}

impl Lens {
    pub fn new(nation: Nation, hours: f64) -> Lens {
        Lens { nation, hours }
    }

    pub fn part_time(&self) -> bool {
        (self.hours - FULL_TIME_HOURS).abs() > 0.01
    }

    /// "England, full time" or "Scotland, 22.5 hours a week".
    pub fn describe(&self) -> String {
        if self.part_time() {
            format!("{}, {} hours a week", self.nation.label(), crate::pay::trim_hours(self.hours))
        } else {
            format!("{}, full time", self.nation.label())
        }
    }
}

/// Parses hours a week for `--hours`: more than 0, at most 80.
pub fn parse_hours(text: &str) -> Result<f64, String> {
    let h: f64 = text.trim().parse().map_err(|_| format!("`{}` is not a number of hours", crate::text::clean(text)))?;
    if h.is_finite() && h > 0.0 && h <= 80.0 {
        Ok(h)
    } else {
        Err("hours a week must be more than 0 and at most 80".into())
    }
}
