//! Validates data folders without the full command line: `cargo run --example validate -- DIR...`
//! (with no folder, the embedded set). Prints every diagnostic and the counts.

use carepath::data::{Layer, validate};

fn main() {
    let layers: Vec<Layer> = std::env::args().skip(1).map(|d| Layer::Dir(d.into())).collect();
    let layers = if layers.is_empty() { vec![Layer::Embedded] } else { layers };
    let report = validate(&layers);
    for d in &report.diagnostics {
        println!("{d}");
    }
    let c = report.counts;
    println!(
        "{} roles, {} qualifications, {} steps, {} pathways: {} error(s), {} warning(s)",
        c.roles,
        c.qualifications,
        c.steps,
        c.pathways,
        report.errors(),
        report.warnings()
    );
    std::process::exit(i32::from(report.errors() > 0));
}
