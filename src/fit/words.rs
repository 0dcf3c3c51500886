//! Fit in words, for every screen and format alike. Explore, never assess: a role is never
//! called unsuitable, and a trait its sources do not mention is "not mentioned", not absent.

use super::{Fit, Reach, Reason, Verdict};
use crate::model::{Catalogue, Trait};

fn traits(list: &[Trait]) -> String {
    crate::text::join_items(&list.iter().map(|t| t.label()).collect::<Vec<_>>())
}

/// One reason as a sentence, e.g. "meets “I am calm in emergencies”: emergencies and urgent care".
pub fn reason(r: &Reason) -> String {
    let said = r.choice.text;
    match (r.verdict, r.choice.meets) {
        (Verdict::Meets, super::Meets::Theme(_)) => {
            let places: Vec<String> = r.values.iter().map(|(f, v)| format!("{f}: “{v}”")).collect();
            format!("“{said}”: recruits for it ({})", places.join("; "))
        }
        (Verdict::Meets, _) => format!("“{said}”: {}", traits(&r.found)),
        (Verdict::InPart, _) => {
            format!("“{said}”, in part: {}; {} not mentioned in its sources", traits(&r.found), traits(&r.missing))
        }
        (Verdict::NotRecorded, super::Meets::Theme(_)) => {
            format!("“{said}”: not named in the values frameworks recorded for this role here")
        }
        (Verdict::NotRecorded, _) => format!("“{said}”: not mentioned in its sources"),
        (Verdict::Involves, super::Meets::NoFees) => {
            format!("“{said}”: every way in found includes a course that usually charges tuition fees")
        }
        (Verdict::Involves, _) => format!("“{said}”: usually involves {}", traits(&r.found)),
        (Verdict::NotMentioned, super::Meets::NoFees) => {
            format!("“{said}”: there is a way in without tuition fees")
        }
        (Verdict::NotMentioned, _) => format!("“{said}”: its sources do not mention {}", traits(&r.missing)),
    }
}

/// The mark in front of a reason in plain text and on screen.
pub fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Meets | Verdict::NotMentioned => "✓",
        Verdict::InPart => "◐",
        Verdict::NotRecorded => "·",
        Verdict::Involves => "!",
    }
}

/// How far away, e.g. "open now from Care worker" or "3 steps from Care worker".
pub fn reach(c: &Catalogue, fit: &Fit, from: Option<crate::model::RoleIx>) -> String {
    let from = from.map_or("", |f| c.role(f).title.as_str());
    match fit.reach {
        Reach::OpenNow => format!("open now from {from}"),
        Reach::Steps(1) => format!("1 step from {from} (it needs something more first)"),
        Reach::Steps(n) => format!("{n} steps from {from} at the fewest"),
        Reach::NoRoute => format!("no route from {from} in the data"),
        Reach::Unknown => "give a current role to see how far away it is".into(),
    }
}

/// A one-line summary of how a role fits: how many wishes it meets, and what it involves
/// that the person would rather avoid.
pub fn summary(fit: &Fit, wishes: usize, avoids: usize) -> String {
    let mut parts = Vec::new();
    if wishes > 0 {
        parts.push(match fit.in_part {
            0 => format!("meets {} of your {wishes}", fit.met),
            n => format!("meets {} of your {wishes}, {n} in part", fit.met),
        });
    }
    if avoids > 0 {
        parts.push(match fit.involves {
            0 => "nothing you would rather avoid is mentioned".to_string(),
            1 => "involves 1 thing you would rather avoid".to_string(),
            n => format!("involves {n} things you would rather avoid"),
        });
    }
    parts.join("; ")
}

/// A few words for a list row: "meets 2 of 3 · 1 to avoid · open now".
pub fn short(fit: &Fit, wishes: usize, avoids: usize) -> String {
    let mut parts = Vec::new();
    if wishes > 0 {
        parts.push(match fit.in_part {
            0 => format!("meets {} of {wishes}", fit.met),
            n => format!("meets {} of {wishes} (+{n} in part)", fit.met),
        });
    }
    if avoids > 0 && fit.involves > 0 {
        parts.push(format!("{} to avoid", fit.involves));
    }
    match fit.reach {
        Reach::OpenNow => parts.push("open now".into()),
        Reach::Steps(n) => parts.push(format!("{n} step{}", if n == 1 { "" } else { "s" })),
        Reach::NoRoute => parts.push("no route".into()),
        Reach::Unknown => {}
    }
    parts.join(" · ")
}
