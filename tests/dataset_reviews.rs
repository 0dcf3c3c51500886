//! The nations reviews and the spot checks of the national data set: each decision or fix
//! pinned by name, with the publisher it came from, and ratchets that may only fall.

use carepath::data::load_embedded;
use carepath::model::{Catalogue, Nation, Trait};

fn catalogue() -> Catalogue {
    load_embedded().expect("the embedded data set loads")
}

/// The second nations review (November 2026), each decision from a publisher in that nation.
#[test]
fn nations_review_decisions_hold() {
    let cat = catalogue();
    let role = |id: &str| cat.role(cat.role_by_id(id).unwrap_or_else(|| panic!("role `{id}`")));
    // NHS England programmes and England's Care Workforce Pathway have no counterpart posts.
    for id in ["mental-health-wellbeing-practitioner", "trainee-mental-health-wellbeing-practitioner"] {
        for nation in [Nation::Scotland, Nation::Wales, Nation::NorthernIreland] {
            assert!(role(id).absent.contains(&nation), "`{id}` is an NHS England role, absent in {nation}");
        }
    }
    for nation in [Nation::Scotland, Nation::Wales, Nation::NorthernIreland] {
        assert!(role("enhanced-care-worker").absent.contains(&nation), "CWP category absent in {nation}");
    }
    // Housing support worker is Scotland's SSSC register part, not a role in Wales or NI.
    for nation in [Nation::Wales, Nation::NorthernIreland] {
        assert!(role("housing-support-worker").absent.contains(&nation), "{nation}");
    }
    // Present, with the nation's own source: NIAS's emergency medical dispatchers, NI's
    // maternity support worker standards, Social Care Wales's social services practitioner.
    assert!(role("emergency-medical-dispatcher").nations.contains(&Nation::NorthernIreland));
    assert!(role("maternity-support-worker").nations.contains(&Nation::NorthernIreland));
    assert!(role("social-care-assessor").nations.contains(&Nation::Wales));
    assert!(role("phlebotomist").nations.contains(&Nation::Scotland));
    // Continuing healthcare assessment has no national framework in NI.
    assert!(role("chc-nurse-assessor").absent.contains(&Nation::NorthernIreland));
}

/// A ratchet on roles whose nation has not been reviewed yet: it may only fall.
#[test]
fn roles_reviewed_in_the_second_pass_keep_their_answers() {
    let cat = catalogue();
    let role = |id: &str| cat.role(cat.role_by_id(id).expect(id));
    // Northern Ireland: nidirect's careers page on hospital domestic services.
    assert!(role("domestic-assistant").nations.contains(&Nation::NorthernIreland));
    // Wales: the Welsh Ambulance Service's own page names its emergency medical dispatchers.
    assert!(role("emergency-medical-dispatcher").nations.contains(&Nation::Wales));
    // Scotland: care law there has no nominated individual (England's CQC regulations do).
    assert!(role("nominated-individual").absent.contains(&Nation::Scotland));
    // Wales trains its non-registered ambulance clinician as an EMT, not as an AAP.
    assert!(role("associate-ambulance-practitioner").absent.contains(&Nation::Wales));
    assert!(role("ambulance-technician").nations.contains(&Nation::Wales));
    // A role checked only against a missing apprenticeship pathway is not called absent.
    assert!(!role("lead-practitioner-adult-care").absent.contains(&Nation::Wales));
}

/// The third nations review (November 2026): each decision from a publisher in that nation.
#[test]
fn third_nations_review_decisions_hold() {
    let cat = catalogue();
    let role = |id: &str| cat.role(cat.role_by_id(id).expect(id));
    // Northern Ireland: HSC trusts' own pages (South Eastern, Southern) and nidirect.
    for id in [
        "occupational-therapy-assistant",
        "speech-and-language-therapy-assistant",
        "audiologist",
        "cardiac-physiologist",
    ] {
        assert!(role(id).nations.contains(&Nation::NorthernIreland), "{id} in Northern Ireland");
    }
    // Wales: health boards' own pages (Cardiff and Vale, Swansea Bay).
    for id in ["peer-support-worker", "estates-tradesperson", "estates-officer"] {
        assert!(role(id).nations.contains(&Nation::Wales), "{id} in Wales");
    }
    // Scotland: a council's own assessment page.
    assert!(role("social-care-assessor").nations.contains(&Nation::Scotland));
    // The general practice assistant is a programme of England's primary care networks.
    for nation in [Nation::Scotland, Nation::NorthernIreland] {
        assert!(role("general-practice-assistant").absent.contains(&nation), "{nation}");
    }
}

/// Fixes from the third spot check of 30 facts drawn at random (seed 20261201).
#[test]
fn spot_check_fixes_hold() {
    let cat = catalogue();
    let id = |id: &str| cat.role_by_id(id).expect(id);
    let qual = |q: &str| cat.qualification_by_id(q).expect(q);
    // The ECA course is the ambulance trust's training after appointment, not an entry
    // requirement: steps into the role gain it.
    let eca = id("emergency-care-assistant");
    let course = qual("eca-training-course");
    let into: Vec<_> = cat.steps_into(eca).iter().map(|&s| cat.step(s)).collect();
    assert!(!into.is_empty());
    for step in &into {
        assert!(!step.requires.iter().any(|r| r.any_of.contains(&course)), "a step into ECA requires the course");
    }
    assert!(into.iter().any(|s| s.gains.contains(&course)));
    // Adult apprentices have not needed English and maths qualifications since February 2025.
    let vision = id("vision-rehabilitation-specialist");
    assert!(cat.steps_into(vision).iter().all(|&s| cat.step(s).requires.is_empty()));
    // GPhC registers in Great Britain; Northern Ireland has the PSNI.
    let gphc = cat.qualification(qual("gphc-registration"));
    assert_eq!(gphc.nations, vec![Nation::England, Nation::Scotland, Nation::Wales]);
    // Northern Ireland's adult safeguarding is the HSC trusts', with its own source there.
    let safeguarding = cat.role(id("adult-safeguarding-practitioner"));
    assert!(safeguarding.sources.iter().any(|s| s.url.contains("hscni.net")));
    assert!(!safeguarding.title.contains("local authority"), "not a council role in Northern Ireland");
    // ST0215's current version, and four-year physiotherapy degrees in Scotland.
    assert_eq!(
        cat.qualification(qual("assistant-practitioner-apprenticeship")).name,
        "Assistant practitioner (health) apprenticeship (Level 5)"
    );
    assert!(cat.qualification(qual("bsc-physiotherapy")).note.contains("Scotland"));
    // Notes no longer contradict the nations recorded: presence is shown from the data.
    for r in &cat.roles {
        for stale in ["Listed for England only", "so they are not recorded", "is not recorded:"] {
            assert!(!r.note.contains(stale), "{}: `{stale}` in its note", r.id);
        }
    }
}

/// The fourth nations review (November 2026): each decision from a body of that nation.
#[test]
fn fourth_nations_review_decisions_hold() {
    let cat = catalogue();
    let role = |id: &str| cat.role(cat.role_by_id(id).expect(id));
    // Scotland: a council's assessment page and the Joint Improvement Team's reablement teams.
    for id in ["community-care-officer", "reablement-officer", "homecare-coordinator"] {
        assert!(role(id).nations.contains(&Nation::Scotland), "{id} in Scotland");
    }
    // The Scottish Ambulance Service trains ambulance technicians, not AAPs (as in Wales).
    assert!(role("associate-ambulance-practitioner").absent.contains(&Nation::Scotland));
    // Housing support worker is a part of Scotland's register, so it is absent in England.
    assert!(role("housing-support-worker").absent.contains(&Nation::England));
    // Wales: a council, Dementia UK with a health board, HEIW's pharmacy education, and the
    // North Wales regional partnership board.
    for id in
        ["carers-support-worker", "admiral-nurse", "accuracy-checking-pharmacy-technician", "employment-support-worker"]
    {
        assert!(role(id).nations.contains(&Nation::Wales), "{id} in Wales");
    }
    // Characters sourced in the same pass, from NHS Scotland careers, HEE, NES and Careers Wales.
    let has = |id: &str, t: Trait| role(id).character.as_ref().is_some_and(|c| c.has(t));
    assert!(has("consultant", Trait::Leading) && has("consultant", Trait::Clinical));
    assert!(has("advanced-clinical-practitioner", Trait::Assessment));
    assert!(has("gp-receptionist", Trait::Desk) && has("reablement-officer", Trait::OwnHomes));
    let acpt = role("accuracy-checking-pharmacy-technician");
    let wales = acpt.registration.iter().find(|r| r.nation == Nation::Wales).expect("a Welsh registration");
    assert_eq!(wales.regulator.as_deref(), Some("GPhC"));
}

#[test]
fn roles_not_reviewed_per_nation_only_fall() {
    let cat = catalogue();
    let not_reviewed = |nation: Nation| {
        cat.roles.iter().filter(|r| !r.nations.contains(&nation) && !r.absent.contains(&nation)).count()
    };
    for (nation, most) in
        [(Nation::England, 0), (Nation::Scotland, 18), (Nation::Wales, 24), (Nation::NorthernIreland, 50)]
    {
        let n = not_reviewed(nation);
        assert!(n <= most, "{n} roles not reviewed for {nation} (at most {most})");
    }
}
