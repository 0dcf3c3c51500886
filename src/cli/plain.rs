//! Plain, labelled, linear text: each fact on its own line with its label first, lists
//! numbered, no box drawing and no colour, so it reads well aloud and pipes cleanly.
//!
//! Each function renders the same view `--json` serializes (see `views`), so both list the
//! same things in the same order; `wording` turns each fact into words.

use std::fmt::Write as _;

use super::views::{
    CompareOut, NextOut, OnePathwayOut, PathwaysOut, QualOut, QualificationsOut, RoleBrief, RolesOut, RoutesOut,
    SearchOut, ShowOut, ValidateOut,
};
use crate::compare::Agreement;
use crate::data::Layer;
use crate::lens::Lens;
use crate::model::{Catalogue, QualIx, RoleIx, Step};
use crate::nations::{self, Presence};
use crate::text::clean;
use crate::wording;

// Writing to a String cannot fail, so results of writeln! are discarded throughout.
macro_rules! line {
    ($out:expr) => { let _ = writeln!($out); };
    ($out:expr, $($arg:tt)*) => { let _ = writeln!($out, $($arg)*); };
}

pub fn role_name(c: &Catalogue, ix: RoleIx) -> String {
    let r = c.role(ix);
    format!("{} ({})", r.title, r.id)
}

/// A role's name with its standing in the nation in view when that is not "found there".
fn role_in(c: &Catalogue, ix: RoleIx, lens: &Lens) -> String {
    match nations::presence(c.role(ix), lens.nation) {
        Presence::Present => role_name(c, ix),
        p => format!("{} [{}]", role_name(c, ix), p.describe(lens.nation)),
    }
}

fn header(out: &mut String, lens: &Lens) {
    line!(out, "Nation: {}. Pay shown {}.", lens.nation.label(), hours_phrase(lens));
}

fn hours_phrase(lens: &Lens) -> String {
    if lens.part_time() {
        format!("for {} hours a week (pro rata), beside the hourly rate", crate::pay::trim_hours(lens.hours))
    } else {
        format!("full time ({} hours a week), beside the hourly rate", crate::pay::trim_hours(lens.hours))
    }
}

fn step_facts(out: &mut String, c: &Catalogue, s: &Step, indent: &str) {
    if !s.funding.is_empty() {
        line!(out, "{indent}Funding: {}", s.funding);
    }
    if !s.note.is_empty() {
        line!(out, "{indent}Note: {}", s.note);
    }
    if !s.nations.is_empty() {
        let names: Vec<&str> = s.nations.iter().map(|n| n.label()).collect();
        line!(out, "{indent}Recorded for: {}", names.join(", "));
    }
    let _ = c;
}

fn list_or_none<T: AsRef<str>>(items: &[T]) -> String {
    if items.is_empty() { "not recorded".into() } else { crate::text::join_items(items) }
}

pub fn search(c: &Catalogue, v: &SearchOut<'_>, lens: &Lens) -> String {
    let mut out = String::new();
    let query = clean(v.query);
    if v.hits.is_empty() {
        line!(out, "No roles match \"{query}\".");
        return out;
    }
    line!(out, "{} match(es) for \"{query}\", best first:", v.hits.len());
    for (i, hit) in v.hits.iter().enumerate() {
        let matched = crate::search::matched_phrase(hit.field, hit.matched);
        line!(out, "{}. {}: {}; matched {matched}", i + 1, role_in(c, hit.role.ix, lens), hit.role.sector.label());
    }
    out
}

pub fn roles(c: &Catalogue, v: &RolesOut<'_>, lens: &Lens) -> String {
    let mut out = String::new();
    header(&mut out, lens);
    let filters = if v.filter.is_empty() { String::new() } else { format!(" ({})", v.filter.describe()) };
    line!(out, "{} role(s){filters}:", v.roles.len());
    for brief in &v.roles {
        let (ix, r) = (brief.ix, c.role(brief.ix));
        line!(
            out,
            "{}: {}; {}; {}; {}",
            role_in(c, ix, lens),
            r.sector.label(),
            r.family.label(),
            wording::level_text(c, ix),
            wording::pay_short(c, r, lens)
        );
    }
    out
}

pub fn show(c: &Catalogue, v: &ShowOut<'_>, lens: &Lens) -> String {
    let ix = v.role.ix;
    let r = c.role(ix);
    let mut out = String::new();
    line!(out, "{}", role_name(c, ix));
    header(&mut out, lens);
    if !r.aliases.is_empty() {
        line!(out, "Also called: {}", r.aliases.join("; "));
    }
    line!(out, "Sector: {}", r.sector.label());
    line!(out, "Family: {}", r.family.label());
    line!(out, "In {}: {}", lens.nation.label(), nations::presence(r, lens.nation).describe(lens.nation));
    line!(out, "Summary: {}", r.summary);
    if !r.work.is_empty() {
        line!(out, "The work: {}", r.work);
    }
    let character: Vec<&str> = v.role.character.iter().map(|t| t.label()).collect();
    line!(out, "What the work is like: {}", list_or_none(&character));
    line!(out, "Qualities employers ask for: {}", list_or_none(v.role.qualities));
    line!(out, "Values employers recruit to: {}", list_or_none(&v.role.values_frameworks));
    line!(out, "Entry requirements: {}", list_or_none(&r.entry));
    line!(out, "Qualifications required: {}", wording::requirements_text(c, &r.required, lens.nation));
    line!(out, "Qualifications desirable: {}", wording::qual_list(c, &r.desirable));
    line!(out, "Registration: {}", wording::registration_text(r, lens.nation));
    line!(out, "Registration in each nation: {}", wording::registration_all(r));
    if let Some(f) = nations::facts(c, lens.nation) {
        let (inspectorate, induction) = match r.sector {
            crate::model::Sector::Health => (&f.health_inspectorate, &f.health_support_induction),
            _ => (&f.social_care_inspectorate, &f.social_care_induction),
        };
        line!(out, "Services inspected by ({}): {inspectorate}", lens.nation.label());
        line!(out, "Induction standard for new support staff ({}): {induction}", lens.nation.label());
    }
    line!(out, "Pay: {}", wording::pay_text(c, r, lens));
    line!(out, "Levels: {}", wording::levels_all(c, ix));
    let settings: Vec<&str> = r.settings.iter().map(|s| s.label()).collect();
    line!(out, "Settings: {}", list_or_none(&settings));
    line!(out, "Nations: {}", wording::nations_text(r));
    if !r.note.is_empty() {
        line!(out, "Note: {}", r.note);
    }
    line!(out, "Next steps ({}):", v.next_steps.len());
    for (i, v) in v.next_steps.iter().map(|s| &s.view).enumerate() {
        let s = c.step(v.step);
        let cross = if v.crosses { "; crosses sectors" } else { "" };
        let na = v
            .unavailable
            .as_ref()
            .map(|u| format!("; not in {}: {}", lens.nation.label(), u.describe(lens.nation)))
            .unwrap_or_default();
        line!(out, "  {}. {}: {}, {}{cross}{na}", i + 1, role_name(c, v.other), s.route.label(), v.time.describe(s));
    }
    line!(out, "Steps into this role ({}):", v.steps_in.len());
    for (i, v) in v.steps_in.iter().map(|s| &s.view).enumerate() {
        let s = c.step(v.step);
        let cross = if v.crosses { "; crosses sectors" } else { "" };
        let na = v
            .unavailable
            .as_ref()
            .map(|u| format!("; not in {}: {}", lens.nation.label(), u.describe(lens.nation)))
            .unwrap_or_default();
        line!(
            out,
            "  {}. from {}: {}, {}{cross}{na}",
            i + 1,
            role_name(c, v.other),
            s.route.label(),
            v.time.describe(s)
        );
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

fn assumed(c: &Catalogue, role: RoleIx, held: &[QualOut<'_>], given: bool, lens: &Lens) -> String {
    let r = c.role(role);
    let mut parts = Vec::new();
    if !r.required.is_empty() {
        parts.push(format!("what the role requires ({})", wording::requirements_text(c, &r.required, lens.nation)));
    }
    if given {
        let held: Vec<QualIx> = held.iter().map(|q| q.ix).collect();
        parts.push(format!("what you said you hold ({})", wording::qual_list(c, &held)));
    }
    if parts.is_empty() { "nothing".into() } else { parts.join(", and ") }
}

pub fn next(c: &Catalogue, view: &NextOut<'_>, lens: &Lens) -> String {
    let (role, given) = (view.role.ix, view.given);
    let views: Vec<_> = view.steps.iter().map(|s| &s.view).collect();
    let mut out = String::new();
    let from = c.role(role);
    line!(out, "Next steps from {}: {}", role_name(c, role), views.len());
    header(&mut out, lens);
    if views.is_empty() {
        line!(out, "No next steps are recorded for this role.");
        return out;
    }
    line!(out, "Assuming you hold {}.", assumed(c, role, &view.held, given, lens));
    let open = views.iter().filter(|v| v.open_now()).count();
    let elsewhere = views.iter().filter(|v| v.unavailable.is_some()).count();
    line!(out, "Open now: {open} of {}.", views.len());
    if elsewhere > 0 {
        line!(
            out,
            "{elsewhere} {} cannot be taken in {} as the data stands; {} listed last.",
            if elsewhere == 1 { "step" } else { "steps" },
            lens.nation.label(),
            if elsewhere == 1 { "it is" } else { "they are" }
        );
    }
    for (i, v) in views.iter().enumerate() {
        let s = c.step(v.step);
        let to = c.role(v.other);
        line!(out);
        line!(out, "{}. {}", i + 1, role_in(c, v.other, lens));
        if let Some(u) = &v.unavailable {
            line!(out, "   Not in {}: {}", lens.nation.label(), u.describe(lens.nation));
        }
        let cross = if v.crosses {
            format!(" (crosses from {} to {})", from.sector.label().to_lowercase(), to.sector.label().to_lowercase())
        } else {
            String::new()
        };
        line!(out, "   Sector: {}{cross}", to.sector.label());
        line!(out, "   Level change: {}", wording::level_change_text(v.level_change));
        line!(out, "   Pay change: {}", wording::pay_change_text(v.pay_change, lens));
        line!(out, "   Pay there: {}", wording::pay_text(c, to, lens));
        line!(out, "   Requires: {}", wording::requirements_text(c, &s.requires, lens.nation));
        line!(out, "   Still missing: {}", wording::requirements_text(c, &v.missing, lens.nation));
        line!(out, "   Open now: {}", if v.open_now() { "yes" } else { "no" });
        line!(out, "   Time: {}", v.time.describe(s));
        line!(out, "   Route: {}", s.route.label());
        step_facts(&mut out, c, s, "   ");
    }
    out
}

pub fn compare(c: &Catalogue, v: &CompareOut<'_>, lens: &Lens) -> String {
    let roles: Vec<RoleIx> = v.roles.iter().map(|b| b.ix).collect();
    let rows = &v.rows;
    let mut out = String::new();
    let names: Vec<String> = roles.iter().map(|&r| role_name(c, r)).collect();
    line!(out, "Comparing {}.", names.join(" with "));
    header(&mut out, lens);
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
                // `compare` takes any number of roles, none included (then every field is
                // "same" with no value): never index the first value.
                let value = row.values.first().filter(|v| !v.is_empty()).map_or("not recorded", String::as_str);
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

pub fn route(c: &Catalogue, v: &RoutesOut<'_>, lens: &Lens) -> String {
    let (from, to, routes) = (v.from.ix, v.to.ix, &v.routes);
    let mut out = String::new();
    if from == to {
        line!(out, "{} is where you already are: no route needed.", role_name(c, from));
        return out;
    }
    let mut wanted = String::new();
    if let Some(via) = v.options.via {
        let _ = write!(wanted, " via {}", c.role(via).title);
    }
    if let Some(f) = v.options.filter {
        let _ = write!(wanted, ", {} only", f.label());
    }
    if routes.is_empty() {
        line!(
            out,
            "No route from {} to {}{wanted} in {} in the data.",
            role_name(c, from),
            role_name(c, to),
            lens.nation.label()
        );
        return out;
    }
    line!(
        out,
        "Routes from {} to {}{wanted}: {} found, best first.",
        role_name(c, from),
        role_name(c, to),
        routes.len()
    );
    header(&mut out, lens);
    line!(
        out,
        "Ranked by total time; each sideways move (no rise on the Career Framework) counts {} months more; routes that differ only by a sideways role are shown once.",
        crate::routes::SIDEWAYS_MONTHS
    );
    line!(out, "Assuming you hold {}.", assumed(c, from, &v.held, v.given, lens));
    for (i, route) in routes.iter().enumerate() {
        line!(out);
        let open = if route.open_now { "; open now: you hold everything it needs" } else { "" };
        line!(out, "Route {}: {}{open}", i + 1, route.why);
        if !route.not_recorded.is_empty() {
            line!(out, "  Check locally: not recorded for {}: {}", lens.nation.label(), route.not_recorded.join(", "));
        }
        for (n, rs) in route.steps.iter().enumerate() {
            let (s, missing, time) = (c.step(rs.step.ix), rs.missing_reqs, rs.step_time);
            let side = if rs.sideways { " (sideways move)" } else { "" };
            line!(out, "  Step {}: {} to {}{side}", n + 1, c.role(s.from).title, c.role(s.to).title);
            let cross = if c.crosses_sectors(s) { "; crosses sectors" } else { "" };
            line!(out, "    Route: {}; {}{cross}", s.route.label(), time.describe(s));
            line!(out, "    Requires: {}", wording::requirements_text(c, &s.requires, lens.nation));
            line!(out, "    Still missing: {}", wording::requirements_text(c, missing, lens.nation));
            line!(out, "    Registration: {}", crate::nations::registration_text(c.role(s.to), lens.nation));
            let change = crate::levels::change(&c.reference.level_rows, c.role(s.from), c.role(s.to));
            line!(out, "    Level: {}", wording::level_change_text(change));
            for r in [s.from, s.to] {
                line!(out, "    Pay as {}: {}", c.role(r).title, wording::pay_short(c, c.role(r), lens));
            }
            step_facts(&mut out, c, s, "    ");
        }
    }
    out
}

pub fn pathways(v: &PathwaysOut<'_>, lens: &Lens) -> String {
    let mut out = String::new();
    line!(out, "{} pathway(s):", v.pathways.len());
    for p in &v.pathways {
        line!(out);
        line!(out, "{}: {} ({} roles)", p.id, p.name, p.roles.len());
        line!(out, "  {}", p.description);
        let titles: Vec<&str> = p.roles.iter().map(|r| r.title).collect();
        line!(out, "  Roles: {}", titles.join(", then "));
        let missing: Vec<&str> = p.roles.iter().filter(|r| r.presence != Presence::Present).map(|r| r.title).collect();
        if !missing.is_empty() {
            line!(out, "  In {}: not found or not recorded: {}", lens.nation.label(), missing.join(", "));
        }
    }
    out
}

pub fn pathway(c: &Catalogue, v: &OnePathwayOut<'_>, lens: &Lens) -> String {
    let p = &v.pathway;
    let mut out = String::new();
    line!(out, "{} ({})", p.name, p.id);
    line!(out, "{}", p.description);
    header(&mut out, lens);
    for b in &p.branches {
        let roles: Vec<&str> = b.roles.iter().map(|r| r.title).collect();
        let rejoin = b.to.as_ref().map(|t| format!(", then back to {}", t.title)).unwrap_or_default();
        line!(out, "Branch \"{}\": from {} to {}{rejoin}", b.name, b.from.title, roles.join(", then "));
    }
    let steps = p.steps.as_deref().unwrap_or_default();
    for (i, ix) in p.roles.iter().map(|b: &RoleBrief<'_>| b.ix).enumerate() {
        let r = c.role(ix);
        line!(out);
        line!(out, "{}. {}", i + 1, role_in(c, ix, lens));
        line!(out, "   Sector: {}; level: {}", r.sector.label(), wording::level_text(c, ix));
        line!(out, "   Pay: {}", wording::pay_text(c, r, lens));
        line!(out, "   Summary: {}", r.summary);
        for ps in steps.iter().filter(|s| s.step.from.ix == ix) {
            let next = ps.step.to.ix;
            let (step, time) = (c.step(ps.step.ix), &ps.step_time);
            line!(out, "   Next: to {} by {}, {}", c.role(next).title, step.route.label(), time.describe(step));
            line!(out, "     Requires: {}", wording::requirements_text(c, &step.requires, lens.nation));
            if let Err(u) = nations::step_available(c, step, lens.nation) {
                line!(out, "     Not in {}: {}", lens.nation.label(), u.describe(lens.nation));
            }
            step_facts(&mut out, c, step, "     ");
        }
    }
    out
}

pub fn qualifications(c: &Catalogue, v: &QualificationsOut<'_>) -> String {
    let mut out = String::new();
    line!(out, "{} qualification(s):", v.qualifications.len());
    for (i, q) in v.qualifications.iter().map(|q| (q.ix.0 as usize, c.qualification(q.ix))) {
        let code = q.code.as_deref().map(|c| format!("; standard {c}")).unwrap_or_default();
        let d = q.duration.as_ref().map(|d| format!("; typically {}", d.text)).unwrap_or_default();
        let nations = if q.nations.is_empty() {
            String::new()
        } else {
            format!("; offered in {}", q.nations.iter().map(|n| n.label()).collect::<Vec<_>>().join(", "))
        };
        line!(out, "{}: {}; {}{code}{d}{nations}", q.id, wording::qual_name(c, QualIx(i as u32)), q.kind.label());
    }
    out
}

pub fn validate(v: &ValidateOut<'_>) -> String {
    let mut out = String::new();
    for d in v.diagnostics {
        line!(out, "{d}");
    }
    let what: Vec<String> = v
        .layers
        .iter()
        .map(|l| match l {
            Layer::Embedded => "built-in data".to_string(),
            Layer::Dir(d) => clean(&d.display().to_string()),
        })
        .collect();
    let n = v.counts;
    let verdict = if v.errors == 0 { "valid".to_string() } else { format!("invalid, {} error(s)", v.errors) };
    line!(
        out,
        "{}: {} roles, {} qualifications, {} steps, {} pathways; {verdict}, {} warning(s)",
        what.join(" + "),
        n.roles,
        n.qualifications,
        n.steps,
        n.pathways,
        v.warnings
    );
    out
}

mod fit;
pub use fit::{fit, values};
