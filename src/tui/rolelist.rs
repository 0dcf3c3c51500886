//! The role list on the Browse screen: which roles show, in what order, under which
//! group headings. Entries are indices into the catalogue, never copies of roles.

use crate::model::{Catalogue, Family, RoleIx, Sector};

use std::cell::OnceCell;
use std::sync::Arc;

use crate::search::Hit;

use super::filters::Filters;

/// How the unsearched list is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    #[default]
    Sector,
    Family,
}

impl Grouping {
    pub fn toggled(self) -> Grouping {
        match self {
            Grouping::Sector => Grouping::Family,
            Grouping::Family => Grouping::Sector,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Grouping::Sector => "sector",
            Grouping::Family => "family",
        }
    }
}

/// Social care first, then roles in both, then health: the same left-to-right order as the
/// pathway map, so the two read alike.
pub const SECTOR_ORDER: [Sector; 3] = [Sector::SocialCare, Sector::Both, Sector::Health];

/// The orders every role is listed in, each sorted once on first use: at 100,000 roles a
/// sort takes longer than a frame, and Esc or `/` would otherwise sort again.
#[derive(Debug, Default)]
pub struct Orders {
    sector: OnceCell<Vec<RoleIx>>,
    family: OnceCell<Vec<RoleIx>>,
    title: OnceCell<Vec<RoleIx>>,
}

impl Orders {
    /// Grouped, then by level (roles without one last in their group), then by title.
    pub fn grouped(&self, catalogue: &Catalogue, grouping: Grouping) -> &[RoleIx] {
        let cell = match grouping {
            Grouping::Sector => &self.sector,
            Grouping::Family => &self.family,
        };
        cell.get_or_init(|| {
            // Group, level and the title's first bytes are worked out once per role and kept
            // beside it; whole titles are compared where they lie, only for ties, not copied.
            let level = |r: RoleIx| {
                let l = catalogue.level(r).map(|l| l.level);
                (l.is_none(), l)
            };
            let title = |r: RoleIx| catalogue.role(r).title.as_str();
            let mut keyed: Vec<(usize, _, u64, RoleIx)> = catalogue
                .role_indices()
                .map(|r| (group_of(catalogue, grouping, r).0, level(r), crate::model::leading_bytes(title(r)), r))
                .collect();
            // Ties keep the data's order, as a stable sort would.
            keyed.sort_unstable_by(|a, b| {
                (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)).then_with(|| title(a.3).cmp(title(b.3))).then(a.3.cmp(&b.3))
            });
            keyed.into_iter().map(|(.., r)| r).collect()
        })
    }

    /// Every role by title.
    pub fn by_title(&self, catalogue: &Catalogue) -> &[RoleIx] {
        self.title.get_or_init(|| crate::model::sorted_by_text(&catalogue.roles, |r| &r.title, RoleIx))
    }
}

/// A role's group: its place among the groups, and the heading.
fn group_of(catalogue: &Catalogue, grouping: Grouping, r: RoleIx) -> (usize, &'static str) {
    let role = catalogue.role(r);
    match grouping {
        Grouping::Sector => {
            let pos = SECTOR_ORDER.iter().position(|s| *s == role.sector).unwrap_or(SECTOR_ORDER.len());
            (pos, role.sector.label())
        }
        Grouping::Family => {
            let pos = Family::ALL.iter().position(|f| *f == role.family).unwrap_or(Family::ALL.len());
            (pos, role.family.label())
        }
    }
}

/// One role in the list, and which of the list's hits it is when searching.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub role: RoleIx,
    pub hit: Option<u32>,
}

/// A heading over the entries from `start` to the next heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub start: usize,
    pub label: &'static str,
    pub count: usize,
}

/// A line of the list as drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ListRow<'a> {
    Group(&'a Group),
    Entry(usize, &'a Entry),
}

/// The list as shown: entries in order, headings (none while searching), the selected
/// entry and the first row in view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleList {
    /// Shared, not copied: a list of 100,000 roles is rebuilt and dropped in a keystroke.
    pub entries: Arc<[Entry]>,
    /// The search's hits, as the search worker found them.
    pub hits: Arc<[Hit]>,
    pub groups: Arc<[Group]>,
    pub selected: Option<usize>,
    /// First row in view, counting heading rows.
    pub offset: usize,
}

impl RoleList {
    /// Search hits best first, those the filters let through.
    pub fn searched(catalogue: &Catalogue, hits: Arc<[Hit]>, filters: &Filters) -> RoleList {
        let entries = (0..)
            .zip(hits.iter())
            .filter(|(_, h)| filters.matches(catalogue, h.role))
            .map(|(i, h)| Entry { role: h.role, hit: Some(i) })
            .collect();
        RoleList { entries, hits, ..RoleList::default() }
    }

    /// What an entry matched, when the list is a search's.
    pub fn hit(&self, entry: &Entry) -> Option<&Hit> {
        entry.hit.and_then(|i| self.hits.get(i as usize))
    }

    /// Every role the filters let through, grouped, in the grouping's order.
    pub fn all(catalogue: &Catalogue, orders: &Orders, filters: &Filters, grouping: Grouping) -> RoleList {
        let roles: Vec<RoleIx> =
            orders.grouped(catalogue, grouping).iter().copied().filter(|&r| filters.matches(catalogue, r)).collect();
        let mut groups: Vec<Group> = Vec::new();
        for (i, &r) in roles.iter().enumerate() {
            let label = group_of(catalogue, grouping, r).1;
            match groups.last_mut() {
                Some(g) if g.label == label => g.count += 1,
                _ => groups.push(Group { start: i, label, count: 1 }),
            }
        }
        let entries = roles.into_iter().map(|role| Entry { role, hit: None }).collect();
        RoleList { entries, groups: groups.into(), ..RoleList::default() }
    }

    /// Rows drawn: headings and entries.
    pub fn row_count(&self) -> usize {
        self.entries.len() + self.groups.len()
    }

    /// The row an entry is drawn on.
    pub fn row_of(&self, entry: usize) -> usize {
        entry + self.groups.iter().filter(|g| g.start <= entry).count()
    }

    /// What is drawn on each row, in order.
    pub fn rows(&self) -> impl Iterator<Item = ListRow<'_>> {
        let mut groups = self.groups.iter().peekable();
        self.entries.iter().enumerate().flat_map(move |(i, e)| {
            let heading = groups.next_if(|g| g.start == i).map(ListRow::Group);
            heading.into_iter().chain(std::iter::once(ListRow::Entry(i, e)))
        })
    }

    /// The entry on a row, if the row is an entry rather than a heading.
    pub fn entry_at_row(&self, row: usize) -> Option<usize> {
        match self.rows().nth(row)? {
            ListRow::Entry(i, _) => Some(i),
            ListRow::Group(_) => None,
        }
    }

    pub fn position(&self, role: RoleIx) -> Option<usize> {
        self.entries.iter().position(|e| e.role == role)
    }

    pub fn selected_role(&self) -> Option<RoleIx> {
        self.selected.and_then(|i| self.entries.get(i)).map(|e| e.role)
    }

    /// Scrolls so the selection shows in `height` rows, with its heading when it is the first
    /// of a group.
    pub fn fit(&mut self, height: usize) {
        let Some(sel) = self.selected else {
            self.offset = super::cursor::offset_showing(self.offset, 0, self.row_count(), height);
            return;
        };
        let row = self.row_of(sel);
        let first_in_group = self.groups.iter().any(|g| g.start == sel);
        let top = if first_in_group { row.saturating_sub(1) } else { row };
        self.offset = super::cursor::offset_showing(self.offset, top, self.row_count(), height);
        self.offset = super::cursor::offset_showing(self.offset, row, self.row_count(), height);
    }
}
