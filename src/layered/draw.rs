//! The text picture: connectors first (each cell remembers which directions
//! meet there, so crossings and junctions get the right glyph), then boxes
//! over them, then the source marks and arrowheads over both.

use super::{Layout, Placed, Route, char_len};

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

fn link_char(bits: u8) -> char {
    match bits {
        b if b == UP | DOWN | LEFT | RIGHT => '┼',
        b if b == UP | DOWN | RIGHT => '├',
        b if b == UP | DOWN | LEFT => '┤',
        b if b == LEFT | RIGHT | DOWN => '┬',
        b if b == LEFT | RIGHT | UP => '┴',
        b if b == DOWN | RIGHT => '┌',
        b if b == DOWN | LEFT => '┐',
        b if b == UP | RIGHT => '└',
        b if b == UP | LEFT => '┘',
        b if b & (LEFT | RIGHT) != 0 => '─',
        _ => '│',
    }
}

struct Canvas {
    chars: Vec<Vec<char>>,
    bits: Vec<Vec<u8>>,
}

impl Canvas {
    fn new(w: usize, h: usize) -> Self {
        Canvas { chars: vec![vec![' '; w]; h], bits: vec![vec![0; w]; h] }
    }
    fn put(&mut self, x: usize, y: usize, c: char) {
        if let Some(cell) = self.chars.get_mut(y).and_then(|r| r.get_mut(x)) {
            *cell = c;
        }
    }
    fn link(&mut self, x: usize, y: usize, b: u8) {
        if let Some(cell) = self.bits.get_mut(y).and_then(|r| r.get_mut(x)) {
            *cell |= b;
        }
    }
    fn segment(&mut self, a: (usize, usize), b: (usize, usize)) {
        if a.1 == b.1 {
            let (l, r) = (a.0.min(b.0), a.0.max(b.0));
            for x in l..=r {
                let bits = if x > l { LEFT } else { 0 } | if x < r { RIGHT } else { 0 };
                self.link(x, a.1, bits);
            }
        } else if a.0 == b.0 {
            let (t, d) = (a.1.min(b.1), a.1.max(b.1));
            for y in t..=d {
                let bits = if y > t { UP } else { 0 } | if y < d { DOWN } else { 0 };
                self.link(a.0, y, bits);
            }
        }
    }
}

/// Renders the layout as text lines (trailing blanks trimmed).
pub fn draw(layout: &Layout) -> Vec<String> {
    let u = usize::from;
    let mut w = u(layout.width);
    let mut h = u(layout.height);
    for b in &layout.boxes {
        w = w.max(u(b.x) + u(b.width));
        h = h.max(u(b.y) + u(b.height));
    }
    for p in layout.routes.iter().flat_map(|r| &r.points) {
        w = w.max(u(p.0) + 1);
        h = h.max(u(p.1) + 1);
    }
    let mut cv = Canvas::new(w, h);
    for r in &layout.routes {
        let pts: Vec<(usize, usize)> = r.points.iter().map(|&(a, b)| (u(a), u(b))).collect();
        if let [only] = pts.as_slice() {
            cv.link(only.0, only.1, UP | DOWN);
        }
        for pair in pts.windows(2) {
            cv.segment(pair[0], pair[1]);
        }
    }
    for y in 0..h {
        for x in 0..w {
            let b = cv.bits[y][x];
            if b != 0 {
                cv.chars[y][x] = link_char(b);
            }
        }
    }
    for b in &layout.boxes {
        draw_box(&mut cv, b);
    }
    for r in &layout.routes {
        draw_ends(&mut cv, layout, r);
    }
    cv.chars.iter().map(|row| row.iter().collect::<String>().trim_end().to_string()).collect()
}

fn draw_box(cv: &mut Canvas, b: &Placed) {
    let (left, top) = (usize::from(b.x), usize::from(b.y));
    let (width, height) = (usize::from(b.width), usize::from(b.height));
    if width < 2 || height < 2 {
        return;
    }
    let (right, bottom) = (left + width - 1, top + height - 1);
    for x in left..=right {
        cv.put(x, top, '─');
        cv.put(x, bottom, '─');
    }
    for y in top..=bottom {
        cv.put(left, y, '│');
        cv.put(right, y, '│');
    }
    cv.put(left, top, '┌');
    cv.put(right, top, '┐');
    cv.put(left, bottom, '└');
    cv.put(right, bottom, '┘');
    let inner = width - 2;
    for (i, line) in b.lines.iter().enumerate() {
        let off = inner.saturating_sub(char_len(line)) / 2;
        for (k, ch) in line.chars().enumerate() {
            cv.put(left + 1 + off + k, top + 1 + i, ch);
        }
    }
}

/// Marks where a connector leaves its source border and puts the arrowhead,
/// pointing along the last segment, on the cell outside the target.
fn draw_ends(cv: &mut Canvas, layout: &Layout, r: &Route) {
    let u = usize::from;
    if let (Some(&(fx, fy)), Some(src)) = (r.points.first(), layout.boxes.get(r.from)) {
        let (bx, by, bw, bh) = (u(src.x), u(src.y), u(src.width), u(src.height));
        let inside_x = u(fx) > bx && u(fx) + 1 < bx + bw;
        if inside_x && u(fy) == by + bh && bh > 0 {
            cv.put(u(fx), by + bh - 1, '┬');
        } else if inside_x && u(fy) + 1 == by {
            cv.put(u(fx), by, '┴');
        }
    }
    let n = r.points.len();
    if let (Some(&last), Some(&prev)) = (r.points.last(), r.points.get(n.wrapping_sub(2))) {
        let arrow = if last.1 > prev.1 {
            '▼'
        } else if last.1 < prev.1 {
            '▲'
        } else if last.0 > prev.0 {
            '▶'
        } else {
            '◀'
        };
        cv.put(u(last.0), u(last.1), arrow);
    }
}
