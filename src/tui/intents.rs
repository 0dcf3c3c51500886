//! What each action means, one method per intent. `App::update` calls these; nothing
//! else changes the state.

use ratatui::layout::Rect;

use super::ThemeName;
use super::app::{App, Focus, MAX_MARKS, Overlay, PathwayView, Place, Screen};
use super::cursor::{Cursor, offset_showing};
use super::filters::FacetEdit;
use super::layout;
use super::screens::{LinkRow, link_rows};
use super::theme::Theme;

impl App {
    pub(super) fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// The key for an action on the current screen, ignoring any open overlay: for text
    /// that tells people how to do something once the overlay is closed.
    pub(super) fn screen_key(&self, action: super::action::Action) -> String {
        let chain = [self.screen.context(), super::keymap::Context::Navigate, super::keymap::Context::Global];
        self.keymap.key_for(&chain, action).map_or_else(|| "?".to_string(), |k| k.to_string())
    }

    /// The Next steps areas, with room for the selected step's detail.
    pub(super) fn next_areas(&self, body: Rect) -> layout::NextAreas {
        layout::next_steps(body, super::content::next::detail_len(self, body.width.saturating_sub(2)))
    }

    pub(super) fn link_rows(&self) -> Vec<LinkRow> {
        link_rows(self.next.len(), self.into.len())
    }

    /// The role at the other end of the i-th link.
    pub(super) fn link_role(&self, i: usize) -> Option<crate::model::RoleIx> {
        self.next.get(i).or_else(|| self.into.get(i.checked_sub(self.next.len())?)).map(|v| v.other)
    }

    pub(super) fn query_line_shown(&self) -> bool {
        matches!(self.overlay, Overlay::Search { .. }) || !self.browse.query.is_empty()
    }

    pub(super) fn selected_pathway(&self) -> Option<&crate::model::Pathway> {
        self.catalogue.pathways.get(self.pathways_screen.cursor.selected)
    }

    pub(super) fn show(&mut self, screen: Screen) {
        if matches!(self.overlay, Overlay::Help { .. } | Overlay::Filters { .. }) {
            self.overlay = Overlay::None;
        }
        if self.screen == screen {
            return;
        }
        self.push_history();
        self.screen = screen;
        if screen == Screen::Routes && self.routes_screen.target.is_none() && self.current.is_some() {
            self.open_picker();
        }
    }

    /// Esc: close what is open, else step back out of a pathway view, else return to the
    /// last place.
    pub(super) fn back(&mut self) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Search { before } => {
                self.restore(before);
                return;
            }
            Overlay::Filters { .. } | Overlay::Picker(_) | Overlay::Help { .. } => return,
            Overlay::None => {}
        }
        if self.screen == Screen::Pathways && self.pathways_screen.view != PathwayView::List {
            self.pathways_screen.view = match self.pathways_screen.view {
                PathwayView::Slide => PathwayView::Map,
                _ => PathwayView::List,
            };
            return;
        }
        if let Some(place) = self.history.pop() {
            self.restore(place);
        } else {
            let quit = self.keymap.key_for(&self.key_chain(), super::action::Action::Quit);
            let hint = quit.map(|k| format!(" ({k} quits)")).unwrap_or_default();
            self.say(format!("Nothing to go back to{hint}"));
        }
    }

    fn restore(&mut self, place: Place) {
        self.screen = place.screen;
        self.browse.focus = place.focus;
        if self.browse.query != place.query {
            self.browse.query = place.query;
            self.rebuild_list();
        }
        self.set_current(place.current);
    }

    /// Enter: open the selected thing.
    pub(super) fn open(&mut self) {
        match &self.overlay {
            Overlay::Search { before } => {
                let before = before.clone();
                self.overlay = Overlay::None;
                if self.history.last() != Some(&before) {
                    self.history.push(before);
                }
                if self.current.is_some() {
                    self.browse.focus = Focus::Detail;
                }
                return;
            }
            Overlay::Picker(picker) => {
                let (chosen, purpose) = (picker.chosen(), picker.purpose);
                self.overlay = Overlay::None;
                match (chosen, purpose) {
                    (Some(role), super::picker::PickFor::Target) => self.routes_screen.target = Some(role),
                    (Some(role), super::picker::PickFor::Via) => self.routes_screen.via = Some(role),
                    (None, _) => {}
                }
                return;
            }
            Overlay::Filters { .. } | Overlay::Help { .. } => return,
            Overlay::None => {}
        }
        match self.screen {
            Screen::Browse => match self.browse.focus {
                Focus::List if self.current.is_some() => self.browse.focus = Focus::Detail,
                Focus::List | Focus::Detail => {}
                Focus::Links => {
                    if let Some(role) = self.link_role(self.browse.links.selected) {
                        self.go_to_role(role);
                        self.browse.focus = Focus::Links;
                    }
                }
            },
            Screen::NextSteps => {
                if let Some(view) = self.next.get(self.next_screen.cursor.selected) {
                    let role = view.other;
                    self.go_to_role(role);
                }
            }
            Screen::Pathways => match self.pathways_screen.view {
                PathwayView::List => self.open_pathway(),
                PathwayView::Map => self.pathways_screen.view = PathwayView::Slide,
                PathwayView::Slide => {}
            },
            Screen::Compare | Screen::Routes | Screen::Held => {}
        }
    }

    fn open_pathway(&mut self) {
        let Some(pathway) = self.selected_pathway() else { return };
        let pos = self.current.and_then(|c| pathway.roles.iter().position(|&r| r == c)).unwrap_or(0);
        let role = pathway.roles.get(pos).copied();
        self.pathways_screen.pos = pos;
        self.pathways_screen.view = PathwayView::Map;
        if role.is_some() {
            self.set_current(role);
        }
    }

    /// Moves to another role of the open pathway.
    fn walk(&mut self, delta: isize) {
        let Some(pathway) = self.selected_pathway() else { return };
        let last = pathway.roles.len().saturating_sub(1);
        let pos = self.pathways_screen.pos.saturating_add_signed(delta).min(last);
        let role = pathway.roles.get(pos).copied();
        self.pathways_screen.pos = pos;
        if role.is_some() {
            self.set_current(role);
        }
    }

    /// Up, down, page and ends, in whatever has the keys.
    pub(super) fn move_by(&mut self, delta: isize) {
        match &mut self.overlay {
            Overlay::Picker(picker) => {
                let len = picker.choices.len();
                picker.cursor.step(delta, len);
                return;
            }
            Overlay::Filters { facet } => {
                *facet = facet.saturating_add_signed(delta).min(super::filters::Facet::ALL.len() - 1);
                return;
            }
            Overlay::Help { scroll } => {
                *scroll = scroll.saturating_add_signed(delta);
                return;
            }
            Overlay::Search { .. } => {
                self.move_in_list(delta);
                return;
            }
            Overlay::None => {}
        }
        match self.screen {
            Screen::Browse => match self.browse.focus {
                Focus::List => self.move_in_list(delta),
                Focus::Detail => self.browse.detail_scroll = self.browse.detail_scroll.saturating_add_signed(delta),
                Focus::Links => self.browse.links.step(delta, self.next.len() + self.into.len()),
            },
            Screen::NextSteps => self.next_screen.cursor.step(delta, self.next.len()),
            Screen::Compare => {
                self.compare_screen.cursor.offset = self.compare_screen.cursor.offset.saturating_add_signed(delta);
            }
            Screen::Routes => self.routes_screen.move_by(delta),
            Screen::Pathways => match self.pathways_screen.view {
                PathwayView::List => self.pathways_screen.cursor.step(delta, self.catalogue.pathways.len()),
                PathwayView::Map | PathwayView::Slide => self.walk(delta),
            },
            Screen::Held => self.held_screen.cursor.step(delta, self.held_screen.quals.len()),
        }
    }

    fn move_in_list(&mut self, delta: isize) {
        let len = self.browse.list.entries.len();
        if len == 0 {
            return;
        }
        let next = match self.browse.list.selected {
            Some(i) => i.saturating_add_signed(delta).min(len - 1),
            None if delta < 0 => len - 1,
            None => 0,
        };
        self.browse.list.selected = Some(next);
        let role = self.browse.list.selected_role();
        self.set_current(role);
    }

    /// Left and right: between panes, between pathway roles, or between filter values.
    pub(super) fn sideways(&mut self, forward: bool) {
        let delta = if forward { 1 } else { -1 };
        if let Overlay::Filters { facet } = self.overlay {
            if let Some(&f) = super::filters::Facet::ALL.get(facet) {
                self.browse.filters.cycle_facet(f, forward, &self.browse.levels);
                self.rebuild_after_filter();
            }
            return;
        }
        if self.overlay != Overlay::None {
            return;
        }
        match self.screen {
            Screen::Browse => {
                let pos = Focus::ALL.iter().position(|f| *f == self.browse.focus).unwrap_or(0);
                let pos = pos.saturating_add_signed(delta).min(Focus::ALL.len() - 1);
                self.browse.focus = Focus::ALL[pos];
            }
            Screen::Pathways if self.pathways_screen.view != PathwayView::List => self.walk(delta),
            _ => {}
        }
    }

    /// Tab: the next pane, wrapping round.
    pub(super) fn cycle_pane(&mut self, forward: bool) {
        if self.overlay != Overlay::None || self.screen != Screen::Browse {
            return;
        }
        let n = Focus::ALL.len();
        let pos = Focus::ALL.iter().position(|f| *f == self.browse.focus).unwrap_or(0);
        self.browse.focus = Focus::ALL[if forward { (pos + 1) % n } else { (pos + n - 1) % n }];
    }

    /// The role Space marks: the selected next step on that screen, else the current role.
    fn mark_target(&self) -> Option<crate::model::RoleIx> {
        match self.screen {
            Screen::NextSteps => self.next.get(self.next_screen.cursor.selected).map(|v| v.other),
            Screen::Browse if self.browse.focus == Focus::Links => self.link_role(self.browse.links.selected),
            _ => self.current,
        }
    }

    pub(super) fn toggle_mark(&mut self) {
        let Some(role) = self.mark_target() else { return };
        let title = self.catalogue.role(role).title.clone();
        if let Some(pos) = self.compare_screen.marks.iter().position(|&m| m == role) {
            self.compare_screen.marks.remove(pos);
            self.say(format!("Unmarked {title} ({} of {MAX_MARKS} marked)", self.compare_screen.marks.len()));
        } else if self.compare_screen.marks.len() >= MAX_MARKS {
            self.say(format!("Up to {MAX_MARKS} roles can be compared: unmark one first"));
        } else {
            self.compare_screen.marks.push(role);
            let compare = self.keymap.key_for(&self.key_chain(), super::action::Action::ShowCompare);
            let hint = match (self.compare_screen.marks.len(), compare) {
                (n, Some(k)) if n >= 2 => format!(" ({k} compares)"),
                _ => String::new(),
            };
            self.say(format!("Marked {title} ({} of {MAX_MARKS}){hint}", self.compare_screen.marks.len()));
        }
    }

    pub(super) fn clear_marks(&mut self) {
        self.compare_screen.marks.clear();
        self.compare_screen.cursor = Cursor::default();
        self.say("No roles marked");
    }

    pub(super) fn toggle_help(&mut self) {
        self.overlay = match self.overlay {
            Overlay::Help { .. } => Overlay::None,
            _ => Overlay::Help { scroll: 0 },
        };
    }

    /// The next nation: every screen follows.
    pub(super) fn cycle_nation(&mut self) {
        use crate::model::Nation;
        let i = Nation::ALL.iter().position(|&n| n == self.lens.nation).unwrap_or(0);
        let nation = Nation::ALL[(i + 1) % Nation::ALL.len()];
        self.set_lens(crate::lens::Lens { nation, ..self.lens });
        self.say(format!("Now showing {}: roles, steps, qualifications, registration and pay.", nation.label()));
    }

    /// The next weekly hours pay is shown for.
    pub(super) fn cycle_hours(&mut self) {
        const HOURS: [f64; 4] = [crate::pay::FULL_TIME_HOURS, 30.0, 22.5, 15.0];
        let i = HOURS.iter().position(|&h| (h - self.lens.hours).abs() < 0.01).map_or(0, |i| (i + 1) % HOURS.len());
        self.set_lens(crate::lens::Lens { hours: HOURS[i], ..self.lens });
        self.say(format!("Pay now shown {}.", self.lens.describe().split_once(", ").map_or("", |(_, h)| h)));
    }

    /// The next kind of route offered: any, then each kind in turn.
    pub(super) fn cycle_route_kind(&mut self) {
        use crate::routes::RouteFilter;
        let order = [
            None,
            Some(RouteFilter::Apprenticeship),
            Some(RouteFilter::University),
            Some(RouteFilter::InWork),
            Some(RouteFilter::EarnWhileYouLearn),
        ];
        let i = order.iter().position(|&f| f == self.routes_screen.filter).map_or(0, |i| (i + 1) % order.len());
        self.routes_screen.filter = order[i];
        self.say(match self.routes_screen.filter {
            Some(f) => format!("Showing {} only.", f.label()),
            None => "Showing every kind of route.".to_string(),
        });
    }

    pub(super) fn cycle_theme(&mut self) {
        let next: ThemeName = self.theme.name.next();
        self.theme = Theme::new(next);
        self.say(format!("Theme: {}", next.label()));
    }

    pub(super) fn zoom(&mut self) {
        if self.screen != Screen::Pathways {
            return;
        }
        self.pathways_screen.view = match self.pathways_screen.view {
            PathwayView::List => {
                self.open_pathway();
                if self.pathways_screen.view == PathwayView::Map { PathwayView::Slide } else { PathwayView::List }
            }
            PathwayView::Map => PathwayView::Slide,
            PathwayView::Slide => PathwayView::Map,
        };
    }

    pub(super) fn toggle_held(&mut self) {
        let Some(&qual) = self.held_screen.quals.get(self.held_screen.cursor.selected) else { return };
        let name = self.catalogue.qualification(qual).name.clone();
        if self.held.contains(qual) {
            self.held.remove(qual);
            self.say(format!("Unticked {name} ({} held)", self.held.len()));
        } else {
            self.held.insert(qual);
            self.say(format!("Ticked {name} ({} held)", self.held.len()));
        }
    }

    pub(super) fn clear_held(&mut self) {
        self.held = crate::graph::Held::default();
        self.say("No qualifications ticked");
    }

    /// How far `PageUp` and `PageDown` move: a view's height, less one row of overlap.
    pub(super) fn page(&self) -> isize {
        let body = layout::chrome(self.area()).body;
        isize::try_from(body.height.saturating_sub(4).max(1)).unwrap_or(1)
    }

    /// Scrolls every view in sight so its selection shows, and keeps scroll offsets within
    /// what there is to scroll.
    pub(super) fn fit_scroll(&mut self) {
        let body = layout::chrome(self.area()).body;
        match self.screen {
            Screen::Browse => {
                let rows = self.link_rows();
                let areas = layout::browse(body, self.browse.focus, rows.len());
                self.browse.list.fit(usize::from(layout::list_rows(areas.list, self.query_line_shown()).height));
                let links_height = usize::from(layout::inner(areas.links).height);
                let row = rows.iter().position(|r| *r == LinkRow::Link(self.browse.links.selected)).unwrap_or(0);
                // The first link of a section brings its heading into view with it.
                let heading_above = row.checked_sub(1).is_some_and(|r| matches!(rows[r], LinkRow::Heading(_)));
                let top = if heading_above { row - 1 } else { row };
                self.browse.links.offset = offset_showing(self.browse.links.offset, top, rows.len(), links_height);
                self.browse.links.offset = offset_showing(self.browse.links.offset, row, rows.len(), links_height);
                // Measuring means laying the text out, so only when there is scrolling to limit.
                if self.browse.detail_scroll > 0 {
                    let detail = layout::inner(areas.detail);
                    let lines = super::content::browse::detail_len(self, detail.width);
                    self.browse.detail_scroll =
                        self.browse.detail_scroll.min(lines.saturating_sub(usize::from(detail.height)));
                }
            }
            Screen::NextSteps => {
                let areas = self.next_areas(body);
                self.next_screen.cursor.fit(self.next.len(), usize::from(layout::table_rows(areas.table).height));
            }
            Screen::Compare => {
                if self.compare_screen.cursor.offset > 0 {
                    let (_, table) = layout::compare(body);
                    let (len, height) = super::content::compare::scroll_extent(self, table);
                    self.compare_screen.cursor.offset =
                        self.compare_screen.cursor.offset.min(len.saturating_sub(height));
                }
            }
            Screen::Routes => {
                let areas = layout::routes(body, self.routes_screen.found.len());
                self.routes_screen
                    .cursor
                    .fit(self.routes_screen.found.len(), usize::from(layout::inner(areas.list).height));
                if self.routes_screen.scroll > 0 {
                    let steps = layout::inner(areas.steps);
                    let lines = super::content::routes::steps_len(self, steps.width);
                    self.routes_screen.scroll =
                        self.routes_screen.scroll.min(lines.saturating_sub(usize::from(steps.height)));
                }
            }
            Screen::Pathways => {
                let (list, _) = layout::pathways_list(body);
                self.pathways_screen.cursor.fit(self.catalogue.pathways.len(), usize::from(layout::inner(list).height));
            }
            Screen::Held => {
                let (list, _) = layout::held(body);
                self.held_screen.cursor.fit(self.held_screen.quals.len(), usize::from(layout::inner(list).height));
            }
        }
        match &mut self.overlay {
            Overlay::Picker(picker) => {
                let [_, _, list] = layout::picker(body);
                let len = picker.choices.len();
                picker.cursor.fit(len, usize::from(list.height));
            }
            Overlay::Help { scroll } if *scroll > 0 => {
                let area = layout::inner(layout::help(body));
                let lines = super::content::help::help_len(&self.keymap, area.width);
                *scroll = (*scroll).min(lines.saturating_sub(usize::from(area.height)));
            }
            _ => {}
        }
    }
}
