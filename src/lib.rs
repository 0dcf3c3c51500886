//! carepath: career pathways across UK health and adult social care, as one workforce.
//!
//! The domain (`model`, `data`, `search`, `graph`, `compare`, `pay`, `levels`, `nations`,
//! `requirements`, `lens`, `session`, `plan`) knows nothing of the screen;
//! `cli` and `tui` draw on it.

pub mod cli;
pub mod compare;
pub mod config;
pub mod data;
pub mod filter;
pub mod fit;
pub mod fuzzing;
pub mod graph;
pub mod layered;
pub mod lens;
pub mod levels;
pub mod model;
pub mod nations;
pub mod pay;
pub mod plan;
pub mod requirements;
pub mod routes;
pub mod save;
pub mod search;
pub mod session;
pub mod suggest;
#[doc(hidden)]
pub mod synthetic;
pub mod text;
pub mod tui;
pub mod values;
pub mod wording;
