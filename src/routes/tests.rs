//! Route finding on small graphs built for each question.
use super::*;
use crate::data::{SourceFile, validate_files};
use crate::graph::{StepTime, next_steps, step_time, steps_into};
use std::fmt::Write as _;

const SRC: &str = "sources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";

/// Roles a..e at Career Framework levels 2..6 (so every step "up the alphabet" rises),
/// qualifications q1 (2 years) and q2, and the steps given as (from, to, duration, route,
/// extra TOML).
fn graph(steps: &[(&str, &str, &str, &str, &str)]) -> Catalogue {
    let mut text = String::new();
    let _ = write!(
        text,
        "[[qualification]]\nid = \"q1\"\nname = \"q1\"\nkind = \"award\"\nduration = \"2 years\"\n{SRC}\n"
    );
    let _ = write!(text, "[[qualification]]\nid = \"q2\"\nname = \"q2\"\nkind = \"award\"\n{SRC}\n");
    for (i, r) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        let _ = write!(
            text,
            "[[role]]\nid = \"{r}\"\ntitle = \"Role {r}\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{SRC}[role.levels]\ncareer_framework = {}\n\n",
            2 + i
        );
    }
    for (from, to, duration, route, extra) in steps {
        let duration = if duration.is_empty() { String::new() } else { format!("duration = \"{duration}\"\n") };
        let _ =
            write!(text, "[[step]]\nfrom = \"{from}\"\nto = \"{to}\"\nroute = \"{route}\"\n{duration}{extra}\n{SRC}\n");
    }
    let report = validate_files(vec![SourceFile { path: "g.toml".into(), text }], Vec::new());
    let errors: Vec<String> =
        report.diagnostics.iter().filter(|d| d.is_error()).map(std::string::ToString::to_string).collect();
    report.catalogue.unwrap_or_else(|| panic!("fixture invalid: {errors:?}"))
}

fn ids(c: &Catalogue, r: &Route) -> String {
    r.roles(c).iter().map(|&ix| c.role(ix).id.as_str()).collect::<Vec<_>>().join(">")
}

fn role(c: &Catalogue, id: &str) -> RoleIx {
    c.role_by_id(id).expect("role in fixture")
}

fn find(c: &Catalogue, from: &str, to: &str, max: usize) -> Vec<String> {
    routes(c, role(c, from), role(c, to), &Held::default(), &Lens::default(), max).iter().map(|r| ids(c, r)).collect()
}

#[test]
fn routes_rank_by_time_and_terminate_on_cycles() {
    let c = graph(&[
        ("a", "b", "6 months", "in-work", ""),
        ("b", "a", "1 month", "in-work", ""),
        ("b", "c", "6 months", "in-work", ""),
        ("c", "b", "1 month", "in-work", ""),
        ("c", "a", "1 month", "in-work", ""),
        ("a", "c", "24 months", "apprenticeship", ""),
    ]);
    assert_eq!(find(&c, "a", "c", 10), ["a>b>c", "a>c"]);
    let best = &routes(&c, role(&c, "a"), role(&c, "c"), &Held::default(), &Lens::default(), 1)[0];
    assert_eq!(best.months, 12.0);
}

#[test]
fn no_step_is_free_and_estimates_say_so() {
    let c = graph(&[
        ("a", "b", "", "in-work", "requires = [\"q1\"]\n"),
        ("b", "c", "", "direct-application", ""),
        ("c", "d", "", "university", "gains = [\"q1\"]\n"),
        ("d", "e", "", "accelerated", "gains = [\"q1\"]\n"),
    ]);
    let none = Held::default();
    let lens = Lens::default();
    assert_eq!(step_time(&c, StepIx(0), &none, &lens, &[]), StepTime::Estimated(24.0));
    assert_eq!(step_time(&c, StepIx(1), &none, &lens, &[]), StepTime::Default(3.0));
    assert_eq!(step_time(&c, StepIx(2), &none, &lens, &[]), StepTime::Course(24.0));
    // A shortened course is not estimated from the full course's length.
    assert_eq!(step_time(&c, StepIx(3), &none, &lens, &[]), StepTime::Default(24.0));
    assert!(StepTime::Default(3.0).describe(c.step(StepIx(1))).contains("rough estimate"));
}

#[test]
fn a_qualification_spanning_two_steps_is_counted_once() {
    // Starting the course is estimated from its length; the step that finishes it records
    // the same course, so only what is left of it counts.
    let c = graph(&[
        ("a", "b", "", "apprenticeship", "gains = [\"q1\"]\n"),
        ("b", "c", "30 months", "apprenticeship", "gains = [\"q1\"]\n"),
    ]);
    let found = routes(&c, role(&c, "a"), role(&c, "c"), &Held::default(), &Lens::default(), 1);
    assert_eq!(found[0].times[0], StepTime::Course(24.0));
    assert_eq!(found[0].times[1], StepTime::Shortened { months: 6.0, recorded: 30.0 });
    assert_eq!(found[0].months, 30.0);
}

#[test]
fn sideways_moves_cost_and_are_limited_to_one() {
    // b and c are both level 3 here: b>c is sideways.
    let mut c = graph(&[
        ("a", "b", "1 month", "in-work", ""),
        ("b", "c", "1 month", "in-work", ""),
        ("c", "d", "1 month", "in-work", ""),
        ("a", "d", "10 months", "in-work", ""),
        ("b", "e", "1 month", "in-work", ""),
        ("e", "d", "1 month", "in-work", ""),
    ]);
    c.roles[2].levels.career_framework = Some(3);
    c.roles[4].levels.career_framework = Some(3);
    c.roles[1].levels.career_framework = Some(3);
    // a>b>c>d takes 3 months but b>c is sideways (+6); a>d takes 10; a>b>e>d differs
    // from the first only in its sideways role, so it is the same advice, shown once.
    let got = find(&c, "a", "d", 5);
    assert_eq!(got, ["a>b>c>d", "a>d"]);
    let r = &routes(&c, role(&c, "a"), role(&c, "d"), &Held::default(), &Lens::default(), 1)[0];
    assert_eq!((r.sideways, r.rank_months()), (1, 9.0));
    // With no sideways move allowed, only the direct step is left.
    let strict = RouteOptions { max_sideways: 0, ..RouteOptions::new(5) };
    let found = routes_with(&c, role(&c, "a"), role(&c, "d"), &Held::default(), &Lens::default(), &strict);
    assert_eq!(found.iter().map(|r| ids(&c, r)).collect::<Vec<_>>(), ["a>d"]);
}

#[test]
fn routes_differing_only_by_a_sideways_role_are_one_route() {
    let mut c = graph(&[
        ("a", "b", "1 month", "in-work", ""),
        ("a", "c", "1 month", "in-work", ""),
        ("b", "d", "6 months", "in-work", ""),
        ("c", "d", "6 months", "in-work", ""),
    ]);
    // b and c are sideways from a (same level).
    c.roles[1].levels.career_framework = Some(2);
    c.roles[2].levels.career_framework = Some(2);
    assert_eq!(find(&c, "a", "d", 5).len(), 1);
}

#[test]
fn via_and_kind_narrow_the_routes() {
    let c = graph(&[
        ("a", "b", "1 month", "in-work", ""),
        ("b", "e", "1 month", "in-work", ""),
        ("a", "c", "1 month", "apprenticeship", ""),
        ("c", "e", "1 month", "university", ""),
        ("a", "d", "1 month", "apprenticeship", ""),
        ("d", "e", "6 months", "apprenticeship", ""),
    ]);
    let (a, e) = (role(&c, "a"), role(&c, "e"));
    let lens = Lens::default();
    let with = |via: Option<&str>, filter: Option<RouteFilter>| -> Vec<String> {
        let options = RouteOptions { via: via.map(|v| role(&c, v)), filter, ..RouteOptions::new(5) };
        routes_with(&c, a, e, &Held::default(), &lens, &options).iter().map(|r| ids(&c, r)).collect()
    };
    assert_eq!(with(Some("c"), None), ["a>c>e"]);
    assert_eq!(with(None, Some(RouteFilter::Apprenticeship)), ["a>d>e"]);
    assert_eq!(with(None, Some(RouteFilter::University)), ["a>c>e"]);
    assert_eq!(with(None, Some(RouteFilter::InWork)), ["a>b>e"]);
    assert_eq!(with(None, Some(RouteFilter::EarnWhileYouLearn)), ["a>b>e", "a>d>e"]);
}

#[test]
fn missing_requirements_accumulate_and_choices_count() {
    let c = graph(&[
        ("a", "b", "1 month", "in-work", "requires = [\"q1\"]\n"),
        ("b", "c", "1 month", "in-work", "requires_any = [[\"q1\", \"q2\"]]\n"),
    ]);
    let q2 = c.qualification_by_id("q2").expect("q2");
    let found = routes(&c, role(&c, "a"), role(&c, "c"), &Held::new([q2]), &Lens::default(), 1);
    assert_eq!(found[0].missing[0].len(), 1);
    assert!(found[0].missing[1].is_empty(), "q2 meets the choice, and q1 is gained anyway");
    let next = next_steps(&c, role(&c, "b"), &Held::new([q2]), &Lens::default());
    assert!(next[0].open_now());
    assert_eq!(steps_into(&c, role(&c, "b"), &Held::default(), &Lens::default()).len(), 1);
}

#[test]
fn dense_cyclic_graphs_stay_bounded() {
    let names = ["a", "b", "c", "d", "e"];
    let mut steps = Vec::new();
    for x in names {
        for y in names {
            if x != y {
                steps.push((x, y, "1 month", "in-work", ""));
            }
        }
    }
    let c = graph(&steps);
    let lens = Lens::default();
    let limited = RouteOptions {
        max_sideways: 8,
        limits: RouteLimits { max_steps: 2, max_expansions: 10 },
        ..RouteOptions::new(1000)
    };
    let found = routes_with(&c, role(&c, "a"), role(&c, "e"), &Held::default(), &lens, &limited);
    assert!(!found.is_empty() && found.len() <= 4);
}

#[test]
fn a_route_that_only_adds_stops_to_a_better_one_is_not_offered() {
    let mut c = graph(&[
        ("a", "b", "1 month", "in-work", ""),
        ("b", "e", "12 months", "in-work", ""),
        ("b", "c", "1 month", "in-work", "gains = [\"q2\"]\n"),
        ("c", "e", "12 months", "in-work", ""),
        ("a", "d", "1 month", "apprenticeship", ""),
        ("d", "e", "14 months", "apprenticeship", ""),
    ]);
    // c is not placed on the Career Framework: a>b>c>e only adds a stop to a>b>e. a>d>e is
    // another kind of route, so it stays.
    c.roles[2].levels.career_framework = None;
    assert_eq!(find(&c, "a", "e", 5), ["a>b>e", "a>d>e"]);
    // Where the added stop is a rise, the longer route is a real alternative.
    c.roles[2].levels.career_framework = Some(5);
    assert_eq!(find(&c, "a", "e", 5), ["a>b>e", "a>b>c>e", "a>d>e"]);
}

mod reference;
mod same;
