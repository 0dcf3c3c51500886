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
    pub min: Spanned<f64>,
    pub max: Spanned<f64>,
    pub unit: Spanned<String>,
    pub basis: Spanned<String>,
    pub year: Spanned<String>,
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
    pub desirable: Vec<Spanned<String>>,
    pub registration: Option<RawRegistration>,
    pub levels: Option<RawLevels>,
    pub pay: Option<Spanned<RawPay>>,
    pub nations: Spanned<Vec<Spanned<String>>>,
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
    pub note: String,
    pub sources: Spanned<Vec<RawSource>>,
    pub reviewed: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub from: Spanned<String>,
    pub to: Spanned<String>,
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
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
