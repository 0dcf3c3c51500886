//! How far loading has got, for a progress line or a loading screen.

/// What loading is doing. Reading and parsing go file by file; checking goes item by item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading files from disk; `done` and `total` count the files of one layer.
    Reading,
    /// Parsing the TOML and checking each role and step on its own; `done` and `total`
    /// count bytes of all the files.
    Parsing,
    /// Linking the items' references and checking what spans items; `done` and `total`
    /// count items.
    Checking,
}

/// One report of progress. Cheap to make and to copy; the file name is borrowed, so a
/// callback that keeps it (or sends it to another thread) copies it first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress<'a> {
    pub stage: Stage,
    pub done: u64,
    pub total: u64,
    /// The file just read or parsed, as diagnostics name it.
    pub file: Option<&'a str>,
}

impl Progress<'_> {
    /// How much of this stage is done, from 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 { 1.0 } else { (self.done as f64 / self.total as f64).min(1.0) }
    }

    /// How much of the whole load is done, from 0 to 1, weighting the stages by the time
    /// each takes on a large data set, so that a bar moves at a steady pace.
    pub fn overall(&self) -> f64 {
        let (start, share) = match self.stage {
            Stage::Reading => (0.0, 0.05),
            // Parsing also checks each role and step as it is read; what is left for the
            // checking stage (linking ids across files) is about an eighth of the time.
            Stage::Parsing => (0.05, 0.8),
            Stage::Checking => (0.85, 0.15),
        };
        start + share * self.fraction()
    }
}
