//! The Browse screen: the role list beside the selected role's detail and its steps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::format::{
    level_change, level_short, pay_change, qual_name, role_pay_compact, role_pay_short, step_time_short,
};
use super::text::{Doc, fit, highlighted, render_rows, truncate, width};
use super::{note, pane, scrolled};
use crate::model::{Nation, Role};
use crate::search::Field;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::filters::FacetEdit as _;
use crate::tui::layout;
use crate::tui::rolelist::{Entry, ListRow};
use crate::tui::screens::LinkRow;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let rows = app.link_rows();
    let areas = layout::browse(body, app.browse.focus, rows.len());
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
        let active = focus == app.browse.focus;
        let style = if active { app.theme.tab_active } else { app.theme.tab };
        let label = if active { format!("▸{}◂", focus.title()) } else { focus.title().to_string() };
        Line::styled(label, style).centered().render(cell, buf);
    }
}

fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let searching = matches!(app.overlay, Overlay::Search { .. });
    let count = app.browse.list.entries.len();
    let title = format!(
        " Roles ({count}) by {} ",
        if app.browse.query.is_empty() { app.browse.grouping.label() } else { "best match" }
    );
    let block = pane(title, app.browse.focus == Focus::List || searching, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.query_line_shown() {
        let mut spans = vec![Span::styled("/ ", theme.key), Span::styled(app.browse.query.clone(), theme.text)];
        if searching {
            spans.push(Span::styled(" ", theme.selected));
        }
        Line::from(spans).render(inner, buf);
    }
    let rows_area = layout::list_rows(area, app.query_line_shown());
    if count == 0 {
        let message = if app.browse.query.is_empty() {
            "No role passes these filters.".to_string()
        } else {
            format!("No role matches “{}”.", app.browse.query)
        };
        let mut lines = vec![note(&message, theme)];
        if !app.browse.filters.summary().is_empty() {
            lines.push(note("Filters are narrowing the list too.", theme));
        }
        super::notice(lines, rows_area, buf);
        return;
    }
    let content = usize::from(rows_area.width).saturating_sub(width(super::text::SELECTED));
    let lines: Vec<Line> = app
        .browse
        .list
        .rows()
        .map(|row| match row {
            ListRow::Group(g) => Line::styled(truncate(&format!("{} ({})", g.label, g.count), content), theme.group),
            ListRow::Entry(_, entry) => list_line(app, entry, content),
        })
        .collect();
    let selected = app.browse.list.selected.map(|i| app.browse.list.row_of(i));
    render_rows(buf, rows_area, &lines, selected, app.browse.list.offset, theme);
}

/// One role in the list: marked, title (with what matched), and level and pay at the right.
fn list_line(app: &App, entry: &Entry, cells: usize) -> Line<'static> {
    let (role_ix, hit, title_match) = (entry.role, entry.hit.as_ref(), &entry.title_match);
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
    let mark = if app.compare_screen.marks.contains(&role_ix) { "◆" } else { " " };
    let room = cells.saturating_sub(width(&facts) + width(mark));
    let mut spans = vec![Span::styled(mark, theme.key)];
    // When an alias, keyword or id matched and the title does not, show what matched
    // beside the title, so the match makes sense; the title gives up room for it.
    let matched = hit.filter(|h| h.field != Field::Title && title_match.is_empty()).and_then(|h| {
        let text = match h.field {
            Field::Alias => role.aliases.get(h.which),
            Field::Keyword => role.keywords.get(h.which),
            _ => Some(&role.id),
        }?;
        Some((text, h))
    });
    // The title keeps priority: the alias shows only when the title keeps 16 characters (or
    // all of it) and the alias gets all of its own or 8, since two stubs read as neither.
    let title_keep = width(&role.title).min(16);
    let alias_width = matched.map_or(0, |(text, _)| width(text));
    let alias_fits = matched.is_some() && title_keep + 3 + alias_width.min(8) <= room;
    let title_room = if alias_fits { room.saturating_sub(alias_width + 3).max(title_keep) } else { room };
    let mut text_spans = highlighted(&role.title, title_match, theme.text, theme.matched, title_room);
    if let Some((text, h)) = matched
        && title_room < room
    {
        let used: usize = text_spans.iter().map(Span::width).sum();
        text_spans.push(Span::styled(" · ", theme.dim));
        text_spans.extend(highlighted(text, &h.positions, theme.dim, theme.matched, room.saturating_sub(used + 3)));
    }
    let used: usize = text_spans.iter().map(Span::width).sum();
    spans.extend(text_spans);
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::styled(facts, theme.dim));
    Line::from(spans)
}

fn render_detail(app: &App, area: Rect, buf: &mut Buffer) {
    let block = pane(" Detail ", app.browse.focus == Focus::Detail, &app.theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = detail_doc(app, inner.width).lines;
    scrolled(lines, app.browse.detail_scroll, inner, buf);
}

/// How many lines the detail has at a given width, for scrolling.
pub fn detail_len(app: &App, width: u16) -> usize {
    detail_doc(app, width).lines.len()
}

fn detail_doc(app: &App, width: u16) -> Doc {
    let theme = &app.theme;
    let mut doc = Doc::new(width);
    let Some(ix) = app.current else {
        let search = app.screen_key(crate::tui::Action::Search);
        doc.para(&format!("No role selected. Move in the list, or press {search} to search."), theme.dim, 0);
        return doc;
    };
    let cat = &app.catalogue;
    let role = cat.role(ix);
    doc.para(&role.title, theme.title, 0);
    let level = crate::wording::level_text(cat, ix);
    doc.para(&format!("{} · {} · {level}", role.sector.label(), role.family.label()), theme.dim, 0);
    let presence = crate::nations::presence(role, app.lens.nation);
    if presence != crate::nations::Presence::Present {
        doc.para(&format!("In {}: {}", app.lens.nation.label(), presence.describe(app.lens.nation)), theme.missing, 0);
    }
    if !role.aliases.is_empty() {
        doc.field("Also called", &role.aliases.join(", "), theme);
    }
    doc.heading("Summary", theme.heading);
    doc.para(&role.summary, theme.text, 2);
    if !role.work.is_empty() {
        doc.heading("The work", theme.heading);
        doc.para(&role.work, theme.text, 2);
    }
    list_section(&mut doc, "Values and qualities", &role.values, app);
    list_section(&mut doc, "Entry requirements", &role.entry, app);
    if !role.required.is_empty() || !role.desirable.is_empty() {
        doc.heading("Qualifications", theme.heading);
        for req in &role.required {
            let met = app.held.meets(cat, req, Some(app.lens.nation));
            let (marker, style) = if met { ("✓ ", theme.ok) } else { ("• ", theme.text) };
            doc.item(
                Span::styled(format!("  {marker}"), style),
                &format!("{} — required", crate::requirements::describe(cat, req, Some(app.lens.nation))),
                theme.text,
            );
        }
        for &q in &role.desirable {
            let (marker, style) = if app.held.contains(q) { ("✓ ", theme.ok) } else { ("• ", theme.text) };
            let kind = cat.qualification(q).kind.label();
            doc.item(
                Span::styled(format!("  {marker}"), style),
                &format!("{} — {kind}, desirable", qual_name(cat, q)),
                theme.text,
            );
        }
    }
    doc.heading("Registration", theme.heading);
    doc.para(&crate::nations::registration_text(role, app.lens.nation), theme.text, 2);
    if let Some(f) = crate::nations::facts(cat, app.lens.nation) {
        let (inspectorate, induction) = match role.sector {
            crate::model::Sector::Health => (&f.health_inspectorate, &f.health_support_induction),
            _ => (&f.social_care_inspectorate, &f.social_care_induction),
        };
        doc.para(&format!("Services inspected by: {inspectorate}"), theme.dim, 2);
        doc.para(&format!("Induction for new support staff: {induction}"), theme.dim, 2);
    }
    for line in registration(role) {
        doc.para(&line, theme.dim, 2);
    }
    if !role.registration_note.is_empty() {
        doc.para(&role.registration_note, theme.dim, 2);
    }
    doc.heading("Pay", theme.heading);
    match crate::pay::role_pay(cat, role, app.lens.nation) {
        Some(pay) => {
            let c = pay.compared(app.lens.hours);
            doc.para(&crate::pay::compared_text(&c), theme.text, 2);
            doc.para(&format!("Published: {} ({})", pay.published_text(), pay.label()), theme.dim, 2);
            if let Some(f) = &pay.floor {
                doc.para(
                    &format!("Raised to the {} ({} an hour, {})", f.name, crate::pay::money_pence(f.hourly), f.year),
                    theme.dim,
                    2,
                );
            }
        }
        None => doc.para(&format!("Not recorded for {}", app.lens.nation.label()), theme.dim, 2),
    }
    doc.heading("Levels", theme.heading);
    let levels = &role.levels;
    let mut any = false;
    for (label, value) in [
        (
            "Career Framework",
            cat.level(ix).map(|l| match l.basis {
                crate::levels::LevelBasis::Stated => format!("level {}", l.level),
                b => format!("level {} ({})", l.level, b.describe()),
            }),
        ),
        ("Care Workforce Pathway", levels.cwp.map(|c| c.label().to_string())),
        ("Agenda for Change", levels.afc.map(|b| b.to_string())),
        ("Entry qualification", levels.rqf_entry.map(|l| format!("RQF level {l}"))),
    ] {
        if let Some(value) = value {
            doc.item(Span::styled(format!("  {label}: "), theme.dim), &value, theme.text);
            any = true;
        }
    }
    if !any {
        doc.para("Not recorded", theme.dim, 2);
    }
    if !role.settings.is_empty() {
        doc.heading("Settings", theme.heading);
        let settings: Vec<&str> = role.settings.iter().map(|s| s.label()).collect();
        doc.para(&settings.join(", "), theme.text, 2);
    }
    doc.heading("Nations", theme.heading);
    doc.para(&crate::wording::nations_text(role), theme.text, 2);
    if !role.note.is_empty() {
        doc.heading("Note", theme.heading);
        doc.para(&role.note, theme.text, 2);
    }
    doc.heading("Sources", theme.heading);
    for source in &role.sources {
        doc.item(Span::styled("  • ", theme.dim), &format!("{} ({})", source.url, source.supports), theme.text);
    }
    doc.blank();
    doc.para(&format!("Reviewed {}", role.reviewed), theme.dim, 0);
    doc
}

fn list_section(doc: &mut Doc, title: &str, items: &[String], app: &App) {
    if items.is_empty() {
        return;
    }
    doc.heading(title, app.theme.heading);
    for item in items {
        doc.item(Span::styled("  • ", app.theme.dim), item, app.theme.text);
    }
}

/// Who registers the role: once when every nation agrees, else per nation.
fn registration(role: &Role) -> Vec<String> {
    let shown = |r: &Option<String>| r.clone().unwrap_or_else(|| "not registered".to_string());
    let regs = &role.registration;
    if regs.is_empty() {
        return vec!["Not recorded".to_string()];
    }
    let all_same = regs.windows(2).all(|w| w[0].regulator == w[1].regulator);
    let covers = role.nations.iter().all(|n| role.regulator_in(*n).is_some());
    if all_same && covers && role.nations.len() > 1 {
        return vec![format!("{} in every nation where the role is found", shown(&regs[0].regulator))];
    }
    Nation::ALL
        .iter()
        .filter_map(|&n| role.regulator_in(n).map(|r| format!("{}: {}", n.label(), shown(&r.regulator))))
        .collect()
}

fn render_links(app: &App, rows: &[LinkRow], area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let focused = app.browse.focus == Focus::Links;
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
        if focused { rows.iter().position(|r| *r == LinkRow::Link(app.browse.links.selected)) } else { None };
    render_rows(buf, inner, &lines, selected, app.browse.links.offset, theme);
}
