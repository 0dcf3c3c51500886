//! The Qualifications held screen: a checklist, and beside it what it opens from the
//! current role.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::format::qual_name;
use super::text::{Doc, render_window, truncate};
use super::{pane, scrolled};
use crate::tui::app::App;
use crate::tui::layout;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let (list, effect) = layout::held(body);
    let block = pane(format!(" Held: {} ticked (for this session) ", app.held.len()), true, theme);
    let inner = block.inner(list);
    block.render(list, buf);
    if app.screens.held.quals.is_empty() {
        super::notice(vec![super::note("No qualifications are in the data.", theme)], inner, buf);
        return;
    }
    let cells = usize::from(inner.width).saturating_sub(2);
    let held_list = &app.screens.held;
    let window = (Some(held_list.cursor.selected), held_list.cursor.offset);
    render_window(buf, inner, held_list.quals.iter(), window, theme, |&q| {
        let held = app.held.contains(q);
        let (box_, style) = if held { ("[✓] ", theme.ok) } else { ("[ ] ", theme.text) };
        let kind = cat.qualification(q).kind.label();
        let text = truncate(&format!("{} · {kind}", qual_name(cat, q)), cells.saturating_sub(4));
        Line::from(vec![Span::styled(box_, style), Span::styled(text, theme.text)])
    });
    if effect.width == 0 {
        return;
    }
    let block = pane(" What this opens ", false, theme);
    let inner = block.inner(effect);
    block.render(effect, buf);
    let mut doc = Doc::new(inner.width);
    match app.current {
        None => doc.para("Choose a role in Browse to see which of its next steps are open.", theme.dim, 0),
        Some(r) => {
            let open = app.next.iter().filter(|v| v.open_now()).count();
            doc.para(
                &format!("From {}: {open} of {} next steps open now.", cat.role(r).title, app.next.len()),
                theme.heading,
                0,
            );
            doc.para("A step is open when you hold everything it requires (the current role's own requirements count as held).", theme.dim, 0);
            doc.blank();
            for view in &app.next {
                let target = &cat.role(view.other).title;
                if view.open_now() {
                    doc.item(Span::styled("✓ ", theme.ok), &format!("{target}: open now"), theme.text);
                } else {
                    let missing: Vec<String> = view
                        .missing
                        .iter()
                        .map(|r| crate::requirements::describe(cat, r, Some(app.lens.nation)))
                        .collect();
                    doc.item(
                        Span::styled("✗ ", theme.missing),
                        &format!("{target}: needs {}", missing.join("; ")),
                        theme.text,
                    );
                }
            }
        }
    }
    if let Some(&q) = app.screens.held.quals.get(app.screens.held.cursor.selected) {
        let qual = cat.qualification(q);
        doc.blank();
        doc.para(&qual.name, theme.heading, 0);
        let level = qual.level.map_or("not on the RQF".to_string(), |l| format!("RQF level {l}"));
        let took = qual.duration.as_ref().map_or(String::new(), |d| format!(", typically {}", d.text));
        doc.para(&format!("{}, {level}{took}", qual.kind.label()), theme.dim, 0);
        if !qual.note.is_empty() {
            doc.para(&qual.note, theme.text, 0);
        }
    }
    scrolled(doc.lines, 0, inner, buf);
}
