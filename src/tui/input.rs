//! Typing: the search line, the target picker, and the filters that narrow the list.

use super::app::{App, Focus, Overlay, Screen};
use super::filters::FacetEdit as _;
use super::layout;
use super::picker::{MAX_QUERY_CHARS, PickFor, Picker, acceptable};

impl App {
    /// `/`: open an empty query line on the Browse list, remembering what to restore on
    /// Esc. It starts empty, as a find bar does, so a new search never has to be cleared of
    /// the last one first.
    pub(super) fn start_search(&mut self) {
        let before = self.here();
        self.screen = Screen::Browse;
        self.browse.focus = Focus::List;
        self.overlay = Overlay::Search { before };
        if !self.browse.query.is_empty() {
            self.browse.query.clear();
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
            Overlay::Search { .. } => self.browse.query.is_empty(),
            Overlay::Picker(picker) => picker.query.is_empty(),
            _ => false,
        };
        if c == '/' && empty {
            return;
        }
        match &mut self.overlay {
            Overlay::Search { .. } if self.browse.query.chars().count() < MAX_QUERY_CHARS => {
                self.browse.query.push(c);
                self.after_query_change();
            }
            Overlay::Picker(picker) if picker.query.chars().count() < MAX_QUERY_CHARS => {
                picker.query.push(c);
                picker.refilter(&self.catalogue, Some(&self.index));
            }
            _ => {}
        }
    }

    pub(super) fn delete_char(&mut self) {
        match &mut self.overlay {
            Overlay::Search { .. } if !self.browse.query.is_empty() => {
                self.browse.query.pop();
                self.after_query_change();
            }
            Overlay::Picker(picker) if !picker.query.is_empty() => {
                picker.query.pop();
                picker.refilter(&self.catalogue, Some(&self.index));
            }
            _ => {}
        }
    }

    pub(super) fn clear_input(&mut self) {
        match &mut self.overlay {
            Overlay::Search { .. } => {
                self.browse.query.clear();
                self.after_query_change();
            }
            Overlay::Picker(picker) => {
                picker.query.clear();
                picker.refilter(&self.catalogue, Some(&self.index));
            }
            _ => {}
        }
    }

    /// The list follows the query, and the best match becomes the role shown.
    fn after_query_change(&mut self) {
        self.rebuild_list();
        self.browse.list.offset = 0;
        if self.browse.query.trim().is_empty() {
            return;
        }
        match self.browse.list.entries.first().map(|e| e.role) {
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
        if self.browse.list.selected.is_none()
            && let Some(first) = self.browse.list.entries.first().map(|e| e.role)
        {
            self.set_current(Some(first));
        }
    }

    /// The fuzzy target picker of the Routes screen.
    pub(super) fn open_picker(&mut self) {
        self.screen = Screen::Routes;
        self.overlay = Overlay::Picker(Picker::new(&self.catalogue, PickFor::Target));
    }

    /// `v` on Routes: choose a role the routes must pass through, or clear the one chosen.
    pub(super) fn pick_via(&mut self) {
        if self.routes_screen.via.take().is_some() {
            self.say("Routes may now go any way.");
            return;
        }
        self.screen = Screen::Routes;
        self.overlay = Overlay::Picker(Picker::new(&self.catalogue, PickFor::Via));
    }

    pub(super) fn toggle_filters(&mut self) {
        self.overlay = match self.overlay {
            Overlay::Filters { .. } => Overlay::None,
            _ => Overlay::Filters { facet: 0 },
        };
    }

    pub(super) fn clear_filters(&mut self) {
        let had = !self.browse.query.is_empty() || !self.browse.filters.summary().is_empty();
        self.browse.query.clear();
        self.browse.filters = super::filters::Filters { nation: Some(self.lens.nation), ..Default::default() };
        self.rebuild_after_filter();
        if had {
            self.say("Search and filters cleared");
        }
    }

    pub(super) fn toggle_grouping(&mut self) {
        self.browse.grouping = self.browse.grouping.toggled();
        self.rebuild_list();
        self.say(format!("Grouped by {}", self.browse.grouping.label()));
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
        let body = chrome.body;
        match self.screen {
            Screen::Browse => self.click_browse(body, at),
            Screen::NextSteps => {
                let rows = layout::table_rows(self.next_areas(body).table);
                if rows.contains(at) {
                    let i = self.next_screen.cursor.offset + usize::from(y - rows.y);
                    if i < self.next.len() {
                        self.next_screen.cursor.selected = i;
                    }
                }
            }
            Screen::Routes => {
                let rows = layout::inner(layout::routes(body, self.routes_screen.found.len()).list);
                if rows.contains(at) {
                    let i = self.routes_screen.cursor.offset + usize::from(y - rows.y);
                    if i < self.routes_screen.found.len() {
                        self.routes_screen.cursor.selected = i;
                        self.routes_screen.scroll = 0;
                    }
                }
            }
            Screen::Pathways if self.pathways_screen.view == super::app::PathwayView::List => {
                let rows = layout::inner(layout::pathways_list(body).0);
                if rows.contains(at) {
                    let i = self.pathways_screen.cursor.offset + usize::from(y - rows.y);
                    if i < self.catalogue.pathways.len() {
                        self.pathways_screen.cursor.selected = i;
                    }
                }
            }
            Screen::Held => {
                let rows = layout::inner(layout::held(body).0);
                if rows.contains(at) {
                    let i = self.held_screen.cursor.offset + usize::from(y - rows.y);
                    if i < self.held_screen.quals.len() {
                        self.held_screen.cursor.selected = i;
                    }
                }
            }
            Screen::Compare | Screen::Pathways => {}
        }
    }

    fn click_browse(&mut self, body: ratatui::layout::Rect, at: ratatui::layout::Position) {
        let rows = self.link_rows();
        let areas = layout::browse(body, self.browse.focus, rows.len());
        if areas.strip.contains(at) {
            if let Some(pane) = layout::strip_cells(areas.strip).iter().position(|c| c.contains(at)) {
                self.browse.focus = Focus::ALL[pane];
            }
            return;
        }
        let list = layout::list_rows(areas.list, self.query_line_shown());
        if list.contains(at) {
            self.browse.focus = Focus::List;
            let row = self.browse.list.offset + usize::from(at.y - list.y);
            if let Some(entry) = self.browse.list.entry_at_row(row) {
                self.browse.list.selected = Some(entry);
                let role = self.browse.list.selected_role();
                self.set_current(role);
            }
        } else if areas.detail.contains(at) {
            self.browse.focus = Focus::Detail;
        } else if areas.links.contains(at) {
            self.browse.focus = Focus::Links;
            let inner = layout::inner(areas.links);
            if inner.contains(at) {
                let row = self.browse.links.offset + usize::from(at.y - inner.y);
                if let Some(super::screens::LinkRow::Link(i)) = rows.get(row) {
                    self.browse.links.selected = *i;
                }
            }
        }
    }

    /// The wheel moves whatever is under the pointer, or the view with the keys.
    pub(super) fn wheel(&mut self, x: u16, y: u16, delta: isize) {
        let area = self.area();
        if layout::too_small(area) {
            return;
        }
        if self.screen == Screen::Browse && self.overlay == Overlay::None {
            let body = layout::chrome(area).body;
            let areas = layout::browse(body, self.browse.focus, self.link_rows().len());
            let at = ratatui::layout::Position::new(x, y);
            if areas.detail.contains(at) {
                self.browse.focus = Focus::Detail;
            } else if areas.list.contains(at) {
                self.browse.focus = Focus::List;
            } else if areas.links.contains(at) {
                self.browse.focus = Focus::Links;
            }
        }
        self.move_by(delta);
    }
}
