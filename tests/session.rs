//! Sessions keep: a save and a load give back the same session, a session made with older
//! data keeps what still makes sense and names what it drops, and a process killed in the
//! middle of a save leaves a whole file behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use carepath::lens::Lens;
use carepath::model::{Catalogue, Date, Nation};
use carepath::routes::Category;
use carepath::session::{self, ChosenRoute, Session};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sessions/sam.toml");

fn catalogue() -> Catalogue {
    carepath::data::load_embedded().expect("the national data loads")
}

fn role(c: &Catalogue, id: &str) -> carepath::model::RoleIx {
    c.role_by_id(id).unwrap_or_else(|| panic!("role {id}"))
}

/// A session using every field, with notes that are awkward to quote.
fn full(c: &Catalogue) -> Session {
    Session {
        client: Some("Ann \"Nan\" O'Neill \\ ref 42".into()),
        date: Date::parse("2026-12-01"),
        lens: Lens::new(Nation::Wales, 30.0),
        current: Some(role(c, "care-worker")),
        held: vec![c.qualification_by_id("l2-diploma-in-care").expect("qualification")],
        shortlist: vec![role(c, "senior-care-worker"), role(c, "nursing-associate")],
        target: Some(role(c, "registered-nurse-adult")),
        route: Some(ChosenRoute {
            roles: vec![role(c, "care-worker"), role(c, "registered-nurse-adult")],
            kind: Category::University,
        }),
        matters: ["lead-a-team", "nights"].iter().filter_map(|k| carepath::fit::choices::by_key(k)).collect(),
        notes: "First line with \"quotes\" and a \\ backslash.\n\n\"\"\" three quotes, and café – ok".into(),
    }
}

#[test]
fn a_session_round_trips_through_save_and_load() {
    let c = catalogue();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("client.toml");
    let original = full(&c);
    session::save(&c, &original, &path).expect("saves");
    let loaded = session::load(&c, &path).expect("loads");
    assert_eq!(loaded.warnings, vec![], "a fresh save loads without warnings");
    assert_eq!(loaded.session, original);
    // Saving what was loaded writes the same text again.
    let again = dir.path().join("again.toml");
    session::save(&c, &loaded.session, &again).expect("saves");
    assert_eq!(std::fs::read_to_string(&path).ok(), std::fs::read_to_string(&again).ok());
}

#[test]
fn the_documented_example_is_exactly_what_carepath_writes() {
    let c = catalogue();
    let loaded = session::load(&c, Path::new(EXAMPLE)).expect("loads");
    assert_eq!(loaded.warnings, vec![]);
    let text = std::fs::read_to_string(EXAMPLE).expect("reads");
    assert_eq!(session::to_toml(&c, &loaded.session), text);
    let route = loaded.session.route.as_ref().expect("a chosen route");
    let found = route.find(&c, &carepath::requirements::Held::default(), &loaded.session.lens).expect("found again");
    assert_eq!(found.steps.len(), 3);
}

#[test]
fn a_session_from_older_data_keeps_what_makes_sense_and_names_what_it_drops() {
    let c = catalogue();
    let text = "format = 1\nclient = \"Sam\"\nnation = \"scotland\"\nhours = 22.5\ncurrent = \"care-worker\"\n\
                held = [\"l2-diploma-in-care\", \"retired-award\"]\nshortlist = [\"nursing-associate\", \"gone-role\"]\n\
                target = \"registered-nurse-adult\"\nnotes = \"kept\"\n\n[route]\nkind = \"university\"\n\
                roles = [\"care-worker\", \"old-middle-role\", \"registered-nurse-adult\"]\n";
    let loaded = session::parse(&c, text, "old.toml").expect("loads");
    let s = &loaded.session;
    assert_eq!((s.client.as_deref(), s.lens.nation, s.lens.hours), (Some("Sam"), Nation::Scotland, 22.5));
    assert_eq!(s.current, Some(role(&c, "care-worker")));
    assert_eq!(s.target, Some(role(&c, "registered-nurse-adult")));
    assert_eq!(s.held.len(), 1);
    assert_eq!(s.shortlist, vec![role(&c, "nursing-associate")]);
    assert_eq!(s.notes, "kept");
    assert_eq!(s.route, None);
    let messages: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    for (at, id) in
        [("old.toml:6:31", "retired-award"), ("old.toml:7:35", "gone-role"), ("old.toml:13:25", "old-middle-role")]
    {
        assert!(
            messages.iter().any(|m| m.starts_with(at) && m.contains(&format!("`{id}`")) && m.contains("warning")),
            "{id} at {at}: {messages:#?}"
        );
    }
    assert!(messages.iter().any(|m| m.contains("the route is dropped")), "{messages:#?}");
}

#[test]
fn a_file_that_is_not_toml_is_an_error_with_its_position() {
    let c = catalogue();
    let e = session::parse(&c, "format = 1\nclient = \"Sam\nnation = \"wales\"\n", "bad.toml").expect_err("not TOML");
    let text = e.to_string();
    assert!(text.starts_with("bad.toml:2:"), "{text}");
    assert!(text.contains("error"), "{text}");
}

/// Not a test on its own: when `CAREPATH_SAVE_LOOP` names a file, saves two large versions
/// of a session over it, alternately, until killed. `a_kill_mid_save_leaves_a_whole_file`
/// runs this test binary again with it set.
#[test]
fn save_loop_helper() {
    let Some(path) = std::env::var_os("CAREPATH_SAVE_LOOP") else { return };
    let c = catalogue();
    // The text is made once, so nearly all the loop's time is spent writing the file: a
    // kill then mostly lands inside a save, the moment this test is about.
    let versions = [session::to_toml(&c, &big(&c, 'a')), session::to_toml(&c, &big(&c, 'b'))];
    let mut i = 0usize;
    loop {
        // `session::save` is `to_toml` then this.
        carepath::save::write_atomic(Path::new(&path), versions[i % 2].as_bytes()).expect("saves");
        i += 1;
    }
}

/// A session of a few megabytes, so a save takes long enough to be caught in the middle.
fn big(c: &Catalogue, fill: char) -> Session {
    let line: String = std::iter::repeat_n(fill, 99).collect();
    let notes = std::iter::repeat_n(line.as_str(), 30_000).collect::<Vec<_>>().join("\n");
    Session { notes, ..full(c) }
}

#[test]
fn a_kill_mid_save_leaves_a_whole_file() {
    let c = catalogue();
    let dir = tempfile::tempdir().expect("tempdir");
    let path: PathBuf = dir.path().join("session.toml");
    let versions = [big(&c, 'a'), big(&c, 'b')];
    session::save(&c, &versions[0], &path).expect("first version");
    let exe = std::env::current_exe().expect("test binary");
    let mut caught_mid_write = 0;
    for round in 0..12u64 {
        let mut child = Command::new(&exe)
            .args(["save_loop_helper", "--exact", "--nocapture", "--test-threads=1"])
            .env("CAREPATH_SAVE_LOOP", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns the helper");
        // Let it get going (loading the data takes a moment), then kill it at a moment
        // that varies from round to round.
        let started = Instant::now();
        let first = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        while std::fs::metadata(&path).and_then(|m| m.modified()).ok() == first
            && started.elapsed() < Duration::from_secs(20)
        {
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(3 + round * 7));
        child.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
        let _ = child.wait();
        // A temporary file left behind shows the kill came in the middle of a save.
        let temp = format!(".session.toml.{}.tmp", child.id());
        if dir.path().join(temp).exists() {
            caught_mid_write += 1;
        }
        let loaded = session::load(&c, &path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(loaded.warnings, vec![], "round {round}");
        assert!(
            versions.contains(&loaded.session),
            "round {round}: the file is neither the previous nor the new version ({} bytes of notes)",
            loaded.session.notes.len()
        );
    }
    assert!(caught_mid_write > 0, "no kill landed in the middle of a save; the test proved nothing");
}
