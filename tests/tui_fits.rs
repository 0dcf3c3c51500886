//! The Fits me screen: pick what matters, see roles ranked with reasons, open a result.

mod tui_support;

use carepath::fit::{CHOICES, Reach, Verdict};
use carepath::tui::Screen;
use tui_support::{app, press, render, role, role_id, text};

fn key_of(choice: &str) -> usize {
    CHOICES.iter().position(|c| c.key == choice).expect("a choice")
}

/// Moves the choices cursor to `choice` from the top and picks it.
fn pick(app: &mut carepath::tui::App, choice: &str) {
    press(app, &["left", "g"]);
    for _ in 0..key_of(choice) {
        press(app, &["j"]);
    }
    press(app, &["enter"]);
}

#[test]
fn picking_ranks_with_reasons_and_dropping_empties() {
    let mut app = app();
    press(&mut app, &["7"]);
    assert_eq!(app.screen(), Screen::Fits);
    assert!(app.fits().ranking.fits.is_empty(), "nothing is ranked before a choice");
    pick(&mut app, "lead-a-team");
    let fits = &app.fits().ranking.fits;
    assert!(!fits.is_empty());
    // The current role (care worker) is not offered to itself.
    assert!(fits.iter().all(|f| Some(f.role) != app.current_role()));
    // Every role that leads a team comes before every role that does not.
    let first_miss = fits.iter().position(|f| f.met == 0).unwrap_or(fits.len());
    assert!(fits[..first_miss].iter().all(|f| f.reasons[0].verdict == Verdict::Meets));
    assert!(fits[first_miss..].iter().all(|f| f.met == 0));
    let leaders: Vec<String> = fits[..first_miss].iter().map(|f| role_id(&app, Some(f.role))).collect();
    assert!(leaders.contains(&"registered-manager".to_string()), "{leaders:?}");
    // Nearer roles first among equals: the first is one step from care worker.
    assert_eq!(fits[0].reach, Reach::Steps(1), "{leaders:?}");
    assert!(fits.windows(2).take(first_miss.saturating_sub(1)).all(|w| w[0].reach.order() <= w[1].reach.order()));
    pick(&mut app, "lead-a-team");
    assert!(app.fits().ranking.fits.is_empty(), "dropping the only choice empties the ranking");
}

#[test]
fn what_to_avoid_sinks_a_role_and_says_why_in_words() {
    let mut app = app();
    press(&mut app, &["7"]);
    pick(&mut app, "lead-a-team");
    pick(&mut app, "nights");
    let fits = &app.fits().ranking.fits;
    let senior = role(&app, "senior-care-worker");
    let at = fits.iter().position(|f| f.role == senior).expect("ranked");
    assert_eq!(fits[at].involves, 1, "senior care workers do nights in the fixture");
    let first_involving = fits.iter().position(|f| f.involves > 0).expect("some role involves nights");
    assert!(fits[first_involving..].iter().all(|f| f.involves > 0), "roles with nothing to avoid come first");
    press(&mut app, &["right"]);
    for _ in 0..at {
        press(&mut app, &["j"]);
    }
    let shown = text(&render(&app, 120, 40));
    assert!(shown.contains("“No night shifts”: usually involves night shifts"), "{shown}");
    assert!(!shown.to_lowercase().contains("unsuitable"), "explore, never assess");
}

#[test]
fn enter_on_a_result_asks_for_routes_there_and_space_marks_it() {
    let mut app = app();
    press(&mut app, &["7"]);
    pick(&mut app, "lead-a-team");
    press(&mut app, &["right", "j"]);
    let chosen = app.fits().selected().expect("a selected result");
    press(&mut app, &["space"]);
    assert_eq!(app.marks(), [chosen], "Space marks the selected result, not the current role");
    press(&mut app, &["enter"]);
    assert_eq!(app.screen(), Screen::Routes);
    assert_eq!(app.target(), Some(chosen));
    assert_eq!(role_id(&app, app.current_role()), "care-worker", "the current role stays the start");
    assert!(!app.routes().is_empty(), "routes to a leading role are found from care worker");
}

#[test]
fn the_selected_result_carries_its_best_route_from_the_current_role() {
    let mut app = app();
    press(&mut app, &["7"]);
    pick(&mut app, "lead-a-team");
    press(&mut app, &["right"]);
    let route = app.fits().route.as_ref().expect("a best route to the first result");
    let c = carepath::tui::App::catalogue(&app);
    assert_eq!(route.roles(c).first().copied(), app.current_role());
    assert_eq!(route.roles(c).last().copied(), app.fits().selected());
}

#[test]
fn o_shows_a_result_in_full_and_esc_comes_back() {
    let mut app = app();
    press(&mut app, &["7"]);
    pick(&mut app, "lead-a-team");
    press(&mut app, &["right", "j"]);
    let chosen = app.fits().selected();
    press(&mut app, &["o"]);
    assert_eq!(app.screen(), Screen::Browse);
    assert_eq!(app.current_role(), chosen);
    press(&mut app, &["esc"]);
    assert_eq!(app.screen(), Screen::Fits);
    assert_eq!(role_id(&app, app.current_role()), "care-worker");
}
