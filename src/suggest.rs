//! "Did you mean …?" for mistyped ids and keywords.
//!
//! The suggestion is the known word most like the typed one by Jaro-Winkler similarity, if
//! that is at least [`THRESHOLD`]; on a tie, the first in the order given. [`closest`] asks
//! every candidate, which is right for a short vocabulary or a single question. A data set
//! with tens of thousands of ids and many misspellings uses a [`Suggester`] instead: an
//! index of shared trigrams picks a few likely words, and only those are scored, so each
//! suggestion costs about the same at any size.

use std::collections::HashMap;

/// How alike two words must be (Jaro-Winkler, 0 to 1) to offer one for the other.
pub const THRESHOLD: f64 = 0.8;

/// Up to this many words are scored per suggestion. A set no bigger is scored in full,
/// exactly as [`closest`] would.
const SCORED: usize = 64;

/// Posting entries read per suggestion, at most (beyond the rarest trigram): what keeps a
/// suggestion's cost flat as the set grows.
const BUDGET: usize = 8_192;

/// The candidate most like `word`, if any is close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&word, &c.to_lowercase());
        if score >= THRESHOLD && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Suggestions among a fixed set of words, through an index of the trigrams they share.
///
/// The index finds the words sharing the most of the typed word's rarer trigrams, reading
/// a bounded number of postings, and scores only the best [`SCORED`] of them. A typo of a
/// word (a letter missed, doubled, swapped or wrong) keeps most of its trigrams, so the
/// word it was meant to be is among those scored and the answer is the same as asking
/// every word. What the index can miss is a word alike only by Jaro-Winkler's loose
/// measure (the same letters scrambled), which is a poor suggestion anyway.
#[derive(Debug)]
pub struct Suggester {
    words: Vec<String>,
    lower: Vec<String>,
    postings: HashMap<u64, Vec<u32>>,
}

impl Suggester {
    /// Indexes `words`. Their order decides ties, so give them in a stable order.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: Vec<String> = words.into_iter().map(str::to_string).collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
        // A set scored in full needs no index.
        if words.len() > SCORED {
            let mut grams = Vec::new();
            for (ix, w) in lower.iter().enumerate() {
                trigrams(w, &mut grams);
                for g in &grams {
                    postings.entry(*g).or_default().push(ix as u32);
                }
            }
        }
        Suggester { words, lower, postings }
    }

    /// The word most like `word`, if any is close enough to be a plausible typo.
    /// Asks nothing mutable of the index, so threads may share one.
    pub fn suggest(&self, word: &str) -> Option<&str> {
        let word = word.to_lowercase();
        let best = if self.words.len() <= SCORED {
            self.best_of(&word, 0..self.words.len())
        } else {
            let candidates = self.candidates(&word);
            self.best_of(&word, candidates.into_iter())
        };
        best.map(|ix| self.words[ix].as_str())
    }

    /// The best-scoring word of `candidates` at or above the threshold; the first on a tie.
    /// Candidates are best given likeliest first: a word whose score cannot reach the best
    /// so far is passed over without being scored.
    fn best_of(&self, word: &str, candidates: impl Iterator<Item = usize>) -> Option<usize> {
        let letters = Letters::of(word);
        let mut best: Option<(f64, usize)> = None;
        for ix in candidates {
            let other = &self.lower[ix];
            let floor = best.map_or(THRESHOLD, |(b, _)| b);
            // A margin, so that rounding never passes over a word that would tie.
            if letters.ceiling(word, other) < floor - 1e-9 {
                continue;
            }
            let score = strsim::jaro_winkler(word, other);
            let better = match best {
                None => score >= THRESHOLD,
                Some((b, bix)) => score.total_cmp(&b).then(bix.cmp(&ix)).is_gt(),
            };
            if better {
                best = Some((score, ix));
            }
        }
        best.map(|(_, ix)| ix)
    }

    /// The words sharing most of `word`'s trigrams, rarest trigrams first, within the budget.
    fn candidates(&self, word: &str) -> Vec<usize> {
        // How many of the typed word's trigrams each word shares: zeroed memory comes
        // cheap, and a question of its own lets threads ask at once.
        let mut counts = vec![0_u16; self.words.len()];
        let mut grams = Vec::new();
        trigrams(word, &mut grams);
        let mut lists: Vec<&[u32]> = grams.iter().filter_map(|g| self.postings.get(g)).map(Vec::as_slice).collect();
        lists.sort_unstable_by_key(|l| l.len());
        let mut touched: Vec<u32> = Vec::new();
        let mut read = 0;
        for list in lists {
            // The rarest trigram is always read, so a common word still finds its kin.
            if read > 0 && read + list.len() > BUDGET {
                break;
            }
            read += list.len();
            for &ix in list {
                let count = &mut counts[ix as usize];
                if *count == 0 {
                    touched.push(ix);
                }
                *count = count.saturating_add(1);
            }
        }
        // Ranked by trigrams shared, then by order.
        let mut ranked: Vec<(std::cmp::Reverse<u16>, u32)> =
            touched.into_iter().map(|ix| (std::cmp::Reverse(counts[ix as usize]), ix)).collect();
        if ranked.len() > SCORED {
            ranked.select_nth_unstable(SCORED - 1);
            ranked.truncate(SCORED);
        }
        ranked.sort_unstable();
        ranked.into_iter().map(|(_, ix)| ix as usize).collect()
    }
}

/// How often each letter occurs in a word (letters beyond ASCII share slots, which only
/// loosens the bound), for a cheap ceiling on Jaro-Winkler.
struct Letters {
    counts: [u16; 128],
    len: usize,
}

impl Letters {
    fn of(word: &str) -> Self {
        let mut counts = [0u16; 128];
        let mut len = 0;
        for c in word.chars() {
            let slot = &mut counts[(u32::from(c) & 127) as usize];
            *slot = slot.saturating_add(1);
            len += 1;
        }
        Letters { counts, len }
    }

    /// The most Jaro-Winkler similarity `word` (whose letters these are) can have with
    /// `other`. Jaro is (m/|a| + m/|b| + (m-t)/m) / 3 for m matching letters and t half the
    /// transpositions; m is at most the letters the two share, and (m-t)/m at most 1. The
    /// Winkler boost grows with Jaro and with the common prefix (at most 4), counted exactly.
    fn ceiling(&self, word: &str, other: &str) -> f64 {
        let theirs = Letters::of(other);
        if self.len == 0 || theirs.len == 0 {
            return f64::from(u8::from(self.len == theirs.len));
        }
        let shared: usize = self.counts.iter().zip(&theirs.counts).map(|(a, b)| usize::from(*a.min(b))).sum();
        let m = shared as f64;
        let jaro = ((m / self.len as f64 + m / theirs.len as f64 + 1.0) / 3.0).min(1.0);
        let prefix = word.chars().zip(other.chars()).take(4).take_while(|(a, b)| a == b).count();
        jaro + 0.1 * prefix as f64 * (1.0 - jaro)
    }
}

/// The distinct trigrams of `word` padded at both ends, each packed into a `u64` (three
/// 21-bit chars), so short words and first and last letters count too.
fn trigrams(word: &str, out: &mut Vec<u64>) {
    const PAD: char = '\u{2}';
    out.clear();
    let chars: Vec<char> = [PAD, PAD].into_iter().chain(word.chars()).chain([PAD, PAD]).collect();
    out.extend(chars.windows(3).map(|w| (u64::from(w[0]) << 42) | (u64::from(w[1]) << 21) | u64::from(w[2])));
    out.sort_unstable();
    out.dedup();
}

#[cfg(test)]
mod tests {
    use super::{Letters, Suggester, closest};

    #[test]
    fn finds_plausible_typos_only() {
        let ids = ["care-worker", "senior-care-worker", "registered-nurse-adult"];
        assert_eq!(closest("senior-carer", ids), Some("senior-care-worker"));
        assert_eq!(closest("care-wroker", ids), Some("care-worker"));
        assert_eq!(closest("paramedic", ids), None);
        let index = Suggester::new(ids);
        assert_eq!(index.suggest("senior-carer"), Some("senior-care-worker"));
        assert_eq!(index.suggest("care-wroker"), Some("care-worker"));
        assert_eq!(index.suggest("paramedic"), None);
    }

    #[test]
    fn ties_go_to_the_first_given() {
        assert_eq!(closest("nurse-c", ["nurse-b", "nurse-a"]), Some("nurse-b"));
        assert_eq!(Suggester::new(["nurse-b", "nurse-a"]).suggest("nurse-c"), Some("nurse-b"));
    }

    /// Typos of ids in a generated set far bigger than is scored in full: the index must
    /// offer what asking every id offers.
    #[test]
    fn the_index_agrees_with_asking_every_word() {
        let files = crate::synthetic::dataset(3_000);
        let ids = crate::synthetic::role_ids(&files);
        assert_eq!(ids.len(), 3_000);
        let index = Suggester::new(ids.iter().copied());
        for k in 0..400 {
            let id = ids[(k * 7_919) % ids.len()];
            // Slips inside the id, and an id cut short.
            let typo = if k % 5 == 4 {
                id.chars().take(id.chars().count() * 2 / 3).collect()
            } else {
                crate::synthetic::typo(id, k)
            };
            assert_eq!(index.suggest(&typo), closest(&typo, ids.iter().copied()), "for `{typo}`");
            let letters = Letters::of(&typo);
            for other in ids.iter().skip(k).step_by(97) {
                assert!(letters.ceiling(&typo, other) >= strsim::jaro_winkler(&typo, other), "`{typo}`, `{other}`");
            }
        }
    }
}
