//! Qualifications held: the checklist, in the order it is shown.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, Screen, hint};
use crate::model::{Catalogue, QualIx};
use crate::tui::action::Action::{ClearHeld, Show, ToggleHeld};
use crate::tui::app::App;
use crate::tui::cursor::Cursor;
use crate::tui::layout;

#[derive(Debug, Clone, Default)]
pub struct Held {
    pub quals: Vec<QualIx>,
    pub cursor: Cursor,
}

impl Held {
    /// Every qualification, by level (those without one last), then by name.
    pub fn new(catalogue: &Catalogue) -> Held {
        let mut quals: Vec<QualIx> = (0..catalogue.qualifications.len() as u32).map(QualIx).collect();
        quals.sort_by(|&a, &b| {
            let (qa, qb) = (catalogue.qualification(a), catalogue.qualification(b));
            (qa.level.is_none(), qa.level, &qa.name).cmp(&(qb.level.is_none(), qb.level, &qb.name))
        });
        Held { quals, cursor: Cursor::default() }
    }
}

pub(in crate::tui) static BEHAVIOUR: Behaviour = Behaviour { move_by, click, fit, hints, badge, ..Behaviour::NONE };

fn move_by(app: &mut App, delta: isize) {
    let held = &mut app.screens.held;
    held.cursor.step(delta, held.quals.len());
}

fn click(app: &mut App, body: Rect, at: Position) {
    let held = &mut app.screens.held;
    if let Some(i) = super::row_at(layout::inner(layout::held(body).0), held.cursor.offset, held.quals.len(), at) {
        held.cursor.selected = i;
    }
}

fn fit(app: &mut App, body: Rect) {
    let (list, _) = layout::held(body);
    let held = &mut app.screens.held;
    held.cursor.fit(held.quals.len(), usize::from(layout::inner(list).height));
}

/// Ticks or unticks the selected qualification.
pub(in crate::tui) fn toggle(app: &mut App) {
    let Some(&qual) = app.screens.held.quals.get(app.screens.held.cursor.selected) else { return };
    let name = app.catalogue.qualification(qual).name.clone();
    if app.held.contains(qual) {
        app.held.remove(qual);
        app.say(format!("Unticked {name} ({} held)", app.held.len()));
    } else {
        app.held.insert(qual);
        app.say(format!("Ticked {name} ({} held)", app.held.len()));
    }
}

pub(in crate::tui) fn clear(app: &mut App) {
    app.held = crate::graph::Held::default();
    app.say("No qualifications ticked");
}

fn hints(_: &App, _: u16) -> Vec<Hint> {
    vec![hint(&[ToggleHeld], "tick"), hint(&[ClearHeld], "untick all"), hint(&[Show(Screen::NextSteps)], "next steps")]
}

fn badge(app: &App) -> Option<usize> {
    Some(app.held.len()).filter(|&n| n > 0)
}
