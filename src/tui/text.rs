//! Text measured in terminal cells: wrapping, truncating, highlighting and a small
//! document builder for the detail panes. Everything walks chars, never byte offsets.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::theme::Theme;

/// The marker drawn before the selected row, so selection never relies on colour.
pub const SELECTED: &str = "▶ ";
pub const UNSELECTED: &str = "  ";

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    Span::raw(s).width()
}

fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    width(c.encode_utf8(&mut buf))
}

/// Cuts `s` to `max` cells, ending in `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// Pads `s` with spaces to `cells` cells (or truncates it).
pub fn fit(s: &str, cells: usize) -> String {
    let mut out = truncate(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Word-wraps `text` to lines of at most `max` cells; words longer than a line are split.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = width(word);
        if used > 0 && used + 1 + w <= max {
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w <= max {
            line.push_str(word);
            used = w;
            continue;
        }
        for c in word.chars() {
            let cw = char_width(c);
            if used + cw > max && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if used > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` as spans, with the characters at `positions` (char indices, ascending) in
/// `matched` style, cut to `max` cells.
pub fn highlighted(text: &str, positions: &[usize], base: Style, matched: Style, max: usize) -> Vec<Span<'static>> {
    let cut = width(text) > max;
    let text = truncate(text, max);
    // A `…` added by truncation is never part of a match.
    let kept = text.chars().count() - usize::from(cut && max > 0);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut next = positions.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        while next.next_if(|&&p| p < i).is_some() {}
        let is_match = i < kept && next.peek().is_some_and(|&&p| p == i);
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { matched } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { base }));
    }
    spans
}

/// A pane's worth of wrapped, styled lines.
pub struct Doc {
    pub lines: Vec<Line<'static>>,
    width: usize,
}

impl Doc {
    pub fn new(width: u16) -> Doc {
        Doc { lines: Vec::new(), width: usize::from(width).max(1) }
    }

    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    /// A heading, preceded by a blank line unless it is the first thing.
    pub fn heading(&mut self, text: &str, style: Style) {
        self.blank();
        for line in wrap(text, self.width) {
            self.lines.push(Line::styled(line, style));
        }
    }

    /// A paragraph indented by `indent` cells.
    pub fn para(&mut self, text: &str, style: Style, indent: usize) {
        let pad = " ".repeat(indent.min(self.width.saturating_sub(1)));
        for line in wrap(text, self.width.saturating_sub(pad.len())) {
            self.lines.push(Line::styled(format!("{pad}{line}"), style));
        }
    }

    /// A paragraph that starts with a styled marker and hangs under it.
    pub fn item(&mut self, marker: Span<'static>, text: &str, style: Style) {
        let indent = marker.width();
        let lines = wrap(text, self.width.saturating_sub(indent));
        let pad = " ".repeat(indent);
        let mut marker = Some(marker);
        for line in lines {
            let lead = marker.take().unwrap_or_else(|| Span::raw(pad.clone()));
            self.lines.push(Line::from(vec![lead, Span::styled(line, style)]));
        }
    }

    /// `Label: value`, the value wrapped under itself.
    pub fn field(&mut self, label: &str, value: &str, theme: &Theme) {
        self.item(Span::styled(format!("{label}: "), theme.dim), value, theme.text);
    }

    /// A line built by the caller; it is cut, not wrapped, at the pane's edge.
    pub fn line(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }
}

/// Draws single-row items from `offset`, the selected one with the `▶` marker and the
/// selected style across the whole row.
/// Draws only the rows in view: `line` is called for at most `area.height` items from
/// `offset`, so a frame costs the same for a list of a hundred roles or a hundred thousand.
pub fn render_window<T>(
    buf: &mut Buffer,
    area: Rect,
    items: impl Iterator<Item = T>,
    (selected, offset): (Option<usize>, usize),
    theme: &Theme,
    line: impl FnMut(T) -> Line<'static>,
) {
    let lines: Vec<Line<'static>> = items.skip(offset).take(usize::from(area.height)).map(line).collect();
    render_rows(buf, area, &lines, selected.and_then(|s| s.checked_sub(offset)), 0, theme);
}

pub fn render_rows(
    buf: &mut Buffer,
    area: Rect,
    rows: &[Line<'_>],
    selected: Option<usize>,
    offset: usize,
    theme: &Theme,
) {
    for (row_area, (i, line)) in area.rows().zip(rows.iter().enumerate().skip(offset)) {
        let is_selected = selected == Some(i);
        let marker = if is_selected { SELECTED } else { UNSELECTED };
        if is_selected {
            buf.set_style(row_area, theme.selected);
        }
        let mut spans = vec![Span::raw(marker)];
        spans.extend(line.spans.iter().cloned());
        let mut line = Line::from(spans).style(line.style);
        if is_selected {
            line = line.patch_style(theme.selected);
        }
        line.render(row_area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_splits_long_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("café au lait", 4), ["café", "au", "lait"]);
    }

    #[test]
    fn truncate_counts_cells_not_bytes() {
        assert_eq!(truncate("Healthcare", 6), "Healt…");
        assert_eq!(truncate("café", 4), "café");
        assert_eq!(truncate("日本語", 5), "日本…");
        assert_eq!(fit("ab", 4), "ab  ");
    }

    #[test]
    fn highlights_group_matched_runs() {
        let spans = highlighted("Nurse", &[0, 1, 4], Style::new(), Style::new().bold(), 10);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Nu", "rs", "e"]);
        // Positions past a truncation are simply not drawn.
        assert_eq!(highlighted("Nurse", &[4, 99], Style::new(), Style::new(), 3).len(), 1);
        let cut = highlighted("Nurse", &[0, 1, 2], Style::new(), Style::new().bold(), 3);
        let texts: Vec<&str> = cut.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Nu", "…"], "the ellipsis is not highlighted");
    }
}
