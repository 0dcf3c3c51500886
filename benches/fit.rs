//! What fits me and search by what you do, on the national set: the cost of ranking every
//! role for a person's choices (with and without a current role, and with the best routes
//! the command prints), and of a search that falls through to the words of the work,
//! beside one that a name answers. Run with `cargo bench --bench fit`; compare medians
//! within one run.

use std::hint::black_box;

use carepath::cli::views;
use carepath::data::{Layer, validate};
use carepath::fit::{Query, choices::by_key, rank};
use carepath::lens::Lens;
use carepath::search::SearchIndex;
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let cat = validate(&[Layer::Embedded]).catalogue.expect("the national set is valid");
    let lens = Lens::default();
    let choices = ["lead-a-team", "compassion", "nights", "fees"].iter().filter_map(|k| by_key(k)).collect::<Vec<_>>();
    let anywhere = Query { choices: choices.clone(), ..Query::default() };
    let from_care = Query { choices, from: cat.role_by_id("care-worker"), ..Query::default() };
    c.bench_function("fit/rank/no-current-role", |b| b.iter(|| black_box(rank(&cat, &anywhere, &lens))));
    c.bench_function("fit/rank/from-care-worker", |b| b.iter(|| black_box(rank(&cat, &from_care, &lens))));
    c.bench_function("fit/rank-and-10-best-routes/from-care-worker", |b| {
        b.iter(|| {
            let ranking = rank(&cat, &from_care, &lens);
            black_box(views::fit(&cat, &from_care, &ranking, 10, &lens).results.len())
        });
    });

    let index = SearchIndex::new(&cat);
    // Typed one key at a time, as in the app: a name ("nurse associate") and words of the
    // work that no name holds ("independence at home").
    for (name, typed) in [("name", "nurse associate"), ("work", "independence at home")] {
        c.bench_function(&format!("search/embedded/{name}-keystrokes"), |b| {
            b.iter(|| {
                for end in 1..=typed.len() {
                    black_box(index.search(&typed[..end]));
                }
            });
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
