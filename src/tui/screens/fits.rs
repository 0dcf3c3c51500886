//! Fits me: the statements a person picks (what matters, what interests them, what they
//! need from the job) and the roles ranked for them, each with its reasons.

use ratatui::layout::{Position, Rect};

use super::{Behaviour, Hint, Screen, hint};
use crate::fit::{CHOICES, Choice, Heading, Query, Ranking};
use crate::graph::Route;
use crate::lens::Lens;
use crate::model::RoleIx;
use crate::tui::action::Action::{Left, Mark, Open, Right, ShowRole};
use crate::tui::app::App;
use crate::tui::cursor::{Cursor, offset_showing};
use crate::tui::layout;

/// Which side has the keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Choices,
    Results,
}

#[derive(Debug, Clone, Default)]
pub struct Fits {
    /// Indices into [`CHOICES`], in the order picked.
    pub picked: Vec<usize>,
    pub choices: Cursor,
    pub results: Cursor,
    pub side: Side,
    pub ranking: Ranking,
    /// The best route from the current role to the selected result.
    pub route: Option<Route>,
    /// What the ranking and the route were worked out for, so each runs only on change.
    ranked_for: Option<(Query, Lens)>,
    routed_for: Option<(Query, Lens, RoleIx)>,
}

impl Fits {
    pub fn chosen(&self) -> Vec<&'static Choice> {
        self.picked.iter().filter_map(|&i| CHOICES.get(i)).collect()
    }

    /// The selected result's role.
    pub fn selected(&self) -> Option<RoleIx> {
        self.ranking.fits.get(self.results.selected).map(|f| f.role)
    }
}

/// A row of the choices list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Heading(Heading),
    /// An index into [`CHOICES`].
    Choice(usize),
}

/// The rows of the choices list: a heading before each group, then its choices.
pub fn rows() -> Vec<Row> {
    let mut rows = Vec::new();
    for heading in Heading::ALL {
        rows.push(Row::Heading(heading));
        rows.extend(CHOICES.iter().enumerate().filter(|(_, c)| c.heading == heading).map(|(i, _)| Row::Choice(i)));
    }
    rows
}

/// Where the choices, the results and the selected result's reasons go. Narrow terminals
/// show one side at a time, the side with the keys.
pub struct Areas {
    pub choices: Rect,
    pub results: Rect,
    pub detail: Rect,
}

pub fn areas(body: Rect, side: Side) -> Areas {
    let (choices, right) = if body.width >= layout::WIDE {
        layout::split_left(body, (body.width * 2 / 5).max(34))
    } else if side == Side::Choices {
        (body, Rect::ZERO)
    } else {
        (Rect::ZERO, body)
    };
    // Narrow terminals give the roles half the height, so more than one shows.
    let share = if right.width == body.width { right.height / 2 } else { right.height * 2 / 5 };
    let list = share.max(3).min(right.height);
    let (results, detail) = layout::split_top(right, list);
    Areas { choices, results, detail }
}

pub(in crate::tui) static BEHAVIOUR: Behaviour =
    Behaviour { move_by, sideways, open, click, fit, refresh, hints, badge, selected_role, ..Behaviour::NONE };

fn move_by(app: &mut App, delta: isize) {
    let fits = &mut app.screens.fits;
    match fits.side {
        Side::Choices => fits.choices.step(delta, CHOICES.len()),
        Side::Results => fits.results.step(delta, fits.ranking.fits.len()),
    }
}

fn sideways(app: &mut App, right: bool) {
    let fits = &mut app.screens.fits;
    fits.side = if right && !fits.ranking.fits.is_empty() { Side::Results } else { Side::Choices };
}

/// Enter picks or drops a choice; on a result it asks for routes there from the current
/// role (or, with no current role, shows the role in Browse).
fn open(app: &mut App) {
    let fits = &mut app.screens.fits;
    match fits.side {
        Side::Choices => toggle(app),
        Side::Results => {
            let Some(role) = fits.selected() else { return };
            if app.current.is_some_and(|c| c != role) {
                app.screens.routes.target = Some(role);
                app.show(Screen::Routes);
                app.say(format!("Routes to {}", app.catalogue.role(role).title));
            } else {
                app.show_selected_role();
            }
        }
    }
}

/// Picks the selected choice, or drops it when picked.
pub(in crate::tui) fn toggle(app: &mut App) {
    let fits = &mut app.screens.fits;
    let i = fits.choices.selected;
    let Some(choice) = CHOICES.get(i) else { return };
    let message = if let Some(at) = fits.picked.iter().position(|&p| p == i) {
        fits.picked.remove(at);
        format!("Dropped “{}”", choice.text)
    } else {
        fits.picked.push(i);
        format!("Picked “{}” ({} picked)", choice.text, fits.picked.len())
    };
    fits.results = Cursor::default();
    app.say(message);
}

fn click(app: &mut App, body: Rect, at: Position) {
    let fits = &mut app.screens.fits;
    let areas = areas(body, fits.side);
    let rows = rows();
    let list = layout::inner(areas.choices);
    if list.contains(at) {
        let row = fits.choices.offset + usize::from(at.y - list.y);
        if let Some(Row::Choice(i)) = rows.get(row) {
            fits.side = Side::Choices;
            fits.choices.selected = *i;
        }
    } else if let Some(i) =
        super::row_at(layout::inner(areas.results), fits.results.offset, fits.ranking.fits.len(), at)
    {
        fits.side = Side::Results;
        fits.results.selected = i;
    }
}

fn fit(app: &mut App, body: Rect) {
    let fits = &mut app.screens.fits;
    let areas = areas(body, fits.side);
    let rows = rows();
    let row = rows.iter().position(|r| *r == Row::Choice(fits.choices.selected)).unwrap_or(0);
    // Keep the heading above the first choice of a group in sight too.
    let row = if row > 0 && matches!(rows[row - 1], Row::Heading(_)) { row - 1 } else { row };
    let height = usize::from(layout::inner(areas.choices).height);
    fits.choices.offset = offset_showing(fits.choices.offset, row, rows.len(), height);
    if row + 1 < rows.len() && fits.choices.offset + height <= row + 1 && height > 1 {
        fits.choices.offset = offset_showing(fits.choices.offset, row + 1, rows.len(), height);
    }
    fits.results.fit(fits.ranking.fits.len(), usize::from(layout::inner(areas.results).height));
}

/// Ranks again when the choices, the current role, what is held or the lens change, and
/// finds the best route to the selected result when it changes.
fn refresh(app: &mut App) {
    let fits = &app.screens.fits;
    let query = Query { choices: fits.chosen(), from: app.current, held: app.held.clone() };
    if fits.ranked_for.as_ref().is_none_or(|(q, lens)| *q != query || *lens != app.lens) {
        let ranking = if query.choices.is_empty() {
            Ranking::default()
        } else {
            crate::fit::rank(&app.catalogue, &query, &app.lens)
        };
        let fits = &mut app.screens.fits;
        fits.ranking = ranking;
        fits.results.clamp(fits.ranking.fits.len());
        if fits.ranking.fits.is_empty() {
            fits.side = Side::Choices;
        }
        fits.ranked_for = Some((query.clone(), app.lens));
    }
    let fits = &app.screens.fits;
    let Some(to) = fits.selected() else {
        app.screens.fits.route = None;
        return;
    };
    if fits.routed_for.as_ref().is_some_and(|(q, lens, t)| *q == query && *lens == app.lens && *t == to) {
        return;
    }
    let route = query
        .from
        .filter(|&from| from != to)
        .and_then(|from| crate::fit::best_route(&app.catalogue, from, to, &query.held, &app.lens, query.avoids_fees()));
    let fits = &mut app.screens.fits;
    fits.route = route;
    fits.routed_for = Some((query, app.lens, to));
}

fn hints(app: &App, _: u16) -> Vec<Hint> {
    match app.screens.fits.side {
        Side::Choices => vec![hint(&[Open], "pick or drop"), hint(&[Right], "the roles")],
        Side::Results => {
            vec![
                hint(&[Open], "routes there"),
                hint(&[ShowRole], "the role in full"),
                hint(&[Mark], "mark to compare"),
                hint(&[Left], "the choices"),
            ]
        }
    }
}

fn badge(app: &App) -> Option<usize> {
    Some(app.screens.fits.picked.len()).filter(|&n| n > 0)
}

fn selected_role(app: &App) -> Option<RoleIx> {
    let fits = &app.screens.fits;
    (fits.side == Side::Results).then(|| fits.selected()).flatten()
}
