//! Fuzzy search over role titles, aliases, keywords and ids, then by what the work is:
//! summaries, the work, qualities and character.
//!
//! Names are matched fuzzily. Long texts are matched by words instead (a query word matches
//! a word that starts with the same stem: "independence" finds "independent"), since
//! letters scattered through a paragraph match almost anything. Hits in those texts always
//! rank below every hit on a name, and say where they matched ("matched in the work").
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
    Summary,
    Work,
    Quality,
    Character,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Alias => "alias",
            Field::Id => "id",
            Field::Keyword => "keyword",
            Field::Summary => "summary",
            Field::Work => "work",
            Field::Quality => "quality",
            Field::Character => "character",
        }
    }

    /// Whether the field is a name (matched fuzzily) or a text about the work.
    pub fn is_name(self) -> bool {
        matches!(self, Field::Title | Field::Alias | Field::Id | Field::Keyword)
    }

    /// Ties between fields go to the one a person most likely meant.
    fn bonus(self) -> i64 {
        match self {
            Field::Title | Field::Summary => 30,
            Field::Alias | Field::Character => 20,
            Field::Id | Field::Work => 10,
            Field::Keyword | Field::Quality => 0,
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

/// A text about the work, as stems with their character positions.
struct TextEntry {
    role: RoleIx,
    field: Field,
    which: usize,
    words: Vec<(String, Vec<usize>)>,
}

/// Text hits rank below every name hit.
const TEXT_SCORE: i64 = -100_000;

/// Words too common to look for in a paragraph.
const SMALL_WORDS: [&str; 12] =
    ["the", "and", "for", "with", "you", "your", "who", "are", "want", "like", "help", "people"];

/// The searchable text of a catalogue, built once.
pub struct SearchIndex {
    entries: Vec<Entry>,
    texts: Vec<TextEntry>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> SearchIndex {
        let mut entries = Vec::new();
        let mut texts = Vec::new();
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
            let mut text = |field, which, text: &str| {
                texts.push(TextEntry { role: ix, field, which, words: stems(text) });
            };
            text(Field::Summary, 0, &role.summary);
            text(Field::Work, 0, &role.work);
            for (i, quality) in role.qualities().iter().enumerate() {
                text(Field::Quality, i, quality);
            }
            for t in role.character.iter().flat_map(|c| &c.traits) {
                let which = crate::model::Trait::ALL.iter().position(|x| x == t).unwrap_or(0);
                text(Field::Character, which, t.label());
            }
        }
        SearchIndex { entries, texts, matcher: SkimMatcherV2::default().ignore_case() }
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
        self.search_texts(&words, &mut best);
        let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.role.cmp(&b.role)));
        hits
    }

    /// Roles by the texts about their work: every query word of three or more letters
    /// (bar a few small words) must start a word in one of the role's texts, stem to stem.
    /// The hit names the text that holds the most of them.
    fn search_texts(&self, words: &[String], best: &mut Vec<Option<Hit>>) {
        let wanted: Vec<&str> =
            words.iter().map(|w| stem(w)).filter(|w| w.chars().count() >= 3 && !SMALL_WORDS.contains(w)).collect();
        if wanted.is_empty() {
            return;
        }
        for texts in self.texts.chunk_by(|a, b| a.role == b.role) {
            // Each query word looked up once in each text of the role.
            let finds: Vec<Vec<Found<'_>>> =
                texts.iter().map(|e| wanted.iter().map(|w| found_in(e, w)).collect()).collect();
            if !(0..wanted.len()).all(|w| finds.iter().any(|f| f[w].is_some())) {
                continue;
            }
            let matched = |f: &Vec<Found<'_>>| f.iter().filter(|x| x.is_some()).count();
            let Some((entry, find)) =
                texts.iter().zip(&finds).max_by_key(|(e, f)| (matched(f), e.field.bonus(), std::cmp::Reverse(e.which)))
            else {
                continue;
            };
            let mut positions = Vec::new();
            let mut exact = 0;
            for (same, at) in find.iter().flatten() {
                exact += i64::from(*same);
                positions.extend(*at);
            }
            positions.sort_unstable();
            positions.dedup();
            let in_one = matched(find) == wanted.len();
            // A role whose summary, work and character all say it is more likely meant.
            let echoes = finds.iter().filter(|f| matched(f) == wanted.len()).count().min(10) as i64;
            let score = TEXT_SCORE + entry.field.bonus() + 10 * exact + if in_one { 50 } else { 0 } + 15 * echoes;
            let slot = entry.role.0 as usize;
            if best.len() <= slot {
                best.resize(slot + 1, None);
            }
            if best[slot].as_ref().is_none_or(|h| score > h.score) {
                let hit =
                    Hit { role: entry.role, score, field: entry.field, which: entry.which, positions, coverage: 0.0 };
                best[slot] = Some(hit);
            }
        }
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
        let mut scattered = false;
        for word in words {
            let (score, found) = self.matcher.fuzzy_indices(&entry.text, word)?;
            total += score;
            scattered |= !word_run(&entry.text, &found, word.chars().count().saturating_sub(1).min(4));
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
        // Letters scattered through a name ("calm" in "CLinicAL pharMacist") are a guess:
        // they rank below every hit on the words of the work.
        let guess = if scattered { 2 * TEXT_SCORE } else { 0 };
        Some((total + entry.field.bonus() - 3 * unmatched + guess, positions))
    }
}

/// Whether a stem starts a word of an entry: (the word is the stem itself, its positions).
type Found<'e> = Option<(bool, &'e Vec<usize>)>;

fn found_in<'e>(entry: &'e TextEntry, stem: &str) -> Found<'e> {
    entry.words.iter().find(|(s, _)| s.starts_with(stem)).map(|(s, at)| (s == stem, at))
}

/// Whether the matched positions hold a run of at least `needed` consecutive characters
/// that starts a word of `text` ("nurs" of "Nursing", not "cal" inside "psychological").
fn word_run(text: &str, positions: &[usize], needed: usize) -> bool {
    if needed <= 1 {
        return true;
    }
    let starts_word = |at: usize| at == 0 || text.chars().nth(at - 1).is_some_and(|c| !c.is_alphanumeric());
    let mut start = 0;
    for i in 0..positions.len() {
        if i > 0 && positions[i] != positions[i - 1] + 1 {
            start = i;
        }
        if i + 1 - start >= needed && starts_word(positions[start]) {
            return true;
        }
    }
    false
}

/// A word's stem: lower case, with a common English ending taken off, so "emergencies"
/// and "emergency" meet at "emerg". Only long words lose an ending.
fn stem(word: &str) -> &str {
    const ENDINGS: [&str; 17] = [
        "encies", "ences", "ency", "ence", "ents", "ent", "ances", "ance", "ings", "ing", "ies", "ied", "ers", "er",
        "es", "ed", "s",
    ];
    for ending in ENDINGS {
        if word.len() > ending.len() + 3 && word.ends_with(ending) {
            return &word[..word.len() - ending.len()];
        }
    }
    word
}

/// A text's words as stems, each with the character positions it covers.
fn stems(text: &str) -> Vec<(String, Vec<usize>)> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut at = Vec::new();
    for (i, ch) in text.chars().chain(std::iter::once(' ')).enumerate() {
        if ch.is_alphanumeric() {
            word.extend(ch.to_lowercase());
            at.push(i);
        } else if !word.is_empty() {
            out.push((stem(&word).to_string(), std::mem::take(&mut at)));
            word.clear();
        }
    }
    out
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
        Field::Summary => Some(role.summary.as_str()),
        Field::Work => Some(role.work.as_str()),
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
