//! The header (screen tabs, and what the screen is about) and the footer (key hints).
//! Keys shown in both come from the keymap.

use crate::tui::screens::{Hint, hint};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::filters::FacetEdit;
use ratatui::widgets::Widget;

use super::text::{truncate, width};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Screen};

pub fn render_tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let spans: Vec<Span> =
        crate::tui::content::header::tabs(app, usize::from(area.width)).into_iter().map(|(_, s)| s).collect();
    Line::from(spans).render(area, buf);
}

/// The role in view, the search and filters in force, and what is marked and held.
pub fn render_context(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    // The nation and hours first: every figure on every screen depends on them.
    let mut spans =
        vec![Span::styled(format!(" {} ", app.lens.describe()), theme.tab_active), Span::styled(" Role: ", theme.dim)];
    match app.current {
        Some(r) => spans.push(Span::styled(app.catalogue.role(r).title.clone(), theme.heading)),
        None => spans.push(Span::styled("none", theme.dim)),
    }
    let searching = matches!(app.overlay, Overlay::Search { .. });
    if app.screen == Screen::Browse || searching {
        if !app.screens.browse.query.is_empty() {
            spans.push(Span::styled("  Search: ", theme.dim));
            spans.push(Span::styled(format!("“{}”", app.screens.browse.query), theme.text));
        }
        let filters = app.screens.browse.filters.summary();
        if !filters.is_empty() {
            spans.push(Span::styled("  Filters: ", theme.dim));
            spans.push(Span::styled(filters.join(", "), theme.text));
        }
        if (!app.screens.browse.query.is_empty() || !filters.is_empty()) && !searching {
            let chain = crate::tui::content::header::screen_chain(Screen::Browse);
            if let Some(k) = app.keymap.key_for(&chain, Action::ClearFilters) {
                spans.push(Span::styled(format!("  ({k} clears)"), theme.dim));
            }
        }
    }
    if !app.screens.compare.marks.is_empty() && app.screen != Screen::Compare {
        spans.push(Span::styled(format!("  Marked {}/3", app.screens.compare.marks.len()), theme.dim));
    }
    if !app.held.is_empty() {
        spans.push(Span::styled(format!("  Held {}", app.held.len()), theme.dim));
    }
    Line::from(spans).render(area, buf);
}

/// The hints that matter in the state the app is in, most useful first.
fn hints(app: &App, width: u16) -> Vec<Hint> {
    use Action::{Back, ClearFilters, ClearInput, Down, Help, Left, Open, Quit, Right, Up};
    let mut out = match &app.overlay {
        Overlay::Search { .. } => vec![
            hint(&[Open], "open"),
            hint(&[Back], "restore"),
            hint(&[Up, Down], "choose"),
            hint(&[ClearInput], "clear"),
        ],
        Overlay::Picker(_) => {
            vec![hint(&[Open], "choose"), hint(&[Up, Down], "move"), hint(&[Back], "cancel")]
        }
        Overlay::Filters { .. } => vec![
            hint(&[Up, Down], "facet"),
            hint(&[Left, Right], "value"),
            hint(&[ClearFilters], "clear all"),
            hint(&[Back], "done"),
        ],
        Overlay::Help { .. } => vec![hint(&[Up, Down], "scroll"), hint(&[Help], "close")],
        Overlay::None => (app.screen.behaviour().hints)(app, width),
    };
    if matches!(app.overlay, Overlay::None) {
        out.push(hint(&[Back], "back"));
        out.push(hint(&[Action::Export], "plan"));
    }
    if !matches!(app.overlay, Overlay::Help { .. }) {
        out.push(hint(&[Help], "help"));
    }
    out.push(hint(&[Quit], "quit"));
    out
}

pub fn render_footer(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    if let Some(message) = &app.message {
        Line::styled(format!(" {}", truncate(message, usize::from(area.width).saturating_sub(1))), theme.message)
            .render(area, buf);
        return;
    }
    let chain = app.key_chain();
    let items: Vec<(String, String, bool)> = hints(app, area.width)
        .into_iter()
        .filter_map(|h| {
            let keys: Vec<String> =
                h.actions.iter().filter_map(|&a| app.keymap.key_for(&chain, a)).map(|k| k.to_string()).collect();
            let essential = matches!(h.actions, [Action::Help | Action::Quit]);
            (keys.len() == h.actions.len())
                .then(|| (format!(" {}", keys.join("/")), format!(" {} ", h.label), essential))
        })
        .collect();
    // Help and quit always show; the rest fill what room is left, most useful first.
    let max = usize::from(area.width);
    let cost = |(key, label, _): &(String, String, bool)| width(key) + width(label);
    let mut used: usize = items.iter().filter(|i| i.2).map(cost).sum();
    let keep: Vec<bool> = items
        .iter()
        .map(|item| {
            if item.2 {
                return true;
            }
            let fits = used + cost(item) <= max;
            if fits {
                used += cost(item);
            }
            fits
        })
        .collect();
    let mut spans = Vec::new();
    for ((key, label, _), keep) in items.into_iter().zip(keep) {
        if keep {
            spans.push(Span::styled(key, theme.key));
            spans.push(Span::styled(label, theme.dim));
        }
    }
    Line::from(spans).render(area, buf);
}
