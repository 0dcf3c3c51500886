//! A friendly crash report. If carepath ever panics, the person at the keyboard gets a short
//! message saying what happened and where the details were written, not a backtrace wall;
//! the details (message, place, backtrace) go to a file they can attach to a report. The
//! app's own hook restores the terminal first (see `tui::run`), then this one runs.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

/// Installs the hook; call once, first thing.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        let mut report = String::new();
        let _ = writeln!(report, "carepath {} crashed", env!("CARGO_PKG_VERSION"));
        let _ = writeln!(report, "message: {message}");
        let _ = writeln!(report, "at: {location}");
        let _ = writeln!(report, "arguments: {:?}", std::env::args().skip(1).collect::<Vec<_>>());
        let _ = writeln!(report, "\n{}", std::backtrace::Backtrace::force_capture());
        let written = write_report(&report);
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "\ncarepath stopped because of a bug: {}", crate::text::clean(&message));
        match written {
            Some(path) => {
                let _ = writeln!(
                    err,
                    "The details are in {}. Please report the bug with that file attached, and say what you were doing.",
                    path.display()
                );
            }
            None => {
                let _ = writeln!(
                    err,
                    "The details could not be written to a file. Please report the bug and say what you were doing."
                );
            }
        }
    }));
}

fn write_report(report: &str) -> Option<PathBuf> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let path = std::env::temp_dir().join(format!("carepath-crash-{stamp}-{}.log", std::process::id()));
    std::fs::write(&path, report).ok()?;
    Some(path)
}
