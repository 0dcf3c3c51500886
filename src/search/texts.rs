//! Texts about the work (summaries, the work, qualities, character), matched by word
//! stems: a query word matches a word that starts with the same stem, so "independence"
//! finds "independent".
//!
//! Each distinct stem is kept once, in sorted order, and every word of every text is the
//! number of its stem. The stems that start with a query's stem are then one run of
//! numbers, found by two binary searches, and matching a word is comparing two integers:
//! the cost of a query does not grow with the length of the words.

use std::collections::HashMap;
use std::ops::Range;

use super::{Field, Hit, TEXT_SCORE};
use crate::model::RoleIx;

/// Words too common to look for in a paragraph.
pub(super) const SMALL_WORDS: [&str; 12] =
    ["the", "and", "for", "with", "you", "your", "who", "are", "want", "like", "help", "people"];

/// A word of a text: its stem's number, the characters since the last word ended, and
/// its own characters. Eight bytes: at 10,000 roles there are 265,000 words. A gap too
/// long for 16 bits is carried by filler words that match nothing ([`FILLER`]); a word
/// longer than that is highlighted for its first 65,535 characters.
struct Word {
    stem: u32,
    gap: u16,
    len: u16,
}

/// The stem number of a filler word: no query stem has it.
const FILLER: u32 = u32::MAX;

/// One text of a role: its words start at `first` and end where the next text's start.
struct Text {
    role: RoleIx,
    first: u32,
    field: Field,
    which: u16,
}

/// Every text about the work of every role.
#[derive(Default)]
pub(super) struct Texts {
    /// Distinct stems, sorted.
    stems: Vec<Box<str>>,
    words: Vec<Word>,
    all: Vec<Text>,
}

/// Builds [`Texts`]: stems are numbered as they come, then renumbered in sorted order.
#[derive(Default)]
pub(super) struct Builder {
    numbers: HashMap<String, u32>,
    words: Vec<Word>,
    texts: Vec<Text>,
}

impl Builder {
    /// Room for `texts` texts of `words` words, so that building grows nothing.
    pub fn with_capacity(texts: usize, words: usize) -> Builder {
        Builder { numbers: HashMap::new(), words: Vec::with_capacity(words), texts: Vec::with_capacity(texts) }
    }

    pub fn add(&mut self, role: RoleIx, field: Field, which: usize, text: &str) {
        let first = self.words.len() as u32;
        let mut word = String::new();
        let (mut start, mut last_end) = (0, 0);
        for (i, ch) in text.chars().chain(std::iter::once(' ')).enumerate() {
            if ch.is_alphanumeric() {
                if word.is_empty() {
                    start = i;
                }
                word.extend(ch.to_lowercase());
            } else if !word.is_empty() {
                let next = self.numbers.len() as u32;
                let stem = *self.numbers.entry(stem(&word).to_string()).or_insert(next);
                let mut gap = start - last_end;
                while gap > usize::from(u16::MAX) {
                    self.words.push(Word { stem: FILLER, gap: u16::MAX, len: 0 });
                    gap -= usize::from(u16::MAX);
                }
                let len = (i - start).min(usize::from(u16::MAX));
                self.words.push(Word { stem, gap: gap as u16, len: len as u16 });
                last_end = start + len;
                word.clear();
            }
        }
        let which = u16::try_from(which).unwrap_or(u16::MAX);
        self.texts.push(Text { role, first, field, which });
    }

    pub fn finish(self) -> Texts {
        let mut stems: Vec<(String, u32)> = self.numbers.into_iter().collect();
        stems.sort_unstable();
        let mut renumber = vec![0u32; stems.len()];
        for (sorted, (_, first)) in stems.iter().enumerate() {
            renumber[*first as usize] = sorted as u32;
        }
        let mut words = self.words;
        for w in words.iter_mut().filter(|w| w.stem != FILLER) {
            w.stem = renumber[w.stem as usize];
        }
        let texts = self.texts;
        Texts { stems: stems.into_iter().map(|(s, _)| s.into_boxed_str()).collect(), words, all: texts }
    }
}

/// How many words [`Builder::add`] makes of `text` (fillers aside): for sizing the index.
pub(super) fn words_in(text: &str) -> usize {
    let mut in_word = false;
    let mut count = 0;
    for ch in text.chars() {
        let alphanumeric = ch.is_alphanumeric();
        count += usize::from(alphanumeric && !in_word);
        in_word = alphanumeric;
    }
    count
}

/// A query word as stems: the run of stem numbers that start with it, and its own number
/// if it is a stem itself.
struct Wanted {
    starts: Range<u32>,
    exact: Option<u32>,
}

/// Whether a stem starts a word of a text: (the word is the stem itself, its positions).
type Found = Option<(bool, Range<usize>)>;

impl Texts {
    fn wanted(&self, stem: &str) -> Wanted {
        let lo = self.stems.partition_point(|s| &**s < stem);
        let hi = lo + self.stems[lo..].partition_point(|s| s.starts_with(stem));
        let exact = (lo < hi && &*self.stems[lo] == stem).then_some(lo as u32);
        Wanted { starts: lo as u32..hi as u32, exact }
    }

    /// The words of the `t`th text.
    fn words_of(&self, t: usize) -> &[Word] {
        let first = self.all.get(t).map_or(0, |x| x.first as usize);
        let end = self.all.get(t + 1).map_or(self.words.len(), |x| x.first as usize);
        self.words.get(first..end).unwrap_or_default()
    }

    fn found(&self, t: usize, wanted: &Wanted) -> Found {
        let mut at = 0;
        for w in self.words_of(t) {
            let start = at + usize::from(w.gap);
            at = start + usize::from(w.len);
            if wanted.starts.contains(&w.stem) {
                return Some((Some(w.stem) == wanted.exact, start..at));
            }
        }
        None
    }

    /// Roles by the texts about their work: every query word of three or more letters
    /// (bar a few small words) must start a word in one of the role's texts, stem to stem.
    /// The hit names the text that holds the most of them.
    pub fn search(&self, words: &[String], best: &mut Vec<Option<Hit>>) {
        let wanted: Vec<Wanted> = words
            .iter()
            .map(|w| stem(w))
            .filter(|w| w.chars().count() >= 3 && !SMALL_WORDS.contains(w))
            .map(|w| self.wanted(w))
            .collect();
        if wanted.is_empty() || wanted.iter().any(|w| w.starts.is_empty()) {
            return;
        }
        let mut next = 0;
        for run in self.all.chunk_by(|a, b| a.role == b.role) {
            // A role's texts, by their places in the list (a text's words end where the
            // next text's start).
            let texts = next..next + run.len();
            next = texts.end;
            // A cheap first look: most roles miss the first word everywhere.
            if !texts.clone().any(|t| self.found(t, &wanted[0]).is_some()) {
                continue;
            }
            // Each query word looked up once in each text of the role.
            let finds: Vec<Vec<Found>> =
                texts.clone().map(|t| wanted.iter().map(|w| self.found(t, w)).collect()).collect();
            if !(0..wanted.len()).all(|w| finds.iter().any(|f| f[w].is_some())) {
                continue;
            }
            let matched = |f: &Vec<Found>| f.iter().filter(|x| x.is_some()).count();
            let Some((text, find)) =
                run.iter().zip(&finds).max_by_key(|(t, f)| (matched(f), t.field.bonus(), std::cmp::Reverse(t.which)))
            else {
                continue;
            };
            let mut positions = Vec::new();
            let mut exact = 0;
            for (same, at) in find.iter().flatten() {
                exact += i64::from(*same);
                positions.extend(at.clone());
            }
            positions.sort_unstable();
            positions.dedup();
            let in_one = matched(find) == wanted.len();
            // A role whose summary, work and character all say it is more likely meant.
            let echoes = finds.iter().filter(|f| matched(f) == wanted.len()).count().min(10) as i64;
            let score = TEXT_SCORE + text.field.bonus() + 10 * exact + if in_one { 50 } else { 0 } + 15 * echoes;
            let slot = text.role.0 as usize;
            if best.len() <= slot {
                best.resize(slot + 1, None);
            }
            if best[slot].as_ref().is_none_or(|h| score > h.score) {
                let which = usize::from(text.which);
                best[slot] = Some(Hit { role: text.role, score, field: text.field, which, positions, coverage: 0.0 });
            }
        }
    }
}

/// A word's stem: lower case, with a common English ending taken off, so "emergencies"
/// and "emergency" meet at "emerg". Only long words lose an ending.
pub(super) fn stem(word: &str) -> &str {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The character positions a search for `query` highlights in `text`.
    fn highlighted(text: &str, query: &str) -> Vec<usize> {
        let mut builder = Builder::with_capacity(1, words_in(text));
        builder.add(RoleIx(0), Field::Work, 0, text);
        let texts = builder.finish();
        let mut best = Vec::new();
        let words: Vec<String> = query.split_whitespace().map(str::to_string).collect();
        texts.search(&words, &mut best);
        best.into_iter().flatten().next().map(|h| h.positions).unwrap_or_default()
    }

    #[test]
    fn a_word_is_highlighted_where_it_stands_counting_characters() {
        assert_eq!(highlighted("Café staff support independence", "independent"), (19..31).collect::<Vec<_>>());
        assert_eq!(highlighted("Café staff", "staff"), (5..10).collect::<Vec<_>>());
    }

    #[test]
    fn a_gap_longer_than_sixteen_bits_keeps_the_positions_after_it() {
        let gap = ".".repeat(150_000);
        let text = format!("first{gap}second");
        assert_eq!(highlighted(&text, "second"), (150_005..150_011).collect::<Vec<_>>());
        assert_eq!(highlighted(&text, "first"), (0..5).collect::<Vec<_>>());
        assert_eq!(words_in(&text), 2);
    }

    #[test]
    fn a_word_longer_than_sixteen_bits_keeps_the_positions_after_it() {
        let long = "a".repeat(70_000);
        let text = format!("{long} second");
        assert_eq!(highlighted(&text, "second"), (70_001..70_007).collect::<Vec<_>>());
        // The long word itself is highlighted for its first 65,535 characters.
        assert_eq!(highlighted(&text, "aaa").len(), usize::from(u16::MAX));
    }
}
