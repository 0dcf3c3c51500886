//! The views of `carepath fit` (roles ranked by what matters to a person) and `carepath
//! values` (the frameworks, the crosswalk, the character vocabulary and the choices).

use serde::Serialize;

use super::{RoleBrief, role_brief};
use crate::fit::{Choice, Fit, Heading, Leaning, Query, Ranking, Reach, Verdict};
use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx, Trait, TraitGroup};

use super::LensOut;

#[derive(Serialize)]
pub struct ChoiceOut {
    pub key: &'static str,
    pub heading: Heading,
    pub leaning: Leaning,
    pub statement: &'static str,
}

impl From<&Choice> for ChoiceOut {
    fn from(c: &Choice) -> Self {
        ChoiceOut { key: c.key, heading: c.heading, leaning: c.leaning, statement: c.text }
    }
}

#[derive(Serialize)]
pub struct ReasonOut {
    pub choice: &'static str,
    pub verdict: Verdict,
    pub found: Vec<Trait>,
    pub missing: Vec<Trait>,
    pub words: String,
}

#[derive(Serialize)]
pub struct BestRouteOut<'a> {
    pub roles: Vec<RoleBrief<'a>>,
    pub months: f64,
    pub why: String,
}

#[derive(Serialize)]
pub struct FitOut<'a> {
    pub role: RoleBrief<'a>,
    pub summary: String,
    pub reach: Reach,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub best_route: Option<BestRouteOut<'a>>,
    pub reasons: Vec<ReasonOut>,
}

#[derive(Serialize)]
pub struct FitsOut<'a> {
    pub lens: LensOut,
    pub choices: Vec<ChoiceOut>,
    pub from: Option<RoleBrief<'a>>,
    pub results: Vec<FitOut<'a>>,
    /// Roles found in the nation that carry no character yet, so cannot be ranked.
    pub not_ranked: usize,
    /// Plain words for the reach of each result, kept for plain text.
    #[serde(skip)]
    pub reach_words: Vec<String>,
}

pub fn fit<'a>(c: &'a Catalogue, query: &Query, ranking: &Ranking, max: usize, lens: &Lens) -> FitsOut<'a> {
    let (wishes, avoids) = query.counts();
    let shown: Vec<&Fit> = ranking.fits.iter().take(max).collect();
    let results = shown
        .iter()
        .map(|f| FitOut {
            role: role_brief(c, f.role, lens),
            summary: crate::fit::words::summary(f, wishes, avoids),
            reach: f.reach,
            best_route: query.from.and_then(|from| best_route(c, query, from, f.role, lens)),
            reasons: f
                .reasons
                .iter()
                .map(|r| ReasonOut {
                    choice: r.choice.key,
                    verdict: r.verdict,
                    found: r.found.clone(),
                    missing: r.missing.clone(),
                    words: crate::fit::words::reason(r),
                })
                .collect(),
        })
        .collect();
    FitsOut {
        lens: lens.into(),
        choices: query.choices.iter().map(|ch| ChoiceOut::from(*ch)).collect(),
        from: query.from.map(|r| role_brief(c, r, lens)),
        results,
        not_ranked: ranking.unrecorded.len(),
        reach_words: shown.iter().map(|f| crate::fit::words::reach(c, f, query.from)).collect(),
    }
}

fn best_route<'a>(c: &'a Catalogue, query: &Query, from: RoleIx, to: RoleIx, lens: &Lens) -> Option<BestRouteOut<'a>> {
    let route = crate::fit::best_route(c, from, to, &query.held, lens, query.avoids_fees())?;
    Some(BestRouteOut {
        roles: route.roles(c).iter().map(|&r| role_brief(c, r, lens)).collect(),
        months: (route.months * 10.0).round() / 10.0,
        why: route.why(c),
    })
}

#[derive(Serialize)]
pub struct ValueOut<'a> {
    pub name: &'a str,
    pub themes: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct FrameworkOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub publisher: &'a str,
    pub sector: crate::model::Sector,
    pub nations: &'a [crate::model::Nation],
    pub families: &'a [crate::model::Family],
    pub applies_to: &'a str,
    pub values: Vec<ValueOut<'a>>,
    pub sources: &'a [crate::model::Source],
    pub reviewed: String,
}

#[derive(Serialize)]
pub struct TraitOut {
    pub key: &'static str,
    pub group: TraitGroup,
    pub label: &'static str,
    /// Roles in the data set recorded with the trait.
    pub roles: usize,
}

#[derive(Serialize)]
pub struct ValuesOut<'a> {
    pub themes: &'a [crate::values::Theme],
    pub frameworks: Vec<FrameworkOut<'a>>,
    pub traits: Vec<TraitOut>,
    pub choices: Vec<ChoiceOut>,
}

pub fn values(c: &Catalogue) -> ValuesOut<'_> {
    let themes = &c.reference.themes;
    let frameworks = c
        .reference
        .frameworks
        .iter()
        .map(|f| FrameworkOut {
            id: &f.id,
            name: &f.name,
            publisher: &f.publisher,
            sector: f.sector,
            nations: &f.nations,
            families: &f.families,
            applies_to: &f.applies_to,
            values: f
                .values
                .iter()
                .map(|v| ValueOut {
                    name: &v.name,
                    themes: v.themes.iter().filter_map(|&t| themes.get(t)).map(|t| t.id.as_str()).collect(),
                })
                .collect(),
            sources: &f.sources,
            reviewed: f.reviewed.to_string(),
        })
        .collect();
    let traits = Trait::ALL
        .iter()
        .map(|&t| TraitOut {
            key: t.key(),
            group: t.group(),
            label: t.label(),
            roles: c.roles.iter().filter(|r| r.has_trait(t)).count(),
        })
        .collect();
    ValuesOut { themes, frameworks, traits, choices: crate::fit::CHOICES.iter().map(ChoiceOut::from).collect() }
}
