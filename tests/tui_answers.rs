//! The app gives the same answers as the command line on the national data: the nation
//! and hours are context for every screen, and routes follow them.

#![expect(clippy::float_cmp, reason = "published figures are compared exactly as published")]

mod tui_support;

use carepath::data::load_embedded;
use carepath::model::Nation;
use carepath::tui::{Action, App, Screen, ThemeName};
use tui_support::{press, type_text};

fn app() -> App {
    let catalogue = load_embedded().unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::new(catalogue, ThemeName::Default).unwrap_or_else(|e| panic!("{e}"));
    app.update(Action::Resize(120, 40));
    app
}

fn open(app: &mut App, query: &str, id: &str) {
    press(app, &["/"]);
    type_text(app, query);
    press(app, &["enter"]);
    let current = app.current_role().map(|r| app.catalogue().role(r).id.clone());
    assert_eq!(current.as_deref(), Some(id), "searching {query:?}");
}

#[test]
fn the_nation_setting_reaches_next_steps() {
    let mut app = app();
    open(&mut app, "healthcare support worker", "healthcare-support-worker");
    let rnda = |app: &App| {
        let cat = app.catalogue();
        app.next_steps()
            .iter()
            .find(|v| cat.role(v.other).id == "registered-nurse-adult" && cat.step(v.step).gains.len() == 1)
            .map(|v| v.unavailable.is_some())
    };
    assert_eq!(app.lens().nation, Nation::England);
    assert_eq!(rnda(&app), Some(false), "the degree apprenticeship can be taken in England");
    press(&mut app, &["N"]);
    assert_eq!(app.lens().nation, Nation::Scotland);
    assert_eq!(rnda(&app), Some(true), "but not in Scotland");
    assert!(app.message().is_some_and(|m| m.contains("Scotland")));
    // Steps that can be taken come first.
    let first_unavailable = app.next_steps().iter().position(|v| v.unavailable.is_some()).unwrap_or(usize::MAX);
    assert!(app.next_steps()[..first_unavailable.min(app.next_steps().len())].iter().all(|v| v.unavailable.is_none()));
}

#[test]
fn hours_change_the_pay_compared() {
    let mut app = app();
    open(&mut app, "care worker", "care-worker");
    press(&mut app, &["space"]);
    open(&mut app, "healthcare support worker", "healthcare-support-worker");
    press(&mut app, &["space", "3"]);
    assert_eq!(app.screen(), Screen::Compare);
    press(&mut app, &["W", "W"]);
    assert_eq!(app.lens().hours, 22.5);
    let buf = tui_support::render(&app, 120, 40);
    let shown = tui_support::text(&buf);
    assert!(shown.contains("22.5 hours a week"), "{shown}");
    assert!(shown.contains("£14,912 a year"), "{shown}");
}

#[test]
fn a_search_that_finds_nothing_keeps_the_role() {
    let mut app = app();
    open(&mut app, "senior care worker", "senior-care-worker");
    press(&mut app, &["/"]);
    type_text(&mut app, "qqzzxx");
    assert_eq!(app.listed_roles().len(), 0);
    let current = app.current_role().map(|r| app.catalogue().role(r).id.clone());
    assert_eq!(current.as_deref(), Some("senior-care-worker"));
}

#[test]
fn routes_follow_the_nation_and_the_kind_asked_for() {
    let mut app = app();
    open(&mut app, "healthcare support worker", "healthcare-support-worker");
    press(&mut app, &["N", "4", "/"]);
    type_text(&mut app, "registered manager");
    press(&mut app, &["enter"]);
    let cat = app.catalogue();
    let first = app.routes().first().expect("a route in Scotland");
    let roles: Vec<&str> = first.roles(cat).iter().map(|&r| cat.role(r).id.as_str()).collect();
    assert!(roles.contains(&"senior-care-worker"), "{roles:?}");
    press(&mut app, &["m"]);
    assert_eq!(app.route_filter(), Some(carepath::routes::RouteFilter::Apprenticeship));
    press(&mut app, &["m", "m", "m", "m"]);
    assert_eq!(app.route_filter(), None);
    // Via: routes must pass through the chosen role.
    press(&mut app, &["v"]);
    type_text(&mut app, "deputy manager");
    press(&mut app, &["enter"]);
    let via = app.via().expect("a via role");
    assert!(app.routes().iter().all(|r| r.roles(app.catalogue()).contains(&via)));
    press(&mut app, &["v"]);
    assert_eq!(app.via(), None);
}

/// An adviser's session opens the app where it was left, and what the screens change is
/// what the session then holds; the client's name and notes pass through untouched.
#[test]
fn a_session_opens_where_it_was_left_and_follows_the_screens() {
    let catalogue = load_embedded().unwrap_or_else(|e| panic!("{e}"));
    let text = include_str!("../examples/sessions/sam.toml");
    let loaded = carepath::session::parse(&catalogue, text, "sam.toml").unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let session = loaded.session;
    let mut app = app().with_session(session.clone(), None);
    let id = |app: &App, r| app.catalogue().role(r).id.clone();
    assert_eq!(app.current_role().map(|r| id(&app, r)).as_deref(), Some("care-worker"));
    assert_eq!((app.lens().nation, app.lens().hours), (Nation::England, 22.5));
    assert_eq!(app.marks().len(), 3);
    assert_eq!(app.target().map(|r| id(&app, r)).as_deref(), Some("registered-nurse-adult"));
    assert!(!app.session_changed(), "nothing has changed yet");
    assert_eq!(app.session().route, session.route, "the chosen route is kept until another is chosen");

    // The chosen route is the one selected on Routes, so the adviser sees what the plan says.
    press(&mut app, &["4"]);
    let selected =
        app.routes().iter().position(|r| Some(carepath::session::ChosenRoute::of(app.catalogue(), r)) == session.route);
    assert!(selected.is_some(), "the session's route is among those found");
    assert_eq!(app.session().route, session.route, "and it is the one selected");
    assert!(!app.session_changed());
    press(&mut app, &["N"]);
    assert!(app.session_changed());
    let now = app.session();
    assert_eq!(now.lens.nation, Nation::Scotland);
    assert_eq!((now.client, now.notes), (session.client, session.notes));
}
