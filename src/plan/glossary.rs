//! A short glossary: only the terms a plan actually uses, each explained once in plain
//! English for a client.

use super::{Plan, Term};

/// A term, the words that show the plan uses it, and what it means.
struct Entry {
    term: &'static str,
    /// Found case-sensitively (acronyms) unless `any_case`.
    triggers: &'static [&'static str],
    any_case: bool,
    meaning: &'static str,
}

const ENTRIES: &[Entry] = &[
    Entry {
        term: "RQF",
        triggers: &["RQF"],
        any_case: false,
        meaning: "Regulated Qualifications Framework: the levels of qualifications in England and Northern Ireland (Wales uses the same numbers), from entry level to 8. GCSEs at grades 9-4 are level 2, A levels level 3 and a bachelor's degree level 6.",
    },
    Entry {
        term: "SCQF",
        triggers: &["SCQF"],
        any_case: false,
        meaning: "Scottish Credit and Qualifications Framework: Scotland's levels of qualifications, from 1 to 12.",
    },
    Entry {
        term: "Agenda for Change (AfC) band",
        triggers: &["Agenda for Change", "AfC"],
        any_case: false,
        meaning: "The NHS pay system for most staff other than doctors. Each role sits in a band from 1 to 9, and each band has a pay range: pay rises through the range with time in the post.",
    },
    Entry {
        term: "Career Framework",
        triggers: &["Career Framework"],
        any_case: false,
        meaning: "The Skills for Health Career Framework: nine levels that describe roles across health, from support roles (levels 1 to 4) to registered practitioners (level 5 and up). This plan uses it to compare roles from health and social care on one scale.",
    },
    Entry {
        term: "Read across",
        triggers: &["read across"],
        any_case: true,
        meaning: "A role with no Career Framework level of its own is placed by another scale it has, such as its pay band or its Care Workforce Pathway category.",
    },
    Entry {
        term: "Care Workforce Pathway",
        triggers: &["Care Workforce Pathway"],
        any_case: false,
        meaning: "England's national career structure for adult social care, with role categories from new to care up to registered manager.",
    },
    Entry {
        term: "Care Certificate",
        triggers: &["Care Certificate"],
        any_case: false,
        meaning: "The standards new care and health support workers in England meet when they start; most complete it within about 3 months.",
    },
    Entry {
        term: "Apprenticeship",
        triggers: &["apprentice"],
        any_case: true,
        meaning: "A job with training: you are employed and paid while you study for a qualification, partly at work and partly with a college or university.",
    },
    Entry {
        term: "Pro rata",
        triggers: &["hours a week"],
        any_case: false,
        meaning: "Pay for fewer hours than full time, in proportion: full-time pay times your weekly hours divided by 37.5.",
    },
    Entry {
        term: "National Living Wage",
        triggers: &["National Living Wage"],
        any_case: false,
        meaning: "The legal minimum hourly pay for workers aged 21 and over in the UK.",
    },
    Entry {
        term: "Functional Skills",
        triggers: &["Functional Skills"],
        any_case: false,
        meaning: "English and maths qualifications for adults, accepted in place of GCSEs by many employers and courses.",
    },
    Entry {
        term: "Access to HE Diploma",
        triggers: &["Access to HE", "Access to Higher Education"],
        any_case: false,
        meaning: "A one-year course that prepares adults without A levels for university.",
    },
    Entry {
        term: "NMC",
        triggers: &["NMC"],
        any_case: false,
        meaning: "Nursing and Midwifery Council: keeps the register of nurses and midwives, and of nursing associates in England. You must be on it to work in those roles.",
    },
    Entry {
        term: "HCPC",
        triggers: &["HCPC"],
        any_case: false,
        meaning: "Health and Care Professions Council: keeps the register of allied health professionals such as physiotherapists and paramedics.",
    },
    Entry {
        term: "Registration",
        triggers: &["register"],
        any_case: true,
        meaning: "Being on a regulator's register: some roles can only be done by people on it, and you join it when you qualify.",
    },
];

/// The glossary for a plan: the entries whose terms appear anywhere in it, in a fixed order.
pub fn terms(plan: &Plan) -> Vec<Term> {
    // Source addresses are not words the plan uses ("nmc.org.uk/registration").
    let words = Plan { sources: Vec::new(), ..plan.clone() };
    let text = serde_json::to_string(&words).unwrap_or_default();
    let lower = text.to_lowercase();
    ENTRIES
        .iter()
        .filter(|e| {
            e.triggers.iter().any(|t| if e.any_case { lower.contains(&t.to_lowercase()) } else { text.contains(t) })
        })
        .map(|e| Term { term: e.term.to_string(), meaning: e.meaning.to_string() })
        .collect()
}
