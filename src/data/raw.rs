//! The data files' shape, exactly as written: every key is named here and unknown keys are
//! rejected, so a typo is reported instead of silently ignored. Values that diagnostics
//! point at are `Spanned`.

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    #[schemars(with = "String")]
    pub url: Spanned<String>,
    pub supports: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRegistration {
    #[schemars(with = "Option<String>")]
    pub england: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub scotland: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub wales: Option<Spanned<String>>,
    #[serde(rename = "northern-ireland")]
    #[schemars(with = "Option<String>")]
    pub northern_ireland: Option<Spanned<String>>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevels {
    #[schemars(with = "Option<i64>")]
    pub career_framework: Option<Spanned<i64>>,
    #[schemars(with = "Option<String>")]
    pub cwp: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub afc: Option<Spanned<String>>,
    #[schemars(with = "Option<i64>")]
    pub rqf_entry: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPay {
    #[schemars(with = "String")]
    pub nation: Spanned<String>,
    #[schemars(with = "f64")]
    pub min: Spanned<f64>,
    #[schemars(with = "f64")]
    pub max: Spanned<f64>,
    #[schemars(with = "String")]
    pub unit: Spanned<String>,
    #[schemars(with = "String")]
    pub basis: Spanned<String>,
    #[schemars(with = "String")]
    pub year: Spanned<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub title: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[schemars(with = "String")]
    pub sector: Spanned<String>,
    #[schemars(with = "String")]
    pub family: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub settings: Vec<Spanned<String>>,
    #[schemars(with = "String")]
    pub summary: Spanned<String>,
    #[serde(default)]
    pub work: String,
    pub character: Option<RawCharacter>,
    #[serde(default)]
    pub entry: Vec<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub required: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<Vec<String>>")]
    pub required_any: Vec<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub desirable: Vec<Spanned<String>>,
    pub registration: Option<RawRegistration>,
    pub levels: Option<RawLevels>,
    #[serde(default)]
    #[schemars(with = "Vec<RawPay>")]
    pub pay: Vec<Spanned<RawPay>>,
    #[schemars(with = "Vec<String>")]
    pub nations: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub absent: Vec<Spanned<String>>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCharacter {
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub traits: Vec<Spanned<String>>,
    #[serde(default)]
    pub qualities: Vec<String>,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTheme {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFrameworkValue {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub themes: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub publisher: Spanned<String>,
    #[schemars(with = "String")]
    pub sector: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub nations: Spanned<Vec<Spanned<String>>>,
    /// Role families it is for; empty means every family in its sector.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub families: Vec<Spanned<String>>,
    #[serde(default)]
    pub applies_to: String,
    #[schemars(with = "Vec<RawFrameworkValue>")]
    pub value: Spanned<Vec<RawFrameworkValue>>,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQualification {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub kind: Spanned<String>,
    #[schemars(with = "Option<i64>")]
    pub level: Option<Spanned<i64>>,
    #[schemars(with = "Option<i64>")]
    pub scqf: Option<Spanned<i64>>,
    #[schemars(with = "Option<String>")]
    pub duration: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub code: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub nations: Vec<Spanned<String>>,
    #[serde(default)]
    pub counts_as: Vec<RawCountsAs>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub equivalent: Vec<Spanned<String>>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCountsAs {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub nations: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    #[schemars(with = "String")]
    pub from: Spanned<String>,
    #[schemars(with = "String")]
    pub to: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub requires: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<Vec<String>>")]
    pub requires_any: Vec<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub gains: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub nations: Vec<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub duration: Option<Spanned<String>>,
    #[schemars(with = "String")]
    pub route: Spanned<String>,
    #[serde(default)]
    pub funding: String,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPathway {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub description: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub roles: Spanned<Vec<Spanned<String>>>,
    /// Branches off the main line: `[[pathway.branch]]`.
    #[serde(default)]
    pub branch: Vec<RawBranch>,
}

/// A branch of a pathway: from a role already on it, through `roles`, and optionally back
/// into a role already on it (`to`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBranch {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub from: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub roles: Spanned<Vec<Spanned<String>>>,
    #[schemars(with = "Option<String>")]
    pub to: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    #[schemars(with = "String")]
    pub pay_year: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    #[schemars(with = "String")]
    pub band: Spanned<String>,
    #[schemars(with = "f64")]
    pub min: Spanned<f64>,
    #[schemars(with = "f64")]
    pub max: Spanned<f64>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPayScale {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub nation: Spanned<String>,
    #[schemars(with = "String")]
    pub year: Spanned<String>,
    #[schemars(with = "f64")]
    pub hours: Spanned<f64>,
    #[schemars(with = "Vec<RawBand>")]
    pub bands: Spanned<Vec<RawBand>>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPayFloor {
    #[schemars(with = "String")]
    pub nation: Spanned<String>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "String")]
    pub applies_to: Spanned<String>,
    #[schemars(with = "String")]
    pub year: Spanned<String>,
    #[schemars(with = "f64")]
    pub hourly: Spanned<f64>,
    #[schemars(with = "String")]
    pub from: Spanned<String>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNationFacts {
    #[schemars(with = "String")]
    pub nation: Spanned<String>,
    #[schemars(with = "String")]
    pub social_care_register: Spanned<String>,
    #[schemars(with = "String")]
    pub social_care_inspectorate: Spanned<String>,
    #[schemars(with = "String")]
    pub health_inspectorate: Spanned<String>,
    #[schemars(with = "String")]
    pub social_care_induction: Spanned<String>,
    #[schemars(with = "String")]
    pub health_support_induction: Spanned<String>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    #[schemars(with = "i64")]
    pub career_framework: Spanned<i64>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub afc: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub cwp: Vec<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<i64>")]
    pub rqf: Vec<Spanned<i64>>,
    #[serde(default)]
    #[schemars(with = "Vec<i64>")]
    pub scqf: Vec<Spanned<i64>>,
    #[serde(default)]
    pub note: String,
    #[schemars(with = "Vec<RawSource>")]
    pub sources: Spanned<Vec<RawSource>>,
    #[schemars(with = "String")]
    pub reviewed: Spanned<String>,
}

/// One data file, as a whole: only for the JSON Schema that editors use. The loader reads
/// each item on its own (so one bad item never hides the next), with the types above.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "carepath data file",
    description = "Roles, qualifications, steps, pathways and reference data for carepath. See pathways/README.md."
)]
#[expect(dead_code, reason = "read only to describe a whole file in the schema")]
pub struct RawFile {
    #[serde(default)]
    pub role: Vec<RawRole>,
    #[serde(default)]
    pub qualification: Vec<RawQualification>,
    #[serde(default)]
    pub step: Vec<RawStep>,
    #[serde(default)]
    pub pathway: Vec<RawPathway>,
    #[serde(default)]
    pub pay_scale: Vec<RawPayScale>,
    #[serde(default)]
    pub pay_floor: Vec<RawPayFloor>,
    #[serde(default)]
    pub nation_facts: Vec<RawNationFacts>,
    #[serde(default)]
    pub level: Vec<RawLevel>,
    #[serde(default)]
    pub theme: Vec<RawTheme>,
    #[serde(default)]
    pub framework: Vec<RawFramework>,
    pub dataset: Option<RawDataset>,
}
