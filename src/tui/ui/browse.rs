//! The Browse screen: the role list beside the selected role's detail and its steps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::format::{level_change, level_short, pay_change, role_pay_compact, role_pay_short, step_time_short};
use super::text::{fit, highlighted, render_rows, render_window, truncate, width};
use super::{note, pane, scrolled};
use crate::search::Field;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::filters::FacetEdit as _;
use crate::tui::layout;
use crate::tui::rolelist::{Entry, ListRow};
use crate::tui::screens::LinkRow;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let rows = app.link_rows();
    let areas = layout::browse(body, app.screens.browse.focus, rows.len());
    if areas.strip.width > 0 {
        render_strip(app, areas.strip, buf);
    }
    if areas.list.width > 0 {
        render_list(app, areas.list, buf);
    }
    if areas.detail.width > 0 {
        render_detail(app, areas.detail, buf);
    }
    if areas.links.width > 0 {
        render_links(app, &rows, areas.links, buf);
    }
}

/// Which pane shows, when only one fits.
fn render_strip(app: &App, area: Rect, buf: &mut Buffer) {
    for (cell, focus) in layout::strip_cells(area).into_iter().zip(Focus::ALL) {
        let active = focus == app.screens.browse.focus;
        let style = if active { app.theme.tab_active } else { app.theme.tab };
        let label = if active { format!("▸{}◂", focus.title()) } else { focus.title().to_string() };
        Line::styled(label, style).centered().render(cell, buf);
    }
}

fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let searching = matches!(app.overlay, Overlay::Search { .. });
    let count = app.screens.browse.list.entries.len();
    let title = format!(
        " Roles ({count}) by {}{} ",
        if app.screens.browse.query.is_empty() { app.screens.browse.grouping.label() } else { "best match" },
        super::overlays::searching_note(app),
    );
    let block = pane(title, app.screens.browse.focus == Focus::List || searching, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.query_line_shown() {
        let mut spans = vec![Span::styled("/ ", theme.key), Span::styled(app.screens.browse.query.clone(), theme.text)];
        if searching {
            spans.push(Span::styled(" ", theme.selected));
        }
        Line::from(spans).render(inner, buf);
    }
    let rows_area = layout::list_rows(area, app.query_line_shown());
    if count == 0 {
        let message = if app.searching().is_some() {
            "Searching…".to_string()
        } else if app.screens.browse.query.is_empty() {
            "No role passes these filters.".to_string()
        } else {
            format!("No role matches “{}”.", app.screens.browse.query)
        };
        let mut lines = vec![note(&message, theme)];
        if !app.screens.browse.filters.summary().is_empty() {
            lines.push(note("Filters are narrowing the list too.", theme));
        }
        super::notice(lines, rows_area, buf);
        return;
    }
    let content = usize::from(rows_area.width).saturating_sub(width(super::text::SELECTED));
    let list = &app.screens.browse.list;
    let selected = list.selected.map(|i| list.row_of(i));
    render_window(buf, rows_area, list.rows(), (selected, list.offset), theme, |row| match row {
        ListRow::Group(g) => Line::styled(truncate(&format!("{} ({})", g.label, g.count), content), theme.group),
        ListRow::Entry(_, entry) => list_line(app, entry, content),
    });
}

/// One role in the list: marked, title (with what matched), and level and pay at the right.
fn list_line(app: &App, entry: &Entry, cells: usize) -> Line<'static> {
    let (role_ix, hit) = (entry.role, app.screens.browse.list.hit(entry));
    // Worked out only for the rows drawn: where the query's words also fit the title.
    let title_match = match hit {
        Some(h) if h.field == Field::Title => h.positions.clone(),
        Some(_) => crate::search::title_positions(&app.catalogue.role(role_ix).title, &app.screens.browse.query),
        None => Vec::new(),
    };
    let title_match = &title_match;
    let theme = &app.theme;
    let role = app.catalogue.role(role_ix);
    let facts = match cells {
        0..22 => String::new(),
        22..30 => format!(" {}", level_short(&app.catalogue, role_ix)),
        30..44 => format!(
            " {:<4}{:>8}",
            level_short(&app.catalogue, role_ix),
            role_pay_compact(&app.catalogue, role, &app.lens)
        ),
        _ => format!(
            " {:<4}{:>10}",
            level_short(&app.catalogue, role_ix),
            role_pay_short(&app.catalogue, role, &app.lens)
        ),
    };
    let mark = if app.screens.compare.marks.contains(&role_ix) { "◆" } else { " " };
    let room = cells.saturating_sub(width(&facts) + width(mark));
    let mut spans = vec![Span::styled(mark, theme.key)];
    // When an alias, keyword or id matched and the title does not, show what matched
    // beside the title, so the match makes sense; the title gives up room for it.
    let matched = hit.filter(|h| h.field != Field::Title && title_match.is_empty()).and_then(|h| {
        let text = match h.field {
            Field::Alias => role.aliases.get(h.which)?.clone(),
            Field::Keyword => role.keywords.get(h.which)?.clone(),
            Field::Id => role.id.clone(),
            // A paragraph does not fit beside a title: say where it matched instead.
            field => crate::search::matched_phrase(field, crate::search::matched_str(role, h)),
        };
        let positions: &[usize] = if h.field.is_name() { &h.positions } else { &[] };
        Some((text, positions))
    });
    // The title keeps priority: the alias shows only when the title keeps 16 characters (or
    // all of it) and the alias gets all of its own or 8, since two stubs read as neither.
    let title_keep = width(&role.title).min(16);
    let alias_width = matched.as_ref().map_or(0, |(text, _)| width(text));
    let alias_fits = matched.is_some() && title_keep + 3 + alias_width.min(8) <= room;
    let title_room = if alias_fits { room.saturating_sub(alias_width + 3).max(title_keep) } else { room };
    let mut text_spans = highlighted(&role.title, title_match, theme.text, theme.matched, title_room);
    if let Some((text, h)) = matched
        && title_room < room
    {
        let used: usize = text_spans.iter().map(Span::width).sum();
        text_spans.push(Span::styled(" · ", theme.dim));
        text_spans.extend(highlighted(&text, h, theme.dim, theme.matched, room.saturating_sub(used + 3)));
    }
    let used: usize = text_spans.iter().map(Span::width).sum();
    spans.extend(text_spans);
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::styled(facts, theme.dim));
    Line::from(spans)
}

fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let block = pane(" Detail ", app.screens.browse.focus == Focus::Detail, &app.theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = crate::tui::content::browse::detail_doc(app, inner.width).lines;
    scrolled(lines, app.screens.browse.detail_scroll, inner, buf);
}

fn render_links(app: &App, rows: &[LinkRow], area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let focused = app.screens.browse.focus == Focus::Links;
    let block = pane(format!(" Steps: {} goes to the role ", app.screen_key(crate::tui::Action::Open)), focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let content = usize::from(inner.width).saturating_sub(2);
    let cat = &app.catalogue;
    // When there is room for the facts columns, the headings label them.
    let wide = content >= 56;
    let heading = |text: String| {
        if !wide {
            return Line::styled(text, theme.heading);
        }
        let labels = format!(" {:>3} {:>9}  {:<13}", "CF±", "pay/yr", "time");
        let room = content.saturating_sub(width(&labels) + 9);
        Line::from(vec![
            Span::styled(format!("{:<room$}", fit(&text, room)), theme.heading),
            Span::styled(labels, theme.dim),
        ])
    };
    let lines: Vec<Line> = rows
        .iter()
        .map(|row| match *row {
            LinkRow::Heading(true) => heading(format!("Next steps ({})", app.next.len())),
            LinkRow::Heading(false) => heading(format!("Steps into this role ({})", app.into.len())),
            LinkRow::Empty => note("none recorded", theme),
            LinkRow::Link(i) => {
                let outward = i < app.next.len();
                let Some(view) = app.next.get(i).or_else(|| app.into.get(i - app.next.len())) else {
                    return Line::default();
                };
                let other = cat.role(view.other);
                let step = cat.step(view.step);
                let status = match (outward, view.open_now()) {
                    _ if view.unavailable.is_some() => format!("✗ not in {}", app.lens.nation.label()),
                    (true, true) => "✓ open".to_string(),
                    (true, false) => format!("✗ needs {}", view.missing.len()),
                    (false, _) => String::new(),
                };
                // Fixed columns so the facts line up; the least needed go first when narrow.
                let facts = if wide {
                    format!(
                        " {:>3} {:>9}  {:<13}",
                        level_change(view.level_change),
                        pay_change(view.pay_change),
                        step_time_short(view.time, step)
                    )
                } else {
                    format!(" {:>3} ", level_change(view.level_change))
                };
                let room = content.saturating_sub(2 + 2 + width(&facts) + 9);
                let status_style = if view.open_now() { theme.ok } else { theme.missing };
                Line::from(vec![
                    Span::styled(if outward { "→ " } else { "← " }, theme.key),
                    Span::styled(fit(&other.title, room), theme.text),
                    Span::styled(if view.crosses { " ⇄" } else { "  " }, theme.crossing),
                    Span::styled(facts, theme.dim),
                    Span::styled(status, status_style),
                ])
            }
        })
        .collect();
    let selected =
        if focused { rows.iter().position(|r| *r == LinkRow::Link(app.screens.browse.links.selected)) } else { None };
    render_rows(buf, inner, &lines, selected, app.screens.browse.links.offset, theme);
}
