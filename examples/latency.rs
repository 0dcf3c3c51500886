//! Keystroke-to-frame latency of the real binary in a pseudo-terminal: the harness behind
//! the speed figures (never a timed test). It starts `carepath` in a 120x40 terminal,
//! measures the first frame, then types a query into the search line one key at a time and
//! times each key until the screen shows it; then sends the same keys as one burst and
//! times the final frame. Medians and 95th percentiles over every key.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example latency -- [--data DIR | --add DIR] [--rounds N]
//! ```
//!
//! The binary is `target/release/carepath` unless `CAREPATH_BIN` names another. With
//! `--first-frame` it only starts the app, times the first frame and quits:
//! `benches/first-frame-side-by-side.sh` uses that to take medians over many starts.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const QUERY: &str = "nurse associate";
/// Typed at once: not a query typed before, so its hits are not already known.
const BURST: &str = "associate nurse";
const ROWS: std::num::NonZeroU16 = std::num::NonZeroU16::new(40).expect("not zero");
const COLS: std::num::NonZeroU16 = std::num::NonZeroU16::new(120).expect("not zero");
const TIMEOUT: Duration = Duration::from_secs(20);

struct Screen {
    parser: vt100::Parser,
    /// Bumped on every chunk read, so a waiter knows there is something new to look at.
    chunks: u64,
}

impl Screen {
    fn shows(&self, needle: &str) -> bool {
        self.parser.screen().contents().contains(needle)
    }

    /// The search line is open: a row of the list starts with "/ ".
    fn query_line(&self) -> bool {
        self.parser.screen().contents().lines().any(|l| l.starts_with("┃/ ") || l.starts_with("│/ "))
    }

    /// The second row: the role shown, which follows the list's selection.
    fn context_row(&self) -> String {
        self.parser.screen().contents().lines().nth(1).unwrap_or_default().to_string()
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = match args.iter().position(|a| a == "--rounds") {
        Some(i) => {
            let n = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(5);
            args.drain(i..=i + 1);
            n
        }
        None => 5,
    };
    let first_frame_only = match args.iter().position(|a| a == "--first-frame") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let bin = std::env::var("CAREPATH_BIN").unwrap_or_else(|_| "target/release/carepath".into());
    // portable-pty looks a bare relative name up in PATH: make it absolute.
    let bin =
        std::fs::canonicalize(&bin).unwrap_or_else(|e| panic!("no carepath at {bin} ({e}): cargo build --release"));
    let pty = native_pty_system();
    let pair =
        pty.openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 }).expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(&bin);
    cmd.args(&args);
    cmd.cwd(std::env::current_dir().expect("a working folder"));
    cmd.env("TERM", "xterm-256color");
    // Not the developer's own config: its keys would change what is typed.
    cmd.env("CAREPATH_CONFIG", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/empty-config.toml"));
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    drop(pair.slave);
    let screen = Arc::new(Mutex::new(Screen { parser: vt100::Parser::new(ROWS, COLS, 0), chunks: 0 }));
    let mut reader = pair.master.try_clone_reader().expect("a reader");
    let feed = Arc::clone(&screen);
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let Ok(mut s) = feed.lock() {
                s.parser.process(&buf[..n]);
                s.chunks += 1;
            }
        }
    });
    let mut writer = pair.master.take_writer().expect("a writer");
    let wait_until = |what: &str, done: &dyn Fn(&Screen) -> bool| -> Duration {
        let from = Instant::now();
        loop {
            if screen.lock().is_ok_and(|s| done(&s)) {
                return from.elapsed();
            }
            if from.elapsed() > TIMEOUT {
                let shown = screen.lock().map(|s| s.parser.screen().contents()).unwrap_or_default();
                panic!("timed out waiting for {what}; the screen:\n{shown}");
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    };
    let wait_for = |needle: &str| wait_until(needle, &|s: &Screen| s.shows(needle));
    // The hits for the query typed so far are on screen: the list is by best match and no
    // longer says it is searching (a build that searches in place never says so).
    let wait_for_hits = || wait_until("hits", &|s: &Screen| s.shows("by best match") && !s.shows("searching…"));
    wait_for("? help");
    let first_frame = started.elapsed();
    if first_frame_only {
        writer.write_all(b"q").expect("writes");
        let _ = child.wait();
        println!("first frame: {:.1} ms", ms(first_frame));
        return;
    }

    let mut keys = Vec::new();
    let mut hits = Vec::new();
    let mut bursts = Vec::new();
    let mut burst_hits = Vec::new();
    for _ in 0..rounds {
        // `/`, then Ctrl-U, so each round starts from an empty query whatever `/` keeps.
        writer.write_all(b"/\x15").expect("writes");
        wait_for("by sector");
        for end in 1..=QUERY.len() {
            let sent = Instant::now();
            writer.write_all(&QUERY.as_bytes()[end - 1..end]).expect("writes");
            wait_for(&format!("/ {}", &QUERY[..end]));
            keys.push(sent.elapsed());
            if end < QUERY.len() && QUERY.as_bytes()[end - 1] == b' ' {
                continue;
            }
            wait_for_hits();
            hits.push(sent.elapsed());
        }
        // Esc puts the list back; then the whole query as one burst.
        writer.write_all(b"\x1b").expect("writes");
        std::thread::sleep(Duration::from_millis(50));
        writer.write_all(b"/\x15").expect("writes");
        wait_for("by sector");
        let sent = Instant::now();
        writer.write_all(BURST.as_bytes()).expect("writes");
        wait_for(&format!("/ {BURST}"));
        bursts.push(sent.elapsed());
        wait_for_hits();
        burst_hits.push(sent.elapsed());
        writer.write_all(b"\x1b").expect("writes");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Browse at rest: `j` moves the selection (the role shown follows it), `/` opens the
    // search line, Esc after a search puts the grouped list back.
    let (mut downs, mut slashes, mut escapes) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds * 5 {
        let before = screen.lock().map(|s| s.context_row()).unwrap_or_default();
        let sent = Instant::now();
        writer.write_all(b"j").expect("writes");
        wait_until("the selection to move", &|s: &Screen| s.context_row() != before);
        downs.push(sent.elapsed());
        let sent = Instant::now();
        writer.write_all(b"/").expect("writes");
        wait_until("the search line", &Screen::query_line);
        slashes.push(sent.elapsed());
        writer.write_all(b"n").expect("writes");
        wait_for_hits();
        let sent = Instant::now();
        writer.write_all(b"\x1b").expect("writes");
        wait_until("the grouped list", &|s: &Screen| s.shows("by sector") && !s.query_line());
        escapes.push(sent.elapsed());
    }
    writer.write_all(b"q").expect("writes");
    let _ = child.wait();

    println!("first frame: {:.1} ms", ms(first_frame));
    println!(
        "keystroke to frame ({} keys): p50 {:.2} ms, p95 {:.2} ms",
        keys.len(),
        ms(percentile(&mut keys, 50)),
        ms(percentile(&mut keys, 95))
    );
    println!(
        "keystroke to its hits ({} keys): p50 {:.2} ms, p95 {:.2} ms, slowest {:.2} ms",
        hits.len(),
        ms(percentile(&mut hits, 50)),
        ms(percentile(&mut hits, 95)),
        ms(percentile(&mut hits, 100))
    );
    println!(
        "{}-key burst to final frame ({} bursts): p50 {:.2} ms; to its hits: p50 {:.2} ms",
        QUERY.len(),
        bursts.len(),
        ms(percentile(&mut bursts, 50)),
        ms(percentile(&mut burst_hits, 50))
    );
    for (what, samples) in [("j", &mut downs), ("/", &mut slashes), ("Esc", &mut escapes)] {
        println!(
            "Browse {what} ({} presses): p50 {:.2} ms, p95 {:.2} ms",
            samples.len(),
            ms(percentile(samples, 50)),
            ms(percentile(samples, 95))
        );
    }
}

fn percentile(samples: &mut [Duration], p: usize) -> Duration {
    samples.sort_unstable();
    samples.get((samples.len().saturating_sub(1) * p) / 100).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
