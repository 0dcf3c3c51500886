//! What each command answers, as typed views: one `#[derive(Serialize)]` struct per
//! command, built once from the domain. `--json` serializes the view (see `json`), plain
//! text renders the same view (see `plain`), so the two list the same things in the same
//! order and cannot drift apart. Fields marked `serde(skip)` are handles plain text uses to
//! word a fact; they are not part of the JSON shape, which the README documents and
//! snapshot tests pin.

use serde::Serialize;

use crate::compare::Row;
use crate::data::{Counts, Diagnostic, Layer, Report};
use crate::filter::RoleFilter;
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
use crate::routes::RouteOptions;
use crate::search::{Field, Hit};

#[derive(Serialize)]
pub struct LensOut {
    pub nation: Nation,
    pub hours: f64,
}

impl From<&Lens> for LensOut {
    fn from(lens: &Lens) -> LensOut {
        LensOut { nation: lens.nation, hours: lens.hours }
    }
}

/// Pay in the lens's nation: as published, and on the comparison basis.
#[derive(Serialize)]
pub struct PayOut {
    #[serde(flatten)]
    pub view: PayView,
    pub compared: Compared,
}

/// A role in brief: enough to list and link, with its pay and standing in the lens's nation.
#[derive(Serialize)]
pub struct RoleBrief<'a> {
    #[serde(skip)]
    pub ix: RoleIx,
    pub id: &'a str,
    pub title: &'a str,
    pub sector: Sector,
    pub family: Family,
    pub level: Option<Level>,
    pub presence: Presence,
    pub pay: Option<PayOut>,
}

fn role_brief<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleBrief<'a> {
    let r = c.role(ix);
    let pay = crate::pay::role_pay(c, r, lens.nation).map(|view| {
        let compared = view.compared(lens.hours).rounded();
        PayOut { view, compared }
    });
    RoleBrief {
        ix,
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
pub struct QualOut<'a> {
    #[serde(skip)]
    pub ix: QualIx,
    pub id: &'a str,
    pub name: &'a str,
    pub level: Option<u8>,
    pub kind: QualKind,
    pub scqf: Option<u8>,
    pub code: Option<&'a str>,
    pub duration: Option<&'a str>,
    pub nations: &'a [Nation],
}

fn qual(c: &Catalogue, ix: QualIx) -> QualOut<'_> {
    let q = c.qualification(ix);
    QualOut {
        ix,
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
pub struct ReqOut<'a> {
    pub any_of: Vec<QualOut<'a>>,
    pub in_nation: Vec<QualOut<'a>>,
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
pub struct LevelsOut {
    pub level: Option<Level>,
    pub career_framework: Option<u8>,
    pub cwp: Option<crate::model::CwpCategory>,
    pub afc: Option<String>,
    pub rqf_entry: Option<u8>,
}

#[derive(Serialize)]
pub struct RoleFull<'a> {
    #[serde(skip)]
    pub ix: RoleIx,
    pub id: &'a str,
    pub title: &'a str,
    pub aliases: &'a [String],
    pub keywords: &'a [String],
    pub sector: Sector,
    pub family: Family,
    pub settings: &'a [Setting],
    pub summary: &'a str,
    pub work: &'a str,
    pub values: &'a [String],
    pub entry: &'a [String],
    pub required: Vec<ReqOut<'a>>,
    pub desirable: Vec<QualOut<'a>>,
    pub registration: &'a [Registration],
    pub registration_note: &'a str,
    pub levels: LevelsOut,
    pub pay: Option<PayOut>,
    pub recorded_pay: &'a [crate::pay::Pay],
    pub nations: &'a [Nation],
    pub absent: &'a [Nation],
    pub presence: Presence,
    pub note: &'a str,
    pub sources: &'a [Source],
    pub reviewed: Date,
}

fn role_full<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleFull<'a> {
    let r = c.role(ix);
    let brief = role_brief(c, ix, lens);
    let l = &r.levels;
    RoleFull {
        ix,
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
pub enum Available {
    Yes(bool),
    No(Unavailable),
}

#[derive(Serialize)]
pub struct TimeOut {
    pub kind: &'static str,
    pub months: f64,
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
pub struct LevelChangeOut {
    pub scale: &'static str,
    pub from: Level,
    pub to: Level,
    pub delta: i16,
}

impl From<LevelChange> for LevelChangeOut {
    fn from(c: LevelChange) -> LevelChangeOut {
        LevelChangeOut { scale: crate::levels::SCALE, from: c.from, to: c.to, delta: c.delta() }
    }
}

#[derive(Serialize)]
pub struct StepOut<'a> {
    #[serde(skip)]
    pub ix: StepIx,
    pub from: RoleBrief<'a>,
    pub to: RoleBrief<'a>,
    pub crosses_sectors: bool,
    pub route: RouteKind,
    pub duration: Option<&'a Duration>,
    pub nations: &'a [Nation],
    pub available: Available,
    pub requires: Vec<ReqOut<'a>>,
    pub gains: Vec<QualOut<'a>>,
    pub funding: &'a str,
    pub note: &'a str,
    pub sources: &'a [Source],
    pub reviewed: Date,
}

fn step<'a>(c: &'a Catalogue, s: StepIx, lens: &Lens) -> StepOut<'a> {
    let st = c.step(s);
    StepOut {
        ix: s,
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
pub struct StepViewOut<'a> {
    /// The step as the domain saw it from the role, for wording.
    #[serde(skip)]
    pub view: StepView,
    #[serde(flatten)]
    pub step: StepOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<RoleBrief<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<RoleBrief<'a>>,
    pub level_change: Option<LevelChangeOut>,
    pub pay_change: Option<f64>,
    pub missing: Vec<ReqOut<'a>>,
    pub open_now: bool,
    pub time: TimeOut,
}

fn step_view<'a>(c: &'a Catalogue, v: &StepView, outward: bool, lens: &Lens) -> StepViewOut<'a> {
    let other = role_brief(c, v.other, lens);
    let (target, origin) = if outward { (Some(other), None) } else { (None, Some(other)) };
    StepViewOut {
        view: v.clone(),
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
            let matched = match h.field {
                Field::Title => &r.title,
                Field::Id => &r.id,
                Field::Alias => r.aliases.get(h.which).unwrap_or(&r.title),
                Field::Keyword => r.keywords.get(h.which).unwrap_or(&r.title),
            };
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<PathwayStepOut<'a>>>,
}

fn pathway_out<'a>(c: &'a Catalogue, p: &'a Pathway, lens: &Lens, with_steps: bool) -> PathwayOut<'a> {
    let steps = with_steps.then(|| {
        p.roles
            .windows(2)
            .flat_map(|pair| {
                let held = Held::default().in_role(c, pair[0]);
                c.steps_from(pair[0]).iter().filter(move |&&s| c.step(s).to == pair[1]).map(move |&s| {
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
