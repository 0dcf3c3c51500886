//! What each command answers, as typed views: one `#[derive(Serialize)]` struct per
//! command, built once from the domain. `--json` serializes the view (see `json`), plain
//! text renders the same view (see `plain`), so the two list the same things in the same
//! order and cannot drift apart. Fields marked `serde(skip)` are handles plain text uses to
//! word a fact; they are not part of the JSON shape, which the README documents and
//! snapshot tests pin.

mod fit;
mod parts;

use serde::Serialize;

pub use fit::{FitsOut, ValuesOut, fit, values};
pub use parts::{LensOut, QualOut, ReqOut, RoleBrief, RoleFull, StepOut, StepViewOut, TimeOut};
use parts::{quals, reqs, role_brief, role_full, step, step_view, time};

use crate::compare::Row;
use crate::data::{Counts, Diagnostic, Layer, Report};
use crate::filter::RoleFilter;
use crate::graph::{Held, Route, StepTime};
use crate::lens::Lens;
use crate::model::{Catalogue, Pathway, QualIx, RoleIx};
use crate::requirements::Requirement;
use crate::routes::RouteOptions;
use crate::search::{Field, Hit};

#[derive(Serialize)]
pub struct HitOut<'a> {
    pub role: RoleBrief<'a>,
    pub score: i64,
    pub field: Field,
    pub matched: &'a str,
}

#[derive(Serialize)]
pub struct SearchOut<'a> {
    #[serde(skip)]
    pub query: &'a str,
    pub lens: LensOut,
    pub hits: Vec<HitOut<'a>>,
}

pub fn search<'a>(c: &'a Catalogue, query: &'a str, hits: &[Hit], lens: &Lens) -> SearchOut<'a> {
    let hits = hits
        .iter()
        .map(|h| {
            let r = c.role(h.role);
            let matched = crate::search::matched_str(r, h);
            HitOut { role: role_brief(c, h.role, lens), score: h.score, field: h.field, matched }
        })
        .collect();
    SearchOut { query, lens: lens.into(), hits }
}

#[derive(Serialize)]
pub struct RolesOut<'a> {
    #[serde(skip)]
    pub filter: RoleFilter,
    pub lens: LensOut,
    pub roles: Vec<RoleBrief<'a>>,
}

pub fn roles<'a>(c: &'a Catalogue, filter: RoleFilter, roles: &[RoleIx], lens: &Lens) -> RolesOut<'a> {
    RolesOut { filter, lens: lens.into(), roles: roles.iter().map(|&r| role_brief(c, r, lens)).collect() }
}

#[derive(Serialize)]
pub struct ShowOut<'a> {
    pub lens: LensOut,
    pub role: RoleFull<'a>,
    pub next_steps: Vec<StepViewOut<'a>>,
    pub steps_in: Vec<StepViewOut<'a>>,
}

pub fn show<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> ShowOut<'a> {
    let held = Held::default();
    let next = crate::graph::next_steps(c, ix, &held, lens).iter().map(|v| step_view(c, v, true, lens)).collect();
    let into = crate::graph::steps_into(c, ix, &held, lens).iter().map(|v| step_view(c, v, false, lens)).collect();
    ShowOut { lens: lens.into(), role: role_full(c, ix, lens), next_steps: next, steps_in: into }
}

#[derive(Serialize)]
pub struct NextOut<'a> {
    /// Whether the person said what they hold (else only what the role requires is assumed).
    #[serde(skip)]
    pub given: bool,
    pub lens: LensOut,
    pub role: RoleBrief<'a>,
    pub held: Vec<QualOut<'a>>,
    pub steps: Vec<StepViewOut<'a>>,
}

pub fn next<'a>(c: &'a Catalogue, role: RoleIx, held: &Held, given: bool, lens: &Lens) -> NextOut<'a> {
    let views = crate::graph::next_steps(c, role, held, lens);
    NextOut {
        given,
        lens: lens.into(),
        role: role_brief(c, role, lens),
        held: quals(c, &held.sorted()),
        steps: views.iter().map(|v| step_view(c, v, true, lens)).collect(),
    }
}

#[derive(Serialize)]
pub struct CompareOut<'a> {
    pub lens: LensOut,
    pub roles: Vec<RoleBrief<'a>>,
    pub rows: Vec<Row>,
}

pub fn compare<'a>(c: &'a Catalogue, roles: &[RoleIx], lens: &Lens) -> CompareOut<'a> {
    let rows = crate::compare::compare(c, roles, lens);
    CompareOut { lens: lens.into(), roles: roles.iter().map(|&r| role_brief(c, r, lens)).collect(), rows }
}

#[derive(Serialize)]
pub struct RouteStepOut<'a> {
    #[serde(flatten)]
    pub step: StepOut<'a>,
    pub missing: Vec<ReqOut<'a>>,
    pub time: TimeOut,
    pub sideways: bool,
    #[serde(skip)]
    pub missing_reqs: &'a [Requirement],
    #[serde(skip)]
    pub step_time: &'a StepTime,
}

#[derive(Serialize)]
pub struct RouteOut<'a> {
    pub months: f64,
    pub rank_months: f64,
    pub estimated: usize,
    pub sideways: usize,
    pub charges_fees: bool,
    pub why: String,
    pub not_recorded: &'a [String],
    pub open_now: bool,
    pub roles: Vec<RoleBrief<'a>>,
    pub steps: Vec<RouteStepOut<'a>>,
}

#[derive(Serialize)]
pub struct RoutesOut<'a> {
    #[serde(skip)]
    pub given: bool,
    #[serde(skip)]
    pub options: &'a RouteOptions,
    pub lens: LensOut,
    pub from: RoleBrief<'a>,
    pub to: RoleBrief<'a>,
    pub held: Vec<QualOut<'a>>,
    pub routes: Vec<RouteOut<'a>>,
}

/// What a route search was asked: from, to, what is held (and whether the person said), and
/// the search's options.
pub struct RouteAsk<'a> {
    pub from: RoleIx,
    pub to: RoleIx,
    pub held: &'a Held,
    pub given: bool,
    pub options: &'a RouteOptions,
}

pub fn route<'a>(c: &'a Catalogue, ask: &RouteAsk<'a>, routes: &'a [Route], lens: &Lens) -> RoutesOut<'a> {
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
                    missing_reqs: missing,
                    step_time: t,
                })
                .collect(),
        })
        .collect();
    RoutesOut {
        given: ask.given,
        options: ask.options,
        lens: lens.into(),
        from: role_brief(c, ask.from, lens),
        to: role_brief(c, ask.to, lens),
        held: quals(c, &ask.held.sorted()),
        routes,
    }
}

/// A step along a pathway, with its time for someone already in the role it starts from.
#[derive(Serialize)]
pub struct PathwayStepOut<'a> {
    #[serde(flatten)]
    pub step: StepOut<'a>,
    pub time: TimeOut,
    #[serde(skip)]
    pub step_time: StepTime,
}

#[derive(Serialize)]
pub struct PathwayOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub roles: Vec<RoleBrief<'a>>,
    /// Where the pathway forks: each branch's roles, from a role on it and perhaps back.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<BranchOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<PathwayStepOut<'a>>>,
}

#[derive(Serialize)]
pub struct BranchOut<'a> {
    pub name: &'a str,
    pub from: RoleBrief<'a>,
    pub roles: Vec<RoleBrief<'a>>,
    pub to: Option<RoleBrief<'a>>,
}

fn pathway_out<'a>(c: &'a Catalogue, p: &'a Pathway, lens: &Lens, with_steps: bool) -> PathwayOut<'a> {
    let steps = with_steps.then(|| {
        p.hops
            .iter()
            .flat_map(|&(from, to)| {
                let held = Held::default().in_role(c, from);
                c.steps_from(from).iter().filter(move |&&s| c.step(s).to == to).map(move |&s| {
                    let t = crate::graph::step_time(c, s, &held, lens, &[]);
                    PathwayStepOut { step: step(c, s, lens), time: time(&t), step_time: t }
                })
            })
            .collect()
    });
    PathwayOut {
        id: &p.id,
        name: &p.name,
        description: &p.description,
        roles: p.roles.iter().map(|&r| role_brief(c, r, lens)).collect(),
        branches: p
            .branches
            .iter()
            .map(|b| BranchOut {
                name: &b.name,
                from: role_brief(c, b.from, lens),
                roles: b.roles.iter().map(|&r| role_brief(c, r, lens)).collect(),
                to: b.to.map(|t| role_brief(c, t, lens)),
            })
            .collect(),
        steps,
    }
}

#[derive(Serialize)]
pub struct PathwaysOut<'a> {
    pub lens: LensOut,
    pub pathways: Vec<PathwayOut<'a>>,
}

pub fn pathways<'a>(c: &'a Catalogue, lens: &Lens) -> PathwaysOut<'a> {
    PathwaysOut { lens: lens.into(), pathways: c.pathways.iter().map(|p| pathway_out(c, p, lens, false)).collect() }
}

#[derive(Serialize)]
pub struct OnePathwayOut<'a> {
    pub lens: LensOut,
    #[serde(flatten)]
    pub pathway: PathwayOut<'a>,
}

pub fn pathway<'a>(c: &'a Catalogue, p: &'a Pathway, lens: &Lens) -> OnePathwayOut<'a> {
    OnePathwayOut { lens: lens.into(), pathway: pathway_out(c, p, lens, true) }
}

#[derive(Serialize)]
pub struct QualificationsOut<'a> {
    pub qualifications: Vec<QualOut<'a>>,
}

pub fn qualifications(c: &Catalogue) -> QualificationsOut<'_> {
    let all: Vec<QualIx> = (0..c.qualifications.len() as u32).map(QualIx).collect();
    QualificationsOut { qualifications: quals(c, &all) }
}

#[derive(Serialize)]
pub struct ValidateOut<'a> {
    #[serde(skip)]
    pub layers: &'a [Layer],
    pub valid: bool,
    pub errors: usize,
    pub warnings: usize,
    pub counts: Counts,
    pub diagnostics: &'a [Diagnostic],
}

pub fn validate<'a>(layers: &'a [Layer], report: &'a Report) -> ValidateOut<'a> {
    ValidateOut {
        layers,
        valid: report.errors() == 0,
        errors: report.errors(),
        warnings: report.warnings(),
        counts: report.counts,
        diagnostics: &report.diagnostics,
    }
}

/// `plan --json`: the plan's words, as the Markdown and HTML arrange them.
#[derive(Serialize)]
pub struct PlanOut<'a> {
    pub lens: LensOut,
    pub plan: &'a crate::plan::Plan,
}

pub fn plan<'a>(plan: &'a crate::plan::Plan, lens: &Lens) -> PlanOut<'a> {
    PlanOut { lens: lens.into(), plan }
}
