//! Every `$ carepath ...` example in the README is run, and its output must match what the
//! README shows, so the documentation cannot drift from the program. A block that ends
//! "... (N more lines)" shows the first lines only; those, and the count, must match.

mod common;

const README: &str = include_str!("../README.md");

/// Splits a command line on spaces, keeping "double-quoted words" together.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[test]
fn every_readme_example_matches_the_program() {
    let mut checked = 0;
    for block in README.split("```console\n").skip(1) {
        let block = block.split("\n```").next().unwrap_or_default();
        let mut lines = block.lines();
        let command = lines.next().unwrap_or_default();
        let args =
            words(command.strip_prefix("$ carepath").unwrap_or_else(|| panic!("not a carepath example: {command}")));
        let mut shown: Vec<&str> = lines.collect();
        let more: Option<usize> = shown
            .last()
            .and_then(|l| l.strip_prefix("... ("))
            .and_then(|l| l.strip_suffix(" more lines)"))
            .and_then(|n| n.parse().ok());
        if more.is_some() {
            shown.pop();
        }
        let output = common::carepath().args(&args).output().expect("runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let actual: Vec<&str> = stdout.trim_end_matches('\n').lines().collect();
        match more {
            Some(n) => {
                assert_eq!(&actual[..shown.len().min(actual.len())], &shown[..], "README example `{command}` differs");
                assert_eq!(actual.len(), shown.len() + n, "README example `{command}`: the line count differs");
            }
            None => assert_eq!(actual, shown, "README example `{command}` differs"),
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} README examples found");
}
