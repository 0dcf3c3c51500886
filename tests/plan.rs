//! The client's written plan: pinned in both formats for a typical session on the national
//! data, inert whatever text the data or the notes hold, and never written over a file.

mod common;

use std::path::Path;

use carepath::model::{Catalogue, Date};
use carepath::plan::{self, Format};
use carepath::session::{self, Session};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sessions/sam.toml");

fn catalogue() -> Catalogue {
    carepath::data::load_embedded().expect("the national data loads")
}

fn typical(c: &Catalogue) -> Session {
    let loaded = session::load(c, Path::new(EXAMPLE)).expect("the example session loads");
    assert_eq!(loaded.warnings, vec![]);
    loaded.session
}

fn day() -> Date {
    Date::parse("2026-12-01").expect("date")
}

#[test]
fn the_typical_plan_is_pinned_in_both_formats() {
    let c = catalogue();
    let plan = plan::build(&c, &typical(&c), day());
    let markdown = plan::render(&plan, Format::Markdown);
    let html = plan::render(&plan, Format::Html);
    insta::assert_snapshot!("typical_markdown", markdown);
    insta::assert_snapshot!("typical_html", html);
    for text in [&markdown, &html] {
        // Plain English for a client: no ids in brackets, and nothing "not recorded"
        // without what to ask instead.
        assert!(!text.contains("(care-worker)") && !text.contains("(registered-nurse-adult)"));
        for (i, _) in text.match_indices("not recorded") {
            let rest = &text[i..text[i..].find('\n').map_or(text.len(), |n| i + n)];
            assert!(rest.contains("ask"), "`not recorded` without what to ask: {rest}");
        }
        for needed in
            ["Trainee nursing associate", "Employer-funded apprenticeship", "£14,912 a year at 22.5 hours a week"]
        {
            assert!(text.contains(needed), "{needed}");
        }
    }
    // Self-contained: no scripts, nothing loaded from elsewhere.
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("<img") && !html.contains("src="));
    assert!(html.contains("@page") && html.contains("A4"));
}

#[test]
fn a_plan_from_one_role_to_another_on_the_command_line() {
    let output = common::carepath()
        .args(["plan", "care-worker", "registered-nurse-adult", "--have", "l2-diploma-in-care", "--hours", "22.5"])
        .args(["--date", "2026-12-01"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    insta::assert_snapshot!("from_to_markdown", String::from_utf8_lossy(&output.stdout));
}

#[test]
fn html_and_escape_characters_from_data_and_notes_are_inert_in_both_formats() {
    let mut c = catalogue();
    let hostile = "<script>alert('x')</script> & *bold* [link](javascript:alert(1)) \u{1b}]0;pwned\u{7}\u{1b}[31mred";
    let target = c.role_by_id("registered-nurse-adult").expect("role");
    c.roles[target.0 as usize].title = hostile.to_string();
    let mut s = typical(&c);
    s.client = Some(format!("<b>Sam</b>\u{1b}[2J {hostile}"));
    s.notes = format!("<img src=x onerror=alert(1)>\n# not a heading\n- not a list {hostile}\n1. not a number");
    let plan = plan::build(&c, &s, day());
    let html = plan::html(&plan);
    let markdown = plan::markdown(&plan);
    for text in [&html, &markdown] {
        assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "control characters survive");
    }
    // In HTML no tag from the text survives; in Markdown every `<` is escaped (below).
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>Sam"), "markup survives");
    assert!(!html.contains("href=\"javascript"), "a link survives");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *bold*"), "shown as text in HTML");
    assert!(markdown.contains("\\<script\\>alert('x')\\</script\\> \\& \\*bold\\*"), "shown as text in Markdown");
    assert!(markdown.contains("\\[link\\](javascript:"), "a Markdown link survives");
    assert!(
        markdown.contains("\n\\# not a heading")
            && markdown.contains("\n\\- not a list")
            && markdown.contains("\n1\\. not")
    );
    // Every `<` left in the Markdown opens one of carepath's own source links.
    for (i, _) in markdown.match_indices('<') {
        let escaped = i > 0 && markdown.as_bytes()[i - 1] == b'\\';
        assert!(escaped || markdown[i..].starts_with("<http"), "bare `<` at {i}: {}", &markdown[i..i + 20]);
    }
}

#[test]
fn out_never_replaces_a_file_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("plan.html");
    std::fs::write(&out, "the adviser's own file").expect("write");
    let run = |force: bool| {
        let mut cmd = common::carepath();
        cmd.args(["plan", "--session", EXAMPLE, "--format", "html", "--out"]).arg(&out);
        if force {
            cmd.arg("--force");
        }
        cmd.output().expect("runs")
    };
    let refused = run(false);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "the adviser's own file");
    let forced = run(true);
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    assert!(String::from_utf8_lossy(&forced.stderr).contains("wrote the plan to"));
    assert!(std::fs::read_to_string(&out).expect("read").starts_with("<!DOCTYPE html>"));
}

#[test]
fn plan_json_carries_the_plan_and_a_session_with_dropped_ids_still_plans() {
    let output = common::carepath().args(["--json", "plan", "--session", EXAMPLE]).output().expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["command"], "plan");
    assert_eq!(value["plan"]["route"]["steps"].as_array().map(Vec::len), Some(3));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.toml");
    let text = std::fs::read_to_string(EXAMPLE).expect("read").replace("\"senior-care-worker\"", "\"retired-role\"");
    std::fs::write(&path, text).expect("write");
    let output = common::carepath().args(["plan", "--session"]).arg(&path).output().expect("runs");
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("old.toml:10:14: warning: the data has no role `retired-role`"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Trainee nursing associate"));
}
