//! The fuzzer's inputs, replayed on stable: every seed in `fuzz/seeds/<target>/` and every
//! crash the fuzzer found, kept in `tests/fixtures/fuzz-regressions/<target>/`, goes
//! through the same harness function (`carepath::fuzzing`) as the cargo-fuzz target of the
//! same name. A crash that comes back fails here, in plain `cargo test`, with no nightly
//! toolchain and no libFuzzer.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use carepath::fuzzing::{self, Queries};

/// Every file of `dir`, sorted; none if it does not exist.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

/// Runs `harness` on every seed and regression input of `target`, naming the input that
/// panics. Returns how many seeds there were.
fn replay(target: &str, harness: impl Fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = inputs(&root.join("fuzz/seeds").join(target));
    let regressions = inputs(&root.join("tests/fixtures/fuzz-regressions").join(target));
    for path in seeds.iter().chain(&regressions) {
        let bytes = std::fs::read(path).expect("readable input");
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| harness(&bytes)));
        assert!(outcome.is_ok(), "fuzz target `{target}` fails on {}", path.display());
    }
    seeds.len()
}

fn embedded() -> &'static Queries {
    static QUERIES: OnceLock<Queries> = OnceLock::new();
    QUERIES.get_or_init(Queries::embedded)
}

#[test]
fn loader_inputs_never_panic() {
    assert!(replay("loader", fuzzing::loader) >= 10, "the loader seed corpus has gone missing");
}

#[test]
fn query_inputs_never_panic() {
    assert!(replay("queries", |bytes| embedded().run(bytes)) >= 5, "the query seed corpus has gone missing");
}

#[test]
fn config_inputs_never_panic() {
    assert!(replay("config", fuzzing::config) >= 3, "the config seed corpus has gone missing");
}

#[test]
fn input_files_are_split_at_markers() {
    let files = fuzzing::split_files(b"a = 1\n%%% roles/x.toml\n[[role]]\n%%% steps/\x1by.toml\nb = 2");
    let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(names, ["data.toml", "roles/x.toml", "steps/\\u{1b}y.toml"]);
    assert_eq!(files[1].text, "[[role]]\n");
    assert_eq!(files[2].text, "b = 2");
    // A leading marker names the first file; there is no empty `data.toml`.
    let files = fuzzing::split_files(b"%%% only.toml\nx = 1\n");
    assert_eq!((files.len(), files[0].path.as_str()), (1, "only.toml"));
    // Names are unique, as in a folder.
    let files = fuzzing::split_files(b"%%% a.toml\n%%% a.toml\n");
    assert_eq!((files[0].path.as_str(), files[1].path.as_str()), ("a.toml", "a.toml#2"));
}

/// The loader seeds that are whole data sets load, so the fuzzer starts from inputs that
/// reach the query layer, not only the validator.
#[test]
fn valid_seeds_load() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["fixture-valid.toml", "fixture-cli-with-levels.toml"] {
        let bytes = std::fs::read(root.join("fuzz/seeds/loader").join(name)).expect("seed");
        let report = carepath::data::validate_files(fuzzing::split_files(&bytes), Vec::new());
        assert!(report.catalogue.is_some(), "{name}: {:?}", report.diagnostics);
    }
}
