//! What each action means, one method per intent. `App::update` calls these; nothing
//! else changes the state.

use ratatui::layout::Rect;

use super::ThemeName;
use super::app::{App, Focus, MAX_MARKS, Overlay, Place, Screen};
use super::cursor::Cursor;
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
        matches!(self.overlay, Overlay::Search { .. }) || !self.screens.browse.query.is_empty()
    }

    /// The pathway the Pathways screen is about: a route or comparison being presented,
    /// else the one selected in the list.
    pub(super) fn selected_pathway(&self) -> Option<&crate::model::Pathway> {
        let walk = &self.screens.pathways;
        walk.presenting.as_ref().or_else(|| self.catalogue.pathways.get(walk.cursor.selected))
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
        (screen.behaviour().shown)(self);
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
        if (self.screen.behaviour().back)(self) {
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
        self.screens.browse.focus = place.focus;
        if self.screens.browse.query != place.query {
            self.screens.browse.query = place.query;
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
                    self.screens.browse.focus = Focus::Detail;
                }
                return;
            }
            Overlay::Picker(picker) => {
                let (chosen, purpose) = (picker.chosen(), picker.purpose);
                self.overlay = Overlay::None;
                match (chosen, purpose) {
                    (Some(role), super::picker::PickFor::Target) => self.screens.routes.target = Some(role),
                    (Some(role), super::picker::PickFor::Via) => self.screens.routes.via = Some(role),
                    (None, _) => {}
                }
                return;
            }
            Overlay::Filters { .. } | Overlay::Help { .. } => return,
            Overlay::None => {}
        }
        (self.screen.behaviour().open)(self);
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
                super::screens::browse::move_in_list(self, delta);
                return;
            }
            Overlay::None => {}
        }
        (self.screen.behaviour().move_by)(self, delta);
    }

    /// Left and right: between panes, between pathway roles, or between filter values.
    pub(super) fn sideways(&mut self, forward: bool) {
        if let Overlay::Filters { facet } = self.overlay {
            if let Some(&f) = super::filters::Facet::ALL.get(facet) {
                self.screens.browse.filters.cycle_facet(f, forward, &self.screens.browse.levels);
                self.rebuild_after_filter();
            }
            return;
        }
        if self.overlay != Overlay::None {
            return;
        }
        (self.screen.behaviour().sideways)(self, forward);
    }

    /// Tab: the next pane, wrapping round.
    pub(super) fn cycle_pane(&mut self, forward: bool) {
        if self.overlay == Overlay::None && self.screen == Screen::Browse {
            super::screens::browse::cycle_pane(self, forward);
        }
    }

    /// The role Space marks: the selected next step on that screen, else the current role.
    fn mark_target(&self) -> Option<crate::model::RoleIx> {
        match self.screen {
            Screen::NextSteps => self.next.get(self.screens.next.cursor.selected).map(|v| v.other),
            Screen::Browse if self.screens.browse.focus == Focus::Links => {
                self.link_role(self.screens.browse.links.selected)
            }
            screen => (screen.behaviour().selected_role)(self).or(self.current),
        }
    }

    /// The role a screen's selection stands for, shown in full on Browse (it becomes the
    /// current role; Esc comes back).
    pub(super) fn show_selected_role(&mut self) {
        let Some(role) = (self.screen.behaviour().selected_role)(self) else { return };
        self.push_history();
        self.set_current(Some(role));
        self.screen = Screen::Browse;
        self.screens.browse.focus = Focus::Detail;
    }

    pub(super) fn toggle_mark(&mut self) {
        let Some(role) = self.mark_target() else { return };
        let title = self.catalogue.role(role).title.clone();
        if let Some(pos) = self.screens.compare.marks.iter().position(|&m| m == role) {
            self.screens.compare.marks.remove(pos);
            self.say(format!("Unmarked {title} ({} of {MAX_MARKS} marked)", self.screens.compare.marks.len()));
        } else if self.screens.compare.marks.len() >= MAX_MARKS {
            self.say(format!("Up to {MAX_MARKS} roles can be compared: unmark one first"));
        } else {
            self.screens.compare.marks.push(role);
            let compare = self.keymap.key_for(&self.key_chain(), super::action::Action::Show(Screen::Compare));
            let hint = match (self.screens.compare.marks.len(), compare) {
                (n, Some(k)) if n >= 2 => format!(" ({k} compares)"),
                _ => String::new(),
            };
            self.say(format!("Marked {title} ({} of {MAX_MARKS}){hint}", self.screens.compare.marks.len()));
        }
    }

    pub(super) fn clear_marks(&mut self) {
        self.screens.compare.marks.clear();
        self.screens.compare.cursor = Cursor::default();
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

    pub(super) fn cycle_theme(&mut self) {
        let next: ThemeName = self.theme.name.next();
        self.theme = Theme::new(next).with_overrides(&self.colours);
        self.say(format!("Theme: {}", next.label()));
    }

    /// `z`: present. Pathways go from list to map to slides; a route or the compared roles
    /// become slides to step through, without changing the current role.
    pub(super) fn zoom(&mut self) {
        match self.screen {
            Screen::Pathways => super::screens::pathways::zoom(self),
            Screen::Routes => {
                let routes = &self.screens.routes;
                let Some(route) = routes.found.get(routes.cursor.selected) else {
                    self.say("Choose a target first: there is no route to present.");
                    return;
                };
                let roles = route.roles(&self.catalogue);
                let (from, to) = (roles.first().copied(), roles.last().copied());
                let title =
                    |r: Option<crate::model::RoleIx>| r.map_or(String::new(), |r| self.catalogue.role(r).title.clone());
                let name = format!("Route: {} to {}", title(from), title(to));
                let why = route.why(&self.catalogue);
                let pathway = crate::model::Pathway::line("route", name, why, roles, true);
                super::screens::pathways::present(self, pathway);
            }
            Screen::Compare if !self.screens.compare.marks.is_empty() => {
                let roles = self.screens.compare.marks.clone();
                let names: Vec<&str> = roles.iter().map(|&r| self.catalogue.role(r).title.as_str()).collect();
                let name = format!("Comparing {}", names.join(", "));
                let pathway = crate::model::Pathway::line("compare", name, String::new(), roles, false);
                super::screens::pathways::present(self, pathway);
            }
            _ => {}
        }
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
        (self.screen.behaviour().fit)(self, body);
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
