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
    let (listed, mut diags) = list_layer(layer, &mut |_, _, _| {});
    let mut files = Vec::with_capacity(listed.len());
    for file in listed {
        match file.read() {
            Ok(file) => files.push(file),
            Err(d) => diags.push(d),
        }
    }
    (files, diags)
}

/// A data file found but perhaps not yet read: loading reads each on the thread that
/// parses it, so reading overlaps parsing and the files are never all held at once.
pub(super) struct Listed {
    /// The name diagnostics give it.
    pub path: String,
    /// Its size when listed, for progress.
    pub bytes: u64,
    text: Text,
}

enum Text {
    Read(String),
    OnDisk(PathBuf),
}

impl Listed {
    pub(super) fn from_file(file: SourceFile) -> Listed {
        Listed { path: file.path, bytes: file.text.len() as u64, text: Text::Read(file.text) }
    }

    /// The file's text, or why it cannot be had.
    pub(super) fn read(self) -> Result<SourceFile, Diagnostic> {
        let path = match self.text {
            Text::Read(text) => return Ok(SourceFile { path: self.path, text }),
            Text::OnDisk(path) => path,
        };
        let shown = self.path;
        match read_bounded(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Ok(SourceFile { path: shown, text }),
                Err(e) => {
                    let offset = e.utf8_error().valid_up_to();
                    let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
                    let message = "file is not valid UTF-8 text".into();
                    Err(Diagnostic::at(super::Severity::Error, &shown, &valid, offset..offset, message))
                }
            },
            Err(message) => Err(Diagnostic::file(&shown, message)),
        }
    }
}

/// Finds every `*.toml` file of a layer, in a stable order, calling
/// `found(file, done, total)` for each; the embedded set's files come already read.
pub(super) fn list_layer(layer: &Layer, found: &mut dyn FnMut(&str, u64, u64)) -> (Vec<Listed>, Vec<Diagnostic>) {
    match layer {
        Layer::Embedded => {
            let files = embedded::EMBEDDED
                .iter()
                .map(|(path, text)| {
                    Listed::from_file(SourceFile { path: format!("pathways/{path}"), text: (*text).to_string() })
                })
                .collect();
            (files, Vec::new())
        }
        Layer::Dir(dir) => list_dir_layer(dir, found),
    }
}

/// A walk stops after this many data files: a data folder holds dozens, and a mistaken
/// path (the root, a home folder) must answer at once rather than read the disk.
pub const MAX_FILES: usize = 10_000;
/// Entries looked at in all, so a huge folder with no data files also ends quickly.
const MAX_ENTRIES: usize = 100_000;
/// Folders that hold the system, not data; pointing carepath at them is a mistake.
const SYSTEM_FOLDERS: [&str; 5] = ["/", "/proc", "/sys", "/dev", "/run"];

fn list_dir_layer(dir: &Path, found: &mut dyn FnMut(&str, u64, u64)) -> (Vec<Listed>, Vec<Diagnostic>) {
    let shown = crate::text::escape_visible(&dir.display().to_string());
    let mut diags = Vec::new();
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return (Vec::new(), vec![Diagnostic::file(&shown, "is not a folder".into())]),
        Err(e) => return (Vec::new(), vec![Diagnostic::file(&shown, format!("cannot open folder: {e}"))]),
    }
    if let Ok(canonical) = fs::canonicalize(dir)
        && SYSTEM_FOLDERS.iter().any(|f| canonical == Path::new(f) || (*f != "/" && canonical.starts_with(f)))
    {
        let message =
            "is a system folder, not a data folder: point --data or --add at a folder of .toml data files".to_string();
        return (Vec::new(), vec![Diagnostic::file(&shown, message)]);
    }
    let mut walk = Walk { visited: std::collections::HashSet::new(), entries: 0, paths: Vec::new(), diags: &mut diags };
    walk.collect(dir, 0);
    let mut paths = std::mem::take(&mut walk.paths);
    paths.sort();
    paths.dedup();
    if paths.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::file(&shown, "folder holds no .toml data files".into()));
    }
    let total = paths.len() as u64;
    let listed = paths
        .into_iter()
        .enumerate()
        .map(|(done, path)| {
            let shown = crate::text::escape_visible(&path.display().to_string());
            found(&shown, done as u64 + 1, total);
            let bytes = fs::metadata(&path).map_or(0, |m| m.len().min(MAX_FILE_BYTES));
            Listed { path: shown, bytes, text: Text::OnDisk(path) }
        })
        .collect();
    (listed, diags)
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`], checking the type before opening
/// (a FIFO would block for ever, a device never end) and the size while reading (metadata
/// can say 0 for a file that never ends).
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let meta = fs::metadata(path).map_err(|e| format!("cannot read file: {e}"))?;
    if !meta.is_file() {
        return Err("is not a regular file (a pipe, socket or device); data files must be ordinary files".into());
    }
    let file = fs::File::open(path).map_err(|e| format!("cannot read file: {e}"))?;
    // Sized from the metadata (plus one byte to see the end), so a file is not kept in a
    // buffer grown to up to twice its size.
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize + 1);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read file: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("file is over {MAX_FILE_BYTES} bytes; data files may be at most {MAX_FILE_BYTES} bytes"));
    }
    Ok(bytes)
}

/// A walk of a folder tree that visits each folder once by its canonical path (so symlink
/// loops end), and stops at [`MAX_DEPTH`], [`MAX_FILES`] and [`MAX_ENTRIES`].
struct Walk<'a> {
    visited: std::collections::HashSet<PathBuf>,
    entries: usize,
    paths: Vec<PathBuf>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Walk<'_> {
    fn collect(&mut self, dir: &Path, depth: usize) {
        let shown = || crate::text::escape_visible(&dir.display().to_string());
        if depth > MAX_DEPTH {
            self.diags.push(Diagnostic::file(&shown(), "folders nested too deeply; skipped".into()));
            return;
        }
        let Ok(canonical) = fs::canonicalize(dir) else {
            self.diags.push(Diagnostic::file(&shown(), "cannot resolve folder".into()));
            return;
        };
        if !self.visited.insert(canonical) {
            self.diags
                .push(Diagnostic::warning_file(&shown(), "a folder reached twice (a symlink loop?); read once".into()));
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.diags.push(Diagnostic::file(&shown(), format!("cannot list folder: {e}")));
                return;
            }
        };
        for entry in entries.flatten() {
            self.entries += 1;
            if self.entries > MAX_ENTRIES || self.paths.len() >= MAX_FILES {
                let message = format!(
                    "holds more than {MAX_FILES} data files or {MAX_ENTRIES} entries; stopped: is this the right folder?"
                );
                if !self.diags.iter().any(|d| d.message == message) {
                    self.diags.push(Diagnostic::file(&shown(), message));
                }
                return;
            }
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if path.is_dir() {
                self.collect(&path, depth + 1);
            } else if path.extension().is_some_and(|e| e == "toml") {
                self.paths.push(path);
            }
        }
    }
}
