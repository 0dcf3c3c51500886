//! End to end: the real binary in a pseudo-terminal, read back through a terminal
//! emulator. Search, open a role, open next steps, mark two roles, compare them, quit, and
//! check the terminal was given back (alternate screen left, exit status 0).

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 100;
const ROWS_NZ: NonZeroU16 = NonZeroU16::new(ROWS).expect("not zero");
const COLS_NZ: NonZeroU16 = NonZeroU16::new(COLS).expect("not zero");
const TIMEOUT: Duration = Duration::from_secs(10);

/// Everything the app has written, and the screen it amounts to.
struct Output {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

struct Session {
    output: Arc<Mutex<Output>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

/// The real binary in a new pseudo-terminal, with `args`, in `cwd`.
/// The terminal's own end of the pseudo-terminal is dropped here, so only the child holds
/// it: closing the master then hangs the terminal up.
fn spawn(
    args: &[&str],
    cwd: &str,
) -> (Box<dyn portable_pty::MasterPty + Send>, Box<dyn portable_pty::Child + Send + Sync>) {
    let pty = native_pty_system();
    let pair = pty
        .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
        .unwrap_or_else(|e| panic!("cannot open a pseudo-terminal: {e}"));
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_carepath"));
    cmd.cwd(cwd);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    // Not the developer's own config: its keys or theme would change what is typed and seen.
    cmd.env("CAREPATH_CONFIG", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/empty-config.toml"));
    let child = pair.slave.spawn_command(cmd).unwrap_or_else(|e| panic!("cannot start carepath: {e}"));
    drop(pair.slave);
    (pair.master, child)
}

impl Session {
    fn start() -> Session {
        Session::start_with(&["--data", "tests/fixtures/tui"], env!("CARGO_MANIFEST_DIR"))
    }

    fn start_with(args: &[&str], cwd: &str) -> Session {
        let (master, child) = spawn(args, cwd);
        let mut reader = master.try_clone_reader().unwrap_or_else(|e| panic!("{e}"));
        let writer = master.take_writer().unwrap_or_else(|e| panic!("{e}"));
        let output = Arc::new(Mutex::new(Output { parser: vt100::Parser::new(ROWS_NZ, COLS_NZ, 0), raw: Vec::new() }));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            // Keep the master alive as long as we read from it.
            let _master = master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut out) = sink.lock() {
                    out.parser.process(&buf[..n]);
                    out.raw.extend_from_slice(&buf[..n]);
                }
            }
        });
        Session { output, writer, child }
    }

    /// Waits for the app to exit after `key`, or kills it and fails with the screen.
    fn wait_exit(&mut self, key: &str) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("{key} did not quit carepath; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn screen(&self) -> String {
        self.output.lock().map(|o| o.parser.screen().contents()).unwrap_or_default()
    }

    /// Waits until every piece of text shows, or fails with the screen as it was.
    fn wait_for(&self, texts: &[&str]) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().all(|t| screen.contains(t)) {
                return;
            }
            assert!(start.elapsed() < TIMEOUT, "timed out waiting for {texts:?}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        self.writer.flush().unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn fits_me_picks_ranks_and_opens_routes_in_the_real_binary() {
    let mut s = Session::start();
    s.wait_for(&["Roles (10)", "Care worker", "? help"]);
    s.send("7");
    s.wait_for(&["What matters to you: 0 picked", "Pick what matters to you on the left"]);
    s.send("jjj\r");
    s.wait_for(&["Picked “I want to lead a team” (1 picked)", "Roles that fit:"]);
    s.send("l");
    s.wait_for(&["“I want to lead a team”: leading or managing a team", "Enter routes there"]);
    s.send("\r");
    s.wait_for(&["Routes to "]);
    s.send("q");
    assert!(s.wait_exit("q").success());
}

#[test]
fn search_open_next_steps_compare_and_quit() {
    let mut s = Session::start();
    s.wait_for(&["Roles (10)", "Care worker", "? help"]);

    s.send("/senior care");
    s.wait_for(&["/ senior care", "Role: Senior care worker"]);
    s.send("\r");
    s.wait_for(&["Leads a shift of care workers", "Esc back"]);

    s.send("2");
    s.wait_for(&["From Senior care worker (CF3): 3 next steps", "Deputy manager", "Nursing associate"]);

    s.send(" ");
    s.wait_for(&["Marked Deputy manager (1 of 3)"]);
    s.send("1");
    s.wait_for(&["Roles (3) by best match"]);
    s.send(" ");
    s.wait_for(&["Marked Senior care worker (2 of 3)"]);

    s.send("3");
    s.wait_for(&["Compare (2/3)", "≠ Title", "Senior care worker", "Deputy manager"]);

    s.send("q");
    let status = s.wait_exit("q");
    assert!(status.success(), "exit status {status:?}");
    // Let the reader catch the last bytes, then check the terminal was restored.
    let start = Instant::now();
    loop {
        let (left, raw_ok) = s.output.lock().map_or((false, false), |o| {
            let raw = String::from_utf8_lossy(&o.raw).to_string();
            let entered = raw.rfind("\u{1b}[?1049h");
            let left = raw.rfind("\u{1b}[?1049l");
            (!o.parser.screen().alternate_screen(), matches!((entered, left), (Some(e), Some(l)) if l > e))
        });
        if left && raw_ok {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "the alternate screen was not left");
        std::thread::sleep(Duration::from_millis(25));
    }
    let raw = s.output.lock().map(|o| String::from_utf8_lossy(&o.raw).to_string()).unwrap_or_default();
    assert!(raw.contains("\u{1b}[?1000l") || raw.contains("\u{1b}[?1003l"), "mouse reporting was switched off");
}

#[test]
fn ctrl_c_quits_from_the_search_line() {
    let mut s = Session::start();
    s.wait_for(&["Roles (10)"]);
    s.send("/q");
    s.wait_for(&["/ q"]);
    s.send("\u{3}");
    let status = s.wait_exit("Ctrl-C");
    assert!(status.success());
}

impl Session {
    /// True once the app has left the alternate screen, shown the cursor and switched mouse
    /// reporting off, as read from the bytes it wrote.
    fn restored(&self) -> bool {
        self.output.lock().is_ok_and(|o| {
            let raw = String::from_utf8_lossy(&o.raw).to_string();
            let after = |on: &str, off: &str| matches!((raw.rfind(on), raw.rfind(off)), (Some(a), Some(b)) if b > a);
            !o.parser.screen().alternate_screen()
                && after("\u{1b}[?1049h", "\u{1b}[?1049l")
                && raw.contains("\u{1b}[?25h")
                && (raw.contains("\u{1b}[?1000l") || raw.contains("\u{1b}[?1003l"))
        })
    }
}

#[cfg(unix)]
#[test]
fn every_catchable_signal_restores_the_terminal() {
    for (name, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let mut s = Session::start();
        s.wait_for(&["Roles (10)"]);
        let pid = s.child.process_id().expect("a process id");
        let sent = std::process::Command::new("kill").args(["-s", name, &pid.to_string()]).status();
        assert!(sent.is_ok_and(|st| st.success()), "kill -s {name}");
        let status = s.wait_exit(name);
        assert_eq!(status.exit_code(), 128 + number, "SIG{name} exit status");
        let start = Instant::now();
        while !s.restored() {
            assert!(start.elapsed() < TIMEOUT, "SIG{name} left the terminal broken");
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

#[cfg(unix)]
#[test]
fn ctrl_z_suspends_and_fg_resumes() {
    let mut s = Session::start();
    s.wait_for(&["Roles (10)"]);
    let before = s.output.lock().map_or(0, |o| o.raw.len());
    s.send("\u{1a}");
    // The test's session has no job control, so the kernel may ignore the stop; SIGCONT is
    // what a shell's `fg` sends either way.
    let pid = s.child.process_id().expect("a process id");
    std::thread::sleep(Duration::from_millis(200));
    let cont = std::process::Command::new("kill").args(["-s", "CONT", &pid.to_string()]).status();
    assert!(cont.is_ok_and(|st| st.success()));
    // Suspending gave the terminal back (left the alternate screen, showed the cursor, mouse
    // off); continuing took it again.
    let start = Instant::now();
    loop {
        let done = s.output.lock().is_ok_and(|o| {
            let raw = String::from_utf8_lossy(&o.raw[before..]).to_string();
            let left = raw.find("\u{1b}[?1049l");
            let back = raw.rfind("\u{1b}[?1049h");
            matches!((left, back), (Some(l), Some(b)) if b > l)
                && raw.contains("\u{1b}[?25h")
                && (raw.contains("\u{1b}[?1000l") || raw.contains("\u{1b}[?1003l"))
                && o.parser.screen().alternate_screen()
        });
        if done {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "Ctrl-Z did not give the terminal back and take it again");
        std::thread::sleep(Duration::from_millis(25));
    }
    s.wait_for(&["Roles (10)"]);
    s.send("q");
    assert!(s.wait_exit("q").success());
}

/// An adviser's session: opened from its file, the plan exported beside it (never over a
/// file), a change saved on quit, and the file read back as the session it now is.
#[test]
fn a_session_opens_exports_a_plan_and_saves_on_quit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("sam.toml");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sessions/sam.toml"), &file).expect("copy");
    let (file_arg, cwd) = (file.display().to_string(), dir.path().display().to_string());
    let mut app = Session::start_with(&["--session", &file_arg], &cwd);
    app.wait_for(&["Role: Care worker", "Marked 3/3", "Held 1", "22.5 hours"]);
    app.send("e");
    app.wait_for(&["Plan written to"]);
    let names = |dir: &std::path::Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("read dir")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.starts_with("plan-sam-jones-"))
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(dir.path()).len(), 2, "HTML and Markdown");
    let html = names(dir.path())
        .into_iter()
        .find(|n| std::path::Path::new(n).extension().is_some_and(|e| e == "html"))
        .expect("html");
    let first = std::fs::read_to_string(dir.path().join(&html)).expect("read");
    app.send("e");
    app.wait_for(&["-2.html"]);
    assert_eq!(names(dir.path()).len(), 4, "a second export takes new names");
    assert_eq!(std::fs::read_to_string(dir.path().join(&html)).expect("read"), first, "the first is untouched");
    app.send("N");
    app.wait_for(&["Scotland"]);
    app.send("q");
    assert!(app.wait_exit("q").success());
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(saved.contains("nation = \"scotland\""), "{saved}");
    assert!(saved.contains("client = \"Sam Jones\"") && saved.contains("Sam works 22.5 hours"), "{saved}");
}

/// Starts carepath with `args`, types `keys`, waits until the screen shows `seen`, then
/// closes every handle on the terminal (a closed window) and waits for carepath to end.
fn hang_up(args: &[&str], cwd: &str, keys: &str, seen: &str) {
    let (master, mut child) = spawn(args, cwd);
    let mut reader = master.try_clone_reader().unwrap_or_else(|e| panic!("{e}"));
    let mut writer = master.take_writer().unwrap_or_else(|e| panic!("{e}"));
    // Read until the first frame is whole (its footer ends "quit"), type, and read until the
    // screen shows what the keys did; then let go of the terminal entirely.
    let mut parser = vt100::Parser::new(ROWS_NZ, COLS_NZ, 0);
    let mut buf = [0u8; 8192];
    let mut typed = false;
    let start = Instant::now();
    while let Ok(n) = reader.read(&mut buf) {
        if n == 0 || start.elapsed() > TIMEOUT {
            break;
        }
        parser.process(&buf[..n]);
        let screen = parser.screen().contents();
        if !typed && screen.contains("quit") {
            if keys.is_empty() {
                break;
            }
            writer.write_all(keys.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            writer.flush().unwrap_or_else(|e| panic!("{e}"));
            typed = true;
        } else if typed && screen.contains(seen) {
            break;
        }
    }
    std::thread::sleep(Duration::from_millis(500));
    drop((reader, writer, master));
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap_or_else(|e| panic!("{e}")).is_some() {
            return;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("carepath kept running after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A terminal that goes away (a closed window, a killed harness) ends carepath within
/// seconds; it used to spin at full CPU for ever, reading zero bytes from the dead terminal.
#[test]
fn a_closed_terminal_ends_the_app() {
    hang_up(&["--data", "tests/fixtures/tui"], env!("CARGO_MANIFEST_DIR"), "", "quit");
}

/// A session changed in a window that is then closed is saved all the same.
#[test]
fn a_closed_window_still_saves_a_changed_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("sam.toml");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sessions/sam.toml"), &file).expect("copy");
    let (file_arg, cwd) = (file.display().to_string(), dir.path().display().to_string());
    hang_up(&["--session", &file_arg], &cwd, "N", "Scotland");
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(saved.contains("nation = \"scotland\""), "{saved}");
    assert!(saved.contains("client = \"Sam Jones\""), "{saved}");
}

/// A data set that takes more than half a second to load gets a loading screen, which `q`
/// stops with the terminal given back. (This one is large for a test build: 4,000 roles.)
#[test]
fn a_slow_load_shows_a_loading_screen_that_q_stops() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for file in carepath::synthetic::dataset(4_000) {
        let path = dir.path().join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, file.text).unwrap_or_else(|e| panic!("{e}"));
    }
    let data = dir.path().to_string_lossy().to_string();
    let mut s = Session::start_with(&["--data", &data], env!("CARGO_MANIFEST_DIR"));
    s.wait_for(&["Loading", "(q stops)"]);
    s.send("q");
    let status = s.wait_exit("q while loading");
    assert_eq!(status.exit_code(), 130, "stopped by the user");
    // The loading screen never turns the mouse on, so only the screen and cursor are given back.
    let given_back = s.output.lock().is_ok_and(|o| {
        let raw = String::from_utf8_lossy(&o.raw).to_string();
        !o.parser.screen().alternate_screen() && raw.contains("\u{1b}[?1049l") && raw.contains("\u{1b}[?25h")
    });
    assert!(given_back, "the terminal is given back");
}
