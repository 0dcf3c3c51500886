//! Plain, labelled, linear text: each fact on its own line with its label first, lists
//! numbered, no box drawing and no colour, so it reads well aloud and pipes cleanly.

use std::fmt::Write as _;

use crate::compare::{Agreement, Row};
use crate::data::{Layer, Report};
use crate::filter::RoleFilter;
use crate::graph::{self, Held, Route, StepView};
use crate::model::{Catalogue, Nation, Pathway, QualIx, Role, RoleIx, Step, thousands};
use crate::search::Hit;
use crate::text::clean;

// Writing to a String cannot fail, so results of writeln! are discarded throughout.
macro_rules! line {
    ($out:expr) => { let _ = writeln!($out); };
    ($out:expr, $($arg:tt)*) => { let _ = writeln!($out, $($arg)*); };
}

pub fn role_name(c: &Catalogue, ix: RoleIx) -> String {
    let r = c.role(ix);
    format!("{} ({})", r.title, r.id)
}

pub fn qual_name(c: &Catalogue, q: QualIx) -> String {
    let q = c.qualification(q);
    match q.level {
        Some(level) => format!("{} (RQF {level})", q.name),
        None => format!("{} (not on the RQF)", q.name),
    }
}

fn qual_list(c: &Catalogue, list: &[QualIx]) -> String {
    if list.is_empty() { "none".into() } else { list.iter().map(|&q| qual_name(c, q)).collect::<Vec<_>>().join("; ") }
}

fn pay(role: &Role) -> String {
    match &role.pay {
        Some(p) => format!("{} ({}, {})", p.range_text(), p.basis, p.year),
        None => "not recorded".into(),
    }
}

fn short_pay(role: &Role) -> String {
    role.pay.as_ref().map_or_else(|| "pay not recorded".into(), |p| p.range_text())
}

pub fn level_change(change: Option<i16>) -> String {
    match change {
        Some(0) => "same level".into(),
        Some(n) if n > 0 => format!("up {n}"),
        Some(n) => format!("down {}", -n),
        None => "not known".into(),
    }
}

pub fn pay_change(change: Option<f64>) -> String {
    match change {
        Some(d) if d.abs() < 50.0 => "about the same".into(),
        Some(d) => {
            let sign = if d > 0.0 { "up" } else { "down" };
            format!("{sign} about £{} a year", thousands(d.abs().round() as i64))
        }
        None => "not known".into(),
    }
}

fn duration(step: &Step) -> String {
    step.duration.as_ref().map_or_else(|| "duration not recorded".into(), |d| d.text.clone())
}

fn levels(role: &Role) -> String {
    let l = &role.levels;
    let mut parts = Vec::new();
    if let Some(cf) = l.career_framework {
        parts.push(format!("Career Framework level {cf}"));
    }
    if let Some(cwp) = l.cwp {
        parts.push(format!("Care Workforce Pathway: {}", cwp.label()));
    }
    if let Some(b) = l.afc {
        parts.push(format!("Agenda for Change {b}"));
    }
    if let Some(r) = l.rqf_entry {
        parts.push(format!("entry qualification at RQF level {r}"));
    }
    if parts.is_empty() { "not recorded".into() } else { parts.join("; ") }
}

fn registration(role: &Role) -> String {
    if role.registration.is_empty() {
        return "not recorded".into();
    }
    let regulators: Vec<Option<&String>> = role.registration.iter().map(|r| r.regulator.as_ref()).collect();
    let covers_all = role.registration.len() == role.nations.len();
    let mut text = if covers_all && regulators.windows(2).all(|w| w[0] == w[1]) {
        match regulators[0] {
            Some(r) => format!("{r} in every nation where the role exists"),
            None => "no register for this role in any nation where it exists".to_string(),
        }
    } else {
        role.registration
            .iter()
            .map(|r| format!("{}: {}", r.nation.label(), r.regulator.as_deref().unwrap_or("not registered")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !role.registration_note.is_empty() {
        let _ = write!(text, ". {}", role.registration_note);
    }
    text
}

fn list_or_none<T: AsRef<str>>(items: &[T]) -> String {
    if items.is_empty() { "not recorded".into() } else { crate::text::join_items(items) }
}

pub fn search(c: &Catalogue, query: &str, hits: &[Hit]) -> String {
    let mut out = String::new();
    let query = clean(query);
    if hits.is_empty() {
        line!(out, "No roles match \"{query}\".");
        return out;
    }
    line!(out, "{} match(es) for \"{query}\", best first:", hits.len());
    for (i, hit) in hits.iter().enumerate() {
        let role = c.role(hit.role);
        let matched = match hit.field {
            crate::search::Field::Alias => {
                format!("alias \"{}\"", role.aliases.get(hit.which).map_or("", String::as_str))
            }
            crate::search::Field::Keyword => {
                format!("keyword \"{}\"", role.keywords.get(hit.which).map_or("", String::as_str))
            }
            field => field.label().to_string(),
        };
        line!(out, "{}. {}: {}; matched {matched}", i + 1, role_name(c, hit.role), role.sector.label());
    }
    out
}

pub fn roles(c: &Catalogue, filter: &RoleFilter, roles: &[RoleIx]) -> String {
    let mut out = String::new();
    let filters = if filter.is_empty() { String::new() } else { format!(" ({})", filter.describe()) };
    line!(out, "{} role(s){filters}:", roles.len());
    for &ix in roles {
        let r = c.role(ix);
        let level = r.level().map_or_else(|| "level not recorded".into(), |l| format!("level {l}"));
        line!(out, "{}: {}; {}; {level}; {}", role_name(c, ix), r.sector.label(), r.family.label(), short_pay(r));
    }
    out
}

pub fn show(c: &Catalogue, ix: RoleIx) -> String {
    let r = c.role(ix);
    let mut out = String::new();
    line!(out, "{}", role_name(c, ix));
    if !r.aliases.is_empty() {
        line!(out, "Also called: {}", r.aliases.join("; "));
    }
    line!(out, "Sector: {}", r.sector.label());
    line!(out, "Family: {}", r.family.label());
    line!(out, "Summary: {}", r.summary);
    if !r.work.is_empty() {
        line!(out, "The work: {}", r.work);
    }
    line!(out, "Values and qualities: {}", list_or_none(&r.values));
    line!(out, "Entry requirements: {}", list_or_none(&r.entry));
    line!(out, "Qualifications required: {}", qual_list(c, &r.required));
    line!(out, "Qualifications desirable: {}", qual_list(c, &r.desirable));
    line!(out, "Registration: {}", registration(r));
    line!(out, "Pay: {}", pay(r));
    line!(out, "Levels: {}", levels(r));
    let settings: Vec<&str> = r.settings.iter().map(|s| s.label()).collect();
    line!(out, "Settings: {}", list_or_none(&settings));
    line!(out, "Nations: {}", nations(r));
    if !r.note.is_empty() {
        line!(out, "Note: {}", r.note);
    }
    let held = Held::default();
    let next = graph::next_steps(c, ix, &held);
    line!(out, "Next steps ({}):", next.len());
    for (i, v) in next.iter().enumerate() {
        let s = c.step(v.step);
        let cross = if v.crosses { "; crosses sectors" } else { "" };
        line!(out, "  {}. {}: {}, {}{cross}", i + 1, role_name(c, v.other), s.route.label(), duration(s));
    }
    let into = graph::steps_into(c, ix, &held);
    line!(out, "Steps into this role ({}):", into.len());
    for (i, v) in into.iter().enumerate() {
        let s = c.step(v.step);
        let cross = if v.crosses { "; crosses sectors" } else { "" };
        line!(out, "  {}. from {}: {}, {}{cross}", i + 1, role_name(c, v.other), s.route.label(), duration(s));
    }
    sources(&mut out, &r.sources);
    line!(out, "Reviewed: {}", r.reviewed);
    out
}

fn sources(out: &mut String, list: &[crate::model::Source]) {
    line!(out, "Sources:");
    for s in list {
        line!(out, "  {} (supports: {})", s.url, s.supports);
    }
}

fn assumed(c: &Catalogue, role: RoleIx, held: &Held, given: bool) -> String {
    let r = c.role(role);
    let mut parts = Vec::new();
    if !r.required.is_empty() {
        parts.push(format!("what the role requires ({})", qual_list(c, &r.required)));
    }
    if given {
        parts.push(format!("what you said you hold ({})", qual_list(c, &held.sorted())));
    }
    if parts.is_empty() { "nothing".into() } else { parts.join(", and ") }
}

pub fn next(c: &Catalogue, role: RoleIx, held: &Held, given: bool, views: &[StepView]) -> String {
    let mut out = String::new();
    let from = c.role(role);
    line!(out, "Next steps from {}: {}", role_name(c, role), views.len());
    if views.is_empty() {
        line!(out, "No next steps are recorded for this role.");
        return out;
    }
    line!(out, "Assuming you hold {}.", assumed(c, role, held, given));
    if given {
        let open = views.iter().filter(|v| v.open_now()).count();
        line!(out, "Open now: {open} of {}.", views.len());
    }
    for (i, v) in views.iter().enumerate() {
        let s = c.step(v.step);
        let to = c.role(v.other);
        line!(out);
        line!(out, "{}. {}", i + 1, role_name(c, v.other));
        let cross = if v.crosses {
            format!(" (crosses from {} to {})", from.sector.label().to_lowercase(), to.sector.label().to_lowercase())
        } else {
            String::new()
        };
        line!(out, "   Sector: {}{cross}", to.sector.label());
        line!(out, "   Level change: {}", level_change(v.level_change));
        line!(out, "   Pay change: {}", pay_change(v.pay_change));
        line!(out, "   Pay there: {}", pay(to));
        line!(out, "   Requires: {}", qual_list(c, &s.requires));
        if given {
            line!(out, "   Still missing: {}", qual_list(c, &v.missing));
            line!(out, "   Open now: {}", if v.open_now() { "yes" } else { "no" });
        }
        line!(out, "   Typical duration: {}", s.duration.as_ref().map_or("not recorded", |d| d.text.as_str()));
        line!(out, "   Route: {}", s.route.label());
        if !s.funding.is_empty() {
            line!(out, "   Funding: {}", s.funding);
        }
        if !s.note.is_empty() {
            line!(out, "   Note: {}", s.note);
        }
    }
    out
}

pub fn compare(c: &Catalogue, roles: &[RoleIx], rows: &[Row]) -> String {
    let mut out = String::new();
    let names: Vec<String> = roles.iter().map(|&r| role_name(c, r)).collect();
    line!(out, "Comparing {}.", names.join(" with "));
    let differing = rows.iter().filter(|r| r.agreement != Agreement::Same).count();
    line!(
        out,
        "{differing} of {} fields differ. Each field says \"same\", \"differs\" or \"only some have it\".",
        rows.len()
    );
    for row in rows {
        line!(out);
        match row.agreement {
            Agreement::Same => {
                let value = if row.values[0].is_empty() { "not recorded" } else { &row.values[0] };
                line!(out, "{}: same: {value}", row.field);
            }
            agreement => {
                let label = if agreement == Agreement::Differs { "differs" } else { "only some have it" };
                line!(out, "{}: {label}", row.field);
                for (&role, value) in roles.iter().zip(&row.values) {
                    let value = if value.is_empty() { "not recorded" } else { value };
                    line!(out, "  {}: {value}", c.role(role).title);
                }
            }
        }
    }
    out
}

pub fn route(c: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, given: bool, routes: &[Route]) -> String {
    let mut out = String::new();
    if from == to {
        line!(out, "{} is where you already are: no route needed.", role_name(c, from));
        return out;
    }
    if routes.is_empty() {
        line!(out, "No route from {} to {} in the data.", role_name(c, from), role_name(c, to));
        return out;
    }
    line!(out, "Routes from {} to {}: {} found, shortest first.", role_name(c, from), role_name(c, to), routes.len());
    line!(out, "Assuming you hold {}.", assumed(c, from, held, given));
    for (i, route) in routes.iter().enumerate() {
        line!(out);
        let mut length = match route.unknown_durations {
            0 => graph::about_months(route.months),
            n if n == route.steps.len() => "typical duration not recorded".into(),
            n => {
                format!("at least {}: {n} step(s) have no typical duration recorded", graph::about_months(route.months))
            }
        };
        if route.estimated > 0 {
            let _ = write!(length, " ({} step(s) estimated from the qualifications they need)", route.estimated);
        }
        let open = if route.open_now() { "; open now: you hold everything it needs" } else { "" };
        line!(out, "Route {}: {} step(s), {length}{open}", i + 1, route.steps.len());
        for (n, ((&step, missing), time)) in route.steps.iter().zip(&route.missing).zip(&route.times).enumerate() {
            let s = c.step(step);
            line!(out, "  Step {}: {} to {}", n + 1, c.role(s.from).title, c.role(s.to).title);
            let cross = if c.crosses_sectors(s) { "; crosses sectors" } else { "" };
            line!(out, "    Route: {}; {}{cross}", s.route.label(), time.describe(s));
            line!(out, "    Requires: {}", qual_list(c, &s.requires));
            line!(out, "    Still missing: {}", qual_list(c, missing));
            line!(out, "    Pay: {} then {}", short_pay(c.role(s.from)), short_pay(c.role(s.to)));
        }
    }
    out
}

pub fn pathways(c: &Catalogue) -> String {
    let mut out = String::new();
    line!(out, "{} pathway(s):", c.pathways.len());
    for p in &c.pathways {
        line!(out);
        line!(out, "{}: {} ({} roles)", p.id, p.name, p.roles.len());
        line!(out, "  {}", p.description);
        let titles: Vec<&str> = p.roles.iter().map(|&r| c.role(r).title.as_str()).collect();
        line!(out, "  Roles: {}", titles.join(", then "));
    }
    out
}

pub fn pathway(c: &Catalogue, p: &Pathway) -> String {
    let mut out = String::new();
    line!(out, "{} ({})", p.name, p.id);
    line!(out, "{}", p.description);
    for (i, &ix) in p.roles.iter().enumerate() {
        let r = c.role(ix);
        line!(out);
        line!(out, "{}. {}", i + 1, role_name(c, ix));
        line!(
            out,
            "   Sector: {}; level: {}",
            r.sector.label(),
            r.level().map_or("not recorded".into(), |l| l.to_string())
        );
        line!(out, "   Pay: {}", pay(r));
        line!(out, "   Summary: {}", r.summary);
        if let Some(&next) = p.roles.get(i + 1) {
            let steps: Vec<_> = c.steps_from(ix).iter().filter(|&&s| c.step(s).to == next).collect();
            for &&s in &steps {
                let step = c.step(s);
                line!(out, "   Next: to {} by {}, {}", c.role(next).title, step.route.label(), duration(step));
                line!(out, "     Requires: {}", qual_list(c, &step.requires));
            }
        }
    }
    out
}

pub fn qualifications(c: &Catalogue) -> String {
    let mut out = String::new();
    line!(out, "{} qualification(s):", c.qualifications.len());
    for (i, q) in c.qualifications.iter().enumerate() {
        let code = q.code.as_deref().map(|c| format!("; standard {c}")).unwrap_or_default();
        let d = q.duration.as_ref().map(|d| format!("; typically {}", d.text)).unwrap_or_default();
        line!(out, "{}: {}; {}{code}{d}", q.id, qual_name(c, QualIx(i as u32)), q.kind.label());
    }
    out
}

pub fn validate(layers: &[Layer], report: &Report) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        line!(out, "{d}");
    }
    let what: Vec<String> = layers
        .iter()
        .map(|l| match l {
            Layer::Embedded => "built-in data".to_string(),
            Layer::Dir(d) => clean(&d.display().to_string()),
        })
        .collect();
    let n = report.counts;
    let verdict =
        if report.errors() == 0 { "valid".to_string() } else { format!("invalid, {} error(s)", report.errors()) };
    line!(
        out,
        "{}: {} roles, {} qualifications, {} steps, {} pathways; {verdict}, {} warning(s)",
        what.join(" + "),
        n.roles,
        n.qualifications,
        n.steps,
        n.pathways,
        report.warnings()
    );
    out
}

/// Which nations a role exists in, for one-line summaries.
pub fn nations(role: &Role) -> String {
    if role.nations.len() == Nation::ALL.len() {
        "all four nations".into()
    } else {
        role.nations.iter().map(|n| n.label()).collect::<Vec<_>>().join(", ")
    }
}
