//! The values frameworks that each sector and nation recruits to, and the crosswalk of
//! themes where they meet: a care worker who is "kind, compassionate and empathetic" (Care
//! Workforce Pathway) brings what the NHS Constitution calls "compassion".

use serde::Serialize;

use crate::model::{Date, Family, Nation, Role, Sector, Source};

/// A meeting point of the frameworks, such as compassion or respect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// One value in a framework, in the publisher's words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameworkValue {
    pub name: String,
    /// Indices into [`crate::model::Reference::themes`].
    #[serde(skip)]
    pub themes: Vec<usize>,
}

/// A published set of values that employers recruit to.
#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    pub id: String,
    pub name: String,
    pub publisher: String,
    /// The sector it is for; `Both` applies to every role.
    pub sector: Sector,
    pub nations: Vec<Nation>,
    /// The role families it is for; empty means every family in its sector.
    pub families: Vec<Family>,
    /// Who it is for, in the publisher's words.
    pub applies_to: String,
    pub values: Vec<FrameworkValue>,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

impl Framework {
    /// Whether the framework applies to a role in a nation: the sectors meet (a role or a
    /// framework for both sectors meets either), the role's family is one it is for, and
    /// the framework is used in that nation.
    pub fn applies(&self, role: &Role, nation: Nation) -> bool {
        let sectors_meet = self.sector == Sector::Both || role.sector == Sector::Both || self.sector == role.sector;
        let family = self.families.is_empty() || self.families.contains(&role.family);
        sectors_meet && family && self.nations.contains(&nation)
    }

    /// The framework's values that carry a theme.
    pub fn values_for(&self, theme: usize) -> impl Iterator<Item = &FrameworkValue> {
        self.values.iter().filter(move |v| v.themes.contains(&theme))
    }
}

/// The frameworks that apply to a role in a nation, in data order.
pub fn frameworks_for<'a>(frameworks: &'a [Framework], role: &Role, nation: Nation) -> Vec<&'a Framework> {
    frameworks.iter().filter(|f| f.applies(role, nation)).collect()
}

/// Where a theme appears in the frameworks that apply to a role: `(framework, value)` pairs.
pub fn theme_in<'a>(
    frameworks: &'a [Framework],
    role: &Role,
    nation: Nation,
    theme: usize,
) -> Vec<(&'a Framework, &'a FrameworkValue)> {
    frameworks_for(frameworks, role, nation)
        .into_iter()
        .flat_map(|f| f.values_for(theme).map(move |v| (f, v)))
        .collect()
}
