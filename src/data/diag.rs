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

    /// As [`Diagnostic::at`], through the file's line index (the text itself may be gone).
    pub fn at_indexed(
        severity: Severity,
        path: &str,
        lines: &LineIndex,
        span: Range<usize>,
        message: String,
    ) -> Diagnostic {
        let (line, column) = lines.locate(span.start);
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
    LineIndex::new(text).locate(offset)
}

/// Where each line of a file starts, so that positions are found by binary search (a
/// large file has an item every few lines, and scanning from the top for each would make
/// loading quadratic), and the few lines with characters wider than a byte, so that
/// columns can still be counted in characters once the file's text has been dropped:
/// loading frees each file as soon as it is parsed.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line's start; files are capped far below 4 GiB (see
    /// `MAX_FILE_BYTES`), so `u32` halves the index.
    starts: Vec<u32>,
    /// Lines holding any non-ASCII character, by line number (0-based), with their text.
    wide: Vec<(u32, Box<str>)>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        let mut wide = Vec::new();
        // Every file is indexed as it is read, so this runs over every byte of the data
        // set: memchr finds the newlines many bytes at a time, and a line is checked for
        // wide characters only as a whole.
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
            starts.push(clamp(start));
            let line = &text[start..end];
            if !line.is_ascii() {
                wide.push((clamp(starts.len() - 1), line.into()));
            }
            start = end + 1;
        }
        starts.shrink_to_fit();
        LineIndex { starts, wide, len: clamp(text.len()) }
    }

    /// Byte offset of each line's start.
    pub fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.starts.iter().map(|&s| s as usize)
    }

    /// 1-based line and character column of a byte offset into the text the index was
    /// built from.
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = u32::try_from(offset).unwrap_or(u32::MAX).min(self.len);
        let line = self.starts.partition_point(|&start| start <= offset);
        let into_line = (offset - self.starts[line - 1]) as usize;
        let column = match self.wide.binary_search_by_key(&(line as u32 - 1), |(number, _)| *number) {
            Ok(found) => {
                let text = &self.wide[found].1;
                let mut end = into_line.min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text[..end].chars().count()
            }
            Err(_) => into_line,
        };
        (line, column + 1)
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

    #[test]
    fn the_index_alone_agrees_with_counting_in_the_text() {
        let text = "ascii line\nwide → line é\n\nlast £ one";
        let index = super::LineIndex::new(text);
        for offset in 0..=text.len() + 3 {
            let mut clamped = offset.min(text.len());
            while !text.is_char_boundary(clamped) {
                clamped -= 1;
            }
            let line_start = text[..clamped].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..clamped].matches('\n').count() + 1;
            let column = text[line_start..clamped].chars().count() + 1;
            assert_eq!(index.locate(offset), (line, column), "offset {offset}");
        }
    }
}
