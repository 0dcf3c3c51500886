//! Where data comes from: the set embedded at build time, or folders on disk.

use std::fs;
use std::path::{Path, PathBuf};

use super::diag::Diagnostic;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A file larger than this is refused rather than read: no real data file comes close,
/// and a mistaken path (a log, a disk image) must not eat the machine's memory.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// Folders are walked at most this deep, so a symlink loop cannot trap the loader.
const MAX_DEPTH: usize = 16;

/// One layer of data: the national set, or a folder given with `--data` or `--add`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layer {
    Embedded,
    Dir(PathBuf),
}

/// A data file's name (as shown in diagnostics) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Reads every `*.toml` file of a layer, in a stable order. Problems reading files are
/// returned as diagnostics alongside whatever could be read.
pub fn read_layer(layer: &Layer) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    match layer {
        Layer::Embedded => {
            let files = embedded::EMBEDDED
                .iter()
                .map(|(path, text)| SourceFile { path: format!("pathways/{path}"), text: (*text).to_string() })
                .collect();
            (files, Vec::new())
        }
        Layer::Dir(dir) => read_dir_layer(dir),
    }
}

fn read_dir_layer(dir: &Path) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let shown = dir.display().to_string();
    let mut diags = Vec::new();
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return (Vec::new(), vec![Diagnostic::file(&shown, "is not a folder".into())]),
        Err(e) => return (Vec::new(), vec![Diagnostic::file(&shown, format!("cannot open folder: {e}"))]),
    }
    let mut paths = Vec::new();
    collect(dir, 0, &mut paths, &mut diags);
    paths.sort();
    if paths.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::file(&shown, "folder holds no .toml data files".into()));
    }
    let mut files = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        match fs::metadata(&path) {
            Ok(meta) if meta.len() > MAX_FILE_BYTES => {
                diags.push(Diagnostic::file(
                    &shown,
                    format!("file is {} bytes; data files may be at most {MAX_FILE_BYTES} bytes", meta.len()),
                ));
                continue;
            }
            Err(e) => {
                diags.push(Diagnostic::file(&shown, format!("cannot read file: {e}")));
                continue;
            }
            Ok(_) => {}
        }
        match fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(SourceFile { path: shown, text }),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
                    diags.push(Diagnostic::at(
                        super::Severity::Error,
                        &shown,
                        &valid,
                        offset..offset,
                        "file is not valid UTF-8 text".into(),
                    ));
                }
            },
            Err(e) => diags.push(Diagnostic::file(&shown, format!("cannot read file: {e}"))),
        }
    }
    (files, diags)
}

fn collect(dir: &Path, depth: usize, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) {
    if depth > MAX_DEPTH {
        diags.push(Diagnostic::file(&dir.display().to_string(), "folders nested too deeply; skipped".into()));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::file(&dir.display().to_string(), format!("cannot list folder: {e}")));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_hidden = entry.file_name().to_string_lossy().starts_with('.');
        if is_hidden {
            continue;
        }
        if path.is_dir() {
            collect(&path, depth + 1, out, diags);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}
