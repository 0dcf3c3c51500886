//! The selected step in full, as laid-out text: drawn under the Next steps table and measured for its height.

use crate::graph::{Held, StepView};
use crate::lens::Lens;
use crate::model::Catalogue;
use crate::requirements;
use crate::tui::app::App;
use crate::tui::text::Doc;
use crate::tui::theme::Theme;
use ratatui::text::Span;

/// How many lines the selected step's detail takes at a width.
pub fn detail_len(app: &App, width: u16) -> usize {
    app.next
        .get(app.screens.next.cursor.selected)
        .map_or(0, |view| step_doc(&app.catalogue, view, &app.held, &app.lens, &app.theme, width).lines.len())
}

/// A step in full: route, requirements, level and pay change, funding and notes.
pub fn step_doc(cat: &Catalogue, view: &StepView, held: &Held, lens: &Lens, theme: &Theme, width: u16) -> Doc {
    let mut doc = Doc::new(width);
    let step = cat.step(view.step);
    let (from, to) = (cat.role(step.from), cat.role(step.to));
    let cross = if view.crosses { " ⇄" } else { "" };
    doc.item(Span::styled(format!("{} → ", from.title), theme.dim), &format!("{}{cross}", to.title), theme.heading);
    if let Some(u) = &view.unavailable {
        doc.field(&format!("Not in {}", lens.nation.label()), &u.describe(lens.nation), theme);
    }
    if step.requires.is_empty() {
        doc.field("Requires", "nothing recorded", theme);
    } else {
        for req in &step.requires {
            let missing = view.missing.contains(req);
            let (mark, style, state) = if missing {
                ("✗ ", theme.missing, "still needed")
            } else if req.any_of.iter().any(|&q| held.contains(q)) {
                ("✓ ", theme.ok, "held")
            } else {
                ("✓ ", theme.ok, "met (held, or comes with the current role)")
            };
            doc.item(
                Span::styled(format!("Requires {mark}"), style),
                &format!("{} — {state}", requirements::describe(cat, req, Some(lens.nation))),
                theme.text,
            );
        }
    }
    doc.field("How", &format!("{}, {}", step.route.label(), view.time.describe(step)), theme);
    doc.field("Level", &crate::wording::level_change_text(view.level_change), theme);
    doc.field(
        "Pay",
        &format!(
            "{} → {} ({})",
            crate::wording::pay_short(cat, from, lens),
            crate::wording::pay_short(cat, to, lens),
            crate::wording::pay_change_text(view.pay_change, lens)
        ),
        theme,
    );
    if !step.funding.is_empty() {
        doc.field("Funding", &step.funding, theme);
    }
    if !step.note.is_empty() {
        doc.field("Note", &step.note, theme);
    }
    doc
}
