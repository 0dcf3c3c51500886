//! The plan as one self-contained HTML page, ready to print on A4: inline CSS with print
//! rules, no scripts, no external assets (a content security policy forbids loading any),
//! and every piece of text from the data or the session escaped.

use std::fmt::Write as _;

use super::markdown::checked;
use super::{Plan, PlanPay, capitalised};

// Writing to a String cannot fail, so results of writeln! are discarded throughout.
macro_rules! line {
    ($out:expr, $($arg:tt)*) => { let _ = writeln!($out, $($arg)*); };
}

const STYLE: &str = r#"
@page { size: A4; margin: 12mm 13mm 12mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { font: 8.8pt/1.28 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; margin: 0 auto; max-width: 184mm; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 7pt 0 2pt; padding-bottom: 1pt; border-bottom: 1.2pt solid #555; break-after: avoid; }
h3 { font-size: 9.5pt; margin: 5pt 0 1pt; break-after: avoid; }
p { margin: 2pt 0; }
.meta { color: #333; }
table { border-collapse: collapse; width: 100%; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.5pt 4pt 0.5pt 0; }
table.facts th { width: 21%; font-weight: bold; }
table.compare th, table.compare td { border: 0.75pt solid #999; padding: 1.5pt 4pt; }
table.compare th { background: #eee; }
ul { margin: 2pt 0; padding-left: 13pt; }
ol { margin: 2pt 0; padding-left: 17pt; }
ul.actions { list-style: none; padding-left: 0; }
ul.actions li::before { content: "\2610\00a0"; }
.small { font-size: 7.4pt; line-height: 1.22; }
.small li { overflow-wrap: anywhere; }
ul.glossary { columns: 2; column-gap: 8mm; }
ul.glossary li { break-inside: avoid; }
a { color: inherit; }
a.cite { text-decoration: none; }
@media screen { body { margin: 2em auto; padding: 0 1em; } }
"#;

/// The plan as a self-contained HTML page.
pub fn html(plan: &Plan) -> String {
    let mut out = String::new();
    line!(out, "<!DOCTYPE html>");
    line!(out, "<html lang=\"en-GB\">");
    line!(out, "<head>");
    line!(out, "<meta charset=\"utf-8\">");
    line!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    );
    line!(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line!(out, "<title>{}</title>", esc(&plan.title));
    line!(out, "<style>{STYLE}</style>");
    line!(out, "</head>");
    line!(out, "<body>");
    line!(out, "<h1>{}</h1>", esc(&plan.title));
    line!(
        out,
        "<p class=\"meta\">Made on {} for work in {}, with pay shown full time and for {}. The facts in it were last checked against their sources {}.</p>",
        esc(&plan.made),
        esc(&plan.nation),
        esc(&plan.hours),
        esc(&checked(&plan.reviewed))
    );
    now(&mut out, plan);
    goal(&mut out, plan);
    route(&mut out, plan);
    options(&mut out, plan);
    line!(out, "<h2>Next actions</h2>");
    line!(out, "<ul class=\"actions\">");
    for a in &plan.actions {
        line!(out, "<li>{}</li>", esc(a));
    }
    line!(out, "</ul>");
    if !plan.matters.is_empty() {
        line!(out, "<h2>What matters to you</h2>");
        line!(out, "<ul>");
        for m in &plan.matters {
            line!(out, "<li>{}</li>", esc(m));
        }
        line!(out, "</ul>");
    }
    if !plan.notes.is_empty() {
        line!(out, "<h2>Notes</h2>");
        let paragraphs: Vec<String> = plan
            .notes
            .split(std::string::String::is_empty)
            .filter(|p| !p.is_empty())
            .map(|p| p.iter().map(|l| esc(l)).collect::<Vec<_>>().join("<br>\n"))
            .collect();
        for p in paragraphs {
            line!(out, "<p>{p}</p>");
        }
    }
    if !plan.sources.is_empty() {
        line!(out, "<h2>Sources</h2>");
        line!(out, "<ol class=\"small\">");
        for s in &plan.sources {
            line!(out, "<li id=\"source-{}\">{}: {}</li>", s.number, link(&s.url), esc(&s.supports));
        }
        line!(out, "</ol>");
    }
    if !plan.glossary.is_empty() {
        line!(out, "<h2>Words used in this plan</h2>");
        line!(out, "<ul class=\"small glossary\">");
        for t in &plan.glossary {
            line!(out, "<li><b>{}</b>: {}</li>", esc(&t.term), esc(&t.meaning));
        }
        line!(out, "</ul>");
    }
    line!(out, "</body>");
    line!(out, "</html>");
    out
}

fn now(out: &mut String, plan: &Plan) {
    let now = &plan.now;
    line!(out, "<h2>Where you are now</h2>");
    line!(out, "<table class=\"facts\">");
    match &now.role {
        Some(role) => {
            row(out, "Role", &esc(role));
            if let Some(level) = &now.level {
                row(out, "Level", &esc(level));
            }
            if let Some(pay) = &now.pay {
                row(out, "Pay", &pay_cell(pay));
            }
        }
        None => row(out, "Role", "not set in this session: tell your adviser your current role"),
    }
    if !now.holds.is_empty() {
        let holds: Vec<String> = now.holds.iter().map(|h| esc(h)).collect();
        row(out, "You hold", &holds.join("; "));
    }
    if let (Some(role), Some(implied)) = (&now.role, &now.from_role) {
        row(out, &format!("Taken as held in your role as {}", esc(&role.to_lowercase())), &esc(implied));
    }
    line!(out, "</table>");
}

fn goal(out: &mut String, plan: &Plan) {
    line!(out, "<h2>Your goal</h2>");
    let Some(goal) = &plan.goal else {
        line!(out, "<p>No goal chosen yet.</p>");
        return;
    };
    line!(out, "<p><b>{}</b>: {}</p>", esc(&goal.role), esc(&goal.summary));
    line!(out, "<table class=\"facts\">");
    row(out, "Level", &esc(&goal.level));
    row(out, "Pay", &pay_cell(&goal.pay));
    row(out, "Registration", &esc(&capitalised(&goal.registration)));
    line!(out, "</table>");
}

fn route(out: &mut String, plan: &Plan) {
    let Some(route) = &plan.route else { return };
    line!(out, "<h2>Your route: {}, {}</h2>", esc(&route.kind), esc(&route.total));
    if let Some(note) = &route.note {
        line!(out, "<p><b>Note:</b> {}</p>", esc(note));
    }
    line!(out, "<p>{}.</p>", esc(&capitalised(&route.summary)));
    for step in &route.steps {
        line!(out, "<div class=\"step\">");
        let cited = if step.sources.is_empty() { String::new() } else { format!(" {}", cites(&step.sources)) };
        line!(out, "<h3>Step {}: {} to {}{cited}</h3>", step.number, esc(&step.from), esc(&step.to));
        line!(out, "<table class=\"facts\">");
        let crossing = step.crossing.as_ref().map(|c| format!(" ({})", esc(c))).unwrap_or_default();
        row(out, "How", &format!("{}{crossing}", esc(&step.how)));
        // The time says itself when it is an estimate, and what it is estimated from.
        row(out, "Time", &esc(&step.time));
        row(out, "What it needs", &esc(&step.needs));
        if let Some(still) = &step.still_needed {
            row(out, "What you still need", &esc(still));
        }
        row(out, "Cost and funding", &esc(&step.funding));
        row(out, &format!("Pay as {}", esc(&step.to.to_lowercase())), &pay_cell(&step.pay));
        row(out, "Level", &esc(&step.level));
        row(out, "Registration", &esc(&capitalised(&step.registration)));
        if !step.note.is_empty() {
            row(out, "Note", &esc(&step.note));
        }
        line!(out, "</table>");
        line!(out, "</div>");
    }
}

fn options(out: &mut String, plan: &Plan) {
    if plan.alternatives.is_empty() && plan.other_routes.is_empty() {
        return;
    }
    line!(out, "<h2>Other options you considered</h2>");
    if !plan.alternatives.is_empty() {
        line!(out, "<table class=\"compare\">");
        line!(out, "<tr><th>Role</th><th>Level</th><th>Pay</th><th>Quickest route from where you are</th></tr>");
        for a in &plan.alternatives {
            line!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&a.role),
                esc(&a.level),
                pay_short(&a.pay),
                esc(&a.route)
            );
        }
        line!(out, "</table>");
    }
    if !plan.other_routes.is_empty() {
        line!(out, "<p>Other routes to the same goal:</p>");
        line!(out, "<ul>");
        for r in &plan.other_routes {
            line!(out, "<li>{}</li>", esc(r));
        }
        line!(out, "</ul>");
    }
}

/// A row of a facts table; `value` is HTML already escaped.
fn row(out: &mut String, label: &str, value: &str) {
    line!(out, "<tr><th scope=\"row\">{label}</th><td>{value}</td></tr>");
}

fn pay_cell(pay: &PlanPay) -> String {
    let cited = if pay.sources.is_empty() { String::new() } else { format!(" {}", cites(&pay.sources)) };
    format!("{}{cited}", esc(&pay.text()))
}

fn pay_short(pay: &PlanPay) -> String {
    let cited = if pay.sources.is_empty() { String::new() } else { format!(" {}", cites(&pay.sources)) };
    format!("{}{cited}", esc(&pay.short()))
}

/// "[1][3]", each a link to its source in the list.
fn cites(numbers: &[usize]) -> String {
    numbers.iter().fold(String::new(), |mut out, n| {
        let _ = write!(out, "<a class=\"cite\" href=\"#source-{n}\">[{n}]</a>");
        out
    })
}

/// An address as a link when it is a web address, else as text: a `javascript:` address in
/// the data must never become something to click.
fn link(url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        format!("<a href=\"{0}\">{0}</a>", esc(url))
    } else {
        esc(url)
    }
}

/// Escapes text for HTML (content and quoted attributes) after removing control characters.
pub fn esc(text: &str) -> String {
    let text = crate::text::clean(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
