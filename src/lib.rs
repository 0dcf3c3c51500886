//! carepath: career pathways across UK health and adult social care, as one workforce.
//!
//! The domain (`model`, `data`, `search`, `graph`, `compare`) knows nothing of the screen;
//! `cli` and `tui` draw on it.

pub mod cli;
pub mod compare;
pub mod data;
pub mod filter;
pub mod graph;
pub mod model;
pub mod search;
pub mod suggest;
pub mod text;
pub mod tui;
