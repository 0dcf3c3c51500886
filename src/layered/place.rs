//! Horizontal layout: box shapes from wrapped labels, rows split until each
//! fits the target width, then x positions pulled towards connected items.

use super::order::{Ranked, Side, end_side, order, rank};
use super::{Node, VEdge, char_len};

/// Alternating up and down passes; a few settle the pathway-sized graphs.
const PLACE_ROUNDS: usize = 4;

/// Greedy word wrap; a word longer than `width` gets a line of its own rather
/// than being cut, so the label is never truncated.
fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0usize;
    for word in label.split_whitespace() {
        let wl = char_len(word);
        if cur_len > 0 && cur_len + 1 + wl > width {
            lines.push(std::mem::take(&mut cur));
            cur_len = 0;
        }
        if cur_len > 0 {
            cur.push(' ');
            cur_len += 1;
        }
        cur.push_str(word);
        cur_len += wl;
    }
    if cur_len > 0 || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A box's outer size and its wrapped label.
pub(super) struct Shape {
    pub(super) w: usize,
    pub(super) h: usize,
    pub(super) lines: Vec<String>,
}

/// `ports` widens the box so every connector gets its own column on a side.
fn shape(label: &str, wrap_at: usize, padding: usize, ports: usize) -> Shape {
    let lines = wrap(label, wrap_at.max(1));
    let text = lines.iter().map(|l| char_len(l)).max().unwrap_or(0).max(1);
    let inner = text.saturating_add(padding.saturating_mul(2)).max(ports).max(1);
    Shape { w: inner.saturating_add(2), h: lines.len().saturating_add(2), lines }
}

/// Ports each node needs on its busier side.
fn port_demand(rk: &Ranked) -> Vec<usize> {
    let mut top = vec![0usize; rk.n];
    let mut bottom = vec![0usize; rk.n];
    for chain in &rk.chains {
        for end in 0..2 {
            let node = if end == 0 { chain.first() } else { chain.last() };
            let Some(&v) = node else { continue };
            match end_side(rk, chain, end) {
                Side::Top => top[v] += 1,
                Side::Bottom => bottom[v] += 1,
            }
        }
    }
    top.iter().zip(&bottom).map(|(t, b)| *t.max(b)).collect()
}

/// Dummies are a single connector column; one blank column keeps them legible.
fn sep(a: usize, b: usize, n: usize, gap: usize) -> usize {
    if a < n && b < n { gap } else { 1 }
}

/// The inputs every row measurement needs, in `usize` so sums cannot overflow `u16`.
pub(super) struct Ctx<'a> {
    pub(super) nodes: &'a [Node],
    pub(super) padding: usize,
    pub(super) gap: usize,
    pub(super) width: usize,
}

fn item_width(ctx: &Ctx, ports: &[usize], v: usize, wrap_at: usize) -> usize {
    match ctx.nodes.get(v) {
        Some(nd) => shape(&nd.label, wrap_at, ctx.padding, ports[v]).w,
        None => 1,
    }
}

fn row_width(ctx: &Ctx, ports: &[usize], row: &[usize], wrap_at: usize) -> usize {
    let n = ctx.nodes.len();
    let boxes: usize = row.iter().map(|&v| item_width(ctx, ports, v, wrap_at)).sum();
    let seps: usize = row.windows(2).map(|p| sep(p[0], p[1], n, ctx.gap)).sum();
    boxes + seps
}

/// The widest wrap (largest cap on label line length) at which the row fits,
/// or `None` when it does not fit even with every label at its longest word.
fn fit_wrap(ctx: &Ctx, ports: &[usize], row: &[usize]) -> Option<usize> {
    let longest = row.iter().filter_map(|&v| ctx.nodes.get(v)).map(|nd| char_len(&nd.label)).max().unwrap_or(1).max(1);
    let fits = |w: usize| row_width(ctx, ports, row, w) <= ctx.width;
    if fits(longest) {
        return Some(longest);
    }
    if !fits(1) {
        return None;
    }
    // Narrower wraps never widen a greedy-wrapped label, so bisect.
    let (mut lo, mut hi) = (1usize, longest);
    while hi.saturating_sub(lo) > 1 {
        let mid = lo + hi.saturating_sub(lo) / 2;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    Some(lo)
}

/// How many of the row's nodes (in order) stay when it is split: as many as
/// fit at the narrowest wrap, at least one, and at least one moves down.
fn split_point(ctx: &Ctx, ports: &[usize], row: &[usize]) -> usize {
    let n = ctx.nodes.len();
    let dummies = row.iter().filter(|&&v| v >= n).count();
    let budget = ctx.width.saturating_sub(dummies * 2);
    let node_count = row.iter().filter(|&&v| v < n).count();
    let mut used = 0usize;
    let mut keep = 0usize;
    for &v in row.iter().filter(|&&v| v < n) {
        let w = item_width(ctx, ports, v, 1) + if keep > 0 { ctx.gap } else { 0 };
        if keep > 0 && used + w > budget {
            break;
        }
        used += w;
        keep += 1;
    }
    keep.clamp(1, node_count.saturating_sub(1).max(1))
}

/// The final rows with every item's width; dummies are one column wide.
pub(super) struct Sized {
    pub(super) rk: Ranked,
    pub(super) widths: Vec<usize>,
    pub(super) shapes: Vec<Shape>,
}

/// Highest layer first, so row indices grow downwards like y.
fn initial_rows(nodes: &[Node]) -> (Vec<Vec<usize>>, Vec<u8>) {
    let mut layers: Vec<u8> = nodes.iter().map(|nd| nd.layer).collect();
    layers.sort_unstable_by(|a, b| b.cmp(a));
    layers.dedup();
    let rows = layers.iter().map(|&l| (0..nodes.len()).filter(|&v| nodes[v].layer == l).collect()).collect();
    (rows, layers)
}

/// Ranks, orders and measures until every row fits: labels wrap first and a
/// row splits only when even its narrowest wrap is too wide. Each round reruns
/// crossing reduction, since a split changes every neighbouring row's order.
pub(super) fn build_rows(ctx: &Ctx, edges: &[VEdge]) -> Sized {
    let (mut row_nodes, mut row_layer) = initial_rows(ctx.nodes);
    let n = ctx.nodes.len();
    // Each split adds a row and a row never splits below one node: bounded by n.
    for round in 0..=n {
        let mut rk = rank(ctx.nodes, edges, &row_nodes, &row_layer);
        order(&mut rk);
        let ports = port_demand(&rk);
        let wraps: Vec<Option<usize>> = rk.rows.iter().map(|row| fit_wrap(ctx, &ports, row)).collect();
        let splits: Vec<usize> = (0..rk.rows.len())
            .filter(|&r| wraps[r].is_none() && rk.rows[r].iter().filter(|&&v| v < n).count() > 1)
            .collect();
        if splits.is_empty() || round == n {
            return finish_sizes(ctx, rk, &ports, &wraps);
        }
        // Bottom-up so earlier row indices stay valid while inserting.
        for &r in splits.iter().rev() {
            let ordered: Vec<usize> = rk.rows[r].iter().copied().filter(|&v| v < n).collect();
            let keep = split_point(ctx, &ports, &rk.rows[r]);
            let (stay, go) = ordered.split_at(keep.min(ordered.len()));
            row_nodes[r] = stay.to_vec();
            row_nodes.insert(r + 1, go.to_vec());
            row_layer.insert(r + 1, row_layer[r]);
        }
        // Keep the crossing-reduced order as the next round's starting point.
        for (r, row) in rk.rows.iter().enumerate() {
            if !splits.contains(&r) {
                row_nodes[r + splits.iter().filter(|&&s| s < r).count()] =
                    row.iter().copied().filter(|&v| v < n).collect();
            }
        }
    }
    let rk = rank(ctx.nodes, edges, &row_nodes, &row_layer);
    let ports = port_demand(&rk);
    let wraps = vec![None; rk.rows.len()];
    finish_sizes(ctx, rk, &ports, &wraps)
}

/// A row with no fitting wrap (one node too wide on its own) takes the
/// narrowest wrap, so the layout grows no wider than it must.
fn finish_sizes(ctx: &Ctx, rk: Ranked, ports: &[usize], wraps: &[Option<usize>]) -> Sized {
    let mut wrap_of = vec![1usize; rk.n];
    for (r, row) in rk.rows.iter().enumerate() {
        for &v in row.iter().filter(|&&v| v < rk.n) {
            wrap_of[v] = wraps.get(r).copied().flatten().unwrap_or(1);
        }
    }
    let shapes: Vec<Shape> =
        ctx.nodes.iter().enumerate().map(|(v, nd)| shape(&nd.label, wrap_of[v], ctx.padding, ports[v])).collect();
    let widths = (0..rk.item_row.len()).map(|v| shapes.get(v).map_or(1, |s| s.w)).collect();
    Sized { rk, widths, shapes }
}

/// Least-squares placement of one row towards `desired` left edges, keeping
/// order and separations and staying inside `[0, total)` (pool adjacent
/// violators on the separation-adjusted targets).
fn place_row(widths: &[usize], seps: &[usize], desired: &[f64], total: usize) -> Vec<usize> {
    let mut offs = Vec::with_capacity(widths.len());
    let mut acc = 0usize;
    for (i, w) in widths.iter().enumerate() {
        offs.push(acc);
        acc += w + seps.get(i).copied().unwrap_or(0);
    }
    let span = acc;
    let slack = total.saturating_sub(span) as f64;
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (d, o) in desired.iter().zip(&offs) {
        blocks.push((d - *o as f64, 1));
        while blocks.len() >= 2 {
            let (s2, c2) = blocks[blocks.len() - 1];
            let (s1, c1) = blocks[blocks.len() - 2];
            if s1 / c1 as f64 <= s2 / c2 as f64 {
                break;
            }
            blocks.pop();
            if let Some(last) = blocks.last_mut() {
                *last = (s1 + s2, c1 + c2);
            }
        }
    }
    let mut out = Vec::with_capacity(widths.len());
    for (s, c) in blocks {
        let z = (s / c as f64).clamp(0.0, slack).round() as usize;
        for _ in 0..c {
            let o = offs.get(out.len()).copied().unwrap_or(0);
            out.push(o + z);
        }
    }
    out
}

/// Connectors aim at centres, so neighbours are compared by centre column.
pub(super) fn center(x: &[usize], w: &[usize], v: usize) -> f64 {
    x[v] as f64 + w[v].saturating_sub(1) as f64 / 2.0
}

/// Left edges for every item and the layout width (the widest row); rows are
/// pulled towards their neighbours a few times each way, then both at once so
/// no direction gets the last word.
pub(super) fn place(rk: &Ranked, widths: &[usize], gap: usize) -> (Vec<usize>, usize) {
    let n = rk.n;
    let seps_of = |row: &[usize]| -> Vec<usize> { row.windows(2).map(|p| sep(p[0], p[1], n, gap)).collect() };
    let span =
        |row: &[usize]| -> usize { row.iter().map(|&v| widths[v]).sum::<usize>() + seps_of(row).iter().sum::<usize>() };
    let total = rk.rows.iter().map(|r| span(r)).max().unwrap_or(0).max(1);
    let mut x = vec![0usize; widths.len()];
    for row in &rk.rows {
        let mut at = (total - span(row).min(total)) / 2;
        for (i, &v) in row.iter().enumerate() {
            x[v] = at;
            at += widths[v] + row.get(i + 1).map_or(0, |&u| sep(v, u, n, gap));
        }
    }
    let rcount = rk.rows.len();
    let relax = |x: &mut Vec<usize>, r: usize, use_up: bool, use_down: bool| {
        let row = &rk.rows[r];
        let desired: Vec<f64> = row
            .iter()
            .map(|&v| {
                let mut ns: Vec<usize> = Vec::new();
                if use_up {
                    ns.extend(&rk.up[v]);
                }
                if use_down {
                    ns.extend(&rk.down[v]);
                }
                let c = if ns.is_empty() {
                    center(x, widths, v)
                } else {
                    ns.iter().map(|&u| center(x, widths, u)).sum::<f64>() / ns.len() as f64
                };
                c - widths[v].saturating_sub(1) as f64 / 2.0
            })
            .collect();
        let ws: Vec<usize> = row.iter().map(|&v| widths[v]).collect();
        let placed = place_row(&ws, &seps_of(row), &desired, total);
        for (&v, px) in row.iter().zip(placed) {
            x[v] = px;
        }
    };
    for _ in 0..PLACE_ROUNDS {
        for r in 1..rcount {
            relax(&mut x, r, true, false);
        }
        for r in (0..rcount.saturating_sub(1)).rev() {
            relax(&mut x, r, false, true);
        }
    }
    for r in 0..rcount {
        relax(&mut x, r, true, true);
    }
    (x, total)
}
