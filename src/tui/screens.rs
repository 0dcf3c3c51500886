//! Each screen's own state: its cursor, scroll and what it shows. `App` keeps only what the
//! screens share (the catalogue, the lens, the current role, what is held, overlays and
//! history); a new screen brings its state here.

use crate::compare::Row as CompareRow;
use crate::graph::Route;
use crate::model::{QualIx, RoleIx};
use crate::routes::RouteFilter;

use super::app::{Focus, PathwayView};
use super::cursor::Cursor;
use super::filters::Filters;
use super::rolelist::{Grouping, RoleList};

/// Browse: the role list (its query, filters and grouping) beside the current role, and the
/// pane that has the keys.
#[derive(Debug, Clone)]
pub struct Browse {
    pub query: String,
    pub filters: Filters,
    pub grouping: Grouping,
    pub list: RoleList,
    pub focus: Focus,
    pub detail_scroll: usize,
    pub links: Cursor,
    /// Levels that occur in the data, for the level filter.
    pub levels: Vec<u8>,
}

/// Next steps: the table of steps out of the current role (the steps themselves are shared
/// with Browse's links pane, so they live on `App`).
#[derive(Debug, Clone, Default)]
pub struct NextSteps {
    pub cursor: Cursor,
}

/// Compare: the roles marked (from any screen) and their rows side by side.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    pub marks: Vec<RoleIx>,
    pub rows: Vec<CompareRow>,
    pub cursor: Cursor,
}

/// Routes: the question (target, via, kind) and the routes found for it.
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
}

impl Routes {
    /// Up and down choose a route; a page scrolls the chosen route's steps.
    pub fn move_by(&mut self, delta: isize) {
        if delta.unsigned_abs() > 1 {
            self.scroll = self.scroll.saturating_add_signed(delta);
        } else {
            self.cursor.step(delta, self.found.len());
            self.scroll = 0;
        }
    }
}

/// Pathways: the list, a map of one, or one role at a time for a room.
#[derive(Debug, Clone, Default)]
pub struct Pathways {
    pub view: PathwayView,
    pub cursor: Cursor,
    /// Which role of the open pathway is shown.
    pub pos: usize,
}

/// Qualifications held: the checklist, in the order it is shown.
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub quals: Vec<QualIx>,
    pub cursor: Cursor,
}

/// A row of the Browse screen's steps pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRow {
    /// "Next steps (n)" or "Steps into (n)".
    Heading(bool),
    /// A section with nothing in it.
    Empty,
    /// The i-th link: next steps first, then steps into.
    Link(usize),
}

/// The rows of the steps pane for `next` next steps and `into` steps into the role.
pub fn link_rows(next: usize, into: usize) -> Vec<LinkRow> {
    let mut rows = vec![LinkRow::Heading(true)];
    if next == 0 {
        rows.push(LinkRow::Empty);
    }
    rows.extend((0..next).map(LinkRow::Link));
    rows.push(LinkRow::Heading(false));
    if into == 0 {
        rows.push(LinkRow::Empty);
    }
    rows.extend((next..next + into).map(LinkRow::Link));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_rows_have_headings_and_placeholders() {
        assert_eq!(
            link_rows(0, 1),
            [LinkRow::Heading(true), LinkRow::Empty, LinkRow::Heading(false), LinkRow::Link(0)]
        );
        assert_eq!(link_rows(1, 0).len(), 4);
    }
}
