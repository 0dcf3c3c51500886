//! The `carepath` binary: everything lives in the library so tests and benchmarks share it.

// Loading allocates many small strings on several threads; mimalloc frees them across
// threads without the contention and stranded memory of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    carepath::cli::main()
}
