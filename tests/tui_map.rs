//! The trainer's map and slides on the national data: the layout is checked as a pure
//! function on every curated pathway at the sizes trainers use, the branching pathway's map
//! and slides are pinned as snapshots, and walking or presenting changes nothing else.

mod tui_support;

use std::collections::HashSet;

use carepath::data::load_embedded;
use carepath::model::{Catalogue, Pathway};
use carepath::tui::ui::map::{AXIS, map_layout};
use carepath::tui::{Action, App, Screen, ThemeName};
use tui_support::{press, render, text};

fn catalogue() -> Catalogue {
    load_embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// Every cell a box covers, by (x, y).
fn cells(b: &carepath::layered::Placed) -> impl Iterator<Item = (u16, u16)> + '_ {
    (b.y..b.y + b.height).flat_map(move |y| (b.x..b.x + b.width).map(move |x| (x, y)))
}

fn check(cat: &Catalogue, p: &Pathway, terminal_width: u16) {
    // The map pane's inside, less the level axis, as the Pathways screen lays it out.
    let width = terminal_width - 2 - AXIS;
    let layout = map_layout(cat, p, width);
    let at = |what: &str| format!("pathway `{}` at {terminal_width} columns: {what}", p.id);
    assert_eq!(layout.boxes.len(), p.roles.len(), "{}", at("one box per role"));
    assert!(layout.width <= width, "{}", at(&format!("{} columns wide", layout.width)));
    // No two labels overlap.
    let mut taken = HashSet::new();
    for b in &layout.boxes {
        for cell in cells(b) {
            assert!(taken.insert(cell), "{}", at(&format!("boxes overlap at {cell:?}")));
        }
    }
    for (b, &r) in layout.boxes.iter().zip(&p.roles) {
        // No label is cut: every word of the title is in its box, in order, inside it.
        let shown = b.lines.join(" ");
        let title = &cat.role(r).title;
        assert_eq!(shown.split_whitespace().collect::<Vec<_>>(), title.split_whitespace().collect::<Vec<_>>());
        assert!(b.lines.iter().all(|l| l.chars().count() + 2 <= usize::from(b.width)), "{}", at(title));
    }
    // Every hop has a connector from one box to the other.
    let mut joined: Vec<(usize, usize)> = layout.routes.iter().map(|r| (r.from, r.to)).collect();
    joined.sort_unstable();
    let index = |x| p.roles.iter().position(|&r| r == x).unwrap_or(usize::MAX);
    for &(a, b) in &p.hops {
        assert!(joined.binary_search(&(index(a), index(b))).is_ok(), "{}", at("a hop without a connector"));
    }
    // Rows follow the level scale: a higher Career Framework level is drawn higher up.
    let level = |i: usize| cat.level(p.roles[i]).map_or(0, |l| l.level);
    for i in 0..p.roles.len() {
        for j in 0..p.roles.len() {
            if level(i) > level(j) {
                let (bi, bj) = (&layout.boxes[i], &layout.boxes[j]);
                assert!(bi.y + bi.height <= bj.y, "{}", at("a higher level drawn below a lower one"));
            }
        }
    }
}

#[test]
fn every_curated_pathway_lays_out_cleanly_at_trainers_sizes() {
    let cat = catalogue();
    assert!(cat.pathways.iter().any(Pathway::forks), "a branching pathway is in the national set");
    for p in &cat.pathways {
        for width in [80, 120, 200] {
            check(&cat, p, width);
        }
    }
}

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(catalogue(), ThemeName::Default).unwrap_or_else(|e| panic!("{e}"));
    app.update(Action::Resize(w, h));
    app
}

/// The branching pathway open on its map, at its start.
fn branching(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    press(&mut app, &["5"]);
    let at = app.catalogue().pathways.iter().position(|p| p.id == "care-worker-nursing-or-leadership");
    for _ in 0..at.unwrap_or_else(|| panic!("the branching pathway")) {
        press(&mut app, &["down"]);
    }
    press(&mut app, &["enter"]);
    app
}

#[test]
fn the_branching_map_and_its_slides() {
    for (w, h) in [(120, 40), (200, 50)] {
        let mut app = branching(w, h);
        // Walk to the fork, choose the nursing branch, and step on to it.
        press(&mut app, &["right", "right", "down"]);
        insta::assert_snapshot!(format!("branching_map_{w}x{h}"), text(&render(&app, w, h)));
        press(&mut app, &["right"]);
        press(&mut app, &["z"]);
        insta::assert_snapshot!(format!("branching_slide_{w}x{h}"), text(&render(&app, w, h)));
    }
}

#[test]
fn a_bigger_screen_draws_the_title_bigger() {
    // The title is the reverse-video box (padding included) on the slide.
    let tall = |w, h| {
        let mut app = branching(w, h);
        press(&mut app, &["right", "z"]);
        let buf = render(&app, w, h);
        (0..h).filter(|&y| (0..w).any(|x| buf[(x, y)].modifier.contains(ratatui::style::Modifier::REVERSED))).count()
    };
    let (small, big) = (tall(120, 40), tall(200, 50));
    assert!(big > small, "title rows: {small} at 120x40, {big} at 200x50");
}

#[test]
fn walking_and_presenting_change_nothing_else() {
    let mut app = app(120, 40);
    press(&mut app, &["space", "j", "space"]);
    let (current, marks, held) = (app.current_role(), app.marks().to_vec(), app.held().clone());
    press(&mut app, &["5", "G", "enter", "right", "right", "down", "right", "z", "pagedown", "pagedown"]);
    assert_eq!(app.screen(), Screen::Pathways);
    assert_eq!(app.current_role(), current, "walking a pathway keeps the current role");
    // Present a route from Routes, and the marked roles from Compare.
    press(&mut app, &["esc", "esc", "esc"]);
    press(&mut app, &["4"]);
    tui_support::type_text(&mut app, "registered nurse adult");
    press(&mut app, &["enter", "z", "pagedown"]);
    assert_eq!(app.screen(), Screen::Pathways, "a route is presented");
    press(&mut app, &["esc", "esc"]);
    assert_eq!(app.screen(), Screen::Routes, "putting the presentation away returns to Routes");
    press(&mut app, &["3", "z"]);
    assert_eq!(app.screen(), Screen::Pathways, "the marked roles are presented");
    let first = app.walk_role();
    press(&mut app, &["pagedown"]);
    assert_ne!(app.walk_role(), first, "a clicker steps through the compared roles");
    assert_eq!(app.current_role(), current);
    assert_eq!(app.marks(), marks.as_slice());
    assert_eq!(app.held(), &held);
}
