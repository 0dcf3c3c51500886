//! The loading screen: an organisation's data set of 100,000 roles takes seconds to load,
//! and a terminal that stays blank meanwhile looks hung. Loading runs on a thread of its
//! own; if it has not finished within half a second, the terminal shows how far it has
//! got until it has. The national set loads well inside that, so it never shows.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, KeyCode, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Gauge, Widget};

use super::theme::Theme;
use crate::data::{Progress, Stage};

/// Loading that has not finished by then gets a screen.
pub const SHOW_AFTER: Duration = Duration::from_millis(500);
/// How often the screen is drawn again while loading.
const REDRAW: Duration = Duration::from_millis(50);
/// How often the end of loading is looked for between draws: the app follows within this
/// of the data being ready, rather than within a whole redraw interval.
const LOOK: Duration = Duration::from_millis(5);

/// How far loading has got, shared with the loading thread without a lock.
#[derive(Debug, Default)]
struct Shared {
    /// Overall progress in ten-thousandths.
    overall: AtomicU32,
    stage: AtomicU8,
}

/// Why the loading screen ended without a data set.
#[derive(Debug, thiserror::Error)]
pub enum Stopped {
    /// Ctrl-C, q or Esc while loading.
    #[error("loading stopped")]
    ByUser,
    /// A terminating signal while loading.
    #[error("stopped by signal {0}")]
    Signal(i32),
    #[error("{0}")]
    Terminal(#[from] std::io::Error),
}

/// Runs `load` on a thread, with a loading screen if it takes longer than
/// [`SHOW_AFTER`]; the terminal is as it was when this returns, however it ends.
pub fn load_with_screen<T: Send + 'static>(
    what: &str,
    theme: &Theme,
    load: impl FnOnce(&mut dyn FnMut(Progress<'_>)) -> T + Send + 'static,
) -> Result<T, Stopped> {
    let shared = Arc::new(Shared::default());
    let seen = Arc::clone(&shared);
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let loaded = load(&mut |p: Progress<'_>| {
            seen.overall.store((p.overall() * 10_000.0) as u32, Ordering::Relaxed);
            seen.stage.store(stage_number(p.stage), Ordering::Relaxed);
        });
        let _ = done.send(loaded);
    });
    // Woken as soon as loading ends: the national set never waits for a poll interval.
    match result.recv_timeout(SHOW_AFTER) {
        Ok(loaded) => return Ok(loaded),
        Err(RecvTimeoutError::Disconnected) => return Err(thread_failed()),
        Err(RecvTimeoutError::Timeout) => {}
    }
    let signal = Arc::new(AtomicUsize::new(0));
    let registered: Vec<_> = super::TERMINATING_SIGNALS
        .iter()
        .filter_map(|&sig| signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize).ok())
        .collect();
    let mut terminal = ratatui::init();
    let shown = show(&mut terminal, what, theme, &shared, &result, &signal);
    ratatui::restore();
    // The app sets up its own signal handling once it runs.
    for id in registered {
        signal_hook::low_level::unregister(id);
    }
    shown
}

/// The loading thread ended without an answer: it panicked (the crash hook has said so).
fn thread_failed() -> Stopped {
    Stopped::Terminal(std::io::Error::other("the loading thread failed"))
}

fn show<T>(
    terminal: &mut ratatui::DefaultTerminal,
    what: &str,
    theme: &Theme,
    shared: &Shared,
    result: &Receiver<T>,
    signal: &AtomicUsize,
) -> Result<T, Stopped> {
    let mut drawn: Option<std::time::Instant> = None;
    loop {
        match result.try_recv() {
            Ok(loaded) => return Ok(loaded),
            Err(TryRecvError::Disconnected) => return Err(thread_failed()),
            Err(TryRecvError::Empty) => {}
        }
        if drawn.is_none_or(|at| at.elapsed() >= REDRAW) {
            let overall = f64::from(shared.overall.load(Ordering::Relaxed)) / 10_000.0;
            let stage = shared.stage.load(Ordering::Relaxed);
            terminal.draw(|frame| {
                let area = frame.area();
                render(frame.buffer_mut(), area, what, theme, overall, stage);
            })?;
            drawn = Some(std::time::Instant::now());
        }
        if event::poll(LOOK)? {
            let ev = event::read()?;
            if let Some(key) = ev.as_key_press_event() {
                let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                if ctrl_c || matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) {
                    return Err(Stopped::ByUser);
                }
            }
        }
        match signal.load(Ordering::Relaxed) {
            0 => {}
            sig => return Err(Stopped::Signal(sig as i32)),
        }
    }
}

fn stage_number(stage: Stage) -> u8 {
    match stage {
        Stage::Reading => 0,
        Stage::Parsing => 1,
        Stage::Checking => 2,
    }
}

/// The screen: what is loading, a bar, and what it is doing. Fits any terminal, however
/// small: the bar and words are cut, never the frame.
pub fn render(buf: &mut Buffer, area: Rect, what: &str, theme: &Theme, overall: f64, stage: u8) {
    let doing = match stage {
        0 => "reading the files",
        1 => "reading the roles, qualifications and steps",
        _ => "checking every link between them",
    };
    let width = area.width.min(72);
    let height = area.height.min(7);
    let popup = Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
    let block = Block::default().borders(Borders::ALL).border_style(theme.border).title(" carepath ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    let [title, bar, words] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Length(1)]).spacing(1).areas(inner);
    Line::styled(format!("Loading {}", crate::text::clean(what)), theme.heading).render(title, buf);
    // The gauge panics outside 0 to 1, and NaN is outside everything.
    let ratio = if overall.is_finite() { overall.clamp(0.0, 1.0) } else { 0.0 };
    Gauge::default().gauge_style(theme.selected).ratio(ratio).render(bar, buf);
    Line::styled(format!("{doing}… (q stops)"), theme.dim).render(words, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::ThemeName;

    #[test]
    fn the_loading_screen_fits_any_terminal() {
        let theme = Theme::new(ThemeName::Default);
        for (w, h) in [(1, 1), (2, 3), (10, 4), (40, 12), (120, 40), (200, 50)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            for (overall, stage) in [(0.0, 0), (0.5, 1), (1.0, 2), (f64::NAN, 9)] {
                render(&mut buf, area, "/data/\u{1b}[31mred", &theme, overall, stage);
            }
            let text: String = buf.content().iter().map(ratatui::buffer::Cell::symbol).collect();
            assert!(!text.contains('\u{1b}'), "escapes in a folder name are never drawn");
            if w >= 40 && h >= 12 {
                assert!(text.contains("Loading"), "{w}x{h}");
            }
        }
    }
}
