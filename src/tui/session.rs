//! The adviser's session inside the app: what it was opened with, what the screens have
//! changed since, and the two things that touch files, saving the session and exporting the
//! client's plan. `update` only asks for those (a [`Request`]); the run loop does the
//! writing, so state changes stay free of input and output.

use std::path::{Path, PathBuf};

use crate::model::Date;
use crate::session::{ChosenRoute, Session};

use super::app::{App, MAX_MARKS};

/// File work the app asked for, done by the run loop after the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Save,
    Export,
}

/// A session to open the app on: read from `path`, with what had to be dropped to read it.
#[derive(Debug, Clone)]
pub struct Opening {
    pub session: Session,
    pub path: PathBuf,
    /// What was dropped while reading it, one line each, `file:line:col: message`.
    pub warnings: Vec<String>,
}

impl Opening {
    /// The app on this session, saying what was dropped (or where the session is kept).
    pub fn open(self, app: App) -> App {
        let shown = crate::text::clean(&self.path.display().to_string());
        let mut app = app.with_session(self.session, Some(self.path));
        match self.warnings.len() {
            0 => {
                if app.message().is_none() {
                    app.say(format!("Session {shown}: saved on quit when changed"));
                }
            }
            n => app.say(format!(
                "Session {shown}: {n} part(s) could not be used and will be dropped on save: {}",
                self.warnings.join("; ")
            )),
        }
        app
    }
}

/// Where the session is kept, what it was opened with, and what was last written.
#[derive(Debug, Clone, Default)]
pub struct SessionLink {
    /// The session file; `None` until one is opened or first saved.
    pub path: Option<PathBuf>,
    /// The session as opened: what the screens do not show (client, notes, date) and the
    /// shortlist beyond the roles that can be marked at once.
    pub base: Session,
    /// The session as last saved or opened, to tell whether it changed.
    pub saved: Session,
}

impl App {
    /// The app opened on a session: its nation and hours, current role, held
    /// qualifications, marked roles, target and chosen route.
    pub fn with_session(mut self, session: Session, path: Option<PathBuf>) -> App {
        self.set_lens(session.lens);
        if session.current.is_some() {
            self.set_current(session.current);
        }
        for &q in &session.held {
            self.held.insert(q);
        }
        self.screens.compare.marks = session.shortlist.iter().copied().take(MAX_MARKS).collect();
        self.screens.routes.target = session.target;
        self.screens.routes.chosen.clone_from(&session.route);
        self.screens.fits.picked =
            session.matters.iter().filter_map(|m| crate::fit::CHOICES.iter().position(|c| c.key == m.key)).collect();
        self.update(super::action::Action::Resize(self.size.0, self.size.1));
        self.link = SessionLink { path, base: session.clone(), saved: session };
        let dropped = self.link.base.shortlist.len().saturating_sub(MAX_MARKS);
        if dropped > 0 {
            self.say(format!("{dropped} more shortlisted role(s) are kept in the session and the plan; {MAX_MARKS} can be marked at once."));
        }
        self
    }

    /// The session as the app stands now.
    pub fn session(&self) -> Session {
        let base = &self.link.base;
        let marks = &self.screens.compare.marks;
        // Marks replace the shortlist's first roles; roles shortlisted beyond what can be
        // marked at once stay unless they were marked and then unmarked.
        let opened: Vec<_> = base.shortlist.iter().copied().take(MAX_MARKS).collect();
        let mut shortlist = marks.clone();
        if opened.iter().all(|r| marks.contains(r)) {
            shortlist.extend(base.shortlist.iter().skip(MAX_MARKS).filter(|r| !marks.contains(r)));
        }
        let route = self
            .screens
            .routes
            .found
            .get(self.screens.routes.cursor.selected)
            .filter(|_| self.screens.routes.target.is_some())
            .map(|r| ChosenRoute::of(&self.catalogue, r))
            .or_else(|| self.screens.routes.chosen.clone());
        Session {
            client: base.client.clone(),
            date: base.date,
            lens: self.lens,
            current: self.current,
            held: self.held.sorted(),
            shortlist,
            target: self.screens.routes.target,
            route,
            matters: self.screens.fits.chosen(),
            notes: base.notes.clone(),
        }
    }

    /// Whether the session differs from the one last saved or opened.
    pub fn session_changed(&self) -> bool {
        self.changed_session().is_some()
    }

    /// The session as the app stands now, if it differs from the one last saved or opened.
    pub fn changed_session(&self) -> Option<Session> {
        let now = self.session();
        (Session { date: self.link.saved.date, ..now.clone() } != self.link.saved).then_some(now)
    }

    /// Whether a session file is being kept.
    pub fn session_path(&self) -> Option<&Path> {
        self.link.path.as_deref()
    }

    /// The file work asked for, clearing the request.
    pub fn take_request(&mut self) -> Option<Request> {
        self.request.take()
    }
}

/// Does the file work the app asked for, and says what happened on the app's message line.
pub fn perform(app: &mut App, request: Request, today: Date) {
    let message = match request {
        Request::Save => save(app, today),
        Request::Export => export(app, today),
    };
    app.say(message);
}

/// Saves the session where it is kept, or into a new file in the current folder.
pub fn save(app: &mut App, today: Date) -> String {
    let session = Session { date: Some(today), ..app.session() };
    let path = match &app.link.path {
        Some(p) => p.clone(),
        None => match free_name(Path::new("."), &format!("carepath-session-{today}"), "toml") {
            Some(p) => p,
            None => return "Could not find a free file name for the session here.".into(),
        },
    };
    match crate::session::save(&app.catalogue, &session, &path) {
        Ok(()) => {
            let shown = crate::text::clean(&path.display().to_string());
            app.link.path = Some(path);
            app.link.saved = session;
            format!("Session saved to {shown}")
        }
        Err(e) => crate::text::clean(&e.to_string()),
    }
}

/// Writes the client's plan beside the session (or in the current folder) as HTML and
/// Markdown, under names not yet taken: an export never replaces a file.
fn export(app: &App, today: Date) -> String {
    let session = Session { date: Some(today), ..app.session() };
    let plan = crate::plan::build(&app.catalogue, &session, today);
    let folder = app.link.path.as_deref().and_then(Path::parent).filter(|p| !p.as_os_str().is_empty());
    let folder = folder.unwrap_or(Path::new("."));
    let who = session.client.as_deref().map(slug).filter(|s| !s.is_empty()).unwrap_or_else(|| "client".into());
    let stem = format!("plan-{who}-{today}");
    let mut written = Vec::new();
    for format in [crate::plan::Format::Html, crate::plan::Format::Markdown] {
        let Some(path) = free_name(folder, &stem, format.extension()) else {
            return "Could not find a free file name for the plan here.".into();
        };
        if let Err(e) = crate::save::write_new(&path, crate::plan::render(&plan, format).as_bytes(), false) {
            return format!("Could not write {}: {e}", crate::text::clean(&path.display().to_string()));
        }
        written.push(crate::text::clean(&path.display().to_string()));
    }
    format!("Plan written to {}", written.join(" and "))
}

/// `folder/stem.ext`, or `stem-2.ext`, `stem-3.ext`, ... whichever is free first.
fn free_name(folder: &Path, stem: &str, ext: &str) -> Option<PathBuf> {
    (1..1000)
        .map(|n| if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}-{n}.{ext}") })
        .map(|name| folder.join(name))
        .find(|p| !p.exists())
}

/// A name as a file name: lowercase letters and digits, words joined by hyphens.
fn slug(text: &str) -> String {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.join("-").chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_and_never_taken() {
        assert_eq!(slug("Sam O'Neil (ref 12/3)"), "sam-o-neil-ref-12-3");
        assert_eq!(slug("\u{1b}[31m"), "31m");
        let dir = tempfile::tempdir().expect("tempdir");
        let first = free_name(dir.path(), "plan", "html").expect("free");
        assert!(first.ends_with("plan.html"));
        std::fs::write(&first, "x").expect("write");
        assert!(free_name(dir.path(), "plan", "html").expect("free").ends_with("plan-2.html"));
    }
}
