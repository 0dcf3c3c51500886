//! A route step by step, as laid-out text: drawn by the Routes screen and measured for its scrolling.

use crate::tui::app::App;
use crate::tui::text::Doc;
use ratatui::text::Span;

/// How many lines the selected route's steps take at a width, for scrolling.
pub fn steps_len(app: &App, width: u16) -> usize {
    steps_doc(app, width).lines.len()
}

pub fn steps_doc(app: &App, width: u16) -> Doc {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let mut doc = Doc::new(width);
    let Some(route) = app.screens.routes.found.get(app.screens.routes.cursor.selected) else { return doc };
    let pay = |r: crate::model::RoleIx| crate::wording::pay_short(cat, cat.role(r), &app.lens);
    doc.para(&format!("Why here: {}", route.why(cat)), theme.dim, 0);
    if !route.not_recorded.is_empty() {
        doc.para(
            &format!("Check locally: not recorded for {}: {}", app.lens.nation.label(), route.not_recorded.join(", ")),
            theme.missing,
            0,
        );
    }
    if let Some(first) = route.steps.first() {
        let start = cat.step(*first).from;
        doc.item(
            Span::styled("Start  ", theme.dim),
            &format!("{} — {}", cat.role(start).title, pay(start)),
            theme.heading,
        );
    }
    for (i, ((&s, missing), time)) in route.steps.iter().zip(&route.missing).zip(&route.times).enumerate() {
        let step = cat.step(s);
        doc.blank();
        let cross = if cat.crosses_sectors(step) { " ⇄" } else { "" };
        let cross = if route.sideways_steps[i] { format!("{cross} (sideways)") } else { cross.to_string() };
        doc.item(
            Span::styled(format!("Step {} ", i + 1), theme.key),
            &format!("→ {}{cross} — {}", cat.role(step.to).title, pay(step.to)),
            theme.heading,
        );
        doc.item(
            Span::styled("       ", theme.dim),
            &format!("{}, {}", step.route.label(), time.describe(step)),
            theme.dim,
        );
        if step.requires.is_empty() {
            doc.item(Span::styled("       ", theme.dim), "requires nothing recorded", theme.dim);
        }
        for req in &step.requires {
            let (mark, style, state) = if missing.contains(req) {
                ("✗ ", theme.missing, "still needed")
            } else {
                ("✓ ", theme.ok, "held by then")
            };
            doc.item(
                Span::styled(format!("       {mark}"), style),
                &format!("{} — {state}", crate::requirements::describe(cat, req, Some(app.lens.nation))),
                theme.text,
            );
        }
        if !step.funding.is_empty() {
            doc.item(Span::styled("       ", theme.dim), &format!("Funding: {}", step.funding), theme.dim);
        }
        if !step.note.is_empty() {
            doc.item(Span::styled("       ", theme.dim), &format!("Note: {}", step.note), theme.dim);
        }
    }
    doc
}
