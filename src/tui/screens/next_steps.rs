//! Next steps: the table of steps out of the current role. The steps themselves are shared
//! with Browse's steps pane, so they live on `App`.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, Screen, hint};
use crate::tui::action::Action::{Mark, Open, Show};
use crate::tui::app::App;
use crate::tui::cursor::Cursor;
use crate::tui::layout;

#[derive(Debug, Clone, Default)]
pub struct NextSteps {
    pub cursor: Cursor,
}

pub(in crate::tui) static BEHAVIOUR: Behaviour = Behaviour { move_by, open, click, fit, hints, ..Behaviour::NONE };

fn move_by(app: &mut App, delta: isize) {
    app.screens.next.cursor.step(delta, app.next.len());
}

/// Enter goes to the role the selected step leads to.
fn open(app: &mut App) {
    if let Some(view) = app.next.get(app.screens.next.cursor.selected) {
        let role = view.other;
        app.go_to_role(role);
    }
}

fn click(app: &mut App, body: Rect, at: Position) {
    let rows = layout::table_rows(app.next_areas(body).table);
    if let Some(i) = super::row_at(rows, app.screens.next.cursor.offset, app.next.len(), at) {
        app.screens.next.cursor.selected = i;
    }
}

fn fit(app: &mut App, body: Rect) {
    let areas = app.next_areas(body);
    app.screens.next.cursor.fit(app.next.len(), usize::from(layout::table_rows(areas.table).height));
}

fn hints(_: &App, _: u16) -> Vec<Hint> {
    vec![hint(&[Open], "go to role"), hint(&[Mark], "mark"), hint(&[Show(Screen::Held)], "held")]
}
