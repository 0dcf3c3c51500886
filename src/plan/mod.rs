//! The written plan a client takes home from an adviser's session: where they are, their
//! goal, the chosen route step by step (what each step needs, what they still need, time,
//! funding, pay), the options they considered, next actions, the adviser's notes, sources
//! and a glossary.
//!
//! [`build`] lays the plan out as a [`Plan`] of plain words (every phrase for a fact comes
//! from [`crate::wording`] or the domain module that owns it); [`markdown`] and [`html`]
//! only arrange those words. Nothing here knows about the terminal.

mod glossary;
mod html;
mod markdown;

use serde::Serialize;

pub use html::html;
pub use markdown::markdown;

use crate::graph::{StepTime, about_months};
use crate::lens::Lens;
use crate::model::{Catalogue, Date, RoleIx, RouteKind, Source};
use crate::requirements::{Held, Requirement};
use crate::routes::{Category, Route, RouteOptions, charges_fees, routes_with};
use crate::session::{Session, notes_lines};
use crate::text::clean;
use crate::wording::{self, PayWords};

/// The two ways a plan is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// To paste into an email or a case record.
    Markdown,
    /// One self-contained page, ready to print on A4.
    Html,
}

impl Format {
    pub const KEYS: [&'static str; 2] = ["markdown", "html"];

    pub fn from_key(key: &str) -> Option<Format> {
        match key {
            "markdown" | "md" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

/// The plan written out in `format`.
pub fn render(plan: &Plan, format: Format) -> String {
    match format {
        Format::Markdown => markdown(plan),
        Format::Html => html(plan),
    }
}

/// A plan, in words, ready to arrange. Text here is clean (no control characters) but not
/// escaped: each renderer escapes for its own format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// "Career plan for Sam Jones", or "Career plan" with no client named.
    pub title: String,
    pub client: Option<String>,
    /// The day the plan was made: "1 December 2026".
    pub made: String,
    /// When the facts it uses were last checked: "30 November 2026", or a span of days.
    pub reviewed: String,
    pub nation: String,
    /// "22.5 hours a week", or "full time (37.5 hours a week)".
    pub hours: String,
    pub now: Now,
    pub goal: Option<Goal>,
    pub route: Option<RoutePlan>,
    /// The shortlist, compared.
    pub alternatives: Vec<Alternative>,
    /// Other routes to the goal, one line each.
    pub other_routes: Vec<String>,
    pub actions: Vec<String>,
    /// What matters to the client, and how the goal meets each of it, in words.
    pub matters: Vec<String>,
    /// The adviser's notes, one paragraph a line.
    pub notes: Vec<String>,
    pub sources: Vec<Cited>,
    pub glossary: Vec<Term>,
}

/// Where the client is now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Now {
    /// The current role's title; `None` when the session has none.
    pub role: Option<String>,
    pub level: Option<String>,
    pub pay: Option<PlanPay>,
    /// What they said they hold.
    pub holds: Vec<String>,
    /// What their role implies they hold.
    pub from_role: Option<String>,
}

/// The role they are aiming for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    pub role: String,
    pub summary: String,
    pub level: String,
    pub pay: PlanPay,
    pub registration: String,
}

/// Pay in a role, or what to ask where there is no figure, with its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanPay {
    pub words: Option<PayWords>,
    /// What to ask: instead of figures when none are recorded, or after figures that have
    /// no source.
    pub unknown: Option<String>,
    pub sources: Vec<usize>,
}

/// The chosen route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutePlan {
    /// "apprenticeship route".
    pub kind: String,
    /// "about 4.2 years".
    pub total: String,
    /// How many steps' times are estimates.
    pub estimated: usize,
    /// Why it ranks where it does, in words.
    pub summary: String,
    /// Said when the route chosen in the session could not be found again.
    pub note: Option<String>,
    pub steps: Vec<PlanStep>,
}

/// One step of the route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanStep {
    pub number: usize,
    pub from: String,
    pub to: String,
    /// How the step is made: "Apprenticeship".
    pub how: String,
    pub time: String,
    pub estimate: bool,
    pub needs: String,
    /// What of that is still missing; `None` when the step needs nothing.
    pub still_needed: Option<String>,
    pub funding: String,
    pub level: String,
    pub registration: String,
    /// "moves from social care into health", when it crosses.
    pub crossing: Option<String>,
    pub pay: PlanPay,
    pub note: String,
    pub sources: Vec<usize>,
}

/// A shortlisted role, compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    pub role: String,
    pub level: String,
    pub pay: PlanPay,
    /// "about 3 years, university route", or why there is none.
    pub route: String,
}

/// A source, numbered in the order the plan first cites it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cited {
    pub number: usize,
    pub url: String,
    pub supports: String,
}

/// A term the plan uses, explained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    pub term: String,
    pub meaning: String,
}

/// Lays out the plan for `session`, dated `today`.
pub fn build(c: &Catalogue, session: &Session, today: Date) -> Plan {
    let lens = &session.lens;
    let mut b = Builder { c, lens, sources: Vec::new(), reviewed: Vec::new() };
    let client = session.client.as_deref().map(clean).filter(|s| !s.is_empty());
    let held = Held::new(session.held.iter().copied());
    let now = b.now(session, &held);
    let goal = session.target.map(|t| b.goal(t));
    let (route, others) = b.route(session, &held);
    let alternatives = session
        .shortlist
        .iter()
        .filter(|&&r| Some(r) != session.current && Some(r) != session.target)
        .map(|&r| b.alternative(session.current, r, &held))
        .collect();
    let other_routes = others.iter().map(|r| b.route_line(r)).collect();
    let actions = b.actions(session, route.as_ref().map(|(r, _)| r));
    let route = route.map(|(r, note)| b.route_plan(&r, note));
    let mut plan = Plan {
        title: client.as_ref().map_or_else(|| "Career plan".to_string(), |n| format!("Career plan for {n}")),
        client,
        made: wording::date_text(today),
        reviewed: b.reviewed_text(),
        nation: lens.nation.label().to_string(),
        hours: if lens.part_time() {
            format!("{} hours a week", crate::pay::trim_hours(lens.hours))
        } else {
            format!("full time ({} hours a week)", crate::pay::trim_hours(lens.hours))
        },
        now,
        goal,
        route,
        alternatives,
        other_routes,
        actions,
        matters: matters(c, session),
        notes: notes_lines(&session.notes),
        sources: b.sources,
        glossary: Vec::new(),
    };
    plan.glossary = glossary::terms(&plan);
    plan
}

/// What matters to the client: each statement, and with a goal, how the goal meets it.
fn matters(c: &Catalogue, session: &Session) -> Vec<String> {
    let Some(target) = session.target else {
        return session.matters.iter().map(|m| m.text.to_string()).collect();
    };
    let query = crate::fit::Query {
        choices: session.matters.clone(),
        from: session.current,
        held: Held::new(session.held.iter().copied()),
    };
    let ranking = crate::fit::rank(c, &query, &session.lens);
    match ranking.fits.iter().find(|f| f.role == target) {
        Some(fit) => fit.reasons.iter().map(crate::fit::words::reason).collect(),
        None => session.matters.iter().map(|m| m.text.to_string()).collect(),
    }
}

/// Builds a plan, citing sources and noting review dates as it goes.
struct Builder<'a> {
    c: &'a Catalogue,
    lens: &'a Lens,
    sources: Vec<Cited>,
    reviewed: Vec<Date>,
}

impl Builder<'_> {
    fn cite<'s>(&mut self, sources: impl IntoIterator<Item = &'s Source>) -> Vec<usize> {
        let mut numbers = Vec::new();
        for s in sources {
            let n = if let Some(c) = self.sources.iter().find(|c| *c.url == *s.url) {
                c.number
            } else {
                let number = self.sources.len() + 1;
                self.sources.push(Cited { number, url: s.url.to_string(), supports: s.supports.to_string() });
                number
            };
            if !numbers.contains(&n) {
                numbers.push(n);
            }
        }
        numbers
    }

    fn pay(&mut self, role: RoleIx) -> PlanPay {
        let r = self.c.role(role);
        let words = wording::pay_words(self.c, r, self.lens);
        let mut cited = crate::pay::sources(self.c, r, self.lens.nation);
        if cited.is_empty() && words.is_some() {
            // A figure with no source of its own: the role's sources about pay, if any.
            cited = r.sources.iter().filter(|s| s.supports.to_lowercase().contains("pay")).collect();
        }
        let sources = self.cite(cited);
        let unknown = match &words {
            None => Some(wording::pay_unknown_text(self.lens.nation)),
            Some(_) if sources.is_empty() => {
                Some("no source is recorded for this figure: check it with the employer".to_string())
            }
            Some(_) => None,
        };
        PlanPay { words, unknown, sources }
    }

    /// The level, and what to ask where it is not known.
    fn level(&self, role: RoleIx) -> String {
        let text = wording::level_text(self.c, role);
        if self.c.level(role).is_none() { format!("{text}: ask the employer how the post is graded") } else { text }
    }

    fn now(&mut self, session: &Session, held: &Held) -> Now {
        let holds = held.sorted().into_iter().map(|q| wording::qual_name(self.c, q)).collect();
        let Some(role) = session.current else {
            return Now { role: None, level: None, pay: None, holds, from_role: None };
        };
        let r = self.c.role(role);
        self.reviewed.push(r.reviewed);
        let from_role =
            (!r.required.is_empty()).then(|| wording::requirements_text(self.c, &r.required, self.lens.nation));
        Now { role: Some(r.title.clone()), level: Some(self.level(role)), pay: Some(self.pay(role)), holds, from_role }
    }

    fn goal(&mut self, target: RoleIx) -> Goal {
        let r = self.c.role(target);
        self.reviewed.push(r.reviewed);
        Goal {
            role: r.title.clone(),
            summary: r.summary.to_string(),
            level: self.level(target),
            pay: self.pay(target),
            registration: wording::registration_text(r, self.lens.nation),
        }
    }

    /// The route to show, with a note when the session's own could not be found again, and
    /// up to two other routes.
    fn route(&mut self, session: &Session, held: &Held) -> (Option<(Route, Option<String>)>, Vec<Route>) {
        let (Some(from), Some(to)) = (session.current, session.target) else { return (None, Vec::new()) };
        let found = routes_with(self.c, from, to, held, self.lens, &RouteOptions::new(3));
        let chosen = match &session.route {
            Some(chosen) => match chosen.find(self.c, held, self.lens) {
                Some(route) => Some((route, None)),
                None => found.first().cloned().map(|r| {
                    let note = format!(
                        "The route chosen in the session cannot be taken in {} as the data now stands, so this is the best route instead.",
                        self.lens.nation.label()
                    );
                    (r, Some(note))
                }),
            },
            None => found.first().cloned().map(|r| (r, None)),
        };
        let shown = chosen.as_ref().map(|(r, _)| r.roles(self.c));
        let others = found.into_iter().filter(|r| Some(r.roles(self.c)) != shown).take(2).collect();
        (chosen, others)
    }

    fn route_plan(&mut self, route: &Route, note: Option<String>) -> RoutePlan {
        let c = self.c;
        let mut steps = Vec::new();
        for (i, ((&ix, missing), &time)) in route.steps.iter().zip(&route.missing).zip(&route.times).enumerate() {
            let s = c.step(ix);
            let (from, to) = (c.role(s.from), c.role(s.to));
            self.reviewed.extend([s.reviewed, to.reviewed]);
            let mut sources = self.cite(&s.sources);
            // An estimate is only as good as the course lengths it is made from.
            let estimated_from: Vec<&Source> = match time {
                StepTime::Course(_) => s.gains.iter().flat_map(|&q| &c.qualification(q).sources).collect(),
                StepTime::Estimated(_) => missing
                    .iter()
                    .flat_map(|r| crate::requirements::options(c, r, Some(self.lens.nation)))
                    .flat_map(|q| &c.qualification(q).sources)
                    .collect(),
                _ => Vec::new(),
            };
            for n in self.cite(estimated_from) {
                if !sources.contains(&n) {
                    sources.push(n);
                }
            }
            let crossing = c.crosses_sectors(s).then(|| {
                format!("moves from {} into {}", from.sector.label().to_lowercase(), to.sector.label().to_lowercase())
            });
            steps.push(PlanStep {
                number: i + 1,
                from: from.title.clone(),
                to: to.title.clone(),
                how: s.route.label().to_string(),
                time: time.describe(s),
                estimate: time.is_estimate(),
                needs: wording::requirements_text(c, &s.requires, self.lens.nation),
                still_needed: (!s.requires.is_empty()).then(|| still_needed(c, missing, &s.requires, self.lens)),
                funding: funding(&s.funding, s.route),
                level: wording::level_change_text(crate::levels::change(&c.reference.level_rows, from, to)),
                registration: wording::registration_text(to, self.lens.nation),
                crossing,
                pay: self.pay(s.to),
                note: s.note.to_string(),
                sources,
            });
        }
        let kind = format!("{} route", Category::of(c, route).label());
        RoutePlan {
            kind,
            total: about_months(route.months),
            estimated: route.estimated(),
            summary: route.why(c),
            note,
            steps,
        }
    }

    /// "Care worker → Senior care worker → Registered nurse (adult): university route, about 3.8 years".
    fn route_line(&self, route: &Route) -> String {
        let titles: Vec<&str> = route.roles(self.c).into_iter().map(|r| self.c.role(r).title.as_str()).collect();
        format!("{}: {} route, {}", titles.join(" → "), Category::of(self.c, route).label(), about_months(route.months))
    }

    fn alternative(&mut self, current: Option<RoleIx>, role: RoleIx, held: &Held) -> Alternative {
        self.reviewed.push(self.c.role(role).reviewed);
        let route = match current {
            Some(from) => match routes_with(self.c, from, role, held, self.lens, &RouteOptions::new(1)).first() {
                Some(r) => {
                    let open = if r.open_now() { ", open now" } else { "" };
                    format!("{}, {} route{open}", about_months(r.months), Category::of(self.c, r).label())
                }
                None => format!(
                    "no route from {} in {} in the data: ask your adviser how to get there",
                    self.c.role(from).title,
                    self.lens.nation.label()
                ),
            },
            None => "add your current role to see the route".into(),
        };
        Alternative { role: self.c.role(role).title.clone(), level: self.level(role), pay: self.pay(role), route }
    }

    fn actions(&self, session: &Session, route: Option<&Route>) -> Vec<String> {
        let c = self.c;
        let nation = self.lens.nation;
        let mut actions = Vec::new();
        match (session.current, session.target, route) {
            (None, _, _) => actions.push("Tell your adviser your current role, so the plan can show a route.".into()),
            (_, None, _) => {
                actions.push("Choose a goal with your adviser; the options you considered are above.".into());
            }
            (Some(_), Some(_), None) => actions.push(format!(
                "The data has no route to your goal in {}: ask your adviser about other ways in.",
                nation.label()
            )),
            (Some(_), Some(_), Some(route)) => {
                let mut seen: Vec<&Requirement> = Vec::new();
                for (n, missing) in route.missing.iter().enumerate() {
                    for req in missing {
                        if seen.contains(&req) {
                            continue;
                        }
                        seen.push(req);
                        let to = c.role(c.step(route.steps[n]).to);
                        actions.push(format!(
                            "Gain {} before step {} ({}): ask a local college or training provider about courses.",
                            crate::requirements::describe(c, req, Some(nation)),
                            n + 1,
                            to.title
                        ));
                    }
                }
                if let Some(&first) = route.steps.first() {
                    actions.push(first_move(c, first));
                }
                let unrecorded = &route.not_recorded;
                if !unrecorded.is_empty() {
                    actions.push(format!(
                        "Check with local employers that these roles exist in {}: {}.",
                        nation.label(),
                        unrecorded.join(", ")
                    ));
                }
            }
        }
        actions.push("Keep this plan, and bring it to your next careers appointment.".into());
        actions
    }

    fn reviewed_text(&self) -> String {
        let (Some(first), Some(last)) = (self.reviewed.iter().min(), self.reviewed.iter().max()) else {
            return "not checked: the plan names no roles".into();
        };
        if first == last {
            wording::date_text(*first)
        } else {
            format!("between {} and {}", wording::date_text(*first), wording::date_text(*last))
        }
    }
}

/// What is still missing, or that nothing is, or all of it.
fn still_needed(c: &Catalogue, missing: &[Requirement], requires: &[Requirement], lens: &Lens) -> String {
    if missing.is_empty() {
        "nothing: you hold everything it needs".into()
    } else if missing == requires {
        "all of it".into()
    } else {
        wording::requirements_text(c, missing, lens.nation)
    }
}

/// The step's funding as the data records it, or what to ask.
fn funding(recorded: &str, kind: RouteKind) -> String {
    if !recorded.is_empty() {
        recorded.to_string()
    } else if charges_fees(kind) {
        "This kind of course usually charges tuition fees, often covered by a student loan: ask the university about fees, loans and bursaries.".into()
    } else {
        "No funding is recorded for this step: ask the employer or training provider who pays for any training.".into()
    }
}

/// The first thing to do for the route's first step.
fn first_move(c: &Catalogue, step: crate::model::StepIx) -> String {
    let s = c.step(step);
    let to = &c.role(s.to).title;
    let course = if s.gains.is_empty() { None } else { Some(wording::qual_list(c, &s.gains)) };
    match (s.route, course) {
        (RouteKind::DirectApplication | RouteKind::TraineePost, _) => format!("Look for {to} posts and apply."),
        (RouteKind::InWork, _) => format!("Talk to your manager about moving up to {to}."),
        (RouteKind::Apprenticeship, Some(course)) => {
            format!("Ask your employer, or employers near you, about the apprenticeship: {course}.")
        }
        (RouteKind::Apprenticeship, None) => {
            format!("Ask your employer, or employers near you, about an apprenticeship towards {to}.")
        }
        (_, Some(course)) => format!("Look up courses for {course} and check their entry requirements."),
        (_, None) => format!("Look up courses that lead to {to} and check their entry requirements."),
    }
}

impl PlanPay {
    /// The figures in one sentence, without the source numbers: "£32,073-£39,043 a year
    /// full time; £19,244-£23,426 a year at 22.5 hours a week (£16.40-£19.97 an hour).
    /// Agenda for Change band 5, England, 2026/27."
    pub fn text(&self) -> String {
        match (&self.words, &self.unknown) {
            (Some(w), ask) => {
                let at_hours = w.at_hours.as_ref().map(|h| format!("; {h}")).unwrap_or_default();
                let ask = ask.as_ref().map(|a| format!(" {}.", capitalised(a))).unwrap_or_default();
                format!("{}{at_hours} ({}). {}.{ask}", w.full_time, w.hourly, capitalised(&w.basis))
            }
            (None, Some(unknown)) => format!("{}.", capitalised(unknown)),
            (None, None) => String::new(),
        }
    }
}

impl PlanPay {
    /// The figures alone, for a comparison: "£24,931 a year full time; £14,959 a year at
    /// 22.5 hours a week", or what to ask.
    pub fn short(&self) -> String {
        let ask = self.unknown.as_ref().map(|a| capitalised(a) + ".");
        match (&self.words, ask) {
            (Some(w), ask) => {
                let at_hours = w.at_hours.as_ref().map(|h| format!("; {h}")).unwrap_or_default();
                let ask = ask.map(|a| format!(". {a}")).unwrap_or_default();
                format!("{}{at_hours}{ask}", w.full_time)
            }
            (None, ask) => ask.unwrap_or_default(),
        }
    }
}

/// The text with its first letter in capitals, for a sentence that starts with a phrase.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
