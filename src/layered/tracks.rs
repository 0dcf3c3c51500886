//! Channel routing: the links crossing the channel under a row get horizontal
//! tracks such that no two share a cell and no drop runs over another's rise.
//! Links whose columns swap (a constraint cycle) are split into doglegs.

/// One chain link inside the channel under a row. `tops` are columns where it
/// meets the row above the channel, `bots` where it meets the row below.
pub(super) struct Seg {
    pub(super) tops: Vec<usize>,
    pub(super) bots: Vec<usize>,
}

impl Seg {
    fn span(&self) -> (usize, usize) {
        span_of(&self.tops, &self.bots)
    }
    fn straight(&self) -> bool {
        self.tops.len() == 1 && self.bots.len() == 1 && self.tops == self.bots
    }
}

fn span_of(tops: &[usize], bots: &[usize]) -> (usize, usize) {
    let all = tops.iter().chain(bots);
    (all.clone().copied().min().unwrap_or(0), all.copied().max().unwrap_or(0))
}

/// How one channel link is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Track {
    Straight,
    One(usize),
    /// Track of the half meeting the upper row, jog column, track of the half
    /// meeting the lower row. Used when two links swap columns, which no
    /// single-track assignment can draw without overlapping verticals.
    Dogleg(usize, usize, usize),
}

/// A horizontal run to put on a track: a whole link (`part` 0) or the upper
/// (1) / lower (2) half of a dogleg.
struct Piece {
    seg: usize,
    part: u8,
    tops: Vec<usize>,
    bots: Vec<usize>,
    span: (usize, usize),
}

/// `a` must run above `b` when its drop from the upper row would otherwise
/// overlap `b`'s rise from the lower row in the same column.
fn constraints(pieces: &[Piece]) -> Vec<Vec<usize>> {
    let above = |a: &Piece, b: &Piece| {
        a.tops.iter().any(|t| b.bots.contains(t)) || (a.seg == b.seg && a.part == 1 && b.part == 2)
    };
    pieces
        .iter()
        .enumerate()
        .map(|(i, a)| (0..pieces.len()).filter(|&j| j != i && above(a, &pieces[j])).collect())
        .collect()
}

fn indegrees(succ: &[Vec<usize>]) -> Vec<usize> {
    let mut indeg = vec![0usize; succ.len()];
    for &b in succ.iter().flatten() {
        indeg[b] += 1;
    }
    indeg
}

/// Pieces on a constraint cycle (or between cycles): what Kahn's algorithm
/// cannot remove from either end.
fn cyclic(succ: &[Vec<usize>]) -> Vec<bool> {
    let m = succ.len();
    let mut alive = vec![true; m];
    let mut indeg = indegrees(succ);
    let mut queue: Vec<usize> = (0..m).filter(|&i| indeg[i] == 0).collect();
    while let Some(a) = queue.pop() {
        alive[a] = false;
        for &b in &succ[a] {
            indeg[b] = indeg[b].saturating_sub(1);
            if indeg[b] == 0 && alive[b] {
                queue.push(b);
            }
        }
    }
    loop {
        let sink = (0..m).find(|&i| alive[i] && !succ[i].iter().any(|&b| alive[b]));
        match sink {
            Some(i) => alive[i] = false,
            None => return alive,
        }
    }
}

/// A column no pin or other jog uses, as close to the middle of `a..b` as possible.
fn free_column(a: usize, b: usize, taken: &[usize], limit: usize) -> Option<usize> {
    let mid = a.midpoint(b);
    (0..limit.max(1))
        .flat_map(|d| [mid.checked_sub(d), mid.checked_add(d)])
        .flatten()
        .find(|c| *c < limit && !taken.contains(c))
}

/// Turns one swap-cycle member into a dogleg; false when no link can be split.
fn split_cycle(pieces: &mut Vec<Piece>, taken: &mut Vec<usize>, limit: usize) -> bool {
    let alive = cyclic(&constraints(pieces));
    let victim = (0..pieces.len())
        .find(|&i| alive[i] && pieces[i].part == 0 && pieces[i].tops.len() == 1 && pieces[i].bots.len() == 1);
    let Some(v) = victim else { return false };
    let (Some(&a), Some(&b)) = (pieces[v].tops.first(), pieces[v].bots.first()) else { return false };
    let Some(c) = free_column(a, b, taken, limit) else { return false };
    taken.push(c);
    let seg = pieces[v].seg;
    pieces[v] = Piece { seg, part: 1, tops: vec![a], bots: vec![], span: (a.min(c), a.max(c)) };
    pieces.push(Piece { seg, part: 2, tops: vec![], bots: vec![b], span: (b.min(c), b.max(c)) });
    true
}

/// Left-edge track assignment in constraint order. Returns a [`Track`] per
/// link and the number of tracks the channel needs.
pub(super) fn assign_tracks(segs: &[Seg], limit: usize) -> (Vec<Track>, usize) {
    let mut pieces: Vec<Piece> = segs
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.straight())
        .map(|(i, s)| Piece { seg: i, part: 0, tops: s.tops.clone(), bots: s.bots.clone(), span: s.span() })
        .collect();
    let mut taken: Vec<usize> = segs.iter().flat_map(|s| s.tops.iter().chain(&s.bots)).copied().collect();
    // Every round splits a whole link, so this ends; leftover cycles (no free
    // column) are broken below by ignoring a constraint.
    while cyclic(&constraints(&pieces)).contains(&true) {
        if !split_cycle(&mut pieces, &mut taken, limit) {
            break;
        }
    }
    let succ = constraints(&pieces);
    let mut indeg = indegrees(&succ);
    let mut min_track = vec![0usize; pieces.len()];
    let mut placed: Vec<Option<usize>> = vec![None; pieces.len()];
    let mut used: Vec<Vec<(usize, usize)>> = Vec::new();
    while let Some(a) = next_piece(&placed, &indeg, &pieces) {
        let (lo, hi) = pieces[a].span;
        let mut t = min_track[a];
        while used.get(t).is_some_and(|iv| iv.iter().any(|&(l, h)| !(hi + 1 < l || h + 1 < lo))) {
            t += 1;
        }
        if used.len() <= t {
            used.resize(t + 1, Vec::new());
        }
        used[t].push((lo, hi));
        placed[a] = Some(t);
        for &b in &succ[a] {
            indeg[b] = indeg[b].saturating_sub(1);
            min_track[b] = min_track[b].max(t + 1);
        }
    }
    let mut out = vec![Track::Straight; segs.len()];
    for (p, t) in pieces.iter().zip(&placed) {
        let t = t.unwrap_or(0);
        let jog = if p.part == 1 { p.span.0 + p.span.1 - p.tops.first().copied().unwrap_or(0) } else { 0 };
        out[p.seg] = match (p.part, out[p.seg]) {
            (0, _) => Track::One(t),
            (1, Track::Dogleg(_, _, t2)) => Track::Dogleg(t, jog, t2),
            (1, _) => Track::Dogleg(t, jog, t),
            (_, Track::Dogleg(t1, c, _)) => Track::Dogleg(t1, c, t),
            (_, _) => Track::Dogleg(t, 0, t),
        };
    }
    (out, used.len())
}

/// The shortest unconstrained piece (so loops under a row nest, short inside
/// long); if only constrained ones remain (an unbreakable cycle), the
/// shortest of those.
fn next_piece(placed: &[Option<usize>], indeg: &[usize], pieces: &[Piece]) -> Option<usize> {
    let key = |i: &usize| {
        let (lo, hi) = pieces[*i].span;
        (hi.saturating_sub(lo), lo)
    };
    let open = (0..placed.len()).filter(|&i| placed[i].is_none());
    let ready = open.clone().filter(|&i| indeg[i] == 0).min_by_key(key);
    ready.or_else(|| open.min_by_key(key))
}
