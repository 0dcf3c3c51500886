//! The search that keeps its state per node finds exactly what the search that rebuilt it
//! for every partial route found (`reference`): the same routes, in the same order, with
//! the same times, on the national set, a generated set and many small random graphs that
//! lean on estimates, courses spanning steps, choices and "counts as".

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::reference;
use crate::data::{Layer, SourceFile, validate, validate_files};
use crate::graph::Held;
use crate::lens::Lens;
use crate::model::{Catalogue, Nation, RoleIx};
use crate::routes::{Cancelled, RouteFilter, RouteLimits, RouteOptions, routes_cancellable, routes_with};

/// xorshift: the same cases on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

const FILTERS: [Option<RouteFilter>; 5] = [
    None,
    Some(RouteFilter::Apprenticeship),
    Some(RouteFilter::University),
    Some(RouteFilter::InWork),
    Some(RouteFilter::EarnWhileYouLearn),
];

/// Asks both searches the same question and says which question differed.
fn same(c: &Catalogue, from: RoleIx, to: RoleIx, held: &Held, lens: &Lens, options: &RouteOptions) {
    let new = routes_with(c, from, to, held, lens, options);
    let old = reference::routes_with(c, from, to, held, lens, options);
    assert!(new == old, "{} to {} with {options:?} in {:?}", c.role(from).id, c.role(to).id, lens.nation);
}

/// Varied options from the random stream.
fn options(c: &Catalogue, rng: &mut Rng, max_expansions: usize) -> RouteOptions {
    RouteOptions {
        max: 1 + rng.below(6),
        via: (rng.below(4) == 0).then(|| RoleIx(rng.below(c.roles.len()) as u32)),
        filter: FILTERS[rng.below(FILTERS.len())],
        max_sideways: rng.below(3),
        limits: RouteLimits { max_steps: 3 + rng.below(6), max_expansions: 1 + rng.below(max_expansions) },
    }
}

#[test]
fn the_national_set_gets_the_same_routes() {
    let c = validate(&[Layer::Embedded]).catalogue.expect("the embedded set loads");
    let mut rng = Rng(0x5EED_0001);
    let nations = [Nation::England, Nation::Scotland, Nation::Wales, Nation::NorthernIreland];
    let quals: Vec<_> = (0..c.qualifications.len()).map(|q| crate::model::QualIx(q as u32)).collect();
    for n in 0..240 {
        let (from, to) = (RoleIx(rng.below(c.roles.len()) as u32), RoleIx(rng.below(c.roles.len()) as u32));
        let held = Held::new((0..rng.below(4)).map(|_| quals[rng.below(quals.len())]));
        let lens = Lens::new(nations[n % nations.len()], 37.5);
        let options = if n % 3 == 0 { RouteOptions::new(5) } else { options(&c, &mut rng, 4_000) };
        same(&c, from, to, &held, &lens, &options);
    }
    for (from, to) in [("care-worker", "registered-nurse-adult"), ("new-to-care-worker", "consultant-nurse")] {
        let (from, to) = (c.role_by_id(from).expect("role"), c.role_by_id(to).expect("role"));
        same(&c, from, to, &Held::default(), &Lens::default(), &RouteOptions::new(5));
    }
}

#[test]
fn a_generated_set_gets_the_same_routes() {
    let c = validate_files(crate::synthetic::dataset_with(1_500, 8), Vec::new()).catalogue.expect("valid");
    let mut rng = Rng(0x5EED_0002);
    for _ in 0..24 {
        let (from, to) = (RoleIx(rng.below(c.roles.len()) as u32), RoleIx(rng.below(c.roles.len()) as u32));
        let options = options(&c, &mut rng, 3_000);
        same(&c, from, to, &Held::default(), &Lens::default(), &options);
    }
}

/// Six roles, three qualifications (q3 counts as q1 in Scotland) and random steps among
/// them, many with no recorded time, requiring and gaining the qualifications.
fn random_graph(rng: &mut Rng) -> Option<Catalogue> {
    const SRC: &str = "sources = [{ url = \"https://example.org/\", supports = \"x\" }]\nreviewed = \"2026-01-01\"\n";
    let mut text = String::new();
    for (q, extra) in [
        ("q1", "duration = \"2 years\"\n"),
        ("q2", ""),
        ("q3", "duration = \"9 months\"\ncounts_as = [{ id = \"q1\", nations = [\"scotland\"] }]\n"),
    ] {
        let _ = write!(text, "[[qualification]]\nid = \"{q}\"\nname = \"{q}\"\nkind = \"award\"\n{extra}{SRC}\n");
    }
    let roles = 6;
    for r in 0..roles {
        let level =
            if rng.below(5) == 0 { String::new() } else { format!("career_framework = {}\n", 2 + rng.below(5)) };
        let required = ["", "required = [\"q2\"]\n", ""][rng.below(3)];
        let _ = write!(
            text,
            "[[role]]\nid = \"r{r}\"\ntitle = \"Role {r}\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\n\
             nations = [\"england\", \"scotland\"]\n{required}{SRC}[role.levels]\n{level}\n"
        );
    }
    let kinds = ["in-work", "apprenticeship", "university", "direct-application", "accelerated", "post-registration"];
    let requires = [
        "",
        "",
        "requires = [\"q1\"]\n",
        "requires = [\"q2\"]\n",
        "requires_any = [[\"q1\", \"q3\"]]\n",
        "requires = [\"q3\", \"q1\"]\n",
    ];
    let gains =
        ["", "", "gains = [\"q1\"]\n", "gains = [\"q2\"]\n", "gains = [\"q3\"]\n", "gains = [\"q1\", \"q2\"]\n"];
    let mut pairs = Vec::new();
    for _ in 0..14 {
        let (from, to) = (rng.below(roles), rng.below(roles));
        if from == to || pairs.contains(&(from, to)) {
            continue;
        }
        pairs.push((from, to));
        let duration = ["", "", "duration = \"6 months\"\n", "duration = \"30 months\"\n"][rng.below(4)];
        let _ = write!(
            text,
            "[[step]]\nfrom = \"r{from}\"\nto = \"r{to}\"\nroute = \"{}\"\n{duration}{}{}{SRC}\n",
            kinds[rng.below(kinds.len())],
            requires[rng.below(requires.len())],
            gains[rng.below(gains.len())],
        );
    }
    validate_files(vec![SourceFile { path: "g.toml".into(), text }], Vec::new()).catalogue
}

#[test]
fn random_small_graphs_get_the_same_routes() {
    let mut rng = Rng(0x5EED_0003);
    let mut asked = 0;
    for _ in 0..300 {
        let Some(c) = random_graph(&mut rng) else { continue };
        for from in c.role_indices() {
            for to in c.role_indices() {
                let held = Held::new((rng.below(3) == 0).then_some(crate::model::QualIx(2)));
                let lens = Lens::new([Nation::England, Nation::Scotland][rng.below(2)], 37.5);
                let options = RouteOptions { max_sideways: rng.below(3), ..RouteOptions::new(1 + rng.below(6)) };
                same(&c, from, to, &held, &lens, &options);
                asked += 1;
            }
        }
    }
    assert!(asked > 5_000, "most random graphs are valid ({asked} questions)");
}

#[test]
fn a_search_stops_when_cancelled_and_not_otherwise() {
    let c = validate(&[Layer::Embedded]).catalogue.expect("the embedded set loads");
    let (from, to) = (c.role_by_id("care-worker").expect("role"), c.role_by_id("consultant-nurse").expect("role"));
    let (held, lens, options) = (Held::default(), Lens::default(), RouteOptions::new(5));
    let whole = routes_with(&c, from, to, &held, &lens, &options);
    assert!(!whole.is_empty());
    assert_eq!(routes_cancellable(&c, from, to, &held, &lens, &options, &|| false), Ok(whole));
    // Cancelled before it starts, from another thread, as a screen would when the question changes.
    let stop = Arc::new(AtomicBool::new(true));
    let got = std::thread::scope(|s| {
        let stop = Arc::clone(&stop);
        let (c, held, lens, options) = (&c, &held, &lens, &options);
        s.spawn(move || routes_cancellable(c, from, to, held, lens, options, &|| stop.load(Ordering::Relaxed)))
            .join()
            .expect("the search does not panic")
    });
    assert_eq!(got, Err(Cancelled { partial: Vec::new() }));
}

#[test]
fn what_a_search_needs_can_go_to_another_thread() {
    fn shared<T: Send + Sync>() {}
    shared::<Catalogue>();
    shared::<Held>();
    shared::<Lens>();
    shared::<RouteOptions>();
    shared::<crate::routes::Route>();
    shared::<Cancelled>();
}
