//! Where everything goes, as pure functions of the area. Rendering draws into these
//! areas and mouse clicks are matched against the same ones, so the two always agree.
//!
//! Fixed-size strips are cut off with [`split_top`] and friends, which clamp instead of
//! underflowing; proportional splits and centring use `Layout`. (Cutting strips by hand
//! also keeps the constraint solver for the splits that need it: solving a layout for
//! every new terminal size is by far the most expensive part of a resize.)

use ratatui::layout::{Constraint, Layout, Margin, Rect};

use super::app::Focus;

/// Below this the app says the terminal is too small instead of drawing.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// At this width and wider, panes sit side by side; narrower, one pane at a time.
pub const WIDE: u16 = 80;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Inside a pane's border.
pub fn inner(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// The first `n` rows of `area` (fewer if it is shorter) and the rest.
pub fn split_top(area: Rect, n: u16) -> (Rect, Rect) {
    let n = n.min(area.height);
    let top = Rect { height: n, ..area };
    let rest = Rect { y: area.y.saturating_add(n), height: area.height - n, ..area };
    (top, rest)
}

/// The last `n` rows of `area` (fewer if it is shorter) and the rest above them.
pub fn split_bottom(area: Rect, n: u16) -> (Rect, Rect) {
    let n = n.min(area.height);
    let rest = Rect { height: area.height - n, ..area };
    let bottom = Rect { y: area.y.saturating_add(area.height - n), height: n, ..area };
    (rest, bottom)
}

/// The first `n` columns of `area` (fewer if it is narrower) and the rest.
pub fn split_left(area: Rect, n: u16) -> (Rect, Rect) {
    let n = n.min(area.width);
    let left = Rect { width: n, ..area };
    let rest = Rect { x: area.x.saturating_add(n), width: area.width - n, ..area };
    (left, rest)
}

/// Drops the first `n` rows (e.g. a table header or a query line).
pub fn below(area: Rect, n: u16) -> Rect {
    split_top(area, n).1
}

/// The header (tabs and context), the body and the footer (key hints).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chrome {
    pub tabs: Rect,
    pub context: Rect,
    pub body: Rect,
    pub footer: Rect,
}

pub fn chrome(area: Rect) -> Chrome {
    let (tabs, rest) = split_top(area, 1);
    let (context, rest) = split_top(rest, 1);
    let (body, footer) = split_bottom(rest, 1);
    Chrome { tabs, context, body, footer }
}

/// The Browse panes; hidden panes are empty rects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BrowseAreas {
    /// The pane switcher, shown when only one pane fits.
    pub strip: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub links: Rect,
}

/// The width of the list beside a detail pane.
fn side_list_width(body: Rect) -> u16 {
    (body.width * 2 / 5).clamp(36, 50)
}

/// `link_rows` is how many rows the steps pane would like.
pub fn browse(body: Rect, focus: Focus, link_rows: usize) -> BrowseAreas {
    if body.width >= WIDE {
        let (list, right) = split_left(body, side_list_width(body));
        let wanted = u16::try_from(link_rows).unwrap_or(u16::MAX).saturating_add(2);
        let links_height = wanted.min(right.height / 3).max(4.min(right.height / 2));
        let (detail, links) = split_bottom(right, links_height);
        BrowseAreas { strip: Rect::ZERO, list, detail, links }
    } else {
        let (strip, pane) = split_top(body, 1);
        let mut areas = BrowseAreas { strip, ..BrowseAreas::default() };
        match focus {
            Focus::List => areas.list = pane,
            Focus::Detail => areas.detail = pane,
            Focus::Links => areas.links = pane,
        }
        areas
    }
}

/// The three cells of the Browse pane switcher.
pub fn strip_cells(strip: Rect) -> [Rect; 3] {
    strip.layout(&Layout::horizontal([Constraint::Ratio(1, 3); 3]))
}

/// Rows of the role list inside its pane, below the query line when one shows.
pub fn list_rows(list: Rect, query_line: bool) -> Rect {
    below(inner(list), u16::from(query_line))
}

/// The Next steps screen: a summary line, the table, and the selected step in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextAreas {
    pub summary: Rect,
    pub table: Rect,
    pub detail: Rect,
}

/// `detail_lines` is how many lines the selected step's detail would like.
pub fn next_steps(body: Rect, detail_lines: usize) -> NextAreas {
    let wanted = u16::try_from(detail_lines).unwrap_or(u16::MAX).saturating_add(2);
    let detail_height = if body.height >= 16 { wanted.min(body.height / 2) } else { 0 };
    let (summary, rest) = split_top(body, 1);
    let (table, detail) = split_bottom(rest, detail_height);
    NextAreas { summary, table, detail }
}

/// Rows of a bordered table, below its header row.
pub fn table_rows(table: Rect) -> Rect {
    below(inner(table), 1)
}

/// The Compare screen: a summary line and the table.
pub fn compare(body: Rect) -> (Rect, Rect) {
    split_top(body, 1)
}

/// The Routes screen: a summary line, the routes found, and the selected route's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoutesAreas {
    pub summary: Rect,
    pub list: Rect,
    pub steps: Rect,
}

pub fn routes(body: Rect, routes: usize) -> RoutesAreas {
    let (summary, rest) = split_top(body, 1);
    let list_height = match routes {
        0 => 0,
        // A third of the height, but never so little that the borders hide every route.
        n => u16::try_from(n).unwrap_or(u16::MAX).saturating_add(2).min((rest.height / 3).max(3)).min(rest.height),
    };
    let (list, steps) = split_top(rest, list_height);
    RoutesAreas { summary, list, steps }
}

/// The pathway list and, when there is room, a preview of the selected pathway.
pub fn pathways_list(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE { split_left(body, side_list_width(body)) } else { (body, Rect::ZERO) }
}

/// A pathway's map: its name, the map, and the current role's essentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapAreas {
    pub title: Rect,
    pub map: Rect,
    pub essentials: Rect,
}

pub fn pathway_map(body: Rect, map_height: u16) -> MapAreas {
    let essentials = match body.height {
        24.. => 11,
        16.. => 8,
        _ => 0,
    };
    // The map takes rows from the essentials (down to five lines of them) before it scrolls.
    let spare = body.height.saturating_sub(2 + map_height.saturating_add(2));
    let essentials = if essentials > 0 { essentials.min(spare.max(7)) } else { 0 };
    let (title, rest) = split_top(body, 2);
    let (map, essentials) = split_bottom(rest, essentials);
    MapAreas { title, map, essentials }
}

/// The checklist and, when there is room, what it opens.
pub fn held(body: Rect) -> (Rect, Rect) {
    if body.width >= WIDE { split_left(body, body.width * 11 / 20) } else { (body, Rect::ZERO) }
}

/// The target picker: its frame, the query line and the choices.
pub fn picker(body: Rect) -> [Rect; 3] {
    let popup =
        if body.width >= WIDE { body.centered(Constraint::Percentage(70), Constraint::Percentage(80)) } else { body };
    let (input, list) = split_top(inner(popup), 2);
    [popup, input, list]
}

/// The filter panel.
pub fn filters(body: Rect) -> Rect {
    body.centered(Constraint::Length(64), Constraint::Length(11))
}

/// The help panel.
pub fn help(body: Rect) -> Rect {
    if body.width >= 110 { body.centered_horizontally(Constraint::Length(100)) } else { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_routes_screen_still_shows_a_route() {
        let areas = routes(Rect::new(0, 0, 40, 9), 5);
        assert_eq!(inner(areas.list).height, 1, "{areas:?}");
        assert!(areas.steps.height >= 3, "{areas:?}");
    }

    #[test]
    fn strips_clamp_instead_of_underflowing() {
        let area = Rect::new(3, 4, 10, 2);
        assert_eq!(split_top(area, 5), (area, Rect::new(3, 6, 10, 0)));
        assert_eq!(split_bottom(area, 1), (Rect::new(3, 4, 10, 1), Rect::new(3, 5, 10, 1)));
        assert_eq!(split_left(area, 20).1.width, 0);
        let c = chrome(Rect::new(0, 0, 1, 1));
        assert_eq!((c.tabs.height, c.context.height, c.body.height, c.footer.height), (1, 0, 0, 0));
        let c = chrome(Rect::new(0, 0, 80, 24));
        assert_eq!((c.body.y, c.body.height, c.footer.y), (2, 21, 23));
    }
}
