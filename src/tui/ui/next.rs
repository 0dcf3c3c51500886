//! The Next steps screen: every step out of the current role in one table, and the
//! selected step in full below it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::format::{level_change, level_short, pay_change, sector_short};
use super::text::SELECTED;
use super::{pane, scrolled};
use crate::graph::StepView;
use crate::model::{Catalogue, Nation, Sector};
use crate::requirements;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::theme::Theme;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let areas = app.next_areas(body);
    let Some(current) = app.current else {
        Line::styled(" No role selected: choose one in Browse first.", theme.dim).render(areas.summary, buf);
        return;
    };
    let cat = &app.catalogue;
    let role = cat.role(current);
    let open = app.next.iter().filter(|v| v.open_now()).count();
    let mut summary = vec![
        Span::styled(" From ", theme.dim),
        Span::styled(role.title.clone(), theme.heading),
        Span::styled(
            format!(
                " ({}): {} next steps, {open} open now in {}",
                level_short(cat, current),
                app.next.len(),
                app.lens.nation.label()
            ),
            theme.text,
        ),
    ];
    if app.held.is_empty() {
        summary.push(Span::styled(
            format!(" · {} ticks what you hold", app.screen_key(Action::Show(crate::tui::Screen::Held))),
            theme.dim,
        ));
    }
    Line::from(summary).render(areas.summary, buf);
    let block = pane(format!(" Next steps: {} goes to the role ", app.screen_key(Action::Open)), true, theme)
        .title_bottom(Line::styled(" ⇄ crosses between health and social care ", theme.crossing));
    let inner = block.inner(areas.table);
    block.render(areas.table, buf);
    if app.next.is_empty() {
        let lines = vec![Line::styled(format!("No next steps from {} are recorded yet.", role.title), theme.dim)];
        super::notice(lines, inner, buf);
        return;
    }
    render_table(app, inner, buf);
    if areas.detail.height > 0
        && let Some(view) = app.next.get(app.screens.next.cursor.selected)
    {
        let block = pane(" The selected step ", false, theme);
        let inner = block.inner(areas.detail);
        block.render(areas.detail, buf);
        scrolled(
            crate::tui::content::next::step_doc(cat, view, &app.held, &app.lens, theme, inner.width).lines,
            0,
            inner,
            buf,
        );
    }
}

/// Columns, dropping the least needed as the width shrinks.
fn render_table(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let cat = &app.catalogue;
    let wide = area.width >= 110;
    let medium = area.width >= 70;
    let mut header = vec!["Target role", "CF level", "Open?"];
    let mut widths = vec![Constraint::Fill(3), Constraint::Length(8), Constraint::Length(12)];
    if medium {
        header.extend(["Sector", "Pay/yr", "Time"]);
        widths.extend([Constraint::Length(13), Constraint::Length(9), Constraint::Length(14)]);
    }
    if wide {
        header.extend(["Route", "Requires"]);
        widths.extend([Constraint::Length(14), Constraint::Fill(2)]);
    }
    let rows: Vec<Row> = app
        .next
        .iter()
        .map(|view| {
            let target = cat.role(view.other);
            let step = cat.step(view.step);
            let open = if view.unavailable.is_some() {
                Span::styled(format!("✗ not {}", nation_short(app.lens.nation)), theme.missing)
            } else if view.open_now() {
                Span::styled("✓ open", theme.ok)
            } else {
                Span::styled(format!("✗ needs {}", view.missing.len()), theme.missing)
            };
            let mut cells = vec![
                Cell::from(target.title.clone()),
                Cell::from(format!("{} {}", level_short(cat, view.other), level_change(view.level_change))),
                Cell::from(open),
            ];
            if medium {
                cells.push(sector_cell(target.sector, view.crosses, theme));
                // Unknowns are a dash here; the step's detail below says so in words.
                cells.push(Cell::from(view.pay_change.map_or("–".to_string(), |c| pay_change(Some(c)))));
                cells.push(Cell::from(super::format::step_time_short(view.time, step)));
            }
            if wide {
                cells.push(Cell::from(route_short(step.route)));
                cells.push(Cell::from(requires_line(cat, view, app.lens.nation, theme)));
            }
            Row::new(cells)
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.heading))
        .column_spacing(1)
        .row_highlight_style(theme.selected)
        .highlight_symbol(SELECTED);
    let mut state = TableState::new()
        .with_selected(Some(app.screens.next.cursor.selected))
        .with_offset(app.screens.next.cursor.offset);
    StatefulWidget::render(table, area, buf, &mut state);
}

fn sector_cell(sector: Sector, crosses: bool, theme: &Theme) -> Cell<'static> {
    let label = sector_short(sector);
    if crosses { Cell::from(Span::styled(format!("⇄ {label}"), theme.crossing)) } else { Cell::from(label) }
}

/// The step's requirements, each marked held (✓) or missing (✗).
pub fn requires_line(cat: &Catalogue, view: &StepView, nation: Nation, theme: &Theme) -> Line<'static> {
    let step = cat.step(view.step);
    if step.requires.is_empty() {
        return Line::styled("nothing recorded", theme.dim);
    }
    let mut spans = Vec::new();
    for (i, req) in step.requires.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("; ", theme.dim));
        }
        let missing = view.missing.contains(req);
        let (mark, style) = if missing { ("✗ ", theme.missing) } else { ("✓ ", theme.ok) };
        spans.push(Span::styled(mark, style));
        spans.push(Span::styled(requirements::describe(cat, req, Some(nation)), theme.text));
    }
    Line::from(spans)
}

/// "Eng", "Scot", "Wales", "NI": a nation in a narrow cell.
fn nation_short(nation: Nation) -> &'static str {
    match nation {
        Nation::England => "Eng",
        Nation::Scotland => "Scot",
        Nation::Wales => "Wales",
        Nation::NorthernIreland => "NI",
    }
}

/// Route kinds short enough for a table column.
fn route_short(route: crate::model::RouteKind) -> &'static str {
    use crate::model::RouteKind;
    match route {
        RouteKind::InWork => "In work",
        RouteKind::Apprenticeship => "Apprenticeship",
        RouteKind::University => "University",
        RouteKind::Accelerated => "Accelerated",
        RouteKind::TraineePost => "Trainee post",
        RouteKind::PostRegistration => "Post-reg study",
        RouteKind::DirectApplication => "Apply directly",
    }
}
