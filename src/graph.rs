//! Queries over the step graph: next steps from a role, steps into it, and how long a step
//! takes for someone holding what they hold. Route finding is in [`crate::routes`].
//!
//! Every query is seen through a [`Lens`]: the nation decides which steps can be taken and
//! which qualifications count, and the hours decide the pay figures.

pub use crate::requirements::Held;
pub use crate::routes::{Route, RouteFilter, RouteLimits, RouteOptions, routes, routes_with};

use crate::lens::Lens;
use crate::levels::{self, LevelChange};
use crate::model::{Catalogue, Duration, Nation, QualIx, RoleIx, RouteKind, Step, StepIx};
use crate::nations::{self, Unavailable};
use crate::requirements::{self, Requirement};

/// One step seen from a role: where it leads (or comes from) and what it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub step: StepIx,
    /// The role at the other end: the target for next steps, the origin for steps in.
    pub other: RoleIx,
    /// Health to social care or back.
    pub crosses: bool,
    /// Change in level on the Career Framework.
    pub level_change: Option<LevelChange>,
    /// Change in annual pay for the lens's hours, midpoint to midpoint, in the lens's nation.
    pub pay_change: Option<f64>,
    /// Requirements not yet met.
    pub missing: Vec<Requirement>,
    /// How long the step takes for this person.
    pub time: StepTime,
    /// Why the step cannot be taken in the nation in view, if it cannot.
    pub unavailable: Option<Unavailable>,
}

impl StepView {
    /// True when nothing the step requires is missing and it can be taken in the nation.
    pub fn open_now(&self) -> bool {
        self.missing.is_empty() && self.unavailable.is_none()
    }
}

fn view(catalogue: &Catalogue, step: StepIx, other: RoleIx, held: &Held, lens: &Lens) -> StepView {
    let s = catalogue.step(step);
    let (from, to) = (catalogue.role(s.from), catalogue.role(s.to));
    StepView {
        step,
        other,
        crosses: catalogue.crosses_sectors(s),
        level_change: levels::change(&catalogue.reference.level_rows, from, to),
        pay_change: crate::pay::change(catalogue, from, to, lens.nation, lens.hours),
        missing: held.missing(catalogue, &s.requires, Some(lens.nation)),
        time: step_time(catalogue, step, held, lens, &[]),
        unavailable: nations::step_available(catalogue, s, lens.nation).err(),
    }
}

/// Every step out of `role`: steps that can be taken in the nation first, open ones first
/// among them, then by time, then by title. `held` is what the person holds beyond what
/// their role requires.
pub fn next_steps(catalogue: &Catalogue, role: RoleIx, held: &Held, lens: &Lens) -> Vec<StepView> {
    let held = held.in_role(catalogue, role);
    let mut views: Vec<StepView> =
        catalogue.steps_from(role).iter().map(|&s| view(catalogue, s, catalogue.step(s).to, &held, lens)).collect();
    views.sort_by(|a, b| {
        let key = |v: &StepView| (v.unavailable.is_some(), !v.open_now(), tenths(v.time.months()));
        key(a).cmp(&key(b)).then_with(|| catalogue.role(a.other).title.cmp(&catalogue.role(b.other).title))
    });
    views
}

/// Every step into `role`, by the title of the role it comes from. Missing qualifications
/// are judged for someone in that other role.
pub fn steps_into(catalogue: &Catalogue, role: RoleIx, held: &Held, lens: &Lens) -> Vec<StepView> {
    let mut views: Vec<StepView> = catalogue
        .steps_into(role)
        .iter()
        .map(|&s| {
            let from = catalogue.step(s).from;
            view(catalogue, s, from, &held.in_role(catalogue, from), lens)
        })
        .collect();
    views.sort_by(|a, b| {
        (a.unavailable.is_some(), &catalogue.role(a.other).title)
            .cmp(&(b.unavailable.is_some(), &catalogue.role(b.other).title))
    });
    views
}

/// How long a step takes. No step is free: where the data records no duration the time is
/// estimated, and every view says so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StepTime {
    /// The step's own typical duration, in months.
    Recorded(f64),
    /// The step's recorded duration less study already counted at an earlier step of the
    /// route (a qualification that spans two steps is counted once).
    Shortened { months: f64, recorded: f64 },
    /// No duration on the step: the longest of the times to gain the requirements not yet
    /// met, each by its quickest option in the nation.
    Estimated(f64),
    /// No duration on the step and nothing to gain first: the typical length of the course
    /// or apprenticeship the step is made by.
    Course(f64),
    /// Nothing to estimate from: carepath's default for this kind of step
    /// (see [`default_months`]).
    Default(f64),
}

impl StepTime {
    pub fn months(self) -> f64 {
        match self {
            StepTime::Recorded(m) | StepTime::Estimated(m) | StepTime::Course(m) | StepTime::Default(m) => m,
            StepTime::Shortened { months, .. } => months,
        }
    }

    /// True when the figure is not the step's own recorded duration.
    pub fn is_estimate(self) -> bool {
        matches!(self, StepTime::Estimated(_) | StepTime::Course(_) | StepTime::Default(_))
    }

    /// The step's time in words, saying where the figure comes from.
    pub fn describe(self, step: &Step) -> String {
        match (self, &step.duration) {
            (StepTime::Recorded(_), Some(d)) => format!("typical duration {}", d.text),
            (StepTime::Recorded(m), None) => about_months(m),
            (StepTime::Shortened { recorded: 0.0, .. }, _) => {
                "no extra time: the course it is made by was counted at an earlier step".into()
            }
            (StepTime::Shortened { months, recorded }, _) => format!(
                "{} (typically {}; the qualification was already counted at an earlier step)",
                about_months(months),
                about_months(recorded).trim_start_matches("about ")
            ),
            (StepTime::Estimated(m), _) => {
                format!("{}, estimated from the qualifications it needs", about_months(m))
            }
            (StepTime::Course(m), _) => {
                format!("{}, estimated from the typical length of the course it is made by", about_months(m))
            }
            (StepTime::Default(m), _) => format!(
                "{}, a rough estimate: no duration recorded, so carepath assumes a typical {} step",
                about_months(m),
                step.route.label().to_lowercase()
            ),
        }
    }
}

/// The months carepath assumes for a step with no recorded duration and nothing to estimate
/// from. Rough on purpose, documented in the README, and always labelled as an estimate.
pub fn default_months(kind: RouteKind) -> f64 {
    match kind {
        // Applying, interviews and pre-employment checks.
        RouteKind::DirectApplication => 3.0,
        // Experience and in-house training before promotion; a post-registration course.
        RouteKind::InWork | RouteKind::PostRegistration => 12.0,
        RouteKind::Apprenticeship => 18.0,
        RouteKind::University => 36.0,
        RouteKind::Accelerated | RouteKind::TraineePost => 24.0,
    }
}

/// "about 9 months", "about 3 years", "about 4.2 years".
pub fn about_months(m: f64) -> String {
    if m >= 24.0 {
        let years = m / 12.0;
        if (years - years.round()).abs() < 0.05 {
            format!("about {} years", years.round())
        } else {
            format!("about {years:.1} years")
        }
    } else {
        format!("about {} months", m.round())
    }
}

/// Months to gain a requirement by its quickest option offered in the nation, when any
/// option has a recorded duration.
/// Unknown when any option has no recorded duration: the quickest way might be that one,
/// and an estimate from the slow option alone would overstate the time.
pub fn requirement_months(catalogue: &Catalogue, req: &Requirement, lens: &Lens) -> Option<f64> {
    let months: Option<Vec<f64>> = requirements::options(catalogue, req, Some(lens.nation))
        .into_iter()
        .map(|q| catalogue.qualification(q).duration.as_ref().map(Duration::typical_months))
        .collect();
    months?.into_iter().min_by(f64::total_cmp)
}

/// The time a step takes for someone holding `held`. `counted` lists requirements whose
/// study time an earlier step of a route already counted, with the months counted.
pub fn step_time(
    catalogue: &Catalogue,
    step: StepIx,
    held: &Held,
    lens: &Lens,
    counted: &[(Requirement, f64)],
) -> StepTime {
    let s = catalogue.step(step);
    let credits = counted.iter().filter(|(r, _)| spans(s, r)).map(|(_, m)| *m);
    step_time_by(catalogue, step, held, lens, credits, |i| requirement_months(catalogue, &s.requires[i], lens))
}

/// What a step's time asks of what a person holds: [`Held`] itself, or route finding's view
/// of it along a partial route, which is never copied out (see `routes::search`).
pub(crate) trait Holds {
    fn holds(&self, qual: QualIx) -> bool;
    fn meets(&self, catalogue: &Catalogue, req: &Requirement, nation: Nation) -> bool;
}

impl Holds for Held {
    fn holds(&self, qual: QualIx) -> bool {
        self.contains(qual)
    }

    fn meets(&self, catalogue: &Catalogue, req: &Requirement, nation: Nation) -> bool {
        Held::meets(self, catalogue, req, Some(nation))
    }
}

/// True when study counted for `counted` at an earlier step is part of step `s`: it
/// requires the same thing, or is made by the course that gains it.
pub(crate) fn spans(s: &Step, counted: &Requirement) -> bool {
    s.requires.contains(counted) || matches!(counted.any_of[..], [q] if s.gains.contains(&q))
}

/// [`spans`] for the requirement of the one qualification `q`, without building it.
pub(crate) fn spans_one(s: &Step, q: QualIx) -> bool {
    s.requires.iter().any(|r| r.any_of[..] == [q]) || s.gains.contains(&q)
}

/// [`step_time`] for any way of holding: `credits` are the months of earlier counted study
/// that this step spans (see [`spans`]), in the order counted, and `months(i)` is
/// [`requirement_months`] of the step's `i`th requirement, which a caller may remember.
pub(crate) fn step_time_by(
    catalogue: &Catalogue,
    step: StepIx,
    held: &impl Holds,
    lens: &Lens,
    mut credits: impl Iterator<Item = f64>,
    mut months: impl FnMut(usize) -> Option<f64>,
) -> StepTime {
    let s = catalogue.step(step);
    if let Some(d) = &s.duration {
        let recorded = d.typical_months();
        let credit: f64 = credits.sum();
        return if credit > 0.0 {
            StepTime::Shortened { months: (recorded - credit).max(0.0), recorded }
        } else {
            StepTime::Recorded(recorded)
        };
    }
    let longest = s
        .requires
        .iter()
        .enumerate()
        .filter(|(_, r)| !held.meets(catalogue, r, lens.nation))
        .filter_map(|(i, _)| months(i))
        .max_by(f64::total_cmp);
    if let Some(m) = longest {
        return StepTime::Estimated(m);
    }
    // The course this step is made by was started, and counted, at an earlier step.
    if !s.gains.is_empty() && s.gains.iter().all(|&q| held.holds(q)) && credits.next().is_some() {
        return StepTime::Shortened { months: 0.0, recorded: 0.0 };
    }
    // A shortened course is shorter than the full one by an amount the data does not say.
    let course = (s.route != RouteKind::Accelerated)
        .then(|| {
            s.gains
                .iter()
                .filter(|&&q| !held.holds(q))
                .filter_map(|&q| catalogue.qualification(q).duration.as_ref().map(Duration::typical_months))
                .max_by(f64::total_cmp)
        })
        .flatten();
    match course {
        Some(m) => StepTime::Course(m),
        None => StepTime::Default(default_months(s.route)),
    }
}

/// Months in tenths, for exact ordering.
pub(crate) fn tenths(months: f64) -> u32 {
    (months * 10.0).round() as u32
}
