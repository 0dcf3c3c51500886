//! Answers an adviser relies on, pinned on the national data through the real binary: the
//! cases that misled in real sessions (routes, time, requirements, levels, pay, nations,
//! lookup, the printout), each with the answer it must give now; and what fits me: the three
//! questions a worker asks, the values frameworks in each nation, search by what you do, and
//! the command line's refusals.

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

fn route_ids(route: &Value) -> Vec<String> {
    route["roles"].as_array().into_iter().flatten().filter_map(|r| r["id"].as_str().map(String::from)).collect()
}

#[test]
fn homecare_to_nurse_offers_the_nursing_associate_apprenticeship_and_no_sideways_wandering() {
    let found = json(&["route", "homecare-worker", "registered-nurse-adult", "--max", "5"]);
    let routes = found["routes"].as_array().expect("routes");
    assert_eq!(routes.len(), 5);
    let via_na = routes.iter().position(|r| {
        let ids = route_ids(r);
        ids.contains(&"trainee-nursing-associate".to_string()) && ids.contains(&"nursing-associate".to_string())
    });
    let via_na = via_na.expect("a route through trainee nursing associate and nursing associate");
    assert!(via_na < 3, "the nursing associate route is #{}", via_na + 1);
    assert_eq!(routes[via_na]["charges_fees"], false, "it is earn-while-you-learn");
    for r in routes {
        assert!(r["sideways"].as_u64() <= Some(1), "{:?} takes more than one sideways move", route_ids(r));
    }
    // Real alternatives: a university route and an apprenticeship route are both offered.
    assert!(routes.iter().any(|r| r["charges_fees"] == true));
    assert!(routes.iter().any(|r| r["charges_fees"] == false));
}

#[test]
fn a_support_worker_can_reach_management_through_social_care() {
    let found = json(&["route", "healthcare-support-worker", "registered-manager", "--max", "5"]);
    let routes = found["routes"].as_array().expect("routes");
    assert!(
        routes.iter().any(|r| {
            let ids = route_ids(r);
            ids.contains(&"senior-care-worker".to_string())
                && ids.contains(&"deputy-manager".to_string())
                && !ids.iter().any(|id| id.starts_with("registered-nurse"))
        }),
        "no route through senior care work and deputy management: {:?}",
        routes.iter().map(route_ids).collect::<Vec<_>>()
    );
}

#[test]
fn scotland_gets_scottish_qualifications_and_sssc_registration() {
    let (code, out, err) =
        carepath(&["--nation", "scotland", "route", "healthcare-support-worker", "registered-manager"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Nation: Scotland."), "{out}");
    let first = out.split("\nRoute 2:").next().unwrap_or_default();
    assert!(first.contains("Healthcare support worker to Senior care worker"), "{first}");
    assert!(first.contains("SVQ Care Services Leadership and Management at SCQF level 10"), "{first}");
    assert!(first.contains("registers with SSSC in Scotland"), "{first}");
    assert!(!first.contains("Level 5 Diploma"), "an English diploma in a Scottish route:\n{first}");
    // England's degree apprenticeship cannot be taken in Scotland.
    let next = json(&["--nation", "scotland", "next", "healthcare-support-worker"]);
    let rnda = next["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["target"]["id"] == "registered-nurse-adult" && s["route"] == "apprenticeship")
        .expect("the RNDA step is still listed");
    assert_eq!(rnda["available"]["kind"], "course-elsewhere");
    assert_eq!(rnda["open_now"], false);
}

#[test]
fn time_is_counted_once() {
    // Trainee nursing associate to nursing associate is the 24-month apprenticeship; getting
    // the trainee post is an application, not another two years.
    let found = json(&["route", "senior-care-worker", "nursing-associate", "--max", "3"]);
    let routes = found["routes"].as_array().expect("routes");
    let via_trainee = routes
        .iter()
        .find(|r| route_ids(r).contains(&"trainee-nursing-associate".to_string()))
        .expect("the trainee route");
    let months = via_trainee["months"].as_f64().expect("months");
    assert!(months <= 30.0, "the trainee route takes {months} months");
}

#[test]
fn functional_skills_meet_a_gcse_requirement() {
    let (code, out, _) =
        carepath(&["next", "senior-care-worker", "--have", "functional-skills-english-l2,functional-skills-maths-l2"]);
    assert_eq!(code, 0);
    let trainee = out.split("\n\n").find(|b| b.contains("(trainee-nursing-associate)")).expect("the trainee step");
    assert!(trainee.contains("   Still missing: none\n   Open now: yes"), "{trainee}");
    assert!(!out.contains("Still missing: GCSE English and maths"), "{out}");
}

#[test]
fn levels_are_on_one_named_scale_everywhere() {
    let (_, out, _) = carepath(&["next", "homecare-worker"]);
    let hcsw = out.split("\n\n").find(|b| b.contains("(healthcare-support-worker)")).expect("the HCSW step");
    assert!(hcsw.contains("Level change: Career Framework 2, same level"), "{hcsw}");
    let next = json(&["next", "care-worker"]);
    let rn = next["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["target"]["id"] == "registered-nurse-adult")
        .expect("care worker to RN");
    assert_eq!(rn["level_change"]["scale"], "Career Framework");
    assert_eq!(
        (rn["level_change"]["from"]["level"].as_u64(), rn["level_change"]["to"]["level"].as_u64()),
        (Some(2), Some(5))
    );
    // A nurse who becomes a deputy manager is not shown stepping down.
    let deputy = json(&["show", "deputy-manager"]);
    assert_eq!(deputy["role"]["levels"]["level"]["level"], 5);
}

#[test]
fn compare_puts_pay_on_one_basis_and_pro_rata() {
    let (code, out, _) = carepath(&["compare", "care-worker", "healthcare-support-worker"]);
    assert_eq!(code, 0);
    assert!(out.contains("Annual pay, full time (37.5 hours a week): differs\n  Care worker: £24,853 a year\n  Healthcare support worker: £25,272 a year\n"), "{out}");
    assert!(out.contains("Annual pay compared with Care worker: differs\n  Care worker: (the first role)\n  Healthcare support worker: +£419 a year"), "{out}");
    assert!(out.contains("Hourly rate: differs\n  Care worker: £12.71 an hour"), "{out}");
    let (_, part, _) = carepath(&["compare", "care-worker", "healthcare-support-worker", "--hours", "22.5"]);
    assert!(part.contains("Annual pay at 22.5 hours a week: differs\n  Care worker: £14,912 a year\n  Healthcare support worker: £15,163 a year\n"), "{part}");
    let (code, _, err) = carepath(&["compare", "care-worker", "hca", "--hours", "0"]);
    assert_eq!(code, 2);
    assert!(err.contains("hours a week must be more than 0"), "{err}");
}

#[test]
fn a_pay_floor_is_never_passed_off_as_a_survey_figure() {
    // The care worker's December 2025 median is below the April 2026 National Living Wage:
    // the route shows the floor and says where the figure came from.
    let (code, out, _) = carepath(&["route", "care-worker", "registered-nurse-adult", "--max", "1"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Pay as Care worker: £12.71 an hour; £24,853 a year — the National Living Wage (aged 21 and over), 2026/27; the 2025/26 figure was £12.60 an hour\n"),
        "{out}"
    );
    // No survey figure for Scotland: the floor is a minimum, and says so.
    let (_, scot, _) =
        carepath(&["--nation", "scotland", "route", "senior-care-worker", "deputy-manager", "--max", "1"]);
    assert!(
        scot.contains("Pay as Senior care worker: £12.71 an hour; £24,853 a year — at least: no survey figure here"),
        "{scot}"
    );
}

#[test]
fn nation_is_context_for_every_view() {
    // Nursing associates are reviewed and absent in Scotland: not listed there.
    let roles = json(&["--nation", "scotland", "roles"]);
    let ids: Vec<&str> = roles["roles"].as_array().into_iter().flatten().filter_map(|r| r["id"].as_str()).collect();
    assert!(!ids.contains(&"nursing-associate"));
    assert!(ids.contains(&"healthcare-support-worker"));
    // Scottish pay comes from Scotland's own scale.
    let hcsw = json(&["--nation", "scotland", "show", "healthcare-support-worker"]);
    assert_eq!(hcsw["role"]["pay"]["nation"], "scotland");
    assert_eq!(hcsw["role"]["pay"]["year"], "2026/27");
    assert_eq!(hcsw["role"]["pay"]["full_time_hours"], 36.0);
    // A role nobody has checked for a nation is "not recorded", never "does not exist".
    let (_, out, _) = carepath(&["--nation", "northern-ireland", "compare", "porter", "care-worker"]);
    assert!(!out.contains("not found in this nation"), "{out}");
}

#[test]
fn lookup_never_guesses_wrong() {
    let (code, out, err) = carepath(&["show", "astronaut"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty());
    assert!(!err.contains("Lead practitioner") || err.contains("nearest"), "{err}");
    let (code, _, err) = carepath(&["show", "nurse"]);
    assert_eq!(code, 1);
    assert!(err.contains("registered-nurse-adult"), "{err}");
}

#[test]
fn the_printout_keeps_funding_and_notes() {
    let (_, out, _) = carepath(&["route", "care-worker", "registered-nurse-adult"]);
    assert!(out.contains("    Funding: "), "{out}");
    let (_, out, _) = carepath(&["pathway", "care-worker-to-registered-nurse"]);
    assert!(out.contains("     Funding: "), "{out}");
    assert!(out.contains("     Note: "), "{out}");
}

// --- What fits me ---------------------------------------------------------------------

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

#[test]
fn a_pay_year_older_than_the_data_sets_is_labelled_in_each_nation() {
    // Northern Ireland has no confirmed 2026/27 Agenda for Change award (pay-scales.toml):
    // its 2025/26 scale is shown, and marked older, never passed off as this year's.
    let (code, ni, _) = carepath(&["--nation", "northern-ireland", "show", "registered-nurse-adult"]);
    assert_eq!(code, 0);
    assert!(
        ni.contains("Pay: £31,049-£37,796 a year (Agenda for Change band 5, Northern Ireland, 2025/26 (older than the current pay year))"),
        "{ni}"
    );
    let (_, england, _) = carepath(&["show", "registered-nurse-adult"]);
    let pay = england.lines().find(|l| l.starts_with("Pay:")).expect("a pay line");
    assert!(pay.contains("2026/27") && !pay.contains("older"), "{pay}");
}
