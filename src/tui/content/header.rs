//! The screen tabs at a width: drawn by the header and hit-tested by mouse clicks.

use crate::tui::app::{App, Screen};
use crate::tui::keymap::Context;
use ratatui::layout::Rect;
use ratatui::text::Span;

/// The contexts a screen's keys are looked up in when nothing is open.
pub fn screen_chain(screen: Screen) -> [Context; 3] {
    [screen.context(), Context::Navigate, Context::Global]
}

/// The tab labels at a given width: full titles when they fit, then short ones, then only
/// the active screen named.
pub fn tabs(app: &App, max: usize) -> Vec<(Option<Screen>, Span<'static>)> {
    let chain = screen_chain(app.screen);
    let count = |s: Screen| (s.behaviour().badge)(app).map(|n| format!(" {n}")).unwrap_or_default();
    let build = |tier: u8| -> Vec<(Option<Screen>, Span<'static>)> {
        let mut out = vec![(None, Span::styled(" carepath ", app.theme.title))];
        for s in Screen::all() {
            let key = app.keymap.key_for(&chain, s.action()).map(|k| k.to_string()).unwrap_or_default();
            let active = s == app.screen;
            let name = match tier {
                0 if s == Screen::Held => "Held",
                0 => s.title(),
                1 => s.short(),
                _ if active => s.short(),
                _ => "",
            };
            let label = if name.is_empty() { format!(" {key} ") } else { format!(" {key} {name}{} ", count(s)) };
            let style = if active { app.theme.tab_active } else { app.theme.tab };
            out.push((Some(s), Span::styled(label, style)));
        }
        out
    };
    for tier in 0..3 {
        let spans = build(tier);
        if spans.iter().map(|(_, s)| s.width()).sum::<usize>() <= max || tier == 2 {
            return spans;
        }
    }
    Vec::new()
}

/// The screen whose tab is at column `x`.
pub fn tab_at(app: &App, area: Rect, x: u16) -> Option<Screen> {
    let mut left = usize::from(area.x);
    for (screen, span) in tabs(app, usize::from(area.width)) {
        let right = left + span.width();
        if (left..right).contains(&usize::from(x)) {
            return screen;
        }
        left = right;
    }
    None
}
