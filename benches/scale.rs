//! Speed at organisation scale (issue #11), on sets from the repository's generator
//! (`carepath::synthetic`, also `cargo run --release --example gen-data -- N DIR`):
//! - loading and validating 10,000 and 100,000 roles;
//! - search per keystroke and building the search index at 100,000 roles (10,000 is in
//!   benches/queries.rs);
//! - `validate` of 10,000 roles, clean and with 1,000 steps to a misspelt role, where each
//!   error asks "did you mean";
//! - "did you mean" alone at 10,000 and 100,000 ids: building the index, and 100 questions.
//!
//! Run with `cargo bench --bench scale`; a 100,000-role load takes seconds, so these take a
//! few minutes. Filter with e.g. `cargo bench --bench scale -- 10k`.

use std::hint::black_box;
use std::time::Duration;

use carepath::data::{SourceFile, validate_files};
use carepath::search::SearchIndex;
use carepath::suggest::Suggester;
use carepath::synthetic::{dataset, misspell_steps, role_ids, typo};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn validate(files: &[SourceFile]) -> carepath::data::Report {
    validate_files(files.to_vec(), Vec::new())
}

fn bench_load(c: &mut Criterion) {
    for (label, roles) in [("10k", 10_000), ("100k", 100_000)] {
        let files = dataset(roles);
        let mut group = c.benchmark_group(format!("scale-{label}"));
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
        let ids = role_ids(&files);
        group.bench_function("suggest/index-build", |b| b.iter(|| black_box(Suggester::new(ids.iter().copied()))));
        let suggester = Suggester::new(ids.iter().copied());
        let typos: Vec<String> = (0..100).map(|n| typo(ids[(n * 7_919) % ids.len()], n)).collect();
        group.bench_function("suggest/100-typos", |b| {
            b.iter(|| typos.iter().filter(|t| suggester.suggest(t).is_some()).count());
        });
        group.bench_function("load", |b| {
            b.iter_batched(|| files.clone(), |f| black_box(validate_files(f, Vec::new())), BatchSize::PerIteration);
        });
        if roles == 10_000 {
            let mut misspelt = files.clone();
            misspell_steps(&mut misspelt, 1_000);
            assert_eq!(validate(&misspelt).errors(), 1_000, "each misspelling is one error");
            group.bench_function("validate/1000-misspelt-step-ids", |b| {
                b.iter_batched(
                    || misspelt.clone(),
                    |f| black_box(validate_files(f, Vec::new())),
                    BatchSize::PerIteration,
                );
            });
        } else {
            let catalogue = validate(&files).catalogue.expect("the generated set is valid");
            drop(files);
            group.bench_function("search/index-build", |b| b.iter(|| black_box(SearchIndex::new(&catalogue))));
            let index = SearchIndex::new(&catalogue);
            group.bench_function("search/query", |b| b.iter(|| black_box(index.search("stroke nurse"))));
            group.bench_function("search/keystroke", |b| {
                // One query per keystroke as someone types.
                let typed = "stroke nurse";
                b.iter(|| {
                    for end in 1..=typed.len() {
                        black_box(index.search(&typed[..end]));
                    }
                });
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
