//! Short forms of domain facts for tight spaces, shared by the screens.

use crate::model::{Catalogue, Pay, PayUnit, QualIx, Role, Sector, Step, thousands};

/// "Social care", "Both" or "Health", for narrow columns.
pub fn sector_short(sector: Sector) -> &'static str {
    match sector {
        Sector::SocialCare => "Social care",
        Sector::Health => "Health",
        Sector::Both => "Both",
    }
}

/// "L3", or "L–" when the role has no level.
pub fn level_short(role: &Role) -> String {
    role.level().map_or_else(|| "L–".to_string(), |l| format!("L{l}"))
}

/// "level 3", or "level not recorded".
pub fn level_long(role: &Role) -> String {
    role.level().map_or_else(|| "level not recorded".to_string(), |l| format!("level {l}"))
}

/// "£12.00/h", "£12.00-13.50/h", "£25k", "£25k-27k".
pub fn pay_short(pay: &Pay) -> String {
    match pay.unit {
        PayUnit::Hour if (pay.max - pay.min).abs() < 0.005 => format!("£{:.2}/h", pay.min),
        PayUnit::Hour => format!("£{:.2}-{:.2}/h", pay.min, pay.max),
        PayUnit::Year => {
            let k = |v: f64| (v / 1000.0).round() as i64;
            if k(pay.min) == k(pay.max) {
                format!("£{}k", k(pay.min))
            } else {
                format!("£{}k-{}k", k(pay.min), k(pay.max))
            }
        }
    }
}

/// Pay in at most nine cells: the bottom of the range, with `+` when it is a range.
pub fn pay_compact(pay: &Pay) -> String {
    let range = (pay.max - pay.min).abs() >= 0.005;
    let plus = if range { "+" } else { "" };
    match pay.unit {
        PayUnit::Hour => format!("£{:.2}{plus}/h", pay.min),
        PayUnit::Year => format!("£{}k{plus}", (pay.min / 1000.0).round() as i64),
    }
}

/// [`pay_compact`] for a role, or a dash.
pub fn role_pay_compact(role: &Role) -> String {
    role.pay.as_ref().map_or_else(|| "–".to_string(), pay_compact)
}

/// Pay for a role in a table cell, or a dash.
pub fn role_pay_short(role: &Role) -> String {
    role.pay.as_ref().map_or_else(|| "–".to_string(), pay_short)
}

/// "+1", "0", "-2", or "?" when a level is not recorded.
pub fn level_change(change: Option<i16>) -> String {
    match change {
        Some(c) if c > 0 => format!("+{c}"),
        Some(c) => c.to_string(),
        None => "?".to_string(),
    }
}

/// "+£1,950 a year", "-£500 a year", "about the same", or "not known".
pub fn pay_change(change: Option<f64>) -> String {
    match change {
        Some(c) if c.abs() < 50.0 => "same".to_string(),
        Some(c) if c > 0.0 => format!("+£{}", thousands(c.round() as i64)),
        Some(c) => format!("-£{}", thousands(c.abs().round() as i64)),
        None => "not known".to_string(),
    }
}

/// A qualification's name with its RQF level.
pub fn qual_name(catalogue: &Catalogue, qual: QualIx) -> String {
    let q = catalogue.qualification(qual);
    match q.level {
        Some(level) => format!("{} (RQF {level})", q.name),
        None => q.name.clone(),
    }
}

/// A step's typical duration, or a note that none is recorded.
pub fn duration(step: &Step) -> String {
    step.duration.as_ref().map_or_else(|| "not recorded".to_string(), |d| d.text.clone())
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
        let pay = |min, max, unit| Pay { min, max, unit, basis: String::new(), year: String::new() };
        assert_eq!(pay_short(&pay(12.0, 12.0, PayUnit::Hour)), "£12.00/h");
        assert_eq!(pay_short(&pay(24_937.0, 26_598.0, PayUnit::Year)), "£25k-27k");
        assert_eq!(level_change(Some(2)), "+2");
        assert_eq!(level_change(Some(-1)), "-1");
        assert_eq!(pay_change(Some(1950.4)), "+£1,950");
        assert_eq!(pay_change(Some(-20.0)), "same");
        assert_eq!(months(30.0), "about 2 years 6 months");
        assert_eq!(months(12.0), "about 1 year");
    }
}
