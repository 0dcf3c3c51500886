//! What the screens say, laid out as text at a width: built once here, drawn by `ui` and
//! measured by the state (for scrolling) without the state calling into the drawing code.

pub mod browse;
pub mod compare;
pub mod header;
pub mod help;
pub mod next;
pub mod routes;
