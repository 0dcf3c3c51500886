//! The side-by-side that chose the fuzzy matcher (issue #11): fuzzy-matcher's skim
//! algorithm, which carepath used first, against nucleo-matcher, on the same names of a
//! generated 100,000-role set (titles, ids, aliases and keywords: about 700,000 strings),
//! each query word matched with its character positions, as search needs them. Then the
//! whole search as the app runs it, key by key: from every name each time, and narrowed
//! from the last key's matches.
//!
//! Run with `cargo bench --bench matcher`. `benches/fzf-side-by-side.sh` times
//! `fzf --filter` on the same strings.

use std::hint::black_box;
use std::time::Duration;

use carepath::data::validate_files;
use carepath::search::SearchIndex;
use carepath::synthetic::dataset;
use criterion::{Criterion, criterion_group, criterion_main};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

const TYPED: &str = "stroke nurse";

fn names(catalogue: &carepath::model::Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    for ix in catalogue.role_indices() {
        let r = catalogue.role(ix);
        out.push(r.title.clone());
        out.push(r.id.clone());
        out.extend(r.aliases.iter().cloned());
        out.extend(r.keywords.iter().cloned());
    }
    out
}

fn bench(c: &mut Criterion) {
    let catalogue = validate_files(dataset(100_000), Vec::new()).catalogue.expect("the generated set is valid");
    let strings = names(&catalogue);
    let mut group = c.benchmark_group("matcher-100k");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    for query in ["n", "nurs", "stroke nurse"] {
        let words: Vec<&str> = query.split_whitespace().collect();
        let skim = SkimMatcherV2::default().ignore_case();
        group.bench_function(format!("skim/{query}"), |b| {
            b.iter(|| strings.iter().filter(|s| words.iter().all(|w| skim.fuzzy_indices(s, w).is_some())).count());
        });
        let atoms: Vec<Atom> = words
            .iter()
            .map(|w| Atom::new(w, CaseMatching::Ignore, Normalization::Smart, AtomKind::Fuzzy, false))
            .collect();
        let mut matcher = Matcher::new(Config::DEFAULT);
        let (mut scratch, mut found) = (Vec::new(), Vec::new());
        group.bench_function(format!("nucleo/{query}"), |b| {
            b.iter(|| {
                strings
                    .iter()
                    .filter(|s| {
                        let hay = Utf32Str::new(s, &mut scratch);
                        atoms.iter().all(|a| {
                            found.clear();
                            a.indices(hay, &mut matcher, &mut found).is_some()
                        })
                    })
                    .count()
            });
        });
    }
    let index = SearchIndex::new(&catalogue);
    group.bench_function("search/each-key-from-every-name", |b| {
        b.iter(|| {
            for end in 1..=TYPED.len() {
                black_box(index.search(&TYPED[..end]));
            }
        });
    });
    group.bench_function("search/each-key-narrowed", |b| {
        b.iter(|| {
            let mut last = None;
            for end in 1..=TYPED.len() {
                let searched = index.search_from(&TYPED[..end], last.as_ref(), &|| false).expect("not stopped");
                black_box(&searched.hits);
                last = Some(searched.narrowing);
            }
        });
    });
    for query in ["n", "stroke nurse"] {
        group.bench_function(format!("search/one-query/{query}"), |b| b.iter(|| black_box(index.search(query))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
