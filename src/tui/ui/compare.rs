//! The Compare screen: up to three roles side by side, field by field. A row whose values
//! differ carries a marker (≠, or ± where only some roles have a value) and bold values,
//! so the difference never rests on colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::fit;
use super::{pane, scrolled};
use crate::compare::Agreement;
use crate::tui::action::Action;
use crate::tui::app::{App, MAX_MARKS};
use crate::tui::layout;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let (summary, table) = layout::compare(body);
    let mark = app.screen_key(Action::Mark);
    let differing = app.screens.compare.rows.iter().filter(|r| r.agreement != Agreement::Same).count();
    let text = match app.screens.compare.marks.len() {
        0 => String::new(),
        1 => format!(" 1 role marked: mark another with {mark} to compare"),
        n => format!(
            " {n} roles, {differing} of {} fields differ   ≠ differs   ± only some have a value",
            app.screens.compare.rows.len()
        ),
    };
    Line::styled(text, theme.text).render(summary, buf);
    let block = pane(format!(" Compare ({}/{MAX_MARKS}) ", app.screens.compare.marks.len()), true, theme);
    let inner = block.inner(table);
    block.render(table, buf);
    if app.screens.compare.marks.is_empty() {
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
    let (fw, cw) = crate::tui::content::compare::columns(app, inner.width);
    let mut head = vec![Span::raw(fit("", fw + 2))];
    for &r in &app.screens.compare.marks {
        head.push(Span::styled(fit(&format!("│ {}", app.catalogue.role(r).title), cw), theme.heading));
    }
    let [head_area, rule_area, rows_area] = crate::tui::content::compare::rows_layout(inner);
    Line::from(head).render(head_area, buf);
    Line::styled("─".repeat(usize::from(inner.width)), theme.border).render(rule_area, buf);
    scrolled(crate::tui::content::compare::lines(app, inner.width), app.screens.compare.cursor.offset, rows_area, buf);
}
