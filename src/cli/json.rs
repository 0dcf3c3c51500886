//! JSON output. Shapes are documented in the README; every role object has `id` and
//! `title`, every qualification object has `id`, `name` and `level`.

use serde::Serialize;
use serde_json::{Value, json};

use crate::compare::Row;
use crate::data::Report;
use crate::graph::{Held, Route, StepTime, StepView};
use crate::lens::Lens;
use crate::model::{Catalogue, Pathway, QualIx, RoleIx, StepIx};
use crate::requirements::Requirement;
use crate::search::Hit;

fn to_string<T: Serialize>(value: &T) -> String {
    // Serializing plain data to a String cannot fail; fall back to null rather than panic.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    text.push('\n');
    text
}

/// A role in brief: enough to list and link, with its pay and standing in the lens's nation.
fn role_brief(c: &Catalogue, ix: RoleIx, lens: &Lens) -> Value {
    let r = c.role(ix);
    json!({
        "id": r.id,
        "title": r.title,
        "sector": r.sector,
        "family": r.family,
        "level": c.level(ix),
        "presence": crate::nations::presence(r, lens.nation),
        "pay": pay(c, ix, lens),
    })
}

/// Pay in the lens's nation: as published, and on the comparison basis.
fn pay(c: &Catalogue, ix: RoleIx, lens: &Lens) -> Value {
    match crate::pay::role_pay(c, c.role(ix), lens.nation) {
        Some(p) => {
            let compared = p.compared(lens.hours);
            let mut v = json!(p);
            if let Value::Object(map) = &mut v {
                map.insert("compared".into(), json!(compared));
            }
            v
        }
        None => Value::Null,
    }
}

fn reqs(c: &Catalogue, list: &[Requirement], lens: &Lens) -> Vec<Value> {
    list.iter()
        .map(|r| {
            let options = crate::requirements::options(c, r, Some(lens.nation));
            json!({ "any_of": quals(c, &r.any_of), "in_nation": quals(c, &options) })
        })
        .collect()
}

fn qual(c: &Catalogue, q: QualIx) -> Value {
    let q = c.qualification(q);
    json!({
        "id": q.id,
        "name": q.name,
        "level": q.level,
        "kind": q.kind,
        "scqf": q.scqf,
        "code": q.code,
        "duration": q.duration.as_ref().map(|d| &d.text),
        "nations": q.nations,
    })
}

fn quals(c: &Catalogue, list: &[QualIx]) -> Vec<Value> {
    list.iter().map(|&q| qual(c, q)).collect()
}

fn role_full(c: &Catalogue, ix: RoleIx, lens: &Lens) -> Value {
    let r = c.role(ix);
    let l = &r.levels;
    json!({
        "id": r.id,
        "title": r.title,
        "aliases": r.aliases,
        "keywords": r.keywords,
        "sector": r.sector,
        "family": r.family,
        "settings": r.settings,
        "summary": r.summary,
        "work": r.work,
        "values": r.values,
        "entry": r.entry,
        "required": reqs(c, &r.required, lens),
        "desirable": quals(c, &r.desirable),
        "registration": r.registration,
        "registration_note": r.registration_note,
        "levels": {
            "level": c.level(ix),
            "career_framework": l.career_framework,
            "cwp": l.cwp,
            "afc": l.afc.map(|b| if b.low == b.high { b.low.name().to_string() } else { format!("{}-{}", b.low.name(), b.high.name()) }),
            "rqf_entry": l.rqf_entry,
        },
        "pay": pay(c, ix, lens),
        "recorded_pay": r.pay,
        "nations": r.nations,
        "absent": r.absent,
        "presence": crate::nations::presence(r, lens.nation),
        "note": r.note,
        "sources": r.sources,
        "reviewed": r.reviewed,
    })
}

fn step(c: &Catalogue, s: StepIx, lens: &Lens) -> Value {
    let st = c.step(s);
    json!({
        "from": role_brief(c, st.from, lens),
        "to": role_brief(c, st.to, lens),
        "crosses_sectors": c.crosses_sectors(st),
        "route": st.route,
        "duration": st.duration,
        "nations": st.nations,
        "available": crate::nations::step_available(c, st, lens.nation).err().map_or(json!(true), |u| json!(u)),
        "requires": reqs(c, &st.requires, lens),
        "gains": quals(c, &st.gains),
        "funding": st.funding,
        "note": st.note,
        "sources": st.sources,
        "reviewed": st.reviewed,
    })
}

fn time(t: &StepTime) -> Value {
    let kind = match t {
        StepTime::Recorded(_) => "recorded",
        StepTime::Shortened { .. } => "shortened",
        StepTime::Estimated(_) => "estimated",
        StepTime::Course(_) => "course",
        StepTime::Default(_) => "default",
    };
    json!({ "kind": kind, "months": (t.months() * 10.0).round() / 10.0 })
}

fn step_view(c: &Catalogue, v: &StepView, direction: &str, lens: &Lens) -> Value {
    let mut value = step(c, v.step, lens);
    if let Value::Object(map) = &mut value {
        map.insert(direction.into(), role_brief(c, v.other, lens));
        map.insert(
            "level_change".into(),
            v.level_change.map_or(
                Value::Null,
                |c| json!({ "scale": crate::levels::SCALE, "from": c.from, "to": c.to, "delta": c.delta() }),
            ),
        );
        map.insert("pay_change".into(), json!(v.pay_change.map(f64::round)));
        map.insert("missing".into(), json!(reqs(c, &v.missing, lens)));
        map.insert("open_now".into(), json!(v.open_now()));
        map.insert("time".into(), time(&v.time));
    }
    value
}

fn lens_value(lens: &Lens) -> Value {
    json!({ "nation": lens.nation, "hours": lens.hours })
}

pub fn search(c: &Catalogue, hits: &[Hit], lens: &Lens) -> String {
    let list: Vec<Value> = hits
        .iter()
        .map(|h| {
            let r = c.role(h.role);
            let matched = match h.field {
                crate::search::Field::Title => &r.title,
                crate::search::Field::Id => &r.id,
                crate::search::Field::Alias => r.aliases.get(h.which).unwrap_or(&r.title),
                crate::search::Field::Keyword => r.keywords.get(h.which).unwrap_or(&r.title),
            };
            json!({ "role": role_brief(c, h.role, lens), "score": h.score, "field": h.field, "matched": matched })
        })
        .collect();
    to_string(&list)
}

pub fn roles(c: &Catalogue, roles: &[RoleIx], lens: &Lens) -> String {
    to_string(&roles.iter().map(|&r| role_brief(c, r, lens)).collect::<Vec<_>>())
}

pub fn show(c: &Catalogue, ix: RoleIx, lens: &Lens) -> String {
    let held = Held::default();
    let next: Vec<Value> =
        crate::graph::next_steps(c, ix, &held, lens).iter().map(|v| step_view(c, v, "target", lens)).collect();
    let into: Vec<Value> =
        crate::graph::steps_into(c, ix, &held, lens).iter().map(|v| step_view(c, v, "origin", lens)).collect();
    to_string(
        &json!({ "lens": lens_value(lens), "role": role_full(c, ix, lens), "next_steps": next, "steps_in": into }),
    )
}

pub fn next(c: &Catalogue, role: RoleIx, held: &Held, views: &[StepView], lens: &Lens) -> String {
    let steps: Vec<Value> = views.iter().map(|v| step_view(c, v, "target", lens)).collect();
    to_string(&json!({
        "lens": lens_value(lens),
        "role": role_brief(c, role, lens),
        "held": quals(c, &held.sorted()),
        "steps": steps,
    }))
}

pub fn compare(c: &Catalogue, roles: &[RoleIx], rows: &[Row], lens: &Lens) -> String {
    to_string(&json!({
        "lens": lens_value(lens),
        "roles": roles.iter().map(|&r| role_brief(c, r, lens)).collect::<Vec<_>>(),
        "rows": rows,
    }))
}

pub fn route(c: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, routes: &[Route], lens: &Lens) -> String {
    let list: Vec<Value> = routes
        .iter()
        .map(|r| {
            let steps: Vec<Value> = r
                .steps
                .iter()
                .zip(&r.missing)
                .zip(&r.times)
                .zip(&r.sideways_steps)
                .map(|(((&s, missing), t), side)| {
                    let mut v = step(c, s, lens);
                    if let Value::Object(map) = &mut v {
                        map.insert("missing".into(), json!(reqs(c, missing, lens)));
                        map.insert("time".into(), time(t));
                        map.insert("sideways".into(), json!(side));
                    }
                    v
                })
                .collect();
            json!({
                "months": (r.months * 10.0).round() / 10.0,
                "rank_months": (r.rank_months() * 10.0).round() / 10.0,
                "estimated": r.estimated(),
                "sideways": r.sideways,
                "charges_fees": r.charges_fees(c),
                "why": r.why(c),
                "not_recorded": r.not_recorded,
                "open_now": r.open_now(),
                "roles": r.roles(c).iter().map(|&x| role_brief(c, x, lens)).collect::<Vec<_>>(),
                "steps": steps,
            })
        })
        .collect();
    to_string(&json!({
        "lens": lens_value(lens),
        "from": role_brief(c, from, lens),
        "to": role_brief(c, to, lens),
        "held": quals(c, &held.sorted()),
        "routes": list,
    }))
}

fn pathway_value(c: &Catalogue, p: &Pathway, lens: &Lens) -> Value {
    json!({
        "id": p.id,
        "name": p.name,
        "description": p.description,
        "roles": p.roles.iter().map(|&r| role_brief(c, r, lens)).collect::<Vec<_>>(),
    })
}

pub fn pathways(c: &Catalogue, lens: &Lens) -> String {
    to_string(&c.pathways.iter().map(|p| pathway_value(c, p, lens)).collect::<Vec<_>>())
}

pub fn pathway(c: &Catalogue, p: &Pathway, lens: &Lens) -> String {
    let mut value = pathway_value(c, p, lens);
    let steps: Vec<Value> = p
        .roles
        .windows(2)
        .flat_map(|pair| {
            c.steps_from(pair[0]).iter().filter(move |&&s| c.step(s).to == pair[1]).map(|&s| step(c, s, lens))
        })
        .collect();
    if let Value::Object(map) = &mut value {
        map.insert("steps".into(), json!(steps));
    }
    to_string(&value)
}

pub fn qualifications(c: &Catalogue) -> String {
    let list: Vec<Value> = (0..c.qualifications.len() as u32).map(|i| qual(c, QualIx(i))).collect();
    to_string(&list)
}

pub fn validate(report: &Report) -> String {
    to_string(&json!({
        "valid": report.errors() == 0,
        "errors": report.errors(),
        "warnings": report.warnings(),
        "counts": report.counts,
        "diagnostics": report.diagnostics,
    }))
}
