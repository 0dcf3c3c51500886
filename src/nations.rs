//! The four nations as context: whether a role or a step is recorded in a nation, and each
//! nation's own bodies (register, inspectorates, induction standards).
//!
//! "Not recorded" is never "does not exist": the data says a role is present in a nation,
//! absent from it (reviewed), or nothing at all, and every view keeps the three apart.

use serde::Serialize;

use crate::model::{Catalogue, Date, Nation, Role, Source, Step};
use crate::requirements;

/// Whether a role is found in a nation, as far as the data says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    Present,
    /// Reviewed and found not to exist there.
    Absent,
    /// Nothing recorded either way.
    NotRecorded,
}

impl Presence {
    pub fn describe(self, nation: Nation) -> String {
        match self {
            Presence::Present => format!("found in {}", nation.label()),
            Presence::Absent => format!("not found in {}", nation.label()),
            Presence::NotRecorded => format!("not recorded for {}", nation.label()),
        }
    }
}

pub fn presence(role: &Role, nation: Nation) -> Presence {
    if role.nations.contains(&nation) {
        Presence::Present
    } else if role.absent.contains(&nation) {
        Presence::Absent
    } else {
        Presence::NotRecorded
    }
}

/// Why a step cannot be taken in a nation, if it cannot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Unavailable {
    /// The step is recorded for other nations only.
    StepElsewhere,
    /// One end of the step does not exist in the nation.
    RoleAbsent { role: String },
    /// A requirement has no qualification offered in the nation, nor one that counts as it.
    NoQualification { requirement: String },
    /// The course or apprenticeship the step is made by is not offered in the nation.
    CourseElsewhere { course: String },
}

impl Unavailable {
    pub fn describe(&self, nation: Nation) -> String {
        match self {
            Unavailable::StepElsewhere => format!("this step is recorded for other nations, not {}", nation.label()),
            Unavailable::RoleAbsent { role } => format!("{role} is not found in {}", nation.label()),
            Unavailable::NoQualification { requirement } => {
                format!("needs {requirement}, and nothing recorded counts as it in {}", nation.label())
            }
            Unavailable::CourseElsewhere { course } => {
                format!("it is made by {course}, which is not offered in {}", nation.label())
            }
        }
    }
}

/// Whether a step can be taken in a nation: it is not limited to other nations, neither end
/// is absent there, and each requirement can be met there.
pub fn step_available(catalogue: &Catalogue, step: &Step, nation: Nation) -> Result<(), Unavailable> {
    if !step.nations.is_empty() && !step.nations.contains(&nation) {
        return Err(Unavailable::StepElsewhere);
    }
    for r in [step.from, step.to] {
        let role = catalogue.role(r);
        if presence(role, nation) == Presence::Absent {
            return Err(Unavailable::RoleAbsent { role: role.title.clone() });
        }
    }
    for req in &step.requires {
        if requirements::options(catalogue, req, Some(nation)).is_empty() {
            return Err(Unavailable::NoQualification { requirement: requirements::describe(catalogue, req, None) });
        }
    }
    // A step made by a course that is not offered in the nation (an English apprenticeship
    // standard in Scotland) cannot be taken there: holding something that counts as it is
    // not the same as being able to enrol on it.
    for &q in &step.gains {
        if !requirements::offered_in(catalogue, q, Some(nation)) {
            return Err(Unavailable::CourseElsewhere { course: requirements::qualification_name(catalogue, q) });
        }
    }
    Ok(())
}

/// A nation's own bodies for health and social care.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NationFacts {
    pub nation: Nation,
    pub social_care_register: String,
    pub social_care_inspectorate: String,
    pub health_inspectorate: String,
    pub social_care_induction: String,
    pub health_support_induction: String,
    pub note: String,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

pub fn facts(catalogue: &Catalogue, nation: Nation) -> Option<&NationFacts> {
    catalogue.reference.nation_facts.iter().find(|f| f.nation == nation)
}

/// "Registration: SSSC" / "no registration required" / "registration not recorded".
pub fn registration_text(role: &Role, nation: Nation) -> String {
    match role.regulator_in(nation) {
        Some(r) => match &r.regulator {
            Some(name) => format!("registers with {name} in {}", nation.label()),
            None => format!("no professional register in {}", nation.label()),
        },
        None => format!("registration not recorded for {}", nation.label()),
    }
}
