//! The Pathways screen: the curated pathways; a map of one, its roles placed by level
//! (rising) and sector (social care | both | health) with the steps drawn between them;
//! and a slide of the current role for a room.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::format::{level_short, sector_short};
use super::text::{Doc, render_rows, truncate, width};
use super::{note, pane, scrolled};
use crate::lens::Lens;
use crate::model::{Catalogue, Pathway, RoleIx};
use crate::tui::action::Action;
use crate::tui::app::{App, PathwayView};
use crate::tui::layout;
use crate::tui::rolelist::SECTOR_ORDER;
use crate::tui::theme::Theme;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    if app.catalogue.pathways.is_empty() {
        let block = pane(" Pathways ", true, &app.theme);
        let inner = block.inner(body);
        block.render(body, buf);
        super::notice(vec![note("No curated pathways are in the data yet.", &app.theme)], inner, buf);
        return;
    }
    match (app.screens.pathways.view, app.selected_pathway()) {
        (PathwayView::Map, Some(p)) => render_map_view(app, p, body, buf),
        (PathwayView::Slide, Some(p)) => render_slide(app, p, body, buf),
        _ => render_list(app, body, buf),
    }
}

fn render_list(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (list, preview) = layout::pathways_list(body);
    let block = pane(format!(" Pathways ({}) ", app.catalogue.pathways.len()), true, theme);
    let inner = block.inner(list);
    block.render(list, buf);
    let cells = usize::from(inner.width).saturating_sub(2);
    let lines: Vec<Line> = app
        .catalogue
        .pathways
        .iter()
        .map(|p| Line::raw(truncate(&format!("{} ({} roles)", p.name, p.roles.len()), cells)))
        .collect();
    render_rows(
        buf,
        inner,
        &lines,
        Some(app.screens.pathways.cursor.selected),
        app.screens.pathways.cursor.offset,
        theme,
    );
    let Some(pathway) = app.selected_pathway() else { return };
    if preview.width == 0 {
        return;
    }
    let block = pane(format!(" {} ", pathway.name), false, theme);
    let inner = block.inner(preview);
    block.render(preview, buf);
    let cat = &app.catalogue;
    let mut doc = Doc::new(inner.width);
    doc.para(&pathway.description, theme.text, 0);
    doc.blank();
    for (i, &r) in pathway.roles.iter().enumerate() {
        let role = cat.role(r);
        doc.item(
            Span::styled(format!("{:>2}. ", i + 1), theme.key),
            &{
                let presence = crate::nations::presence(role, app.lens.nation);
                let standing = match presence {
                    crate::nations::Presence::Present => String::new(),
                    p => format!(" [{}]", p.describe(app.lens.nation)),
                };
                format!("{} — {}, {}{standing}", role.title, role.sector.label(), crate::wording::level_text(cat, r))
            },
            theme.text,
        );
    }
    doc.blank();
    let key = |a| app.screen_key(a);
    doc.para(
        &format!("{} opens the map; {} presents it role by role.", key(Action::Open), key(Action::Zoom)),
        theme.dim,
        0,
    );
    scrolled(doc.lines, 0, inner, buf);
}

/// A role placed on the map: its top-left cell, label and whether it is the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub x: u16,
    pub y: u16,
    pub label: String,
    pub current: bool,
}

/// Left margin of the map for level labels.
const AXIS: u16 = 4;

/// Places a pathway's roles in `area` (the map's inside): columns by sector, rows by level
/// with the highest at the top and roles without a level at the bottom.
pub fn map_nodes(
    cat: &Catalogue,
    pathway: &Pathway,
    current: usize,
    area: Rect,
) -> (Vec<Node>, Vec<(Option<u8>, u16)>) {
    let level_of = |r: RoleIx| cat.level(r).map(|l| l.level);
    let mut levels: Vec<Option<u8>> = pathway.roles.iter().map(|&r| level_of(r)).collect();
    // Highest first, unknown last.
    levels.sort_by(|a, b| match (a, b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => y.cmp(x),
    });
    levels.dedup();
    let top = area.y.saturating_add(1);
    let bottom = area.bottom().saturating_sub(1).max(top);
    let span = bottom - top;
    let steps = u16::try_from(levels.len().saturating_sub(1)).unwrap_or(u16::MAX).max(1);
    let row_y = |i: usize| -> u16 {
        if levels.len() == 1 {
            top + span / 2
        } else {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            top + ((u32::from(span) * u32::from(i)) / u32::from(steps)) as u16
        }
    };
    let axis: Vec<(Option<u8>, u16)> = levels.iter().enumerate().map(|(i, l)| (*l, row_y(i))).collect();
    let columns = columns(area);
    let mut nodes: Vec<Node> = Vec::new();
    for (i, &r) in pathway.roles.iter().enumerate() {
        let role = cat.role(r);
        let col = SECTOR_ORDER.iter().position(|s| *s == role.sector).unwrap_or(1);
        let column = columns[col];
        let row = levels.iter().position(|l| *l == level_of(r)).unwrap_or(0);
        let is_current = i == current;
        let marker = if is_current { "▶ ".to_string() } else { format!("{}. ", i + 1) };
        let label = truncate(&format!("{marker}{}", role.title), usize::from(column.width.saturating_sub(1)));
        let w = u16::try_from(width(&label)).unwrap_or(u16::MAX);
        let x = column.x + column.width.saturating_sub(w) / 2;
        let mut y = row_y(row);
        // Two roles in one cell sit one above the other.
        while nodes.iter().any(|n| n.y == y && n.x.abs_diff(x) < w.max(8)) && y < bottom {
            y += 1;
        }
        nodes.push(Node { x, y, label, current: is_current });
    }
    (nodes, axis)
}

/// The three sector columns, right of the level axis.
fn columns(area: Rect) -> [Rect; 3] {
    let (_, cols) = layout::split_left(area, AXIS);
    cols.layout(&Layout::horizontal([Constraint::Ratio(1, 3); 3]))
}

fn render_map_view(app: &App, pathway: &Pathway, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let areas = layout::pathway_map(body);
    let pos = app.screens.pathways.pos.min(pathway.roles.len().saturating_sub(1));
    let key = |a| app.screen_key(a);
    let head = vec![
        Line::from(vec![
            Span::styled(format!(" {} ", pathway.name), theme.heading),
            Span::styled(
                format!(
                    " role {} of {} · {}/{} walk · {} presents",
                    pos + 1,
                    pathway.roles.len(),
                    key(Action::Left),
                    key(Action::Right),
                    key(Action::Zoom)
                ),
                theme.dim,
            ),
        ]),
        Line::styled(format!(" {}", pathway.description), theme.dim),
    ];
    Paragraph::new(head).render(areas.title, buf);
    let block = pane(" Map: level rises upwards ", true, theme);
    let inner = block.inner(areas.map);
    block.render(areas.map, buf);
    render_map(app, pathway, pos, inner, buf);
    if areas.essentials.height > 0
        && let Some(&role) = pathway.roles.get(pos)
    {
        let block = pane(" This role ", false, theme);
        let inner = block.inner(areas.essentials);
        block.render(areas.essentials, buf);
        scrolled(essentials(app, pathway, pos, role, inner.width, false), 0, inner, buf);
    }
}

fn render_map(app: &App, pathway: &Pathway, pos: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (nodes, axis) = map_nodes(&app.catalogue, pathway, pos, area);
    // Too cramped to place roles by sector and level legibly: a ladder instead.
    if area.width < 60 || area.height < u16::try_from(axis.len() * 2 + 1).unwrap_or(u16::MAX) {
        render_ladder(app, pathway, pos, area, buf);
        return;
    }
    for (column, sector) in columns(area).into_iter().zip(SECTOR_ORDER) {
        let label = match sector {
            crate::model::Sector::SocialCare => "Social care",
            crate::model::Sector::Both => "Both",
            crate::model::Sector::Health => "Health",
        };
        Line::styled(truncate(label, usize::from(column.width)), theme.group)
            .centered()
            .render(Rect { height: 1, ..column }, buf);
    }
    for (level, y) in &axis {
        let text = level.map_or("L–".to_string(), |l| format!("L{l}"));
        buf.set_stringn(area.x, *y, text, usize::from(AXIS), theme.dim);
    }
    // Steps first, as braille lines between label centres; labels are drawn over them.
    let (w, h) = (f64::from(area.width), f64::from(area.height));
    let centre = |n: &Node| {
        let cx = f64::from(n.x - area.x) + width(&n.label) as f64 / 2.0;
        let cy = f64::from(n.y - area.y);
        (cx, h - 1.0 - cy)
    };
    let segments: Vec<(f64, f64, f64, f64)> = nodes
        .windows(2)
        .map(|pair| {
            let (a, b) = (centre(&pair[0]), centre(&pair[1]));
            (a.0, a.1, b.0, b.1)
        })
        .collect();
    let line_colour = if theme.name == crate::tui::ThemeName::Monochrome { Color::Reset } else { Color::Gray };
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, w - 1.0])
        .y_bounds([0.0, h - 1.0])
        .paint(|ctx| {
            for &(x1, y1, x2, y2) in &segments {
                ctx.draw(&CanvasLine { x1, y1, x2, y2, color: line_colour });
            }
        })
        .render(area, buf);
    for node in &nodes {
        let style = if node.current { theme.selected } else { theme.text };
        let room = usize::from(area.right().saturating_sub(node.x));
        buf.set_stringn(node.x, node.y, &node.label, room, style);
    }
}

/// The pathway as a ladder, the last role at the top, for when the map does not fit.
fn render_ladder(app: &App, pathway: &Pathway, pos: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let mut lines = Vec::new();
    let mut current_line = 0;
    for (i, &r) in pathway.roles.iter().enumerate().rev() {
        let role = cat.role(r);
        if i + 1 < pathway.roles.len() {
            lines.push(Line::styled("   ↑", theme.dim));
        }
        if i == pos {
            current_line = lines.len();
        }
        let marker = if i == pos { "▶ " } else { "  " };
        let text =
            format!("{marker}{}. {} · {} · {}", i + 1, role.title, level_short(cat, r), sector_short(role.sector));
        let style = if i == pos { theme.selected } else { theme.text };
        lines.push(Line::styled(truncate(&text, usize::from(area.width)), style));
    }
    let height = usize::from(area.height);
    let scroll = current_line.saturating_sub(height / 2).min(lines.len().saturating_sub(height));
    scrolled(lines, scroll, area, buf);
}

/// The essentials of a pathway role: where it sits, pay, how to get here, what comes next.
fn essentials(
    app: &App,
    pathway: &Pathway,
    pos: usize,
    role_ix: RoleIx,
    width: u16,
    spacious: bool,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let role = cat.role(role_ix);
    let mut doc = Doc::new(width);
    let gap = |doc: &mut Doc| {
        if spacious {
            doc.blank();
        }
    };
    doc.para(&format!("{} of {} · {}", pos + 1, pathway.roles.len(), role.title), theme.title, 0);
    gap(&mut doc);
    doc.para(&facts(cat, role_ix), theme.text, 0);
    gap(&mut doc);
    doc.para(&format!("Pay: {}", crate::wording::pay_short(cat, role, &app.lens)), theme.text, 0);
    gap(&mut doc);
    match pos.checked_sub(1).and_then(|p| pathway.roles.get(p)) {
        Some(&prev) => how_from(&mut doc, cat, prev, role_ix, &app.lens, theme),
        None => doc.para(&format!("Start here. {}", role.summary), theme.text, 0),
    }
    gap(&mut doc);
    match pathway.roles.get(pos + 1) {
        Some(&next) => doc.para(&format!("Next: {}", cat.role(next).title), theme.dim, 0),
        None => doc.para("The end of this pathway.", theme.dim, 0),
    }
    doc.lines
}

fn facts(cat: &Catalogue, ix: RoleIx) -> String {
    let role = cat.role(ix);
    let mut parts = vec![role.sector.label().to_string(), crate::wording::level_text(cat, ix)];
    if let Some(c) = role.levels.cwp {
        parts.push(format!("Care Workforce Pathway: {}", c.label()));
    }
    if let Some(b) = role.levels.afc {
        parts.push(format!("AfC {b}"));
    }
    parts.join(" · ")
}

/// "From X: route, duration; requires …" for each step between the two roles.
fn how_from(doc: &mut Doc, cat: &Catalogue, from: RoleIx, to: RoleIx, lens: &Lens, theme: &Theme) {
    let held = crate::requirements::Held::default().in_role(cat, from);
    for &s in cat.steps_from(from).iter().filter(|&&s| cat.step(s).to == to) {
        let step = cat.step(s);
        let requires = crate::wording::requirements_text(cat, &step.requires, lens.nation);
        let took = crate::graph::step_time(cat, s, &held, lens, &[]).describe(step);
        doc.para(
            &format!("From {}: {}, {took}. Requires {requires}.", cat.role(from).title, step.route.label()),
            theme.text,
            0,
        );
        if let Err(u) = crate::nations::step_available(cat, step, lens.nation) {
            doc.para(&format!("Not in {}: {}", lens.nation.label(), u.describe(lens.nation)), theme.missing, 0);
        }
    }
}

/// The current role alone, for a room: its title in large letters when the wall is big
/// enough, its essentials beneath.
fn render_slide(app: &App, pathway: &Pathway, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let pos = app.screens.pathways.pos.min(pathway.roles.len().saturating_sub(1));
    let Some(&role_ix) = pathway.roles.get(pos) else { return };
    let role = app.catalogue.role(role_ix);
    let block = pane(format!(" {} ", pathway.name), true, theme);
    let inner = block.inner(body);
    block.render(body, buf);
    let area = inner.centered_horizontally(Constraint::Max(120));
    let dots: Vec<&str> = (0..pathway.roles.len()).map(|i| if i == pos { "●" } else { "○" }).collect();
    let progress = Line::styled(format!("{}   {} of {}", dots.join("─"), pos + 1, pathway.roles.len()), theme.dim);
    let details: Vec<Line<'static>> = essentials(app, pathway, pos, role_ix, area.width, true)
        .into_iter()
        .skip(2)
        .map(ratatui::prelude::Line::centered)
        .collect();
    let details_height = u16::try_from(details.len()).unwrap_or(u16::MAX);

    // The largest letters that fit the whole title (in at most three lines) with the
    // essentials below; letter-spaced capitals when even the smallest do not.
    let big = BIG_SIZES.iter().find_map(|&(size, across, down)| {
        let lines = wrap_words(&role.title, usize::from(area.width / across))?;
        let height = down * u16::try_from(lines.len()).ok()?;
        (lines.len() <= 3 && height + details_height + 4 <= area.height).then_some((size, height, lines))
    });
    let title_height = big.as_ref().map_or(1, |(_, height, _)| *height);
    let total = title_height.saturating_add(details_height).saturating_add(4);
    let area = area.centered_vertically(Constraint::Length(total));
    let [top, title_area, _, rest] = area.layout(&Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(title_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    Paragraph::new(progress).centered().render(top, buf);
    if let Some((size, _, lines)) = big {
        BigText::builder()
            .pixel_size(size)
            .style(theme.selected)
            .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .centered()
            .build()
            .render(title_area, buf);
    } else {
        let spaced: String = role.title.to_uppercase().chars().flat_map(|c| [c, ' ']).collect();
        let title = if width(&spaced) <= usize::from(area.width) { spaced } else { role.title.to_uppercase() };
        Paragraph::new(Line::styled(title.trim_end().to_string(), theme.selected).centered())
            .wrap(Wrap { trim: true })
            .render(title_area, buf);
    }
    Paragraph::new(details).wrap(Wrap { trim: true }).render(rest, buf);
}

/// Sizes of large letters from an 8x8 font, largest first, with the cells each letter
/// takes across and down.
const BIG_SIZES: [(PixelSize, u16, u16); 3] =
    [(PixelSize::Full, 8, 8), (PixelSize::HalfHeight, 8, 4), (PixelSize::Quadrant, 4, 4)];

/// Breaks `text` into lines of at most `max` characters at spaces; `None` when a single
/// word is longer than that.
fn wrap_words(text: &str, max: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if len > max {
            return None;
        }
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + len <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    (!lines.is_empty()).then_some(lines)
}

#[cfg(test)]
mod slide_tests {
    use super::wrap_words;

    #[test]
    fn titles_wrap_at_spaces_or_not_at_all() {
        assert_eq!(
            wrap_words("Trainee nursing associate", 20),
            Some(vec!["Trainee nursing".into(), "associate".into()])
        );
        assert_eq!(wrap_words("Care worker", 30), Some(vec!["Care worker".into()]));
        assert_eq!(wrap_words("Physiotherapist", 10), None);
        assert_eq!(wrap_words("   ", 10), None);
    }
}
