//! Per-query search time in process, for `benches/fzf-side-by-side.sh`: loads a data set,
//! builds the search index, then times each query (median of `--runs`, default 11) and
//! prints one line per query: the query, the median in milliseconds and the hit count.
//!
//! ```sh
//! cargo run --release --example search-time -- DIR [--runs N] QUERY...
//! ```

use std::time::Instant;

use carepath::data::{Layer, load};

// The allocator the app itself uses (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use carepath::search::SearchIndex;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut runs = 11;
    if let Some(i) = args.iter().position(|a| a == "--runs") {
        runs = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(runs);
        args.drain(i..(i + 2).min(args.len()));
    }
    let Some((dir, queries)) = args.split_first() else {
        eprintln!("usage: search-time DIR [--runs N] QUERY...");
        std::process::exit(2);
    };
    let catalogue = match load(&[Layer::Dir(dir.into())]) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let index = SearchIndex::new(&catalogue);
    for query in queries {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..runs {
            let start = Instant::now();
            hits = index.search(query).len();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!("{query}\t{:.1}\t{hits}", times[times.len() / 2]);
    }
}
