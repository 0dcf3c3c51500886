//! Rows and their order: the items of each row (nodes, plus a dummy wherever
//! an edge skips a row) and a crossing-reduced left-to-right order.

use super::{Node, VEdge};

/// Each crossing-reduction sweep is cheap; a few up/down pairs settle small graphs.
const SWEEPS: usize = 8;

/// Items are nodes (`id < n`) followed by dummies, one per row an edge skips.
pub(super) struct Ranked {
    pub(super) n: usize,
    pub(super) rows: Vec<Vec<usize>>,
    pub(super) row_layer: Vec<u8>,
    pub(super) item_row: Vec<usize>,
    item_key: Vec<f64>,
    /// Per valid edge: item ids from source to target (always >= 2 items).
    pub(super) chains: Vec<Vec<usize>>,
    pub(super) up: Vec<Vec<usize>>,
    pub(super) down: Vec<Vec<usize>>,
}

/// `row_nodes` is top row first; `row_layer` gives each row's layer (a split
/// layer has several rows).
pub(super) fn rank(nodes: &[Node], edges: &[VEdge], row_nodes: &[Vec<usize>], row_layer: &[u8]) -> Ranked {
    let n = nodes.len();
    let mut item_row = vec![0usize; n];
    for (r, row) in row_nodes.iter().enumerate() {
        for &v in row {
            if let Some(slot) = item_row.get_mut(v) {
                *slot = r;
            }
        }
    }
    let mut item_key: Vec<f64> = nodes.iter().map(|nd| f64::from(nd.group)).collect();
    let mut rows = row_nodes.to_vec();
    let mut chains = Vec::with_capacity(edges.len());
    for &(_, a, b) in edges {
        let (ra, rb) = (item_row[a], item_row[b]);
        // A dummy between two groups sorts between them.
        let key = f64::midpoint(item_key[a], item_key[b]);
        let mut chain = vec![a];
        let mut r = ra;
        while r != rb {
            r = if rb > r { r + 1 } else { r.saturating_sub(1) };
            if r == rb {
                break;
            }
            let id = item_row.len();
            item_row.push(r);
            item_key.push(key);
            if let Some(row) = rows.get_mut(r) {
                row.push(id);
            }
            chain.push(id);
        }
        chain.push(b);
        chains.push(chain);
    }
    let mut up = vec![Vec::new(); item_row.len()];
    let mut down = vec![Vec::new(); item_row.len()];
    for chain in &chains {
        for pair in chain.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (upper, lower) = if item_row[a] < item_row[b] { (a, b) } else { (b, a) };
            if item_row[upper] + 1 == item_row[lower] {
                down[upper].push(lower);
                up[lower].push(upper);
            }
        }
    }
    Ranked { n, rows, row_layer: row_layer.to_vec(), item_row, item_key, chains, up, down }
}

fn positions(rows: &[Vec<usize>], items: usize) -> Vec<usize> {
    let mut pos = vec![0usize; items];
    for row in rows {
        for (i, &v) in row.iter().enumerate() {
            if let Some(p) = pos.get_mut(v) {
                *p = i;
            }
        }
    }
    pos
}

/// Pairwise per row: quadratic, which pathway-sized rows easily afford.
fn crossings(rk: &Ranked) -> usize {
    let pos = positions(&rk.rows, rk.item_row.len());
    let mut total = 0usize;
    for row in &rk.rows {
        let links: Vec<(usize, usize)> =
            row.iter().flat_map(|&a| rk.down[a].iter().map(move |&b| (a, b))).map(|(a, b)| (pos[a], pos[b])).collect();
        for (i, &(a1, b1)) in links.iter().enumerate() {
            for &(a2, b2) in links.iter().skip(i + 1) {
                if (a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2) {
                    total += 1;
                }
            }
        }
    }
    total
}

/// Group first (the sector columns), barycenter of `neigh` positions second.
fn reorder(row: &mut [usize], neigh: &[Vec<usize>], key: &[f64], pos: &mut [usize]) {
    let mut scored: Vec<(f64, f64, usize, usize)> = row
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let ns = &neigh[v];
            let bary =
                if ns.is_empty() { i as f64 } else { ns.iter().map(|&u| pos[u] as f64).sum::<f64>() / ns.len() as f64 };
            (key[v], bary, i, v)
        })
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (i, s) in scored.iter().enumerate() {
        row[i] = s.3;
        pos[s.3] = i;
    }
}

/// Barycenter sweeps can oscillate, so the order with the fewest crossings
/// seen wins rather than the last one.
pub(super) fn order(rk: &mut Ranked) {
    let key = rk.item_key.clone();
    for row in &mut rk.rows {
        row.sort_by(|a, b| key[*a].total_cmp(&key[*b]));
    }
    let mut pos = positions(&rk.rows, rk.item_row.len());
    let mut best = rk.rows.clone();
    let mut best_c = crossings(rk);
    let rcount = rk.rows.len();
    for sweep in 0..SWEEPS {
        let downward = sweep % 2 == 0;
        let seq: Vec<usize> =
            if downward { (1..rcount).collect() } else { (0..rcount.saturating_sub(1)).rev().collect() };
        for r in seq {
            let neigh = if downward { &rk.up } else { &rk.down };
            reorder(&mut rk.rows[r], neigh, &key, &mut pos);
        }
        let c = crossings(rk);
        if c < best_c {
            best_c = c;
            best.clone_from(&rk.rows);
        }
    }
    rk.rows = best;
}

/// Which side of its box a chain end attaches to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Side {
    Top,
    Bottom,
}

/// The neighbour of a chain end decides the side; same-row edges use the bottom
/// so they can run through the channel under the row.
pub(super) fn end_side(rk: &Ranked, chain: &[usize], end: usize) -> Side {
    let len = chain.len();
    let (me, other) =
        if end == 0 { (chain.first(), chain.get(1)) } else { (chain.last(), chain.get(len.saturating_sub(2))) };
    match (me, other) {
        (Some(&m), Some(&o)) if rk.item_row[o] < rk.item_row[m] => Side::Top,
        _ => Side::Bottom,
    }
}
