//! Routes: the question (target, via, kind) and the routes found for it.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, Screen, hint};
use crate::graph::{Held, Route};
use crate::lens::Lens;
use crate::model::RoleIx;
use crate::routes::{RouteFilter, RouteOptions};
use crate::tui::action::Action::{Down, PageDown, PageUp, PickTarget, Show, Up};
use crate::tui::app::{App, MAX_ROUTES, Overlay};
use crate::tui::cursor::Cursor;
use crate::tui::layout;
use crate::tui::picker::{PickFor, Picker};

#[derive(Debug, Clone, Default)]
pub struct Routes {
    pub target: Option<RoleIx>,
    /// A role the routes must pass through.
    pub via: Option<RoleIx>,
    /// Which kinds of route are offered.
    pub filter: Option<RouteFilter>,
    pub found: Vec<Route>,
    pub cursor: Cursor,
    /// How far the selected route's steps are scrolled.
    pub scroll: usize,
    /// A route chosen in an earlier session, selected when it is found again.
    pub chosen: Option<crate::session::ChosenRoute>,
    /// What `found` was searched for, so the search runs only on change.
    searched_for: Option<Question>,
}

/// Everything a route search depends on.
#[derive(Debug, Clone, PartialEq)]
struct Question {
    from: RoleIx,
    to: RoleIx,
    held: Held,
    lens: Lens,
    via: Option<RoleIx>,
    filter: Option<RouteFilter>,
}

pub(in crate::tui) static BEHAVIOUR: Behaviour =
    Behaviour { move_by, shown, click, fit, refresh, hints, ..Behaviour::NONE };

/// Up and down choose a route; a page scrolls the chosen route's steps.
fn move_by(app: &mut App, delta: isize) {
    let routes = &mut app.screens.routes;
    if delta.unsigned_abs() > 1 {
        routes.scroll = routes.scroll.saturating_add_signed(delta);
    } else {
        routes.cursor.step(delta, routes.found.len());
        routes.scroll = 0;
    }
}

/// Arriving with a role but no target asks for the target straight away.
fn shown(app: &mut App) {
    if app.screens.routes.target.is_none() && app.current.is_some() {
        open_picker(app);
    }
}

/// The fuzzy target picker.
pub(in crate::tui) fn open_picker(app: &mut App) {
    app.screen = Screen::Routes;
    app.overlay = Overlay::Picker(Picker::new(&app.catalogue, &app.orders, PickFor::Target));
}

/// Choose a role the routes must pass through, or clear the one chosen.
pub(in crate::tui) fn pick_via(app: &mut App) {
    if app.screens.routes.via.take().is_some() {
        app.say("Routes may now go any way.");
        return;
    }
    app.screen = Screen::Routes;
    app.overlay = Overlay::Picker(Picker::new(&app.catalogue, &app.orders, PickFor::Via));
}

/// The next kind of route offered: any, then each kind in turn.
pub(in crate::tui) fn cycle_kind(app: &mut App) {
    let order = [
        None,
        Some(RouteFilter::Apprenticeship),
        Some(RouteFilter::University),
        Some(RouteFilter::InWork),
        Some(RouteFilter::EarnWhileYouLearn),
    ];
    let routes = &mut app.screens.routes;
    let i = order.iter().position(|&f| f == routes.filter).map_or(0, |i| (i + 1) % order.len());
    routes.filter = order[i];
    let message = match routes.filter {
        Some(f) => format!("Showing {} only.", f.label()),
        None => "Showing every kind of route.".to_string(),
    };
    app.say(message);
}

fn click(app: &mut App, body: Rect, at: Position) {
    let routes = &mut app.screens.routes;
    let rows = layout::inner(layout::routes(body, routes.found.len()).list);
    if let Some(i) = super::row_at(rows, routes.cursor.offset, routes.found.len(), at) {
        routes.cursor.selected = i;
        routes.scroll = 0;
    }
}

fn fit(app: &mut App, body: Rect) {
    let routes = &mut app.screens.routes;
    let areas = layout::routes(body, routes.found.len());
    routes.cursor.fit(routes.found.len(), usize::from(layout::inner(areas.list).height));
    if routes.scroll > 0 {
        let steps = layout::inner(areas.steps);
        let lines = crate::tui::content::routes::steps_len(app, steps.width);
        let routes = &mut app.screens.routes;
        routes.scroll = routes.scroll.min(lines.saturating_sub(usize::from(steps.height)));
    }
}

/// Route finding is the one query that can take a while on a dense graph, so it runs only
/// while the Routes screen is shown, not while the list is being scrolled elsewhere.
fn refresh(app: &mut App) {
    if app.screen != Screen::Routes {
        return;
    }
    let routes = &app.screens.routes;
    let question = app.current.zip(routes.target).map(|(from, to)| Question {
        from,
        to,
        held: app.held.clone(),
        lens: app.lens,
        via: routes.via,
        filter: routes.filter,
    });
    if routes.searched_for == question {
        return;
    }
    let found = match &question {
        Some(q) => {
            let options = RouteOptions { via: q.via, filter: q.filter, ..RouteOptions::new(MAX_ROUTES) };
            crate::graph::routes_with(&app.catalogue, q.from, q.to, &q.held, &q.lens, &options)
        }
        None => Vec::new(),
    };
    let chosen = app
        .screens
        .routes
        .chosen
        .as_ref()
        .and_then(|c| found.iter().position(|r| crate::session::ChosenRoute::of(&app.catalogue, r) == *c));
    let routes = &mut app.screens.routes;
    routes.found = found;
    routes.cursor = Cursor { selected: chosen.unwrap_or(0), offset: 0 };
    routes.scroll = 0;
    routes.searched_for = question;
}

fn hints(_: &App, _: u16) -> Vec<Hint> {
    vec![
        hint(&[PickTarget], "target"),
        hint(&[Up, Down], "route"),
        hint(&[PageUp, PageDown], "scroll"),
        hint(&[Show(Screen::Held)], "held"),
    ]
}
