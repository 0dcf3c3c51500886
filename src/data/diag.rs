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

    /// A problem with a whole file or folder (no position inside it).
    pub fn file(path: &str, message: String) -> Diagnostic {
        Diagnostic { severity: Severity::Error, path: path.to_string(), line: 1, column: 1, message }
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
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
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
