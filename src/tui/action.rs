//! Everything the app can be asked to do. Keys, the mouse and resizes all become an
//! [`Action`]; `App::update` is the only thing that acts on one.
//!
//! Each action's keymap name and help line live on the variant itself, derived with
//! strum: the name from `serialize`, the help line from the doc comment. Declaration order is
//! the order help lists them.

use strum::{EnumMessage as _, IntoEnumIterator as _};

use super::screens::Screen;

/// One thing the user (or the terminal) asks for.
///
/// The unit variants can be bound to keys in the keymap under the name [`Action::name`];
/// the others carry data from the terminal and are never bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumMessage, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    /// Show a screen: its help line, name and keymap table come from the screen
    Show(Screen),
    /// Open the selected role or item
    Open,
    /// Search roles by title or alias (Enter opens, Esc restores)
    Search,
    /// Choose the target role
    PickTarget,
    /// Choose a role routes go via (again clears)
    #[strum(serialize = "via")]
    PickVia,
    /// Cycle the kind of route offered
    #[strum(serialize = "route-kind")]
    CycleRouteKind,
    /// Cycle the nation every screen is for
    #[strum(serialize = "nation")]
    CycleNation,
    /// Cycle the weekly hours pay is shown for
    #[strum(serialize = "hours")]
    CycleHours,
    /// Mark or unmark the role for comparing (up to three)
    Mark,
    /// Show the selected role in full on Browse
    ShowRole,
    /// Tick or untick the qualification
    ToggleHeld,
    /// Filter by sector, family, level and setting
    Filters,
    /// Clear the search and every filter
    ClearFilters,
    /// Unmark every role
    ClearMarks,
    /// Untick every qualification
    ClearHeld,
    /// Group the list by sector or by family
    Group,
    /// Show the role large, for a room (again to return to the map)
    Zoom,
    /// Move up
    Up,
    /// Move down
    Down,
    /// Move left, to the pane on the left, or to the previous role
    Left,
    /// Move right, to the pane on the right, or to the next role
    Right,
    /// Up a page
    PageUp,
    /// Down a page
    PageDown,
    /// Go to the first
    Top,
    /// Go to the last
    Bottom,
    /// Next pane
    NextPane,
    /// Previous pane
    PrevPane,
    /// Delete the last character
    DeleteChar,
    /// Clear the query
    ClearInput,
    /// Go back one step: close, cancel, or return to where you were
    Back,
    /// Cycle the theme: default, high contrast, projector, monochrome
    #[strum(serialize = "theme")]
    CycleTheme,
    /// Show or hide this help
    Help,
    /// Save the session (to its file, or a new one here)
    Save,
    /// Write the client's plan (HTML and Markdown), never over an existing file
    Export,
    /// Suspend carepath to the shell (fg brings it back)
    Suspend,
    /// Quit carepath
    Quit,
    /// Type into the query
    Type(char),
    /// The terminal was resized
    Resize(u16, u16),
    /// Select what was clicked
    Click(u16, u16),
    /// Scroll up
    WheelUp(u16, u16),
    /// Scroll down
    WheelDown(u16, u16),
}

impl Action {
    /// True for the actions a key can be bound to (those that carry no data).
    pub fn bindable(self) -> bool {
        !matches!(
            self,
            Action::Type(_) | Action::Resize(..) | Action::Click(..) | Action::WheelUp(..) | Action::WheelDown(..)
        )
    }

    /// Every action that can be bound to a key, in the order help lists them: showing each
    /// screen first, then the rest in declaration order.
    pub fn all_bindable() -> impl Iterator<Item = Action> {
        Screen::all().map(Action::Show).chain(Action::iter().filter(|a| a.bindable() && !matches!(a, Action::Show(_))))
    }

    /// The name used in the keymap file; `None` for actions that carry data.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Action::Show(screen) => Some(screen.name()),
            _ => self.bindable().then(|| self.into()),
        }
    }

    /// Parses a keymap name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::all_bindable().find(|a| a.name() == Some(name))
    }

    /// Where help lists the action.
    pub fn order(self) -> usize {
        Action::all_bindable().position(|a| a == self).unwrap_or(usize::MAX)
    }

    /// A sentence for the help screen: the variant's doc comment.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Show(screen) => screen.describe(),
            _ => self.get_documentation().unwrap_or(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Action, Screen};

    #[test]
    fn every_bindable_action_has_a_unique_name_and_a_help_line() {
        let mut names: Vec<&str> = Action::all_bindable().filter_map(super::Action::name).collect();
        let count = Action::all_bindable().count();
        assert_eq!(names.len(), count);
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        for a in Action::all_bindable() {
            assert_eq!(a.name().and_then(Action::from_name), Some(a));
            assert!(!a.describe().is_empty(), "{a:?} has no help line");
        }
        assert_eq!(Action::Show(Screen::NextSteps).name(), Some("next-steps"));
        assert_eq!(Action::ClearFilters.name(), Some("clear-filters"));
        assert_eq!(Action::Resize(1, 1).name(), None);
        assert!(Action::Show(Screen::Browse).order() < Action::Quit.order());
    }
}
