//! One home for the words both the command line and the app use for the same fact: a pay
//! line, a level, a requirement, a registration, the nations. Say it once here and every
//! view says it the same way.

use crate::graph::StepView;
use crate::lens::Lens;
use crate::levels::{self, LevelChange};
use crate::model::{Catalogue, Nation, QualIx, Role, RoleIx};
use crate::nations::{self, Presence};
use crate::pay::{self, PayOrigin};
use crate::requirements::{self, Requirement};
use std::fmt::Write as _;

/// "Level 3 Diploma in Adult Care (RQF 3)".
pub fn qual_name(c: &Catalogue, q: QualIx) -> String {
    requirements::qualification_name(c, q)
}

/// Requirements as a list, each with its options in the nation; "none" when empty.
pub fn requirements_text(c: &Catalogue, reqs: &[Requirement], nation: Nation) -> String {
    if reqs.is_empty() {
        return "none".into();
    }
    reqs.iter().map(|r| requirements::describe(c, r, Some(nation))).collect::<Vec<_>>().join("; ")
}

/// A plain list of qualifications; "none" when empty.
pub fn qual_list(c: &Catalogue, list: &[QualIx]) -> String {
    if list.is_empty() { "none".into() } else { list.iter().map(|&q| qual_name(c, q)).collect::<Vec<_>>().join("; ") }
}

/// Pay in full: as published with its basis, year and nation, then on the comparison
/// basis (hourly and annual for the lens's hours), and any floor that lifts it.
pub fn pay_text(c: &Catalogue, role: &Role, lens: &Lens) -> String {
    let Some(p) = pay::role_pay(c, role, lens.nation) else {
        return format!("not recorded for {}", lens.nation.label());
    };
    let mut out = format!("{} ({})", p.published_text(), p.label());
    let compared = p.compared(lens.hours);
    let _ = write!(out, "; compared: {}", pay::compared_text(&compared));
    if let Some(f) = &p.floor {
        let _ = write!(out, "; {}", floor_clause(f));
    }
    if matches!(p.origin, PayOrigin::Scale { .. }) && (p.full_time_hours - pay::FULL_TIME_HOURS).abs() > 0.01 {
        let _ = write!(
            out,
            "; this scale's full-time week is {} hours, so its hourly rate is higher than the annual figure suggests",
            pay::trim_hours(p.full_time_hours)
        );
    }
    out
}

/// Pay on one basis, short: "£12.71 an hour; £24,852 a year full time". Used in lists.
pub fn pay_short(c: &Catalogue, role: &Role, lens: &Lens) -> String {
    match pay::role_pay(c, role, lens.nation) {
        Some(p) => {
            let cmp = p.compared(lens.hours);
            let annual = pay::range_text(cmp.annual_min, cmp.annual_max, pay::PayUnit::Year);
            let hourly = pay::range_text(cmp.hourly_min, cmp.hourly_max, pay::PayUnit::Hour);
            let hours =
                if lens.part_time() { format!(" at {} h/week", pay::trim_hours(lens.hours)) } else { String::new() };
            let note = match pay_caveat(&p) {
                Some(c) if p.origin == pay::PayOrigin::Floor || p.floor.is_some() => format!(" — {c}"),
                Some(c) => format!(" ({c})"),
                None => String::new(),
            };
            format!("{hourly}; {annual}{hours}{note}")
        }
        None => format!("pay not recorded for {}", lens.nation.label()),
    }
}

/// What a short pay line must add so a figure is not mistaken for another: the floor a
/// figure is lifted to, or the year of an older figure; `None` when nothing needs saying.
fn pay_caveat(p: &pay::PayView) -> Option<String> {
    // A floor shown without saying so would pass off a legal minimum as the survey
    // figure; an older year shown beside a current floor would mislabel the floor.
    match &p.floor {
        _ if p.origin == pay::PayOrigin::Floor => Some(format!("{}, {}", p.basis, p.year)),
        Some(f) => Some(format!("the {}, {}; the {} figure was {}", f.name, f.year, p.year, p.published_text())),
        None if p.older_than_current => Some(format!("{} figure", p.year)),
        None => None,
    }
}

/// "the recorded figure is below the National Living Wage (...), so comparisons use the minimum".
fn floor_clause(f: &pay::FloorNote) -> String {
    format!(
        "the recorded figure is below the {} ({} an hour from {}), so comparisons use the minimum",
        f.name,
        pay::money_pence(f.hourly),
        f.year
    )
}

/// Pay as a written plan gives it, each part on its own: annual pay full time, annual pay
/// pro rata for the lens's hours (when they are fewer or more than full time), the hourly
/// rate, and where the figure comes from. `None` when no pay is recorded for the nation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PayWords {
    /// "£24,853 a year full time".
    pub full_time: String,
    /// "£14,912 a year at 22.5 hours a week", for part-time hours.
    pub at_hours: Option<String>,
    /// "£12.71 an hour".
    pub hourly: String,
    /// "Agenda for Change band 5, England, 2026/27", with any floor that lifts the figure.
    pub basis: String,
}

/// See [`PayWords`].
pub fn pay_words(c: &Catalogue, role: &Role, lens: &Lens) -> Option<PayWords> {
    let p = pay::role_pay(c, role, lens.nation)?;
    let full = p.compared(pay::FULL_TIME_HOURS);
    let mine = p.compared(lens.hours);
    let at_hours = lens.part_time().then(|| {
        format!(
            "{} at {} hours a week",
            pay::range_text(mine.annual_min, mine.annual_max, pay::PayUnit::Year),
            pay::trim_hours(lens.hours)
        )
    });
    let mut basis = p.label();
    if let Some(f) = &p.floor {
        let _ = write!(basis, "; {}", floor_clause(f));
    }
    Some(PayWords {
        full_time: format!("{} full time", pay::range_text(full.annual_min, full.annual_max, pay::PayUnit::Year)),
        at_hours,
        hourly: pay::range_text(mine.hourly_min, mine.hourly_max, pay::PayUnit::Hour),
        basis,
    })
}

/// What to say where a role has no pay figure for the nation, and what to ask instead.
pub fn pay_unknown_text(nation: Nation) -> String {
    format!("pay not recorded for {}: ask the employer what the post pays", nation.label())
}

/// "1 December 2026".
pub fn date_text(d: crate::model::Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS.get(usize::from(d.month).wrapping_sub(1)).copied().unwrap_or("?");
    format!("{} {month} {}", d.day, d.year)
}

/// "Career Framework 3 (read across from its `AfC` band)".
pub fn level_text(c: &Catalogue, ix: RoleIx) -> String {
    match c.level(ix) {
        Some(l) if l.basis == levels::LevelBasis::Stated => format!("{} {}", levels::SCALE, l.level),
        Some(l) => format!("{} {} ({})", levels::SCALE, l.level, l.basis.describe()),
        None => format!("{} level not recorded", levels::SCALE),
    }
}

/// Every scale a role has a level on.
pub fn levels_all(c: &Catalogue, ix: RoleIx) -> String {
    let role = c.role(ix);
    let l = &role.levels;
    let mut parts = vec![level_text(c, ix)];
    if let Some(cwp) = l.cwp {
        parts.push(format!("Care Workforce Pathway: {}", cwp.label()));
    }
    if let Some(b) = l.afc {
        parts.push(format!("Agenda for Change {b}"));
    }
    if let Some(r) = l.rqf_entry {
        parts.push(format!("usual entry qualification at RQF level {r}"));
    }
    parts.join("; ")
}

/// "Career Framework 2 → 5 (+3)", "not known".
pub fn level_change_text(change: Option<LevelChange>) -> String {
    change.map_or_else(|| format!("not known (no {} level for one of the roles)", levels::SCALE), |c| c.text())
}

/// "+£8,620 a year (full time)", "not known".
pub fn pay_change_text(change: Option<f64>, lens: &Lens) -> String {
    match change {
        Some(d) => {
            let hours = if lens.part_time() {
                format!(" at {} hours a week", pay::trim_hours(lens.hours))
            } else {
                " full time".into()
            };
            format!("{}{hours}", pay::change_text(d))
        }
        None => format!("not known (pay not recorded for {} for one of the roles)", lens.nation.label()),
    }
}

/// Registration in the nation in view, with the note.
pub fn registration_text(role: &Role, nation: Nation) -> String {
    let mut text = nations::registration_text(role, nation);
    if !role.registration_note.is_empty() {
        let _ = write!(text, ". {}", role.registration_note);
    }
    text
}

/// Registration in every nation, one clause each.
pub fn registration_all(role: &Role) -> String {
    if role.registration.is_empty() {
        return "not recorded".into();
    }
    role.registration
        .iter()
        .map(|r| format!("{}: {}", r.nation.label(), r.regulator.as_deref().unwrap_or("no register")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "found in England, Scotland; not found in Wales; not recorded for Northern Ireland".
pub fn nations_text(role: &Role) -> String {
    if role.nations.len() == Nation::ALL.len() {
        return "all four nations".into();
    }
    let group = |p: Presence| -> Vec<&str> {
        Nation::ALL.iter().filter(|&&n| nations::presence(role, n) == p).map(|n| n.label()).collect()
    };
    let mut parts = Vec::new();
    for (p, label) in [
        (Presence::Present, "found in"),
        (Presence::Absent, "not found in"),
        (Presence::NotRecorded, "not recorded for"),
    ] {
        let names = group(p);
        if !names.is_empty() {
            parts.push(format!("{label} {}", names.join(", ")));
        }
    }
    parts.join("; ")
}

/// A one-line time for a step view: "about 2 years, estimated ...".
pub fn step_time_text(c: &Catalogue, v: &StepView) -> String {
    v.time.describe(c.step(v.step))
}
