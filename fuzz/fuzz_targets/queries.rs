//! The query layer on the national data set: search, next steps, routes, compare, filters and
//! role pages, with queries, ids, nations and hours read from bytes.
#![no_main]

use std::sync::OnceLock;

use carepath::fuzzing::Queries;
use libfuzzer_sys::fuzz_target;

/// Loaded once: loading the national set takes far longer than a query.
static QUERIES: OnceLock<Queries> = OnceLock::new();

fuzz_target!(|data: &[u8]| QUERIES.get_or_init(Queries::embedded).run(data));
