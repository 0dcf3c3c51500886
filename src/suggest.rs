//! "Did you mean …?" for mistyped ids and keywords.

/// The candidate most like `word`, if any is close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_plausible_typos_only() {
        let ids = ["care-worker", "senior-care-worker", "registered-nurse-adult"];
        assert_eq!(closest("senior-carer", ids), Some("senior-care-worker"));
        assert_eq!(closest("care-wroker", ids), Some("care-worker"));
        assert_eq!(closest("paramedic", ids), None);
    }
}
