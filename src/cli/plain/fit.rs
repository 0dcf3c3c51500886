//! `fit` and `values` as plain text.

use std::fmt::Write as _;

use super::header;
use crate::cli::views::{FitsOut, ValuesOut};
use crate::fit::{Heading, Leaning};
use crate::lens::Lens;
use crate::model::TraitGroup;

pub fn fit(v: &FitsOut<'_>, lens: &Lens) -> String {
    let mut out = String::new();
    line!(out, "What fits: roles in both sectors, for what you said matters.");
    header(&mut out, lens);
    line!(out, "You said:");
    for ch in &v.choices {
        let lean = if ch.leaning == Leaning::Avoid { "rather avoid: " } else { "" };
        line!(out, "  - {lean}{}", ch.statement);
    }
    if let Some(from) = &v.from {
        line!(out, "Current role: {} ({})", from.title, from.id);
    }
    line!(out, "{}", crate::fit::HOW);
    for (i, r) in v.results.iter().enumerate() {
        line!(out);
        line!(out, "{}. {} ({})", i + 1, r.role.title, r.role.id);
        line!(out, "   Fit: {}", r.summary);
        if r.role.presence != crate::nations::Presence::Present {
            line!(out, "   In {}: {}", lens.nation.label(), r.role.presence.describe(lens.nation));
        }
        if let Some(words) = v.reach_words.get(i) {
            line!(out, "   How far: {words}");
        }
        if let Some(route) = &r.best_route {
            let titles: Vec<&str> = route.roles.iter().map(|x| x.title).collect();
            line!(out, "   Best route: {} ({})", titles.join(" → "), route.why);
        }
        for reason in &r.reasons {
            line!(out, "   {} {}", crate::fit::words::mark(reason.verdict), reason.words);
        }
    }
    if v.results.is_empty() {
        line!(out);
        line!(out, "No roles found in {} have their character recorded yet.", lens.nation.label());
    }
    if v.not_ranked > 0 {
        line!(out);
        line!(
            out,
            "{} more role(s) found in {} have no character recorded yet, so are not ranked.",
            v.not_ranked,
            lens.nation.label()
        );
    }
    out
}

pub fn values(v: &ValuesOut<'_>) -> String {
    let mut out = String::new();
    line!(out, "Values frameworks ({}):", v.frameworks.len());
    for f in &v.frameworks {
        let nations: Vec<&str> = f.nations.iter().map(|n| n.label()).collect();
        line!(out);
        line!(out, "{} ({})", f.name, f.id);
        line!(out, "  Publisher: {}. Sector: {}. Nations: {}.", f.publisher, f.sector.label(), nations.join(", "));
        if !f.families.is_empty() {
            let families: Vec<&str> = f.families.iter().map(|x| x.label()).collect();
            line!(out, "  Role families: {}", families.join(", "));
        }
        if !f.applies_to.is_empty() {
            line!(out, "  Applies to: {}", f.applies_to);
        }
        for (i, value) in f.values.iter().enumerate() {
            line!(out, "  {}. {} [{}]", i + 1, value.name, value.themes.join(", "));
        }
        for s in f.sources {
            line!(out, "  Source: {} ({})", s.url, s.supports);
        }
        line!(out, "  Reviewed: {}", f.reviewed);
    }
    line!(out);
    line!(out, "Where they meet (themes):");
    for t in v.themes {
        line!(out, "  {}: {}. {}", t.id, t.name, t.description);
    }
    line!(out);
    line!(out, "What roles are like (the character vocabulary):");
    for group in TraitGroup::ALL {
        line!(out, "  {}:", group.label());
        for t in v.traits.iter().filter(|t| t.group == *group) {
            line!(out, "    {}: {} ({} roles)", t.key, t.label, t.roles);
        }
    }
    line!(out);
    line!(out, "Choices for `carepath fit`:");
    for heading in Heading::ALL {
        let flag = match heading {
            Heading::Values => "--values",
            Heading::Interests => "--like",
            Heading::Constraints => "--like or --avoid",
        };
        line!(out, "  {} ({flag}):", heading.label());
        for ch in v.choices.iter().filter(|c| c.heading == heading) {
            let lean = if ch.leaning == Leaning::Avoid { " (--avoid)" } else { "" };
            line!(out, "    {}: {}{lean}", ch.key, ch.statement);
        }
    }
    out
}
