//! The comparison as laid-out lines: drawn by the Compare screen and measured for its scrolling.

use crate::compare::Agreement;
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::text::{fit, wrap};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Lines above the scrolling part of the table: role titles and a rule.
pub const HEADER_LINES: u16 = 2;

pub fn rows_layout(inner: Rect) -> [Rect; 3] {
    let (head, rest) = layout::split_top(inner, 1);
    let (rule, rows) = layout::split_top(rest, HEADER_LINES - 1);
    [head, rule, rows]
}

/// Width of the field column and of each role's column.
pub fn columns(app: &App, width: u16) -> (usize, usize) {
    let width = usize::from(width);
    let fw = (width / 4).clamp(8, 24);
    let n = app.screens.compare.marks.len().max(1);
    (fw, width.saturating_sub(fw + 2) / n)
}

/// The table body: each field's values wrapped in their columns.
pub fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let (fw, cw) = columns(app, width);
    let mut out = Vec::new();
    for row in &app.screens.compare.rows {
        let differs = row.agreement != Agreement::Same;
        let value_style = if differs { theme.differs } else { theme.text };
        let cells: Vec<Vec<String>> = row
            .values
            .iter()
            .map(|v| if v.is_empty() { vec!["–".to_string()] } else { wrap(v, cw.saturating_sub(2)) })
            .collect();
        let field = wrap(&row.field, fw);
        let height = cells.iter().map(Vec::len).chain([field.len()]).max().unwrap_or(1);
        for i in 0..height {
            let marker = if i == 0 { row.agreement.marker() } else { " " };
            let mut spans = vec![
                Span::styled(format!("{marker} "), theme.differs),
                Span::styled(
                    fit(field.get(i).map_or("", String::as_str), fw),
                    if differs { theme.differs } else { theme.dim },
                ),
            ];
            for cell in &cells {
                let text = cell.get(i).map_or("", String::as_str);
                spans.push(Span::styled("│ ", theme.border));
                spans.push(Span::styled(fit(text, cw.saturating_sub(2)), value_style));
            }
            out.push(Line::from(spans));
        }
    }
    out
}

/// (lines in the table body, rows it has to show them) for scrolling.
pub fn scroll_extent(app: &App, table: Rect) -> (usize, usize) {
    let inner = layout::inner(table);
    let [_, _, rows] = rows_layout(inner);
    (lines(app, inner.width).len(), usize::from(rows.height))
}
