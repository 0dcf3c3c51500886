//! carepath: career pathways across UK health and adult social care, as one workforce.
//!
//! The domain (`model`, `data`, `search`, `graph`, `compare`) knows nothing of the screen;
//! `cli` and `tui` draw on it.

pub mod data;
pub mod filter;
pub mod model;
pub mod suggest;
pub mod text;
pub mod compare;
pub mod graph;
pub mod search;
pub mod tui;
pub mod cli;
