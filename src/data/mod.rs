//! Loading and validating data: TOML files → [`Catalogue`], or every problem found.
//!
//! Each file is parsed on its own, and each `[[role]]`, `[[qualification]]`, `[[step]]` and
//! `[[pathway]]` is deserialized on its own, so one mistake never hides the next: the
//! report lists every problem at once, each at `path:line:column`.
//!
//! The work runs in two passes so that a large data set loads on every core and is never
//! held twice: files are parsed side by side, item by item (`parse`), and each role and
//! step is checked there and then, all but its references to other items
//! (`convert::drafts`), freeing the file's text and raw items as it goes; then, once every
//! id is known, one pass links the references and checks what spans items (`convert`).

mod convert;
mod diag;
mod files;
mod parse;
mod pool;
mod progress;
mod raw;

pub use diag::{Diagnostic, Severity, line_column};
use files::Listed;
pub use files::{Layer, MAX_FILE_BYTES, SourceFile, read_layer};
pub use progress::{Progress, Stage};

use crate::model::Catalogue;
use raw::{
    RawDataset, RawFramework, RawLevel, RawNationFacts, RawPathway, RawPayFloor, RawPayScale, RawQualification,
    RawTheme,
};

/// How many items of each kind were read, valid or not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub roles: usize,
    pub qualifications: usize,
    pub steps: usize,
    pub pathways: usize,
}

/// The outcome of loading: the catalogue when there were no errors, and every diagnostic.
#[derive(Debug)]
pub struct Report {
    pub catalogue: Option<Catalogue>,
    pub diagnostics: Vec<Diagnostic>,
    pub counts: Counts,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// A data set that failed validation.
#[derive(Debug, thiserror::Error)]
#[error("{} problem(s) in the data:\n{}", .0.len(), render(.0))]
pub struct LoadError(pub Vec<Diagnostic>);

fn render(diags: &[Diagnostic]) -> String {
    diags.iter().map(std::string::ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// Loads and validates the layers (the first is the base, the rest add to it).
pub fn load(layers: &[Layer]) -> Result<Catalogue, LoadError> {
    load_with_progress(layers, &mut |_| {})
}

/// As [`load`], telling `progress` how far it has got (see [`Progress`]).
pub fn load_with_progress(layers: &[Layer], progress: &mut impl FnMut(Progress<'_>)) -> Result<Catalogue, LoadError> {
    let report = validate_with_progress(layers, progress);
    match report.catalogue {
        Some(catalogue) => Ok(catalogue),
        None => Err(LoadError(report.diagnostics.into_iter().filter(diag::Diagnostic::is_error).collect())),
    }
}

/// The embedded national data set.
pub fn load_embedded() -> Result<Catalogue, LoadError> {
    load(&[Layer::Embedded])
}

/// Reads and checks every layer, returning all diagnostics and, if there were no errors,
/// the catalogue.
pub fn validate(layers: &[Layer]) -> Report {
    validate_with_progress(layers, &mut |_| {})
}

/// As [`validate`], telling `progress` how far it has got: after each file read, each
/// file parsed, and every few thousand items checked. It is called on the calling
/// thread, so it need not be `Send`; to load in the background, run this whole call on
/// another thread and send what the callback is given.
pub fn validate_with_progress(layers: &[Layer], progress: &mut impl FnMut(Progress<'_>)) -> Report {
    let progress: &mut dyn FnMut(Progress<'_>) = progress;
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for layer in layers {
        let (read, diags) = files::list_layer(layer, &mut |file, done, total| {
            progress(Progress { stage: Stage::Reading, done, total, file: Some(file) });
        });
        files.extend(read);
        diagnostics.extend(diags);
    }
    check(files, diagnostics, progress)
}

/// Checks already-read files (used by tests and by `validate`).
pub fn validate_files(files: Vec<SourceFile>, diagnostics: Vec<Diagnostic>) -> Report {
    check(files.into_iter().map(Listed::from_file).collect(), diagnostics, &mut |_| {})
}

/// As [`validate_files`], telling `progress` how far it has got.
pub fn validate_files_with_progress(
    files: Vec<SourceFile>,
    diagnostics: Vec<Diagnostic>,
    progress: &mut impl FnMut(Progress<'_>),
) -> Report {
    check(files.into_iter().map(Listed::from_file).collect(), diagnostics, progress)
}

fn check(files: Vec<Listed>, mut diagnostics: Vec<Diagnostic>, progress: &mut dyn FnMut(Progress<'_>)) -> Report {
    let sizes: Vec<u64> = files.iter().map(|f| f.bytes).collect();
    // Shared, not copied, by every role's and step's origin.
    let paths: Vec<std::sync::Arc<str>> = files.iter().map(|f| f.path.as_str().into()).collect();
    let total = sizes.iter().sum();
    let mut parsed_bytes = 0;
    let today = convert::today();
    let parsed = parse::parse_all(files, &paths, today, &mut |index| {
        parsed_bytes += sizes[index];
        progress(Progress { stage: Stage::Parsing, done: parsed_bytes, total, file: Some(&paths[index]) });
    });
    let mut lines = Vec::with_capacity(parsed.len());
    let mut parts = Vec::with_capacity(parsed.len());
    for p in parsed {
        diagnostics.extend(p.diags);
        lines.push(p.lines);
        parts.push(p.items);
    }
    // Roles and steps stay in their files' lists: they are many, and linking shares them
    // out over the cores a list at a time.
    let drafts = convert::Drafts {
        roles: parts.iter_mut().map(|p| std::mem::take(&mut p.roles)).collect(),
        steps: parts.iter_mut().map(|p| std::mem::take(&mut p.steps)).collect(),
        refs: parts.iter_mut().map(|p| std::mem::take(&mut p.refs)).collect(),
    };
    let items = Items::merge(parts);
    let (drafted_roles, drafted_steps) = drafts.counts();
    let counts = Counts {
        roles: drafted_roles + items.broken_roles.len(),
        qualifications: items.qualifications.len() + items.broken_qualifications.len(),
        steps: drafted_steps + items.broken_steps,
        pathways: items.pathways.len() + items.broken_pathways,
    };
    let catalogue = convert::build(&paths, &lines, today, items, drafts, &mut diagnostics, progress);
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    diagnostics.dedup();
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Report { catalogue: if has_errors { None } else { Some(catalogue) }, diagnostics, counts }
}

/// Where an item was read: its file, and the byte offset of the part of the file it was
/// parsed from (a file is parsed item by item), from which the spans inside it count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct At {
    file: u32,
    base: u32,
}

impl At {
    fn new(file: usize, base: usize) -> At {
        // Files are capped far below 4 GiB and number far fewer than 4 billion.
        At { file: u32::try_from(file).unwrap_or(u32::MAX), base: u32::try_from(base).unwrap_or(u32::MAX) }
    }
    fn file(self) -> usize {
        self.file as usize
    }
    /// A span inside the item, as bytes of its file.
    fn offset(self, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        let base = self.base as usize;
        base + span.start..base + span.end
    }
}

/// Raw items with where they were read.
#[derive(Default)]
struct Items {
    /// A file's roles and steps; linking takes them file by file (see [`convert::Drafts`]).
    roles: Vec<(At, convert::RoleDraft)>,
    qualifications: Vec<(At, RawQualification)>,
    steps: Vec<(At, convert::StepDraft)>,
    /// The ids that the file's roles and steps refer to.
    refs: convert::Refs,
    pathways: Vec<(At, RawPathway)>,
    pay_scales: Vec<(At, RawPayScale)>,
    pay_floors: Vec<(At, RawPayFloor)>,
    nation_facts: Vec<(At, RawNationFacts)>,
    levels: Vec<(At, RawLevel)>,
    themes: Vec<(At, RawTheme)>,
    frameworks: Vec<(At, RawFramework)>,
    /// `[dataset]` tables, with the span of their key (a data set may have one).
    datasets: Vec<(At, std::ops::Range<usize>, RawDataset)>,
    /// Items of the reference kinds that did not deserialize.
    broken_reference: usize,
    /// Ids of items that did not deserialize: references to them are not reported again.
    broken_roles: Vec<String>,
    broken_qualifications: Vec<String>,
    broken_steps: usize,
    broken_pathways: usize,
    /// A file failed to parse at all, so "unknown id" errors may be false alarms.
    unreadable_file: bool,
}

impl Items {
    /// One file's items after another, in file order; each list is sized once, and each
    /// file's lists are freed as soon as they are moved.
    fn merge(parts: Vec<Items>) -> Items {
        fn join<T>(parts: &mut [Items], list: fn(&mut Items) -> &mut Vec<T>) -> Vec<T> {
            let mut all = Vec::with_capacity(parts.iter_mut().map(|p| list(p).len()).sum());
            for part in parts {
                all.append(list(part));
                *list(part) = Vec::new();
            }
            all
        }
        let mut parts = parts;
        Items {
            roles: join(&mut parts, |p| &mut p.roles),
            qualifications: join(&mut parts, |p| &mut p.qualifications),
            steps: join(&mut parts, |p| &mut p.steps),
            // Taken per file for linking before the items are merged.
            refs: convert::Refs::default(),
            pathways: join(&mut parts, |p| &mut p.pathways),
            pay_scales: join(&mut parts, |p| &mut p.pay_scales),
            pay_floors: join(&mut parts, |p| &mut p.pay_floors),
            nation_facts: join(&mut parts, |p| &mut p.nation_facts),
            levels: join(&mut parts, |p| &mut p.levels),
            themes: join(&mut parts, |p| &mut p.themes),
            frameworks: join(&mut parts, |p| &mut p.frameworks),
            datasets: join(&mut parts, |p| &mut p.datasets),
            broken_reference: parts.iter().map(|p| p.broken_reference).sum(),
            broken_roles: join(&mut parts, |p| &mut p.broken_roles),
            broken_qualifications: join(&mut parts, |p| &mut p.broken_qualifications),
            broken_steps: parts.iter().map(|p| p.broken_steps).sum(),
            broken_pathways: parts.iter().map(|p| p.broken_pathways).sum(),
            unreadable_file: parts.iter().any(|p| p.unreadable_file),
        }
    }
}

/// The JSON Schema of a data file (draft 7, which taplo and Even Better TOML read),
/// generated from the same types the loader reads, so an editor can complete and check
/// keys as a trainer types. `pathways/schema.json` is this, checked in.
pub fn json_schema() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<raw::RawFile>();
    serde_json::to_value(&schema).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn check(text: &str) -> Report {
        validate_files(vec![SourceFile { path: "t.toml".into(), text: text.into() }], Vec::new())
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let report = check("[[role]]\nid = \"x\"\ntitle = \n");
        assert!(report.catalogue.is_none());
        let d = &report.diagnostics[0];
        assert_eq!((d.line, d.path.as_str()), (3, "t.toml"), "{d}");
        assert!(d.message.starts_with("TOML syntax"), "{d}");
    }

    #[test]
    fn unknown_top_level_key_is_suggested() {
        let report = check("[[rol]]\nid = \"x\"\n");
        assert!(report.diagnostics[0].message.contains("did you mean `[[role]]`"), "{:?}", report.diagnostics);
    }
}
