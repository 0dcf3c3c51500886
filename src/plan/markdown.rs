//! The plan as Markdown, to paste into an email or a case record. It reads as plain text
//! too. Every piece of text from the data or the session is escaped, so a title such as
//! `<script>` or `*bold*` prints as written in any Markdown viewer.

use std::fmt::Write as _;

use super::{Plan, PlanPay, capitalised};

// Writing to a String cannot fail, so results of writeln! are discarded throughout.
macro_rules! line {
    ($out:expr) => { let _ = writeln!($out); };
    ($out:expr, $($arg:tt)*) => { let _ = writeln!($out, $($arg)*); };
}

/// The plan as Markdown.
pub fn markdown(plan: &Plan) -> String {
    let mut out = String::new();
    line!(out, "# {}", esc(&plan.title));
    line!(out);
    line!(
        out,
        "Made on {} for work in {}, with pay shown full time and for {}. The facts in it were last checked against their sources {}.",
        esc(&plan.made),
        esc(&plan.nation),
        esc(&plan.hours),
        checked(&plan.reviewed)
    );
    line!(out);
    line!(out, "## Where you are now");
    line!(out);
    let now = &plan.now;
    match &now.role {
        Some(role) => {
            line!(out, "- **Role:** {}", esc(role));
            if let Some(level) = &now.level {
                line!(out, "- **Level:** {}", esc(level));
            }
            if let Some(pay) = &now.pay {
                line!(out, "- **Pay:** {}", pay_line(pay));
            }
        }
        None => {
            line!(out, "- **Role:** not set in this session: tell your adviser your current role.");
        }
    }
    let holds: Vec<String> = now.holds.iter().map(|h| esc(h)).collect();
    if !holds.is_empty() {
        line!(out, "- **You hold:** {}", holds.join("; "));
    }
    if let (Some(role), Some(implied)) = (&now.role, &now.from_role) {
        line!(out, "- **Taken as held in your role as {}:** {}", esc(&role.to_lowercase()), esc(implied));
    }
    line!(out);
    line!(out, "## Your goal");
    line!(out);
    match &plan.goal {
        Some(goal) => {
            line!(out, "**{}**: {}", esc(&goal.role), esc(&goal.summary));
            line!(out);
            line!(out, "- **Level:** {}", esc(&goal.level));
            line!(out, "- **Pay:** {}", pay_line(&goal.pay));
            line!(out, "- **Registration:** {}", esc(&capitalised(&goal.registration)));
        }
        None => {
            line!(out, "No goal chosen yet.");
        }
    }
    if let Some(route) = &plan.route {
        line!(out);
        line!(out, "## Your route: {}, {}", esc(&route.kind), esc(&route.total));
        line!(out);
        if let Some(note) = &route.note {
            line!(out, "**Note:** {}", esc(note));
            line!(out);
        }
        line!(out, "{}.", esc(&capitalised(&route.summary)));
        for step in &route.steps {
            line!(out);
            let cited = if step.sources.is_empty() { String::new() } else { format!(" {}", cites(&step.sources)) };
            line!(out, "### Step {}: {} to {}{cited}", step.number, esc(&step.from), esc(&step.to));
            line!(out);
            let crossing = step.crossing.as_ref().map(|c| format!(" ({})", esc(c))).unwrap_or_default();
            line!(out, "- **How:** {}{crossing}", esc(&step.how));
            line!(out, "- **Time:** {}", esc(&step.time));
            line!(out, "- **What it needs:** {}", esc(&step.needs));
            if let Some(still) = &step.still_needed {
                line!(out, "- **What you still need:** {}", esc(still));
            }
            line!(out, "- **Cost and funding:** {}", esc(&step.funding));
            line!(out, "- **Pay as {}:** {}", esc(&step.to.to_lowercase()), pay_line(&step.pay));
            line!(out, "- **Level:** {}", esc(&step.level));
            line!(out, "- **Registration:** {}", esc(&capitalised(&step.registration)));
            if !step.note.is_empty() {
                line!(out, "- **Note:** {}", esc(&step.note));
            }
        }
    }
    if !plan.alternatives.is_empty() || !plan.other_routes.is_empty() {
        line!(out);
        line!(out, "## Other options you considered");
        if !plan.alternatives.is_empty() {
            line!(out);
            line!(out, "| Role | Level | Pay | Quickest route from where you are |");
            line!(out, "|---|---|---|---|");
            for a in &plan.alternatives {
                line!(out, "| {} | {} | {} | {} |", esc(&a.role), esc(&a.level), pay_short(&a.pay), esc(&a.route));
            }
        }
        if !plan.other_routes.is_empty() {
            line!(out);
            line!(out, "Other routes to the same goal:");
            line!(out);
            for r in &plan.other_routes {
                line!(out, "- {}", esc(r));
            }
        }
    }
    line!(out);
    line!(out, "## Next actions");
    line!(out);
    for a in &plan.actions {
        line!(out, "- [ ] {}", esc(a));
    }
    if !plan.matters.is_empty() {
        line!(out);
        line!(out, "## What matters to you");
        line!(out);
        for m in &plan.matters {
            line!(out, "- {}", esc(m));
        }
    }
    if !plan.notes.is_empty() {
        line!(out);
        line!(out, "## Notes");
        line!(out);
        for note in &plan.notes {
            if note.is_empty() {
                line!(out);
            } else {
                // A hard line break keeps the adviser's lines as they typed them.
                line!(out, "{}  ", esc_line(note));
            }
        }
    }
    if !plan.sources.is_empty() {
        line!(out);
        line!(out, "## Sources");
        line!(out);
        for s in &plan.sources {
            line!(out, "{}. {}: {}", s.number, link(&s.url), esc(&s.supports));
        }
    }
    if !plan.glossary.is_empty() {
        line!(out);
        line!(out, "## Words used in this plan");
        line!(out);
        for t in &plan.glossary {
            line!(out, "- **{}:** {}", esc(&t.term), esc(&t.meaning));
        }
    }
    out
}

/// "on 30 November 2026", or the span as it stands.
pub(super) fn checked(reviewed: &str) -> String {
    if reviewed.starts_with(|c: char| c.is_ascii_digit()) { format!("on {reviewed}") } else { reviewed.to_string() }
}

fn pay_line(pay: &PlanPay) -> String {
    let cited = if pay.sources.is_empty() { String::new() } else { format!(" {}", cites(&pay.sources)) };
    format!("{}{cited}", esc(&pay.text()))
}

fn pay_short(pay: &PlanPay) -> String {
    let cited = if pay.sources.is_empty() { String::new() } else { format!(" {}", cites(&pay.sources)) };
    format!("{}{cited}", esc(&pay.short()))
}

/// "\[1\]\[3\]": source numbers, escaped so no viewer reads them as links.
fn cites(numbers: &[usize]) -> String {
    numbers.iter().fold(String::new(), |mut out, n| {
        let _ = write!(out, "\\[{n}\\]");
        out
    })
}

/// An address as an autolink where that is safe, else as escaped text.
fn link(url: &str) -> String {
    let plain = url.starts_with("https://") || url.starts_with("http://");
    if plain && !url.chars().any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '\\')) {
        format!("<{url}>")
    } else {
        esc(url)
    }
}

/// Escapes text for Markdown: every character that could start markup is written with a
/// backslash (`CommonMark` shows any escaped punctuation as itself), and control characters
/// are removed.
pub fn esc(text: &str) -> String {
    let text = crate::text::clean(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '#' | '!' | '~' | '{' | '}' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// [`esc`] for a line that starts a paragraph: a leading list marker, heading marker or
/// number is escaped too, so a note reads as typed.
fn esc_line(text: &str) -> String {
    let escaped = esc(text);
    let starts_block = escaped.starts_with(['-', '+', '=']) || {
        let digits = escaped.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && escaped[digits..].starts_with(['.', ')'])
    };
    if !starts_block {
        return escaped;
    }
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 { format!("{}\\{}", &escaped[..digits], &escaped[digits..]) } else { format!("\\{escaped}") }
}
