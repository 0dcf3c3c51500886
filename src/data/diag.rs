//! Diagnostics: one problem in a data file, pointing at the offending value.

use std::fmt;
use std::ops::Range;

/// How bad a problem is: errors make a data set invalid, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A problem at `path:line:column`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
    /// A problem at a byte offset of `text`, the contents of the file at `path`.
    pub fn at(severity: Severity, path: &str, text: &str, span: Range<usize>, message: String) -> Diagnostic {
        let (line, column) = line_column(text, span.start);
        Diagnostic { severity, path: path.to_string(), line, column, message }
    }

    /// As [`Diagnostic::at`], with the file's line index already built.
    pub fn at_indexed(
        severity: Severity,
        path: &str,
        (text, lines): (&str, &LineIndex),
        span: Range<usize>,
        message: String,
    ) -> Diagnostic {
        let (line, column) = lines.locate(text, span.start);
        Diagnostic { severity, path: path.to_string(), line, column, message }
    }

    /// A problem with a whole file or folder (no position inside it).
    pub fn file(path: &str, message: String) -> Diagnostic {
        Diagnostic { severity: Severity::Error, path: path.to_string(), line: 1, column: 1, message }
    }

    /// A warning about a whole file or folder.
    pub fn warning_file(path: &str, message: String) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::file(path, message) }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {kind}: {}", self.path, self.line, self.column, self.message)
    }
}

/// 1-based line and character column of a byte offset; offsets past the end or inside a
/// character are clamped rather than trusted.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).locate(text, offset)
}

/// Where each line of a file starts, so that positions are found by binary search: a
/// large file has an item every few lines, and scanning from the top for each would make
/// loading quadratic.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { starts }
    }

    /// 1-based line and character column of a byte offset into `text` (the text the index
    /// was built from).
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::line_column;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a = 1\nb = \"é\"x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 13), (2, 7));
        assert_eq!(line_column(text, 999), (3, 1));
        assert_eq!(line_column(text, 12), (2, 6)); // inside 'é': clamped back
    }
}
