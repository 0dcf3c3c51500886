//! Route finding (issue #11): how long a route question takes, on the national set and on
//! a generated 10,000-role set with 12 steps out of each role, where one question could
//! freeze the terminal for a second.
//!
//! - `national/care-worker-to-nurse`: the question advisers ask most;
//! - `national/new-to-care-to-consultant-nurse`: a long route, deep in the search;
//! - `dense-10k/far`: a reachable role as many steps away as the graph allows;
//! - `dense-10k/first-to-last`: the first generated role to the last, as in benches/queries.rs.
//!
//! Only the public API that route finding has always had is used, so the same file
//! measures an older commit side by side: `cargo bench --bench routes -- --save-baseline
//! old` there, then `-- --baseline old` here (with one `CRITERION_HOME` for both).

use std::collections::VecDeque;
use std::hint::black_box;
use std::time::Duration;

use carepath::data::{Layer, validate, validate_files};
use carepath::graph::{Held, RouteOptions, routes_with};
use carepath::lens::Lens;
use carepath::model::{Catalogue, RoleIx};
use criterion::{Criterion, criterion_group, criterion_main};

/// Steps out of each generated role: a large organisation's many ways out of a post.
const DENSE_STEPS: usize = 12;

/// The role farthest from `from` by fewest steps, within `depth` steps (first found on ties).
fn farthest(catalogue: &Catalogue, from: RoleIx, depth: usize) -> RoleIx {
    let mut dist = vec![usize::MAX; catalogue.roles.len()];
    dist[from.0 as usize] = 0;
    let mut queue = VecDeque::from([from]);
    let mut last = from;
    while let Some(role) = queue.pop_front() {
        let d = dist[role.0 as usize];
        if d >= depth {
            continue;
        }
        for &s in catalogue.steps_from(role) {
            let to = catalogue.step(s).to;
            if dist[to.0 as usize] == usize::MAX {
                dist[to.0 as usize] = d + 1;
                if d + 1 > dist[last.0 as usize] {
                    last = to;
                }
                queue.push_back(to);
            }
        }
    }
    last
}

fn bench_routes(c: &mut Criterion) {
    let held = Held::default();
    let lens = Lens::default();
    let options = RouteOptions::new(5);

    let national = validate(&[Layer::Embedded]).catalogue.expect("the embedded set loads");
    let mut group = c.benchmark_group("routes-national");
    group.sample_size(30).measurement_time(Duration::from_secs(4));
    for (label, from, to) in [
        ("care-worker-to-nurse", "care-worker", "registered-nurse-adult"),
        ("new-to-care-to-consultant-nurse", "new-to-care-worker", "consultant-nurse"),
    ] {
        let (Some(from), Some(to)) = (national.role_by_id(from), national.role_by_id(to)) else {
            panic!("{from} and {to} are in the national set");
        };
        assert!(!routes_with(&national, from, to, &held, &lens, &options).is_empty());
        group.bench_function(label, |b| b.iter(|| black_box(routes_with(&national, from, to, &held, &lens, &options))));
    }
    group.finish();

    let dense = validate_files(carepath::synthetic::dataset_with(10_000, DENSE_STEPS), Vec::new())
        .catalogue
        .expect("the generated set loads");
    let start = RoleIx(0);
    let far = farthest(&dense, start, 8);
    let last = RoleIx((dense.roles.len() - 1) as u32);
    let mut group = c.benchmark_group("routes-dense-10k");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("far", |b| b.iter(|| black_box(routes_with(&dense, start, far, &held, &lens, &options))));
    group.bench_function("first-to-last", |b| {
        b.iter(|| black_box(routes_with(&dense, start, last, &held, &lens, &options)));
    });
    group.finish();
}

criterion_group!(benches, bench_routes);
criterion_main!(benches);
