//! Everything the app can be asked to do. Keys, the mouse and resizes all become an
//! [`Action`]; `App::update` is the only thing that acts on one.

/// One thing the user (or the terminal) asks for.
///
/// The unit variants can be bound to keys in the keymap under the name [`Action::name`];
/// the others carry data from the terminal and are never bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Quit carepath.
    Quit,
    /// Show or hide the key help.
    Help,
    /// Go back one step: close what is open, cancel the search, or return to where you were.
    Back,
    /// Show the role list beside the selected role.
    ShowBrowse,
    /// Show every next step from the current role.
    ShowNextSteps,
    /// Show the marked roles side by side.
    ShowCompare,
    /// Show routes from the current role to a target role.
    ShowRoutes,
    /// Show the curated pathways and their maps.
    ShowPathways,
    /// Show the qualifications-held checklist.
    ShowHeld,
    /// Search roles by title or alias.
    Search,
    /// Cycle the colour theme.
    CycleTheme,
    /// Cycle the nation everything is seen for.
    CycleNation,
    /// Cycle the weekly hours pay is shown for.
    CycleHours,
    /// Cycle which kinds of route are offered.
    CycleRouteKind,
    /// Choose a role the routes must pass through (again to clear it).
    PickVia,
    /// Move up.
    Up,
    /// Move down.
    Down,
    /// Move left (or to the pane on the left).
    Left,
    /// Move right (or to the pane on the right).
    Right,
    /// Move up a page.
    PageUp,
    /// Move down a page.
    PageDown,
    /// Go to the first item.
    Top,
    /// Go to the last item.
    Bottom,
    /// Move to the next pane.
    NextPane,
    /// Move to the previous pane.
    PrevPane,
    /// Open the selected role or item.
    Open,
    /// Mark or unmark the role for comparing (up to three).
    Mark,
    /// Filter the list by sector, family, level, setting and nation.
    Filters,
    /// Clear the search and every filter.
    ClearFilters,
    /// Group the list by sector or by family.
    Group,
    /// Unmark every role.
    ClearMarks,
    /// Choose the target role.
    PickTarget,
    /// Show the current pathway role large, for a room.
    Zoom,
    /// Tick or untick the qualification.
    ToggleHeld,
    /// Untick every qualification.
    ClearHeld,
    /// Delete the last character of the query.
    DeleteChar,
    /// Clear the query.
    ClearInput,
    /// A character typed into the query line or picker.
    Type(char),
    /// The terminal changed size (columns, rows).
    Resize(u16, u16),
    /// A mouse click at (column, row).
    Click(u16, u16),
    /// The mouse wheel turned up at (column, row).
    WheelUp(u16, u16),
    /// The mouse wheel turned down at (column, row).
    WheelDown(u16, u16),
}

impl Action {
    /// Every action that can be bound to a key, in the order help lists them.
    pub const BINDABLE: &'static [Action] = &[
        Action::ShowBrowse,
        Action::ShowNextSteps,
        Action::ShowCompare,
        Action::ShowRoutes,
        Action::ShowPathways,
        Action::ShowHeld,
        Action::Open,
        Action::Search,
        Action::PickTarget,
        Action::PickVia,
        Action::CycleRouteKind,
        Action::CycleNation,
        Action::CycleHours,
        Action::Mark,
        Action::ToggleHeld,
        Action::Filters,
        Action::ClearFilters,
        Action::ClearMarks,
        Action::ClearHeld,
        Action::Group,
        Action::Zoom,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::NextPane,
        Action::PrevPane,
        Action::DeleteChar,
        Action::ClearInput,
        Action::Back,
        Action::CycleTheme,
        Action::Help,
        Action::Quit,
    ];

    /// The name used in the keymap file; `None` for actions that carry data.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Back => "back",
            Action::ShowBrowse => "browse",
            Action::ShowNextSteps => "next-steps",
            Action::ShowCompare => "compare",
            Action::ShowRoutes => "routes",
            Action::ShowPathways => "pathways",
            Action::ShowHeld => "held",
            Action::Search => "search",
            Action::CycleTheme => "theme",
            Action::CycleNation => "nation",
            Action::CycleHours => "hours",
            Action::CycleRouteKind => "route-kind",
            Action::PickVia => "via",
            Action::Up => "up",
            Action::Down => "down",
            Action::Left => "left",
            Action::Right => "right",
            Action::PageUp => "page-up",
            Action::PageDown => "page-down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextPane => "next-pane",
            Action::PrevPane => "prev-pane",
            Action::Open => "open",
            Action::Mark => "mark",
            Action::Filters => "filters",
            Action::ClearFilters => "clear-filters",
            Action::Group => "group",
            Action::ClearMarks => "clear-marks",
            Action::PickTarget => "pick-target",
            Action::Zoom => "zoom",
            Action::ToggleHeld => "toggle-held",
            Action::ClearHeld => "clear-held",
            Action::DeleteChar => "delete-char",
            Action::ClearInput => "clear-input",
            Action::Type(_) | Action::Resize(..) | Action::Click(..) | Action::WheelUp(..) | Action::WheelDown(..) => {
                return None;
            }
        })
    }

    /// Parses a keymap name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::BINDABLE.iter().copied().find(|a| a.name() == Some(name))
    }

    /// A word or two for the footer.
    pub fn label(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Back => "back",
            Action::ShowBrowse => "browse",
            Action::ShowNextSteps => "next steps",
            Action::ShowCompare => "compare",
            Action::ShowRoutes => "routes",
            Action::ShowPathways => "pathways",
            Action::ShowHeld => "held",
            Action::Search => "search",
            Action::CycleTheme => "theme",
            Action::CycleNation => "nation",
            Action::CycleHours => "hours",
            Action::CycleRouteKind => "kind",
            Action::PickVia => "via",
            Action::Up => "up",
            Action::Down => "down",
            Action::Left => "left",
            Action::Right => "right",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextPane => "pane",
            Action::PrevPane => "pane back",
            Action::Open => "open",
            Action::Mark => "mark",
            Action::Filters => "filters",
            Action::ClearFilters => "clear",
            Action::Group => "group",
            Action::ClearMarks => "unmark all",
            Action::PickTarget => "target",
            Action::Zoom => "zoom",
            Action::ToggleHeld => "tick",
            Action::ClearHeld => "untick all",
            Action::DeleteChar => "delete",
            Action::ClearInput => "clear",
            Action::Type(_) => "type",
            Action::Resize(..) => "resize",
            Action::Click(..) => "click",
            Action::WheelUp(..) | Action::WheelDown(..) => "scroll",
        }
    }

    /// A sentence for the help screen.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "Quit carepath",
            Action::Help => "Show or hide this help",
            Action::Back => "Go back one step: close, cancel, or return to where you were",
            Action::ShowBrowse => "Browse: the role list beside the selected role",
            Action::ShowNextSteps => "Next steps from the current role, in one table",
            Action::ShowCompare => "Compare the marked roles side by side",
            Action::ShowRoutes => "Routes from the current role to a target role",
            Action::ShowPathways => "Curated pathways, and a map of one to walk through",
            Action::ShowHeld => "Qualifications held: tick what you have",
            Action::Search => "Search roles by title or alias (Enter opens, Esc restores)",
            Action::CycleTheme => "Cycle the theme: default, high contrast, monochrome",
            Action::CycleNation => "Cycle the nation every screen is for",
            Action::CycleHours => "Cycle the weekly hours pay is shown for",
            Action::CycleRouteKind => "Cycle the kind of route offered",
            Action::PickVia => "Choose a role routes go via (again clears)",
            Action::Up => "Move up",
            Action::Down => "Move down",
            Action::Left => "Move left, to the pane on the left, or to the previous role",
            Action::Right => "Move right, to the pane on the right, or to the next role",
            Action::PageUp => "Up a page",
            Action::PageDown => "Down a page",
            Action::Top => "Go to the first",
            Action::Bottom => "Go to the last",
            Action::NextPane => "Next pane",
            Action::PrevPane => "Previous pane",
            Action::Open => "Open the selected role or item",
            Action::Mark => "Mark or unmark the role for comparing (up to three)",
            Action::Filters => "Filter by sector, family, level, setting and nation",
            Action::ClearFilters => "Clear the search and every filter",
            Action::Group => "Group the list by sector or by family",
            Action::ClearMarks => "Unmark every role",
            Action::PickTarget => "Choose the target role",
            Action::Zoom => "Show the role large, for a room (again to return to the map)",
            Action::ToggleHeld => "Tick or untick the qualification",
            Action::ClearHeld => "Untick every qualification",
            Action::DeleteChar => "Delete the last character",
            Action::ClearInput => "Clear the query",
            Action::Type(_) => "Type into the query",
            Action::Resize(..) => "The terminal was resized",
            Action::Click(..) => "Select what was clicked",
            Action::WheelUp(..) | Action::WheelDown(..) => "Scroll",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn every_bindable_action_has_a_unique_name() {
        let mut names: Vec<&str> = Action::BINDABLE.iter().filter_map(|a| a.name()).collect();
        assert_eq!(names.len(), Action::BINDABLE.len());
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::BINDABLE.len());
        for a in Action::BINDABLE {
            assert_eq!(a.name().and_then(Action::from_name), Some(*a));
        }
    }
}
