//! The screens: each one's own state and what it does with the keys and the mouse, one module
//! per screen. `App` keeps only what the screens share (the catalogue, the lens, the current
//! role, what is held, overlays and history).
//!
//! Adding a screen takes: its module here (state and [`Behaviour`]), a variant of [`Screen`]
//! and a field of [`Screens`] below, its drawing in `ui/` (a module and an arm in
//! `ui/mod.rs`), and its key in `keymap.toml`. Its action, keymap table, tab and help
//! section are derived from the variant.

pub mod browse;
pub mod compare;
pub mod fits;
pub mod held;
pub mod next_steps;
pub mod pathways;
pub mod routes;

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::app::App;
use crate::lens::Lens;
use crate::model::Catalogue;

pub use browse::{Browse, LinkRow, link_rows};
pub use compare::Compare;
pub use fits::Fits;
pub use held::Held;
pub use next_steps::NextSteps;
pub use pathways::Pathways;
pub use routes::Routes;

/// The screens, each one key away. A screen's name is derived (kebab-case) and is also the
/// name of the action that shows it and of its keymap table; its doc comment is that
/// action's help line, and its messages are its title and short title.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumMessage, strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Screen {
    /// Browse: the role list beside the selected role
    #[default]
    #[strum(message = "Browse", detailed_message = "Browse")]
    Browse,
    /// Next steps from the current role, in one table
    #[strum(message = "Next steps", detailed_message = "Next")]
    NextSteps,
    /// Compare the marked roles side by side
    #[strum(message = "Compare", detailed_message = "Compare")]
    Compare,
    /// Routes from the current role to a target role
    #[strum(message = "Routes", detailed_message = "Routes")]
    Routes,
    /// Curated pathways, and a map of one to walk through
    #[strum(message = "Pathways", detailed_message = "Paths")]
    Pathways,
    /// Qualifications held: tick what you have
    #[strum(message = "Qualifications held", detailed_message = "Held")]
    Held,
    /// What fits me: roles ranked by what matters to you, with reasons
    #[strum(message = "Fits me", detailed_message = "Fits")]
    Fits,
}

impl Screen {
    /// Every screen, in tab order.
    pub fn all() -> impl Iterator<Item = Screen> {
        <Screen as strum::IntoEnumIterator>::iter()
    }

    /// The name of the screen's action and keymap table.
    pub fn name(self) -> &'static str {
        self.into()
    }

    pub fn title(self) -> &'static str {
        strum::EnumMessage::get_message(&self).unwrap_or_default()
    }

    /// A short title for narrow headers.
    pub fn short(self) -> &'static str {
        strum::EnumMessage::get_detailed_message(&self).unwrap_or_default()
    }

    /// What showing the screen does, for help: the variant's doc comment.
    pub fn describe(self) -> &'static str {
        strum::EnumMessage::get_documentation(&self).unwrap_or_default()
    }

    /// The action that shows this screen.
    pub fn action(self) -> Action {
        Action::Show(self)
    }

    /// The keymap table for this screen.
    pub fn context(self) -> super::keymap::Context {
        super::keymap::Context::Screen(self)
    }

    /// What the screen does with the keys and the mouse.
    pub(super) fn behaviour(self) -> &'static Behaviour {
        match self {
            Screen::Browse => &browse::BEHAVIOUR,
            Screen::NextSteps => &next_steps::BEHAVIOUR,
            Screen::Compare => &compare::BEHAVIOUR,
            Screen::Routes => &routes::BEHAVIOUR,
            Screen::Pathways => &pathways::BEHAVIOUR,
            Screen::Held => &held::BEHAVIOUR,
            Screen::Fits => &fits::BEHAVIOUR,
        }
    }
}

/// Each screen's own state.
#[derive(Debug, Clone)]
pub struct Screens {
    pub browse: Browse,
    pub next: NextSteps,
    pub compare: Compare,
    pub routes: Routes,
    pub pathways: Pathways,
    pub held: Held,
    pub fits: Fits,
}

impl Screens {
    /// Each screen as it first opens: Browse lists every role in the lens's nation.
    pub fn new(catalogue: &Catalogue, orders: &crate::tui::rolelist::Orders, lens: Lens) -> Screens {
        Screens {
            browse: Browse::new(catalogue, orders, lens),
            next: NextSteps::default(),
            compare: Compare::default(),
            routes: Routes::default(),
            pathways: Pathways::default(),
            held: Held::new(catalogue),
            fits: Fits::default(),
        }
    }
}

/// A footer hint: the keys of these actions, and what they do here.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub actions: &'static [Action],
    pub label: &'static str,
}

pub const fn hint(actions: &'static [Action], label: &'static str) -> Hint {
    Hint { actions, label }
}

/// What a screen does with each kind of input, as plain functions over the app, so the app
/// dispatches once on the screen and each screen keeps its logic in its own module. A screen
/// fills in what it needs and takes [`Behaviour::NONE`] for the rest.
pub(super) struct Behaviour {
    /// Up, down, page and ends.
    pub move_by: fn(&mut App, isize),
    /// Left and right.
    pub sideways: fn(&mut App, bool),
    /// Enter.
    pub open: fn(&mut App),
    /// Esc, before history is used: true when the screen stepped back within itself.
    pub back: fn(&mut App) -> bool,
    /// Arriving at the screen from another.
    pub shown: fn(&mut App),
    /// A click at a position in the body area.
    pub click: fn(&mut App, Rect, Position),
    /// The wheel over a position in the body area, before it moves.
    pub pointer: fn(&mut App, Rect, Position),
    /// Keeps the selection in sight and scrolling within bounds, for the body area.
    pub fit: fn(&mut App, Rect),
    /// Recomputes what the screen shows, after any action (cheap when nothing changed).
    pub refresh: fn(&mut App),
    /// The footer's hints, most useful first, at a terminal width.
    pub hints: fn(&App, u16) -> Vec<Hint>,
    /// A count shown on the screen's tab.
    pub badge: fn(&App) -> Option<usize>,
    /// The role the selection stands for, when it is not the current role (Space marks it).
    pub selected_role: fn(&App) -> Option<crate::model::RoleIx>,
}

impl Behaviour {
    pub const NONE: Behaviour = Behaviour {
        move_by: |_, _| {},
        sideways: |_, _| {},
        open: |_| {},
        back: |_| false,
        shown: |_| {},
        click: |_, _, _| {},
        pointer: |_, _, _| {},
        fit: |_, _| {},
        refresh: |_| {},
        hints: |_, _| Vec::new(),
        badge: |_| None,
        selected_role: |_| None,
    };
}

/// The row under `at` in a list drawn in `rows` scrolled by `offset`, if it is one of `len`.
pub(super) fn row_at(rows: Rect, offset: usize, len: usize, at: Position) -> Option<usize> {
    if !rows.contains(at) {
        return None;
    }
    let row = offset + usize::from(at.y - rows.y);
    (row < len).then_some(row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Context;

    #[test]
    fn each_screen_names_its_action_keymap_table_and_help_line() {
        for screen in Screen::all() {
            assert_eq!(screen.action().name(), Some(screen.name()));
            assert_eq!(Action::from_name(screen.name()), Some(Action::Show(screen)));
            assert_eq!(screen.context().name(), screen.name());
            assert_eq!(Context::all().filter(|c| *c == screen.context()).count(), 1);
            assert!(!screen.title().is_empty() && !screen.short().is_empty() && !screen.describe().is_empty());
        }
    }
}
