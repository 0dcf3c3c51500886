//! Roles side by side, field by field, with what differs marked. No presentation here:
//! the command line and the screen both draw these rows.

use serde::Serialize;

use crate::lens::Lens;
use crate::model::{Catalogue, RoleIx};

/// How a row's values relate across the roles compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// Every role has the same value.
    Same,
    /// The values differ.
    Differs,
    /// Some roles have a value and some have none.
    OnlySome,
}

impl Agreement {
    /// A marker that carries the meaning without colour.
    pub fn marker(self) -> &'static str {
        match self {
            Agreement::Same => " ",
            Agreement::Differs => "≠",
            Agreement::OnlySome => "±",
        }
    }
}

/// One field across the compared roles; `values[i]` belongs to the i-th role and is
/// empty where the role has no value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub field: String,
    pub values: Vec<String>,
    pub agreement: Agreement,
}

/// The fields compared, in the order an adviser reads them. Pay and registration are for
/// the nation in view, and pay is on one basis (see [`crate::pay`]).
const FIELDS: &[Field] = &[
    Field::Title,
    Field::Sector,
    Field::Family,
    Field::InNation,
    Field::Level,
    Field::Cwp,
    Field::Band,
    Field::EntryLevel,
    Field::PayPublished,
    Field::Hourly,
    Field::Annual,
    Field::Difference,
    Field::Registration,
    Field::RegistrationAll,
    Field::Required,
    Field::Desirable,
    Field::Entry,
    Field::Values,
    Field::Settings,
    Field::Nations,
];

#[derive(Debug, Clone, Copy)]
enum Field {
    Title,
    Sector,
    Family,
    InNation,
    Level,
    Cwp,
    Band,
    EntryLevel,
    PayPublished,
    Hourly,
    Annual,
    Difference,
    Registration,
    RegistrationAll,
    Required,
    Desirable,
    Entry,
    Values,
    Settings,
    Nations,
}

impl Field {
    fn name(self, c: &Catalogue, roles: &[RoleIx], lens: &Lens) -> String {
        let nation = lens.nation.label();
        match self {
            Field::Title => "Title".into(),
            Field::Sector => "Sector".into(),
            Field::Family => "Family".into(),
            Field::InNation => format!("In {nation}"),
            Field::Level => format!("Level ({})", crate::levels::SCALE),
            Field::Cwp => "Care Workforce Pathway".into(),
            Field::Band => "AfC band".into(),
            Field::EntryLevel => "Entry qualification level".into(),
            Field::PayPublished => format!("Pay as published ({nation})"),
            Field::Hourly => "Hourly rate".into(),
            Field::Annual if lens.part_time() => {
                format!("Annual pay at {} hours a week", crate::pay::trim_hours(lens.hours))
            }
            Field::Annual => format!("Annual pay, full time ({} hours a week)", crate::pay::trim_hours(lens.hours)),
            Field::Difference => {
                format!("Annual pay compared with {}", roles.first().map_or("", |&r| c.role(r).title.as_str()))
            }
            Field::Registration => format!("Registration ({nation})"),
            Field::RegistrationAll => "Registration (all nations)".into(),
            Field::Required => format!("Qualifications required ({nation})"),
            Field::Desirable => "Qualifications desirable".into(),
            Field::Entry => "Entry requirements".into(),
            Field::Values => "Qualities employers ask for".into(),
            Field::Settings => "Settings".into(),
            Field::Nations => "Nations".into(),
        }
    }
}

/// Compares two or three roles (any number works; the views allow up to three) in the
/// lens's nation, for its hours.
pub fn compare(catalogue: &Catalogue, roles: &[RoleIx], lens: &Lens) -> Vec<Row> {
    FIELDS
        .iter()
        .map(|&field| {
            let values: Vec<String> =
                roles.iter().enumerate().map(|(i, &r)| value(catalogue, roles, i, r, field, lens)).collect();
            let agreement = agreement(&values);
            Row { field: field.name(catalogue, roles, lens), values, agreement }
        })
        .collect()
}

fn agreement(values: &[String]) -> Agreement {
    let empty = values.iter().filter(|v| v.is_empty()).count();
    if empty > 0 && empty < values.len() {
        Agreement::OnlySome
    } else if values.windows(2).all(|w| w[0] == w[1]) {
        Agreement::Same
    } else {
        Agreement::Differs
    }
}

fn value(c: &Catalogue, roles: &[RoleIx], i: usize, ix: RoleIx, field: Field, lens: &Lens) -> String {
    let role = c.role(ix);
    let opt = |v: Option<String>| v.unwrap_or_default();
    let pay = || crate::pay::role_pay(c, role, lens.nation);
    match field {
        Field::Title => role.title.clone(),
        Field::Sector => role.sector.label().into(),
        Field::Family => role.family.label().into(),
        Field::InNation => crate::nations::presence(role, lens.nation).describe(lens.nation),
        // The number alone, so that two roles at one level agree; how each was placed is
        // in the role's own view.
        Field::Level => opt(c.level(ix).map(|l| l.level.to_string())),
        Field::Cwp => opt(role.levels.cwp.map(|c| c.label().to_string())),
        Field::Band => opt(role.levels.afc.map(|b| b.to_string())),
        Field::EntryLevel => opt(role.levels.rqf_entry.map(|l| format!("RQF {l}"))),
        Field::PayPublished => opt(pay().map(|p| format!("{} ({})", p.published_text(), p.label()))),
        Field::Hourly => opt(pay().map(|p| {
            let c = p.compared(lens.hours);
            let text = crate::pay::range_text(c.hourly_min, c.hourly_max, crate::pay::PayUnit::Hour);
            match &p.floor {
                Some(f) => format!("{text} (the {}: the published figure is below it)", f.name),
                None => text,
            }
        })),
        Field::Annual => opt(pay().map(|p| {
            let c = p.compared(lens.hours);
            crate::pay::range_text(c.annual_min, c.annual_max, crate::pay::PayUnit::Year)
        })),
        Field::Difference if i == 0 => opt(pay().map(|_| "(the first role)".to_string())),
        Field::Difference => {
            let first = c.role(roles[0]);
            opt(crate::pay::change(c, first, role, lens.nation, lens.hours)
                .map(|d| format!("{} (midpoint to midpoint)", crate::pay::change_text(d))))
        }
        Field::Registration => crate::nations::registration_text(role, lens.nation),
        Field::RegistrationAll => crate::wording::registration_all(role),
        Field::Required => {
            if role.required.is_empty() {
                String::new()
            } else {
                crate::wording::requirements_text(c, &role.required, lens.nation)
            }
        }
        Field::Desirable => {
            if role.desirable.is_empty() {
                String::new()
            } else {
                crate::wording::qual_list(c, &role.desirable)
            }
        }
        Field::Entry => crate::text::join_items(&role.entry),
        Field::Values => crate::text::join_items(role.qualities()),
        Field::Settings => role.settings.iter().map(|s| s.label()).collect::<Vec<_>>().join("; "),
        Field::Nations => crate::wording::nations_text(role),
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::data::{SourceFile, validate_files};

    #[test]
    fn rows_mark_same_different_and_missing() {
        let src = "sources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";
        let mut text = String::new();
        for (id, sector, cf, pay) in [
            (
                "a",
                "health",
                "career_framework = 3",
                "[[role.pay]]\nnation = \"england\"\nmin = 24937\nmax = 26598\nunit = \"year\"\nbasis = \"AfC band 3\"\nyear = \"2025/26\"\n",
            ),
            ("b", "health", "career_framework = 3", ""),
            ("c", "social-care", "career_framework = 4", ""),
        ] {
            let _ = write!(
                text,
                "[[role]]\nid = \"{id}\"\ntitle = \"Role {id}\"\nsector = \"{sector}\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{src}[role.levels]\n{cf}\n{pay}\n"
            );
        }
        let report = validate_files(vec![SourceFile { path: "c.toml".into(), text }], Vec::new());
        let c = report.catalogue.expect("valid");
        let lens = Lens::default();
        let rows = compare(&c, &[RoleIx(0), RoleIx(1)], &lens);
        let row = |name: &str| rows.iter().find(|r| r.field == name).expect("field").clone();
        assert_eq!(row("Title").agreement, Agreement::Differs);
        assert_eq!(row("Sector").agreement, Agreement::Same);
        assert_eq!(row("Level (Career Framework)").agreement, Agreement::Same);
        assert_eq!(row("Pay as published (England)").agreement, Agreement::OnlySome);
        assert_eq!(
            row("Pay as published (England)").values[0],
            "£24,937-£26,598 a year (AfC band 3, England, 2025/26)"
        );
        let three = compare(&c, &[RoleIx(0), RoleIx(1), RoleIx(2)], &Lens::new(crate::model::Nation::Scotland, 37.5));
        assert_eq!(three[1].agreement, Agreement::Differs);
        assert_eq!(three[1].values.len(), 3);
        assert_eq!(
            three.iter().find(|r| r.field == "In Scotland").expect("row").values[0],
            "not recorded for Scotland"
        );
    }
}
