//! Where a loaded catalogue's memory goes, part by part: the roles' and steps' own structs,
//! and what their strings and lists hold on the heap, so that work to make the model
//! smaller can be aimed and then judged.
//!
//!   cargo run --release --example model-memory -- DIR...
//!
//! The heap figures are estimates: each string's and list's capacity, rounded up to the
//! block size mimalloc would hand out for it (whole words up to 64 bytes, then four sizes
//! to each doubling, and whole pages for the largest lists). They leave out the
//! allocator's own overhead and the free space left in its pages by what loading freed
//! (at 10,000 roles the whole catalogue takes about 8 MiB more than these parts add up
//! to); `examples/load-memory` measures the process as a whole.

use carepath::data::{Layer, validate};
use carepath::model::{Role, Source, Step};

/// The size of the block mimalloc gives for `bytes`, as its size classes round it; a
/// large list (over 128 KiB) is taken as whole 4 KiB pages.
fn block(bytes: usize) -> usize {
    if bytes > 128 * 1024 {
        return bytes.div_ceil(4096) * 4096;
    }
    let words = bytes.div_ceil(8);
    if words <= 8 {
        return words * 8;
    }
    let w = words - 1;
    let top = usize::BITS - 1 - w.leading_zeros();
    let step = 1_usize << (top - 2);
    (w / step + 1) * step * 8
}

fn string(s: &str) -> usize {
    block(s.len())
}

fn list<T>(v: &[T]) -> usize {
    block(std::mem::size_of_val(v))
}

fn strings(v: &[String]) -> usize {
    list(v) + v.iter().map(|s| string(s)).sum::<usize>()
}

fn sources(v: &[Source]) -> usize {
    list(v) + v.iter().map(|s| string(&s.url) + string(&s.supports)).sum::<usize>()
}

/// Heap bytes of a role, by part.
fn role_parts(r: &Role) -> [(&'static str, usize); 6] {
    let lists = list(&r.settings)
        + list(&r.nations)
        + list(&r.absent)
        + strings(&r.entry)
        + list(&r.required)
        + r.required.iter().map(|q| list(&q.any_of)).sum::<usize>()
        + list(&r.desirable)
        + list(&r.registration)
        + r.registration.iter().filter_map(|g| g.regulator.as_deref()).map(string).sum::<usize>()
        + list(&r.pay);
    let character = r.character.as_ref().map_or(0, |c| list(&c.traits) + strings(&c.qualities) + sources(&c.sources));
    [
        ("role: id and title", string(&r.id) + string(&r.title)),
        ("role: aliases and keywords", strings(&r.aliases) + strings(&r.keywords)),
        (
            "role: summary, work, notes",
            string(&r.summary) + string(&r.work) + string(&r.note) + string(&r.registration_note),
        ),
        ("role: other lists", lists),
        ("role: sources", sources(&r.sources)),
        ("role: character", character),
    ]
}

/// Heap bytes of a step, by part.
fn step_parts(s: &Step) -> [(&'static str, usize); 3] {
    let lists = list(&s.requires)
        + s.requires.iter().map(|q| list(&q.any_of)).sum::<usize>()
        + list(&s.gains)
        + list(&s.nations);
    [
        ("step: lists", lists),
        ("step: funding and note", string(&s.funding) + string(&s.note)),
        ("step: sources", sources(&s.sources)),
    ]
}

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: model-memory DIR...");
        std::process::exit(2);
    }
    let layers: Vec<Layer> = dirs.iter().map(|d| Layer::Dir(d.into())).collect();
    let Some(catalogue) = validate(&layers).catalogue else {
        eprintln!("model-memory: the data set has errors; run `carepath validate` on it");
        std::process::exit(1);
    };
    let (roles, steps) = (&catalogue.roles, &catalogue.steps);
    let mut parts: Vec<(&'static str, usize)> = vec![("role: structs", list(roles)), ("step: structs", list(steps))];
    let mut add = |name: &'static str, bytes: usize| match parts.iter_mut().find(|(n, _)| *n == name) {
        Some(part) => part.1 += bytes,
        None => parts.push((name, bytes)),
    };
    for r in roles {
        for (name, bytes) in role_parts(r) {
            add(name, bytes);
        }
    }
    for s in steps {
        for (name, bytes) in step_parts(s) {
            add(name, bytes);
        }
    }
    println!(
        "{} roles ({} bytes each), {} steps ({} bytes each)",
        roles.len(),
        std::mem::size_of::<Role>(),
        steps.len(),
        std::mem::size_of::<Step>()
    );
    let total: usize = parts.iter().map(|(_, b)| b).sum();
    for (name, bytes) in &parts {
        println!("{name:<30} {:8.2} MiB  {:5.1}%", *bytes as f64 / 1_048_576.0, 100.0 * *bytes as f64 / total as f64);
    }
    println!("{:<30} {:8.2} MiB", "total", total as f64 / 1_048_576.0);
}
