//! Loading never panics, whatever the files hold.

use carepath::data::{Layer, MAX_FILE_BYTES, SourceFile, validate, validate_files};
use proptest::prelude::*;
use std::fmt::Write as _;

const FIXTURE: &str = include_str!("fixtures/cli/data.toml");

fn check(text: &str) {
    let report = validate_files(vec![SourceFile { path: "p.toml".into(), text: text.to_string() }], Vec::new());
    // Every diagnostic points inside the file (or one past its last line).
    let lines = text.lines().count().max(1) + 1;
    for d in &report.diagnostics {
        assert!(d.line >= 1 && d.line <= lines, "{d} is outside a {lines}-line file");
        assert!(!d.message.chars().any(char::is_control), "control character in {d:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn toml_like_text_never_panics(text in "(\\[\\[(role|step|qualification|pathway)\\]\\]\n|[a-z_]{1,8} = (\"[^\"\n]{0,12}\"|[0-9.-]{1,6}|\\[\\]|\\{\\})\n){0,40}") {
        check(&text);
    }

    /// Deleting, duplicating or replacing a slice of a valid file, anywhere.
    #[test]
    fn mutated_valid_files_never_panic(start in 0..FIXTURE.len(), len in 0..64_usize, insert in "[\\[\\]\"=a-z0-9\n\\\\ ]{0,8}") {
        let mut start = start;
        while !FIXTURE.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(FIXTURE.len());
        while !FIXTURE.is_char_boundary(end) { end -= 1; }
        let mutated = format!("{}{insert}{}", &FIXTURE[..start], &FIXTURE[end..]);
        check(&mutated);
    }
}

#[test]
fn deeply_nested_values_are_a_syntax_error_not_a_stack_overflow() {
    let text = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let report = validate_files(vec![SourceFile { path: "deep.toml".into(), text }], Vec::new());
    assert!(report.diagnostics[0].message.starts_with("TOML syntax"), "{:?}", report.diagnostics);
}

#[test]
fn oversized_files_are_refused_unread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let size = usize::try_from(MAX_FILE_BYTES).expect("fits") + 1;
    std::fs::write(dir.path().join("big.toml"), vec![b'#'; size]).expect("write");
    let report = validate(&[Layer::Dir(dir.path().into())]);
    assert_eq!(report.errors(), 1);
    assert!(report.diagnostics[0].message.starts_with("file is over 8388608 bytes"), "{:?}", report.diagnostics);
}

#[test]
fn many_errors_in_one_file_are_all_reported() {
    let mut text = String::new();
    for i in 0..500 {
        let _ = write!(text, "[[step]]\nfrom = \"nobody-{i}\"\nto = \"nowhere\"\nroute = \"teleport\"\n\n");
    }
    let report = validate_files(vec![SourceFile { path: "m.toml".into(), text }], Vec::new());
    // Each step lacks sources and reviewed: one deserialization error per step.
    assert_eq!(report.errors(), 500);
}
