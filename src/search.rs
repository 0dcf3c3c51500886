//! Fuzzy search over role titles, aliases, keywords and ids.
//!
//! A query is split on white space and every word must match the same field, in the
//! manner of fzf's extended search: "nurse associate" finds "Nursing associate" because
//! both words match, in order or not. Hits are role indices plus the character positions
//! that matched, so a screen can highlight them without re-running the matcher.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::model::{Catalogue, RoleIx};

/// Which part of a role matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Alias,
    Id,
    Keyword,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Alias => "alias",
            Field::Id => "id",
            Field::Keyword => "keyword",
        }
    }

    /// Ties between fields go to the one a person most likely meant.
    fn bonus(self) -> i64 {
        match self {
            Field::Title => 30,
            Field::Alias => 20,
            Field::Id => 10,
            Field::Keyword => 0,
        }
    }
}

/// One role that matched, at its best-matching field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub role: RoleIx,
    pub score: i64,
    pub field: Field,
    /// Which alias or keyword matched (index into the role's list); 0 for title and id.
    pub which: usize,
    /// Character (not byte) positions in the matched text, ascending.
    pub positions: Vec<usize>,
    /// Share of the matched text's characters that the query matched, 0 to 1.
    pub coverage: f32,
}

struct Entry {
    role: RoleIx,
    field: Field,
    which: usize,
    text: String,
    lower: String,
}

/// The searchable text of a catalogue, built once.
pub struct SearchIndex {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> SearchIndex {
        let mut entries = Vec::new();
        for ix in catalogue.role_indices() {
            let role = catalogue.role(ix);
            let mut add = |field, which, text: &str| {
                entries.push(Entry { role: ix, field, which, text: text.to_string(), lower: text.to_lowercase() });
            };
            add(Field::Title, 0, &role.title);
            add(Field::Id, 0, &role.id);
            for (i, alias) in role.aliases.iter().enumerate() {
                add(Field::Alias, i, alias);
            }
            for (i, keyword) in role.keywords.iter().enumerate() {
                add(Field::Keyword, i, keyword);
            }
        }
        SearchIndex { entries, matcher: SkimMatcherV2::default().ignore_case() }
    }

    /// Every role that matches, best first (ties by title order in data). An empty query
    /// matches nothing; callers show the full list instead.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let whole = words.join(" ");
        let mut best: Vec<Option<Hit>> = Vec::new();
        for entry in &self.entries {
            let Some((score, positions)) = self.score(entry, &words, &whole) else { continue };
            let coverage = positions.len() as f32 / entry.text.chars().count().max(1) as f32;
            let slot = entry.role.0 as usize;
            if best.len() <= slot {
                best.resize(slot + 1, None);
            }
            let better = best[slot].as_ref().is_none_or(|h| score > h.score);
            if better {
                best[slot] =
                    Some(Hit { role: entry.role, score, field: entry.field, which: entry.which, positions, coverage });
            }
        }
        let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.role.cmp(&b.role)));
        hits
    }

    /// Where every word of the query appears in a title as a run of letters (the "nurs" of
    /// "Registered nurse"), or nothing: when the match was on an alias such as "HCA",
    /// letters scattered through the title ("Healthcare") would highlight the wrong thing,
    /// and the alias is shown instead. Char positions, for highlighting.
    pub fn title_positions(&self, title: &str, query: &str) -> Vec<usize> {
        let mut positions = Vec::new();
        for word in query.split_whitespace() {
            match self.matcher.fuzzy_indices(title, word) {
                Some((_, found)) if found.windows(2).all(|w| w[1] == w[0] + 1) => positions.extend(found),
                _ => return Vec::new(),
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    fn score(&self, entry: &Entry, words: &[String], whole: &str) -> Option<(i64, Vec<usize>)> {
        let mut total = 0;
        let mut positions = Vec::new();
        for word in words {
            let (score, found) = self.matcher.fuzzy_indices(&entry.text, word)?;
            total += score;
            positions.extend(found);
        }
        positions.sort_unstable();
        positions.dedup();
        // Exact and prefix matches beat scattered ones; tight matches beat longer texts that
        // merely contain the same letters ("Nursing associate" before "... in social care").
        if entry.lower == whole {
            total += 1_000;
        } else if entry.lower.starts_with(whole) {
            total += 100;
        }
        let unmatched = entry.text.chars().count().saturating_sub(positions.len()) as i64;
        Some((total + entry.field.bonus() - 3 * unmatched, positions))
    }
}

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
    let which = match hit.field {
        Field::Alias => role.aliases.get(hit.which),
        Field::Keyword => role.keywords.get(hit.which),
        Field::Title | Field::Id => None,
    };
    matched_phrase(hit.field, which.map_or("", String::as_str))
}

/// What a search matched, in words: the alias or keyword itself, else the field's name.
pub fn matched_phrase(field: Field, matched: &str) -> String {
    match field {
        Field::Alias => format!("alias \"{matched}\""),
        Field::Keyword => format!("keyword \"{matched}\""),
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
    let mut hits = index.search(wanted);
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

/// A lead of a tenth of the top score (and at least 15 points) is not a coin toss.
fn clearly_ahead(top: i64, second: i64) -> bool {
    top - second >= (top / 10).max(15)
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_highlight_only_runs_of_letters() {
        let index = super::SearchIndex::new(&crate::model::Catalogue::default());
        assert_eq!(index.title_positions("Registered nurse (adult)", "nurs"), [11, 12, 13, 14]);
        assert!(index.title_positions("Healthcare support worker", "hca").is_empty());
        assert_eq!(index.title_positions("Senior care worker", "care senior").len(), 10);
    }

    use std::fmt::Write as _;

    use super::*;
    use crate::data::{SourceFile, validate_files};

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
