//! The Fits me screen: the choices on the left, the roles that fit on the right and, under
//! them, why the selected role stands where it does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::format::role_pay_short;
use super::text::{Doc, render_rows, render_window, truncate};
use super::{note, notice, pane, scrolled};
use crate::fit::{CHOICES, Leaning, Verdict};
use crate::tui::app::App;
use crate::tui::screens::fits::{Row, Side, areas, rows};

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let fits = &app.screens.fits;
    let areas = areas(body, fits.side);
    if areas.choices.width > 0 {
        choices(app, areas.choices, buf);
    }
    if areas.results.width > 0 {
        results(app, areas.results, buf);
        detail(app, areas.detail, buf);
    }
}

fn choices(app: &App, area: Rect, buf: &mut Buffer) {
    let (theme, fits) = (&app.theme, &app.screens.fits);
    let block = pane(format!(" What matters to you: {} picked ", fits.picked.len()), fits.side == Side::Choices, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let cells = usize::from(inner.width).saturating_sub(1);
    let rows = rows();
    let mut selected = None;
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(row, choice)| match choice {
            Row::Heading(heading) => Line::styled(truncate(heading.label(), cells), theme.heading),
            Row::Choice(i) => {
                if fits.side == Side::Choices && *i == fits.choices.selected {
                    selected = Some(row);
                }
                let choice = &CHOICES[*i];
                let picked = fits.picked.contains(i);
                let (mark, style) = match (picked, choice.leaning) {
                    (false, _) => ("[ ] ", theme.text),
                    (true, Leaning::Like) => ("[✓] ", theme.ok),
                    (true, Leaning::Avoid) => ("[✗] ", theme.missing),
                };
                let text = truncate(choice.text, cells.saturating_sub(4));
                Line::from(vec![Span::styled(mark, style), Span::styled(text, theme.text)])
            }
        })
        .collect();
    render_rows(buf, inner, &lines, selected, fits.choices.offset, theme);
}

fn results(app: &App, area: Rect, buf: &mut Buffer) {
    let (theme, fits, cat) = (&app.theme, &app.screens.fits, &app.catalogue);
    let ranked = fits.ranking.fits.len();
    let title = format!(" Roles that fit: {ranked} ranked, {} ", app.lens.nation.label());
    let block = pane(title, fits.side == Side::Results, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if fits.picked.is_empty() {
        let lines = vec![
            note("Pick what matters to you on the left (Enter).", theme),
            note("Roles in both sectors are then ranked, each saying why in words: there is no score.", theme),
        ];
        notice(lines, inner, buf);
        return;
    }
    if ranked == 0 {
        notice(vec![note("No role in this nation has its character recorded yet.", theme)], inner, buf);
        return;
    }
    let (wishes, avoids) = crate::fit::counts(&fits.chosen());
    let cells = usize::from(inner.width).saturating_sub(1);
    let window = (Some(fits.results.selected), fits.results.offset);
    render_window(buf, inner, fits.ranking.fits.iter().enumerate(), window, theme, |(i, f)| {
        let summary = crate::fit::words::short(f, wishes, avoids);
        let style = if f.involves > 0 { theme.dim } else { theme.text };
        let text = format!("{:>2}. {} · {summary}", i + 1, cat.role(f.role).title);
        Line::styled(truncate(&text, cells), style)
    });
}

fn detail(app: &App, area: Rect, buf: &mut Buffer) {
    let (theme, fits, cat) = (&app.theme, &app.screens.fits, &app.catalogue);
    if area.height < 3 {
        return;
    }
    let block = pane(" Why ", false, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut doc = Doc::new(inner.width);
    let Some(fit) = fits.ranking.fits.get(fits.results.selected) else {
        doc.para(crate::fit::HOW, theme.dim, 0);
        scrolled(doc.lines, 0, inner, buf);
        return;
    };
    let role = cat.role(fit.role);
    doc.heading(&role.title, theme.heading);
    doc.para(&format!("{} · {}", role.sector.label(), role_pay_short(cat, role, &app.lens).trim()), theme.dim, 0);
    let (wishes, avoids) = crate::fit::counts(&fits.chosen());
    let summary = crate::fit::words::summary(fit, wishes, avoids);
    doc.para(&summary, theme.text, 0);
    if fit.presence != crate::nations::Presence::Present {
        doc.para(
            &format!("In {}: {}", app.lens.nation.label(), fit.presence.describe(app.lens.nation)),
            theme.missing,
            0,
        );
    }
    doc.para(&crate::fit::words::reach(cat, fit, app.current), theme.text, 0);
    if let Some(route) = &fits.route {
        let titles: Vec<&str> = route.roles(cat).iter().map(|&r| cat.role(r).title.as_str()).collect();
        doc.para(&format!("Best route: {}", titles.join(" → ")), theme.text, 0);
        doc.para(&route.why(cat), theme.dim, 2);
    }
    doc.blank();
    for reason in &fit.reasons {
        let style = match reason.verdict {
            Verdict::Meets | Verdict::NotMentioned => theme.ok,
            Verdict::InPart => theme.text,
            Verdict::NotRecorded => theme.dim,
            Verdict::Involves => theme.missing,
        };
        let mark = format!("{} ", crate::fit::words::mark(reason.verdict));
        doc.item(Span::styled(mark, style), &crate::fit::words::reason(reason), theme.text);
    }
    doc.blank();
    doc.para(&role.summary, theme.dim, 0);
    scrolled(doc.lines, 0, inner, buf);
}
