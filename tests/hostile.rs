//! Data folders and values an attacker (or an accident) might hand carepath: each answers
//! at once with a clear message and exit 1, and nothing it prints can drive the terminal.

use std::time::{Duration, Instant};

mod common;

fn run(args: &[&str]) -> (i32, String, String, Duration) {
    let start = Instant::now();
    let output = common::carepath().args(args).timeout(Duration::from_secs(20)).output().expect("runs");
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    for text in [&out, &err] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "raw control characters reached the terminal: {text:?}"
        );
    }
    (output.status.code().unwrap_or(-1), out, err, start.elapsed())
}

const ROLE: &str = "[[role]]\nid = \"a\"\ntitle = \"A\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\nsources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";

#[cfg(unix)]
#[test]
fn a_fifo_is_reported_not_opened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("x.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let (code, out, _, took) = run(&["validate", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("is not a regular file"), "{out}");
    assert!(took < Duration::from_secs(10));
}

#[cfg(unix)]
#[test]
fn a_symlink_to_an_endless_device_and_a_symlink_loop_end_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("ok.toml"), ROLE).expect("write");
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).expect("symlink");
    std::os::unix::fs::symlink(".", dir.path().join("loop")).expect("symlink");
    std::os::unix::fs::symlink(".", dir.path().join("loop2")).expect("symlink");
    let (code, out, _, took) = run(&["validate", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("zero.toml:1:1: error: is not a regular file"), "{out}");
    assert!(out.contains("reached twice"), "{out}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn system_folders_are_refused() {
    for folder in ["/", "/proc", "/dev"] {
        if !std::path::Path::new(folder).is_dir() {
            continue;
        }
        let (code, out, err, took) = run(&["--data", folder, "roles"]);
        assert_eq!(code, 1, "{folder}: {out}{err}");
        assert!(err.contains("is a system folder"), "{folder}: {err}");
        assert!(took < Duration::from_secs(5), "{folder} took {took:?}");
    }
}

#[test]
fn diagnostics_show_escapes_instead_of_acting_them_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "{ROLE}[[step]]\nfrom = \"a\"\nto = \"x\\u001b]0;PWNED\\u0007\"\nroute = \"in-work\"\nsources = [{{ url = \"https://example.org/\\u202egpj\", supports = \"x\" }}]\nreviewed = \"2026-01-01\"\n\n[[role]]\nid = \"b\"\ntitle = \"\\u200b\\u200d\\ufeff\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\nsources = [{{ url = \"https://example.org/\", supports = \"x\" }}]\nreviewed = \"2026-01-01\"\n"
    );
    std::fs::write(dir.path().join("bad.toml"), text).expect("write");
    let (code, out, _, _) = run(&["validate", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(out.contains("unknown role `x\\u{1b}]0;PWNED\\u{7}`"), "{out}");
    assert!(out.contains("malformed URL `https://example.org/\\u{202e}gpj`"), "{out}");
    assert!(out.contains("title must not be empty"), "an invisible title is no title: {out}");
}

#[test]
fn numbers_have_ranges() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = ROLE.replace(
        "summary = \"s\"",
        "summary = \"s\"\npay = [{ nation = \"england\", min = 20000, max = 1e308, unit = \"year\", basis = \"b\", year = \"2026/27\" }]",
    ) + "[[step]]\nfrom = \"a\"\nto = \"a\"\nroute = \"in-work\"\nsources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";
    std::fs::write(dir.path().join("big.toml"), text).expect("write");
    let (code, out, _, _) = run(&["validate", dir.path().to_str().expect("utf-8")]);
    assert_eq!(code, 1);
    assert!(out.contains("annual pay must be at most £1,000,000"), "{out}");
}

#[test]
fn data_flags_are_never_silently_ignored_by_validate() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("ok.toml"), ROLE).expect("write");
    let d = dir.path().to_str().expect("utf-8");
    let (code, _, err, _) = run(&["--add", d, "validate", d]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--data and --add apply to `validate`"), "{err}");
}

/// Every broken case in tests/fixtures/broken: exit 1, an error at `file:line:column`, and
/// nothing in the output that could drive a terminal.
#[test]
fn every_broken_case_is_an_error_at_a_place() {
    let broken = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut cases: Vec<_> = std::fs::read_dir(&broken).expect("broken cases").flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(cases.len() >= 12, "only {} broken cases", cases.len());
    for case in cases {
        let name = case.file_name().and_then(|n| n.to_str()).expect("a name").to_string();
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::copy(&case, dir.path().join(&name)).expect("copy");
        let (code, out, _, took) = run(&["validate", dir.path().to_str().expect("utf-8")]);
        assert_eq!(code, 1, "{name}: {out}");
        let located = out.lines().any(|l| {
            l.split_once(&format!("{name}:")).is_some_and(|(_, rest)| {
                let mut parts = rest.splitn(3, ':');
                let line_ok = parts.next().is_some_and(|p| p.parse::<usize>().is_ok());
                let col_ok = parts.next().is_some_and(|p| p.parse::<usize>().is_ok());
                line_ok && col_ok && parts.next().is_some_and(|m| m.starts_with(" error: "))
            })
        });
        assert!(located, "{name}: no error at file:line:column in\n{out}");
        assert!(took < Duration::from_secs(10), "{name} took {took:?}");
    }
}
