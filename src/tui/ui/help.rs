//! The help panel, generated from the keymap: every binding, by where it applies.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::{pane, scrolled};
use crate::tui::app::App;
use crate::tui::layout;

pub fn render(app: &App, scroll: usize, body: Rect, buf: &mut Buffer) {
    let area = layout::help(body);
    Clear.render(area, buf);
    let block = pane(" Help: keys (from the keymap) ", true, &app.theme);
    let inner = block.inner(area);
    block.render(area, buf);
    scrolled(crate::tui::content::help::lines(&app.keymap, &app.theme, inner.width), scroll, inner, buf);
}
