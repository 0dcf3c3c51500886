//! Styles per theme. Every meaning carried by a colour is also carried by a modifier or a
//! symbol drawn elsewhere, so the monochrome theme (and `NO_COLOR`) loses nothing.

use std::str::FromStr as _;

use ratatui::style::{Color, Modifier, Style};

use super::ThemeName;

/// A style a theme names, as the config file's `[colours]` table spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "kebab-case")]
pub enum Slot {
    Text,
    Dim,
    Heading,
    Title,
    Tab,
    TabActive,
    Border,
    BorderFocus,
    Selected,
    Matched,
    Differs,
    Missing,
    Ok,
    Crossing,
    Key,
    Message,
    Group,
}

/// One style from the config file, replacing the theme's own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColourOverride {
    pub slot: Slot,
    pub style: Style,
}

/// Reads `key = "spec"` from the config file's `[colours]` table: the key names a style
/// (`heading`, `tab-active`, ...) and the spec is words in any order: a colour for the text,
/// `on` and a colour for the background, and any of `bold`, `dim`, `italic`, `underlined`,
/// `reversed`. Colours are names (`light-cyan`), `#rrggbb` or a 0-255 palette index.
pub fn parse_override(key: &str, spec: &str) -> Result<ColourOverride, String> {
    let slot = Slot::from_str(key.trim()).map_err(|_| {
        let known: &[&str] = <Slot as strum::VariantNames>::VARIANTS;
        format!("unknown style `{}`; expected one of: {}", crate::text::escape_visible(key), known.join(", "))
    })?;
    let mut style = Style::new();
    let mut words = spec.split_whitespace();
    let mut any = false;
    while let Some(word) = words.next() {
        any = true;
        let colour = |w: &str| {
            Color::from_str(w).map_err(|_| {
                format!(
                    "`{}` is not a colour: use a name such as light-cyan, #rrggbb, or 0-255",
                    crate::text::escape_visible(w)
                )
            })
        };
        style = match word.to_ascii_lowercase().as_str() {
            "bold" => style.add_modifier(Modifier::BOLD),
            "dim" => style.add_modifier(Modifier::DIM),
            "italic" => style.add_modifier(Modifier::ITALIC),
            "underlined" => style.add_modifier(Modifier::UNDERLINED),
            "reversed" => style.add_modifier(Modifier::REVERSED),
            "on" => {
                let bg = words.next().ok_or_else(|| "`on` needs a background colour after it".to_string())?;
                style.bg(colour(bg)?)
            }
            _ => style.fg(colour(word)?),
        };
    }
    if !any {
        return Err(format!("`{key}` is empty: give a colour, `on` a colour, or a modifier such as bold"));
    }
    Ok(ColourOverride { slot, style })
}

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
    /// The theme with the config file's colours laid over it. Monochrome (and so
    /// `NO_COLOR`) keeps its own styles: it is the promise of no colour.
    pub fn with_overrides(mut self, overrides: &[ColourOverride]) -> Theme {
        if self.name == ThemeName::Monochrome {
            return self;
        }
        for o in overrides {
            *self.slot_mut(o.slot) = o.style;
        }
        self
    }

    fn slot_mut(&mut self, slot: Slot) -> &mut Style {
        match slot {
            Slot::Text => &mut self.text,
            Slot::Dim => &mut self.dim,
            Slot::Heading => &mut self.heading,
            Slot::Title => &mut self.title,
            Slot::Tab => &mut self.tab,
            Slot::TabActive => &mut self.tab_active,
            Slot::Border => &mut self.border,
            Slot::BorderFocus => &mut self.border_focus,
            Slot::Selected => &mut self.selected,
            Slot::Matched => &mut self.matched,
            Slot::Differs => &mut self.differs,
            Slot::Missing => &mut self.missing,
            Slot::Ok => &mut self.ok,
            Slot::Crossing => &mut self.crossing,
            Slot::Key => &mut self.key,
            Slot::Message => &mut self.message,
            Slot::Group => &mut self.group,
        }
    }

    pub fn new(name: ThemeName) -> Theme {
        match name {
            ThemeName::Default => Theme::default_colours(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Projector => Theme::projector(),
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

    /// Bright colours only (no dark blue or grey that a projector washes out), bold text
    /// throughout, so a room can read it from the back.
    fn projector() -> Theme {
        let bold = Modifier::BOLD;
        let b = Style::new().add_modifier(bold);
        Theme {
            name: ThemeName::Projector,
            text: b.fg(Color::White),
            dim: b.fg(Color::White),
            heading: b.fg(Color::LightYellow),
            title: b.fg(Color::LightYellow),
            tab: b.fg(Color::White),
            tab_active: b.fg(Color::Black).bg(Color::LightYellow),
            border: b.fg(Color::White),
            border_focus: b.fg(Color::LightYellow),
            selected: b.fg(Color::Black).bg(Color::LightYellow),
            matched: b.fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED),
            differs: b.fg(Color::LightYellow),
            missing: b.fg(Color::LightRed),
            ok: b.fg(Color::LightGreen),
            crossing: b.fg(Color::LightMagenta),
            key: b.fg(Color::LightCyan),
            message: b.fg(Color::Black).bg(Color::White),
            group: b.fg(Color::LightCyan).add_modifier(Modifier::UNDERLINED),
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
            ThemeName::HighContrast => ThemeName::Projector,
            ThemeName::Projector => ThemeName::Monochrome,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_read_colours_backgrounds_and_modifiers() {
        let o = parse_override("tab-active", "black on light-yellow bold").expect("valid");
        assert_eq!(o.slot, Slot::TabActive);
        assert_eq!(o.style, Style::new().fg(Color::Black).bg(Color::LightYellow).add_modifier(Modifier::BOLD));
        let o = parse_override("heading", "#ff8800 underlined").expect("valid");
        assert_eq!(o.style, Style::new().fg(Color::Rgb(255, 136, 0)).add_modifier(Modifier::UNDERLINED));
        assert!(parse_override("headings", "red").expect_err("unknown").contains("unknown style `headings`"));
        assert!(parse_override("heading", "sparkly").expect_err("bad").contains("not a colour"));
        assert!(parse_override("heading", "red on").is_err());
        assert!(parse_override("heading", "  ").is_err());
    }

    #[test]
    fn overrides_apply_except_in_monochrome() {
        let o = [parse_override("heading", "magenta").expect("valid")];
        assert_eq!(Theme::new(ThemeName::Default).with_overrides(&o).heading, Style::new().fg(Color::Magenta));
        let mono = Theme::new(ThemeName::Monochrome);
        assert_eq!(mono.with_overrides(&o), mono);
    }
}
