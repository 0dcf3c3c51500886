//! Layered ("Sugiyama-style") graph layout in terminal character cells.
//!
//! Pure and domain-free: a node has a label, a layer (larger layers are drawn
//! higher up) and a group (lower groups lean left). [`layout`] computes boxes
//! and orthogonal connector routes; [`draw`] renders a [`Layout`] as text lines,
//! which is what the tests and snapshots look at. Only `std` is used.
//!
//! Pipeline: rows from layers -> dummy items on long edges -> group-first
//! barycenter ordering -> label wrapping, and row splitting when a row still
//! does not fit -> x placement (isotonic regression towards neighbours) ->
//! port allocation -> channel routing with vertical constraints -> y placement.
//!
//! One stage per file: `order` builds the rows (dummy items on long edges) and
//! reduces crossings; `place` sizes the boxes, splits rows that do not fit and
//! places everything horizontally; `route` allocates ports, lays the channels
//! out vertically and turns each edge into a polyline, using `tracks` to put the
//! horizontal runs of each channel on non-conflicting tracks; `draw` renders.

mod draw;
mod order;
mod place;
mod route;
#[cfg(test)]
mod tests;
mod tracks;

pub use draw::draw;

use place::{Ctx, Sized, build_rows, place};
use route::{Plan, assign_ports};
use tracks::{Track, assign_tracks};

/// A role box to lay out. `layer` 0 is lowest; `group` lower sorts further left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub label: String,
    pub layer: u8,
    pub group: u8,
}

/// A step between two nodes (indices into the node slice). Edges with an index
/// out of range are ignored; self-loops and duplicates are routed like others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Target total width in columns.
    pub width: u16,
    /// Minimum blank columns between two boxes in the same row.
    pub gap: u16,
    /// Blank columns inside each side of a box.
    pub padding: u16,
}

impl Default for Options {
    fn default() -> Self {
        Options { width: 80, gap: 2, padding: 1 }
    }
}

/// A box: border, padding and the label wrapped into `lines`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
    pub lines: Vec<String>,
}

/// An orthogonal polyline from the cell just outside the source border to the
/// cell just outside the target border; the last segment gives the arrow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub from: usize,
    pub to: usize,
    /// Index of the input edge this route draws (invalid edges get no route).
    pub edge: usize,
    pub points: Vec<(u16, u16)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// One box per input node, same index.
    pub boxes: Vec<Placed>,
    pub routes: Vec<Route>,
    pub width: u16,
    pub height: u16,
    /// One entry per drawn row, top first: (layer, y, height). A layer that
    /// had to be split to fit the width has several consecutive entries.
    pub rows: Vec<(u8, u16, u16)>,
}

/// Saturates rather than wraps: only absurd inputs get that large, and a clipped
/// picture beats a scrambled one.
fn to16(v: usize) -> u16 {
    u16::try_from(v).unwrap_or(u16::MAX)
}

/// Labels are measured in chars, not bytes: each char takes one cell.
fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A valid input edge: (input index, from, to).
type VEdge = (usize, usize, usize);

/// Lays out `nodes` and `edges` in character cells. Never panics; when even the
/// narrowest wrapping does not fit `opts.width`, the layout is wider instead.
pub fn layout(nodes: &[Node], edges: &[Edge], opts: &Options) -> Layout {
    if nodes.is_empty() {
        return Layout::default();
    }
    let n = nodes.len();
    let valid: Vec<VEdge> =
        edges.iter().enumerate().filter(|(_, e)| e.from < n && e.to < n).map(|(i, e)| (i, e.from, e.to)).collect();
    let ctx =
        Ctx { nodes, padding: usize::from(opts.padding), gap: usize::from(opts.gap), width: usize::from(opts.width) };
    let Sized { rk, widths, shapes } = build_rows(&ctx, &valid);
    let (x, total) = place(&rk, &widths, ctx.gap);
    let ports = assign_ports(&rk, &x, &widths);
    let plan = Plan { rk, shapes, x, ports };
    let (channels, seg_at) = plan.channels();
    let tracks: Vec<(Vec<Track>, usize)> = channels.iter().map(|s| assign_tracks(s, total)).collect();
    let v = plan.vertical(&channels, &tracks);
    let boxes = plan
        .shapes
        .iter()
        .enumerate()
        .map(|(i, s)| Placed {
            x: to16(plan.x[i]),
            y: to16(v.row_y[plan.rk.item_row[i]]),
            width: to16(s.w),
            height: to16(s.h),
            lines: s.lines.clone(),
        })
        .collect();
    let routes = valid
        .iter()
        .enumerate()
        .map(|(c, &(edge, from, to))| {
            let points = plan.route(c, &seg_at[c], &tracks, &v).into_iter().map(|(a, b)| (to16(a), to16(b))).collect();
            Route { from, to, edge, points }
        })
        .collect();
    let rows = (0..plan.rk.rows.len()).map(|r| (plan.rk.row_layer[r], to16(v.row_y[r]), to16(v.row_h[r]))).collect();
    Layout { boxes, routes, width: to16(total), height: to16(v.height), rows }
}
