//! The Compare screen: up to three roles side by side, field by field. A row whose values
//! differ carries a marker (≠, or ± where only some roles have a value) and bold values,
//! so the difference never rests on colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit, wrap};
use super::{pane, scrolled};
use crate::compare::Agreement;
use crate::tui::action::Action;
use crate::tui::app::{App, MAX_MARKS};
use crate::tui::layout;

/// Lines above the scrolling part of the table: role titles and a rule.
const HEADER_LINES: u16 = 2;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (summary, table) = layout::compare(body);
    let mark = app.screen_key(Action::Mark);
    let differing = app.compare_screen.rows.iter().filter(|r| r.agreement != Agreement::Same).count();
    let text = match app.compare_screen.marks.len() {
        0 => String::new(),
        1 => format!(" 1 role marked: mark another with {mark} to compare"),
        n => format!(
            " {n} roles, {differing} of {} fields differ   ≠ differs   ± only some have a value",
            app.compare_screen.rows.len()
        ),
    };
    Line::styled(text, theme.text).render(summary, buf);
    let block = pane(format!(" Compare ({}/{MAX_MARKS}) ", app.compare_screen.marks.len()), true, theme);
    let inner = block.inner(table);
    block.render(table, buf);
    if app.compare_screen.marks.is_empty() {
        let mut doc = super::text::Doc::new(inner.width);
        doc.para("No roles marked yet.", theme.heading, 0);
        doc.blank();
        doc.para(
            &format!("Mark up to {MAX_MARKS} roles with {mark}: in Browse, in Next steps, or on a pathway."),
            theme.text,
            0,
        );
        doc.para("They then show here side by side, with every difference marked.", theme.text, 0);
        let lines = doc.lines;
        scrolled(lines, 0, inner, buf);
        return;
    }
    let (fw, cw) = columns(app, inner.width);
    let mut head = vec![Span::raw(fit("", fw + 2))];
    for &r in &app.compare_screen.marks {
        head.push(Span::styled(fit(&format!("│ {}", app.catalogue.role(r).title), cw), theme.heading));
    }
    let [head_area, rule_area, rows_area] = rows_layout(inner);
    Line::from(head).render(head_area, buf);
    Line::styled("─".repeat(usize::from(inner.width)), theme.border).render(rule_area, buf);
    scrolled(lines(app, inner.width), app.compare_screen.cursor.offset, rows_area, buf);
}

fn rows_layout(inner: Rect) -> [Rect; 3] {
    let (head, rest) = layout::split_top(inner, 1);
    let (rule, rows) = layout::split_top(rest, HEADER_LINES - 1);
    [head, rule, rows]
}

/// Width of the field column and of each role's column.
fn columns(app: &App, width: u16) -> (usize, usize) {
    let width = usize::from(width);
    let fw = (width / 4).clamp(8, 24);
    let n = app.compare_screen.marks.len().max(1);
    (fw, width.saturating_sub(fw + 2) / n)
}

/// The table body: each field's values wrapped in their columns.
fn lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let (fw, cw) = columns(app, width);
    let mut out = Vec::new();
    for row in &app.compare_screen.rows {
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
