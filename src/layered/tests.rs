//! Property tests: every example and a few hundred seeded random graphs are
//! laid out at several widths and checked against what `layout` promises.

use super::*;
use std::collections::HashMap;

pub fn node(label: &str, layer: u8, group: u8) -> Node {
    Node { label: label.to_string(), layer, group }
}

fn edges(list: &[(usize, usize)]) -> Vec<Edge> {
    list.iter().map(|&(from, to)| Edge { from, to }).collect()
}

pub fn examples() -> Vec<(&'static str, Vec<Node>, Vec<Edge>)> {
    vec![
        (
            "A: Care worker to registered manager",
            vec![
                node("Care worker", 2, 0),
                node("Senior care worker", 3, 0),
                node("Team leader", 3, 0),
                node("Deputy manager", 5, 0),
                node("Registered manager", 6, 0),
            ],
            edges(&[(0, 1), (1, 2), (2, 3), (3, 4), (1, 3)]),
        ),
        (
            "B: Branching: care worker into nursing and into leadership",
            vec![
                node("New care worker (new to care)", 1, 0),
                node("Care worker", 2, 0),
                node("Senior care worker", 3, 0),
                node("Trainee nursing associate", 3, 2),
                node("Nursing associate", 4, 2),
                node("Registered nurse (adult)", 5, 2),
                node("Team leader", 3, 0),
                node("Deputy manager", 5, 0),
                node("Registered manager", 6, 0),
            ],
            edges(&[(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (2, 6), (6, 7), (7, 8), (5, 7)]),
        ),
        (
            "C: Nurse into social care leadership",
            vec![
                node("Registered nurse (adult)", 5, 2),
                node("Care home nurse", 5, 0),
                node("Deputy manager", 5, 0),
                node("Registered manager", 6, 0),
            ],
            edges(&[(0, 1), (1, 2), (2, 3)]),
        ),
    ]
}

/// xorshift64: tiny, seeded, reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n.max(1)) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below((hi - lo + 1) as u64)
    }
}

fn random_label(rng: &mut Rng) -> String {
    let target = rng.range(3, 40);
    let mut s = String::new();
    while s.len() < target {
        if !s.is_empty() {
            s.push(' ');
        }
        let wl = rng.range(1, 10).min(target.saturating_sub(s.len()).max(1));
        for _ in 0..wl {
            s.push((b'a' + rng.below(26) as u8) as char);
        }
    }
    s
}

/// Random graph; `dense` allows up to 2n edges, otherwise pathway-like sparsity.
pub fn random_graph(seed: u64, dense: bool) -> (Vec<Node>, Vec<Edge>) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let n = rng.range(2, 25);
    let layers = rng.range(1, 8);
    let nodes: Vec<Node> = (0..n)
        .map(|_| Node {
            label: random_label(&mut rng),
            layer: rng.below(layers as u64) as u8 + 1,
            group: rng.below(3) as u8,
        })
        .collect();
    let m = if dense { rng.range(0, 2 * n) } else { rng.range(n / 2, n + 3) };
    let edges = (0..m).map(|_| Edge { from: rng.below(n as u64), to: rng.below(n as u64) }).collect();
    (nodes, edges)
}

fn cells(a: (u16, u16), b: (u16, u16)) -> Vec<(u16, u16)> {
    let mut out = Vec::new();
    if a.1 == b.1 {
        for x in a.0.min(b.0)..=a.0.max(b.0) {
            out.push((x, a.1));
        }
    } else {
        for y in a.1.min(b.1)..=a.1.max(b.1) {
            out.push((a.0, y));
        }
    }
    out
}

/// Outside the box and touching one of its four sides (not a corner).
fn adjacent(b: &Placed, p: (u16, u16)) -> bool {
    let (x, y) = (i64::from(p.0), i64::from(p.1));
    let (bx, by, bw, bh) = (i64::from(b.x), i64::from(b.y), i64::from(b.width), i64::from(b.height));
    let in_x = x >= bx && x < bx + bw;
    let in_y = y >= by && y < by + bh;
    (in_x && (y == by - 1 || y == by + bh)) || (in_y && (x == bx - 1 || x == bx + bw))
}

/// The arrow's last step must move into the box.
fn points_into(b: &Placed, prev: (u16, u16), last: (u16, u16)) -> bool {
    let (bx, by) = (u32::from(b.x), u32::from(b.y));
    let (lx, ly) = (u32::from(last.0), u32::from(last.1));
    if ly + 1 == by {
        prev.1 < last.1
    } else if ly == by + u32::from(b.height) {
        prev.1 > last.1
    } else if lx + 1 == bx {
        prev.0 < last.0
    } else {
        prev.0 > last.0
    }
}

fn min_width_needed(nodes: &[Node], padding: u16) -> usize {
    nodes
        .iter()
        .map(|nd| nd.label.split_whitespace().map(char_len).max().unwrap_or(0).max(1) + 2 * usize::from(padding) + 2)
        .max()
        .unwrap_or(0)
}

/// Every property `layout` promises; returns the first violation.
pub fn check(nodes: &[Node], edges: &[Edge], opts: Options, l: &Layout) -> Result<(), String> {
    if l.boxes.len() != nodes.len() {
        return Err(format!("{} boxes for {} nodes", l.boxes.len(), nodes.len()));
    }
    check_boxes(nodes, opts, l)?;
    check_routes(nodes, edges, l)?;
    check_layers(nodes, l)?;
    check_fit(nodes, edges, opts, l)?;
    let pic = draw(l);
    let arrows: usize = pic.iter().map(|s| s.chars().filter(|c| "▲▼◀▶".contains(*c)).count()).sum();
    if arrows != l.routes.len() {
        return Err(format!("{arrows} arrowheads for {} routes", l.routes.len()));
    }
    Ok(())
}

fn check_boxes(nodes: &[Node], opts: Options, l: &Layout) -> Result<(), String> {
    let gap = u32::from(opts.gap);
    for (i, a) in l.boxes.iter().enumerate() {
        for b in l.boxes.iter().skip(i + 1) {
            let (ax, aw, bx, bw) = (u32::from(a.x), u32::from(a.width), u32::from(b.x), u32::from(b.width));
            let (ay, ah, by, bh) = (u32::from(a.y), u32::from(a.height), u32::from(b.y), u32::from(b.height));
            let apart_x = ax + aw + gap <= bx || bx + bw + gap <= ax;
            let apart_y = ay + ah < by || by + bh < ay;
            if !apart_x && !apart_y {
                return Err(format!("boxes too close: {a:?} {b:?}"));
            }
        }
    }
    for (nd, b) in nodes.iter().zip(&l.boxes) {
        let got: Vec<&str> = b.lines.iter().flat_map(|s| s.split_whitespace()).collect();
        let want: Vec<&str> = nd.label.split_whitespace().collect();
        if got != want {
            return Err(format!("label {:?} drawn as {:?}", nd.label, b.lines));
        }
        let room = usize::from(b.width).saturating_sub(2 + 2 * usize::from(opts.padding));
        if b.lines.iter().any(|s| char_len(s) > room) || usize::from(b.height) != b.lines.len() + 2 {
            return Err(format!("label {:?} does not fit its box {b:?}", nd.label));
        }
        if u32::from(b.x) + u32::from(b.width) > u32::from(l.width)
            || u32::from(b.y) + u32::from(b.height) > u32::from(l.height)
        {
            return Err(format!("box outside layout: {b:?}"));
        }
    }
    Ok(())
}

/// Which box covers each cell, so per-cell checks stay cheap.
struct Occupancy {
    w: usize,
    cells: Vec<Option<usize>>,
}

impl Occupancy {
    fn new(l: &Layout) -> Self {
        let (w, h) = (usize::from(l.width), usize::from(l.height));
        let mut cells = vec![None; w * h];
        for (i, b) in l.boxes.iter().enumerate() {
            for y in usize::from(b.y)..usize::from(b.y) + usize::from(b.height) {
                for x in usize::from(b.x)..usize::from(b.x) + usize::from(b.width) {
                    if x < w && y < h {
                        cells[y * w + x] = Some(i);
                    }
                }
            }
        }
        Occupancy { w, cells }
    }
    fn box_at(&self, c: (u16, u16)) -> Option<usize> {
        let (x, y) = (usize::from(c.0), usize::from(c.1));
        if x >= self.w { None } else { self.cells.get(y * self.w + x).copied().flatten() }
    }
}

fn check_routes(nodes: &[Node], edges: &[Edge], l: &Layout) -> Result<(), String> {
    let n = nodes.len();
    let occ = Occupancy::new(l);
    let valid: Vec<(usize, &Edge)> = edges.iter().enumerate().filter(|(_, e)| e.from < n && e.to < n).collect();
    if valid.len() != l.routes.len() {
        return Err(format!("{} routes for {} edges", l.routes.len(), valid.len()));
    }
    let mut horiz: HashMap<(u16, u16), usize> = HashMap::new();
    let mut vert: HashMap<(u16, u16), usize> = HashMap::new();
    for ((i, e), r) in valid.iter().zip(&l.routes) {
        if r.edge != *i || r.from != e.from || r.to != e.to || r.points.len() < 2 {
            return Err(format!("bad route for edge {i}: {r:?}"));
        }
        let (src, dst) = (&l.boxes[e.from], &l.boxes[e.to]);
        let (first, last) = (r.points[0], r.points[r.points.len() - 1]);
        let prev = r.points[r.points.len() - 2];
        if !adjacent(src, first) || !adjacent(dst, last) || !points_into(dst, prev, last) {
            return Err(format!("route {r:?} does not join {src:?} to {dst:?}"));
        }
        for pair in r.points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if (a.0 != b.0) == (a.1 != b.1) {
                return Err(format!("route {r:?} not orthogonal"));
            }
            let map = if a.1 == b.1 { &mut horiz } else { &mut vert };
            for c in cells(a, b) {
                if let Some(b) = occ.box_at(c).and_then(|i| l.boxes.get(i)) {
                    return Err(format!("route {r:?} enters box {b:?} at {c:?}"));
                }
                if c.0 >= l.width || c.1 >= l.height {
                    return Err(format!("route {r:?} leaves the layout at {c:?}"));
                }
                if *map.entry(c).or_insert(*i) != *i {
                    return Err(format!(
                        "route {r:?} shares a {} cell {c:?}",
                        if a.1 == b.1 { "horizontal" } else { "vertical" }
                    ));
                }
            }
        }
    }
    Ok(())
}

fn check_layers(nodes: &[Node], l: &Layout) -> Result<(), String> {
    for (a, ba) in nodes.iter().zip(&l.boxes) {
        for (b, bb) in nodes.iter().zip(&l.boxes) {
            if a.layer > b.layer && u32::from(ba.y) + u32::from(ba.height) >= u32::from(bb.y) {
                return Err(format!("layer {} box {ba:?} not above layer {} box {bb:?}", a.layer, b.layer));
            }
        }
    }
    let layers: Vec<u8> = l.rows.iter().map(|r| r.0).collect();
    if layers.windows(2).any(|w| w[0] < w[1]) || l.rows.windows(2).any(|w| w[0].1 >= w[1].1) {
        return Err(format!("rows out of order: {:?}", l.rows));
    }
    Ok(())
}

/// A row can always be split down to one box, but the connector columns of
/// edges passing through a row cannot be split away, so they are budgeted
/// (each is one column plus one blank), as are boxes widened for ports.
fn check_fit(nodes: &[Node], edges: &[Edge], opts: Options, l: &Layout) -> Result<(), String> {
    let n = nodes.len();
    let valid = || edges.iter().filter(|e| e.from < n && e.to < n);
    let occ = Occupancy::new(l);
    let mut vertical: Vec<(u16, u16)> = l
        .routes
        .iter()
        .flat_map(|r| r.points.windows(2).filter(|p| p[0].0 == p[1].0).flat_map(|p| cells(p[0], p[1])))
        .filter(|&c| occ.box_at(c).is_none())
        .collect();
    vertical.sort_unstable();
    vertical.dedup();
    let through = |y: u16| vertical.iter().filter(|c| c.1 == y).count();
    let worst_through = l.rows.iter().map(|r| through(r.1)).max().unwrap_or(0);
    let degree = (0..n).map(|v| valid().filter(|e| e.from == v || e.to == v).count() + 2).max().unwrap_or(0);
    let need = min_width_needed(nodes, opts.padding).max(degree) + 2 * worst_through;
    if need <= usize::from(opts.width) && l.width > opts.width {
        return Err(format!("layout {} wide for width {} (need {need})", l.width, opts.width));
    }
    Ok(())
}

fn run(nodes: &[Node], edges: &[Edge], opts: Options) {
    let l = layout(nodes, edges, &opts);
    if let Err(msg) = check(nodes, edges, opts, &l) {
        panic!("{msg}\nopts {opts:?}\n{}", draw(&l).join("\n"));
    }
}

#[test]
fn examples_hold_properties() {
    for (_, nodes, edges) in examples() {
        for width in [40, 80, 120, 200] {
            for (gap, padding) in [(1, 0), (2, 1), (3, 2)] {
                run(&nodes, &edges, Options { width, gap, padding });
            }
        }
    }
}

#[test]
fn random_sparse_graphs_hold_properties() {
    for seed in 1..=300u64 {
        let (nodes, edges) = random_graph(seed, false);
        for width in [40, 80, 120, 200] {
            let opts = Options { width, gap: 1 + (seed % 3) as u16, padding: (seed % 2) as u16 };
            run(&nodes, &edges, opts);
        }
    }
}

#[test]
fn random_dense_graphs_hold_properties() {
    for seed in 1000..=1200u64 {
        let (nodes, edges) = random_graph(seed, true);
        for width in [40, 80, 120, 200] {
            run(&nodes, &edges, Options { width, gap: 2, padding: 1 });
        }
    }
}

#[test]
fn one_layer_crowd_splits_into_sub_rows() {
    let nodes: Vec<Node> =
        (0..12).map(|i| node(&format!("Role number {i} in a crowded level"), 4, (i % 3) as u8)).collect();
    let mut all = nodes.clone();
    all.push(node("Above", 5, 0));
    all.push(node("Below", 3, 0));
    let es: Vec<Edge> = (0..12).flat_map(|i| [Edge { from: 13, to: i }, Edge { from: i, to: 12 }]).collect();
    let opts = Options { width: 80, gap: 2, padding: 1 };
    let l = layout(&all, &es, &opts);
    check(&all, &es, opts, &l).unwrap();
    assert!(l.rows.iter().filter(|r| r.0 == 4).count() >= 2, "rows {:?}", l.rows);
    assert!(l.width <= 80);
}

#[test]
fn wraps_before_splitting() {
    let nodes =
        vec![node("Registered nurse (adult)", 5, 2), node("Care home nurse", 5, 0), node("Deputy manager", 5, 0)];
    let opts = Options { width: 40, gap: 1, padding: 0 };
    let l = layout(&nodes, &[], &opts);
    check(&nodes, &[], opts, &l).unwrap();
    assert_eq!(l.rows.len(), 1);
    assert!(l.boxes.iter().any(|b| b.lines.len() > 1));
}

#[test]
fn groups_lean_left() {
    let (_, nodes, edges) = examples().remove(2);
    let l = layout(&nodes, &edges, &Options::default());
    assert!(l.boxes[1].x < l.boxes[0].x, "care home nurse (group 0) left of nurse (group 2)");
}

#[test]
fn tiny_inputs_do_not_panic() {
    let one = vec![node("Solo", 1, 0)];
    let two = vec![node("A", 1, 0), node("B", 1, 1)];
    let cases: Vec<(Vec<Node>, Vec<Edge>)> = vec![
        (vec![], vec![]),
        (vec![], edges(&[(0, 1)])),
        (one.clone(), vec![]),
        (one.clone(), edges(&[(0, 0)])),
        (one.clone(), edges(&[(0, 0), (0, 0), (0, 5), (7, 0)])),
        (two.clone(), edges(&[(0, 1), (0, 1), (1, 0), (1, 1)])),
        (vec![node("", 0, 0), node("   ", 255, 255)], edges(&[(0, 1), (1, 0)])),
    ];
    for (nodes, es) in &cases {
        for width in [0, 1, 2, 40, u16::MAX] {
            for (gap, padding) in [(0, 0), (1, 1), (5, 3)] {
                run(nodes, es, Options { width, gap, padding });
            }
        }
    }
    assert_eq!(layout(&[], &[], &Options::default()), Layout::default());
    assert!(draw(&Layout::default()).is_empty());
}

#[test]
fn extreme_options_do_not_panic() {
    let (_, nodes, es) = examples().remove(1);
    for (gap, padding) in [(u16::MAX, 0), (0, u16::MAX / 4), (u16::MAX, u16::MAX / 4)] {
        let l = layout(&nodes, &es, &Options { width: u16::MAX, gap, padding });
        assert_eq!(l.boxes.len(), nodes.len());
        assert!(!draw(&l).is_empty());
    }
    let long = vec![node(&"x".repeat(5000), 1, 0), node(&"word ".repeat(400), 2, 0)];
    run(&long, &edges(&[(0, 1), (1, 0)]), Options { width: 80, gap: 2, padding: 1 });
}

#[test]
fn self_loop_is_drawn_under_its_box() {
    let nodes = vec![node("Care worker", 2, 0)];
    let es = edges(&[(0, 0)]);
    let l = layout(&nodes, &es, &Options::default());
    let pic = draw(&l).join("\n");
    assert!(pic.contains('▲'), "{pic}");
}

#[test]
fn draw_snapshot_graph_c() {
    let (_, nodes, edges) = examples().remove(2);
    let l = layout(&nodes, &edges, &Options { width: 80, gap: 2, padding: 1 });
    let pic = draw(&l);
    assert!(pic.iter().any(|s| s.contains("Registered manager")));
    assert_eq!(pic.len(), usize::from(l.height));
}
