//! Turning what people type into roles, qualifications and pathways, or a clear refusal.

use crate::model::{Catalogue, Pathway, RoleIx};
use crate::requirements::Held;
use crate::search::{Resolved, SearchIndex, resolve};
use crate::suggest::closest;
use crate::text::clean;
use std::fmt::Write as _;

/// A command that cannot go on: the message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn new(code: u8, message: String) -> Failure {
        Failure { code, message }
    }
    pub fn usage(message: String) -> Failure {
        Failure { code: 2, message }
    }
}

/// A role by id or (fuzzy) title; ambiguity lists the candidates and fails with 1.
pub fn role(catalogue: &Catalogue, index: &SearchIndex, query: &str) -> Result<RoleIx, Failure> {
    let shown = clean(query);
    match resolve(catalogue, index, query) {
        Resolved::One(ix) => Ok(ix),
        Resolved::NotFound => Err(Failure::new(
            1,
            format!("carepath: no role matches `{shown}`. Try `carepath search {shown}` or `carepath roles`."),
        )),
        Resolved::Ambiguous(hits) => {
            let mut message = if hits.len() == 1 {
                format!(
                    "carepath: no role clearly matches `{shown}`; the nearest is below. Name it by id if you meant it:\n"
                )
            } else {
                format!("carepath: `{shown}` could mean {} roles; name one by id:\n", hits.len())
            };
            for hit in hits {
                let role = catalogue.role(hit.role);
                let _ = writeln!(message, "  {}: {}", role.id, role.title);
            }
            Err(Failure::new(1, message))
        }
    }
}

/// Qualifications by id (or exact name, ignoring case); unknown ones fail with 1 and a
/// suggestion.
pub fn held(catalogue: &Catalogue, ids: &[String]) -> Result<Held, Failure> {
    let mut held = Held::default();
    for raw in ids.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let by_name = || {
            catalogue
                .qualifications
                .iter()
                .position(|q| q.name.eq_ignore_ascii_case(raw))
                .map(|i| crate::model::QualIx(i as u32))
        };
        if let Some(q) = catalogue.qualification_by_id(raw).or_else(by_name) {
            held.insert(q);
        } else {
            let hint = closest(raw, catalogue.qualifications.iter().map(|q| q.id.as_str()))
                .map(|s| format!(" Did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(Failure::new(
                1,
                format!(
                    "carepath: unknown qualification `{}`.{hint} `carepath qualifications` lists them all.",
                    clean(raw)
                ),
            ));
        }
    }
    Ok(held)
}

/// A pathway by id, or by name when exactly one name contains the words.
pub fn pathway<'c>(catalogue: &'c Catalogue, query: &str) -> Result<&'c Pathway, Failure> {
    let wanted = query.trim().to_lowercase();
    if let Some(p) = catalogue.pathway_by_id(&wanted) {
        return Ok(p);
    }
    let words: Vec<&str> = wanted.split_whitespace().collect();
    let matches: Vec<&Pathway> = catalogue
        .pathways
        .iter()
        .filter(|p| {
            let name = p.name.to_lowercase();
            !words.is_empty() && words.iter().all(|w| name.contains(w))
        })
        .collect();
    match matches[..] {
        [one] => Ok(one),
        [] => {
            let hint = closest(&wanted, catalogue.pathways.iter().map(|p| p.id.as_str()))
                .map(|s| format!(" Did you mean `{s}`?"))
                .unwrap_or_default();
            Err(Failure::new(
                1,
                format!("carepath: no pathway matches `{}`.{hint} `carepath pathways` lists them.", clean(query)),
            ))
        }
        _ => {
            let mut message =
                format!("carepath: `{}` could mean {} pathways; name one by id:\n", clean(query), matches.len());
            for p in matches {
                let _ = writeln!(message, "  {}: {}", p.id, p.name);
            }
            Err(Failure::new(1, message))
        }
    }
}
