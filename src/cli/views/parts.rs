//! The pieces every command's view is made of: roles, qualifications, requirements,
//! steps, times and level changes, each as the JSON shape the README documents.

use serde::Serialize;

use crate::graph::{StepTime, StepView};
use crate::lens::Lens;
use crate::levels::{Level, LevelChange};
use crate::model::{
    Catalogue, Date, Duration, Family, Nation, QualIx, QualKind, Registration, RoleIx, RouteKind, Sector, Setting,
    Source, StepIx, Trait,
};
use crate::nations::{Presence, Unavailable};
use crate::pay::{Compared, PayView};
use crate::requirements::Requirement;

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

pub(super) fn role_brief<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleBrief<'a> {
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

pub(super) fn qual(c: &Catalogue, ix: QualIx) -> QualOut<'_> {
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

pub(super) fn quals<'a>(c: &'a Catalogue, list: &[QualIx]) -> Vec<QualOut<'a>> {
    list.iter().map(|&q| qual(c, q)).collect()
}

/// A requirement: any one of `any_of`; `in_nation` is what meets it in the nation in view.
#[derive(Serialize)]
pub struct ReqOut<'a> {
    pub any_of: Vec<QualOut<'a>>,
    pub in_nation: Vec<QualOut<'a>>,
}

pub(super) fn reqs<'a>(c: &'a Catalogue, list: &[Requirement], lens: &Lens) -> Vec<ReqOut<'a>> {
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
    /// What the work is like, as trait keys from the closed vocabulary (`carepath values`).
    pub character: Vec<Trait>,
    pub qualities: &'a [String],
    /// The values frameworks that apply in the nation in view.
    pub values_frameworks: Vec<&'a str>,
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

pub(super) fn role_full<'a>(c: &'a Catalogue, ix: RoleIx, lens: &Lens) -> RoleFull<'a> {
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
        character: r.character.as_ref().map(|ch| ch.traits.clone()).unwrap_or_default(),
        qualities: r.qualities(),
        values_frameworks: crate::values::frameworks_for(&c.reference.frameworks, r, lens.nation)
            .into_iter()
            .map(|f| f.name.as_str())
            .collect(),
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

pub(super) fn time(t: &StepTime) -> TimeOut {
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

pub(super) fn step<'a>(c: &'a Catalogue, s: StepIx, lens: &Lens) -> StepOut<'a> {
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

pub(super) fn step_view<'a>(c: &'a Catalogue, v: &StepView, outward: bool, lens: &Lens) -> StepViewOut<'a> {
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
