//! Panels drawn over the screen: the filters and the target picker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::format::{level_short, sector_short};
use super::pane;
use super::text::{highlighted, render_rows, render_window, truncate, width};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::filters::{Facet, FacetEdit};
use crate::tui::layout;
use crate::tui::picker::Picker;

pub fn render_filters(app: &App, facet: usize, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let area = layout::filters(body);
    Clear.render(area, buf);
    let n = app.screens.browse.list.entries.len();
    let block = pane(format!(" Filters: {n} role{} shown ", if n == 1 { "" } else { "s" }), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines: Vec<Line> = Facet::ALL
        .iter()
        .map(|&f| {
            let value = app.screens.browse.filters.value(f);
            let shown = value.clone().unwrap_or_else(|| "any".to_string());
            Line::from(vec![
                Span::styled(format!("{:<8}", f.label()), theme.heading),
                Span::styled("◀ ", theme.dim),
                Span::styled(shown, if value.is_some() { theme.key } else { theme.dim }),
                Span::styled(" ▶", theme.dim),
            ])
        })
        .collect();
    render_rows(buf, inner, &lines, Some(facet), 0, theme);
    let chain = app.key_chain();
    let key = |a| app.keymap.key_for(&chain, a).map_or(String::new(), |k| k.to_string());
    let help = format!(
        "{}/{} changes a value; {} clears all; {} closes.",
        key(Action::Left),
        key(Action::Right),
        key(Action::ClearFilters),
        key(Action::Back)
    );
    let help_area = layout::below(inner, 6);
    Line::styled(truncate(&help, usize::from(help_area.width)), theme.dim).render(help_area, buf);
}

/// What a list's title says while the search worker is busy: that the list is still the
/// last one, or holds only the hits found so far.
pub fn searching_note(app: &App) -> &'static str {
    match app.searching() {
        Some(crate::tui::finder::Searching::Started) => " · searching…",
        Some(crate::tui::finder::Searching::Partly) => " · so far, searching…",
        None => "",
    }
}

pub fn render_picker(app: &App, picker: &Picker, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let [popup, input, list] = layout::picker(body);
    Clear.render(popup, buf);
    let block = pane(" Routes: which role do you want to reach? ", true, theme);
    block.render(popup, buf);
    let count = format!("  {} roles{}", picker.choices.len(), searching_note(app));
    Line::from(vec![
        Span::styled("Target: ", theme.heading),
        Span::styled(picker.query.clone(), theme.text),
        Span::styled(" ", theme.selected),
        Span::styled(count, theme.dim),
    ])
    .render(input, buf);
    let cat = &app.catalogue;
    let cells = usize::from(list.width).saturating_sub(2);
    if picker.choices.is_empty() {
        let message = if app.searching().is_some() { "Searching…" } else { "No role matches." };
        Line::styled(message, theme.dim).render(list, buf);
        return;
    }
    let window = (Some(picker.cursor.selected), picker.cursor.offset);
    render_window(buf, list, picker.choices.iter(), window, theme, |(r, hit)| {
        let role = cat.role(*r);
        let facts = format!("  {} · {}", level_short(cat, *r), sector_short(role.sector));
        let room = cells.saturating_sub(width(&facts));
        let mut spans = match picker.hit(*hit) {
            Some(h) if h.field == crate::search::Field::Title => {
                highlighted(&role.title, &h.positions, theme.text, theme.matched, room)
            }
            _ => vec![Span::styled(truncate(&role.title, room), theme.text)],
        };
        let used: usize = spans.iter().map(Span::width).sum();
        spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
        spans.push(Span::styled(facts, theme.dim));
        Line::from(spans)
    });
}
