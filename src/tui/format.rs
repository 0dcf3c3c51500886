//! Short forms of domain facts for tight spaces, shared by the screens.

use crate::lens::Lens;
use crate::levels::LevelChange;
use crate::model::{Catalogue, QualIx, Role, RoleIx, Sector, Step, thousands};
use crate::pay;

/// "Social care", "Both" or "Health", for narrow columns.
pub fn sector_short(sector: Sector) -> &'static str {
    match sector {
        Sector::SocialCare => "Social care",
        Sector::Health => "Health",
        Sector::Both => "Both",
    }
}

/// "CF3", or "CF–" when the role has no level on the Career Framework.
pub fn level_short(cat: &Catalogue, role: RoleIx) -> String {
    cat.level(role).map_or_else(|| "CF–".to_string(), |l| format!("CF{}", l.level))
}

/// A role's pay on the comparison basis (annual, for the lens's hours), in at most nine
/// cells: "£24.9k", "£25k+", or a dash when not recorded for the nation.
pub fn role_pay_compact(cat: &Catalogue, role: &Role, lens: &Lens) -> String {
    annual_thousands(cat, role, lens, |lo, _| format!("£{lo}k+"))
}

/// A role's annual pay on the comparison basis for a table cell: "£25k-27k", or a dash.
pub fn role_pay_short(cat: &Catalogue, role: &Role, lens: &Lens) -> String {
    annual_thousands(cat, role, lens, |lo, hi| format!("£{lo}k-{hi}k"))
}

/// Annual pay in whole thousands: "£25k" when the range rounds to one figure, else `range`.
fn annual_thousands(cat: &Catalogue, role: &Role, lens: &Lens, range: fn(i64, i64) -> String) -> String {
    let Some(p) = pay::role_pay(cat, role, lens.nation) else { return "–".to_string() };
    let c = p.compared(lens.hours);
    let k = |v: f64| (v / 1000.0).round() as i64;
    let (lo, hi) = (k(c.annual_min), k(c.annual_max));
    if lo == hi { format!("£{lo}k") } else { range(lo, hi) }
}

/// "+1", "0", "-2", or "?" when a level is not recorded; on the Career Framework.
pub fn level_change(change: Option<LevelChange>) -> String {
    match change.map(|c| c.delta()) {
        Some(c) if c > 0 => format!("+{c}"),
        Some(c) => c.to_string(),
        None => "?".to_string(),
    }
}

/// "+£1,950", "-£500", "same", or "not known".
pub fn pay_change(change: Option<f64>) -> String {
    match change {
        Some(c) if c.abs() < 50.0 => "same".to_string(),
        Some(c) if c > 0.0 => format!("+£{}", thousands(c.round() as i64)),
        Some(c) => format!("-£{}", thousands(c.abs().round() as i64)),
        None => "not known".to_string(),
    }
}

/// A qualification's name with its level.
pub fn qual_name(catalogue: &Catalogue, qual: QualIx) -> String {
    crate::wording::qual_name(catalogue, qual)
}

/// A step's typical duration, or a note that none is recorded.
pub fn duration(step: &Step) -> String {
    step.duration.as_ref().map_or_else(|| "not recorded".to_string(), |d| d.text.clone())
}

/// A step's time in a column: its recorded duration, or "~9 months est." for an estimate.
pub fn step_time_short(time: crate::graph::StepTime, step: &Step) -> String {
    match (time, &step.duration) {
        (crate::graph::StepTime::Recorded(_), Some(d)) => d.text.clone(),
        (t, _) if t.is_estimate() => format!("~{} est.", months(t.months()).trim_start_matches("about ")),
        (t, _) => months(t.months()).replace("about ", "~"),
    }
}

/// "about 2 years 6 months" for a route's total.
pub fn months(total: f64) -> String {
    let months = total.round() as i64;
    let (years, rest) = (months / 12, months % 12);
    let plural = |n: i64, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    match (years, rest) {
        (0, 0) => "no time recorded".to_string(),
        (0, m) => format!("about {}", plural(m, "month")),
        (y, 0) => format!("about {}", plural(y, "year")),
        (y, m) => format!("about {} {}", plural(y, "year"), plural(m, "month")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms() {
        use crate::levels::{Level, LevelBasis};
        let l = |level| Level { level, basis: LevelBasis::Stated };
        assert_eq!(level_change(Some(LevelChange { from: l(2), to: l(4) })), "+2");
        assert_eq!(level_change(Some(LevelChange { from: l(4), to: l(3) })), "-1");
        assert_eq!(pay_change(Some(1950.4)), "+£1,950");
        assert_eq!(pay_change(Some(-20.0)), "same");
        assert_eq!(months(30.0), "about 2 years 6 months");
        assert_eq!(months(12.0), "about 1 year");
    }
}
