//! Writes a valid synthetic data set of N roles into DIR, the same on every run:
//! `cargo run --release --example gen-data -- N DIR`, then `carepath --data DIR validate`.
//! `--misspell K` misspells the role K of the steps lead to, for timing "did you mean".
//! For reproducing speed figures at organisation scale (see issue #11).

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen-data N DIR [--misspell K]   (N roles written into the folder DIR; \
                     K steps leading to a misspelt role)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |s: &str| s.replace('_', "").parse::<usize>().ok();
    let parsed = match args.as_slice() {
        [n, dir] => number(n).map(|n| (n, dir, 0)),
        [n, dir, flag, k] if flag == "--misspell" => number(n).zip(number(k)).map(|(n, k)| (n, dir, k)),
        _ => None,
    };
    let Some((count, dir, misspelt)) = parsed else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let mut files = carepath::synthetic::dataset(count);
    carepath::synthetic::misspell_steps(&mut files, misspelt);
    let mut bytes = 0;
    for file in &files {
        let path = dir.join(&file.path);
        let written =
            path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &file.text));
        if let Err(e) = written {
            eprintln!("gen-data: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        bytes += file.text.len();
    }
    eprintln!(
        "gen-data: {count} roles in {} files ({:.1} MB) under {}",
        files.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    ExitCode::SUCCESS
}
