//! Naming a role: resolving what a person typed to one role, and saying what a hit matched.

use super::{Field, Hit, SearchIndex};
use crate::model::{Catalogue, RoleIx};

/// The outcome of naming a role on the command line or in a picker.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved {
    One(RoleIx),
    /// Several roles fit about equally well: the best few, best first.
    Ambiguous(Vec<Hit>),
    NotFound,
}

/// What a hit matched, for people: `alias "carer"`, `keyword "personal care"`, `title`.
pub fn matched_text(role: &crate::model::Role, hit: &Hit) -> String {
    matched_phrase(hit.field, matched_str(role, hit))
}

/// The text a hit matched in: the title, id, alias, keyword, summary, work, quality or
/// character trait.
pub fn matched_str<'a>(role: &'a crate::model::Role, hit: &Hit) -> &'a str {
    let found = match hit.field {
        Field::Title => Some(role.title.as_str()),
        Field::Id => Some(role.id.as_str()),
        Field::Alias => role.aliases.get(hit.which).map(String::as_str),
        Field::Keyword => role.keywords.get(hit.which).map(String::as_str),
        Field::Summary => Some(&*role.summary),
        Field::Work => Some(&*role.work),
        Field::Quality => role.qualities().get(hit.which).map(String::as_str),
        Field::Character => crate::model::Trait::ALL.get(hit.which).map(|t| t.label()),
    };
    found.unwrap_or(&role.title)
}

/// What a search matched, in words: the alias or keyword itself, where a text about the
/// work matched, else the field's name.
pub fn matched_phrase(field: Field, matched: &str) -> String {
    match field {
        Field::Alias => format!("alias \"{matched}\""),
        Field::Keyword => format!("keyword \"{matched}\""),
        Field::Summary => "in the summary".into(),
        Field::Work => "in the work".into(),
        Field::Quality => format!("in the qualities: \"{matched}\""),
        Field::Character => format!("in what the work is like: {matched}"),
        field => field.label().to_string(),
    }
}

/// Finds the role a person means: an exact id, title or alias first, else the fuzzy
/// match when it is clearly ahead of the rest.
pub fn resolve(catalogue: &Catalogue, index: &SearchIndex, query: &str) -> Resolved {
    let wanted = query.trim();
    if let Some(ix) = catalogue.role_by_id(wanted) {
        return Resolved::One(ix);
    }
    let lower = wanted.to_lowercase();
    let exact: Vec<RoleIx> = catalogue
        .role_indices()
        .filter(|&ix| {
            let r = catalogue.role(ix);
            r.title.to_lowercase() == lower || r.aliases.iter().any(|a| a.to_lowercase() == lower)
        })
        .collect();
    if let [only] = exact[..] {
        return Resolved::One(only);
    }
    // A role is named by its names: a word of its summary does not name it.
    let mut hits = index.search(wanted);
    hits.retain(|h| h.field.is_name());
    if !exact.is_empty() {
        hits.retain(|h| exact.contains(&h.role));
    }
    match hits.len() {
        0 => Resolved::NotFound,
        // A lone hit must still cover the query: "astronaut" faintly matching one title is
        // a guess, and a confident wrong role is worse than a question.
        1 if !exact.is_empty() || hits[0].coverage >= STRONG => Resolved::One(hits[0].role),
        _ if exact.is_empty() && hits[0].coverage >= STRONG && clearly_ahead(hits[0].score, hits[1].score) => {
            Resolved::One(hits[0].role)
        }
        _ => {
            hits.truncate(12);
            Resolved::Ambiguous(hits)
        }
    }
}

/// How much of the matched text a query must cover to be taken without asking.
const STRONG: f32 = 0.6;

/// A lead of a twentieth of the top score, and at least 20 points (more than a letter's
/// worth, which is 16 to nucleo's matcher), is not a coin toss: "nurse associate" names
/// "Nursing associate" (its whole title matched) before "Trainee nursing associate".
fn clearly_ahead(top: i64, second: i64) -> bool {
    top - second >= (top / 20).max(20)
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_highlight_only_runs_of_letters() {
        assert_eq!(title_positions("Registered nurse (adult)", "nurs"), [11, 12, 13, 14]);
        assert!(title_positions("Healthcare support worker", "hca").is_empty());
        assert_eq!(title_positions("Senior care worker", "care senior").len(), 10);
    }

    use std::fmt::Write as _;

    use super::*;
    use crate::data::{SourceFile, validate_files};
    use crate::search::title_positions;

    fn catalogue() -> Catalogue {
        let mut text = String::new();
        for (id, title, aliases) in [
            ("care-worker", "Care worker", "\"carer\", \"care assistant\""),
            ("senior-care-worker", "Senior care worker", "\"senior carer\""),
            ("healthcare-support-worker", "Healthcare support worker", "\"HCA\", \"healthcare assistant\""),
            ("nursing-associate", "Nursing associate", ""),
            ("nursing-associate-social-care", "Nursing associate in social care", ""),
            ("registered-nurse-adult", "Registered nurse (adult)", "\"staff nurse\""),
        ] {
            let _ = write!(
                text,
                "[[role]]\nid = \"{id}\"\ntitle = \"{title}\"\naliases = [{aliases}]\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\nsources = [{{ url = \"https://example.org/\", supports = \"x\" }}]\nreviewed = \"2026-01-01\"\n\n"
            );
        }
        let report = validate_files(vec![SourceFile { path: "t.toml".into(), text }], Vec::new());
        report.catalogue.expect("fixture is valid")
    }

    fn titles(c: &Catalogue, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| c.role(h.role).id.clone()).collect()
    }

    #[test]
    fn words_match_in_any_order_and_rank_shorter_titles_first() {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let hits = index.search("nurse associate");
        assert_eq!(titles(&c, &hits)[..2], ["nursing-associate", "nursing-associate-social-care"]);
        assert_eq!(resolve(&c, &index, "nurse associate"), Resolved::One(c.role_by_id("nursing-associate").unwrap()));
    }

    #[test]
    fn aliases_are_found_and_reported() {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let hits = index.search("hca");
        assert_eq!(titles(&c, &hits)[0], "healthcare-support-worker");
        assert_eq!(hits[0].field, Field::Alias);
        assert_eq!(resolve(&c, &index, "HCA"), Resolved::One(c.role_by_id("healthcare-support-worker").unwrap()));
    }

    #[test]
    fn exact_title_beats_longer_titles_and_ids_resolve_directly() {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        assert_eq!(titles(&c, &index.search("care worker"))[0], "care-worker");
        assert_eq!(resolve(&c, &index, "senior-care-worker"), Resolved::One(RoleIx(1)));
        assert_eq!(resolve(&c, &index, "zzzz"), Resolved::NotFound);
        assert!(index.search("   ").is_empty());
    }

    #[test]
    fn vague_queries_are_ambiguous() {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        assert!(matches!(resolve(&c, &index, "worker"), Resolved::Ambiguous(h) if h.len() >= 3));
    }

    #[test]
    fn positions_are_character_indices_of_the_matched_text() {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let hit = &index.search("associate")[0];
        assert_eq!((hit.role, hit.field), (RoleIx(3), Field::Title));
        assert_eq!(hit.positions, (8..17).collect::<Vec<_>>());
        // An alias that fits more tightly than the title wins, and says so.
        assert_eq!(index.search("senior")[0].field, Field::Alias);
    }
}
