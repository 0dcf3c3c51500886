//! The one place keys become actions.
//!
//! The bindings live in `keymap.toml`, embedded at build time, so help and footer hints are
//! generated from the same table the keys are looked up in and can never drift from it.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::screens::Screen;

/// The default bindings.
pub const DEFAULT_KEYMAP: &str = include_str!("keymap.toml");

/// A key with the modifiers that matter for binding (Ctrl and Alt; Shift is in the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const NAMED: &[(&str, KeyCode, &str)] = &[
    ("esc", KeyCode::Esc, "Esc"),
    ("enter", KeyCode::Enter, "Enter"),
    ("tab", KeyCode::Tab, "Tab"),
    ("backtab", KeyCode::BackTab, "Shift-Tab"),
    ("space", KeyCode::Char(' '), "Space"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Delete"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
];

impl Key {
    pub const fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        Key { code, mods }
    }

    /// The key a terminal event stands for. Shift is dropped because it is already in the
    /// character (`G`) or the code (`BackTab`), and terminals disagree on reporting it.
    pub fn from_event(event: KeyEvent) -> Key {
        let mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::Char(c) if !mods.is_empty() => KeyCode::Char(c.to_ascii_lowercase()),
            code => code,
        };
        Key { code, mods }
    }

    /// Parses `q`, `G`, `ctrl-c`, `alt-x`, `pagedown`, `f5` and the like.
    pub fn parse(text: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                KeyCode::Char(if mods.is_empty() { c } else { c.to_ascii_lowercase() })
            }
            _ => {
                if let Some((_, code, _)) = NAMED.iter().find(|(name, _, _)| *name == rest) {
                    *code
                } else {
                    let n: u8 = rest.strip_prefix('f')?.parse().ok()?;
                    if !(1..=12).contains(&n) {
                        return None;
                    }
                    KeyCode::F(n)
                }
            }
        };
        Some(Key { code, mods })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if let Some((_, _, shown)) = NAMED.iter().find(|(_, code, _)| *code == self.code) {
            return f.write_str(shown);
        }
        match self.code {
            KeyCode::Char(c) if self.mods.is_empty() => write!(f, "{c}"),
            KeyCode::Char(c) => write!(f, "{}", c.to_ascii_uppercase()),
            KeyCode::F(n) => write!(f, "F{n}"),
            _ => f.write_str("?"),
        }
    }
}

/// Where a key is pressed; each has its own table in the keymap. The table name is derived
/// (kebab-case; a screen's table is the screen's name), the help heading is the variant's
/// message (a screen's title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumMessage, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Context {
    #[strum(message = "Anywhere")]
    Global,
    #[strum(message = "Moving around")]
    Navigate,
    /// The keys of one screen.
    Screen(Screen),
    #[strum(message = "Filters")]
    Filters,
    #[strum(message = "Help")]
    Help,
    #[strum(message = "Typing a search or picking a target")]
    Text,
}

impl Context {
    /// Every context: the general ones, then each screen's.
    pub fn all() -> impl Iterator<Item = Context> {
        <Context as strum::IntoEnumIterator>::iter()
            .filter(|c| !matches!(c, Context::Screen(_)))
            .chain(Screen::all().map(Context::Screen))
    }

    /// The table name in the keymap file.
    pub fn name(self) -> &'static str {
        match self {
            Context::Screen(screen) => screen.name(),
            _ => self.into(),
        }
    }

    /// The heading in the help screen.
    pub fn title(self) -> &'static str {
        match self {
            Context::Screen(screen) => screen.title(),
            _ => strum::EnumMessage::get_message(&self).unwrap_or_else(|| self.name()),
        }
    }

    fn from_name(name: &str) -> Option<Context> {
        Context::all().find(|c| c.name() == name)
    }
}

/// Problems in a keymap, all of them at once.
#[derive(Debug, thiserror::Error)]
#[error("the keymap has {} problem(s):\n{}", .0.len(), .0.join("\n"))]
pub struct KeymapError(pub Vec<String>);

/// Bindings per context, with a reverse index for lookups.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: HashMap<Context, Vec<(Action, Vec<Key>)>>,
    index: HashMap<(Context, Key), Action>,
}

impl Keymap {
    /// The embedded default keymap.
    pub fn embedded() -> Result<Keymap, KeymapError> {
        Keymap::parse(DEFAULT_KEYMAP)
    }

    /// Reads a keymap, reporting unknown contexts, actions and keys, and any key bound to
    /// two actions in one context.
    pub fn parse(text: &str) -> Result<Keymap, KeymapError> {
        let table: toml::Table =
            toml::from_str(text).map_err(|e| KeymapError(vec![crate::text::clean(e.message())]))?;
        let mut problems = Vec::new();
        let mut bindings: HashMap<Context, Vec<(Action, Vec<Key>)>> = HashMap::new();
        let mut index = HashMap::new();
        for (context_name, actions) in &table {
            let Some(context) = Context::from_name(context_name) else {
                problems.push(format!("unknown context [{context_name}]"));
                continue;
            };
            let Some(actions) = actions.as_table() else {
                problems.push(format!("[{context_name}] must be a table of `action = [keys]`"));
                continue;
            };
            for (action_name, keys) in actions {
                let Some(action) = Action::from_name(action_name) else {
                    problems.push(format!("[{context_name}]: unknown action `{action_name}`"));
                    continue;
                };
                let Some(keys) = keys.as_array() else {
                    problems.push(format!("[{context_name}] {action_name}: expected a list of keys"));
                    continue;
                };
                let mut parsed = Vec::new();
                for key in keys {
                    let Some(key) = key.as_str().and_then(Key::parse) else {
                        problems.push(format!("[{context_name}] {action_name}: cannot read key {key}"));
                        continue;
                    };
                    if let Some(other) = index.insert((context, key), action) {
                        problems.push(format!(
                            "[{context_name}]: {key} is bound to both `{}` and `{action_name}`",
                            other.name().unwrap_or("?")
                        ));
                    }
                    parsed.push(key);
                }
                bindings.entry(context).or_default().push((action, parsed));
            }
        }
        for list in bindings.values_mut() {
            list.sort_by_key(|(action, _)| action.order());
        }
        if problems.is_empty() {
            Ok(Keymap { bindings, index })
        } else {
            // Problems quote names and keys from the user's file, and TOML's quoting leaves C1
            // controls such as U+009E raw (found by the config fuzzer): show them escaped.
            Err(KeymapError(problems.iter().map(|p| crate::text::escape_visible(p)).collect()))
        }
    }

    /// The embedded keymap with a user's tables laid over it: each action named in the
    /// patch gets exactly the keys given there.
    pub fn patched(patch: &toml::Table) -> Result<Keymap, KeymapError> {
        let mut base: toml::Table =
            toml::from_str(DEFAULT_KEYMAP).map_err(|e| KeymapError(vec![crate::text::clean(e.message())]))?;
        for (context, actions) in patch {
            let Some(actions) = actions.as_table() else {
                return Err(KeymapError(vec![format!(
                    "[keys.{}] must be a table of `action = [keys]`",
                    crate::text::clean(context)
                )]));
            };
            let entry = base.entry(context.clone()).or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if let Some(table) = entry.as_table_mut() {
                for (action, keys) in actions {
                    table.insert(action.clone(), keys.clone());
                }
            }
        }
        let text = toml::to_string(&base).map_err(|e| KeymapError(vec![e.to_string()]))?;
        Keymap::parse(&text)
    }

    /// The action for a key, trying each context in turn.
    pub fn action(&self, chain: &[Context], key: Key) -> Option<Action> {
        chain.iter().find_map(|&c| self.index.get(&(c, key)).copied())
    }

    /// The bindings of one context, in the order help lists actions.
    pub fn bindings(&self, context: Context) -> &[(Action, Vec<Key>)] {
        self.bindings.get(&context).map_or(&[], Vec::as_slice)
    }

    /// The first key that reaches `action` through `chain`, for hints: a key shadowed by a
    /// more specific context is skipped, so a hint never names a key that does something else.
    pub fn key_for(&self, chain: &[Context], action: Action) -> Option<Key> {
        chain.iter().find_map(|&c| {
            let (_, keys) = self.bindings(c).iter().find(|(a, _)| *a == action)?;
            keys.iter().copied().find(|&k| self.action(chain, k) == Some(action))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_keymap_is_valid() {
        let map = Keymap::embedded().unwrap_or_else(|e| panic!("{e}"));
        let chain = [Context::Screen(Screen::Browse), Context::Navigate, Context::Global];
        let key = |c| Key::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.action(&chain, key('q')), Some(Action::Quit));
        assert_eq!(map.action(&chain, key('/')), Some(Action::Search));
        let routes = [Context::Screen(Screen::Routes), Context::Navigate, Context::Global];
        assert_eq!(map.action(&routes, key('/')), Some(Action::PickTarget));
        assert_eq!(map.action(&[Context::Text], key('q')), None);
        assert_eq!(
            map.action(&[Context::Text], Key::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
    }

    #[test]
    fn keys_parse_and_display() {
        assert_eq!(Key::parse("ctrl-c"), Some(Key::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert_eq!(Key::parse("G"), Some(Key::new(KeyCode::Char('G'), KeyModifiers::NONE)));
        assert_eq!(Key::parse("f12").map(|k| k.to_string()), Some("F12".into()));
        assert_eq!(Key::parse("space").map(|k| k.to_string()), Some("Space".into()));
        assert_eq!(Key::parse("ctrl-u").map(|k| k.to_string()), Some("Ctrl-U".into()));
        assert_eq!(Key::parse("f13"), None);
        assert_eq!(Key::parse("ctrl-"), None);
        assert_eq!(Key::parse("bogus"), None);
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(shifted), Key::new(KeyCode::Char('G'), KeyModifiers::NONE));
    }

    #[test]
    fn problems_are_all_reported() {
        let err = Keymap::parse("[global]\nquit = [\"q\"]\nhelp = [\"q\", \"nope\"]\nfly = [\"x\"]\n[nowhere]\n")
            .expect_err("invalid keymap");
        let text = err.to_string();
        assert!(text.contains("bound to both"), "{text}");
        assert!(text.contains("cannot read key"), "{text}");
        assert!(text.contains("unknown action `fly`"), "{text}");
        assert!(text.contains("unknown context [nowhere]"), "{text}");
    }
}
