//! Parsing: each file into raw items, one `[[role]]` (or other item) at a time, so that
//! one mistake never hides the next.

use std::borrow::Cow;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::convert::Drafter;
use super::diag::LineIndex;
use super::files::Listed;
use super::raw::{
    RawDataset, RawFramework, RawLevel, RawNationFacts, RawPathway, RawPayFloor, RawPayScale, RawQualification,
    RawRole, RawStep, RawTheme,
};
use super::{At, Diagnostic, Items, Severity, SourceFile};
use crate::model::Date;

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

/// One file's items and diagnostics, and its line index for the checks that follow.
pub(super) struct Parsed {
    pub items: Items,
    pub diags: Vec<Diagnostic>,
    pub lines: LineIndex,
}

/// Parses each file on its own thread, up to one per core (see [`super::pool`]), telling
/// `done` of each file in file order; returns them in that order. Each file's text is
/// dropped as soon as it is parsed: what follows needs only its line index.
pub(super) fn parse_all(
    files: Vec<Listed>,
    paths: &[Arc<str>],
    today: Date,
    done: &mut dyn FnMut(usize),
) -> Vec<Parsed> {
    let mut parsed = Vec::with_capacity(files.len());
    super::pool::in_order(files, |index, file| parse_file(index, file, paths, today), &mut |index, file| {
        done(index);
        parsed.push(file);
    });
    parsed
}

/// Reads the file (on this thread, so that reading overlaps parsing) and parses it.
fn parse_file(index: usize, listed: Listed, paths: &[Arc<str>], today: Date) -> Parsed {
    let file = match listed.read() {
        Ok(file) => file,
        Err(d) => return Parsed { items: Items::default(), diags: vec![d], lines: LineIndex::new("") },
    };
    let mut parsed = Parsed { items: Items::default(), diags: Vec::new(), lines: LineIndex::new(&file.text) };
    let mut drafter = Drafter::new(paths, index, &parsed.lines, today);
    read_items(index, &file, &mut drafter, &mut parsed.items, &mut parsed.diags);
    parsed.diags.append(&mut drafter.diags);
    parsed.items.refs = drafter.take_refs();
    parsed.diags.shrink_to_fit();
    // Freed here, on the worker, rather than when all files are done.
    drop(file);
    parsed
}

/// Parses a file one item at a time: the text is cut before each top-level `[[role]]`,
/// `[[step]]` (and the other kinds') header, and each piece is parsed on its own. A
/// whole-file tree costs about twenty times the file and the pieces' trees a few
/// kilobytes, and small trees parse faster. Cutting cannot change what a valid file
/// means (a later piece can only add items), and a piece that does not parse (a header
/// inside a multi-line string, say, or any real mistake) sends the whole file down the
/// whole-file path, so every syntax error is reported exactly as before.
fn read_items(
    index: usize,
    file: &SourceFile,
    drafter: &mut Drafter<'_>,
    items: &mut Items,
    diags: &mut Vec<Diagnostic>,
) {
    let text = file.text.as_str();
    let cuts = item_starts(text, drafter.lines());
    if cuts.len() > 2 {
        for piece in cuts.windows(2) {
            let (table, errors) = DeTable::parse_recoverable(&text[piece[0]..piece[1]]);
            if !errors.is_empty() {
                *items = Items::default();
                diags.clear();
                drafter.restart();
                break;
            }
            read_table(At::new(index, piece[0]), table, file, drafter, items, diags);
            if piece[1] == text.len() {
                return;
            }
        }
    }
    let (table, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = format!("TOML syntax: {}", one_line(e.message()));
            diags.push(Diagnostic::at_indexed(Severity::Error, &file.path, drafter.lines(), span, message));
        }
        items.unreadable_file = true;
        return;
    }
    read_table(At::new(index, 0), table, file, drafter, items, diags);
}

/// Where the file may be cut: its start, each line that is a top-level array-of-tables
/// header of a known kind, and its end.
fn item_starts(text: &str, lines: &LineIndex) -> Vec<usize> {
    let mut cuts = vec![0];
    cuts.extend(
        lines.starts().skip(1).filter(|&start| {
            text.as_bytes().get(start..start + 2) == Some(b"[[") && is_item_header(line_at(text, start))
        }),
    );
    cuts.push(text.len());
    cuts
}

/// The line starting at `start`, without its newline.
fn line_at(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    rest.find('\n').map_or(rest, |end| &rest[..end])
}

fn is_item_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("[[") else { return false };
    let Some((key, after)) = rest.split_once("]]") else { return false };
    let after = after.trim_start();
    TOP_LEVEL_KEYS.contains(&key.trim()) && (after.is_empty() || after.starts_with('#'))
}

fn read_table(
    at: At,
    table: Spanned<DeTable<'_>>,
    file: &SourceFile,
    drafter: &mut Drafter<'_>,
    items: &mut Items,
    diags: &mut Vec<Diagnostic>,
) {
    let lines = drafter.lines();
    let error = |span: std::ops::Range<usize>, message: String| {
        Diagnostic::at_indexed(Severity::Error, &file.path, lines, at.offset(&span), message)
    };
    for (key, value) in table.into_inner() {
        let span = value.span();
        if key.get_ref().as_ref() == "dataset" {
            match deserialize::<RawDataset>(value) {
                Ok(raw) => items.datasets.push((at, key.span(), raw)),
                Err(e) => diags.push(item_error(file, lines, at, span, "dataset", &e)),
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
                "role" => keep(deserialize::<RawRole>(element).map(|raw| drafter.role(at, raw)), &mut items.roles, at),
                "qualification" => keep(deserialize::<RawQualification>(element), &mut items.qualifications, at),
                "step" => keep(deserialize::<RawStep>(element).map(|raw| drafter.step(at, raw)), &mut items.steps, at),
                "pathway" => keep(deserialize::<RawPathway>(element), &mut items.pathways, at),
                "pay_scale" => keep(deserialize::<RawPayScale>(element), &mut items.pay_scales, at),
                "pay_floor" => keep(deserialize::<RawPayFloor>(element), &mut items.pay_floors, at),
                "nation_facts" => keep(deserialize::<RawNationFacts>(element), &mut items.nation_facts, at),
                "theme" => keep(deserialize::<RawTheme>(element), &mut items.themes, at),
                "framework" => keep(deserialize::<RawFramework>(element), &mut items.frameworks, at),
                _ => keep(deserialize::<RawLevel>(element), &mut items.levels, at),
            };
            if let Some(e) = failed {
                diags.push(item_error(file, lines, at, element_span, &kind, &e));
                match kind.as_str() {
                    "role" => items.broken_roles.extend(id.map(Cow::into_owned)),
                    "qualification" => items.broken_qualifications.extend(id.map(Cow::into_owned)),
                    "step" => items.broken_steps += 1,
                    "pathway" => items.broken_pathways += 1,
                    _ => items.broken_reference += 1,
                }
            }
        }
    }
}

/// Keeps a deserialized item with its file, or hands back the error.
fn keep<T>(result: Result<T, toml::de::Error>, into: &mut Vec<(At, T)>, file: At) -> Option<toml::de::Error> {
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

/// The item's id, kept in case the item turns out broken; borrowed from the file, so it
/// costs nothing for the items that are not.
fn element_id<'i>(element: &Spanned<DeValue<'i>>) -> Option<Cow<'i, str>> {
    match table_id(element)? {
        DeValue::String(id) => Some(id.clone()),
        _ => None,
    }
}

fn table_id<'a, 'i>(element: &'a Spanned<DeValue<'i>>) -> Option<&'a DeValue<'i>> {
    Some(element.get_ref().as_table()?.get("id")?.get_ref())
}

fn item_error(
    file: &SourceFile,
    lines: &LineIndex,
    at: At,
    element: std::ops::Range<usize>,
    kind: &str,
    e: &toml::de::Error,
) -> Diagnostic {
    let span = e.span().unwrap_or(element);
    let message = one_line(e.message());
    Diagnostic::at_indexed(Severity::Error, &file.path, lines, at.offset(&span), format!("in [[{kind}]]: {message}"))
}

/// toml's messages can run over several lines; diagnostics are one line each.
fn one_line(message: &str) -> String {
    crate::text::clean(message)
}
