//! The config file and keymap parsers, on the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| carepath::fuzzing::config(data));
