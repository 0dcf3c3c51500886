//! The selected role in full, as laid-out text: drawn by Browse's detail pane and measured for its scrolling.

use crate::model::{Nation, Role};
use crate::tui::app::App;
use crate::tui::format::qual_name;
use crate::tui::text::Doc;
use ratatui::text::Span;

/// How many lines the detail has at a given width, for scrolling.
pub fn detail_len(app: &App, width: u16) -> usize {
    detail_doc(app, width).lines.len()
}

pub fn detail_doc(app: &App, width: u16) -> Doc {
    let theme = &app.theme;
    let mut doc = Doc::new(width);
    let Some(ix) = app.current else {
        let search = app.screen_key(crate::tui::Action::Search);
        doc.para(&format!("No role selected. Move in the list, or press {search} to search."), theme.dim, 0);
        return doc;
    };
    let cat = &app.catalogue;
    let role = cat.role(ix);
    doc.para(&role.title, theme.title, 0);
    let level = crate::wording::level_text(cat, ix);
    doc.para(&format!("{} · {} · {level}", role.sector.label(), role.family.label()), theme.dim, 0);
    let presence = crate::nations::presence(role, app.lens.nation);
    if presence != crate::nations::Presence::Present {
        doc.para(&format!("In {}: {}", app.lens.nation.label(), presence.describe(app.lens.nation)), theme.missing, 0);
    }
    if !role.aliases.is_empty() {
        doc.field("Also called", &role.aliases.join(", "), theme);
    }
    doc.heading("Summary", theme.heading);
    doc.para(&role.summary, theme.text, 2);
    if !role.work.is_empty() {
        doc.heading("The work", theme.heading);
        doc.para(&role.work, theme.text, 2);
    }
    if let Some(character) = &role.character {
        doc.heading("What the work is like", theme.heading);
        for group in crate::model::TraitGroup::ALL {
            let traits: Vec<&str> =
                character.traits.iter().filter(|t| t.group() == *group).map(|t| t.label()).collect();
            if !traits.is_empty() {
                doc.field(group.label(), &traits.join("; "), theme);
            }
        }
    }
    list_section(&mut doc, "Qualities employers ask for", role.qualities(), app);
    let frameworks = crate::values::frameworks_for(&cat.reference.frameworks, role, app.lens.nation);
    if !frameworks.is_empty() {
        doc.heading(&format!("Values employers recruit to ({})", app.lens.nation.label()), theme.heading);
        for f in frameworks {
            let values: Vec<&str> = f.values.iter().map(|v| v.name.as_str()).collect();
            doc.item(Span::styled("  • ", theme.dim), &format!("{}: {}", f.name, values.join("; ")), theme.text);
        }
    }
    list_section(&mut doc, "Entry requirements", &role.entry, app);
    if !role.required.is_empty() || !role.desirable.is_empty() {
        doc.heading("Qualifications", theme.heading);
        for req in &role.required {
            let met = app.held.meets(cat, req, Some(app.lens.nation));
            let (marker, style) = if met { ("✓ ", theme.ok) } else { ("• ", theme.text) };
            doc.item(
                Span::styled(format!("  {marker}"), style),
                &format!("{} — required", crate::requirements::describe(cat, req, Some(app.lens.nation))),
                theme.text,
            );
        }
        for &q in &role.desirable {
            let (marker, style) = if app.held.contains(q) { ("✓ ", theme.ok) } else { ("• ", theme.text) };
            let kind = cat.qualification(q).kind.label();
            doc.item(
                Span::styled(format!("  {marker}"), style),
                &format!("{} — {kind}, desirable", qual_name(cat, q)),
                theme.text,
            );
        }
    }
    doc.heading("Registration", theme.heading);
    doc.para(&crate::nations::registration_text(role, app.lens.nation), theme.text, 2);
    if let Some(f) = crate::nations::facts(cat, app.lens.nation) {
        let (inspectorate, induction) = match role.sector {
            crate::model::Sector::Health => (&f.health_inspectorate, &f.health_support_induction),
            _ => (&f.social_care_inspectorate, &f.social_care_induction),
        };
        doc.para(&format!("Services inspected by: {inspectorate}"), theme.dim, 2);
        doc.para(&format!("Induction for new support staff: {induction}"), theme.dim, 2);
    }
    for line in registration(role) {
        doc.para(&line, theme.dim, 2);
    }
    if !role.registration_note.is_empty() {
        doc.para(&role.registration_note, theme.dim, 2);
    }
    doc.heading("Pay", theme.heading);
    match crate::pay::role_pay(cat, role, app.lens.nation) {
        Some(pay) => {
            let c = pay.compared(app.lens.hours);
            doc.para(&crate::pay::compared_text(&c), theme.text, 2);
            doc.para(&format!("Published: {} ({})", pay.published_text(), pay.label()), theme.dim, 2);
            if let Some(f) = &pay.floor {
                doc.para(
                    &format!("Raised to the {} ({} an hour, {})", f.name, crate::pay::money_pence(f.hourly), f.year),
                    theme.dim,
                    2,
                );
            }
        }
        None => doc.para(&format!("Not recorded for {}", app.lens.nation.label()), theme.dim, 2),
    }
    doc.heading("Levels", theme.heading);
    let levels = &role.levels;
    let mut any = false;
    for (label, value) in [
        (
            "Career Framework",
            cat.level(ix).map(|l| match l.basis {
                crate::levels::LevelBasis::Stated => format!("level {}", l.level),
                b => format!("level {} ({})", l.level, b.describe()),
            }),
        ),
        ("Care Workforce Pathway", levels.cwp.map(|c| c.label().to_string())),
        ("Agenda for Change", levels.afc.map(|b| b.to_string())),
        ("Entry qualification", levels.rqf_entry.map(|l| format!("RQF level {l}"))),
    ] {
        if let Some(value) = value {
            doc.item(Span::styled(format!("  {label}: "), theme.dim), &value, theme.text);
            any = true;
        }
    }
    if !any {
        doc.para("Not recorded", theme.dim, 2);
    }
    if !role.settings.is_empty() {
        doc.heading("Settings", theme.heading);
        let settings: Vec<&str> = role.settings.iter().map(|s| s.label()).collect();
        doc.para(&settings.join(", "), theme.text, 2);
    }
    doc.heading("Nations", theme.heading);
    doc.para(&crate::wording::nations_text(role), theme.text, 2);
    if !role.note.is_empty() {
        doc.heading("Note", theme.heading);
        doc.para(&role.note, theme.text, 2);
    }
    doc.heading("Sources", theme.heading);
    for source in &role.sources {
        doc.item(Span::styled("  • ", theme.dim), &format!("{} ({})", source.url, source.supports), theme.text);
    }
    doc.blank();
    doc.para(&format!("Reviewed {}", role.reviewed), theme.dim, 0);
    doc
}

pub fn list_section(doc: &mut Doc, title: &str, items: &[String], app: &App) {
    if items.is_empty() {
        return;
    }
    doc.heading(title, app.theme.heading);
    for item in items {
        doc.item(Span::styled("  • ", app.theme.dim), item, app.theme.text);
    }
}

/// Who registers the role: once when every nation agrees, else per nation.
pub fn registration(role: &Role) -> Vec<String> {
    let shown = |r: &Option<String>| r.clone().unwrap_or_else(|| "not registered".to_string());
    let regs = &role.registration;
    if regs.is_empty() {
        return vec!["Not recorded".to_string()];
    }
    let all_same = regs.windows(2).all(|w| w[0].regulator == w[1].regulator);
    let covers = role.nations.iter().all(|n| role.regulator_in(*n).is_some());
    if all_same && covers && role.nations.len() > 1 {
        return vec![format!("{} in every nation where the role is found", shown(&regs[0].regulator))];
    }
    Nation::ALL
        .iter()
        .filter_map(|&n| role.regulator_in(n).map(|r| format!("{}: {}", n.label(), shown(&r.regulator))))
        .collect()
}
