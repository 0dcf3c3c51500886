//! Rendering: a text snapshot of every screen at a large and a small size, and buffer
//! assertions where style carries meaning (selection, search matches, differences).

mod tui_support;

use carepath::tui::keymap::Keymap;
use carepath::tui::{Action, App, ThemeName};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use tui_support::{SCENARIOS, app_themed, find, press, render, text};

fn scenario(name: &str, w: u16, h: u16, theme: ThemeName) -> (App, Buffer) {
    let keys = SCENARIOS.iter().find(|(n, _)| *n == name).map_or_else(|| panic!("no scenario {name}"), |(_, k)| *k);
    let mut app = app_themed(w, h, theme);
    press(&mut app, keys);
    let buf = render(&app, w, h);
    (app, buf)
}

fn snapshot_all(w: u16, h: u16) {
    for (name, keys) in SCENARIOS {
        let mut app = app_themed(w, h, ThemeName::Default);
        press(&mut app, keys);
        let buf = tui_support::render_terminal(&app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text(&buf));
    }
}

#[test]
fn every_screen_at_120x40() {
    snapshot_all(120, 40);
}

#[test]
fn every_screen_at_60x20() {
    snapshot_all(60, 20);
}

#[test]
fn too_small_says_so_with_the_size_needed() {
    let (_, buf) = scenario("browse", 30, 8, ThemeName::Default);
    let shown = text(&buf);
    assert!(shown.contains("Terminal too small"), "{shown}");
    assert!(shown.contains("40x10"), "{shown}");
}

fn has(buf: &Buffer, pos: (u16, u16), modifier: Modifier) -> bool {
    buf[pos].modifier.contains(modifier)
}

#[test]
fn the_selected_row_has_a_marker_and_reverse_video_without_colour() {
    let (_, buf) = scenario("browse", 120, 40, ThemeName::Monochrome);
    let (x, y) = find(&buf, "▶").expect("a selected row");
    assert!(has(&buf, (x, y), Modifier::REVERSED));
    let row: String = (x..x + 20).map(|cx| buf[(cx, y)].symbol().to_string()).collect();
    assert!(row.contains("Care worker"), "the marker is on the selected role's row: {row}");
    assert!((x..x + 20).all(|cx| has(&buf, (cx, y), Modifier::REVERSED)), "the whole row is reversed");
    let (ox, oy) = find(&buf, "Deputy manager").expect("another role");
    assert!(!has(&buf, (ox, oy), Modifier::REVERSED), "other rows are not reversed");
    // Nothing in the monochrome theme uses colour at all.
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn search_matches_are_highlighted_character_by_character() {
    let (_, buf) = scenario("search", 120, 40, ThemeName::Monochrome);
    // The second match is not the selected row, so its own styles show. It matched on its
    // alias "staff nurse", but the query is a run of letters in its title too, so the
    // title is highlighted.
    let (x, y) = find(&buf, "Registered nurse (adult)").expect("a match");
    let underlined: String = (x..x + 24)
        .filter(|&cx| has(&buf, (cx, y), Modifier::UNDERLINED))
        .map(|cx| buf[(cx, y)].symbol().to_string())
        .collect();
    assert_eq!(underlined, "nurs");
    // The selected row's matches are underlined too (on top of reverse video).
    let (x, y) = find(&buf, "▶  Nursing associate").expect("the best match, selected");
    let underlined: String = (x..x + 20)
        .filter(|&cx| has(&buf, (cx, y), Modifier::UNDERLINED))
        .map(|cx| buf[(cx, y)].symbol().to_string())
        .collect();
    assert_eq!(underlined, "Nurs");
}

#[test]
fn alias_matches_show_the_alias() {
    let (_, buf) = scenario("search", 120, 40, ThemeName::Default);
    assert!(find(&buf, "/ nurs").is_some(), "the query line shows the query");
    let mut app = app_themed(120, 40, ThemeName::Monochrome);
    press(&mut app, &["/", "h", "c", "a"]);
    let buf = render(&app, 120, 40);
    assert!(find(&buf, "Healthcare support wo… · HCA").is_some(), "{}", text(&buf));
    let (x, y) = find(&buf, "· HCA").expect("the alias");
    assert!(has(&buf, (x + 2, y), Modifier::UNDERLINED), "the alias's match is highlighted");
}

#[test]
fn differences_in_compare_are_marked_and_bold() {
    let (_, buf) = scenario("compare", 120, 40, ThemeName::Monochrome);
    let (_, level_y) = find(&buf, "≠ Level").expect("levels differ");
    let (sx, sector_y) = find(&buf, "  Sector").expect("sector row");
    let (vx, _) = find(&buf, "│ 2 ").expect("a level value");
    assert!(has(&buf, (vx + 2, level_y), Modifier::BOLD), "differing values are bold");
    let row: String = (sx..buf.area.width).map(|x| buf[(x, sector_y)].symbol().to_string()).collect();
    assert!(row.contains("Social care"), "{row}");
    let (cx, _) = find(&buf, "│ Social care").expect("a sector value");
    assert!(!has(&buf, (cx + 2, sector_y), Modifier::BOLD), "values that agree are plain");
}

#[test]
fn missing_and_open_steps_are_marked_by_symbol() {
    let (_, buf) = scenario("next_steps", 120, 40, ThemeName::Monochrome);
    let shown = text(&buf);
    assert!(shown.contains("✓ open"));
    assert!(shown.contains("✗ needs 1"));
    assert!(shown.contains("⇄ Health"), "crossings are marked");
}

#[test]
fn footer_hints_come_from_the_keymap() {
    let custom = carepath::tui::keymap::DEFAULT_KEYMAP.replace("search = [\"/\"]", "search = [\"ctrl-s\"]");
    let keymap = Keymap::parse(&custom).unwrap_or_else(|e| panic!("{e}"));
    let mut app = App::with_keymap(tui_support::catalogue(), ThemeName::Default, keymap);
    app.update(Action::Resize(120, 40));
    let buf = render(&app, 120, 40);
    let footer: String = (0..120).map(|x| buf[(x, 39)].symbol().to_string()).collect();
    assert!(footer.contains("Ctrl-S search"), "{footer}");
    press(&mut app, &["ctrl-s"]);
    assert!(matches!(app.overlay(), carepath::tui::Overlay::Search { .. }));
}

#[test]
fn help_lists_every_binding() {
    let mut app = app_themed(120, 200, ThemeName::Default);
    press(&mut app, &["?"]);
    let shown = text(&render(&app, 120, 200));
    let keymap = Keymap::embedded().unwrap_or_else(|e| panic!("{e}"));
    for context in carepath::tui::keymap::Context::all() {
        for (action, keys) in keymap.bindings(context) {
            assert!(shown.contains(action.describe()), "help is missing {action:?}");
            for key in keys {
                assert!(shown.contains(&key.to_string()), "help is missing the key {key}");
            }
        }
    }
}

#[test]
fn config_colours_reach_the_screen_and_survive_a_theme_change() {
    use ratatui::style::Color;
    let colours = [carepath::tui::theme::parse_override("tab-active", "black on #ff8800 bold").expect("valid")];
    let mut app = app_themed(120, 40, ThemeName::Default).with_colours(&colours);
    let active = |app: &App| {
        let buf = render(app, 120, 40);
        let (x, y) = find(&buf, "1 Browse").unwrap_or_else(|| panic!("no Browse tab"));
        (buf[(x, y)].fg, buf[(x, y)].bg)
    };
    assert_eq!(active(&app), (Color::Black, Color::Rgb(255, 136, 0)));
    press(&mut app, &["t"]);
    assert_eq!(app.theme_name(), ThemeName::HighContrast);
    assert_eq!(active(&app), (Color::Black, Color::Rgb(255, 136, 0)), "kept over the next theme");
    press(&mut app, &["t", "t"]);
    assert_eq!(app.theme_name(), ThemeName::Monochrome);
    assert_eq!(active(&app), (Color::Reset, Color::Reset), "monochrome stays colourless");
}
