//! Connectors: ports on the box borders, channel heights (and so every row's
//! y), and each edge's polyline through the channels.

use std::cmp::Ordering;

use super::order::{Ranked, Side, end_side};
use super::place::{Shape, center};
use super::tracks::{Seg, Track};

/// Sort key for a port: where the other end lies. Same-row links go outermost
/// on their side, the farthest innermost, so their channel loops nest instead
/// of crossing each other's drops.
fn port_key(rk: &Ranked, x: &[usize], widths: &[usize], me: usize, other: usize) -> f64 {
    const OUTER: f64 = 1e9;
    let (mc, oc) = (center(x, widths, me), center(x, widths, other));
    if rk.item_row[me] != rk.item_row[other] || me == other {
        oc
    } else if oc > mc {
        mc + OUTER - (oc - mc)
    } else {
        mc - OUTER + (mc - oc)
    }
}

/// Spreads each side's connectors evenly over the box's inner columns, sorted
/// by where the other end lies so neighbouring connectors do not cross.
pub(super) fn assign_ports(rk: &Ranked, x: &[usize], widths: &[usize]) -> Vec<[usize; 2]> {
    let mut attach: Vec<Vec<(f64, usize, usize)>> = vec![Vec::new(); rk.n * 2];
    for (c, chain) in rk.chains.iter().enumerate() {
        for end in 0..2 {
            let (me, other) = if end == 0 {
                (chain.first(), chain.get(1))
            } else {
                (chain.last(), chain.get(chain.len().saturating_sub(2)))
            };
            let (Some(&me), Some(&other)) = (me, other) else { continue };
            let slot = me * 2 + usize::from(end_side(rk, chain, end) == Side::Bottom);
            attach[slot].push((port_key(rk, x, widths, me, other), c, end));
        }
    }
    let mut ports = vec![[0usize; 2]; rk.chains.len()];
    for (slot, list) in attach.iter_mut().enumerate() {
        let v = slot / 2;
        list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let inner = widths[v].saturating_sub(2).max(1);
        let k = list.len().max(1);
        for (i, &(_, c, end)) in list.iter().enumerate() {
            let off = ((2 * i + 1) * inner) / (2 * k);
            ports[c][end] = x[v] + 1 + off.min(inner - 1);
        }
    }
    ports
}

/// Per chain, the (channel, segment index) of each of its links.
type LinkRefs = Vec<Vec<(usize, usize)>>;

/// Everything decided horizontally; routing and vertical placement read it.
pub(super) struct Plan {
    pub(super) rk: Ranked,
    pub(super) shapes: Vec<Shape>,
    pub(super) x: Vec<usize>,
    pub(super) ports: Vec<[usize; 2]>,
}

/// Row tops and heights, channel tops, total height.
pub(super) struct Vertical {
    pub(super) row_y: Vec<usize>,
    pub(super) row_h: Vec<usize>,
    chan_y: Vec<usize>,
    pub(super) height: usize,
}

impl Plan {
    /// Column where link `k`'s end at chain position `k` meets its row.
    fn pin(&self, c: usize, k: usize) -> usize {
        let chain = &self.rk.chains[c];
        if k == 0 {
            self.ports[c][0]
        } else if k + 1 == chain.len() {
            self.ports[c][1]
        } else {
            self.x[chain[k]]
        }
    }

    /// Segments per channel (channel r lies under row r) and, per chain, the
    /// (channel, segment) of each of its links.
    pub(super) fn channels(&self) -> (Vec<Vec<Seg>>, LinkRefs) {
        let rk = &self.rk;
        let mut channels: Vec<Vec<Seg>> = (0..rk.rows.len()).map(|_| Vec::new()).collect();
        let mut seg_at = Vec::with_capacity(rk.chains.len());
        for (c, chain) in rk.chains.iter().enumerate() {
            let mut refs = Vec::new();
            for k in 0..chain.len().saturating_sub(1) {
                let (ra, rb) = (rk.item_row[chain[k]], rk.item_row[chain[k + 1]]);
                let (pa, pb) = (self.pin(c, k), self.pin(c, k + 1));
                let (ch, seg) = match ra.cmp(&rb) {
                    Ordering::Equal => (ra, Seg { tops: vec![pa, pb], bots: vec![] }),
                    Ordering::Less => (ra, Seg { tops: vec![pa], bots: vec![pb] }),
                    Ordering::Greater => (rb, Seg { tops: vec![pb], bots: vec![pa] }),
                };
                refs.push((ch, channels[ch].len()));
                channels[ch].push(seg);
            }
            seg_at.push(refs);
        }
        (channels, seg_at)
    }

    /// Boxes top-aligned in their row; each used channel is a stub line, its
    /// tracks and an arrow line, an unused one a single blank separator line.
    pub(super) fn vertical(&self, channels: &[Vec<Seg>], tracks: &[(Vec<Track>, usize)]) -> Vertical {
        let rcount = self.rk.rows.len();
        let mut v = Vertical { row_y: Vec::new(), row_h: Vec::new(), chan_y: Vec::new(), height: 0 };
        let mut y = 0usize;
        for (r, row) in self.rk.rows.iter().enumerate() {
            let h = row.iter().filter_map(|&i| self.shapes.get(i)).map(|s| s.h).max().unwrap_or(3);
            v.row_y.push(y);
            v.row_h.push(h);
            y += h;
            v.chan_y.push(y);
            y += if channels[r].is_empty() { usize::from(r + 1 < rcount) } else { tracks[r].1 + 2 };
        }
        v.height = y;
        v
    }

    /// The cell just outside `node`'s border on `side`, in the port's column.
    fn end_y(&self, v: &Vertical, node: usize, side: Side) -> usize {
        let top = v.row_y[self.rk.item_row[node]];
        match side {
            Side::Bottom => top + self.shapes[node].h,
            Side::Top => top.saturating_sub(1),
        }
    }

    pub(super) fn route(
        &self,
        c: usize,
        links: &[(usize, usize)],
        tracks: &[(Vec<Track>, usize)],
        v: &Vertical,
    ) -> Vec<(usize, usize)> {
        let rk = &self.rk;
        let chain = &rk.chains[c];
        let (Some(&from), Some(&to)) = (chain.first(), chain.last()) else { return Vec::new() };
        let mut pts = vec![(self.ports[c][0], self.end_y(v, from, end_side(rk, chain, 0)))];
        for (k, &(ch, si)) in links.iter().enumerate() {
            let (pa, pb) = (self.pin(c, k), self.pin(c, k + 1));
            let ty = |t: usize| v.chan_y[ch] + 1 + t;
            match tracks[ch].0[si] {
                Track::Straight => {}
                Track::One(t) => pts.extend([(pa, ty(t)), (pb, ty(t))]),
                Track::Dogleg(t1, jog, t2) => {
                    // Links going up meet the lower row first.
                    let down = rk.item_row[chain[k]] <= rk.item_row[chain[k + 1]];
                    let (ya, yb) = if down { (t1, t2) } else { (t2, t1) };
                    pts.extend([(pa, ty(ya)), (jog, ty(ya)), (jog, ty(yb)), (pb, ty(yb))]);
                }
            }
        }
        pts.push((self.ports[c][1], self.end_y(v, to, end_side(rk, chain, 1))));
        simplify(&pts)
    }
}

/// Drops repeated points and interior points of straight runs.
fn simplify(pts: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(pts.len());
    for &p in pts {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let a = out[out.len() - 2];
            let b = out[out.len() - 1];
            let same_x = a.0 == b.0 && b.0 == p.0 && (a.1 < b.1) == (b.1 < p.1);
            let same_y = a.1 == b.1 && b.1 == p.1 && (a.0 < b.0) == (b.0 < p.0);
            if same_x || same_y {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}
