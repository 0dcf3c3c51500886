//! Every command's JSON on the CLI fixture, pinned: a change of shape is a reviewed diff of
//! these snapshots (and of the README's "JSON shapes"), never a surprise for a script.

mod common;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cli");

fn json(args: &[&str]) -> String {
    let output = common::carepath().args(["--data", FIXTURE, "--json"]).args(args).output().expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}\n{text}"));
    assert_eq!(value["schema_version"], carepath::cli::SCHEMA_VERSION, "{args:?}");
    // The fixture's own path differs between machines; the rest is stable.
    text.replace(FIXTURE, "<fixture>")
}

#[test]
fn every_command_has_a_pinned_shape() {
    let cases: [(&str, &[&str]); 13] = [
        ("search", &["search", "hca", "--limit", "2"]),
        ("roles", &["roles", "--sector", "health"]),
        ("show", &["show", "care-worker"]),
        ("next", &["next", "care-worker", "--have", "l3-adult-care"]),
        ("compare", &["compare", "care-worker", "hca"]),
        ("route", &["route", "care-worker", "registered-nurse-adult", "--max", "2"]),
        ("route_scotland", &["--nation", "scotland", "route", "care-worker", "registered-nurse-adult", "--max", "1"]),
        ("pathways", &["pathways"]),
        ("pathway", &["pathway", "care-to-nursing"]),
        ("qualifications", &["qualifications"]),
        ("validate", &["validate"]),
        (
            "fit",
            &[
                "fit",
                "--values",
                "lead-a-team,compassion",
                "--avoid",
                "nights,fees",
                "--from",
                "care-worker",
                "--max",
                "2",
            ],
        ),
        ("values", &["values"]),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(format!("json_{name}"), json(args));
    }
}
