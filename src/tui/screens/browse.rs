//! Browse: the role list (its query, filters and grouping) beside the current role and the
//! steps out of and into it.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, hint};
use crate::lens::Lens;
use crate::model::Catalogue;
use crate::tui::action::Action::{ClearFilters, Filters as FiltersKey, Group, Mark, NextPane, Open, Search};
use crate::tui::app::{App, Focus};
use crate::tui::cursor::{Cursor, offset_showing};
use crate::tui::filters::{FacetEdit as _, Filters};
use crate::tui::layout;
use crate::tui::rolelist::{Grouping, Orders, RoleList};

/// The role list beside the current role, and the pane that has the keys.
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
    /// The unsearched list, kept for the filters and grouping it was built with: Esc after a
    /// search puts it back without building it again.
    pub unsearched: Option<(Filters, Grouping, RoleList)>,
}

impl Browse {
    /// Every role in the lens's nation, unsearched, in the default grouping.
    pub fn new(catalogue: &Catalogue, orders: &Orders, lens: Lens) -> Browse {
        let mut levels: Vec<u8> =
            catalogue.role_indices().filter_map(|r| catalogue.level(r)).map(|l| l.level).collect();
        levels.sort_unstable();
        levels.dedup();
        let filters = Filters { nation: Some(lens.nation), ..Filters::default() };
        let list = RoleList::all(catalogue, orders, &filters, Grouping::default());
        Browse {
            query: String::new(),
            filters,
            grouping: Grouping::default(),
            list,
            focus: Focus::List,
            detail_scroll: 0,
            links: Cursor::default(),
            levels,
            unsearched: None,
        }
    }
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

pub(in crate::tui) static BEHAVIOUR: Behaviour =
    Behaviour { move_by, sideways, open, click, pointer, fit, hints, ..Behaviour::NONE };

fn move_by(app: &mut App, delta: isize) {
    let links = app.next.len() + app.into.len();
    let browse = &mut app.screens.browse;
    match browse.focus {
        Focus::List => move_in_list(app, delta),
        Focus::Detail => browse.detail_scroll = browse.detail_scroll.saturating_add_signed(delta),
        Focus::Links => browse.links.step(delta, links),
    }
}

/// Moves the list selection, and the current role with it.
pub(in crate::tui) fn move_in_list(app: &mut App, delta: isize) {
    let list = &mut app.screens.browse.list;
    let len = list.entries.len();
    if len == 0 {
        return;
    }
    let next = match list.selected {
        Some(i) => i.saturating_add_signed(delta).min(len - 1),
        None if delta < 0 => len - 1,
        None => 0,
    };
    list.selected = Some(next);
    let role = list.selected_role();
    app.set_current(role);
}

/// Left and right move between the panes.
fn sideways(app: &mut App, forward: bool) {
    let browse = &mut app.screens.browse;
    let pos = Focus::ALL.iter().position(|f| *f == browse.focus).unwrap_or(0);
    let pos = pos.saturating_add_signed(if forward { 1 } else { -1 }).min(Focus::ALL.len() - 1);
    browse.focus = Focus::ALL[pos];
}

/// Tab: the next pane, wrapping round.
pub(in crate::tui) fn cycle_pane(app: &mut App, forward: bool) {
    let browse = &mut app.screens.browse;
    let n = Focus::ALL.len();
    let pos = Focus::ALL.iter().position(|f| *f == browse.focus).unwrap_or(0);
    browse.focus = Focus::ALL[if forward { (pos + 1) % n } else { (pos + n - 1) % n }];
}

fn open(app: &mut App) {
    match app.screens.browse.focus {
        Focus::List if app.current.is_some() => app.screens.browse.focus = Focus::Detail,
        Focus::List | Focus::Detail => {}
        Focus::Links => {
            if let Some(role) = app.link_role(app.screens.browse.links.selected) {
                app.go_to_role(role);
                app.screens.browse.focus = Focus::Links;
            }
        }
    }
}

fn click(app: &mut App, body: Rect, at: Position) {
    let rows = app.link_rows();
    let areas = layout::browse(body, app.screens.browse.focus, rows.len());
    if areas.strip.contains(at) {
        if let Some(pane) = layout::strip_cells(areas.strip).iter().position(|c| c.contains(at)) {
            app.screens.browse.focus = Focus::ALL[pane];
        }
        return;
    }
    let list = layout::list_rows(areas.list, app.query_line_shown());
    if list.contains(at) {
        let browse = &mut app.screens.browse;
        browse.focus = Focus::List;
        let row = browse.list.offset + usize::from(at.y - list.y);
        if let Some(entry) = browse.list.entry_at_row(row) {
            browse.list.selected = Some(entry);
            let role = browse.list.selected_role();
            app.set_current(role);
        }
    } else if areas.detail.contains(at) {
        app.screens.browse.focus = Focus::Detail;
    } else if areas.links.contains(at) {
        let browse = &mut app.screens.browse;
        browse.focus = Focus::Links;
        if let Some(row) = super::row_at(layout::inner(areas.links), browse.links.offset, rows.len(), at)
            && let Some(LinkRow::Link(i)) = rows.get(row)
        {
            browse.links.selected = *i;
        }
    }
}

/// The wheel scrolls the pane under the pointer.
fn pointer(app: &mut App, body: Rect, at: Position) {
    let areas = layout::browse(body, app.screens.browse.focus, app.link_rows().len());
    let focus = &mut app.screens.browse.focus;
    if areas.detail.contains(at) {
        *focus = Focus::Detail;
    } else if areas.list.contains(at) {
        *focus = Focus::List;
    } else if areas.links.contains(at) {
        *focus = Focus::Links;
    }
}

fn fit(app: &mut App, body: Rect) {
    let rows = app.link_rows();
    let shown = app.query_line_shown();
    let areas = layout::browse(body, app.screens.browse.focus, rows.len());
    let browse = &mut app.screens.browse;
    browse.list.fit(usize::from(layout::list_rows(areas.list, shown).height));
    let links_height = usize::from(layout::inner(areas.links).height);
    let row = rows.iter().position(|r| *r == LinkRow::Link(browse.links.selected)).unwrap_or(0);
    // The first link of a section brings its heading into view with it.
    let heading_above = row.checked_sub(1).is_some_and(|r| matches!(rows[r], LinkRow::Heading(_)));
    let top = if heading_above { row - 1 } else { row };
    browse.links.offset = offset_showing(browse.links.offset, top, rows.len(), links_height);
    browse.links.offset = offset_showing(browse.links.offset, row, rows.len(), links_height);
    // Measuring means laying the text out, so only when there is scrolling to limit.
    if browse.detail_scroll > 0 {
        let detail = layout::inner(areas.detail);
        let lines = crate::tui::content::browse::detail_len(app, detail.width);
        let browse = &mut app.screens.browse;
        browse.detail_scroll = browse.detail_scroll.min(lines.saturating_sub(usize::from(detail.height)));
    }
}

fn hints(app: &App, width: u16) -> Vec<Hint> {
    let browse = &app.screens.browse;
    let mut v = vec![hint(&[Search], "search")];
    // With one pane at a time, the way to the others matters most.
    if width < layout::WIDE {
        v.push(hint(&[NextPane], "pane"));
    }
    v.push(hint(&[FiltersKey], "filters"));
    if !browse.query.is_empty() || !browse.filters.summary().is_empty() {
        v.push(hint(&[ClearFilters], "clear"));
    }
    v.push(match browse.focus {
        Focus::Links => hint(&[Open], "go to step"),
        _ => hint(&[Open], "open"),
    });
    v.push(hint(&[Mark], "mark"));
    if width >= layout::WIDE {
        v.push(hint(&[NextPane], "pane"));
    }
    v.push(hint(&[Group], "group"));
    v
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
