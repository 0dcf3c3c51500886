//! JSON output, built from typed views: every shape is a `#[derive(Serialize)]` struct
//! here, documented in the README and pinned by snapshot tests, so a change of shape is a
//! reviewed diff. Every document starts with `schema_version` and the `command` it answers.

use serde::Serialize;

use crate::compare::Row;
use crate::data::{Counts, Diagnostic, Report};
use crate::graph::{Held, Route, StepTime, StepView};
use crate::lens::Lens;
use crate::levels::{Level, LevelChange};
use crate::model::{
    Catalogue, Date, Duration, Family, Nation, Pathway, QualIx, QualKind, Registration, RoleIx, RouteKind, Sector,
    Setting, Source, StepIx,
};
use crate::nations::{Presence, Unavailable};
use crate::pay::{Compared, PayView};
use crate::requirements::Requirement;
use crate::search::{Field, Hit};

/// The version of these shapes. 1 was the untyped first release; 2 added the envelope,
/// the nation lens, requirements as choices, gains, pay on one basis and route reasons.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    schema_version: u32,
    command: &'a str,
    #[serde(flatten)]
    body: T,
}

fn document<T: Serialize>(command: &str, body: T) -> String {
    // Serializing plain data to a String cannot fail; fall back to null rather than panic.
    let mut text = serde_json::to_string_pretty(&Envelope { schema_version: SCHEMA_VERSION, command, body })
        .unwrap_or_else(|_| "null".into());
    text.push('\n');
    text
}

#[derive(Serialize)]
struct LensOut {
    nation: Nation,
    hours: f64,
}

impl From<&Lens> for LensOut {
    fn from(lens: &Lens) -> LensOut {
        LensOut { nation: lens.nation, hours: lens.hours }
    }
}

/// Pay in the lens's nation: as published, and on the comparison basis.
#[derive(Serialize)]
struct PayOut {
    #[serde(flatten)]
    view: PayView,
    compared: Compared,
}

/// A role in brief: enough to list and link, with its pay and standing in the lens's nation.
#[derive(Serialize)]
struct RoleBrief<'a> {
    id: &'a str,
    title: &'a str,
    sector: Sector,
    family: Family,
    level: Option<Level>,
    presence: Presence,
    pay: Option<PayOut>,
}

fn role_brief<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleBrief<'a> {
    let r = c.role(ix);
    let pay = crate::pay::role_pay(c, r, lens.nation).map(|view| {
        let compared = view.compared(lens.hours).rounded();
        PayOut { view, compared }
    });
    RoleBrief {
        id: &r.id,
        title: &r.title,
        sector: r.sector,
        family: r.family,
        level: c.level(ix),
        presence: crate::nations::presence(r, lens.nation),
        pay,
    }
}

#[derive(Serialize)]
struct QualOut<'a> {
    id: &'a str,
    name: &'a str,
    level: Option<u8>,
    kind: QualKind,
    scqf: Option<u8>,
    code: Option<&'a str>,
    duration: Option<&'a str>,
    nations: &'a [Nation],
}

fn qual(c: &Catalogue, q: QualIx) -> QualOut<'_> {
    let q = c.qualification(q);
    QualOut {
        id: &q.id,
        name: &q.name,
        level: q.level,
        kind: q.kind,
        scqf: q.scqf,
        code: q.code.as_deref(),
        duration: q.duration.as_ref().map(|d| d.text.as_str()),
        nations: &q.nations,
    }
}

fn quals<'a>(c: &'a Catalogue, list: &[QualIx]) -> Vec<QualOut<'a>> {
    list.iter().map(|&q| qual(c, q)).collect()
}

/// A requirement: any one of `any_of`; `in_nation` is what meets it in the nation in view.
#[derive(Serialize)]
struct ReqOut<'a> {
    any_of: Vec<QualOut<'a>>,
    in_nation: Vec<QualOut<'a>>,
}

fn reqs<'a>(c: &'a Catalogue, list: &[Requirement], lens: &Lens) -> Vec<ReqOut<'a>> {
    list.iter()
        .map(|r| ReqOut {
            any_of: quals(c, &r.any_of),
            in_nation: quals(c, &crate::requirements::options(c, r, Some(lens.nation))),
        })
        .collect()
}

#[derive(Serialize)]
struct LevelsOut {
    level: Option<Level>,
    career_framework: Option<u8>,
    cwp: Option<crate::model::CwpCategory>,
    afc: Option<String>,
    rqf_entry: Option<u8>,
}

#[derive(Serialize)]
struct RoleFull<'a> {
    id: &'a str,
    title: &'a str,
    aliases: &'a [String],
    keywords: &'a [String],
    sector: Sector,
    family: Family,
    settings: &'a [Setting],
    summary: &'a str,
    work: &'a str,
    values: &'a [String],
    entry: &'a [String],
    required: Vec<ReqOut<'a>>,
    desirable: Vec<QualOut<'a>>,
    registration: &'a [Registration],
    registration_note: &'a str,
    levels: LevelsOut,
    pay: Option<PayOut>,
    recorded_pay: &'a [crate::pay::Pay],
    nations: &'a [Nation],
    absent: &'a [Nation],
    presence: Presence,
    note: &'a str,
    sources: &'a [Source],
    reviewed: Date,
}

fn role_full<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleFull<'a> {
    let r = c.role(ix);
    let brief = role_brief(c, ix, lens);
    let l = &r.levels;
    RoleFull {
        id: &r.id,
        title: &r.title,
        aliases: &r.aliases,
        keywords: &r.keywords,
        sector: r.sector,
        family: r.family,
        settings: &r.settings,
        summary: &r.summary,
        work: &r.work,
        values: &r.values,
        entry: &r.entry,
        required: reqs(c, &r.required, lens),
        desirable: quals(c, &r.desirable),
        registration: &r.registration,
        registration_note: &r.registration_note,
        levels: LevelsOut {
            level: c.level(ix),
            career_framework: l.career_framework,
            cwp: l.cwp,
            afc: l.afc.map(|b| {
                if b.low == b.high { b.low.name().to_string() } else { format!("{}-{}", b.low.name(), b.high.name()) }
            }),
            rqf_entry: l.rqf_entry,
        },
        pay: brief.pay,
        recorded_pay: &r.pay,
        nations: &r.nations,
        absent: &r.absent,
        presence: brief.presence,
        note: &r.note,
        sources: &r.sources,
        reviewed: r.reviewed,
    }
}

/// `true`, or why the step cannot be taken in the nation in view.
#[derive(Serialize)]
#[serde(untagged)]
enum Available {
    Yes(bool),
    No(Unavailable),
}

#[derive(Serialize)]
struct TimeOut {
    kind: &'static str,
    months: f64,
}

fn time(t: &StepTime) -> TimeOut {
    let kind = match t {
        StepTime::Recorded(_) => "recorded",
        StepTime::Shortened { .. } => "shortened",
        StepTime::Estimated(_) => "estimated",
        StepTime::Course(_) => "course",
        StepTime::Default(_) => "default",
    };
    TimeOut { kind, months: (t.months() * 10.0).round() / 10.0 }
}

#[derive(Serialize)]
struct LevelChangeOut {
    scale: &'static str,
    from: Level,
    to: Level,
    delta: i16,
}

impl From<LevelChange> for LevelChangeOut {
    fn from(c: LevelChange) -> LevelChangeOut {
        LevelChangeOut { scale: crate::levels::SCALE, from: c.from, to: c.to, delta: c.delta() }
    }
}

#[derive(Serialize)]
struct StepOut<'a> {
    from: RoleBrief<'a>,
    to: RoleBrief<'a>,
    crosses_sectors: bool,
    route: RouteKind,
    duration: Option<&'a Duration>,
    nations: &'a [Nation],
    available: Available,
    requires: Vec<ReqOut<'a>>,
    gains: Vec<QualOut<'a>>,
    funding: &'a str,
    note: &'a str,
    sources: &'a [Source],
    reviewed: Date,
}

fn step<'a>(c: &'a Catalogue, s: StepIx, lens: &Lens) -> StepOut<'a> {
    let st = c.step(s);
    StepOut {
        from: role_brief(c, st.from, lens),
        to: role_brief(c, st.to, lens),
        crosses_sectors: c.crosses_sectors(st),
        route: st.route,
        duration: st.duration.as_ref(),
        nations: &st.nations,
        available: match crate::nations::step_available(c, st, lens.nation) {
            Ok(()) => Available::Yes(true),
            Err(u) => Available::No(u),
        },
        requires: reqs(c, &st.requires, lens),
        gains: quals(c, &st.gains),
        funding: &st.funding,
        note: &st.note,
        sources: &st.sources,
        reviewed: st.reviewed,
    }
}

/// A step seen from a role: the step, the role at the other end and what the move changes.
#[derive(Serialize)]
struct StepViewOut<'a> {
    #[serde(flatten)]
    step: StepOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<RoleBrief<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<RoleBrief<'a>>,
    level_change: Option<LevelChangeOut>,
    pay_change: Option<f64>,
    missing: Vec<ReqOut<'a>>,
    open_now: bool,
    time: TimeOut,
}

fn step_view<'a>(c: &'a Catalogue, v: &StepView, outward: bool, lens: &Lens) -> StepViewOut<'a> {
    let other = role_brief(c, v.other, lens);
    let (target, origin) = if outward { (Some(other), None) } else { (None, Some(other)) };
    StepViewOut {
        step: step(c, v.step, lens),
        target,
        origin,
        level_change: v.level_change.map(LevelChangeOut::from),
        pay_change: v.pay_change.map(f64::round),
        missing: reqs(c, &v.missing, lens),
        open_now: v.open_now(),
        time: time(&v.time),
    }
}

#[derive(Serialize)]
struct HitOut<'a> {
    role: RoleBrief<'a>,
    score: i64,
    field: Field,
    matched: &'a str,
}

#[derive(Serialize)]
struct SearchOut<'a> {
    lens: LensOut,
    hits: Vec<HitOut<'a>>,
}

pub fn search(c: &Catalogue, hits: &[Hit], lens: &Lens) -> String {
    let hits = hits
        .iter()
        .map(|h| {
            let r = c.role(h.role);
            let matched = match h.field {
                Field::Title => &r.title,
                Field::Id => &r.id,
                Field::Alias => r.aliases.get(h.which).unwrap_or(&r.title),
                Field::Keyword => r.keywords.get(h.which).unwrap_or(&r.title),
            };
            HitOut { role: role_brief(c, h.role, lens), score: h.score, field: h.field, matched }
        })
        .collect();
    document("search", SearchOut { lens: lens.into(), hits })
}

#[derive(Serialize)]
struct RolesOut<'a> {
    lens: LensOut,
    roles: Vec<RoleBrief<'a>>,
}

pub fn roles(c: &Catalogue, roles: &[RoleIx], lens: &Lens) -> String {
    document("roles", RolesOut { lens: lens.into(), roles: roles.iter().map(|&r| role_brief(c, r, lens)).collect() })
}

#[derive(Serialize)]
struct ShowOut<'a> {
    lens: LensOut,
    role: RoleFull<'a>,
    next_steps: Vec<StepViewOut<'a>>,
    steps_in: Vec<StepViewOut<'a>>,
}

pub fn show(c: &Catalogue, ix: RoleIx, lens: &Lens) -> String {
    let held = Held::default();
    let next = crate::graph::next_steps(c, ix, &held, lens).iter().map(|v| step_view(c, v, true, lens)).collect();
    let into = crate::graph::steps_into(c, ix, &held, lens).iter().map(|v| step_view(c, v, false, lens)).collect();
    document("show", ShowOut { lens: lens.into(), role: role_full(c, ix, lens), next_steps: next, steps_in: into })
}

#[derive(Serialize)]
struct NextOut<'a> {
    lens: LensOut,
    role: RoleBrief<'a>,
    held: Vec<QualOut<'a>>,
    steps: Vec<StepViewOut<'a>>,
}

pub fn next(c: &Catalogue, role: RoleIx, held: &Held, views: &[StepView], lens: &Lens) -> String {
    document(
        "next",
        NextOut {
            lens: lens.into(),
            role: role_brief(c, role, lens),
            held: quals(c, &held.sorted()),
            steps: views.iter().map(|v| step_view(c, v, true, lens)).collect(),
        },
    )
}

#[derive(Serialize)]
struct CompareOut<'a> {
    lens: LensOut,
    roles: Vec<RoleBrief<'a>>,
    rows: &'a [Row],
}

pub fn compare(c: &Catalogue, roles: &[RoleIx], rows: &[Row], lens: &Lens) -> String {
    let roles = roles.iter().map(|&r| role_brief(c, r, lens)).collect();
    document("compare", CompareOut { lens: lens.into(), roles, rows })
}

#[derive(Serialize)]
struct RouteStepOut<'a> {
    #[serde(flatten)]
    step: StepOut<'a>,
    missing: Vec<ReqOut<'a>>,
    time: TimeOut,
    sideways: bool,
}

#[derive(Serialize)]
struct RouteOut<'a> {
    months: f64,
    rank_months: f64,
    estimated: usize,
    sideways: usize,
    charges_fees: bool,
    why: String,
    not_recorded: &'a [String],
    open_now: bool,
    roles: Vec<RoleBrief<'a>>,
    steps: Vec<RouteStepOut<'a>>,
}

#[derive(Serialize)]
struct RoutesOut<'a> {
    lens: LensOut,
    from: RoleBrief<'a>,
    to: RoleBrief<'a>,
    held: Vec<QualOut<'a>>,
    routes: Vec<RouteOut<'a>>,
}

pub fn route(c: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, routes: &[Route], lens: &Lens) -> String {
    let tenth = |m: f64| (m * 10.0).round() / 10.0;
    let routes = routes
        .iter()
        .map(|r| RouteOut {
            months: tenth(r.months),
            rank_months: tenth(r.rank_months()),
            estimated: r.estimated(),
            sideways: r.sideways,
            charges_fees: r.charges_fees(c),
            why: r.why(c),
            not_recorded: &r.not_recorded,
            open_now: r.open_now(),
            roles: r.roles(c).iter().map(|&x| role_brief(c, x, lens)).collect(),
            steps: r
                .steps
                .iter()
                .zip(&r.missing)
                .zip(&r.times)
                .zip(&r.sideways_steps)
                .map(|(((&s, missing), t), side)| RouteStepOut {
                    step: step(c, s, lens),
                    missing: reqs(c, missing, lens),
                    time: time(t),
                    sideways: *side,
                })
                .collect(),
        })
        .collect();
    document(
        "route",
        RoutesOut {
            lens: lens.into(),
            from: role_brief(c, from, lens),
            to: role_brief(c, to, lens),
            held: quals(c, &held.sorted()),
            routes,
        },
    )
}

#[derive(Serialize)]
struct PathwayOut<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    roles: Vec<RoleBrief<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<Vec<StepOut<'a>>>,
}

fn pathway_out<'a>(c: &'a Catalogue, p: &'a Pathway, lens: &Lens, with_steps: bool) -> PathwayOut<'a> {
    let steps = with_steps.then(|| {
        p.roles
            .windows(2)
            .flat_map(|pair| c.steps_from(pair[0]).iter().filter(move |&&s| c.step(s).to == pair[1]))
            .map(|&s| step(c, s, lens))
            .collect()
    });
    PathwayOut {
        id: &p.id,
        name: &p.name,
        description: &p.description,
        roles: p.roles.iter().map(|&r| role_brief(c, r, lens)).collect(),
        steps,
    }
}

#[derive(Serialize)]
struct PathwaysOut<'a> {
    lens: LensOut,
    pathways: Vec<PathwayOut<'a>>,
}

pub fn pathways(c: &Catalogue, lens: &Lens) -> String {
    let pathways = c.pathways.iter().map(|p| pathway_out(c, p, lens, false)).collect();
    document("pathways", PathwaysOut { lens: lens.into(), pathways })
}

#[derive(Serialize)]
struct OnePathwayOut<'a> {
    lens: LensOut,
    #[serde(flatten)]
    pathway: PathwayOut<'a>,
}

pub fn pathway(c: &Catalogue, p: &Pathway, lens: &Lens) -> String {
    document("pathway", OnePathwayOut { lens: lens.into(), pathway: pathway_out(c, p, lens, true) })
}

#[derive(Serialize)]
struct QualificationsOut<'a> {
    qualifications: Vec<QualOut<'a>>,
}

pub fn qualifications(c: &Catalogue) -> String {
    let all: Vec<QualIx> = (0..c.qualifications.len() as u32).map(QualIx).collect();
    document("qualifications", QualificationsOut { qualifications: quals(c, &all) })
}

#[derive(Serialize)]
struct ValidateOut<'a> {
    valid: bool,
    errors: usize,
    warnings: usize,
    counts: Counts,
    diagnostics: &'a [Diagnostic],
}

pub fn validate(report: &Report) -> String {
    document(
        "validate",
        ValidateOut {
            valid: report.errors() == 0,
            errors: report.errors(),
            warnings: report.warnings(),
            counts: report.counts,
            diagnostics: &report.diagnostics,
        },
    )
}

/// `plan --json`: the plan's words, as the Markdown and HTML arrange them.
pub(super) fn plan(plan: &crate::plan::Plan, lens: &Lens) -> String {
    #[derive(Serialize)]
    struct PlanOut<'a> {
        lens: LensOut,
        plan: &'a crate::plan::Plan,
    }
    document("plan", PlanOut { lens: lens.into(), plan })
}
