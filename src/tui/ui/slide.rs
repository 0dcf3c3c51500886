//! A slide for a room: the role the walk is at, its title in the largest letters that fit,
//! its pay and where it leads in large letters too, the rest beneath at reading size.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::pane;
use super::text::width;
use crate::model::Pathway;
use crate::tui::app::App;

/// Sizes of large letters from an 8x8 font, largest first: the font's pixel size, how many
/// times each cell is repeated across and down (so a wall-sized screen gets wall-sized
/// letters), and the cells each letter then takes across and down. Only full, half and
/// quadrant blocks, which every terminal font has.
const BIG_SIZES: [(PixelSize, u16, u16, u16); 6] = [
    (PixelSize::Full, 3, 24, 24),
    (PixelSize::Full, 2, 16, 16),
    (PixelSize::Full, 1, 8, 8),
    (PixelSize::HalfHeight, 1, 8, 4),
    (PixelSize::Quadrant, 1, 4, 4),
    (PixelSize::QuarterHeight, 1, 8, 2),
];

/// Sizes for the key facts: smaller than any title, still readable from the back.
const FACT_SIZES: [(PixelSize, u16, u16); 2] = [(PixelSize::QuarterHeight, 8, 2), (PixelSize::Quadrant, 4, 4)];

pub fn render(app: &App, pathway: &Pathway, body: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let walk = &app.screens.pathways;
    let pos = walk.position(pathway);
    let Some(role_ix) = walk.at else { return };
    let role = app.catalogue.role(role_ix);
    let block = pane(format!(" {} ", pathway.name), true, theme);
    let inner = block.inner(body);
    block.render(body, buf);
    let area = inner.centered_horizontally(Constraint::Max(240));
    let dots: Vec<&str> = (0..pathway.roles.len()).map(|i| if i == pos { "●" } else { "○" }).collect();
    let progress = Line::styled(format!("{}   {} of {}", dots.join("─"), pos + 1, pathway.roles.len()), theme.dim);
    let details: Vec<Line<'static>> = super::pathways::essentials(app, pathway, role_ix, area.width, false)
        .into_iter()
        // Its first line repeats the title the slide draws large.
        .skip(1)
        .map(Line::centered)
        .collect();
    let details_height = u16::try_from(details.len()).unwrap_or(u16::MAX);
    let facts: Vec<(String, PixelSize, u16)> = key_facts(app, pathway, role_ix)
        .into_iter()
        .filter_map(|text| {
            let len = u16::try_from(text.chars().count()).ok()?;
            FACT_SIZES
                .iter()
                .find(|(_, across, _)| len.saturating_mul(*across) <= area.width)
                .map(|&(size, _, down)| (text, size, down))
        })
        .collect();
    let facts_height: u16 = facts.iter().map(|(_, _, down)| down + 1).sum();

    // The largest letters that fit the whole title (in at most three lines), padded inside
    // its box, with the facts and the essentials below; letter-spaced capitals when even
    // the smallest do not.
    let fits = |extra: u16| {
        BIG_SIZES.iter().find_map(|&(size, scale, across, down)| {
            let lines = wrap_words(&role.title, usize::from(area.width.saturating_sub(4) / across))?;
            let height = down * u16::try_from(lines.len()).ok()?;
            (lines.len() <= 3 && height + 2 + extra + details_height + 4 <= area.height)
                .then_some((size, scale, height, lines, across))
        })
    };
    // Facts drawn large only when the title can still be drawn large with them.
    let (big, facts) = match fits(facts_height) {
        Some(b) => (Some(b), facts),
        None => (fits(0), Vec::new()),
    };
    let facts_height: u16 = facts.iter().map(|(_, _, down)| down + 1).sum();
    let title_height = big.as_ref().map_or(1, |(_, _, height, ..)| *height + 2);
    let total = title_height.saturating_add(facts_height).saturating_add(details_height).saturating_add(4);
    let area = area.centered_vertically(Constraint::Length(total.min(area.height)));
    let [top, title_area, _, facts_area, rest] = area.layout(&Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(title_height),
        Constraint::Length(1),
        Constraint::Length(facts_height),
        Constraint::Fill(1),
    ]));
    Paragraph::new(progress).centered().render(top, buf);
    if let Some((size, scale, _, lines, across)) = big {
        let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let text_width = u16::try_from(longest).unwrap_or(u16::MAX).saturating_mul(across);
        // A cell of padding on every side, so letters at the edge keep their strokes.
        let boxed = title_area.centered_horizontally(Constraint::Length(text_width.saturating_add(4)));
        Block::new().style(theme.selected).render(boxed, buf);
        let letters = BigText::builder()
            .pixel_size(size)
            .style(theme.selected)
            .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .centered()
            .build();
        scaled(&letters, scale, boxed.inner(ratatui::layout::Margin::new(2, 1)), buf);
    } else {
        let spaced: String = role.title.to_uppercase().chars().flat_map(|c| [c, ' ']).collect();
        let title = if width(&spaced) <= usize::from(area.width) { spaced } else { role.title.to_uppercase() };
        Paragraph::new(Line::styled(format!(" {} ", title.trim_end()), theme.selected).centered())
            .wrap(Wrap { trim: true })
            .render(title_area, buf);
    }
    let mut y = facts_area.y;
    for (text, size, down) in facts {
        let row = Rect { y, height: down, ..facts_area };
        BigText::builder()
            .pixel_size(size)
            .style(theme.heading)
            .lines(vec![Line::from(text)])
            .centered()
            .build()
            .render(row, buf);
        y = y.saturating_add(down + 1);
    }
    Paragraph::new(details).wrap(Wrap { trim: true }).render(rest, buf);
}

/// Draws `widget` into `area` with every cell repeated `scale` times across and down.
fn scaled(widget: &BigText<'_>, scale: u16, area: Rect, buf: &mut Buffer) {
    if scale <= 1 {
        widget.render(area, buf);
        return;
    }
    let small = Rect::new(0, 0, area.width / scale, area.height / scale);
    let mut scratch = Buffer::empty(small);
    widget.render(small, &mut scratch);
    for y in 0..area.height {
        for x in 0..area.width {
            let (sx, sy) = (x / scale, y / scale);
            if sx < small.width && sy < small.height {
                buf[(area.x + x, area.y + y)] = scratch[(sx, sy)].clone();
            }
        }
    }
}

/// The facts a room needs at a glance: what the role pays (at the hours in view), and where
/// it leads next.
fn key_facts(app: &App, pathway: &Pathway, role: crate::model::RoleIx) -> Vec<String> {
    let cat = &app.catalogue;
    let mut facts = Vec::new();
    if let Some(p) = crate::pay::role_pay(cat, cat.role(role), app.lens.nation) {
        let c = p.compared(app.lens.hours);
        facts.push(crate::pay::range_text(c.annual_min, c.annual_max, crate::pay::PayUnit::Year));
    }
    match pathway.next(role).as_slice() {
        [] => {}
        [one] => facts.push(format!("Next: {}", cat.role(*one).title)),
        many => facts.push(format!("Next: {} ways", many.len())),
    }
    facts
}

/// Breaks `text` into lines of at most `max` characters at spaces; `None` when a single
/// word is longer than that.
fn wrap_words(text: &str, max: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if len > max {
            return None;
        }
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + len <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    (!lines.is_empty()).then_some(lines)
}

#[cfg(test)]
mod tests {
    use super::wrap_words;

    #[test]
    fn titles_wrap_at_spaces_or_not_at_all() {
        assert_eq!(
            wrap_words("Trainee nursing associate", 20),
            Some(vec!["Trainee nursing".into(), "associate".into()])
        );
        assert_eq!(wrap_words("Care worker", 30), Some(vec!["Care worker".into()]));
        assert_eq!(wrap_words("Physiotherapist", 10), None);
        assert_eq!(wrap_words("   ", 10), None);
    }
}
