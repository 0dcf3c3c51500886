//! What fits me, pinned on the national data through the real binary: the three questions a
//! worker asks, the values frameworks in each nation, search by what you do, and the
//! command line's refusals.

mod common;

use serde_json::Value;

fn carepath(args: &[&str]) -> (i32, String, String) {
    let output = common::carepath().args(args).output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8 stdout");
    let stderr = String::from_utf8(output.stderr).expect("utf-8 stderr");
    (output.status.code().unwrap_or(-1), stdout, stderr)
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, stdout, stderr) = carepath(&all);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("valid JSON")
}

fn results(v: &Value) -> &Vec<Value> {
    v["results"].as_array().expect("results")
}

fn id(r: &Value) -> &str {
    r["role"]["id"].as_str().expect("id")
}

fn verdict<'a>(r: &'a Value, choice: &str) -> &'a str {
    let reasons = r["reasons"].as_array().expect("reasons");
    reasons.iter().find(|x| x["choice"] == choice).and_then(|x| x["verdict"].as_str()).expect("a reason")
}

#[test]
fn independence_at_home_without_nights_offers_homecare_and_reablement() {
    let v = json(&["fit", "--values", "independence-at-home", "--avoid", "nights", "--max", "200"]);
    let all = results(&v);
    let meets: Vec<&str> = all.iter().filter(|r| verdict(r, "independence-at-home") == "meets").map(id).collect();
    for expected in ["reablement-worker", "homecare-worker", "personal-assistant", "occupational-therapy-assistant"] {
        assert!(meets.contains(&expected), "{expected} helps people stay independent at home: {meets:?}");
    }
    // Nothing that involves nights ranks above a role that does not; nothing that meets the
    // wish ranks below one that does not (among roles alike on nights).
    let nights: Vec<bool> = all.iter().map(|r| verdict(r, "nights") == "involves").collect();
    assert!(nights.windows(2).all(|w| !w[0] || w[1]), "roles involving nights come last");
    let top: Vec<&Value> = all.iter().take(10).collect();
    assert!(top.iter().all(|r| verdict(r, "independence-at-home") == "meets" && verdict(r, "nights") != "involves"));
    // The reasons are words, and a role never said to be unsuitable.
    let (_, text, _) = carepath(&["fit", "--values", "independence-at-home", "--avoid", "nights"]);
    assert!(text.contains("“I want to help people stay independent at home”: helping people stay or become independent; in people's own homes"), "{text}");
    assert!(!text.to_lowercase().contains("unsuitable") && !text.contains("score:"), "{text}");
}

#[test]
fn calm_in_emergencies_and_happy_to_drive_leads_to_the_ambulance_service() {
    let v = json(&["fit", "--values", "calm-in-emergencies", "--like", "happy-to-drive", "--max", "6"]);
    let top: Vec<&str> = results(&v).iter().map(id).collect();
    for expected in ["paramedic", "emergency-care-assistant", "ambulance-technician"] {
        assert!(top[..4].contains(&expected), "{expected} in the top 4: {top:?}");
    }
    assert!(results(&v)[..4].iter().all(|r| r["role"]["family"] == "ambulance"), "{top:?}");
    assert!(results(&v)[..4].iter().all(|r| r["summary"] == "meets 2 of your 2"));
}

#[test]
fn leading_a_team_without_fees_from_care_worker_climbs_through_social_care() {
    let v = json(&["fit", "--values", "lead-a-team", "--avoid", "fees", "--from", "care-worker", "--max", "6"]);
    let top: Vec<&str> = results(&v).iter().map(id).collect();
    for expected in ["deputy-manager", "registered-manager", "team-leader"] {
        assert!(top.contains(&expected), "{expected} in the top 6: {top:?}");
    }
    for r in results(&v) {
        assert_eq!(verdict(r, "lead-a-team"), "meets");
        assert_eq!(verdict(r, "fees"), "not-mentioned", "{} has a way in without fees", id(r));
        let route = &r["best_route"];
        assert_eq!(route["roles"][0]["id"], "care-worker", "routes start where the worker is");
        assert!(route["why"].as_str().expect("why").contains("no tuition fees"), "{route}");
        assert_eq!(route["roles"].as_array().expect("roles").last().map(|x| &x["id"]), Some(&r["role"]["id"]));
    }
    // How far: the reach is in steps, never more than the best route takes.
    for r in results(&v) {
        let steps = r["reach"]["steps"].as_u64().unwrap_or(1);
        let route_steps = r["best_route"]["roles"].as_array().expect("roles").len() as u64 - 1;
        assert!(steps <= route_steps, "{}: {steps} steps at the fewest, {route_steps} on the best route", id(r));
    }
}

#[test]
fn each_nation_recruits_to_its_own_values_and_the_crosswalk_joins_the_sectors() {
    let frameworks = |nation: &str, role: &str| -> Vec<String> {
        let v = json(&["--nation", nation, "show", role]);
        v["role"]["values_frameworks"]
            .as_array()
            .expect("list")
            .iter()
            .map(|f| f.as_str().unwrap_or("").to_string())
            .collect()
    };
    let england_care = frameworks("england", "care-worker");
    assert!(england_care.iter().any(|f| f.starts_with("Care Workforce Pathway")), "{england_care:?}");
    assert!(england_care.iter().any(|f| f == "The 6Cs"), "the 6Cs are for care staff too: {england_care:?}");
    assert!(!england_care.iter().any(|f| f.starts_with("NHS Constitution")), "{england_care:?}");
    let england_hcsw = frameworks("england", "healthcare-support-worker");
    assert!(england_hcsw.iter().any(|f| f.starts_with("NHS Constitution")), "{england_hcsw:?}");
    assert!(
        !frameworks("england", "porter").iter().any(|f| f == "The 6Cs"),
        "the 6Cs are for nursing, midwifery and care staff"
    );
    assert_eq!(frameworks("scotland", "healthcare-support-worker"), ["NHSScotland shared values"]);
    assert!(frameworks("wales", "care-worker").iter().any(|f| f.starts_with("Social Care Wales")));
    assert!(frameworks("northern-ireland", "care-worker").is_empty(), "no NI framework is sourced yet");
    // Among roles that fit alike, those found in the nation come before those not recorded
    // there, which say so.
    let v = json(&["--nation", "northern-ireland", "fit", "--values", "lead-a-team", "--max", "200"]);
    let found: Vec<bool> = results(&v)
        .iter()
        .filter(|r| verdict(r, "lead-a-team") == "meets")
        .map(|r| r["role"]["presence"] == "present")
        .collect();
    assert!(found.contains(&false), "some leading roles are not recorded for Northern Ireland");
    assert!(found.windows(2).all(|w| w[0] || !w[1]), "{found:?}");
    // A care worker's compassion is what the NHS recruits for too, in each side's words.
    let v = json(&["fit", "--values", "compassion", "--max", "200"]);
    let words = |role: &str| -> String {
        let r = results(&v).iter().find(|r| id(r) == role).expect("ranked");
        r["reasons"][0]["words"].as_str().unwrap_or("").to_string()
    };
    assert!(words("care-worker").contains("“Kind, compassionate and empathetic”"), "{}", words("care-worker"));
    assert!(words("healthcare-support-worker").contains("NHS Constitution for England: NHS values: “Compassion”"));
}

#[test]
fn search_finds_roles_by_what_the_work_is_below_every_name() {
    let hits = |q: &str| -> Vec<(String, String)> {
        let v = json(&["search", q, "--limit", "30"]);
        v["hits"]
            .as_array()
            .expect("hits")
            .iter()
            .map(|h| (id(h).to_string(), h["field"].as_str().unwrap_or("").to_string()))
            .collect()
    };
    let independence = hits("independence");
    assert!(independence.iter().take(5).any(|(r, _)| r == "reablement-worker"), "{independence:?}");
    let emergencies = hits("emergencies");
    let top: Vec<&str> = emergencies.iter().take(5).map(|(r, _)| r.as_str()).collect();
    assert!(top.contains(&"paramedic") && top.contains(&"ambulance-technician"), "{top:?}");
    assert!(emergencies.iter().all(|(_, f)| ["summary", "work", "quality", "character"].contains(&f.as_str())));
    // A name still wins: "nurse associate" is the nursing associate, not a role whose work
    // mentions both words.
    assert_eq!(hits("nurse associate")[0].0, "nursing-associate");
    // "calm" is a quality employers ask for, not letters scattered through "clinical pharmacist".
    assert_eq!(hits("calm")[0].1, "quality");
    let (_, text, _) = carepath(&["search", "night shifts", "--limit", "2"]);
    assert!(text.contains("matched in what the work is like: night shifts or on call at night"), "{text}");
}

#[test]
fn fit_refuses_what_it_cannot_answer() {
    let (code, _, err) = carepath(&["fit"]);
    assert_eq!(code, 2);
    assert!(err.contains("say what matters with --values, --like or --avoid"), "{err}");
    let (code, _, err) = carepath(&["fit", "--avoid", "nigths"]);
    assert_eq!(code, 2);
    assert!(err.contains("nigths") && err.contains("nights"), "{err}");
    let (code, _, err) = carepath(&["fit", "--values", "compassion", "--from", "astronaut"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("astronaut"), "{err}");
}
