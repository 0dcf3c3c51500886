//! Routes: the question (target, via, kind) and the routes found for it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
    /// A search running on its own thread, for a question not yet answered.
    finding: Option<Arc<Finding>>,
}

/// A route search on a thread of its own: on a dense graph it can take longer than a
/// frame, so the screen stays live and says "finding routes…" meanwhile. Dropping it (a
/// new question, or leaving) tells the search to stop.
#[derive(Debug)]
pub struct Finding {
    question: Question,
    stop: Arc<AtomicBool>,
    answer: Mutex<Receiver<Vec<Route>>>,
}

impl Drop for Finding {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Routes {
    /// Whether a search for routes is under way.
    pub fn finding(&self) -> bool {
        self.finding.is_some()
    }
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
    if routes.searched_for == question
        || routes.finding.as_ref().is_some_and(|f| Some(&f.question) == question.as_ref())
    {
        return;
    }
    let found = match question {
        Some(q) if app.works_in_background() => {
            app.screens.routes.finding = Some(Arc::new(find_in_background(&app.catalogue, q)));
            // Most searches end within a frame: wait that long, so the screen does not
            // flash "finding routes…" for them.
            receive(app, Some(WITHIN_A_FRAME));
            return;
        }
        Some(q) => {
            let found = crate::graph::routes_with(&app.catalogue, q.from, q.to, &q.held, &q.lens, &options(&q));
            (Some(q), found)
        }
        None => (None, Vec::new()),
    };
    show_found(app, found);
}

/// How long the screen waits for routes before it says it is finding them.
const WITHIN_A_FRAME: Duration = Duration::from_millis(12);

fn options(q: &Question) -> RouteOptions {
    RouteOptions { via: q.via, filter: q.filter, ..RouteOptions::new(MAX_ROUTES) }
}

fn find_in_background(catalogue: &Arc<crate::model::Catalogue>, question: Question) -> Finding {
    let stop = Arc::new(AtomicBool::new(false));
    let (send, answer) = channel();
    let (catalogue, q, stopped) = (Arc::clone(catalogue), question.clone(), Arc::clone(&stop));
    let _ = std::thread::Builder::new().name("routes".into()).spawn(move || {
        let cancelled = || stopped.load(Ordering::Relaxed);
        if let Ok(found) =
            crate::routes::routes_cancellable(&catalogue, q.from, q.to, &q.held, &q.lens, &options(&q), &cancelled)
        {
            let _ = send.send(found);
        }
    });
    Finding { question, stop, answer: Mutex::new(answer) }
}

/// Shows the routes a search on its own thread found, if it has by the time `wait` is
/// up (`None`: however long it takes): true if it had.
pub(in crate::tui) fn receive(app: &mut App, wait: Option<Duration>) -> bool {
    let Some(finding) = &app.screens.routes.finding else { return false };
    let answer = match finding.answer.lock() {
        Ok(a) => match wait {
            None => a.recv().map_err(|_| TryRecvError::Disconnected),
            Some(d) if d.is_zero() => a.try_recv(),
            Some(d) => a.recv_timeout(d).map_err(|e| match e {
                RecvTimeoutError::Timeout => TryRecvError::Empty,
                RecvTimeoutError::Disconnected => TryRecvError::Disconnected,
            }),
        },
        Err(_) => Err(TryRecvError::Disconnected),
    };
    let found = match answer {
        Ok(found) => found,
        Err(TryRecvError::Empty) => return false,
        // The search thread is gone without an answer: show none rather than wait for ever.
        Err(TryRecvError::Disconnected) => Vec::new(),
    };
    let question = finding.question.clone();
    app.screens.routes.finding = None;
    show_found(app, (Some(question), found));
    true
}

fn show_found(app: &mut App, (question, found): (Option<Question>, Vec<Route>)) {
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
    routes.finding = None;
}

fn hints(_: &App, _: u16) -> Vec<Hint> {
    vec![
        hint(&[PickTarget], "target"),
        hint(&[Up, Down], "route"),
        hint(&[PageUp, PageDown], "scroll"),
        hint(&[Show(Screen::Held)], "held"),
    ]
}
