//! The user's config file: defaults for the nation, hours, theme and data layers, and a
//! patch to the keymap. It lives in the platform's config directory
//! (`$XDG_CONFIG_HOME/carepath/config.toml` on Linux), or wherever `CAREPATH_CONFIG` points.
//! Command-line flags win over it. A broken file is reported with its line and column before
//! anything else happens, never ignored.

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy as _;
use serde::Deserialize;
use toml::Spanned;

use crate::model::Nation;

/// A commented default config, printed by `carepath config --default`.
pub const DEFAULT: &str = r#"# carepath config. Every setting is optional; command-line flags win over these.
# Save as the file `carepath config` names (on Linux: ~/.config/carepath/config.toml).

# The nation every view is for: england, scotland, wales or northern-ireland.
# nation = "england"

# Weekly hours pay is shown for (37.5 is full time).
# hours = 37.5

# Colour theme: default, high-contrast, projector or monochrome. NO_COLOR still turns colour off.
# theme = "default"

# Your organisation's own roles, layered on the national set every time (like --add).
# add = ["/path/to/our-roles"]

# Colours, laid over the theme (not over monochrome, which NO_COLOR chooses). Each key is a
# style; each value is a text colour, "on" and a background colour, and any of bold, dim,
# italic, underlined, reversed. Colours: names (light-cyan), #rrggbb, or 0-255.
# Styles: text, dim, heading, title, tab, tab-active, border, border-focus, selected,
# matched, differs, missing, ok, crossing, key, message, group.
# [colours]
# heading = "light-yellow bold"
# tab-active = "black on light-yellow bold"

# Change keys: the same tables and action names as the built-in keymap (see the help
# screen, ?). Each action listed here gets exactly the keys given.
# [keys.global]
# search = ["/", "ctrl-f"]
"#;

/// What the config file says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Where it was read from, if a file was found.
    pub path: Option<PathBuf>,
    pub nation: Option<Nation>,
    pub hours: Option<f64>,
    pub theme: Option<String>,
    pub add: Vec<PathBuf>,
    /// Keymap tables to lay over the built-in keymap.
    pub keys: Option<toml::Table>,
    /// Styles to lay over the theme.
    pub colours: Vec<crate::tui::theme::ColourOverride>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    nation: Option<Spanned<String>>,
    hours: Option<Spanned<f64>>,
    theme: Option<Spanned<String>>,
    #[serde(default)]
    add: Vec<Spanned<String>>,
    keys: Option<toml::Table>,
    #[serde(default)]
    colours: std::collections::BTreeMap<String, Spanned<String>>,
}

/// A config file that cannot be used, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: error: {message}")]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Where the config file is looked for.
pub fn location() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CAREPATH_CONFIG") {
        return Some(PathBuf::from(path));
    }
    etcetera::choose_base_strategy().ok().map(|s| s.config_dir().join("carepath").join("config.toml"))
}

/// Reads the config file if there is one; no file is an empty config.
pub fn load() -> Result<Config, ConfigError> {
    match location() {
        Some(path) if path.is_file() => read(&path),
        Some(path) if std::env::var_os("CAREPATH_CONFIG").is_some() => Err(ConfigError {
            path: shown(&path),
            line: 1,
            column: 1,
            message: "CAREPATH_CONFIG names a file that does not exist".into(),
        }),
        _ => Ok(Config::default()),
    }
}

fn shown(path: &Path) -> String {
    crate::text::clean(&path.display().to_string())
}

/// Reads and checks one config file.
pub fn read(path: &Path) -> Result<Config, ConfigError> {
    let at = |offset: usize, text: &str, message: String| {
        let (line, column) = crate::data::line_column(text, offset);
        ConfigError { path: shown(path), line, column, message }
    };
    let meta = std::fs::metadata(path).map_err(|e| at(0, "", format!("cannot read the config file: {e}")))?;
    if meta.len() > 1024 * 1024 {
        return Err(at(0, "", "the config file is over 1 MiB; it is not a config file".into()));
    }
    let text = std::fs::read_to_string(path).map_err(|e| at(0, "", format!("cannot read the config file: {e}")))?;
    parse(path, &text)
}

/// Checks the text of a config file read from `path` (which names it in errors and
/// anchors relative `add` folders). Split from [`read`] so the fuzzer can reach it.
pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let at = |offset: usize, text: &str, message: String| {
        let (line, column) = crate::data::line_column(text, offset);
        ConfigError { path: shown(path), line, column, message }
    };
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        at(offset, text, crate::text::clean(e.message()))
    })?;
    let nation = match &raw.nation {
        Some(n) => Some(Nation::from_key(n.get_ref().trim()).ok_or_else(|| {
            at(
                n.span().start,
                text,
                format!(
                    "unknown nation `{}`; expected one of: {}",
                    crate::text::clean(n.get_ref()),
                    Nation::keys().join(", ")
                ),
            )
        })?),
        None => None,
    };
    let hours = match &raw.hours {
        Some(h) => Some(
            crate::lens::parse_hours(&h.get_ref().to_string()).map_err(|message| at(h.span().start, text, message))?,
        ),
        None => None,
    };
    let theme = match &raw.theme {
        Some(t) => {
            let name = t.get_ref().trim();
            if crate::tui::ThemeName::parse(name).is_none() {
                return Err(at(
                    t.span().start,
                    text,
                    format!(
                        "unknown theme `{}`; expected one of: {}",
                        crate::text::clean(name),
                        crate::tui::ThemeName::NAMES.join(", ")
                    ),
                ));
            }
            Some(name.to_string())
        }
        None => None,
    };
    let base = path.parent().unwrap_or(Path::new("."));
    let add = raw.add.iter().map(|a| base.join(a.get_ref())).collect();
    if let Some(keys) = &raw.keys {
        // Check the patch now, so a mistake in it is reported here, not when the app opens.
        crate::tui::keymap::Keymap::patched(keys).map_err(|e| {
            let offset = text.find("[keys").unwrap_or(0);
            at(offset, text, format!("in [keys]: {}", e.0.join("; ")))
        })?;
    }
    let colours = raw
        .colours
        .iter()
        .map(|(key, spec)| {
            crate::tui::theme::parse_override(key, spec.get_ref())
                .map_err(|message| at(spec.span().start, text, format!("in [colours]: {message}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Config { path: Some(path.to_path_buf()), nation, hours, theme, add, keys: raw.keys, colours })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).expect("write");
        (dir, path)
    }

    #[test]
    fn the_default_config_is_valid_and_empty() {
        let (_dir, path) = write(DEFAULT);
        let config = read(&path).expect("valid");
        assert_eq!((config.nation, config.hours, config.theme, config.keys), (None, None, None, None));
    }

    #[test]
    fn settings_are_read_and_checked() {
        let (_dir, path) =
            write("nation = \"wales\"\nhours = 22.5\ntheme = \"monochrome\"\n[keys.global]\nsearch = [\"ctrl-f\"]\n");
        let config = read(&path).expect("valid");
        assert_eq!(config.nation, Some(Nation::Wales));
        assert_eq!(config.hours, Some(22.5));
        assert!(config.keys.is_some());
        let (_dir, path) = write("[colours]\nheading = \"light-yellow bold\"\n");
        assert_eq!(read(&path).expect("valid").colours.len(), 1);
    }

    #[test]
    fn mistakes_name_the_line_and_column() {
        let (_dir, path) = write("hours = 22.5\nnation = \"narnia\"\n");
        let e = read(&path).expect_err("unknown nation");
        assert_eq!((e.line, e.column), (2, 10), "{e}");
        assert!(e.message.starts_with("unknown nation `narnia`"), "{e}");
        let (_dir, path) = write("theme = \"default\"\ncolour = 3\n");
        let e = read(&path).expect_err("unknown key");
        assert_eq!(e.line, 2, "{e}");
        let (_dir, path) = write("[keys.global]\nsearch = [\"hyper-x\"]\n");
        let e = read(&path).expect_err("bad key");
        assert!(e.message.contains("cannot read key"), "{e}");
        let (_dir, path) = write("[colours]\nheading = \"red\"\nborder = \"sparkly\"\n");
        let e = read(&path).expect_err("bad colour");
        assert_eq!((e.line, e.column), (3, 10), "{e}");
        assert!(e.message.contains("`sparkly` is not a colour"), "{e}");
        let (_dir, path) = write("hours = 0\n");
        assert!(read(&path).is_err());
    }
}
