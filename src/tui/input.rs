//! Typing: the search line, the target picker, and the filters that narrow the list.

use super::app::{App, Focus, Overlay, Screen};
use super::filters::FacetEdit as _;
use super::layout;
use super::picker::{MAX_QUERY_CHARS, acceptable};

impl App {
    /// `/`: open an empty query line on the Browse list, remembering what to restore on
    /// Esc. It starts empty, as a find bar does, so a new search never has to be cleared of
    /// the last one first.
    pub(super) fn start_search(&mut self) {
        let before = self.here();
        self.screen = Screen::Browse;
        self.screens.browse.focus = Focus::List;
        self.overlay = Overlay::Search { before };
        if !self.screens.browse.query.is_empty() {
            self.screens.browse.query.clear();
            self.rebuild_list();
        }
    }

    pub(super) fn type_char(&mut self, c: char) {
        if !acceptable(c) {
            return;
        }
        // `/` is the key that opens a query line. Pressed again on an empty line (out of habit,
        // or because Routes opened its picker by itself) it is that key, not text: no title
        // starts with a slash, and a leading one would make every search come back empty.
        let empty = match &self.overlay {
            Overlay::Search { .. } => self.screens.browse.query.is_empty(),
            Overlay::Picker(picker) => picker.query.is_empty(),
            _ => false,
        };
        if c == '/' && empty {
            return;
        }
        match &mut self.overlay {
            Overlay::Search { .. } if self.screens.browse.query.chars().count() < MAX_QUERY_CHARS => {
                self.screens.browse.query.push(c);
                self.query_changed();
            }
            Overlay::Picker(picker) if picker.query.chars().count() < MAX_QUERY_CHARS => {
                picker.query.push(c);
                self.query_changed();
            }
            _ => {}
        }
    }

    /// Searches for the query now, or at the end of a batch of waiting keys.
    fn query_changed(&mut self) {
        self.typing.pending = true;
        if !self.typing.batch {
            self.flush_query();
        }
    }

    /// Runs the search a typed query is waiting for.
    pub(super) fn flush_query(&mut self) {
        if !std::mem::take(&mut self.typing.pending) {
            return;
        }
        match &mut self.overlay {
            Overlay::Search { .. } => self.after_query_change(),
            Overlay::Picker(_) => self.refilter_picker(),
            _ => {}
        }
    }

    /// The picker's choices for its query: every role while it is empty, else the hits
    /// (now, or when the search worker answers).
    fn refilter_picker(&mut self) {
        let Overlay::Picker(picker) = &mut self.overlay else { return };
        if picker.query.trim().is_empty() {
            picker.show_all(&self.catalogue, &self.orders);
        } else if let Some(hits) = self.finder.hits(&self.catalogue, &picker.query) {
            picker.show(hits);
        }
    }

    /// Hits for `query` have arrived: show them where that query was typed, if it still is.
    pub(super) fn show_hits_for(&mut self, query: &str) -> bool {
        match &self.overlay {
            Overlay::Picker(picker) if picker.query == query => self.refilter_picker(),
            Overlay::Search { .. } if self.screens.browse.query == query => self.after_query_change(),
            _ if self.screens.browse.query == query => self.rebuild_after_filter(),
            _ => return false,
        }
        true
    }

    pub(super) fn delete_char(&mut self) {
        match &mut self.overlay {
            Overlay::Search { .. } if !self.screens.browse.query.is_empty() => {
                self.screens.browse.query.pop();
                self.after_query_change();
            }
            Overlay::Picker(picker) if !picker.query.is_empty() => {
                picker.query.pop();
                self.refilter_picker();
            }
            _ => {}
        }
    }

    pub(super) fn clear_input(&mut self) {
        match &mut self.overlay {
            Overlay::Search { .. } => {
                self.screens.browse.query.clear();
                self.after_query_change();
            }
            Overlay::Picker(picker) => {
                picker.query.clear();
                self.refilter_picker();
            }
            _ => {}
        }
    }

    /// The list follows the query, and the best match becomes the role shown.
    fn after_query_change(&mut self) {
        // While the worker searches, the list shown stays as it was.
        if !self.rebuild_list() {
            return;
        }
        self.screens.browse.list.offset = 0;
        if self.screens.browse.query.trim().is_empty() {
            return;
        }
        match self.screens.browse.list.entries.first().map(|e| e.role) {
            Some(first) => self.set_current(Some(first)),
            // Nothing matches: show the role from before the search, not whatever the
            // last partial query happened to match on the way.
            None => {
                if let Overlay::Search { before } = &self.overlay {
                    let before = before.current;
                    self.set_current(before);
                }
            }
        }
    }

    /// After a filter changes: keep the current role if it still shows, else show the first.
    pub(super) fn rebuild_after_filter(&mut self) {
        self.rebuild_list();
        if self.screens.browse.list.selected.is_none()
            && let Some(first) = self.screens.browse.list.entries.first().map(|e| e.role)
        {
            self.set_current(Some(first));
        }
    }

    pub(super) fn toggle_filters(&mut self) {
        self.overlay = match self.overlay {
            Overlay::Filters { .. } => Overlay::None,
            _ => Overlay::Filters { facet: 0 },
        };
    }

    pub(super) fn clear_filters(&mut self) {
        let had = !self.screens.browse.query.is_empty() || !self.screens.browse.filters.summary().is_empty();
        self.screens.browse.query.clear();
        self.screens.browse.filters = super::filters::Filters { nation: Some(self.lens.nation), ..Default::default() };
        self.rebuild_after_filter();
        if had {
            self.say("Search and filters cleared");
        }
    }

    pub(super) fn toggle_grouping(&mut self) {
        self.screens.browse.grouping = self.screens.browse.grouping.toggled();
        self.rebuild_list();
        self.say(format!("Grouped by {}", self.screens.browse.grouping.label()));
    }

    /// A click selects what is under it: a tab, a list row, a pane.
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let area = self.area();
        if layout::too_small(area) {
            return;
        }
        let chrome = layout::chrome(area);
        let at = ratatui::layout::Position::new(x, y);
        if chrome.tabs.contains(at) {
            if let Some(screen) = super::content::header::tab_at(self, chrome.tabs, x) {
                self.overlay = Overlay::None;
                self.show(screen);
            }
            return;
        }
        match &mut self.overlay {
            Overlay::Picker(picker) => {
                let [_, _, list] = layout::picker(chrome.body);
                if list.contains(at) {
                    let row = picker.cursor.offset + usize::from(y - list.y);
                    if row < picker.choices.len() {
                        picker.cursor.selected = row;
                    }
                }
                return;
            }
            Overlay::Filters { facet } => {
                let inner = layout::inner(layout::filters(chrome.body));
                if inner.contains(at) && usize::from(y - inner.y) < super::filters::Facet::ALL.len() {
                    *facet = usize::from(y - inner.y);
                }
                return;
            }
            Overlay::Help { .. } => return,
            Overlay::Search { .. } | Overlay::None => {}
        }
        (self.screen.behaviour().click)(self, chrome.body, at);
    }

    /// The wheel moves whatever is under the pointer, or the view with the keys.
    pub(super) fn wheel(&mut self, x: u16, y: u16, delta: isize) {
        let area = self.area();
        if layout::too_small(area) {
            return;
        }
        if self.overlay == Overlay::None {
            let body = layout::chrome(area).body;
            (self.screen.behaviour().pointer)(self, body, ratatui::layout::Position::new(x, y));
        }
        self.move_by(delta);
    }
}
