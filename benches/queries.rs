//! Speed targets, measured rather than asserted in tests:
//! - loading and validating the embedded set (start-up cost before the terminal opens);
//! - a search per keystroke, on the embedded set and on a generated set of 10,000 roles
//!   (`carepath::synthetic`, the generator behind `examples/gen-data.rs`);
//! - next steps, routes and compare on both.
//!
//! Run with `cargo bench`; compare medians within one run.

use std::fmt::Write as _;
use std::hint::black_box;

use carepath::data::{Layer, SourceFile, validate, validate_files};
use carepath::graph::{Held, next_steps, routes};
use carepath::lens::Lens;
use carepath::model::Nation;
use carepath::model::{Catalogue, RoleIx};
use carepath::search::SearchIndex;
use criterion::{Criterion, criterion_group, criterion_main};

fn load_synthetic(files: Vec<SourceFile>) -> Catalogue {
    validate_files(files, Vec::new()).catalogue.unwrap_or_default()
}

fn bench(c: &mut Criterion) {
    let embedded = validate(&[Layer::Embedded]).catalogue.unwrap_or_default();
    // Loading at 10k and 100k roles, search at 100k and "did you mean" are in benches/scale.rs.
    let big = load_synthetic(carepath::synthetic::dataset(10_000));
    assert!(big.roles.len() == 10_000, "synthetic set must load");

    c.bench_function("load/embedded", |b| b.iter(|| black_box(validate(&[Layer::Embedded]))));

    for (name, cat) in [("embedded", &embedded), ("synthetic-10k", &big)] {
        if cat.roles.len() < 3 {
            continue;
        }
        let index = SearchIndex::new(cat);
        c.bench_function(&format!("search/{name}/keystroke"), |b| {
            // One query per keystroke as someone types "nurse associate".
            let typed = "nurse associate";
            b.iter(|| {
                for end in 1..=typed.len() {
                    black_box(index.search(&typed[..end]));
                }
            });
        });
        c.bench_function(&format!("search/{name}/index-build"), |b| b.iter(|| black_box(SearchIndex::new(cat))));
        let held = Held::default();
        let lens = Lens::default();
        c.bench_function(&format!("next/{name}"), |b| {
            b.iter(|| {
                for ix in cat.role_indices().take(100) {
                    black_box(next_steps(cat, ix, &held, &lens));
                }
            });
        });
        // A real, reachable pair: on the national set the question advisers ask most.
        // On the synthetic set, the first role to the last is mostly out of reach within 8 steps, so
        // this measures the worst case: the search exhausting its bounds.
        let (from, to, label) = match (cat.role_by_id("care-worker"), cat.role_by_id("registered-nurse-adult")) {
            (Some(a), Some(b)) => (a, b, "care-worker-to-nurse"),
            _ => (RoleIx(0), RoleIx((cat.roles.len() - 1) as u32), "exhaustive"),
        };
        c.bench_function(&format!("routes/{name}/{label}/max-5"), |b| {
            b.iter(|| black_box(routes(cat, from, to, &held, &lens, 5)));
        });
        c.bench_function(&format!("compare/{name}/3-roles"), |b| {
            b.iter(|| black_box(carepath::compare::compare(cat, &[RoleIx(0), RoleIx(1), RoleIx(2)], &lens)));
        });
    }
}

/// Route questions advisers ask on the national set, in England and in Scotland, and the
/// worst case for the search's bounds: a complete graph, every role a step from every other,
/// where the search must give up at its limits rather than enumerate every path.
fn bench_routes(c: &mut Criterion) {
    let embedded = validate(&[Layer::Embedded]).catalogue.unwrap_or_default();
    let held = Held::default();
    let ask = |from: &str, to: &str| (embedded.role_by_id(from), embedded.role_by_id(to));
    for (label, from, to, nation) in [
        ("homecare-to-nurse", "homecare-worker", "registered-nurse-adult", Nation::England),
        ("hcsw-to-manager", "healthcare-support-worker", "registered-manager", Nation::England),
        ("hcsw-to-manager-scotland", "healthcare-support-worker", "registered-manager", Nation::Scotland),
    ] {
        let (Some(from), Some(to)) = ask(from, to) else { continue };
        let lens = Lens::new(nation, 37.5);
        c.bench_function(&format!("routes/embedded/{label}/max-5"), |b| {
            b.iter(|| black_box(routes(&embedded, from, to, &held, &lens, 5)));
        });
    }
    let complete = load_synthetic(vec![SourceFile { path: "complete.toml".into(), text: complete_graph(12) }]);
    let lens = Lens::default();
    let last = RoleIx((complete.roles.len().saturating_sub(1)) as u32);
    c.bench_function("routes/complete-12/cyclic-bounded/max-5", |b| {
        b.iter(|| black_box(routes(&complete, RoleIx(0), last, &held, &lens, 5)));
    });
}

/// The trainer's map, laid out per frame: the branching national pathway at a projector's
/// width and a laptop's, and a crowded synthetic map of 40 roles with 60 hops.
fn bench_map(c: &mut Criterion) {
    let embedded = validate(&[Layer::Embedded]).catalogue.unwrap_or_default();
    if let Some(p) = embedded.pathways.iter().find(|p| p.forks()) {
        for width in [113, 193] {
            c.bench_function(&format!("map/branching-pathway/{width}-columns"), |b| {
                b.iter(|| black_box(carepath::tui::ui::map::map_layout(&embedded, p, width)));
            });
        }
    }
    let nodes: Vec<carepath::layered::Node> = (0..40u8)
        .map(|i| carepath::layered::Node {
            label: format!("Role number {i} with a long title"),
            layer: i % 8,
            group: i % 3,
        })
        .collect();
    let edges: Vec<carepath::layered::Edge> =
        (0..60usize).map(|i| carepath::layered::Edge { from: i % 40, to: (i * 7 + 3) % 40 }).collect();
    let options = carepath::layered::Options { width: 193, gap: 3, padding: 1 };
    c.bench_function("map/synthetic-40-roles-60-hops/193-columns", |b| {
        b.iter(|| black_box(carepath::layered::layout(&nodes, &edges, &options)));
    });
}

/// `n` roles with a step from every role to every other, alternately up and down the
/// Career Framework: dense and full of cycles.
fn complete_graph(n: usize) -> String {
    let src = "sources = [{ url = \"https://example.org/s\", supports = \"synthetic\" }]\nreviewed = \"2026-01-01\"\n";
    let mut out = String::new();
    for i in 0..n {
        let _ = write!(
            out,
            "[[role]]\nid = \"c{i}\"\ntitle = \"Role {i}\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{src}[role.levels]\ncareer_framework = {}\n\n",
            1 + i % 9
        );
    }
    for i in 0..n {
        for j in 0..n {
            if i != j {
                let _ = write!(
                    out,
                    "[[step]]\nfrom = \"c{i}\"\nto = \"c{j}\"\nroute = \"in-work\"\nduration = \"{} months\"\n{src}\n",
                    1 + (i * 7 + j) % 12
                );
            }
        }
    }
    out
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench, bench_routes, bench_map
}
criterion_main!(benches);
