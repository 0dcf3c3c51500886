//! Drawing. Everything here reads the app's state and draws it; nothing changes state.
//! Each screen has its own module; `layout` says where things go.

pub mod browse;
pub mod compare;
pub mod fits;
pub mod header;
pub mod held;
pub mod help;
pub mod map;
pub mod next;
pub mod overlays;
pub mod pathways;
pub mod routes;
pub mod slide;

// Text layout and short forms are shared with the state (for measuring); they live beside
// it, and drawing reaches them through these names.
pub use super::{format, text};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Screen};
use super::layout;
use super::theme::Theme;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.text);
        if layout::too_small(area) {
            too_small(area, buf, &self.theme);
            return;
        }
        let chrome = layout::chrome(area);
        header::render_tabs(self, chrome.tabs, buf);
        header::render_context(self, chrome.context, buf);
        match self.screen {
            Screen::Browse => browse::render(self, chrome.body, buf),
            Screen::NextSteps => next::render(self, chrome.body, buf),
            Screen::Compare => compare::render(self, chrome.body, buf),
            Screen::Routes => routes::render(self, chrome.body, buf),
            Screen::Pathways => pathways::render(self, chrome.body, buf),
            Screen::Held => held::render(self, chrome.body, buf),
            Screen::Fits => fits::render(self, chrome.body, buf),
        }
        match &self.overlay {
            Overlay::None | Overlay::Search { .. } => {}
            Overlay::Filters { facet } => overlays::render_filters(self, *facet, chrome.body, buf),
            Overlay::Picker(picker) => overlays::render_picker(self, picker, chrome.body, buf),
            Overlay::Help { scroll } => help::render(self, *scroll, chrome.body, buf),
        }
        header::render_footer(self, chrome.footer, buf);
    }
}

/// What shows instead of a layout that cannot fit.
fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.heading),
        Line::raw(format!(
            "It is {}x{}; carepath needs at least {}x{}.",
            area.width,
            area.height,
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        )),
        Line::raw("Make the window larger or the font smaller. q quits."),
    ];
    Paragraph::new(text).wrap(Wrap { trim: true }).render(area, buf);
}

/// A bordered pane; the focused one has a heavier border and its title marked.
pub fn pane<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    let title = title.into();
    let title = if focused {
        let mut spans = vec![Span::styled("●", theme.border_focus)];
        spans.extend(title.spans);
        Line::from(spans)
    } else {
        title
    };
    Block::bordered()
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(if focused { theme.border_focus } else { theme.border })
        .title(title.style(if focused { theme.border_focus } else { theme.heading }))
}

/// A plain line of dim text, for empty states.
pub fn note(text: &str, theme: &Theme) -> Line<'static> {
    Line::styled(text.to_string(), theme.dim)
}

/// Short messages (empty states), wrapped to the area.
pub fn notice(lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    Paragraph::new(lines).wrap(Wrap { trim: true }).render(area, buf);
}

/// Renders a paragraph of pre-built lines from `scroll`.
pub fn scrolled(lines: Vec<Line<'static>>, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line<'static>> = lines.into_iter().skip(scroll).take(usize::from(area.height)).collect();
    Paragraph::new(lines).style(Style::new()).render(area, buf);
}
