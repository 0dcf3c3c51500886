//! Loading and validating data: TOML files → [`Catalogue`], or every problem found.
//!
//! Each file is parsed on its own, and each `[[role]]`, `[[qualification]]`, `[[step]]` and
//! `[[pathway]]` is deserialized on its own, so one mistake never hides the next: the
//! report lists every problem at once, each at `path:line:column`.

mod convert;
mod diag;
mod files;
mod raw;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

pub use diag::{Diagnostic, Severity, line_column};
pub use files::{Layer, MAX_FILE_BYTES, SourceFile, read_layer};

use crate::model::Catalogue;
use raw::{
    RawDataset, RawFramework, RawLevel, RawNationFacts, RawPathway, RawPayFloor, RawPayScale, RawQualification,
    RawRole, RawStep, RawTheme,
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
    let report = validate(layers);
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
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for layer in layers {
        let (read, diags) = read_layer(layer);
        files.extend(read);
        diagnostics.extend(diags);
    }
    validate_files(files, diagnostics)
}

/// Checks already-read files (used by tests and by `validate`).
#[expect(
    clippy::needless_pass_by_value,
    reason = "callers hand over the files they read; taking them keeps the API simple"
)]
pub fn validate_files(files: Vec<SourceFile>, mut diagnostics: Vec<Diagnostic>) -> Report {
    let mut items = Items::default();
    for (index, file) in files.iter().enumerate() {
        parse_file(index, file, &mut items, &mut diagnostics);
    }
    let counts = Counts {
        roles: items.roles.len() + items.broken_roles.len(),
        qualifications: items.qualifications.len() + items.broken_qualifications.len(),
        steps: items.steps.len() + items.broken_steps,
        pathways: items.pathways.len() + items.broken_pathways,
    };
    let catalogue = convert::build(&files, items, &mut diagnostics);
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    diagnostics.dedup();
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Report { catalogue: if has_errors { None } else { Some(catalogue) }, diagnostics, counts }
}

/// Raw items with the index of the file they came from.
#[derive(Default)]
struct Items {
    roles: Vec<(usize, RawRole)>,
    qualifications: Vec<(usize, RawQualification)>,
    steps: Vec<(usize, RawStep)>,
    pathways: Vec<(usize, RawPathway)>,
    pay_scales: Vec<(usize, RawPayScale)>,
    pay_floors: Vec<(usize, RawPayFloor)>,
    nation_facts: Vec<(usize, RawNationFacts)>,
    levels: Vec<(usize, RawLevel)>,
    themes: Vec<(usize, RawTheme)>,
    frameworks: Vec<(usize, RawFramework)>,
    /// `[dataset]` tables, with the span of their key (a data set may have one).
    datasets: Vec<(usize, std::ops::Range<usize>, RawDataset)>,
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

const TOP_LEVEL_KEYS: [&str; 10] = [
    "role",
    "qualification",
    "step",
    "pathway",
    "pay_scale",
    "pay_floor",
    "nation_facts",
    "level",
    "theme",
    "framework",
];

fn parse_file(index: usize, file: &SourceFile, items: &mut Items, diags: &mut Vec<Diagnostic>) {
    let lines = diag::LineIndex::new(&file.text);
    let error = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::at_indexed(Severity::Error, &file.path, (&file.text, &lines), span, message)
    };
    let (table, errors) = DeTable::parse_recoverable(&file.text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            diags.push(error(span, format!("TOML syntax: {}", one_line(e.message()))));
        }
        items.unreadable_file = true;
        return;
    }
    for (key, value) in table.into_inner() {
        let span = value.span();
        if key.get_ref().as_ref() == "dataset" {
            match deserialize::<RawDataset>(value) {
                Ok(raw) => items.datasets.push((index, key.span(), raw)),
                Err(e) => diags.push(item_error(file, &lines, span, "dataset", &e)),
            }
            continue;
        }
        let elements = match (key.get_ref().as_ref(), value.into_inner()) {
            (name, DeValue::Array(array)) if TOP_LEVEL_KEYS.contains(&name) => array,
            (name, _) if TOP_LEVEL_KEYS.contains(&name) => {
                diags.push(error(
                    span,
                    format!("`{name}` must be an array of tables: write each one under a `[[{name}]]` header"),
                ));
                continue;
            }
            (name, _) => {
                let hint = crate::suggest::closest(name, TOP_LEVEL_KEYS.iter().copied())
                    .map(|s| format!("; did you mean `[[{s}]]`?"))
                    .unwrap_or_default();
                diags.push(error(
                    key.span(),
                    format!(
                        "unknown key `{}` at the top level; expected [[role]], [[qualification]], [[step]], [[pathway]], [[pay_scale]], [[pay_floor]], [[nation_facts]], [[level]], [[theme]], [[framework]] or [dataset]{hint}",
                        crate::text::clean(name)
                    ),
                ));
                continue;
            }
        };
        let kind = key.get_ref().to_string();
        for element in elements {
            let element_span = element.span();
            let id = element_id(&element);
            let failed = match kind.as_str() {
                "role" => keep(deserialize::<RawRole>(element), &mut items.roles, index),
                "qualification" => keep(deserialize::<RawQualification>(element), &mut items.qualifications, index),
                "step" => keep(deserialize::<RawStep>(element), &mut items.steps, index),
                "pathway" => keep(deserialize::<RawPathway>(element), &mut items.pathways, index),
                "pay_scale" => keep(deserialize::<RawPayScale>(element), &mut items.pay_scales, index),
                "pay_floor" => keep(deserialize::<RawPayFloor>(element), &mut items.pay_floors, index),
                "nation_facts" => keep(deserialize::<RawNationFacts>(element), &mut items.nation_facts, index),
                "theme" => keep(deserialize::<RawTheme>(element), &mut items.themes, index),
                "framework" => keep(deserialize::<RawFramework>(element), &mut items.frameworks, index),
                _ => keep(deserialize::<RawLevel>(element), &mut items.levels, index),
            };
            if let Some(e) = failed {
                diags.push(item_error(file, &lines, element_span, &kind, &e));
                match kind.as_str() {
                    "role" => items.broken_roles.extend(id),
                    "qualification" => items.broken_qualifications.extend(id),
                    "step" => items.broken_steps += 1,
                    "pathway" => items.broken_pathways += 1,
                    _ => items.broken_reference += 1,
                }
            }
        }
    }
}

/// Keeps a deserialized item with its file, or hands back the error.
fn keep<T>(result: Result<T, toml::de::Error>, into: &mut Vec<(usize, T)>, file: usize) -> Option<toml::de::Error> {
    match result {
        Ok(raw) => {
            into.push((file, raw));
            None
        }
        Err(e) => Some(e),
    }
}

fn deserialize<T: for<'de> Deserialize<'de>>(element: Spanned<DeValue<'_>>) -> Result<T, toml::de::Error> {
    T::deserialize(ValueDeserializer::from(element))
}

fn element_id(element: &Spanned<DeValue<'_>>) -> Option<String> {
    let table = element.get_ref().as_table()?;
    let id = table.get("id")?.get_ref().as_str()?;
    Some(id.to_string())
}

fn item_error(
    file: &SourceFile,
    lines: &diag::LineIndex,
    element: std::ops::Range<usize>,
    kind: &str,
    e: &toml::de::Error,
) -> Diagnostic {
    let span = e.span().unwrap_or(element);
    let message = one_line(e.message());
    Diagnostic::at_indexed(Severity::Error, &file.path, (&file.text, lines), span, format!("in [[{kind}]]: {message}"))
}

/// toml's messages can run over several lines; diagnostics are one line each.
fn one_line(message: &str) -> String {
    crate::text::clean(message)
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
