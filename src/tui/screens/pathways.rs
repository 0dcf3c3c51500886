//! Pathways: the curated list, a map of one, or one role at a time for a room; and the same
//! map and slides for a route or a comparison being presented. Walking a pathway moves only
//! the walk: the app's current role, held qualifications and marks stay as they were.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, hint};
use crate::model::{Pathway, RoleIx};
use crate::tui::action::Action::{Down, Left, Open, PageDown, Right, Up, Zoom};
use crate::tui::app::App;
use crate::tui::cursor::Cursor;
use crate::tui::layout;

/// What the Pathways screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathwayView {
    /// The curated pathways.
    #[default]
    List,
    /// A map of one pathway, with the essentials of the role walked to beneath.
    Map,
    /// The role walked to, alone and large, for a room.
    Slide,
}

#[derive(Debug, Clone, Default)]
pub struct Pathways {
    pub view: PathwayView,
    pub cursor: Cursor,
    /// The role of the open pathway the walk is at.
    pub at: Option<RoleIx>,
    /// The roles walked through to get here, for stepping back the same way.
    pub trail: Vec<RoleIx>,
    /// Which way on from a fork: an index into the roles one hop on.
    pub branch: usize,
    /// A route or a comparison being presented in place of a curated pathway.
    pub presenting: Option<Pathway>,
}

impl Pathways {
    /// Where the walk is, as a position among the pathway's roles.
    pub fn position(&self, pathway: &Pathway) -> usize {
        self.at.and_then(|r| pathway.roles.iter().position(|&x| x == r)).unwrap_or(0)
    }

    /// The role the walk would go on to.
    pub fn ahead(&self, pathway: &Pathway) -> Option<RoleIx> {
        let next = pathway.next(self.at?);
        next.get(self.branch.min(next.len().saturating_sub(1))).copied()
    }
}

pub(in crate::tui) static BEHAVIOUR: Behaviour =
    Behaviour { move_by, sideways, open, back, click, fit, hints, ..Behaviour::NONE };

/// Up and down choose a branch at a fork and walk elsewhere; a page walks one role (as
/// presentation clickers send), and the ends go to the start or the end of the way chosen.
fn move_by(app: &mut App, delta: isize) {
    if app.screens.pathways.view == PathwayView::List {
        let len = app.catalogue.pathways.len();
        app.screens.pathways.cursor.step(delta, len);
        return;
    }
    let Some(pathway) = app.selected_pathway().cloned() else { return };
    let walk = &mut app.screens.pathways;
    let ways = walk.at.map_or(0, |r| pathway.next(r).len());
    match delta {
        -1 | 1 if ways > 1 => walk.branch = walk.branch.saturating_add_signed(delta).min(ways - 1),
        d if d.unsigned_abs() >= isize::MAX as usize / 4 && d < 0 => {
            walk.at = pathway.start();
            walk.trail.clear();
            walk.branch = 0;
        }
        d if d.unsigned_abs() >= isize::MAX as usize / 4 => {
            // Bounded: a pathway visits each role once.
            for _ in 0..pathway.roles.len() {
                if !step(walk, &pathway, true) {
                    break;
                }
            }
        }
        d => {
            step(walk, &pathway, d > 0);
        }
    }
}

fn sideways(app: &mut App, forward: bool) {
    if app.screens.pathways.view == PathwayView::List {
        return;
    }
    if let Some(pathway) = app.selected_pathway().cloned() {
        step(&mut app.screens.pathways, &pathway, forward);
    }
}

/// One role on along the chosen branch, or back the way the walk came; false at an end.
fn step(walk: &mut Pathways, pathway: &Pathway, forward: bool) -> bool {
    let Some(at) = walk.at else { return false };
    if forward {
        let Some(next) = walk.ahead(pathway) else { return false };
        walk.trail.push(at);
        walk.at = Some(next);
        walk.branch = 0;
    } else {
        let Some(prev) = walk.trail.pop().or_else(|| pathway.previous(at).first().copied()) else { return false };
        // Back at a fork, the branch just walked stays chosen.
        walk.branch = pathway.next(prev).iter().position(|&r| r == at).unwrap_or(0);
        walk.at = Some(prev);
    }
    true
}

fn open(app: &mut App) {
    match app.screens.pathways.view {
        PathwayView::List => open_pathway(app),
        PathwayView::Map => app.screens.pathways.view = PathwayView::Slide,
        PathwayView::Slide => {}
    }
}

/// Esc steps out of the slide to the map, and out of the map to the list; a route or
/// comparison being presented is put away, and history returns to where it came from.
fn back(app: &mut App) -> bool {
    let pathways = &mut app.screens.pathways;
    match pathways.view {
        PathwayView::List => false,
        PathwayView::Slide => {
            pathways.view = PathwayView::Map;
            true
        }
        PathwayView::Map => {
            pathways.view = PathwayView::List;
            pathways.presenting.take().is_none()
        }
    }
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

/// Presents a route or a comparison as slides, starting with its first role.
pub(in crate::tui) fn present(app: &mut App, pathway: Pathway) {
    let walk = &mut app.screens.pathways;
    walk.at = pathway.start();
    walk.trail.clear();
    walk.branch = 0;
    walk.presenting = Some(pathway);
    walk.view = PathwayView::Slide;
    app.show(super::Screen::Pathways);
}

/// Opens the selected pathway's map at the current role if it is on it, else at its start.
fn open_pathway(app: &mut App) {
    let Some(pathway) = app.selected_pathway() else { return };
    let at = app.current.filter(|c| pathway.roles.contains(c)).or_else(|| pathway.start());
    let walk = &mut app.screens.pathways;
    walk.at = at;
    walk.trail.clear();
    walk.branch = 0;
    walk.view = PathwayView::Map;
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
    let fork = app.selected_pathway().zip(app.screens.pathways.at).is_some_and(|(p, at)| p.next(at).len() > 1);
    match app.screens.pathways.view {
        PathwayView::List => vec![hint(&[Open], "map"), hint(&[Zoom], "present")],
        PathwayView::Map | PathwayView::Slide => {
            let mut v = vec![hint(&[Left, Right], "walk")];
            if fork {
                v.push(hint(&[Up, Down], "branch"));
            }
            v.push(hint(&[PageDown], "next"));
            v.push(hint(&[Zoom], if app.screens.pathways.view == PathwayView::Map { "present" } else { "map" }));
            v
        }
    }
}
