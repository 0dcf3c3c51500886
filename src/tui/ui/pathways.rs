//! The Pathways screen: the curated pathways; a map of one, its roles placed by level
//! (rising) and sector (social care | both | health) with the steps drawn between them;
//! and a slide of the current role for a room.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use std::fmt::Write as _;

use super::format::{level_short, sector_short};
use super::text::{Doc, render_rows, truncate};
use super::{note, pane, scrolled};
use crate::lens::Lens;
use crate::model::{Catalogue, Pathway, RoleIx};
use crate::tui::action::Action;
use crate::tui::app::{App, PathwayView};
use crate::tui::layout;
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
        (PathwayView::Slide, Some(p)) => super::slide::render(app, p, body, buf),
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

fn render_map_view(app: &App, pathway: &Pathway, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let map_width = body.width.saturating_sub(2 + super::map::AXIS);
    let map = super::map::map_layout(&app.catalogue, pathway, map_width);
    let areas = layout::pathway_map(body, map.height);
    let walk = &app.screens.pathways;
    let pos = walk.position(pathway);
    let key = |a| app.screen_key(a);
    let mut ways = format!("{}/{} walk", key(Action::Left), key(Action::Right));
    if walk.at.is_some_and(|r| pathway.next(r).len() > 1) {
        let _ = write!(ways, " · {}/{} chooses a branch", key(Action::Up), key(Action::Down));
    }
    let head = vec![
        Line::from(vec![
            Span::styled(format!(" {} ", pathway.name), theme.heading),
            Span::styled(
                format!(" role {} of {} · {ways} · {} presents", pos + 1, pathway.roles.len(), key(Action::Zoom)),
                theme.dim,
            ),
        ]),
        Line::styled(format!(" {}", pathway.description), theme.dim),
    ];
    Paragraph::new(head).render(areas.title, buf);
    let block = pane(" Map: Career Framework level rises upwards · social care left, health right ", true, theme);
    let inner = block.inner(areas.map);
    block.render(areas.map, buf);
    render_map(app, pathway, &map, inner, buf);
    if areas.essentials.height > 0
        && let Some(role) = walk.at
    {
        let block = pane(" This role ", false, theme);
        let inner = block.inner(areas.essentials);
        block.render(areas.essentials, buf);
        scrolled(essentials(app, pathway, role, inner.width, false), 0, inner, buf);
    }
}

fn render_map(app: &App, pathway: &Pathway, layout: &crate::layered::Layout, area: Rect, buf: &mut Buffer) {
    // Too cramped for boxes: a ladder instead.
    if area.width < 30 || area.height < 10 {
        render_ladder(app, pathway, area, buf);
        return;
    }
    let walk = &app.screens.pathways;
    let index = |r: Option<RoleIx>| r.and_then(|r| pathway.roles.iter().position(|&x| x == r));
    let marks = super::map::Marks { at: index(walk.at), ahead: index(walk.ahead(pathway)) };
    let heavy = app.theme.name == crate::tui::ThemeName::Projector;
    super::map::render(layout, &marks, area, buf, &app.theme, heavy);
}

/// The pathway as a ladder, the last role at the top, for when the map does not fit.
fn render_ladder(app: &App, pathway: &Pathway, area: Rect, buf: &mut Buffer) {
    let pos = app.screens.pathways.position(pathway);
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

/// The essentials of a pathway role: where it sits, pay, how the walk got here, and where
/// it can go on to (each branch at a fork).
pub(super) fn essentials(
    app: &App,
    pathway: &Pathway,
    role_ix: RoleIx,
    width: u16,
    spacious: bool,
) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let walk = &app.screens.pathways;
    let role = cat.role(role_ix);
    let mut doc = Doc::new(width);
    let gap = |doc: &mut Doc| {
        if spacious {
            doc.blank();
        }
    };
    let pos = walk.position(pathway);
    doc.para(&format!("{} of {} · {}", pos + 1, pathway.roles.len(), role.title), theme.title, 0);
    gap(&mut doc);
    doc.para(&facts(cat, role_ix), theme.text, 0);
    gap(&mut doc);
    doc.para(&format!("Pay: {}", crate::wording::pay_short(cat, role, &app.lens)), theme.text, 0);
    gap(&mut doc);
    let came = walk.trail.last().copied().or_else(|| pathway.previous(role_ix).first().copied());
    match came {
        Some(prev) => how_from(&mut doc, cat, prev, role_ix, &app.lens, theme),
        None => doc.para(&format!("Start here. {}", role.summary), theme.text, 0),
    }
    gap(&mut doc);
    let next = pathway.next(role_ix);
    match next.as_slice() {
        [] => doc.para("The end of this way.", theme.dim, 0),
        [one] => doc.para(&format!("Next: {}", cat.role(*one).title), theme.dim, 0),
        many => {
            let chosen = walk.branch.min(many.len() - 1);
            let ways: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(i, &r)| {
                    let name = branch_name(pathway, role_ix, r).map(|n| format!("{n}: ")).unwrap_or_default();
                    let mark = if i == chosen { "▶ " } else { "" };
                    format!("{mark}{name}{}", cat.role(r).title)
                })
                .collect();
            doc.para(&format!("Next, {} ways: {}", many.len(), ways.join(" · ")), theme.dim, 0);
        }
    }
    doc.lines
}

/// The name of the branch that leaves `from` for `to`, if that hop starts one.
fn branch_name(pathway: &Pathway, from: RoleIx, to: RoleIx) -> Option<&str> {
    pathway.branches.iter().find(|b| b.from == from && b.roles.first() == Some(&to)).map(|b| b.name.as_str())
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
