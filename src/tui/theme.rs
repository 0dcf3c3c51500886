//! Styles per theme. Every meaning carried by a colour is also carried by a modifier or a
//! symbol drawn elsewhere, so the monochrome theme (and `NO_COLOR`) loses nothing.

use ratatui::style::{Color, Modifier, Style};

use super::ThemeName;

/// The styles the screens draw with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: hints, units, empty values.
    pub dim: Style,
    /// Headings inside panes.
    pub heading: Style,
    /// The app title and active tab.
    pub title: Style,
    pub tab: Style,
    pub tab_active: Style,
    /// A pane border, and the border of the pane with the focus.
    pub border: Style,
    pub border_focus: Style,
    /// The selected row (drawn with a `▶` marker too).
    pub selected: Style,
    /// Characters matched by a search.
    pub matched: Style,
    /// A value that differs between compared roles (drawn with a `≠` marker too).
    pub differs: Style,
    /// Something missing (drawn with `✗` too) and something held or open (drawn with `✓`).
    pub missing: Style,
    pub ok: Style,
    /// A step between health and social care (drawn with `⇄` too).
    pub crossing: Style,
    /// Keys in hints.
    pub key: Style,
    /// One-off messages.
    pub message: Style,
    /// Group headings in the role list.
    pub group: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::default_colours(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Monochrome => Theme::monochrome(),
        }
    }

    fn default_colours() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            name: ThemeName::Default,
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Cyan).add_modifier(bold),
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            tab: Style::new(),
            tab_active: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan).add_modifier(bold),
            selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            matched: Style::new().fg(Color::Yellow).add_modifier(bold | Modifier::UNDERLINED),
            differs: Style::new().fg(Color::Yellow).add_modifier(bold),
            missing: Style::new().fg(Color::Red).add_modifier(bold),
            ok: Style::new().fg(Color::Green),
            crossing: Style::new().fg(Color::Magenta).add_modifier(bold),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            message: Style::new().fg(Color::Yellow).add_modifier(bold),
            group: Style::new().fg(Color::Blue).add_modifier(bold | Modifier::UNDERLINED),
        }
    }

    fn high_contrast() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            name: ThemeName::HighContrast,
            text: Style::new().fg(Color::White),
            dim: Style::new().fg(Color::Gray),
            heading: Style::new().fg(Color::LightYellow).add_modifier(bold | Modifier::UNDERLINED),
            title: Style::new().fg(Color::LightYellow).add_modifier(bold),
            tab: Style::new().fg(Color::White),
            tab_active: Style::new().fg(Color::Black).bg(Color::LightYellow).add_modifier(bold),
            border: Style::new().fg(Color::White),
            border_focus: Style::new().fg(Color::LightYellow).add_modifier(bold),
            selected: Style::new().fg(Color::Black).bg(Color::LightYellow).add_modifier(bold),
            matched: Style::new().fg(Color::LightCyan).add_modifier(bold | Modifier::UNDERLINED),
            differs: Style::new().fg(Color::LightYellow).add_modifier(bold),
            missing: Style::new().fg(Color::LightRed).add_modifier(bold),
            ok: Style::new().fg(Color::LightGreen).add_modifier(bold),
            crossing: Style::new().fg(Color::LightMagenta).add_modifier(bold),
            key: Style::new().fg(Color::LightYellow).add_modifier(bold),
            message: Style::new().fg(Color::Black).bg(Color::White).add_modifier(bold),
            group: Style::new().fg(Color::LightCyan).add_modifier(bold | Modifier::UNDERLINED),
        }
    }

    fn monochrome() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            name: ThemeName::Monochrome,
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            heading: bold,
            title: bold,
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new(),
            border_focus: bold,
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            differs: bold,
            missing: bold,
            ok: Style::new(),
            crossing: bold,
            key: bold,
            message: bold,
            group: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }
}

impl ThemeName {
    /// The next theme in the cycle.
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Default => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Monochrome,
            ThemeName::Monochrome => ThemeName::Default,
        }
    }

    /// The name shown to people: the command-line spelling with spaces.
    pub fn label(self) -> String {
        self.key().replace('-', " ")
    }

    /// The theme to use given the one asked for and the `NO_COLOR` variable's value: a
    /// non-empty `NO_COLOR` turns the default theme monochrome (an explicit choice of
    /// another theme still wins).
    pub fn honouring_no_color(self, no_color: Option<&std::ffi::OsStr>) -> ThemeName {
        match (self, no_color) {
            (ThemeName::Default, Some(v)) if !v.is_empty() => ThemeName::Monochrome,
            (theme, _) => theme,
        }
    }
}
