//! The JSON Schema that editors use for the data files: generated from the loader's own
//! types, checked in as pathways/schema.json, accepting every file of the national set and
//! rejecting a misspelt key.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn schema() -> Value {
    carepath::data::json_schema()
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn as_json(text: &str) -> Value {
    let value: toml::Value = toml::from_str(text).expect("valid TOML");
    serde_json::to_value(value).expect("TOML converts to JSON")
}

#[test]
fn the_checked_in_schema_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pathways/schema.json");
    let checked_in: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("schema.json")).expect("JSON");
    assert_eq!(checked_in, schema(), "pathways/schema.json is stale: run `carepath schema > pathways/schema.json`");
    assert_eq!(checked_in["$schema"], "http://json-schema.org/draft-07/schema#");
}

#[test]
fn every_national_file_matches_the_schema() {
    let validator = jsonschema::draft7::new(&schema()).expect("a valid draft-7 schema");
    let mut files = Vec::new();
    toml_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("pathways"), &mut files);
    assert!(files.len() >= 20, "only {} data files found", files.len());
    for file in files {
        let instance = as_json(&std::fs::read_to_string(&file).expect("readable"));
        let errors: Vec<String> = validator.iter_errors(&instance).map(|e| e.to_string()).take(5).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn a_misspelt_key_is_rejected() {
    let validator = jsonschema::draft7::new(&schema()).expect("a valid draft-7 schema");
    let good = "[[role]]\nid = \"x\"\ntitle = \"X\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\nsources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";
    assert!(validator.is_valid(&as_json(good)));
    assert!(!validator.is_valid(&as_json(&good.replace("title =", "titel ="))));
    assert!(!validator.is_valid(&as_json(&format!("{good}[[rol]]\nid = \"y\"\n"))));
}

#[test]
fn editors_are_pointed_at_the_schema() {
    let taplo =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".taplo.toml")).expect(".taplo.toml");
    assert!(taplo.contains("pathways/**/*.toml") && taplo.contains("pathways/schema.json"), "{taplo}");
}
