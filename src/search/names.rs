//! Names (titles, aliases, ids, keywords) matched fuzzily with nucleo's matcher.
//!
//! The names live in one string, each entry a range of it, so an index of 100,000 roles
//! holds each name once and allocates nothing per name. Matching a query is embarrassingly
//! parallel: the candidates are cut into slices and each core takes one.

use std::cell::RefCell;

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Field, TEXT_SCORE};
use crate::model::RoleIx;

/// One name of a role: where its text starts in [`Names::text`]; it ends where the next
/// name starts. Twelve bytes: at 10,000 roles there are 70,000 of them.
pub(super) struct Entry {
    pub role: RoleIx,
    start: u32,
    pub field: Field,
    pub which: u16,
}

/// Every name of every role.
#[derive(Default)]
pub(super) struct Names {
    text: String,
    pub entries: Vec<Entry>,
}

/// A name that matched: its entry, score and the character positions that matched.
pub(super) struct Matched {
    pub entry: u32,
    pub score: i64,
    pub positions: Vec<usize>,
    pub coverage: f32,
}

/// A query made ready to match: its words as nucleo atoms, and the whole in lower case.
pub(super) struct Query {
    atoms: Vec<Atom>,
    /// Characters in each word, for how long a run of letters must be.
    lengths: Vec<usize>,
    whole: String,
}

impl Query {
    pub fn new(words: &[String]) -> Query {
        Query {
            atoms: words.iter().map(|w| atom(w)).collect(),
            lengths: words.iter().map(|w| w.chars().count()).collect(),
            whole: words.join(" "),
        }
    }
}

fn atom(word: &str) -> Atom {
    // A plain fuzzy atom: no fzf syntax, so `^` or `!` typed in a query are letters.
    Atom::new(word, CaseMatching::Ignore, Normalization::Smart, AtomKind::Fuzzy, false)
}

/// Buffers reused from one name to the next.
#[derive(Default)]
struct Scratch {
    chars: Vec<char>,
    found: Vec<u32>,
    all: Vec<u32>,
}

thread_local! {
    /// A matcher holds about 135 KB of scratch space: one per thread, reused.
    static MATCHER: RefCell<Matcher> = RefCell::new(Matcher::new(Config::DEFAULT));
}

impl Names {
    /// Room for `entries` names of `bytes` in all, so that building grows nothing.
    pub fn with_capacity(entries: usize, bytes: usize) -> Names {
        Names { text: String::with_capacity(bytes), entries: Vec::with_capacity(entries) }
    }

    pub fn add(&mut self, role: RoleIx, field: Field, which: usize, text: &str) {
        let start = self.text.len() as u32;
        self.text.push_str(text);
        let which = u16::try_from(which).unwrap_or(u16::MAX);
        self.entries.push(Entry { role, start, field, which });
    }

    /// The text of the `ix`th name.
    pub fn text_of(&self, ix: u32) -> &str {
        let ix = ix as usize;
        let start = self.entries.get(ix).map_or(0, |e| e.start as usize);
        let end = self.entries.get(ix + 1).map_or(self.text.len(), |e| e.start as usize);
        self.text.get(start..end).unwrap_or_default()
    }

    /// The candidates that match, in order, or `None` when `stop` said to give up.
    pub fn matching(
        &self,
        query: &Query,
        candidates: &[u32],
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Matched>> {
        MATCHER.with_borrow_mut(|matcher| {
            let mut found = Vec::new();
            let mut scratch = Scratch::default();
            for (n, &ix) in candidates.iter().enumerate() {
                // Often enough to stop within a millisecond, seldom enough to cost nothing.
                if n % 2048 == 2047 && stop() {
                    return None;
                }
                if let Some(m) = self.score(matcher, ix, query, &mut scratch) {
                    found.push(m);
                }
            }
            Some(found)
        })
    }

    fn score(&self, matcher: &mut Matcher, ix: u32, query: &Query, scratch: &mut Scratch) -> Option<Matched> {
        let entry = &self.entries[ix as usize];
        let text = self.text_of(ix);
        let haystack = Utf32Str::new(text, &mut scratch.chars);
        let mut total = 0i64;
        let mut scattered = false;
        // Most names do not match: nothing is allocated for them.
        scratch.all.clear();
        for (atom, &chars) in query.atoms.iter().zip(&query.lengths) {
            scratch.found.clear();
            total += i64::from(atom.indices(haystack, matcher, &mut scratch.found)?);
            scratch.found.sort_unstable();
            scratch.found.dedup();
            scattered |= !word_run(text, &scratch.found, chars.saturating_sub(1).min(4));
            scratch.all.extend_from_slice(&scratch.found);
        }
        scratch.all.sort_unstable();
        scratch.all.dedup();
        let positions: Vec<usize> = scratch.all.iter().map(|&p| p as usize).collect();
        // Exact and prefix matches beat scattered ones; tight matches beat longer texts that
        // merely contain the same letters ("Nursing associate" before "... in social care").
        let (exact, prefix) = compare_lower(text, &query.whole);
        if exact {
            total += 1_000;
        } else if prefix {
            total += 100;
        }
        // Characters, for how much of the name the query covers: counted only for a match.
        let chars = text.chars().count();
        let unmatched = (chars as i64).saturating_sub(positions.len() as i64);
        // Letters scattered through a name ("calm" in "CLinicAL pharMacist") are a guess:
        // they rank below every hit on the words of the work.
        let guess = if scattered { 2 * TEXT_SCORE } else { 0 };
        let coverage = positions.len() as f32 / chars.max(1) as f32;
        Some(Matched { entry: ix, score: total + entry.field.bonus() - 3 * unmatched + guess, positions, coverage })
    }
}

/// Whether `text` in lower case equals `whole`, and whether it starts with it, without
/// allocating for the common ASCII name.
fn compare_lower(text: &str, whole: &str) -> (bool, bool) {
    if text.is_ascii() {
        let (t, w) = (text.as_bytes(), whole.as_bytes());
        let prefix = t.len() >= w.len() && t[..w.len()].eq_ignore_ascii_case(w);
        return (prefix && t.len() == w.len(), prefix);
    }
    let lower = text.to_lowercase();
    (lower == whole, lower.starts_with(whole))
}

/// Whether the matched positions hold a run of at least `needed` consecutive characters
/// that starts a word of `text` ("nurs" of "Nursing", not "cal" inside "psychological").
fn word_run(text: &str, positions: &[u32], needed: usize) -> bool {
    if needed <= 1 {
        return true;
    }
    let starts_word = |at: u32| {
        let at = at as usize;
        at == 0
            || if text.is_ascii() {
                !text.as_bytes()[at - 1].is_ascii_alphanumeric()
            } else {
                text.chars().nth(at - 1).is_some_and(|c| !c.is_alphanumeric())
            }
    };
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

/// Where every word of the query appears in a title as a run of letters (the "nurs" of
/// "Registered nurse"), or nothing: when the match was on an alias such as "HCA",
/// letters scattered through the title ("Healthcare") would highlight the wrong thing,
/// and the alias is shown instead. Char positions, for highlighting.
pub fn title_positions(title: &str, query: &str) -> Vec<usize> {
    MATCHER.with_borrow_mut(|matcher| {
        let mut scratch = Vec::new();
        let haystack = Utf32Str::new(title, &mut scratch);
        let mut positions = Vec::new();
        for word in query.split_whitespace() {
            let mut found = Vec::new();
            if atom(word).indices(haystack, matcher, &mut found).is_none() {
                return Vec::new();
            }
            found.sort_unstable();
            found.dedup();
            if !found.windows(2).all(|w| w[1] == w[0] + 1) {
                return Vec::new();
            }
            positions.extend(found.iter().map(|&p| p as usize));
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    })
}
