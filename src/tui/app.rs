//! The app's state and its one entry point for change, [`App::update`].
//!
//! Rendering only reads this state (see `ui`), and the layout that both rendering and
//! mouse hit-testing use is a pure function of the terminal size (see `layout`).

use std::sync::Arc;

use ratatui::crossterm::event::{Event, KeyEvent, MouseButton, MouseEventKind};

use crate::graph::{self, Held, Route, StepView};
use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx};
use crate::routes::RouteFilter;

use super::ThemeName;
use super::action::Action;
use super::cursor::Cursor;
use super::filters::Filters;
use super::keymap::{Context, Key, Keymap};
use super::picker::Picker;
use super::rolelist::RoleList;
use super::screens;
use super::theme::Theme;

/// Whether an action works on search results, so must see them complete. Typing, going
/// back, help, themes and quitting need not wait for a search under way.
fn reads_hits(action: Action) -> bool {
    !matches!(
        action,
        Action::Type(_)
            | Action::DeleteChar
            | Action::ClearInput
            | Action::Back
            | Action::Help
            | Action::CycleTheme
            | Action::Quit
            | Action::Suspend
            | Action::Resize(..)
    )
}

/// How many roles can be compared at once.
pub const MAX_MARKS: usize = 3;
/// How many routes the Routes screen lists.
pub const MAX_ROUTES: usize = 5;
/// How far back Esc can go.
const MAX_HISTORY: usize = 100;

pub use super::screens::Screen;
pub use super::screens::pathways::PathwayView;

/// The panes of the Browse screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Detail,
    Links,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::List, Focus::Detail, Focus::Links];

    pub fn title(self) -> &'static str {
        match self {
            Focus::List => "Roles",
            Focus::Detail => "Detail",
            Focus::Links => "Steps",
        }
    }
}

/// What Esc returns to.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub screen: Screen,
    pub current: Option<RoleIx>,
    pub query: String,
    pub focus: Focus,
}

/// Something drawn over the screen, taking the keys while open.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    None,
    /// The query line is open; Esc returns to `before`.
    Search {
        before: Place,
    },
    /// The filter panel, with the facet selected.
    Filters {
        facet: usize,
    },
    /// The target picker of the Routes screen.
    Picker(Picker),
    /// The key help, scrolled.
    Help {
        scroll: usize,
    },
}

/// A burst of typing in progress.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Typing {
    /// Keys already waiting are being applied.
    pub batch: bool,
    /// The query changed and has not been searched yet.
    pub pending: bool,
}

/// The whole state of the app.
pub struct App {
    /// Shared with the search worker, which builds its index from it.
    pub(super) catalogue: Arc<Catalogue>,
    /// Where search hits come from, and the last answer.
    pub(super) finder: super::finder::Finder,
    /// Every role in each listing order, sorted once.
    pub(super) orders: super::rolelist::Orders,
    pub(super) keymap: Keymap,
    pub(super) theme: Theme,
    /// The config file's colours, laid over whichever theme is in use.
    pub(super) colours: Vec<super::theme::ColourOverride>,
    /// Terminal size (columns, rows), from the last resize.
    pub(super) size: (u16, u16),
    pub(super) screen: Screen,
    pub(super) overlay: Overlay,
    /// The nation in view and the hours pay is shown for: context for every screen.
    pub(super) lens: Lens,
    /// The role everything is about: shown in Browse, the start of next steps and routes.
    pub(super) current: Option<RoleIx>,
    pub(super) history: Vec<Place>,
    pub(super) message: Option<String>,
    pub(super) quit: bool,
    /// Ctrl-Z was pressed: the event loop gives the terminal back and stops the process.
    pub(super) suspend: bool,
    /// File work asked for (save, export), done by the run loop.
    pub(super) request: Option<super::session::Request>,
    /// The adviser's session: where it is kept and what it was opened with.
    pub(super) link: super::session::SessionLink,
    /// Keys already waiting are being applied together: a query typed in a burst is
    /// searched once, when the burst ends, not once per key.
    pub(super) typing: Typing,

    /// Each screen's own state.
    pub(super) screens: screens::Screens,

    // Next steps (shown on their screen and in Browse's steps pane): from the current role,
    // given what is held.
    pub(super) next: Vec<StepView>,
    pub(super) into: Vec<StepView>,

    /// The qualifications the person holds, ticked on the Held screen, used everywhere.
    pub(super) held: Held,

    /// What the next steps were computed for, so they are recomputed only on change.
    derived_for: Option<(Option<RoleIx>, Held, Lens)>,
}

impl App {
    /// A new app over the catalogue, with the embedded keymap.
    pub fn new(catalogue: Catalogue, theme: ThemeName) -> anyhow::Result<App> {
        let keymap = Keymap::embedded()?;
        Ok(App::with_keymap(catalogue, theme, keymap))
    }

    /// A new app with the given keymap.
    pub fn with_keymap(catalogue: Catalogue, theme: ThemeName, keymap: Keymap) -> App {
        let catalogue = Arc::new(catalogue);
        let orders = super::rolelist::Orders::default();
        let lens = Lens::default();
        let screens = screens::Screens::new(&catalogue, &orders, lens);
        // Open on the first listed role that leads somewhere: a first screen showing "no
        // next steps" tells a new user nothing about what the tool is for.
        let entries = &screens.browse.list.entries;
        let first = entries.first().map(|e| e.role);
        let opening = entries.iter().map(|e| e.role).find(|&r| !catalogue.steps_from(r).is_empty()).or(first);
        let mut app = App {
            current: opening,
            catalogue,
            finder: super::finder::Finder::in_place(),
            orders,
            keymap,
            theme: Theme::new(theme),
            colours: Vec::new(),
            size: (80, 24),
            screen: Screen::Browse,
            overlay: Overlay::None,
            history: Vec::new(),
            message: None,
            quit: false,
            suspend: false,
            request: None,
            link: super::session::SessionLink::default(),
            typing: Typing::default(),
            lens,
            screens,
            next: Vec::new(),
            into: Vec::new(),
            held: Held::default(),
            derived_for: None,
        };
        app.sync_list_selection();
        app.refresh();
        app
    }

    /// The same app, searching on a worker thread so typing never waits for matching: how
    /// the real terminal runs. (Without it, hits are found in place, as tests want.)
    pub fn with_background_search(mut self) -> App {
        self.finder = super::finder::Finder::background(Arc::clone(&self.catalogue));
        self
    }

    /// Shows what work off the UI thread has sent since last asked (search hits, routes):
    /// true when the screen changed and should be drawn again.
    pub fn receive(&mut self) -> bool {
        let hits = self.finder.arrived().is_some_and(|query| self.show_hits_for(&query));
        let routes = screens::routes::receive(self, Some(std::time::Duration::ZERO));
        if hits {
            self.refresh();
        }
        hits || routes
    }

    /// Waits for the work under way off the UI thread and shows what it found (tests and
    /// scripts, and keys that act on results).
    pub fn settle(&mut self) {
        self.settle_search();
        screens::routes::receive(self, None);
        self.refresh();
    }

    fn settle_search(&mut self) {
        if let Some(query) = self.finder.settle() {
            self.show_hits_for(&query);
        }
    }

    /// Whether work off the UI thread is under way, for the event loop to look for its
    /// answer often.
    pub fn awaiting(&self) -> bool {
        self.finder.searching().is_some() || self.screens.routes.finding()
    }

    /// Whether a search is under way, and how far it has got.
    pub fn searching(&self) -> Option<super::finder::Searching> {
        self.finder.searching()
    }

    /// Whether slow work (search, routes) runs off the UI thread.
    pub(super) fn works_in_background(&self) -> bool {
        self.finder.in_background()
    }

    /// The same app with the config file's colours over its theme.
    pub fn with_colours(mut self, colours: &[super::theme::ColourOverride]) -> App {
        self.colours = colours.to_vec();
        self.theme = self.theme.with_overrides(colours);
        self
    }

    /// The same app seen through another nation and hours.
    pub fn with_lens(mut self, lens: Lens) -> App {
        self.set_lens(lens);
        self
    }

    /// Changes the nation or hours; the list and every derived view follow.
    pub(super) fn set_lens(&mut self, lens: Lens) {
        self.lens = lens;
        self.screens.browse.filters.nation = Some(lens.nation);
        self.rebuild_after_filter();
        self.refresh();
    }

    // --- What tests and the event loop read ---------------------------------------------

    pub fn lens(&self) -> Lens {
        self.lens
    }
    pub fn via(&self) -> Option<RoleIx> {
        self.screens.routes.via
    }
    pub fn route_filter(&self) -> Option<RouteFilter> {
        self.screens.routes.filter
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }
    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }
    pub fn current_role(&self) -> Option<RoleIx> {
        self.current
    }
    pub fn query(&self) -> &str {
        &self.screens.browse.query
    }
    pub fn filters(&self) -> &Filters {
        &self.screens.browse.filters
    }
    pub fn marks(&self) -> &[RoleIx] {
        &self.screens.compare.marks
    }
    pub fn target(&self) -> Option<RoleIx> {
        self.screens.routes.target
    }
    pub fn routes(&self) -> &[Route] {
        &self.screens.routes.found
    }
    /// The Fits me screen: what is picked and the ranking.
    pub fn fits(&self) -> &screens::Fits {
        &self.screens.fits
    }
    pub fn held(&self) -> &Held {
        &self.held
    }
    pub fn focus(&self) -> Focus {
        self.screens.browse.focus
    }
    /// The role a pathway walk is at (never the current role: walking leaves that alone).
    pub fn walk_role(&self) -> Option<RoleIx> {
        self.screens.pathways.at
    }
    pub fn pathway_view(&self) -> PathwayView {
        self.screens.pathways.view
    }
    pub fn theme_name(&self) -> ThemeName {
        self.theme.name
    }
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    /// Whether the app asked to be suspended, clearing the request.
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    /// Roles in the list, in order.
    pub fn listed_roles(&self) -> Vec<RoleIx> {
        self.screens.browse.list.entries.iter().map(|e| e.role).collect()
    }
    /// Next steps from the current role, as shown.
    pub fn next_steps(&self) -> &[StepView] {
        &self.next
    }

    /// The keymap contexts a key is looked up in, most specific first.
    pub fn key_chain(&self) -> Vec<Context> {
        match &self.overlay {
            Overlay::Search { .. } | Overlay::Picker(_) => vec![Context::Text],
            Overlay::Filters { .. } => vec![Context::Filters, Context::Navigate, Context::Global],
            Overlay::Help { .. } => vec![Context::Help, Context::Navigate, Context::Global],
            Overlay::None => vec![self.screen.context(), Context::Navigate, Context::Global],
        }
    }

    /// The action a key stands for here: a binding, or text while typing.
    pub fn action_for_key(&self, key: KeyEvent) -> Option<Action> {
        let bound = Key::from_event(key);
        if let Some(action) = self.keymap.action(&self.key_chain(), bound) {
            return Some(action);
        }
        let typing = matches!(self.overlay, Overlay::Search { .. } | Overlay::Picker(_));
        match bound.code {
            ratatui::crossterm::event::KeyCode::Char(c) if typing && bound.mods.is_empty() => Some(Action::Type(c)),
            _ => None,
        }
    }

    /// The action a terminal event stands for, if any.
    pub fn action_for_event(&self, event: &Event) -> Option<Action> {
        if let Some(key) = event.as_key_press_event() {
            return self.action_for_key(key);
        }
        if let Some((w, h)) = event.as_resize_event() {
            return Some(Action::Resize(w, h));
        }
        let mouse = event.as_mouse_event()?;
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(mouse.column, mouse.row)),
            MouseEventKind::ScrollUp => Some(Action::WheelUp(mouse.column, mouse.row)),
            MouseEventKind::ScrollDown => Some(Action::WheelDown(mouse.column, mouse.row)),
            _ => None,
        }
    }

    /// Handles a key press as the event loop would.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(action) = self.action_for_key(key) {
            self.update(action);
        }
    }

    // --- The one place state changes ------------------------------------------------------

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Type(_)) {
            self.flush_query();
        }
        if reads_hits(action) && self.finder.searching().is_some() {
            // Moving in, opening or marking a result needs the results: the rare key that
            // comes before the worker's answer waits for it. (Routes are not waited for: the
            // screen shows none while it finds them.)
            self.settle_search();
        }
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Save => self.request = Some(super::session::Request::Save),
            Action::Export => self.request = Some(super::session::Request::Export),
            Action::Help => self.toggle_help(),
            Action::Back => self.back(),
            Action::Show(screen) => self.show(screen),
            Action::Search => self.start_search(),
            Action::CycleTheme => self.cycle_theme(),
            Action::CycleNation => self.cycle_nation(),
            Action::CycleHours => self.cycle_hours(),
            Action::CycleRouteKind => screens::routes::cycle_kind(self),
            Action::PickVia => screens::routes::pick_via(self),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::Left => self.sideways(false),
            Action::Right => self.sideways(true),
            Action::NextPane => self.cycle_pane(true),
            Action::PrevPane => self.cycle_pane(false),
            Action::Open => self.open(),
            Action::Mark => self.toggle_mark(),
            Action::ShowRole => self.show_selected_role(),
            Action::Filters => self.toggle_filters(),
            Action::ClearFilters => self.clear_filters(),
            Action::Group => self.toggle_grouping(),
            Action::ClearMarks => self.clear_marks(),
            Action::PickTarget => screens::routes::open_picker(self),
            Action::Zoom => self.zoom(),
            Action::ToggleHeld => screens::held::toggle(self),
            Action::ClearHeld => screens::held::clear(self),
            Action::DeleteChar => self.delete_char(),
            Action::ClearInput => self.clear_input(),
            Action::Type(c) => self.type_char(c),
            Action::Resize(w, h) => self.size = (w, h),
            Action::Click(x, y) => self.click(x, y),
            Action::WheelUp(x, y) => self.wheel(x, y, -3),
            Action::WheelDown(x, y) => self.wheel(x, y, 3),
        }
        if !self.typing.pending {
            self.refresh();
            self.fit_scroll();
        }
    }

    /// Starts applying keys that were already waiting (see [`App::end_batch`]).
    pub fn begin_batch(&mut self) {
        self.typing.batch = true;
    }

    /// Ends a batch: a query typed during it is searched now, once.
    pub fn end_batch(&mut self) {
        self.typing.batch = false;
        if self.typing.pending {
            self.flush_query();
            self.refresh();
            self.fit_scroll();
        }
    }

    /// Recomputes what is derived from the current role, held qualifications and lens, and
    /// what each screen derives, when (and only when) those have changed.
    pub(super) fn refresh(&mut self) {
        let key = (self.current, self.held.clone(), self.lens);
        if self.derived_for.as_ref() != Some(&key) {
            if let Some(role) = self.current {
                self.next = graph::next_steps(&self.catalogue, role, &self.held, &self.lens);
                self.into = graph::steps_into(&self.catalogue, role, &self.held, &self.lens);
            } else {
                self.next.clear();
                self.into.clear();
            }
            self.screens.next.cursor.clamp(self.next.len());
            self.screens.browse.links.clamp(self.next.len() + self.into.len());
            self.derived_for = Some(key);
        }
        for screen in Screen::all() {
            (screen.behaviour().refresh)(self);
        }
    }

    /// Where Esc would return to now.
    pub(super) fn here(&self) -> Place {
        Place {
            screen: self.screen,
            current: self.current,
            query: self.screens.browse.query.clone(),
            focus: self.screens.browse.focus,
        }
    }

    pub(super) fn push_history(&mut self) {
        let here = self.here();
        if self.history.last() != Some(&here) {
            self.history.push(here);
        }
        if self.history.len() > MAX_HISTORY {
            self.history.remove(0);
        }
    }

    /// Rebuilds the role list after the query, filters or grouping changed.
    /// False when the hits for the query are still being searched for: the list then
    /// stays as it was until they arrive.
    pub(super) fn rebuild_list(&mut self) -> bool {
        let browse = &mut self.screens.browse;
        let list = if browse.query.trim().is_empty() {
            match &browse.unsearched {
                Some((filters, grouping, list)) if *filters == browse.filters && *grouping == browse.grouping => {
                    list.clone()
                }
                _ => {
                    let list = RoleList::all(&self.catalogue, &self.orders, &browse.filters, browse.grouping);
                    browse.unsearched = Some((browse.filters, browse.grouping, list.clone()));
                    list
                }
            }
        } else {
            let Some(hits) = self.finder.hits(&self.catalogue, &browse.query) else { return false };
            RoleList::searched(&self.catalogue, hits, &browse.filters)
        };
        let offset = self.screens.browse.list.offset;
        self.screens.browse.list = list;
        self.screens.browse.list.offset = offset;
        self.sync_list_selection();
        true
    }

    /// Points the list selection at the current role, if it is listed.
    pub(super) fn sync_list_selection(&mut self) {
        self.screens.browse.list.selected = self.current.and_then(|r| self.screens.browse.list.position(r));
    }

    /// Makes `role` current, remembering where we were.
    pub(super) fn go_to_role(&mut self, role: RoleIx) {
        if self.current != Some(role) {
            self.push_history();
            self.set_current(Some(role));
        }
    }

    pub(super) fn set_current(&mut self, role: Option<RoleIx>) {
        if self.current != role {
            self.screens.browse.detail_scroll = 0;
            self.screens.browse.links = Cursor::default();
            self.screens.next.cursor = Cursor::default();
        }
        self.current = role;
        self.sync_list_selection();
    }

    pub(super) fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }
}
