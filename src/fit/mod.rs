//! What fits me: roles in both sectors ranked by the statements a person picks, each with
//! its reasons in words. There is no score. Roles are ordered by four plain rules, in turn:
//!
//! 1. fewer of the things the person would rather avoid;
//! 2. more of the things they asked for, met fully;
//! 3. more met in part;
//! 4. nearer to where they are now (open now, then fewer steps away);
//! 5. found in the nation in view before "not recorded" there.
//!
//! A trait not recorded for a role is "not recorded", never "not part of the job": sources
//! describe what a role involves, not everything it does not.

pub mod choices;
mod reach;
pub mod words;

use serde::Serialize;

pub use choices::{CHOICES, Choice, Heading, Leaning, Meets};
pub use reach::{Reach, best_route};

use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx, Trait};
use crate::nations::{self, Presence};
use crate::requirements::Held;

/// How the order is worked out, in words an adviser can repeat.
pub const HOW: &str = "How this is worked out: no score. Roles are ordered by fewer things you would rather avoid, then more of what you asked for (fully, then in part), then how near they are, then roles recorded in the nation before those not recorded there. A trait its sources do not mention is shown as not mentioned, never as not part of the job.";

/// What a person picked and where they stand.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    pub choices: Vec<&'static Choice>,
    /// Their current role, for how far away each role is.
    pub from: Option<RoleIx>,
    /// What they hold beyond what their role requires.
    pub held: Held,
}

impl Query {
    pub fn avoids_fees(&self) -> bool {
        self.choices.iter().any(|c| c.meets == Meets::NoFees)
    }

    /// How many choices are wishes and how many are things to avoid.
    pub fn counts(&self) -> (usize, usize) {
        counts(&self.choices)
    }
}

/// How many of `choices` are wishes and how many are things to avoid.
pub fn counts(choices: &[&Choice]) -> (usize, usize) {
    let wishes = choices.iter().filter(|c| c.leaning == Leaning::Like).count();
    (wishes, choices.len() - wishes)
}

/// How one choice stands for one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// A wish the role meets.
    Meets,
    /// A wish with several traits, some recorded for the role.
    InPart,
    /// A wish the role's sources do not mention.
    NotRecorded,
    /// Something to avoid that the role involves.
    Involves,
    /// Something to avoid that the role's sources do not mention.
    NotMentioned,
}

/// Why a role stands where it does on one choice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    #[serde(serialize_with = "choice_key")]
    pub choice: &'static Choice,
    pub verdict: Verdict,
    /// The choice's traits the role has, and those not recorded for it.
    pub found: Vec<Trait>,
    pub missing: Vec<Trait>,
    /// For a value: where the frameworks that apply to the role name it, as
    /// (framework, value) names.
    pub values: Vec<(String, String)>,
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde passes fields by reference")]
fn choice_key<S: serde::Serializer>(c: &&'static Choice, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.key)
}

/// One role and how it fits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fit {
    pub role: RoleIx,
    pub reasons: Vec<Reason>,
    pub met: usize,
    pub in_part: usize,
    pub involves: usize,
    pub reach: Reach,
    pub presence: Presence,
}

/// The ranked roles, and how many roles could not be ranked for want of character data.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Ranking {
    pub fits: Vec<Fit>,
    pub unrecorded: Vec<RoleIx>,
}

/// Every role found (or not recorded) in the nation, ranked for the query. The current
/// role and roles absent from the nation are left out.
pub fn rank(catalogue: &Catalogue, query: &Query, lens: &Lens) -> Ranking {
    let reach = reach::Reachability::new(catalogue, query, lens);
    let mut ranking = Ranking::default();
    for ix in catalogue.role_indices() {
        let role = catalogue.role(ix);
        let presence = nations::presence(role, lens.nation);
        if Some(ix) == query.from || presence == Presence::Absent {
            continue;
        }
        if role.character.is_none() {
            ranking.unrecorded.push(ix);
            continue;
        }
        let reasons: Vec<Reason> = query.choices.iter().map(|c| reason(catalogue, ix, c, &reach, lens)).collect();
        let count = |v: Verdict| reasons.iter().filter(|r| r.verdict == v).count();
        ranking.fits.push(Fit {
            role: ix,
            met: count(Verdict::Meets),
            in_part: count(Verdict::InPart),
            involves: count(Verdict::Involves),
            reasons,
            reach: reach.of(ix),
            presence,
        });
    }
    ranking.fits.sort_by(|a, b| {
        let key = |f: &Fit| {
            (
                f.involves,
                std::cmp::Reverse(f.met),
                std::cmp::Reverse(f.in_part),
                f.reach.order(),
                f.presence != Presence::Present,
            )
        };
        key(a).cmp(&key(b)).then_with(|| catalogue.role(a.role).title.cmp(&catalogue.role(b.role).title))
    });
    ranking
}

fn reason(
    catalogue: &Catalogue,
    ix: RoleIx,
    choice: &'static Choice,
    reach: &reach::Reachability,
    lens: &Lens,
) -> Reason {
    let role = catalogue.role(ix);
    let mut out =
        Reason { choice, verdict: Verdict::NotRecorded, found: Vec::new(), missing: Vec::new(), values: Vec::new() };
    let hit = match choice.meets {
        Meets::Traits(traits) => {
            (out.found, out.missing) = traits.iter().partition(|t| role.has_trait(**t));
            match choice.leaning {
                Leaning::Like if !out.found.is_empty() && !out.missing.is_empty() => {
                    out.verdict = Verdict::InPart;
                    return out;
                }
                Leaning::Like => out.missing.is_empty(),
                // Something to avoid is involved when any of its traits is.
                Leaning::Avoid => !out.found.is_empty(),
            }
        }
        Meets::Theme(id) => {
            let reference = &catalogue.reference;
            if let Some(theme) = reference.themes.iter().position(|t| t.id == id) {
                out.values = crate::values::theme_in(&reference.frameworks, role, lens.nation, theme)
                    .into_iter()
                    .map(|(f, v)| (f.name.clone(), v.name.clone()))
                    .collect();
            }
            !out.values.is_empty()
        }
        // "No fees" is an avoid: it is hit when every way in found charges fees.
        Meets::NoFees => !reach.fee_free(ix),
    };
    out.verdict = match (choice.leaning, hit) {
        (Leaning::Like, true) => Verdict::Meets,
        (Leaning::Like, false) => Verdict::NotRecorded,
        (Leaning::Avoid, true) => Verdict::Involves,
        (Leaning::Avoid, false) => Verdict::NotMentioned,
    };
    out
}
