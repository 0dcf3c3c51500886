//! The command line, run as a user runs it: text, JSON and exit codes.

mod common;

use common::carepath as command;
use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cli");

fn carepath(args: &[&str]) -> (i32, String, String) {
    let output = command().args(["--data", FIXTURE]).args(args).env_remove("NO_COLOR").output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8 stdout");
    let stderr = String::from_utf8(output.stderr).expect("utf-8 stderr");
    assert!(!stdout.contains('\u{1b}') && !stderr.contains('\u{1b}'), "escape codes in output");
    (output.status.code().unwrap_or(-1), stdout, stderr)
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, stdout, stderr) = carepath(&all);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

#[test]
fn search_ranks_and_says_which_field_matched() {
    let (code, out, _) = carepath(&["search", "hca"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("1 match(es) for \"hca\", best first:\n1. Healthcare support worker (healthcare-support-worker): Health; matched alias \"HCA\""), "{out}");
    let found = json(&["search", "nurse associate", "--limit", "2"]);
    assert_eq!((found["schema_version"].as_u64(), found["command"].as_str()), (Some(2), Some("search")));
    let hits = &found["hits"];
    assert_eq!(hits.as_array().map(Vec::len), Some(2));
    assert_eq!(hits[0]["role"]["id"], "nursing-associate");
    assert_eq!(hits[0]["field"], "title");
    assert_eq!(hits[1]["role"]["id"], "nursing-associate-social-care");
}

#[test]
fn roles_filter_by_sector_family_level_setting_and_nation() {
    let (code, out, _) = carepath(&["roles", "--sector", "social-care"]);
    assert_eq!(code, 0);
    // Roles in both sectors belong in either sector's list.
    assert!(out.contains("\n4 role(s) (sector: Social care; nation: England):\n"), "{out}");
    assert!(out.contains("Nursing associate in social care (nursing-associate-social-care)"));
    let roles = json(&["roles", "--family", "nursing", "--level", "4"]);
    let ids: Vec<&str> = roles["roles"].as_array().into_iter().flatten().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["nursing-associate", "nursing-associate-social-care"]);
    // The fixture records no role for Wales: they are listed as not recorded, never as absent.
    let (code, out, _) = carepath(&["roles", "--nation", "wales"]);
    assert_eq!(code, 0);
    assert!(out.contains("Care worker (care-worker) [not recorded for Wales]"), "{out}");
    let wales = json(&["roles", "--nation", "wales"]);
    assert_eq!(wales["lens"]["nation"], "wales");
    assert_eq!(wales["roles"][0]["presence"], "not-recorded");
    assert!(wales["roles"][0]["pay"].is_null());
    let (code, _, err) = carepath(&["roles", "--setting", "moon-base"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'moon-base'"), "{err}");
}

#[test]
fn show_prints_labelled_lines_and_links() {
    let (code, out, _) = carepath(&["show", "carer"]);
    assert_eq!(code, 0);
    for expected in [
        "Care worker (care-worker)\n",
        "Also called: carer; care assistant\n",
        "Sector: Social care\n",
        "Qualifications required: Care Certificate (not on the RQF)\n",
        "Registration: no professional register in England\n",
        "Registration in each nation: England: no register; Scotland: SSSC\n",
        "Pay: £12.00 an hour (median hourly pay (fixture), England, 2024/25); compared: £12.00 an hour; £23,464 a year full time (37.5 hours a week)\n",
        "Levels: Career Framework 2 (read across from its Care Workforce Pathway category); Care Workforce Pathway: Care or support worker; usual entry qualification at RQF level 2\n",
        "Nations: found in England, Scotland; not recorded for Wales, Northern Ireland\n",
        "Next steps (3):\n",
        "Steps into this role (2):\n",
        "Reviewed: 2026-01-01\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    let shown = json(&["show", "care-worker"]);
    assert_eq!(shown["role"]["id"], "care-worker");
    assert_eq!(shown["role"]["title"], "Care worker");
    assert_eq!(shown["role"]["required"][0]["any_of"][0]["id"], "care-certificate");
    assert_eq!(shown["role"]["required"][0]["any_of"][0]["name"], "Care Certificate");
    assert!(shown["role"]["required"][0]["any_of"][0]["level"].is_null());
    assert_eq!(shown["role"]["pay"]["compared"]["hours"], 37.5);
    assert_eq!(shown["next_steps"].as_array().map(Vec::len), Some(3));
    assert_eq!(shown["steps_in"][0]["origin"]["id"], "healthcare-support-worker");
}

#[test]
fn next_steps_with_have_show_what_is_missing_and_open() {
    let (code, out, _) = carepath(&["next", "care-worker", "--have", "l3-adult-care"]);
    assert_eq!(code, 0);
    assert!(out.contains("Open now: 2 of 3."), "{out}");
    assert!(out.contains("   Sector: Health (crosses from social care to health)\n"), "{out}");
    assert!(out.contains("   Still missing: BSc Nursing (RQF 6)\n   Open now: no\n"), "{out}");
    let next = json(&["next", "care-worker", "--have", "l3-adult-care"]);
    let steps = next["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), 3);
    // Open steps come first.
    assert_eq!(steps[0]["open_now"], true);
    assert_eq!(steps[2]["open_now"], false);
    let senior = steps.iter().find(|s| s["target"]["id"] == "senior-care-worker").expect("senior step");
    assert_eq!(senior["missing"].as_array().map(Vec::len), Some(0));
    assert_eq!(senior["level_change"]["delta"], 1);
    assert_eq!(senior["level_change"]["scale"], "Career Framework");
    assert_eq!(next["held"][0]["id"], "l3-adult-care");
}

#[test]
fn unknown_qualification_suggests_and_fails() {
    let (code, _, err) = carepath(&["next", "care-worker", "--have", "l3-adult-cair"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown qualification `l3-adult-cair`. Did you mean `l3-adult-care`?"), "{err}");
}

#[test]
fn compare_marks_what_differs() {
    let (code, out, _) = carepath(&["compare", "care-worker", "hca"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Sector: differs\n  Care worker: Social care\n  Healthcare support worker: Health\n"),
        "{out}"
    );
    assert!(
        out.contains("Nations: same: found in England, Scotland; not recorded for Wales, Northern Ireland\n"),
        "{out}"
    );
    assert!(
        out.contains("AfC band: only some have it\n  Care worker: not recorded\n  Healthcare support worker: band 2\n"),
        "{out}"
    );
    let three = json(&["compare", "care-worker", "hca", "nursing-associate"]);
    assert_eq!(three["roles"].as_array().map(Vec::len), Some(3));
    let row =
        |name: &str| three["rows"].as_array().into_iter().flatten().find(|r| r["field"] == name).cloned().expect("row");
    assert_eq!(row("Annual pay, full time (37.5 hours a week)")["agreement"], "differs");
    assert_eq!(row("Annual pay, full time (37.5 hours a week)")["values"][0], "£23,464 a year");
    let (code, _, err) = carepath(&["compare", "care-worker"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn routes_are_shortest_first_and_no_route_is_an_answer() {
    let (code, out, _) = carepath(&["route", "care-worker", "registered-nurse-adult", "--max", "2"]);
    assert_eq!(code, 0);
    assert!(out.contains("2 found, best first."), "{out}");
    assert!(
        out.contains("Route 1: university route; about 3 years in all; 1 step; includes a course that usually charges tuition fees\n"),
        "{out}"
    );
    assert!(out.contains("Route 2: university route; about 4.2 years in all; 3 steps; 1 sideways move"), "{out}");
    let routes = json(&["route", "carer", "staff nurse", "--have", "fd-nursing-associate"]);
    let list = routes["routes"].as_array().expect("routes");
    assert_eq!(list.len(), 3);
    assert!(list.windows(2).all(|w| w[0]["rank_months"].as_f64() <= w[1]["rank_months"].as_f64()));
    assert_eq!(list[1]["steps"][1]["missing"].as_array().map(Vec::len), Some(0));
    let (code, out, _) = carepath(&["route", "registered-manager", "care-worker"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "No route from Registered manager (registered-manager) to Care worker (care-worker) in England in the data.\n"
    );
}

#[test]
fn ambiguous_and_unknown_roles_fail_with_candidates() {
    let (code, out, err) = carepath(&["show", "worker"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.starts_with("carepath: `worker` could mean"), "{err}");
    assert!(err.contains("  care-worker: Care worker\n"), "{err}");
    let (code, _, err) = carepath(&["show", "astronaut"]);
    assert_eq!(code, 1);
    assert!(err.contains("no role matches `astronaut`"), "{err}");
}

#[test]
fn pathways_list_and_one_pathway() {
    let (code, out, _) = carepath(&["pathways"]);
    assert_eq!(code, 0);
    assert!(out.contains("care-to-nursing: Care worker to registered nurse (4 roles)"), "{out}");
    let (code, out, _) = carepath(&["pathway", "care-to-nursing"]);
    assert_eq!(code, 0);
    assert!(out.contains("1. Care worker (care-worker)\n"), "{out}");
    assert!(
        out.contains("   Next: to Healthcare support worker by Apply directly, typical duration 3 months\n"),
        "{out}"
    );
    let p = json(&["pathway", "registered nurse"]);
    assert_eq!(p["id"], "care-to-nursing");
    assert_eq!(p["roles"].as_array().map(Vec::len), Some(4));
    assert_eq!(p["steps"].as_array().map(Vec::len), Some(3));
}

#[test]
fn validate_reports_and_exits_by_outcome() {
    let (code, out, _) = carepath(&["validate"]);
    assert_eq!(code, 0);
    // The fixture leaves Wales and Northern Ireland open for every role, on purpose: each
    // role is warned about once, naming the nations not reviewed, and the data stays valid.
    assert!(out.ends_with("7 roles, 5 qualifications, 11 steps, 1 pathways; valid, 7 warning(s)\n"), "{out}");
    assert!(
        out.contains("data.toml:46:6: warning: role `care-worker`: Wales, Northern Ireland not reviewed;"),
        "{out}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bad.toml"), "[[role]]\nid = \"x\"\ntitle = \"X\"\nsector = \"space\"\n")
        .expect("write");
    let dir_arg = dir.path().to_str().expect("utf-8 path");
    // `validate DIR` checks the folder alone, so without the fixture's --data.
    let alone = |extra: &[&str]| {
        let output = command().arg("validate").arg(dir_arg).args(extra).output().expect("runs");
        (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let (code, out) = alone(&[]);
    assert_eq!(code, 1);
    assert!(out.contains("bad.toml:1:1: error: in [[role]]: missing field `family`"), "{out}");
    let report = {
        let (_, out) = alone(&["--json"]);
        serde_json::from_str::<Value>(&out).expect("json")
    };
    assert_eq!(report["valid"], false);
    assert_eq!(report["diagnostics"][0]["line"], 1);
    let output = command().args(["validate", "/no/such/folder"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a folder"));
}

#[test]
fn broken_data_fails_before_anything_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bad.toml"), "[[role]\n").expect("write");
    let output = command().args(["--data", dir.path().to_str().expect("utf-8"), "roles"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("bad.toml:1:") && err.contains("TOML syntax"), "{err}");
}

#[test]
fn no_command_without_a_terminal_points_to_the_commands() {
    let (code, out, err) = carepath(&[]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("the interactive app needs a terminal"), "{err}");
    assert!(err.contains("carepath search QUERY"), "{err}");
}

#[test]
fn help_and_version() {
    let (code, out, _) = carepath(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Usage: carepath") && out.contains("route"), "{out}");
    let (code, out, _) = carepath(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("carepath {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_built_in_data_loads_from_any_directory() {
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let output = command().current_dir(elsewhere.path()).args(["validate"]).output().expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.lines().last().is_some_and(|l| l.starts_with("built-in data: ")), "{out}");
}

#[test]
fn level_changes_compare_like_with_like() {
    // Always on the Career Framework: a role without a level of its own is read across the
    // crosswalk, so a care worker and a healthcare support worker are at the same level.
    let next = json(&["next", "care-worker"]);
    let change = |id: &str| {
        next["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["target"]["id"] == id)
            .map(|s| s["level_change"].clone())
    };
    assert_eq!(change("senior-care-worker").map(|c| c["delta"].clone()), Some(Value::from(1)));
    assert_eq!(change("healthcare-support-worker").map(|c| c["delta"].clone()), Some(Value::from(0)));
    assert_eq!(change("healthcare-support-worker").map(|c| c["to"]["basis"].clone()), Some(Value::from("stated")));
    let hcsw = json(&["next", "hca"]);
    assert_eq!(
        hcsw["steps"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["target"]["id"] == "nursing-associate"))
            .map(|s| s["level_change"]["delta"].clone()),
        Some(Value::from(2))
    );
}

#[test]
fn completions_parse_in_bash_and_the_man_page_renders() {
    let (code, script, _) = carepath(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(script.contains("carepath") && script.contains("route"), "{script}");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("carepath.bash");
    std::fs::write(&path, &script).expect("write");
    let bash = std::process::Command::new("bash").arg("-n").arg(&path).status();
    if let Ok(status) = bash {
        assert!(status.success(), "bash -n rejects the completion script");
    }
    for shell in ["zsh", "fish", "powershell"] {
        let (code, out, _) = carepath(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(out.contains("carepath"), "{shell}");
    }
    let (code, page, _) = carepath(&["man"]);
    assert_eq!(code, 0);
    assert!(page.starts_with(".ie ") || page.contains(".TH carepath"), "{page}");
    let man = dir.path().join("carepath.1");
    std::fs::write(&man, &page).expect("write");
    // `man -l` renders the page where man is installed; its absence is not a failure here.
    if let Ok(out) = std::process::Command::new("man").arg("-l").arg(&man).env("MANPAGER", "cat").output()
        && out.status.success()
    {
        assert!(String::from_utf8_lossy(&out.stdout).contains("carepath"));
    }
}

#[test]
fn a_crash_says_what_to_report_and_where_the_details_are() {
    let output = command()
        .args(["roles"])
        .env("CAREPATH_CRASH_TEST", "1")
        .env("TMPDIR", std::env::temp_dir())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(101));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("carepath stopped because of a bug"), "{err}");
    assert!(!err.contains("stack backtrace"), "no backtrace wall: {err}");
    let path = err
        .split("The details are in ")
        .nth(1)
        .and_then(|rest| rest.split(". Please report").next())
        .expect("the report's path");
    let report = std::fs::read_to_string(path).expect("the crash log exists");
    assert!(report.contains("a crash requested by CAREPATH_CRASH_TEST"), "{report}");
    let _ = std::fs::remove_file(path);
}

fn with_config(text: &str, args: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write");
    let output = command().args(["--data", FIXTURE]).args(args).env("CAREPATH_CONFIG", &path).output().expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_config_file_sets_defaults_that_flags_override() {
    let (code, out, err) = with_config("nation = \"scotland\"\nhours = 22.5\n", &["roles"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Nation: Scotland. Pay shown for 22.5 hours a week"), "{out}");
    let (_, out, _) = with_config("nation = \"scotland\"\n", &["roles", "--nation", "wales"]);
    assert!(out.starts_with("Nation: Wales."), "{out}");
    let (code, out, _) = with_config("theme = \"monochrome\"\n", &["config"]);
    assert_eq!(code, 0);
    assert!(out.contains("(valid)") && out.contains("theme = monochrome"), "{out}");
}

#[test]
fn a_broken_config_file_stops_with_its_line_and_column() {
    let (code, out, err) = with_config("hours = 22.5\nnation = \"narnia\"\n", &["roles"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("config.toml:2:10: error: unknown nation `narnia`"), "{err}");
    let (code, _, err) = with_config("[keys.global]\nsearch = [\"hyper-x\"]\n", &["roles"]);
    assert_eq!(code, 1);
    assert!(err.contains("config.toml:1:1: error: in [keys]:"), "{err}");
    let (code, _, err) = with_config("nation = \n", &["roles"]);
    assert_eq!(code, 1);
    assert!(err.contains("config.toml:1:"), "{err}");
}

#[test]
fn the_default_config_is_printed_commented() {
    let (code, out, _) = carepath(&["config", "--default"]);
    assert_eq!(code, 0);
    assert!(out.contains("# nation = \"england\"") && out.contains("# [keys.global]"), "{out}");
}
