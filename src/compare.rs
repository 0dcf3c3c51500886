//! Roles side by side, field by field, with what differs marked. No presentation here:
//! the command line and the screen both draw these rows.

use serde::Serialize;

use crate::model::{Catalogue, Nation, QualIx, Role, RoleIx};

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
    pub field: &'static str,
    pub values: Vec<String>,
    pub agreement: Agreement,
}

/// The fields compared, in the order an adviser reads them.
pub const FIELDS: &[&str] = &[
    "Title",
    "Sector",
    "Family",
    "Level",
    "Career Framework",
    "Care Workforce Pathway",
    "AfC band",
    "Entry qualification level",
    "Pay",
    "Pay basis",
    "Registration (England)",
    "Registration (Scotland)",
    "Registration (Wales)",
    "Registration (Northern Ireland)",
    "Qualifications required",
    "Qualifications desirable",
    "Entry requirements",
    "Values and qualities",
    "Settings",
    "Nations",
];

/// Compares two or three roles (any number works; the views allow up to three).
pub fn compare(catalogue: &Catalogue, roles: &[RoleIx]) -> Vec<Row> {
    FIELDS
        .iter()
        .map(|&field| {
            let values: Vec<String> = roles.iter().map(|&r| value(catalogue, catalogue.role(r), field)).collect();
            let agreement = agreement(&values);
            Row { field, values, agreement }
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

fn quals(catalogue: &Catalogue, list: &[QualIx]) -> String {
    list.iter()
        .map(|&q| {
            let q = catalogue.qualification(q);
            match q.level {
                Some(level) => format!("{} (RQF {level})", q.name),
                None => q.name.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn registration(role: &Role, nation: Nation) -> String {
    match role.regulator_in(nation) {
        Some(r) => r.regulator.clone().unwrap_or_else(|| "not registered".into()),
        None if !role.nations.contains(&nation) => "role not found in this nation".into(),
        None => String::new(),
    }
}

fn value(catalogue: &Catalogue, role: &Role, field: &str) -> String {
    let opt = |v: Option<String>| v.unwrap_or_default();
    match field {
        "Title" => role.title.clone(),
        "Sector" => role.sector.label().into(),
        "Family" => role.family.label().into(),
        "Level" => opt(role.level().map(|l| l.to_string())),
        "Career Framework" => opt(role.levels.career_framework.map(|l| format!("level {l}"))),
        "Care Workforce Pathway" => opt(role.levels.cwp.map(|c| c.label().to_string())),
        "AfC band" => opt(role.levels.afc.map(|b| b.to_string())),
        "Entry qualification level" => opt(role.levels.rqf_entry.map(|l| format!("RQF {l}"))),
        "Pay" => opt(role.pay.as_ref().map(|p| format!("{} ({})", p.range_text(), p.year))),
        "Pay basis" => opt(role.pay.as_ref().map(|p| p.basis.clone())),
        "Registration (England)" => registration(role, Nation::England),
        "Registration (Scotland)" => registration(role, Nation::Scotland),
        "Registration (Wales)" => registration(role, Nation::Wales),
        "Registration (Northern Ireland)" => registration(role, Nation::NorthernIreland),
        "Qualifications required" => quals(catalogue, &role.required),
        "Qualifications desirable" => quals(catalogue, &role.desirable),
        "Entry requirements" => crate::text::join_items(&role.entry),
        "Values and qualities" => crate::text::join_items(&role.values),
        "Settings" => role.settings.iter().map(|s| s.label()).collect::<Vec<_>>().join("; "),
        "Nations" => role.nations.iter().map(|n| n.label()).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
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
                "[role.pay]\nmin = 24937\nmax = 26598\nunit = \"year\"\nbasis = \"AfC band 3\"\nyear = \"2025/26\"\n",
            ),
            ("b", "health", "career_framework = 3", ""),
            ("c", "social-care", "career_framework = 4", ""),
        ] {
            text.push_str(&format!(
                "[[role]]\nid = \"{id}\"\ntitle = \"Role {id}\"\nsector = \"{sector}\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{src}[role.levels]\n{cf}\n{pay}\n"
            ));
        }
        let report = validate_files(vec![SourceFile { path: "c.toml".into(), text }], Vec::new());
        let c = report.catalogue.expect("valid");
        let rows = compare(&c, &[RoleIx(0), RoleIx(1)]);
        let row = |name: &str| rows.iter().find(|r| r.field == name).expect("field").clone();
        assert_eq!(row("Title").agreement, Agreement::Differs);
        assert_eq!(row("Sector").agreement, Agreement::Same);
        assert_eq!(row("Career Framework").agreement, Agreement::Same);
        assert_eq!(row("Pay").agreement, Agreement::OnlySome);
        assert_eq!(row("Pay").values[0], "£24,937-£26,598 a year (2025/26)");
        let three = compare(&c, &[RoleIx(0), RoleIx(1), RoleIx(2)]);
        assert_eq!(three[1].agreement, Agreement::Differs);
        assert_eq!(three[1].values.len(), 3);
        assert_eq!(
            three.iter().find(|r| r.field == "Registration (Scotland)").expect("row").values[0],
            "role not found in this nation"
        );
    }
}
