//! State tests: keys and actions in, screen, role, query and marks out.

mod tui_support;

use carepath::tui::{Action, App, Focus, Overlay, PathwayView, Screen, ThemeName};
use proptest::prelude::*;
use tui_support::{app, app_sized, press, render, role, role_id, type_text};

#[test]
fn starts_on_browse_at_the_first_listed_role() {
    let app = app();
    assert_eq!(app.screen(), Screen::Browse);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
    assert_eq!(app.listed_roles().len(), 10);
    assert!(!app.should_quit());
}

#[test]
fn search_filters_on_every_key_and_esc_restores() {
    let mut app = app();
    press(&mut app, &["down", "down"]);
    let before = app.current_role();
    assert_eq!(role_id(&app, before), "deputy-manager");
    press(&mut app, &["/"]);
    assert!(matches!(app.overlay(), Overlay::Search { .. }));
    type_text(&mut app, "n");
    let after_one = app.listed_roles().len();
    type_text(&mut app, "urse");
    assert_eq!(app.query(), "nurse");
    assert!(app.listed_roles().len() <= after_one);
    assert_eq!(role_id(&app, app.current_role()), "registered-nurse-adult", "the best match is shown");
    press(&mut app, &["backspace"]);
    assert_eq!(app.query(), "nurs");
    press(&mut app, &["esc"]);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(app.query(), "");
    assert_eq!(app.current_role(), before);
    assert_eq!(app.listed_roles().len(), 10);
}

#[test]
fn q_is_text_while_searching_and_ctrl_c_still_quits() {
    let mut app = app();
    press(&mut app, &["/", "q", "1", "?"]);
    assert_eq!(app.query(), "q1?");
    assert!(!app.should_quit());
    assert_eq!(app.screen(), Screen::Browse);
    press(&mut app, &["ctrl-c"]);
    assert!(app.should_quit());
}

#[test]
fn enter_opens_the_match_and_esc_goes_back_to_before_the_search() {
    let mut app = app();
    press(&mut app, &["/"]);
    type_text(&mut app, "hca");
    press(&mut app, &["enter"]);
    assert_eq!(*app.overlay(), Overlay::None);
    assert_eq!(role_id(&app, app.current_role()), "healthcare-support-worker");
    assert_eq!(app.focus(), Focus::Detail);
    assert_eq!(app.query(), "hca", "the query stays until cleared");
    press(&mut app, &["esc"]);
    assert_eq!(app.query(), "");
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
}

#[test]
fn searching_from_another_screen_returns_there_on_esc() {
    let mut app = app();
    press(&mut app, &["5", "/"]);
    assert_eq!(app.screen(), Screen::Browse);
    type_text(&mut app, "social");
    press(&mut app, &["esc"]);
    assert_eq!(app.screen(), Screen::Pathways);
}

#[test]
fn control_characters_never_reach_the_query() {
    let mut app = app();
    press(&mut app, &["/"]);
    for c in ['\u{1b}', '\u{7}', '\u{0}', '\u{9b}', '\u{202e}', 'a'] {
        app.update(Action::Type(c));
    }
    assert_eq!(app.query(), "a");
}

#[test]
fn every_screen_is_one_key_away_and_esc_walks_back() {
    let mut app = app();
    let keys = [
        ("2", Screen::NextSteps),
        ("3", Screen::Compare),
        ("5", Screen::Pathways),
        ("6", Screen::Held),
        ("1", Screen::Browse),
    ];
    for (key, screen) in keys {
        press(&mut app, &[key]);
        assert_eq!(app.screen(), screen, "after {key}");
    }
    press(&mut app, &["n"]);
    assert_eq!(app.screen(), Screen::NextSteps);
    press(&mut app, &["esc"]);
    assert_eq!(app.screen(), Screen::Browse);
    press(&mut app, &["esc"]);
    assert_eq!(app.screen(), Screen::Held);
    press(&mut app, &["esc", "esc", "esc", "esc"]);
    assert_eq!(app.screen(), Screen::Browse);
    press(&mut app, &["esc"]);
    assert!(app.message().is_some_and(|m| m.contains("Nothing to go back to")));
    assert!(!app.should_quit());
}

#[test]
fn opening_a_next_step_moves_to_that_role() {
    let mut app = app();
    press(&mut app, &["2"]);
    let rows: Vec<String> = app.next_steps().iter().map(|v| role_id(&app, Some(v.other))).collect();
    assert_eq!(rows.len(), 4);
    let target = rows.iter().position(|r| r == "senior-care-worker").expect("senior care worker is a next step");
    for _ in 0..target {
        press(&mut app, &["j"]);
    }
    press(&mut app, &["enter"]);
    assert_eq!(role_id(&app, app.current_role()), "senior-care-worker");
    assert_eq!(app.screen(), Screen::NextSteps);
    assert!(app.next_steps().iter().any(|v| role_id(&app, Some(v.other)) == "deputy-manager"));
    press(&mut app, &["esc"]);
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
}

#[test]
fn steps_in_the_browse_pane_can_be_opened() {
    let mut app = app();
    press(&mut app, &["tab", "tab"]);
    assert_eq!(app.focus(), Focus::Links);
    press(&mut app, &["enter"]);
    assert_ne!(role_id(&app, app.current_role()), "care-worker");
    press(&mut app, &["esc"]);
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
}

#[test]
fn up_to_three_roles_can_be_marked() {
    let mut app = app();
    press(&mut app, &["space", "j", "space", "j", "space"]);
    assert_eq!(app.marks().len(), 3);
    press(&mut app, &["j", "space"]);
    assert_eq!(app.marks().len(), 3);
    assert!(app.message().is_some_and(|m| m.contains("Up to 3")));
    press(&mut app, &["k", "space"]);
    assert_eq!(app.marks().len(), 2, "space unmarks a marked role");
    press(&mut app, &["3"]);
    assert_eq!(app.screen(), Screen::Compare);
    press(&mut app, &["x"]);
    assert!(app.marks().is_empty());
}

#[test]
fn next_steps_mark_the_selected_target() {
    let mut app = app();
    press(&mut app, &["2", "space"]);
    let first = app.next_steps()[0].other;
    assert_eq!(app.marks(), [first]);
}

#[test]
fn routes_pick_a_target_and_show_the_shortest_routes() {
    let mut app = app();
    press(&mut app, &["4"]);
    assert_eq!(app.screen(), Screen::Routes);
    assert!(matches!(app.overlay(), Overlay::Picker(_)), "no target yet, so the picker opens");
    type_text(&mut app, "registered manager");
    press(&mut app, &["enter"]);
    assert_eq!(role_id(&app, app.target()), "registered-manager");
    let routes = app.routes();
    assert!(!routes.is_empty());
    let last = routes[0].roles(app.catalogue()).last().copied();
    assert_eq!(role_id(&app, last), "registered-manager");
    assert!(!routes[0].open_now(), "diplomas are still missing");
    // `/` picks a target here, not a search.
    press(&mut app, &["/"]);
    assert!(matches!(app.overlay(), Overlay::Picker(_)));
    press(&mut app, &["esc"]);
    assert_eq!(app.screen(), Screen::Routes);
}

#[test]
fn qualifications_held_open_steps() {
    let mut app = app();
    let senior = role(&app, "senior-care-worker");
    let open = |app: &App| {
        app.next_steps().iter().find(|v| v.other == senior).is_some_and(carepath::graph::StepView::open_now)
    };
    assert!(!open(&app));
    press(&mut app, &["6"]);
    let diploma = app.catalogue().qualification_by_id("l3-diploma-adult-care").expect("diploma");
    // The checklist is ordered by level then name; find the diploma's row.
    for _ in 0..20 {
        if app.held().contains(diploma) {
            break;
        }
        press(&mut app, &["space"]);
        if !app.held().contains(diploma) {
            press(&mut app, &["space", "j"]);
        }
    }
    assert!(app.held().contains(diploma));
    assert_eq!(app.held().len(), 1);
    assert!(open(&app));
    press(&mut app, &["x"]);
    assert!(app.held().is_empty());
}

#[test]
fn pathways_open_a_map_that_is_walked_one_role_at_a_time() {
    let mut app = app();
    press(&mut app, &["5"]);
    assert_eq!(app.pathway_view(), PathwayView::List);
    let current = app.current_role();
    press(&mut app, &["enter"]);
    assert_eq!(app.pathway_view(), PathwayView::Map);
    assert_eq!(role_id(&app, app.walk_role()), "care-worker");
    press(&mut app, &["right", "right"]);
    assert_eq!(role_id(&app, app.walk_role()), "nursing-associate");
    press(&mut app, &["right", "right", "right"]);
    assert_eq!(role_id(&app, app.walk_role()), "registered-nurse-adult", "walking stops at the end");
    press(&mut app, &["left"]);
    assert_eq!(role_id(&app, app.walk_role()), "nursing-associate");
    assert_eq!(app.current_role(), current, "walking leaves the current role alone");
    press(&mut app, &["z"]);
    assert_eq!(app.pathway_view(), PathwayView::Slide);
    press(&mut app, &["esc"]);
    assert_eq!(app.pathway_view(), PathwayView::Map);
    press(&mut app, &["esc"]);
    assert_eq!(app.pathway_view(), PathwayView::List);
}

#[test]
fn filters_narrow_the_list_and_clear_easily() {
    let mut app = app();
    press(&mut app, &["f", "right"]);
    assert_eq!(app.filters().sector, Some(carepath::model::Sector::Health));
    let listed = app.listed_roles();
    assert_eq!(listed.len(), 5, "four health roles and one in both sectors");
    assert!(listed.iter().all(|&r| app.catalogue().role(r).sector != carepath::model::Sector::SocialCare));
    press(&mut app, &["esc"]);
    assert_eq!(*app.overlay(), Overlay::None);
    assert!(listed.contains(&app.current_role().expect("a role")), "the shown role is one that passes");
    press(&mut app, &["x"]);
    // Clearing the filters keeps the nation: it is the app's setting, not a filter.
    assert_eq!(app.filters().sector, None);
    assert_eq!(app.filters().nation, Some(app.lens().nation));
    assert_eq!(app.listed_roles().len(), 10);
}

#[test]
fn grouping_toggles_between_sector_and_family() {
    let mut app = app();
    let by_sector = app.listed_roles();
    press(&mut app, &["s"]);
    assert_ne!(app.listed_roles(), by_sector);
    press(&mut app, &["s"]);
    assert_eq!(app.listed_roles(), by_sector);
}

#[test]
fn help_toggles_and_theme_cycles() {
    let mut app = app();
    press(&mut app, &["?"]);
    assert!(matches!(app.overlay(), Overlay::Help { .. }));
    press(&mut app, &["?"]);
    assert_eq!(*app.overlay(), Overlay::None);
    press(&mut app, &["t"]);
    assert_eq!(app.theme_name(), ThemeName::HighContrast);
    press(&mut app, &["t"]);
    assert_eq!(app.theme_name(), ThemeName::Projector);
    press(&mut app, &["t", "t"]);
    assert_eq!(app.theme_name(), ThemeName::Default);
    press(&mut app, &["q"]);
    assert!(app.should_quit());
}

#[test]
fn no_color_turns_the_default_theme_monochrome() {
    let set = Some(std::ffi::OsStr::new("1"));
    let empty = Some(std::ffi::OsStr::new(""));
    assert_eq!(ThemeName::Default.honouring_no_color(set), ThemeName::Monochrome);
    assert_eq!(ThemeName::Default.honouring_no_color(empty), ThemeName::Default);
    assert_eq!(ThemeName::Default.honouring_no_color(None), ThemeName::Default);
    assert_eq!(ThemeName::HighContrast.honouring_no_color(set), ThemeName::HighContrast);
}

#[test]
fn mouse_clicks_select_rows_and_tabs() {
    let mut app = app_sized(120, 40);
    let buf = render(&app, 120, 40);
    let (x, y) = tui_support::find(&buf, "Nursing associate").expect("listed");
    app.update(Action::Click(x, y));
    assert_eq!(role_id(&app, app.current_role()), "nursing-associate");
    let (x, y) = tui_support::find(&buf, "5 Pathways").expect("tab");
    app.update(Action::Click(x + 2, y));
    assert_eq!(app.screen(), Screen::Pathways);
    app.update(Action::WheelDown(10, 10));
    app.update(Action::Click(0, 0));
    assert_eq!(app.screen(), Screen::Pathways, "the app name is not a tab");
}

#[test]
fn the_wheel_moves_the_list() {
    let mut app = app_sized(120, 40);
    app.update(Action::WheelDown(10, 10));
    assert_eq!(role_id(&app, app.current_role()), "registered-manager", "three roles down");
    app.update(Action::WheelUp(10, 10));
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed or pressed, the app never panics and the query never holds a
    /// control character.
    #[test]
    fn any_input_is_safe(keys in prop::collection::vec(prop_oneof![
        any::<char>().prop_map(Action::Type),
        prop::sample::select(Action::all_bindable().collect::<Vec<_>>()),
        (0u16..130, 0u16..45).prop_map(|(x, y)| Action::Click(x, y)),
        (1u16..130, 1u16..45).prop_map(|(w, h)| Action::Resize(w, h)),
    ], 0..60)) {
        let mut app = app_sized(80, 24);
        for action in keys {
            if action == Action::Quit {
                continue;
            }
            app.update(action);
            prop_assert!(!app.query().chars().any(char::is_control));
        }
        let _ = render(&app, 80, 24);
    }
}

#[test]
fn a_new_search_starts_empty_and_esc_brings_the_last_one_back() {
    let mut app = app();
    press(&mut app, &["/"]);
    type_text(&mut app, "hca");
    press(&mut app, &["enter", "/"]);
    assert_eq!(app.query(), "");
    type_text(&mut app, "nurse");
    assert_eq!(role_id(&app, app.current_role()), "registered-nurse-adult");
    press(&mut app, &["esc"]);
    assert_eq!(app.query(), "hca");
    assert_eq!(role_id(&app, app.current_role()), "healthcare-support-worker");
}

#[test]
fn a_slash_on_an_empty_query_line_is_not_typed() {
    let mut app = app();
    press(&mut app, &["/", "/"]);
    assert_eq!(app.query(), "");
    type_text(&mut app, "a/b");
    assert_eq!(app.query(), "a/b", "a slash inside a query is text");
    press(&mut app, &["esc", "4"]);
    // Routes opens its target picker by itself; the `/` its hint asks for must not be typed.
    assert!(matches!(app.overlay(), Overlay::Picker(_)), "{:?}", app.overlay());
    press(&mut app, &["/"]);
    type_text(&mut app, "nurse");
    let Overlay::Picker(picker) = app.overlay() else { panic!("picker closed") };
    assert_eq!(picker.query, "nurse");
}

#[test]
fn opens_on_a_role_that_leads_somewhere() {
    let catalogue = carepath::data::load_embedded().expect("the national set is valid");
    let app = App::new(catalogue, ThemeName::Default).expect("the built-in keymap is valid");
    let current = app.current_role().expect("a role is open");
    assert!(!app.catalogue().steps_from(current).is_empty(), "opened on {}", role_id(&app, Some(current)));
}

#[test]
fn a_burst_of_typing_is_searched_once_and_ends_where_key_by_key_typing_does() {
    let mut burst = app();
    press(&mut burst, &["/"]);
    burst.begin_batch();
    for c in "nurse".chars() {
        burst.update(Action::Type(c));
    }
    assert_eq!(burst.listed_roles().len(), 10, "no search runs while the burst is applied");
    burst.end_batch();
    let mut keyed = app();
    press(&mut keyed, &["/"]);
    type_text(&mut keyed, "nurse");
    assert_eq!(burst.query(), "nurse");
    assert_eq!(burst.listed_roles(), keyed.listed_roles());
    assert_eq!(burst.current_role(), keyed.current_role());
    // A key that is not typing settles the query first, so it acts on the searched list.
    burst.begin_batch();
    burst.update(Action::Type('s'));
    burst.update(Action::Down);
    burst.end_batch();
    keyed.update(Action::Type('s'));
    keyed.update(Action::Down);
    assert_eq!(burst.current_role(), keyed.current_role());
}

/// The real terminal searches on a worker thread: the typed query shows at once, the list
/// says it is searching until the hits come, and they are the hits a search in place finds.
#[test]
fn a_search_on_the_worker_ends_where_a_search_in_place_does() {
    let mut in_place = app();
    let mut background = app().with_background_search();
    for app in [&mut in_place, &mut background] {
        press(app, &["/"]);
        type_text(app, "nurse associate");
    }
    assert_eq!(background.query(), "nurse associate", "the query is there before any hit");
    background.settle();
    assert!(background.searching().is_none());
    assert_eq!(background.listed_roles(), in_place.listed_roles());
    assert_eq!(background.current_role(), in_place.current_role());
    // A key that acts on the results waits for them: Enter opens the best match.
    press(&mut background, &["backspace"]);
    press(&mut in_place, &["backspace"]);
    press(&mut background, &["enter"]);
    press(&mut in_place, &["enter"]);
    assert_eq!(background.current_role(), in_place.current_role());
    assert_eq!(background.overlay(), in_place.overlay());
}

#[test]
fn a_picker_on_the_worker_gets_its_hits() {
    let mut app = app().with_background_search();
    press(&mut app, &["4"]);
    assert!(matches!(app.overlay(), Overlay::Picker(_)), "Routes opens its picker when there is no target");
    type_text(&mut app, "registered manager");
    app.settle();
    let Overlay::Picker(picker) = app.overlay() else { panic!("the picker stays open") };
    let first = picker.choices.first().map(|(r, _)| role_id(&app, Some(*r)));
    assert_eq!(first.as_deref(), Some("registered-manager"));
}

/// Routes are found on a thread of their own in the real terminal: the screen says so
/// meanwhile, and the answer is the one found in place.
#[test]
fn routes_found_in_the_background_are_the_routes_found_in_place() {
    let mut in_place = app();
    let mut background = app().with_background_search();
    for app in [&mut in_place, &mut background] {
        press(app, &["4"]);
        type_text(app, "registered manager");
        press(app, &["enter"]);
    }
    background.settle();
    assert!(!background.awaiting());
    assert!(!in_place.routes().is_empty());
    assert_eq!(background.routes(), in_place.routes());
    assert_eq!(background.target(), in_place.target());
}
