//! Compare: the roles marked (from any screen) and their rows side by side.

use ratatui::layout::Rect;

use super::{Behaviour, Hint, hint};
use crate::compare::Row;
use crate::lens::Lens;
use crate::model::RoleIx;
use crate::tui::action::Action::{ClearMarks, Down, Mark, Up};
use crate::tui::app::App;
use crate::tui::cursor::Cursor;
use crate::tui::layout;

#[derive(Debug, Clone, Default)]
pub struct Compare {
    pub marks: Vec<RoleIx>,
    pub rows: Vec<Row>,
    pub cursor: Cursor,
    /// What `rows` were compared for, so they are recomputed only on change.
    compared_for: Option<(Vec<RoleIx>, Lens)>,
}

pub(in crate::tui) static BEHAVIOUR: Behaviour = Behaviour { move_by, fit, refresh, hints, badge, ..Behaviour::NONE };

/// Up and down scroll the table.
fn move_by(app: &mut App, delta: isize) {
    let cursor = &mut app.screens.compare.cursor;
    cursor.offset = cursor.offset.saturating_add_signed(delta);
}

fn fit(app: &mut App, body: Rect) {
    if app.screens.compare.cursor.offset > 0 {
        let (_, table) = layout::compare(body);
        let (len, height) = crate::tui::content::compare::scroll_extent(app, table);
        let cursor = &mut app.screens.compare.cursor;
        cursor.offset = cursor.offset.min(len.saturating_sub(height));
    }
}

/// Marks are made on every screen, so the rows follow them whichever screen is shown.
fn refresh(app: &mut App) {
    let key = (app.screens.compare.marks.clone(), app.lens);
    if app.screens.compare.compared_for.as_ref() == Some(&key) {
        return;
    }
    let rows = if key.0.is_empty() { Vec::new() } else { crate::compare::compare(&app.catalogue, &key.0, &app.lens) };
    let compare = &mut app.screens.compare;
    compare.rows = rows;
    compare.cursor.clamp(compare.rows.len());
    compare.compared_for = Some(key);
}

fn hints(_: &App, _: u16) -> Vec<Hint> {
    vec![hint(&[Up, Down], "scroll"), hint(&[Mark], "mark current"), hint(&[ClearMarks], "unmark all")]
}

fn badge(app: &App) -> Option<usize> {
    Some(app.screens.compare.marks.len()).filter(|&n| n > 0)
}
