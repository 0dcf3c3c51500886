//! JSON output. Shapes are documented in the README; every role object has `id` and
//! `title`, every qualification object has `id`, `name` and `level`.

use serde::Serialize;
use serde_json::{Value, json};

use crate::compare::Row;
use crate::data::Report;
use crate::graph::{Held, Route, StepTime, StepView};
use crate::model::{Catalogue, Pathway, QualIx, RoleIx, StepIx};
use crate::search::Hit;

fn to_string<T: Serialize>(value: &T) -> String {
    // Serializing plain data to a String cannot fail; fall back to null rather than panic.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
    text.push('\n');
    text
}

/// A role in brief: enough to list and link.
fn role_brief(c: &Catalogue, ix: RoleIx) -> Value {
    let r = c.role(ix);
    json!({
        "id": r.id,
        "title": r.title,
        "sector": r.sector,
        "family": r.family,
        "level": r.level(),
        "pay": r.pay,
    })
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
    })
}

fn quals(c: &Catalogue, list: &[QualIx]) -> Vec<Value> {
    list.iter().map(|&q| qual(c, q)).collect()
}

fn role_full(c: &Catalogue, ix: RoleIx) -> Value {
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
        "required": quals(c, &r.required),
        "desirable": quals(c, &r.desirable),
        "registration": r.registration,
        "registration_note": r.registration_note,
        "levels": {
            "level": r.level(),
            "career_framework": l.career_framework,
            "cwp": l.cwp,
            "afc": l.afc.map(|b| if b.low == b.high { b.low.name().to_string() } else { format!("{}-{}", b.low.name(), b.high.name()) }),
            "rqf_entry": l.rqf_entry,
        },
        "pay": r.pay,
        "nations": r.nations,
        "note": r.note,
        "sources": r.sources,
        "reviewed": r.reviewed,
    })
}

fn step(c: &Catalogue, s: StepIx) -> Value {
    let st = c.step(s);
    json!({
        "from": role_brief(c, st.from),
        "to": role_brief(c, st.to),
        "crosses_sectors": c.crosses_sectors(st),
        "route": st.route,
        "duration": st.duration,
        "requires": quals(c, &st.requires),
        "funding": st.funding,
        "note": st.note,
        "sources": st.sources,
        "reviewed": st.reviewed,
    })
}

fn step_view(c: &Catalogue, v: &StepView, direction: &str) -> Value {
    let mut value = step(c, v.step);
    if let Value::Object(map) = &mut value {
        map.insert(direction.into(), role_brief(c, v.other));
        map.insert("level_change".into(), json!(v.level_change));
        map.insert("pay_change".into(), json!(v.pay_change.map(f64::round)));
        map.insert("missing".into(), json!(quals(c, &v.missing)));
        map.insert("open_now".into(), json!(v.open_now()));
    }
    value
}

pub fn search(c: &Catalogue, hits: &[Hit]) -> String {
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
            json!({ "role": role_brief(c, h.role), "score": h.score, "field": h.field, "matched": matched })
        })
        .collect();
    to_string(&list)
}

pub fn roles(c: &Catalogue, roles: &[RoleIx]) -> String {
    to_string(&roles.iter().map(|&r| role_brief(c, r)).collect::<Vec<_>>())
}

pub fn show(c: &Catalogue, ix: RoleIx) -> String {
    let held = Held::default();
    let next: Vec<Value> = crate::graph::next_steps(c, ix, &held).iter().map(|v| step_view(c, v, "target")).collect();
    let into: Vec<Value> = crate::graph::steps_into(c, ix, &held).iter().map(|v| step_view(c, v, "origin")).collect();
    to_string(&json!({ "role": role_full(c, ix), "next_steps": next, "steps_in": into }))
}

pub fn next(c: &Catalogue, role: RoleIx, held: &Held, views: &[StepView]) -> String {
    let steps: Vec<Value> = views.iter().map(|v| step_view(c, v, "target")).collect();
    to_string(&json!({
        "role": role_brief(c, role),
        "held": quals(c, &held.sorted()),
        "steps": steps,
    }))
}

pub fn compare(c: &Catalogue, roles: &[RoleIx], rows: &[Row]) -> String {
    to_string(&json!({
        "roles": roles.iter().map(|&r| role_brief(c, r)).collect::<Vec<_>>(),
        "rows": rows,
    }))
}

pub fn route(c: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, routes: &[Route]) -> String {
    let list: Vec<Value> = routes
        .iter()
        .map(|r| {
            let steps: Vec<Value> = r
                .steps
                .iter()
                .zip(&r.missing)
                .zip(&r.times)
                .map(|((&s, missing), time)| {
                    let mut v = step(c, s);
                    if let Value::Object(map) = &mut v {
                        map.insert("missing".into(), json!(quals(c, missing)));
                        let (kind, months) = match time {
                            StepTime::Recorded(m) => ("recorded", Some(*m)),
                            StepTime::Estimated(m) => ("estimated", Some(*m)),
                            StepTime::NoStudy => ("no-study", Some(0.0)),
                            StepTime::Unknown => ("unknown", None),
                        };
                        map.insert("time".into(), json!({ "kind": kind, "months": months }));
                    }
                    v
                })
                .collect();
            json!({
                "months": (r.months * 10.0).round() / 10.0,
                "estimated": r.estimated,
                "unknown_durations": r.unknown_durations,
                "open_now": r.open_now(),
                "roles": r.roles(c).iter().map(|&x| role_brief(c, x)).collect::<Vec<_>>(),
                "steps": steps,
            })
        })
        .collect();
    to_string(&json!({
        "from": role_brief(c, from),
        "to": role_brief(c, to),
        "held": quals(c, &held.sorted()),
        "routes": list,
    }))
}

fn pathway_value(c: &Catalogue, p: &Pathway) -> Value {
    json!({
        "id": p.id,
        "name": p.name,
        "description": p.description,
        "roles": p.roles.iter().map(|&r| role_brief(c, r)).collect::<Vec<_>>(),
    })
}

pub fn pathways(c: &Catalogue) -> String {
    to_string(&c.pathways.iter().map(|p| pathway_value(c, p)).collect::<Vec<_>>())
}

pub fn pathway(c: &Catalogue, p: &Pathway) -> String {
    let mut value = pathway_value(c, p);
    let steps: Vec<Value> = p
        .roles
        .windows(2)
        .flat_map(|pair| c.steps_from(pair[0]).iter().filter(move |&&s| c.step(s).to == pair[1]).map(|&s| step(c, s)))
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
