//! The help, generated from the keymap, as laid-out lines: drawn by the help panel and measured for its scrolling.

use crate::tui::keymap::{Context, Keymap};
use crate::tui::screens::Screen;
use crate::tui::text::{Doc, fit};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// The order sections appear in: general keys, Browse with the filters and typing it opens,
/// then each other screen's, then help's own.
pub fn sections() -> impl Iterator<Item = Context> {
    [Context::Global, Context::Navigate, Context::Screen(Screen::Browse), Context::Filters, Context::Text]
        .into_iter()
        .chain(Screen::all().filter(|&s| s != Screen::Browse).map(Context::Screen))
        .chain([Context::Help])
}

pub fn lines(keymap: &Keymap, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    // The keys column gives way on narrow screens, so descriptions keep some room.
    let keys_width = (usize::from(width) / 4).clamp(8, 18);
    let mut doc = Doc::new(width);
    doc.para("carepath: career pathways across health and adult social care", theme.heading, 0);
    doc.para(
        "Markers: ▶ selected  ◆ marked to compare  ✓ held or open  ✗ missing  ⇄ crosses sectors  ≠ differs  ± only some",
        theme.dim,
        0,
    );
    for context in sections() {
        let bindings = keymap.bindings(context);
        if bindings.is_empty() {
            continue;
        }
        doc.heading(context.title(), theme.heading);
        for (action, keys) in bindings {
            let keys: Vec<String> = keys.iter().map(std::string::ToString::to_string).collect();
            let keys = Span::styled(format!("  {} ", fit(&keys.join(" "), keys_width)), theme.key);
            doc.item(keys, action.describe(), theme.text);
        }
    }
    doc.blank();
    doc.para("The mouse works too: click to select, the wheel scrolls.", theme.dim, 0);
    doc.lines
}

/// How many lines the help has at a width, for scrolling.
pub fn help_len(keymap: &Keymap, width: u16) -> usize {
    lines(keymap, &Theme::new(crate::tui::ThemeName::Monochrome), width).len()
}
