//! Pathways: the curated list, a map of one, or one role at a time for a room.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, hint};
use crate::tui::action::Action::{Left, Mark, Open, Right, Zoom};
use crate::tui::app::App;
use crate::tui::cursor::Cursor;
use crate::tui::layout;

/// What the Pathways screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathwayView {
    /// The curated pathways.
    #[default]
    List,
    /// A map of one pathway, with the current role's essentials beneath.
    Map,
    /// The current role alone, large, for a room.
    Slide,
}

#[derive(Debug, Clone, Default)]
pub struct Pathways {
    pub view: PathwayView,
    pub cursor: Cursor,
    /// Which role of the open pathway is shown.
    pub pos: usize,
}

pub(in crate::tui) static BEHAVIOUR: Behaviour =
    Behaviour { move_by, sideways, open, back, click, fit, hints, ..Behaviour::NONE };

fn move_by(app: &mut App, delta: isize) {
    match app.screens.pathways.view {
        PathwayView::List => {
            let len = app.catalogue.pathways.len();
            app.screens.pathways.cursor.step(delta, len);
        }
        PathwayView::Map | PathwayView::Slide => walk(app, delta),
    }
}

fn sideways(app: &mut App, forward: bool) {
    if app.screens.pathways.view != PathwayView::List {
        walk(app, if forward { 1 } else { -1 });
    }
}

fn open(app: &mut App) {
    match app.screens.pathways.view {
        PathwayView::List => open_pathway(app),
        PathwayView::Map => app.screens.pathways.view = PathwayView::Slide,
        PathwayView::Slide => {}
    }
}

/// Esc steps out of the slide to the map, and out of the map to the list.
fn back(app: &mut App) -> bool {
    let pathways = &mut app.screens.pathways;
    pathways.view = match pathways.view {
        PathwayView::List => return false,
        PathwayView::Slide => PathwayView::Map,
        PathwayView::Map => PathwayView::List,
    };
    true
}

/// `z`: from the list or the map to the slide, and back to the map.
pub(in crate::tui) fn zoom(app: &mut App) {
    app.screens.pathways.view = match app.screens.pathways.view {
        PathwayView::List => {
            open_pathway(app);
            if app.screens.pathways.view == PathwayView::Map { PathwayView::Slide } else { PathwayView::List }
        }
        PathwayView::Map => PathwayView::Slide,
        PathwayView::Slide => PathwayView::Map,
    };
}

fn open_pathway(app: &mut App) {
    let Some(pathway) = app.selected_pathway() else { return };
    let pos = app.current.and_then(|c| pathway.roles.iter().position(|&r| r == c)).unwrap_or(0);
    let role = pathway.roles.get(pos).copied();
    app.screens.pathways.pos = pos;
    app.screens.pathways.view = PathwayView::Map;
    if role.is_some() {
        app.set_current(role);
    }
}

/// Moves to another role of the open pathway.
fn walk(app: &mut App, delta: isize) {
    let Some(pathway) = app.selected_pathway() else { return };
    let last = pathway.roles.len().saturating_sub(1);
    let pos = app.screens.pathways.pos.saturating_add_signed(delta).min(last);
    let role = pathway.roles.get(pos).copied();
    app.screens.pathways.pos = pos;
    if role.is_some() {
        app.set_current(role);
    }
}

fn click(app: &mut App, body: Rect, at: Position) {
    if app.screens.pathways.view != PathwayView::List {
        return;
    }
    let len = app.catalogue.pathways.len();
    let cursor = &mut app.screens.pathways.cursor;
    if let Some(i) = super::row_at(layout::inner(layout::pathways_list(body).0), cursor.offset, len, at) {
        cursor.selected = i;
    }
}

fn fit(app: &mut App, body: Rect) {
    let (list, _) = layout::pathways_list(body);
    let len = app.catalogue.pathways.len();
    app.screens.pathways.cursor.fit(len, usize::from(layout::inner(list).height));
}

fn hints(app: &App, _: u16) -> Vec<Hint> {
    match app.screens.pathways.view {
        PathwayView::List => vec![hint(&[Open], "map"), hint(&[Zoom], "present")],
        PathwayView::Map => vec![hint(&[Left, Right], "walk"), hint(&[Zoom], "present"), hint(&[Mark], "mark")],
        PathwayView::Slide => vec![hint(&[Left, Right], "walk"), hint(&[Zoom], "map")],
    }
}
