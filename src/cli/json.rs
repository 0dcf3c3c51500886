//! `--json`: a command's view (see `views`) inside an envelope that starts with
//! `schema_version` and the `command` it answers.

use serde::Serialize;

/// The version of these shapes. 1 was the untyped first release; 2 added the envelope,
/// the nation lens, requirements as choices, gains, pay on one basis and route reasons.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    schema_version: u32,
    command: &'a str,
    #[serde(flatten)]
    body: &'a T,
}

/// The view as a JSON document, pretty-printed, with a final newline.
pub fn document<T: Serialize>(command: &str, body: &T) -> String {
    // Serializing plain data to a String cannot fail; fall back to null rather than panic.
    let mut text = serde_json::to_string_pretty(&Envelope { schema_version: SCHEMA_VERSION, command, body })
        .unwrap_or_else(|_| "null".into());
    text.push('\n');
    text
}
