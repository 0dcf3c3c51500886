//! The full-screen terminal app.
//!
//! Keys, mouse and resizes become [`Action`]s through the [`keymap`]; [`App::update`]
//! applies them; `ui` draws the state. Layout is a pure function of the terminal size
//! (`layout`), shared by drawing and mouse hit-testing.

pub mod action;
pub mod app;
pub mod content;
pub mod cursor;
pub mod filters;
pub mod finder;
pub mod format;
mod input;
pub mod intents;
pub mod keymap;
pub mod layout;
pub mod loading;
pub mod picker;
pub mod rolelist;
pub mod screens;
pub mod session;
pub mod text;
pub mod theme;
pub mod ui;

use std::io::stdout;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

pub use action::Action;
pub use app::{App, Focus, Overlay, PathwayView, Screen};

use crate::model::Catalogue;

/// Colour themes; `NO_COLOR` forces monochrome. The `--theme` spelling is derived.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
    strum::EnumIter,
)]
#[strum(serialize_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
    /// For a room: high contrast on black, bright colours only, heavy lines.
    Projector,
    Monochrome,
}

impl ThemeName {
    /// Names accepted by `--theme`.
    pub const NAMES: &'static [&'static str] = <ThemeName as strum::VariantNames>::VARIANTS;

    pub fn parse(name: &str) -> Option<ThemeName> {
        name.parse().ok()
    }

    /// The spelling used on the command line and in the config file.
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The signals that end the app: a closed terminal window, `kill`, an interrupt or quit
/// sent from outside (in raw mode Ctrl-C is a key, not a signal).
pub(crate) const TERMINATING_SIGNALS: [i32; 4] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];

/// The app ended because of a signal, after restoring the terminal.
#[derive(Debug, thiserror::Error)]
#[error("stopped by signal {0}")]
pub struct Signalled(pub i32);

/// Runs the app until the user quits, restoring the terminal on every exit path.
pub fn run(
    catalogue: Catalogue,
    theme: ThemeName,
    lens: crate::lens::Lens,
    keymap: keymap::Keymap,
    colours: &[theme::ColourOverride],
    opening: Option<session::Opening>,
) -> anyhow::Result<()> {
    let theme = theme.honouring_no_color(std::env::var_os("NO_COLOR").as_deref());
    // Built before the terminal opens, so a broken keymap is reported on a normal screen.
    let mut app =
        App::with_keymap(catalogue, theme, keymap).with_lens(lens).with_colours(colours).with_background_search();
    if let Some(opening) = opening {
        app = opening.open(app);
    }
    let signal = Arc::new(AtomicUsize::new(0));
    for sig in TERMINATING_SIGNALS {
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)?;
    }
    let unsaved: Unsaved = Arc::default();
    watchdog(Arc::clone(&signal), Arc::clone(&unsaved));
    // `ratatui::run` enters raw mode and the alternate screen, installs a panic hook that
    // restores them, and restores them on return.
    let ended = ratatui::run(|terminal| {
        let _mouse = MouseCapture::enable();
        event_loop(terminal, &mut app, &signal, &unsaved)
    });
    // A session kept in a file is saved on the way out when it changed, however the loop
    // ended: `q`, a signal, or an error from a terminal that went away.
    if app.session_path().is_some() && app.session_changed() {
        let said = session::save(&mut app, crate::model::Date::today());
        eprintln!("carepath: {said}");
    }
    // The process ends once this returns, and the shell waits for it: freeing a large
    // catalogue item by item would hold the prompt back (100,000 roles: 150-290 ms from
    // q to the prompt). Its memory goes back with the process; its workers stop with it.
    std::mem::forget(app);
    ended?;
    // The terminal is restored by now; end as the signal asked, with the usual code.
    match signal.load(Ordering::Relaxed) {
        0 => Ok(()),
        sig => Err(Signalled(sig as i32).into()),
    }
}

/// A changed session's file and text, kept where the watchdog can save it if the run loop
/// is stuck on a hung-up terminal.
type Unsaved = Arc<std::sync::Mutex<Option<(std::path::PathBuf, String)>>>;

fn keep_for_watchdog(app: &App, unsaved: &Unsaved) {
    // One session built per batch of keys, and its text only when it changed.
    let pending = app.session_path().zip(app.changed_session()).map(|(path, now)| {
        let session = crate::session::Session { date: Some(crate::model::Date::today()), ..now };
        (path.to_path_buf(), crate::session::to_toml(app.catalogue(), &session))
    });
    if let Ok(mut slot) = unsaved.lock() {
        *slot = pending;
    }
}

/// Ends the process when the run loop cannot. On a hung-up terminal (a closed window, a
/// killed parent) crossterm's read gets zero bytes and retries for ever without returning,
/// so the loop never sees the hang-up or the SIGHUP that came with it, and carepath would
/// spin at full CPU. This thread notices the hang-up, or a terminating signal the loop has
/// not acted on within a second, gives back what it can of the terminal, and exits with
/// the conventional code.
fn watchdog(signal: Arc<AtomicUsize>, unsaved: Unsaved) {
    std::thread::spawn(move || {
        let mut signalled_at: Option<std::time::Instant> = None;
        loop {
            std::thread::sleep(std::time::Duration::from_millis(200));
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                let at = *signalled_at.get_or_insert_with(std::time::Instant::now);
                if at.elapsed() > std::time::Duration::from_secs(1) {
                    give_up(128 + i32::try_from(sig).unwrap_or(1), &unsaved);
                }
            }
            if hung_up() {
                give_up(128 + signal_hook::consts::SIGHUP, &unsaved);
            }
        }
    });
}

/// Whether the terminal on standard input has hung up, asked without reading from it.
fn hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec { tv_sec: 0, tv_nsec: 0 };
    matches!(poll(&mut fds, Some(&now)), Ok(n) if n > 0) && fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR)
}

/// Saves a changed session, gives back what it can of the terminal, and exits.
fn give_up(code: i32, unsaved: &Unsaved) -> ! {
    if let Some((path, text)) = unsaved.lock().ok().and_then(|mut s| s.take()) {
        let _ = crate::save::write_atomic(&path, text.as_bytes());
    }
    let _ = execute!(stdout(), DisableMouseCapture, ratatui::crossterm::cursor::Show);
    ratatui::restore();
    std::process::exit(code)
}

/// Mouse reporting, switched off again when dropped: on return, on error, and while
/// unwinding from a panic (ratatui's hook has restored the rest by then).
struct MouseCapture;

impl MouseCapture {
    fn enable() -> MouseCapture {
        // A terminal without mouse support still works with the keyboard.
        let _ = execute!(stdout(), EnableMouseCapture);
        MouseCapture
    }
}

impl Drop for MouseCapture {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
}

/// Ctrl-Z: give the terminal back as it was, stop like any job, and take the terminal again
/// when the shell continues the process (`fg`).
fn suspend(terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
    let _ = execute!(stdout(), DisableMouseCapture, ratatui::crossterm::cursor::Show);
    ratatui::restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Running again: after SIGCONT.
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(
        stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        ratatui::crossterm::terminal::Clear(ratatui::crossterm::terminal::ClearType::All),
        EnableMouseCapture
    )?;
    // A fresh terminal has empty buffers, so the next frame redraws everything (clearing the
    // old one would ask the terminal where its cursor is, which not every terminal answers).
    *terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(stdout()))?;
    Ok(())
}

/// How often the loop looks for search hits while a search runs: well inside a frame.
const ANSWER_CHECK: std::time::Duration = std::time::Duration::from_millis(2);

/// How often the loop looks for a signal while no key arrives.
const SIGNAL_CHECK: std::time::Duration = std::time::Duration::from_millis(100);

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    signal: &AtomicUsize,
    unsaved: &Unsaved,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.should_quit() {
        keep_for_watchdog(app, unsaved);
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        // Wait for input, but wake to notice a signal: a closed window or a `kill` ends the
        // app the same orderly way `q` does, so the terminal is restored. While a search
        // or a route search runs, look for its answer often, and draw it as soon as it comes.
        let mut hits_arrived = false;
        loop {
            let wait = if app.awaiting() { ANSWER_CHECK } else { SIGNAL_CHECK };
            if event::poll(wait)? {
                break;
            }
            if signal.load(Ordering::Relaxed) != 0 {
                return Ok(());
            }
            if app.receive() {
                hits_arrived = true;
                break;
            }
        }
        if hits_arrived {
            continue;
        }
        // Apply everything already waiting before drawing again, so a burst of typing or
        // a held key costs one frame, not one per key.
        let mut event = event::read()?;
        app.begin_batch();
        loop {
            if let Some(action) = app.action_for_event(&event) {
                app.update(action);
            }
            if let Some(request) = app.take_request() {
                session::perform(app, request, crate::model::Date::today());
            }
            if app.take_suspend() {
                suspend(terminal)?;
                break;
            }
            if app.should_quit() || !event::poll(std::time::Duration::ZERO)? {
                break;
            }
            event = event::read()?;
        }
        app.end_batch();
        // Hits that came while the keys were applied are drawn with them.
        app.receive();
    }
    Ok(())
}
