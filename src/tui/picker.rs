//! The fuzzy role picker (the Routes screen's target).

use std::sync::Arc;

use crate::model::{Catalogue, RoleIx};
use crate::search::Hit;

use super::cursor::Cursor;
use super::rolelist::Orders;

/// Longest query kept; anything longer is not a role title.
pub const MAX_QUERY_CHARS: usize = 80;

/// What a picked role is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickFor {
    /// Where the routes lead.
    Target,
    /// A role the routes must pass through.
    Via,
}

/// A query line over the roles and what it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub purpose: PickFor,
    pub query: String,
    /// Every role, by title, while the query is empty; the hits, best first, otherwise,
    /// each with its place among `hits`.
    pub choices: Vec<(RoleIx, Option<u32>)>,
    pub hits: Arc<[Hit]>,
    pub cursor: Cursor,
}

impl Picker {
    pub fn new(catalogue: &Catalogue, orders: &Orders, purpose: PickFor) -> Picker {
        let mut picker = Picker {
            purpose,
            query: String::new(),
            choices: Vec::new(),
            hits: Arc::default(),
            cursor: Cursor::default(),
        };
        picker.show_all(catalogue, orders);
        picker
    }

    /// Every role, by title: the choices while the query is empty.
    pub fn show_all(&mut self, catalogue: &Catalogue, orders: &Orders) {
        self.choices = orders.by_title(catalogue).iter().map(|&r| (r, None)).collect();
        self.hits = Arc::default();
        self.cursor = Cursor::default();
    }

    /// The hits for the query, best first.
    pub fn show(&mut self, hits: Arc<[Hit]>) {
        self.choices = (0..).zip(hits.iter()).map(|(i, h)| (h.role, Some(i))).collect();
        self.hits = hits;
        self.cursor = Cursor::default();
    }

    /// What a choice matched.
    pub fn hit(&self, at: Option<u32>) -> Option<&Hit> {
        at.and_then(|i| self.hits.get(i as usize))
    }

    pub fn chosen(&self) -> Option<RoleIx> {
        self.choices.get(self.cursor.selected).map(|(r, _)| *r)
    }
}

/// Whether a typed character may go into a query: never a control character or a
/// bidirectional override, so the query line can never be made to misdraw.
pub fn acceptable(c: char) -> bool {
    !(c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
}
