//! The loader: a data folder's files, made from bytes (see `carepath::fuzzing::split_files`),
//! validated, and every query run over whatever loads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| carepath::fuzzing::loader(data));
