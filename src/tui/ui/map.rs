//! A pathway's map: its roles as boxes in rows by Career Framework level (highest at the
//! top, "level not known" at the bottom) and sector (social care left, health right), every
//! hop a connector with an arrowhead. Placement is the layered layout in `crate::layered`,
//! a pure function tested on every curated pathway; this module only paints it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use crate::layered::{self, Edge, Layout, Node, Options};
use crate::model::{Catalogue, Pathway, RoleIx};
use crate::tui::rolelist::SECTOR_ORDER;
use crate::tui::theme::Theme;

/// Columns on the left for the level of each row.
pub const AXIS: u16 = 5;

/// The map's layout for a width: one box per role of the pathway, in its order, and one
/// connector per hop. Rows are Career Framework levels; roles with no level share row 0.
pub fn map_layout(cat: &Catalogue, pathway: &Pathway, width: u16) -> Layout {
    let nodes: Vec<Node> = pathway
        .roles
        .iter()
        .map(|&r| {
            let role = cat.role(r);
            let group = SECTOR_ORDER.iter().position(|s| *s == role.sector).unwrap_or(1);
            Node {
                label: role.title.clone(),
                layer: cat.level(r).map_or(0, |l| l.level),
                group: u8::try_from(group).unwrap_or(1),
            }
        })
        .collect();
    let index = |r: RoleIx| pathway.roles.iter().position(|&x| x == r);
    let edges: Vec<Edge> =
        pathway.hops.iter().filter_map(|&(a, b)| Some(Edge { from: index(a)?, to: index(b)? })).collect();
    layered::layout(&nodes, &edges, &Options { width, gap: 3, padding: 1 })
}

/// What the map marks: the role the walk is at, and the one it would go on to.
pub struct Marks {
    pub at: Option<usize>,
    pub ahead: Option<usize>,
}

/// Paints the map into `area`: the level axis on the left, the layout centred beside it and
/// scrolled so the role the walk is at stays in sight.
pub fn render(layout: &Layout, marks: &Marks, area: Rect, buf: &mut Buffer, theme: &Theme, heavy: bool) {
    let room = Rect { x: area.x.saturating_add(AXIS), width: area.width.saturating_sub(AXIS), ..area };
    let focus = marks.at.and_then(|i| layout.boxes.get(i));
    let (dx, scroll_x) = fit(layout.width, room.width, focus.map(|b| (b.x, b.width)));
    let (dy, scroll_y) = fit(layout.height, room.height, focus.map(|b| (b.y, b.height)));
    let lines = layered::draw(layout);
    for (row, line) in lines.iter().enumerate() {
        let Some(y) = place(row, scroll_y, dy, room.y, room.height) else { continue };
        for (col, ch) in line.chars().enumerate() {
            if ch == ' ' {
                continue;
            }
            let Some(x) = place(col, scroll_x, dx, room.x, room.width) else { continue };
            let ch = if heavy { heavier(ch) } else { ch };
            let style = if "▲▼◀▶".contains(ch) { theme.text.add_modifier(Modifier::BOLD) } else { theme.text };
            buf[(x, y)].set_char(ch).set_style(style);
        }
    }
    // Boxes over the connectors, the one the walk is at reversed and heavy-edged (so it
    // shows without colour), the one it would go on to underlined.
    for (i, b) in layout.boxes.iter().enumerate() {
        let style = if marks.at == Some(i) {
            theme.selected
        } else if marks.ahead == Some(i) {
            theme.text.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            continue;
        };
        for by in b.y..b.y.saturating_add(b.height) {
            let Some(y) = place(usize::from(by), scroll_y, dy, room.y, room.height) else { continue };
            for bx in b.x..b.x.saturating_add(b.width) {
                let Some(x) = place(usize::from(bx), scroll_x, dx, room.x, room.width) else { continue };
                let cell = &mut buf[(x, y)];
                if marks.at == Some(i) {
                    let ch = cell.symbol().chars().next().unwrap_or(' ');
                    cell.set_char(heavier(ch));
                }
                cell.set_style(style);
            }
        }
    }
    // The level of each row, once per level, at its first row.
    let mut last = None;
    for &(layer, y, _) in &layout.rows {
        if last == Some(layer) {
            continue;
        }
        last = Some(layer);
        let Some(y) = place(usize::from(y) + 1, scroll_y, dy, room.y, room.height) else { continue };
        let label = if layer == 0 { "CF ?".to_string() } else { format!("CF{layer}") };
        buf.set_stringn(area.x, y, label, usize::from(AXIS.saturating_sub(1)), theme.heading);
    }
}

/// Where content `len` long goes in a view `room` long: the offset that centres it when it
/// fits, else how far to scroll so the span `focus` (start, length) is in the middle.
fn fit(len: u16, room: u16, focus: Option<(u16, u16)>) -> (u16, u16) {
    if len <= room {
        return ((room - len) / 2, 0);
    }
    let scroll = focus.map_or(0, |(start, size)| (start + size / 2).saturating_sub(room / 2));
    (0, scroll.min(len - room))
}

/// The screen coordinate of content position `pos`, if it is in view.
fn place(pos: usize, scroll: u16, offset: u16, origin: u16, room: u16) -> Option<u16> {
    let pos = u16::try_from(pos).ok()?.checked_sub(scroll)?;
    (pos < room).then(|| origin.saturating_add(offset).saturating_add(pos)).filter(|&p| p < origin + room)
}

/// The heavy form of a light box-drawing character, for the walk's box and for projectors.
pub fn heavier(ch: char) -> char {
    match ch {
        '─' => '━',
        '│' => '┃',
        '┌' => '┏',
        '┐' => '┓',
        '└' => '┗',
        '┘' => '┛',
        '┬' => '┳',
        '┴' => '┻',
        '├' => '┣',
        '┤' => '┫',
        '┼' => '╋',
        c => c,
    }
}
