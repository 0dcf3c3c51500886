//! Pay, as published and as compared.
//!
//! Two kinds of figure exist: NHS roles are paid on an Agenda for Change scale, which is
//! data of its own per nation and pay year (a role names only its band); social care roles
//! carry survey figures of their own, per nation. Either way a figure keeps its basis, its
//! pay year and its nation, and every comparison converts to one basis: full-time annual
//! pay at [`FULL_TIME_HOURS`] a week, beside the hourly rate, pro rata for the hours a
//! person actually works.

use std::fmt;

use serde::Serialize;

use crate::levels::BandRange;
use crate::model::{Catalogue, Date, Nation, Role, Source};

/// The full-time week that annual figures are compared on.
pub const FULL_TIME_HOURS: f64 = 37.5;
/// Weeks in a year (365.25 / 7, rounded as payroll does).
pub const WEEKS_PER_YEAR: f64 = 52.143;
/// Hours in a full-time year at [`FULL_TIME_HOURS`].
pub const FULL_TIME_HOURS_PER_YEAR: f64 = FULL_TIME_HOURS * WEEKS_PER_YEAR;

/// Whether pay is quoted per hour or per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PayUnit {
    Hour,
    Year,
}

/// An April-to-March pay year, e.g. 2026/27 (`start` = 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PayYear {
    pub start: u16,
}

impl PayYear {
    /// Parses `2026/27`; the second part must be the following year.
    pub fn parse(text: &str) -> Option<PayYear> {
        let (a, b) = text.trim().split_once('/')?;
        if a.len() != 4 || b.len() != 2 || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
            return None;
        }
        let start: u16 = a.parse().ok()?;
        let end: u16 = b.parse().ok()?;
        (start >= 1990 && (start + 1) % 100 == end).then_some(PayYear { start })
    }
}

impl fmt::Display for PayYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{:02}", self.start, (self.start + 1) % 100)
    }
}

impl Serialize for PayYear {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A figure recorded on a role (social care survey pay, or a role paid off-scale).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pay {
    pub nation: Nation,
    pub min: f64,
    pub max: f64,
    pub unit: PayUnit,
    /// What the figures are, e.g. "median hourly pay, care workers, independent sector, Dec 2025".
    pub basis: String,
    pub year: PayYear,
    pub sources: Vec<Source>,
}

/// One band of a pay scale: annual full-time pounds, entry point to top point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScaleBand {
    pub band: crate::levels::AfcBand,
    pub min: f64,
    pub max: f64,
}

/// An Agenda for Change scale for one nation and pay year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayScale {
    pub id: String,
    pub name: String,
    pub nation: Nation,
    pub year: PayYear,
    /// The full-time week the scale is for (NHS Scotland's is shorter than England's).
    pub hours: f64,
    pub bands: Vec<ScaleBand>,
    pub note: String,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

impl PayScale {
    fn band(&self, band: crate::levels::AfcBand) -> Option<&ScaleBand> {
        self.bands.iter().find(|b| b.band == band)
    }
}

/// Who a pay floor covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FloorScope {
    /// Everyone of the age the floor names (the National Living Wage).
    AllWorkers,
    /// Adult social care workers, as a nation's policy (Scotland, Wales).
    AdultSocialCare,
}

/// A legal or policy minimum hourly rate in a nation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayFloor {
    pub nation: Nation,
    pub name: String,
    pub scope: FloorScope,
    pub year: PayYear,
    pub hourly: f64,
    pub from: Date,
    pub note: String,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

/// Where a pay answer came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PayOrigin {
    /// An Agenda for Change scale (the scale's id and the band or bands).
    Scale { scale: String, bands: String },
    /// A figure recorded on the role.
    Recorded,
    /// No figure for the role in this nation: the sector's legal minimum there.
    Floor,
}

/// A role's pay in one nation, ready to show and compare.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayView {
    pub nation: Nation,
    pub min: f64,
    pub max: f64,
    pub unit: PayUnit,
    pub basis: String,
    pub year: PayYear,
    /// The full-time week the published figure assumes.
    pub full_time_hours: f64,
    pub origin: PayOrigin,
    /// The figure is from a pay year before the data set's current one.
    pub older_than_current: bool,
    /// A minimum in force that is above the recorded figure: comparisons use it instead.
    pub floor: Option<FloorNote>,
}

/// A pay floor that lifts a recorded figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FloorNote {
    pub name: String,
    pub hourly: f64,
    pub year: PayYear,
}

/// A pay range expressed on the comparison basis.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Compared {
    pub hourly_min: f64,
    pub hourly_max: f64,
    /// Annual pay for the hours asked for (full time unless a person works fewer).
    pub annual_min: f64,
    pub annual_max: f64,
    pub hours: f64,
}

impl Compared {
    pub fn annual_mid(&self) -> f64 {
        f64::midpoint(self.annual_min, self.annual_max)
    }

    /// Rounded as people read money: hourly to the penny, annual to the pound.
    pub fn rounded(self) -> Compared {
        let pence = |v: f64| (v * 100.0).round() / 100.0;
        Compared {
            hourly_min: pence(self.hourly_min),
            hourly_max: pence(self.hourly_max),
            annual_min: self.annual_min.round(),
            annual_max: self.annual_max.round(),
            hours: self.hours,
        }
    }
}

impl PayView {
    /// Hourly rates after any floor in force.
    fn hourly(&self) -> (f64, f64) {
        let (min, max) = match self.unit {
            PayUnit::Hour => (self.min, self.max),
            PayUnit::Year => {
                let hours = self.full_time_hours * WEEKS_PER_YEAR;
                (self.min / hours, self.max / hours)
            }
        };
        match &self.floor {
            Some(f) => (min.max(f.hourly), max.max(f.hourly)),
            None => (min, max),
        }
    }

    /// The figure on the one basis views compare: hourly, and annual for `hours` a week.
    pub fn compared(&self, hours: f64) -> Compared {
        let (hourly_min, hourly_max) = self.hourly();
        let year = hours * WEEKS_PER_YEAR;
        Compared { hourly_min, hourly_max, annual_min: hourly_min * year, annual_max: hourly_max * year, hours }
    }

    /// "£25,272 a year" or "£12.60 an hour", as published.
    pub fn published_text(&self) -> String {
        range_text(self.min, self.max, self.unit)
    }

    /// "`AfC` band 3, England, 2026/27" — where the figure comes from, in a few words.
    pub fn label(&self) -> String {
        let mut out = if self.basis.contains(self.nation.label()) {
            format!("{}, {}", self.basis, self.year)
        } else {
            format!("{}, {}, {}", self.basis, self.nation.label(), self.year)
        };
        if self.older_than_current {
            out.push_str(" (older than the current pay year)");
        }
        out
    }
}

/// "£24,937-£26,598 a year" or "£12.00 an hour".
pub fn range_text(min: f64, max: f64, unit: PayUnit) -> String {
    let (money, per): (fn(f64) -> String, &str) = match unit {
        PayUnit::Year => (money_whole, "a year"),
        PayUnit::Hour => (money_pence, "an hour"),
    };
    if (max - min).abs() < 0.005 {
        format!("{} {per}", money(min))
    } else {
        format!("{}-{} {per}", money(min), money(max))
    }
}

/// "£12.60-£13.00 an hour; £24,637-£25,420 a year at 37.5 hours a week".
pub fn compared_text(c: &Compared) -> String {
    let hours = if (c.hours - FULL_TIME_HOURS).abs() < 0.01 {
        format!("full time ({} hours a week)", trim_hours(c.hours))
    } else {
        format!("at {} hours a week", trim_hours(c.hours))
    };
    format!(
        "{}; {} {hours}",
        range_text(c.hourly_min, c.hourly_max, PayUnit::Hour),
        range_text(c.annual_min, c.annual_max, PayUnit::Year)
    )
}

/// "37.5" or "22".
pub fn trim_hours(h: f64) -> String {
    if (h - h.round()).abs() < 0.01 { format!("{}", h.round()) } else { format!("{h:.1}") }
}

pub fn money_whole(v: f64) -> String {
    let n = v.round() as i64;
    // As in `change_text`: i64::MIN (a saturated huge negative) cannot be negated.
    if n < 0 { format!("-£{}", thousands(n.saturating_abs())) } else { format!("£{}", thousands(n)) }
}

pub fn money_pence(v: f64) -> String {
    let pence = (v * 100.0).round() as i64;
    format!("£{}.{:02}", thousands(pence / 100), pence % 100)
}

/// Formats an integer with thousands separators.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A change in annual pay, signed: "+£8,620 a year" or "-£1,200 a year".
pub fn change_text(delta: f64) -> String {
    let n = delta.round() as i64;
    match n.signum() {
        0 => "no change".into(),
        1 => format!("+£{} a year", thousands(n)),
        // `as` saturates a huge negative delta to i64::MIN, which `-n` cannot negate (the
        // query fuzzer reached it with absurd weekly hours): saturate instead of overflowing.
        _ => format!("-£{} a year", thousands(n.saturating_abs())),
    }
}

/// A role's pay in a nation: a figure recorded on the role for that nation first (survey
/// pay is more specific than a band), else the nation's scale for the role's band, else
/// the nation's adult social care minimum for a care role paid by the hour elsewhere.
/// `None` means not recorded for that nation — never "unpaid".
pub fn role_pay(catalogue: &Catalogue, role: &Role, nation: Nation) -> Option<PayView> {
    let current = catalogue.reference.pay_year;
    let older = |year: PayYear| current.is_some_and(|c| year < c);
    if let Some(p) = role.pay.iter().find(|p| p.nation == nation) {
        let floor = floor_above(catalogue, role, nation, p);
        return Some(PayView {
            nation,
            min: p.min,
            max: p.max,
            unit: p.unit,
            basis: p.basis.clone(),
            year: p.year,
            full_time_hours: FULL_TIME_HOURS,
            origin: PayOrigin::Recorded,
            older_than_current: older(p.year),
            floor,
        });
    }
    if let Some(bands) = role.levels.afc
        && let Some(scale) = scale_for(catalogue, nation)
        && let (Some(low), Some(high)) = (scale.band(bands.low), scale.band(bands.high))
    {
        return Some(PayView {
            nation,
            min: low.min,
            max: high.max,
            unit: PayUnit::Year,
            basis: format!("Agenda for Change {bands}"),
            year: scale.year,
            full_time_hours: scale.hours,
            origin: PayOrigin::Scale { scale: scale.id.clone(), bands: bands.to_string() },
            older_than_current: older(scale.year),
            floor: None,
        });
    }
    let paid_hourly = role.pay.iter().any(|p| p.unit == PayUnit::Hour);
    if role.sector == crate::model::Sector::SocialCare && paid_hourly {
        let floor = sector_floor(catalogue, nation)?;
        return Some(PayView {
            nation,
            min: floor.hourly,
            max: floor.hourly,
            unit: PayUnit::Hour,
            basis: format!("at least: no survey figure here, so the {}", floor.name),
            year: floor.year,
            full_time_hours: FULL_TIME_HOURS,
            origin: PayOrigin::Floor,
            older_than_current: older(floor.year),
            floor: None,
        });
    }
    None
}

/// The sources behind a role's pay in a nation: the survey recorded on the role, the scale
/// for its band, or the minimum it is shown at, and any minimum that lifts a figure.
pub fn sources<'c>(catalogue: &'c Catalogue, role: &'c Role, nation: Nation) -> Vec<&'c Source> {
    let Some(view) = role_pay(catalogue, role, nation) else { return Vec::new() };
    let mut out: Vec<&Source> = match &view.origin {
        PayOrigin::Recorded => role.pay.iter().filter(|p| p.nation == nation).flat_map(|p| &p.sources).collect(),
        PayOrigin::Scale { scale, .. } => {
            catalogue.reference.pay_scales.iter().filter(|s| &s.id == scale).flat_map(|s| &s.sources).collect()
        }
        PayOrigin::Floor => sector_floor(catalogue, nation).map(|f| f.sources.iter().collect()).unwrap_or_default(),
    };
    if let Some(f) = &view.floor {
        let floors = catalogue.reference.pay_floors.iter();
        out.extend(
            floors.filter(|p| p.nation == nation && p.name == f.name && p.year == f.year).flat_map(|p| &p.sources),
        );
    }
    out
}

/// The newest scale for a nation.
pub fn scale_for(catalogue: &Catalogue, nation: Nation) -> Option<&PayScale> {
    catalogue.reference.pay_scales.iter().filter(|s| s.nation == nation).max_by_key(|s| s.year)
}

/// The minimum a care worker in a nation can be paid now: of the newest pay year's floors
/// (the legal minimum for everyone, or the nation's own for adult social care), the higher.
/// An older sector minimum that the legal one has overtaken is not an answer.
fn sector_floor(catalogue: &Catalogue, nation: Nation) -> Option<&PayFloor> {
    let floors = catalogue.reference.pay_floors.iter().filter(|f| f.nation == nation);
    let newest = floors.clone().map(|f| f.year).max()?;
    floors.filter(|f| f.year == newest).max_by(|a, b| a.hourly.total_cmp(&b.hourly))
}

/// The highest minimum in force (from a later or the same pay year) that a recorded
/// hourly figure falls below: a survey median from before an uprating cannot be what
/// anyone is paid now.
fn floor_above(catalogue: &Catalogue, role: &Role, nation: Nation, pay: &Pay) -> Option<FloorNote> {
    if pay.unit != PayUnit::Hour {
        return None;
    }
    catalogue
        .reference
        .pay_floors
        .iter()
        .filter(|f| f.nation == nation && f.year >= pay.year && f.hourly > pay.min + 0.004)
        .filter(|f| f.scope == FloorScope::AllWorkers || role.sector != crate::model::Sector::Health)
        .max_by(|a, b| a.hourly.total_cmp(&b.hourly))
        .map(|f| FloorNote { name: f.name.clone(), hourly: f.hourly, year: f.year })
}

/// The annual change in pay from one role to another in a nation, for `hours` a week,
/// midpoint to midpoint. `None` when either is not recorded there.
pub fn change(catalogue: &Catalogue, from: &Role, to: &Role, nation: Nation, hours: f64) -> Option<f64> {
    let a = role_pay(catalogue, from, nation)?.compared(hours);
    let b = role_pay(catalogue, to, nation)?.compared(hours);
    Some(b.annual_mid() - a.annual_mid())
}

/// Whether a band range has any pay: used by validation to check scales cover bands.
pub fn scale_covers(scale: &PayScale, bands: BandRange) -> bool {
    scale.band(bands.low).is_some() && scale.band(bands.high).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_negative_amounts_print_without_overflow() {
        // Found by the query fuzzer: -1e300 saturates to i64::MIN, which cannot be negated.
        assert!(change_text(-1e300).starts_with("-£9,223,372,036,854,775,807"), "{}", change_text(-1e300));
        assert!(money_whole(-1e300).starts_with("-£9,223,372,036,854,775,807"), "{}", money_whole(-1e300));
    }

    #[test]
    fn pay_years_parse_and_order() {
        assert_eq!(PayYear::parse("2026/27"), Some(PayYear { start: 2026 }));
        assert_eq!(PayYear::parse("1999/00"), Some(PayYear { start: 1999 }));
        assert!(PayYear::parse("2026/28").is_none());
        assert!(PayYear::parse("Dec 2025").is_none());
        assert!(PayYear::parse("2025/26") < PayYear::parse("2026/27"));
        assert_eq!(PayYear { start: 2026 }.to_string(), "2026/27");
    }

    fn view(min: f64, max: f64, unit: PayUnit, hours: f64) -> PayView {
        PayView {
            nation: Nation::England,
            min,
            max,
            unit,
            basis: "b".into(),
            year: PayYear { start: 2026 },
            full_time_hours: hours,
            origin: PayOrigin::Recorded,
            older_than_current: false,
            floor: None,
        }
    }

    #[test]
    fn hourly_and_annual_meet_on_one_basis() {
        let hourly = view(12.0, 12.0, PayUnit::Hour, 37.5);
        let c = hourly.compared(FULL_TIME_HOURS);
        assert!((c.annual_min - 23_464.35).abs() < 1.0, "{c:?}");
        let part = hourly.compared(22.5);
        assert!((part.annual_min - c.annual_min * 0.6).abs() < 0.01);
        // A Scottish 37-hour scale converts to hourly on its own week.
        let annual = view(37_000.0 * WEEKS_PER_YEAR / 52.143, 37_000.0, PayUnit::Year, 37.0);
        let c = annual.compared(37.5);
        assert!((c.hourly_max - 37_000.0 / (37.0 * WEEKS_PER_YEAR)).abs() < 0.001);
    }

    #[test]
    fn floors_lift_figures_below_them() {
        let mut v = view(12.60, 12.60, PayUnit::Hour, 37.5);
        v.floor = Some(FloorNote { name: "NLW".into(), hourly: 12.71, year: PayYear { start: 2026 } });
        assert!((v.compared(37.5).hourly_min - 12.71).abs() < 1e-9);
        assert_eq!(v.published_text(), "£12.60 an hour");
    }

    #[test]
    fn money_is_written_for_people() {
        assert_eq!(range_text(24_937.0, 26_598.0, PayUnit::Year), "£24,937-£26,598 a year");
        assert_eq!(range_text(12.0, 12.0, PayUnit::Hour), "£12.00 an hour");
        assert_eq!(change_text(1_234.4), "+£1,234 a year");
        assert_eq!(change_text(-80.0), "-£80 a year");
        assert_eq!(change_text(0.2), "no change");
    }
}
