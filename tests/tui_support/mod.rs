//! Shared helpers for the terminal app's tests: the fixture catalogue, key presses, and
//! rendering to text.

#![expect(dead_code, reason = "each test file uses a different subset of these helpers")]

use std::path::PathBuf;

use carepath::model::{Catalogue, RoleIx};
use carepath::tui::{Action, App, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// The stable fixture in tests/fixtures/tui, read once per test binary.
pub fn catalogue() -> Catalogue {
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(load_fixture).clone()
}

fn load_fixture() -> Catalogue {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui");
    let report = carepath::data::validate(&[carepath::data::Layer::Dir(dir)]);
    let problems: Vec<String> = report.diagnostics.iter().map(std::string::ToString::to_string).collect();
    report.catalogue.unwrap_or_else(|| panic!("the TUI fixture is invalid: {problems:#?}"))
}

/// An app over the fixture, sized as a terminal of `w` x `h` would be.
pub fn app_sized(w: u16, h: u16) -> App {
    app_themed(w, h, ThemeName::Default)
}

pub fn app_themed(w: u16, h: u16, theme: ThemeName) -> App {
    let mut app = App::new(catalogue(), theme).unwrap_or_else(|e| panic!("{e}"));
    app.update(Action::Resize(w, h));
    app
}

pub fn app() -> App {
    app_sized(120, 40)
}

/// The role with this id in the fixture.
pub fn role(app: &App, id: &str) -> RoleIx {
    app.catalogue().role_by_id(id).unwrap_or_else(|| panic!("no role {id} in the fixture"))
}

pub fn role_id(app: &App, ix: Option<RoleIx>) -> String {
    ix.map_or_else(|| "(none)".to_string(), |r| app.catalogue().role(r).id.clone())
}

/// Presses keys written as in the keymap: "q", "ctrl-c", "esc", "enter", "space", "down", …
pub fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        let key = carepath::tui::keymap::Key::parse(k).unwrap_or_else(|| panic!("cannot read key {k}"));
        app.handle_key(KeyEvent::new(key.code, key.mods));
    }
}

/// Types text as key presses, one character at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Draws the app into a `w` x `h` buffer, as a frame of that size would.
pub fn render(app: &App, w: u16, h: u16) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    buf
}

/// Draws through a real `Terminal` with a `TestBackend`, as the event loop does.
pub fn render_terminal(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    terminal.draw(|frame| frame.render_widget(app, frame.area())).unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().buffer().clone()
}

/// The buffer's text, one line per row, trailing spaces trimmed.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The (x, y) of the first cell where `needle` starts, searching row by row.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut starts = Vec::new();
        for x in area.left()..area.right() {
            starts.push((row.len(), x));
            row.push_str(buf[(x, y)].symbol());
        }
        if let Some(byte) = row.find(needle) {
            let x = starts.iter().rev().find(|(b, _)| *b <= byte).map_or(0, |(_, x)| *x);
            return Some((x, y));
        }
    }
    None
}

/// Key sequences that bring up every screen and overlay, by name.
pub const SCENARIOS: &[(&str, &[&str])] = &[
    ("browse", &[]),
    ("browse_detail", &["tab"]),
    ("browse_steps", &["tab", "tab", "j"]),
    ("search", &["/", "n", "u", "r", "s"]),
    ("search_alias", &["/", "h", "c", "a", "enter"]),
    ("search_nothing", &["/", "z", "z", "z"]),
    ("filters", &["f", "right", "j", "j", "right"]),
    ("next_steps", &["2"]),
    ("next_steps_held", &["6", "j", "j", "space", "2", "j"]),
    ("compare_empty", &["3"]),
    ("compare", &["space", "j", "space", "3"]),
    ("compare_three", &["space", "j", "space", "G", "space", "3"]),
    ("routes_picker", &["4", "n", "u", "r"]),
    ("routes", &["4", "n", "u", "r", "s", "e", "enter"]),
    ("routes_none", &["4", "c", "a", "r", "e", "space", "w", "o", "enter"]),
    ("pathways", &["5"]),
    ("pathway_map", &["5", "enter", "right"]),
    ("pathway_slide", &["5", "enter", "right", "z"]),
    ("held", &["6", "j", "space"]),
    ("help", &["?"]),
    ("fits_empty", &["7"]),
    ("fits", &["7", "enter", "j", "j", "j", "enter", "right"]),
];
