//! The HTML plan in a real browser: headless Chromium prints the typical plan to PDF, which
//! must fit on two A4 pages and hold the route's steps and the funding (read back with
//! `pdftotext`). `.ci/run` installs Debian's `chromium` and `poppler-utils`. Without them
//! the test says so and passes, except under CI (`CI=true`), where it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use carepath::model::Date;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sessions/sam.toml");

/// The first of `names` found on the PATH.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).flat_map(|dir| names.iter().map(move |n| dir.join(n))).find(|p| p.is_file())
}

/// The tools, or `None` after saying why the test is skipped (never under CI).
fn tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let found = (find(&["chromium", "chromium-browser"]), find(&["pdfinfo"]), find(&["pdftotext"]));
    if let (Some(browser), Some(info), Some(text)) = found {
        return Some((browser, info, text));
    }
    let message = "the browser test needs `chromium` and poppler-utils (`pdfinfo`, `pdftotext`) on the PATH; \
                   .ci/run installs them (apt-get install chromium poppler-utils)";
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true, so this must not be skipped: {message}");
    // Written past the test harness's capture, so the skip shows in a passing run.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("SKIPPED: {message}\n").as_bytes());
    None
}

/// Runs a command to the end, or fails after `limit`.
fn run(command: &mut Command, limit: Duration) -> String {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("starts");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("waits").is_some() {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{command:?} took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().expect("output");
    assert!(output.status.success(), "{command:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_typical_plan_prints_on_two_a4_pages_in_a_real_browser() {
    let Some((browser, pdfinfo, pdftotext)) = tools() else { return };
    let c = carepath::data::load_embedded().expect("the national data loads");
    let session = carepath::session::load(&c, Path::new(EXAMPLE)).expect("loads").session;
    let html = carepath::plan::html(&carepath::plan::build(&c, &session, Date::parse("2026-12-01").expect("date")));
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("plan.html");
    let pdf = dir.path().join("plan.pdf");
    std::fs::write(&page, html).expect("write");
    let profile = dir.path().join("profile");
    run(
        Command::new(&browser)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
            .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg("--no-pdf-header-footer")
            .arg(format!("file://{}", page.display())),
        Duration::from_secs(120),
    );
    let info = run(Command::new(&pdfinfo).arg(&pdf), Duration::from_secs(30));
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in:\n{info}"));
    assert!((1..=2).contains(&pages), "the typical plan prints on {pages} pages");
    let size = info.lines().find(|l| l.starts_with("Page size:")).unwrap_or_default();
    assert!(size.contains("(A4)"), "not A4: {size}");
    let text = run(Command::new(&pdftotext).arg(&pdf).arg("-"), Duration::from_secs(30));
    // Lines wrap wherever the page does: compare with the white space folded.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needed in [
        "Step 1: Care worker to Trainee nursing associate",
        "Step 2: Trainee nursing associate to Nursing associate",
        "Step 3: Nursing associate to Registered nurse (adult)",
        "Employer-funded apprenticeship; employers that do not pay the levy pay 5% of the cost.",
        "Apprenticeship: the employer pays and the apprentice pays nothing.",
        "£14,912 a year at 22.5 hours a week",
    ] {
        assert!(text.contains(needed), "the PDF lacks {needed:?}:\n{text}");
    }
}
