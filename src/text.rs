//! Untrusted text from data files, made safe to print.

//!
//! Data files are edited by hand and may come from anywhere, so every string is cleaned
//! once, at load time: escape sequences (CSI, OSC, and two-byte ESC forms) are removed
//! whole, other control characters and bidirectional overrides are dropped, and line
//! breaks and tabs become single spaces. Nothing after this point can move the cursor,
//! change colours or retitle the terminal.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Returns `input` with escape sequences and control characters removed and runs of
/// white space folded to one space, trimmed at both ends.
pub fn clean(input: &str) -> String {
    clean_cow(input).into_owned()
}

/// As [`clean`], borrowing `input` when it is already clean, as nearly every string in a
/// data file is: loading then copies nothing it does not have to.
pub fn clean_cow(input: &str) -> Cow<'_, str> {
    if is_clean(input) { Cow::Borrowed(input) } else { Cow::Owned(rebuild(input)) }
}

/// As [`clean`], handing back `input` itself when it is already clean.
pub fn clean_owned(input: String) -> String {
    if is_clean(&input) { input } else { rebuild(&input) }
}

/// True when [`clean`] would change nothing: no control or invisible character, no white
/// space but single spaces between other characters.
fn is_clean(input: &str) -> bool {
    // Nearly every string in a data file is plain ASCII: checked byte by byte, without
    // decoding characters.
    if input.is_ascii() {
        let bytes = input.as_bytes();
        return bytes.first() != Some(&b' ')
            && bytes.last() != Some(&b' ')
            && !bytes.iter().any(|&b| b < b' ' || b == 0x7f)
            && !bytes.windows(2).any(|pair| pair == b"  ");
    }
    // Starts true so that a leading space counts as a run.
    let mut after_space = true;
    for c in input.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_ascii_control() || (!c.is_ascii() && (c.is_whitespace() || is_unsafe(c))) {
            return false;
        } else {
            after_space = false;
        }
    }
    input.is_empty() || !after_space
}

fn rebuild(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI and OSC introducers: skip what they introduce as well.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' => skip_string(&mut chars),
            c if c.is_whitespace() => pending_space = true,
            c if is_unsafe(c) => {}
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Characters that must never reach a terminal: C0/C1 controls, DEL, and the bidi
/// controls that can make text display in a different order from how it reads.
fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Bidi controls, zero-width and other invisible format characters: they can reorder what a
/// terminal shows, or hide text (a title of zero-width joiners looks like no title).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{061c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// True when the text holds anything [`clean`] would drop: a control, a bidi control or an
/// invisible format character.
pub fn has_unsafe(input: &str) -> bool {
    if input.is_ascii() {
        return input.bytes().any(|b| b < b' ' || b == 0x7f);
    }
    input.chars().any(is_unsafe)
}

/// For messages about a value: the value with every control or invisible character shown
/// visibly escaped (`\u{1b}`), so a message never hides, or acts out, what it complains
/// about.
pub fn escape_visible(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Joins list items for one line of text: items that are whole sentences are joined as
/// sentences, others with semicolons.
pub fn join_items<T: AsRef<str>>(items: &[T]) -> String {
    let sentences = items.iter().all(|i| i.as_ref().ends_with(['.', '!', '?']));
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(if sentences { " " } else { "; " })
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars<'_>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // Two-byte forms such as ESC c (reset) or ESC ( B: drop the intermediates too.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates, up to and including the final byte (0x40-0x7e).
fn skip_csi(chars: &mut Chars<'_>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// An OSC/DCS-style string, ended by BEL or ST (ESC \).
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clean, clean_cow, clean_owned, escape_visible, has_unsafe, is_unsafe, rebuild};
    use proptest::prelude::*;

    #[test]
    fn escapes_show_what_was_there() {
        assert_eq!(escape_visible("x\u{1b}]0;PWNED\u{7}"), "x\\u{1b}]0;PWNED\\u{7}");
        assert_eq!(escape_visible("https://e.org/\u{202e}gpj"), "https://e.org/\\u{202e}gpj");
        assert_eq!(clean("\u{200b}\u{200d}\u{feff}"), "");
        assert_eq!(clean("a\u{061c}b\u{2066}c"), "abc");
    }

    #[test]
    fn strips_sequences_and_controls() {
        assert_eq!(clean("\u{1b}[31mred\u{1b}[0m text"), "red text");
        assert_eq!(clean("title\u{1b}]0;pwned\u{7}!"), "title!");
        assert_eq!(clean("a\u{0}b\u{7f}c\u{202e}d"), "abcd");
        assert_eq!(clean("  two\n\tlines  "), "two lines");
        assert_eq!(clean("café – ok"), "café – ok");
    }

    proptest! {
        #[test]
        fn the_fast_path_agrees(
            input in "[ a-zé\u{a0}\u{200b}\t\u{1b}\\[m]{0,12}",
            ascii in "[ a-z\t\n\u{1b}\u{7f}\\[m]{0,12}",
            any in any::<String>(),
        ) {
            for text in [&input, &ascii, &any] {
                let (fast, slow) = (clean_cow(text), rebuild(text));
                prop_assert_eq!(fast.as_ref(), slow.as_str());
                prop_assert_eq!(clean_owned(text.clone()), rebuild(text));
                prop_assert_eq!(has_unsafe(text), text.chars().any(is_unsafe));
            }
        }

        #[test]
        fn output_never_holds_control_characters(input in any::<String>()) {
            let out = clean(&input);
            prop_assert!(!out.chars().any(char::is_control));
            prop_assert!(!out.contains(char::from(0x1b_u8)));
        }
    }
}
