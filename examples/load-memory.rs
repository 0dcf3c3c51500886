//! Where loading's memory goes: the time, and resident and peak memory (Linux `/proc/self/status`),
//! at each stage of `validate` and after the search index is built, as multiples of the
//! data's size, so that a change to the loader can be judged stage by stage.
//!
//!   cargo run --release --example load-memory -- DIR
//!
//! The app sets mimalloc's purge delay to 2 ms before `main` (`src/allocator_options.c`,
//! linked into the binary only); this harness runs itself again with
//! `MIMALLOC_PURGE_DELAY=2` so that it measures the same allocator, unless the variable
//! is already set. With `MIMALLOC_PURGE_DELAY=0` the allocator hands freed memory back at
//! once, so the resident figure follows what is live rather than what it keeps in hand.

use carepath::data::{Layer, validate_with_progress};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn status(key: &str) -> f64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn main() {
    same_allocator_as_the_app();
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: load-memory DIR...");
        std::process::exit(2);
    }
    let bytes: u64 = dirs.iter().map(|d| size(std::path::Path::new(d))).sum();
    let mib = bytes as f64 / 1_048_576.0;
    let start = std::time::Instant::now();
    let line = |what: &str| {
        let (rss, hwm) = (status("VmRSS:"), status("VmHWM:"));
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!(
            "{ms:7.0} ms  {what:<20} rss {rss:7.1} MiB ({:4.1}x)  peak {hwm:7.1} MiB ({:4.1}x)",
            rss / mib,
            hwm / mib
        );
    };
    println!("data: {mib:.1} MiB");
    line("start");
    let layers: Vec<Layer> = dirs.iter().map(|d| Layer::Dir(d.into())).collect();
    let mut last = None;
    let report = validate_with_progress(&layers, &mut |p| {
        if last != Some(p.stage) {
            line(&format!("{:?} begins", p.stage));
            last = Some(p.stage);
        }
    });
    line("validated");
    let catalogue = report.catalogue;
    drop(report.diagnostics);
    line("diagnostics dropped");
    let index = catalogue.as_ref().map(carepath::search::SearchIndex::new);
    line("search index built");
    drop(index);
    drop(catalogue);
}

/// mimalloc reads its options when the process starts, so the only safe way to set one
/// is to start again with it in the environment.
#[cfg(unix)]
fn same_allocator_as_the_app() {
    use std::os::unix::process::CommandExt;
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    let Ok(me) = std::env::current_exe() else { return };
    let failed =
        std::process::Command::new(me).args(std::env::args_os().skip(1)).env("MIMALLOC_PURGE_DELAY", "2").exec();
    eprintln!("load-memory: could not run again with MIMALLOC_PURGE_DELAY=2 ({failed}); measuring as is");
}

#[cfg(not(unix))]
fn same_allocator_as_the_app() {}

fn size(path: &std::path::Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(entries) => entries.flatten().map(|e| size(&e.path())).sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}
