//! The full-screen terminal app. (Being built: see issue 3.)

use crate::model::Catalogue;

/// Colour themes; `NO_COLOR` forces monochrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
    Monochrome,
}

impl ThemeName {
    /// Names accepted by `--theme`.
    pub const NAMES: [&'static str; 3] = ["default", "high-contrast", "monochrome"];

    pub fn parse(name: &str) -> Option<ThemeName> {
        match name {
            "default" => Some(ThemeName::Default),
            "high-contrast" => Some(ThemeName::HighContrast),
            "monochrome" => Some(ThemeName::Monochrome),
            _ => None,
        }
    }
}

/// Runs the app until the user quits, restoring the terminal on every exit path.
pub fn run(catalogue: Catalogue, theme: ThemeName) -> anyhow::Result<()> {
    let _ = (catalogue, theme);
    anyhow::bail!("the TUI is not built yet")
}
