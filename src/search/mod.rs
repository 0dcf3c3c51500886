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

pub mod background;
mod names;
mod resolve;
mod texts;

use serde::Serialize;

use crate::model::{Catalogue, RoleIx};

pub use names::title_positions;
pub use resolve::{Resolved, matched_phrase, matched_str, matched_text, resolve};

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
    pub(crate) fn bonus(self) -> i64 {
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

/// Text hits rank below every name hit.
const TEXT_SCORE: i64 = -100_000;

/// Names matched between looks at the clock, for hits found so far.
const ROUND: usize = 65_536;

/// How often a long search shows the hits found so far.
const PARTIAL_EVERY: std::time::Duration = std::time::Duration::from_millis(50);

/// Every name of every role: titles, ids, aliases and keywords.
fn names_of(catalogue: &Catalogue) -> names::Names {
    let (mut entries, mut bytes) = (0, 0);
    for role in &catalogue.roles {
        entries += 2 + role.aliases.len() + role.keywords.len();
        bytes += role.title.len() + role.id.len();
        bytes += role.aliases.iter().chain(&role.keywords[..]).map(String::len).sum::<usize>();
    }
    let mut names = names::Names::with_capacity(entries, bytes);
    for ix in catalogue.role_indices() {
        let role = catalogue.role(ix);
        names.add(ix, Field::Title, 0, &role.title);
        names.add(ix, Field::Id, 0, &role.id);
        for (i, alias) in role.aliases.iter().enumerate() {
            names.add(ix, Field::Alias, i, alias);
        }
        for (i, keyword) in role.keywords.iter().enumerate() {
            names.add(ix, Field::Keyword, i, keyword);
        }
    }
    names
}

/// Every text about the work of every role: summaries, the work, qualities, character.
fn texts_of(catalogue: &Catalogue) -> texts::Texts {
    let (mut count, mut words) = (0, 0);
    for role in &catalogue.roles {
        let traits = role.character.iter().flat_map(|c| &c.traits);
        count += 2 + role.qualities().len() + traits.clone().count();
        words += texts::words_in(&role.summary) + texts::words_in(&role.work);
        words += role.qualities().iter().map(|q| texts::words_in(q)).sum::<usize>();
        words += traits.map(|t| texts::words_in(t.label())).sum::<usize>();
    }
    let mut texts = texts::Builder::with_capacity(count, words);
    for ix in catalogue.role_indices() {
        let role = catalogue.role(ix);
        texts.add(ix, Field::Summary, 0, &role.summary);
        texts.add(ix, Field::Work, 0, &role.work);
        for (i, quality) in role.qualities().iter().enumerate() {
            texts.add(ix, Field::Quality, i, quality);
        }
        for t in role.character.iter().flat_map(|c| &c.traits) {
            let which = crate::model::Trait::ALL.iter().position(|x| x == t).unwrap_or(0);
            texts.add(ix, Field::Character, which, t.label());
        }
    }
    texts.finish()
}

/// Best first; ties in the order of the data.
fn sorted(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by(order);
    hits
}

fn order(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    b.score.cmp(&a.score).then(a.role.cmp(&b.role))
}

/// How many of the hits found so far a long search hands over: more than any screen
/// shows, and few enough to copy in well under a millisecond.
const PARTIAL_HITS: usize = 1_000;

/// The best [`PARTIAL_HITS`] hits found so far, best first.
fn best_so_far(best: &[Option<Hit>]) -> Vec<Hit> {
    let mut found: Vec<&Hit> = best.iter().flatten().collect();
    if found.len() > PARTIAL_HITS {
        found.select_nth_unstable_by(PARTIAL_HITS, |a, b| order(a, b));
        found.truncate(PARTIAL_HITS);
    }
    sorted(found.into_iter().cloned().collect())
}

/// Above this many names to match, the work is shared between the cores.
const PARALLEL_FROM: usize = 16_384;

/// The searchable text of a catalogue, built once.
pub struct SearchIndex {
    names: names::Names,
    texts: texts::Texts,
    /// The role each name entry belongs to, for the roles a narrowed search keeps.
    roles: usize,
}

/// What a finished search leaves for the next: the names that matched its query. A query
/// that only adds to this one (more letters, more words) can match no other name, since
/// every word of it holds a word of this one in order, so it need only look at these.
#[derive(Debug, Clone, Default)]
pub struct Narrowing {
    lower: String,
    entries: Vec<u32>,
}

impl Narrowing {
    /// Whether a search for `query` may start from these names.
    fn covers(&self, lower: &str) -> bool {
        !self.lower.trim().is_empty() && lower.starts_with(&self.lower)
    }
}

/// A finished search: the hits, best first, and where the next search may start.
pub struct Searched {
    pub hits: Vec<Hit>,
    pub narrowing: Narrowing,
}

impl SearchIndex {
    pub fn new(catalogue: &Catalogue) -> SearchIndex {
        // Names and texts are independent: at 100,000 roles each takes a few hundred
        // milliseconds, and the first query waits for both, so they are built side by side.
        let (names, texts) = if catalogue.roles.len() >= PARALLEL_FROM / 4 {
            std::thread::scope(|scope| {
                let texts = scope.spawn(|| texts_of(catalogue));
                let names = names_of(catalogue);
                (names, texts.join().unwrap_or_else(|_| texts_of(catalogue)))
            })
        } else {
            (names_of(catalogue), texts_of(catalogue))
        };
        SearchIndex { names, texts, roles: catalogue.roles.len() }
    }

    /// Every role that matches, best first (ties by title order in data). An empty query
    /// matches nothing; callers show the full list instead.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_from(query, None, &|| false).map(|s| s.hits).unwrap_or_default()
    }

    /// [`SearchIndex::search`], starting from an earlier search's names where the query
    /// extends that search's, and giving up (with `None`) as soon as `stop` says so.
    pub fn search_from(
        &self,
        query: &str,
        from: Option<&Narrowing>,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Searched> {
        self.search_partly(query, from, stop, &mut |_| {})
    }

    /// [`SearchIndex::search_from`], also handing `partial` the best hits found so far
    /// (at most [`PARTIAL_HITS`]), best first, every [`PARTIAL_EVERY`] while a long search
    /// runs.
    pub fn search_partly(
        &self,
        query: &str,
        from: Option<&Narrowing>,
        stop: &(dyn Fn() -> bool + Sync),
        partial: &mut dyn FnMut(Vec<Hit>),
    ) -> Option<Searched> {
        let lower = query.to_lowercase();
        let words: Vec<String> = lower.split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return Some(Searched { hits: Vec::new(), narrowing: Narrowing::default() });
        }
        let all: Vec<u32>;
        let candidates: &[u32] = match from {
            Some(n) if n.covers(&lower) => &n.entries,
            _ => {
                all = (0..self.names.entries.len() as u32).collect();
                &all
            }
        };
        let prepared = names::Query::new(&words);
        let mut best: Vec<Option<Hit>> = vec![None; self.roles];
        let mut kept = Vec::new();
        let started = std::time::Instant::now();
        let mut told = started;
        let rounds = candidates.chunks(ROUND);
        let last = rounds.len().saturating_sub(1);
        for (n, round) in rounds.enumerate() {
            for m in self.match_names(&prepared, round, stop)? {
                kept.push(m.entry);
                self.keep(&mut best, m);
            }
            if n < last && told.elapsed() >= PARTIAL_EVERY {
                partial(best_so_far(&best));
                told = std::time::Instant::now();
            }
        }
        if stop() {
            return None;
        }
        self.texts.search(&words, &mut best);
        let hits = sorted(best.into_iter().flatten().collect());
        Some(Searched { hits, narrowing: Narrowing { lower, entries: kept } })
    }

    /// Keeps a name that matched when it is its role's best so far.
    fn keep(&self, best: &mut Vec<Option<Hit>>, m: names::Matched) {
        let entry = &self.names.entries[m.entry as usize];
        let slot = entry.role.0 as usize;
        if best.len() <= slot {
            best.resize(slot + 1, None);
        }
        if best[slot].as_ref().is_none_or(|h| m.score > h.score) {
            best[slot] = Some(Hit {
                role: entry.role,
                score: m.score,
                field: entry.field,
                which: usize::from(entry.which),
                positions: m.positions,
                coverage: m.coverage,
            });
        }
    }

    /// The names among `candidates` that match, in candidate order, on every core when
    /// there are enough of them to be worth it.
    fn match_names(
        &self,
        query: &names::Query,
        candidates: &[u32],
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<names::Matched>> {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8);
        if cores == 1 || candidates.len() < PARALLEL_FROM {
            return self.names.matching(query, candidates, stop);
        }
        let slice = candidates.len().div_ceil(cores);
        let parts: Vec<Option<Vec<names::Matched>>> = std::thread::scope(|scope| {
            let handles: Vec<_> = candidates
                .chunks(slice)
                .map(|part| scope.spawn(move || self.names.matching(query, part, stop)))
                .collect();
            handles.into_iter().map(|h| h.join().ok().flatten()).collect()
        });
        let mut all = Vec::new();
        for part in parts {
            all.extend(part?);
        }
        Some(all)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn national() -> &'static (Catalogue, SearchIndex) {
        static SET: std::sync::OnceLock<(Catalogue, SearchIndex)> = std::sync::OnceLock::new();
        SET.get_or_init(|| {
            let catalogue = crate::data::load_embedded().expect("embedded data");
            let index = SearchIndex::new(&catalogue);
            (catalogue, index)
        })
    }

    proptest! {
        /// Typing key by key, each search starting from the last one's matches, finds
        /// exactly what a search from every name finds: narrowing never loses a hit.
        #[test]
        fn narrowing_finds_what_a_full_search_finds(query in "[a-zA-Zé ]{1,12}") {
            let (_, index) = national();
            let mut last: Option<Narrowing> = None;
            for (end, _) in query.char_indices().skip(1).chain(std::iter::once((query.len(), ' '))) {
                let typed = &query[..end];
                let narrowed = index.search_from(typed, last.as_ref(), &|| false).expect("not stopped");
                prop_assert_eq!(&narrowed.hits, &index.search(typed), "typed {:?}", typed);
                last = Some(narrowed.narrowing);
            }
        }
    }

    #[test]
    fn a_shorter_or_different_query_starts_again_from_every_name() {
        let (_, index) = national();
        let nurse = index.search_from("nurse", None, &|| false).expect("not stopped");
        for other in ["nurs", "care", "nursery"] {
            let again = index.search_from(other, Some(&nurse.narrowing), &|| false).expect("not stopped");
            assert_eq!(again.hits, index.search(other), "{other}");
        }
    }

    #[test]
    fn hits_so_far_are_the_best_few_best_first() {
        let hit = |role: u32, score: i64| {
            Some(Hit { role: RoleIx(role), score, field: Field::Title, which: 0, positions: vec![0], coverage: 1.0 })
        };
        let best: Vec<Option<Hit>> =
            (0..3_000u32).map(|r| if r % 3 == 0 { None } else { hit(r, i64::from(r % 997)) }).collect();
        let so_far = best_so_far(&best);
        assert_eq!(so_far.len(), PARTIAL_HITS);
        assert!(so_far.windows(2).all(|w| order(&w[0], &w[1]).is_le()), "best first");
        let all = sorted(best.into_iter().flatten().collect());
        assert_eq!(so_far[..], all[..PARTIAL_HITS], "the same as the top of a full sort");
    }

    /// At organisation scale names and texts are built side by side; both are complete.
    #[test]
    fn an_index_built_side_by_side_finds_names_and_texts() {
        let files = crate::synthetic::dataset(PARALLEL_FROM / 4 + 100);
        let catalogue = crate::data::validate_files(files, Vec::new()).catalogue.expect("the generated set is valid");
        let index = SearchIndex::new(&catalogue);
        for ix in [RoleIx(0), RoleIx(catalogue.roles.len() as u32 - 1)] {
            let role = catalogue.role(ix);
            assert_eq!(index.search(&role.title).first().map(|h| h.role), Some(ix), "{}", role.title);
            let word = role.summary.split_whitespace().find(|w| w.len() > 6).expect("a long word");
            assert!(index.search(word).iter().any(|h| h.role == ix), "{word} in the summary of {}", role.title);
        }
    }

    #[test]
    fn a_search_told_to_stop_gives_up() {
        let (_, index) = national();
        assert!(index.search_from("care", None, &|| true).is_none());
    }
}
