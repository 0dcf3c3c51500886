//! The Routes screen: the best routes from the current role to a target, each step with
//! what it requires, what is still missing, and pay along the way, for the nation in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::fmt::Write as _;

use super::format::months;
use super::text::{render_rows, truncate};
use super::{pane, scrolled};
use crate::graph::Route;
use crate::tui::action::Action;
use crate::tui::app::{App, MAX_ROUTES};
use crate::tui::layout;

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let areas = layout::routes(body, app.screens.routes.found.len());
    let pick = app.screen_key(Action::PickTarget);
    let cat = &app.catalogue;
    let title = |r: Option<crate::model::RoleIx>| r.map_or("(none)".to_string(), |r| cat.role(r).title.clone());
    let mut spans = vec![
        Span::styled(" From ", theme.dim),
        Span::styled(title(app.current), theme.heading),
        Span::styled(" to ", theme.dim),
        Span::styled(title(app.screens.routes.target), theme.heading),
    ];
    if let Some(v) = app.screens.routes.via {
        spans.push(Span::styled(" via ", theme.dim));
        spans.push(Span::styled(cat.role(v).title.clone(), theme.heading));
    }
    let kind = app.screens.routes.filter.map_or("every kind of route", |f| f.label());
    spans.push(Span::styled(format!(" · {kind} · {}", app.lens.nation.label()), theme.dim));
    spans.push(Span::styled(
        format!(
            "   ({pick} target, {} via, {} kind)",
            app.screen_key(Action::PickVia),
            app.screen_key(Action::CycleRouteKind)
        ),
        theme.dim,
    ));
    Line::from(spans).render(areas.summary, buf);
    let block = pane(" Steps ", false, theme);
    let inner = block.inner(areas.steps);
    let (Some(from), Some(to)) = (app.current, app.screens.routes.target) else {
        block.render(areas.steps, buf);
        let lines = vec![Line::raw(format!("Press {pick} to choose the role you want to reach."))];
        super::notice(lines, inner, buf);
        return;
    };
    if app.screens.routes.finding() {
        // The routes shown before answered another question: never show them as this one's.
        block.render(areas.steps, buf);
        let text = format!("Finding routes from {} to {}…", cat.role(from).title, cat.role(to).title);
        super::notice(vec![Line::styled(text, theme.dim)], inner, buf);
        return;
    }
    if app.screens.routes.found.is_empty() {
        block.render(areas.steps, buf);
        let text = if from == to {
            format!("You are already at {}. Choose another target with {pick}.", cat.role(to).title)
        } else {
            format!(
                "No route from {} to {} is recorded in {} for {} (within 8 steps, at most one sideways move).",
                cat.role(from).title,
                cat.role(to).title,
                app.lens.nation.label(),
                app.screens.routes.filter.map_or("any kind of route", |f| f.label()),
            )
        };
        super::notice(vec![Line::styled(text, theme.dim)], inner, buf);
        return;
    }
    render_list(app, areas.list, buf);
    let n = app.screens.routes.cursor.selected + 1;
    let block = pane(format!(" Route {n}: step by step "), true, theme);
    block.render(areas.steps, buf);
    scrolled(crate::tui::content::routes::steps_doc(app, inner.width).lines, app.screens.routes.scroll, inner, buf);
}

fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let block = pane(format!(" Best routes (up to {MAX_ROUTES}; sideways moves count 6 months more) "), false, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let cat = &app.catalogue;
    let cells = usize::from(inner.width).saturating_sub(2);
    let lines: Vec<Line> = app
        .screens
        .routes
        .found
        .iter()
        .enumerate()
        .map(|(i, route)| {
            let status = summary(cat, route);
            let path: Vec<&str> = route.roles(cat).iter().map(|&r| cat.role(r).title.as_str()).collect();
            let head = format!("{}. {status} · ", i + 1);
            let room = cells.saturating_sub(super::text::width(&head));
            let style = if route.open_now() { theme.ok } else { theme.text };
            Line::from(vec![Span::styled(head, style), Span::styled(truncate(&path.join(" → "), room), theme.text)])
        })
        .collect();
    render_rows(buf, inner, &lines, Some(app.screens.routes.cursor.selected), app.screens.routes.cursor.offset, theme);
}

/// "2 steps, about 2 years, ✓ open now" or "…, ✗ 3 missing".
fn summary(cat: &crate::model::Catalogue, route: &Route) -> String {
    let steps = route.steps.len();
    let mut text = format!("{steps} step{}, {}", if steps == 1 { "" } else { "s" }, months(route.months));
    if route.estimated() > 0 {
        let _ = write!(text, " ({} est.)", route.estimated());
    }
    if route.sideways > 0 {
        let _ = write!(text, ", {} sideways", route.sideways);
    }
    text.push_str(if route.charges_fees(cat) { ", fees" } else { ", no fees" });
    let missing: usize = route.missing.iter().map(Vec::len).sum();
    if missing == 0 {
        text.push_str(", ✓ open now");
    } else {
        let _ = write!(text, ", ✗ {missing} missing");
    }
    text
}
