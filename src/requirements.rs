//! What a step or a role requires, and whether a person meets it.
//!
//! People meet requirements in more than one way: GCSE English and maths at grade 4 or
//! Functional Skills Level 2; an SVQ in Scotland in place of England's diploma. So a
//! requirement is a choice of qualifications ("any one of"), and a qualification can count
//! as another, everywhere or in named nations. Gap analysis, "open now" and routes all ask
//! the questions here, so they cannot disagree.

use std::collections::HashSet;
use std::fmt::Write as _;

use serde::Serialize;

use crate::model::{Catalogue, Nation, QualIx};

/// One requirement: any one of these qualifications (a single qualification is a choice
/// of one).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Requirement {
    pub any_of: Vec<QualIx>,
}

impl Requirement {
    pub fn one(q: QualIx) -> Requirement {
        Requirement { any_of: vec![q] }
    }
}

/// "Holding this counts as holding that", in the listed nations (all when empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountsAs {
    pub qualification: QualIx,
    pub nations: Vec<Nation>,
}

impl CountsAs {
    fn applies_in(&self, nation: Option<Nation>) -> bool {
        self.nations.is_empty() || nation.is_some_and(|n| self.nations.contains(&n))
    }
}

/// True when a qualification can be taken in a nation (no nations recorded: anywhere).
pub fn offered_in(catalogue: &Catalogue, q: QualIx, nation: Option<Nation>) -> bool {
    let nations = &catalogue.qualification(q).nations;
    nations.is_empty() || nation.is_none_or(|n| nations.contains(&n))
}

/// The qualifications that meet a requirement in a nation: its own options that are
/// offered there, then those that count as one of them there. Empty means the data has no
/// way to meet it in that nation.
pub fn options(catalogue: &Catalogue, req: &Requirement, nation: Option<Nation>) -> Vec<QualIx> {
    let mut out: Vec<QualIx> = req.any_of.iter().copied().filter(|&q| offered_in(catalogue, q, nation)).collect();
    for &wanted in &req.any_of {
        for &ix in catalogue.stood_in_for(wanted) {
            if out.contains(&ix) || !offered_in(catalogue, ix, nation) {
                continue;
            }
            let qual = catalogue.qualification(ix);
            if qual.counts_as.iter().any(|c| c.qualification == wanted && c.applies_in(nation)) {
                out.push(ix);
            }
        }
    }
    out
}

/// The qualifications a person holds, as far as a query needs to know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Held {
    quals: HashSet<QualIx>,
    /// Choices known to be met without knowing which option (someone in a role that
    /// requires "A or B" holds one of them).
    met: Vec<Requirement>,
}

impl Held {
    pub fn new(quals: impl IntoIterator<Item = QualIx>) -> Held {
        Held { quals: quals.into_iter().collect(), met: Vec::new() }
    }

    /// What someone in `role` can be assumed to hold: what they said they hold plus what
    /// the role itself requires (they could not be doing the job without it).
    pub fn in_role(&self, catalogue: &Catalogue, role: crate::model::RoleIx) -> Held {
        let mut held = self.clone();
        for req in &catalogue.role(role).required {
            held.gain(req);
        }
        held
    }

    /// Records a requirement as met: its one option, or the choice itself.
    pub fn gain(&mut self, req: &Requirement) {
        match req.any_of[..] {
            [one] => {
                self.quals.insert(one);
            }
            _ => {
                if !self.met.contains(req) {
                    self.met.push(req.clone());
                }
            }
        }
    }

    pub fn contains(&self, qual: QualIx) -> bool {
        self.quals.contains(&qual)
    }

    pub fn insert(&mut self, qual: QualIx) {
        self.quals.insert(qual);
    }

    pub fn remove(&mut self, qual: QualIx) {
        self.quals.remove(&qual);
    }

    pub fn len(&self) -> usize {
        self.quals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.quals.is_empty()
    }

    /// Held qualifications in catalogue order.
    pub fn sorted(&self) -> Vec<QualIx> {
        let mut v: Vec<QualIx> = self.quals.iter().copied().collect();
        v.sort();
        v
    }

    /// True when the person meets the requirement in the nation: they hold one of its
    /// options, something that counts as one there, or met the same choice already.
    pub fn meets(&self, catalogue: &Catalogue, req: &Requirement, nation: Option<Nation>) -> bool {
        if req.any_of.iter().any(|q| self.quals.contains(q)) {
            return true;
        }
        if self.met.iter().any(|m| m.any_of.iter().all(|q| req.any_of.contains(q))) {
            return true;
        }
        self.quals.iter().any(|&h| counts_for(catalogue, h, req, nation))
    }

    /// The requirements not yet met, in order.
    pub fn missing(&self, catalogue: &Catalogue, reqs: &[Requirement], nation: Option<Nation>) -> Vec<Requirement> {
        reqs.iter().filter(|r| !self.meets(catalogue, r, nation)).cloned().collect()
    }
}

/// True when holding `qual` counts as one of the requirement's options in the nation.
fn counts_for(catalogue: &Catalogue, qual: QualIx, req: &Requirement, nation: Option<Nation>) -> bool {
    catalogue
        .qualification(qual)
        .counts_as
        .iter()
        .any(|c| req.any_of.contains(&c.qualification) && c.applies_in(nation))
}

/// True when someone who has only gained `gained` (as [`Held::gain`] records it) meets
/// `req`. What a person holds is a union, and [`Held::meets`] asks each part, so route
/// finding can ask this of each step behind it instead of copying what is held.
pub(crate) fn gaining_meets(
    catalogue: &Catalogue,
    gained: &Requirement,
    req: &Requirement,
    nation: Option<Nation>,
) -> bool {
    match gained.any_of[..] {
        [one] => holding_meets(catalogue, one, req, nation),
        _ => gained.any_of.iter().all(|q| req.any_of.contains(q)),
    }
}

/// [`gaining_meets`] for one qualification held (as [`Held::insert`] records it).
pub(crate) fn holding_meets(catalogue: &Catalogue, qual: QualIx, req: &Requirement, nation: Option<Nation>) -> bool {
    req.any_of.contains(&qual) || counts_for(catalogue, qual, req, nation)
}

/// "GCSE English and maths (RQF 2) or Functional Skills English and maths Level 2 (RQF 2)",
/// naming in a nation the options that count there.
pub fn describe(catalogue: &Catalogue, req: &Requirement, nation: Option<Nation>) -> String {
    let opts = options(catalogue, req, nation);
    let shown = if opts.is_empty() { req.any_of.clone() } else { opts };
    let names: Vec<String> = shown.iter().map(|&q| qualification_name(catalogue, q)).collect();
    let mut text = names.join(" or ");
    if options(catalogue, req, nation).is_empty()
        && let Some(n) = nation
    {
        let _ = write!(text, " (not offered in {}; no equivalent recorded)", n.label());
    }
    text
}

/// A qualification's name with its level: "Level 3 Diploma in Adult Care (RQF 3)", or
/// "(SCQF 7)" for Scottish-only qualifications, or "(not on the RQF)".
pub fn qualification_name(catalogue: &Catalogue, q: QualIx) -> String {
    let qual = catalogue.qualification(q);
    match (qual.level, qual.scqf) {
        (Some(l), _) => format!("{} (RQF {l})", qual.name),
        (None, Some(s)) if qual.name.contains(&format!("SCQF level {s}")) => qual.name.clone(),
        (None, Some(s)) => format!("{} (SCQF {s})", qual.name),
        (None, None) => format!("{} (not on the RQF)", qual.name),
    }
}
