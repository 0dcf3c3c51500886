//! The data files' shape, exactly as written: every key is named here and unknown keys are
//! rejected, so a typo is reported instead of silently ignored. Values that diagnostics
//! point at are `Spanned`.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub url: Spanned<String>,
    pub supports: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegistration {
    pub england: Option<Spanned<String>>,
    pub scotland: Option<Spanned<String>>,
    pub wales: Option<Spanned<String>>,
    #[serde(rename = "northern-ireland")]
    pub northern_ireland: Option<Spanned<String>>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevels {
    pub career_framework: Option<Spanned<i64>>,
    pub cwp: Option<Spanned<String>>,
    pub afc: Option<Spanned<String>>,
    pub rqf_entry: Option<Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPay {
    pub nation: Spanned<String>,
    pub min: Spanned<f64>,
    pub max: Spanned<f64>,
    pub unit: Spanned<String>,
    pub basis: Spanned<String>,
    pub year: Spanned<String>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub sector: Spanned<String>,
    pub family: Spanned<String>,
    #[serde(default)]
    pub settings: Vec<Spanned<String>>,
    pub summary: Spanned<String>,
    #[serde(default)]
    pub work: String,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub entry: Vec<String>,
    #[serde(default)]
    pub required: Vec<Spanned<String>>,
    #[serde(default)]
    pub required_any: Vec<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub desirable: Vec<Spanned<String>>,
    pub registration: Option<RawRegistration>,
    pub levels: Option<RawLevels>,
    #[serde(default)]
    pub pay: Vec<Spanned<RawPay>>,
    pub nations: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub absent: Vec<Spanned<String>>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQualification {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub kind: Spanned<String>,
    pub level: Option<Spanned<i64>>,
    pub scqf: Option<Spanned<i64>>,
    pub duration: Option<Spanned<String>>,
    pub code: Option<Spanned<String>>,
    #[serde(default)]
    pub nations: Vec<Spanned<String>>,
    #[serde(default)]
    pub counts_as: Vec<RawCountsAs>,
    #[serde(default)]
    pub equivalent: Vec<Spanned<String>>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCountsAs {
    pub id: Spanned<String>,
    #[serde(default)]
    pub nations: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub from: Spanned<String>,
    pub to: Spanned<String>,
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
    #[serde(default)]
    pub requires_any: Vec<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub gains: Vec<Spanned<String>>,
    #[serde(default)]
    pub nations: Vec<Spanned<String>>,
    pub duration: Option<Spanned<String>>,
    pub route: Spanned<String>,
    #[serde(default)]
    pub funding: String,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPathway {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub description: Spanned<String>,
    pub roles: Spanned<Vec<Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub pay_year: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub band: Spanned<String>,
    pub min: Spanned<f64>,
    pub max: Spanned<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPayScale {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub nation: Spanned<String>,
    pub year: Spanned<String>,
    pub hours: Spanned<f64>,
    pub bands: Spanned<Vec<RawBand>>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPayFloor {
    pub nation: Spanned<String>,
    pub name: Spanned<String>,
    pub applies_to: Spanned<String>,
    pub year: Spanned<String>,
    pub hourly: Spanned<f64>,
    pub from: Spanned<String>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNationFacts {
    pub nation: Spanned<String>,
    pub social_care_register: Spanned<String>,
    pub social_care_inspectorate: Spanned<String>,
    pub health_inspectorate: Spanned<String>,
    pub social_care_induction: Spanned<String>,
    pub health_support_induction: Spanned<String>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    pub career_framework: Spanned<i64>,
    pub name: Spanned<String>,
    #[serde(default)]
    pub afc: Vec<Spanned<String>>,
    #[serde(default)]
    pub cwp: Vec<Spanned<String>>,
    #[serde(default)]
    pub rqf: Vec<Spanned<i64>>,
    #[serde(default)]
    pub scqf: Vec<Spanned<i64>>,
    #[serde(default)]
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}
