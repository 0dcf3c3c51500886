//! Synthetic data sets of any size, valid by construction and the same on every run, so
//! that speed figures at organisation scale (10,000 and 100,000 roles) can be reproduced:
//! `cargo run --release --example gen-data -- N DIR` writes one to a folder, and the
//! benchmarks load the same files from memory. Not part of the public API.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::data::SourceFile;
use crate::model::Trait;

/// Roles (and their outgoing steps) per file: large enough to be few files at 100,000
/// roles, small enough that each stays far below the loader's size limit.
pub const ROLES_PER_FILE: usize = 1_000;

/// Steps out of each role when none is asked for.
pub const STEPS_PER_ROLE: usize = 3;

/// A fixed date in the past, so no "reviewed in the future" warning can appear.
const REVIEWED: &str = "2026-01-15";

/// `roles` roles with [`STEPS_PER_ROLE`] steps out of each, as files relative to a data
/// folder: `qualifications/synthetic.toml`, `roles/roles-NNNN.toml`, `steps/steps-NNNN.toml`.
pub fn dataset(roles: usize) -> Vec<SourceFile> {
    dataset_with(roles, STEPS_PER_ROLE)
}

/// As [`dataset`], with `steps_per_role` steps out of each role (fewer when there are too
/// few other roles to step to).
pub fn dataset_with(roles: usize, steps_per_role: usize) -> Vec<SourceFile> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let specs: Vec<RoleSpec> = role_specs(roles, &mut rng);
    let mut files = vec![SourceFile { path: "qualifications/synthetic.toml".into(), text: qualifications() }];
    for (n, chunk) in specs.chunks(ROLES_PER_FILE).enumerate() {
        let mut text = String::with_capacity(chunk.len() * 1_600);
        for spec in chunk {
            write_role(&mut text, spec, &mut rng);
        }
        files.push(SourceFile { path: format!("roles/roles-{:04}.toml", n + 1), text });
    }
    // Roles by Career Framework level, 1 to 9 at indices 0 to 8.
    let mut by_level = vec![Vec::new(); 9];
    for (ix, spec) in specs.iter().enumerate() {
        by_level[usize::from(spec.level - 1)].push(ix);
    }
    for (n, start) in (0..specs.len()).step_by(ROLES_PER_FILE).enumerate() {
        let end = (start + ROLES_PER_FILE).min(specs.len());
        let mut text = String::with_capacity((end - start) * steps_per_role * 400);
        for from in start..end {
            write_steps(&mut text, &specs, &by_level, from, steps_per_role, &mut rng);
        }
        files.push(SourceFile { path: format!("steps/steps-{:04}.toml", n + 1), text });
    }
    files
}

/// Misspells the role that `count` of the steps lead to (spread evenly over the files), as
/// a hand-edited file would: a letter dropped, doubled, swapped or wrong. For measuring
/// "did you mean" at scale; every misspelling is an error.
pub fn misspell_steps(files: &mut [SourceFile], count: usize) {
    let total: usize = files.iter().map(|f| f.text.matches("\nto = \"").count()).sum();
    if count == 0 || total == 0 {
        return;
    }
    let every = (total / count.min(total)).max(1);
    let (mut seen, mut done) = (0, 0);
    for file in files.iter_mut().filter(|f| f.path.starts_with("steps/")) {
        let mut text = String::with_capacity(file.text.len());
        for line in file.text.split_inclusive('\n') {
            match line.strip_prefix("to = \"").and_then(|l| l.strip_suffix("\"\n")) {
                Some(id) if done < count => {
                    seen += 1;
                    if seen % every == 0 {
                        let _ = writeln!(text, "to = \"{}\"", typo(id, done));
                        done += 1;
                        continue;
                    }
                    text.push_str(line);
                }
                _ => text.push_str(line),
            }
        }
        file.text = text;
    }
}

/// The role ids of a generated set, sorted.
pub fn role_ids(files: &[SourceFile]) -> Vec<&str> {
    let mut ids: Vec<&str> = files
        .iter()
        .filter(|f| f.path.starts_with("roles/"))
        .flat_map(|f| f.text.lines())
        .filter_map(|l| l.strip_prefix("id = \"")?.strip_suffix('"'))
        .collect();
    ids.sort_unstable();
    ids
}

/// The `n`th kind of slip (a letter dropped, doubled, swapped or wrong) somewhere inside
/// `id`, always leaving a different id.
pub fn typo(id: &str, n: usize) -> String {
    let mut chars: Vec<char> = id.chars().collect();
    if chars.len() < 2 {
        return format!("{id}q");
    }
    let at = 1 + (n * 7) % chars.len().saturating_sub(2).max(1);
    let at = at.min(chars.len() - 1);
    match n % 4 {
        0 => drop(chars.remove(at)),
        1 => chars.insert(at, chars[at]),
        2 if chars[at - 1] != chars[at] => chars.swap(at - 1, at),
        _ => chars[at] = if chars[at] == 'q' { 'z' } else { 'q' },
    }
    chars.into_iter().collect()
}

/// xorshift64*: tiny, fast and fixed forever, so a data set of a given size never changes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// What kind of job a title names: its family, sector, usual Career Framework level and the
/// traits its work usually has.
struct Job {
    noun: &'static str,
    short: &'static str,
    family: &'static str,
    sector: &'static str,
    level: u8,
    setting: &'static str,
    traits: &'static [&'static str],
    regulator: Option<&'static str>,
}

/// A [`Job`] in one line of the table below.
macro_rules! job {
    ($noun:literal, $short:literal, $family:literal, $sector:literal, $level:literal, $setting:literal,
     [$($t:literal),*], $regulator:expr) => {
        Job {
            noun: $noun,
            short: $short,
            family: $family,
            sector: $sector,
            level: $level,
            setting: $setting,
            traits: &[$($t),*],
            regulator: $regulator,
        }
    };
}

const JOBS: [Job; 24] = [
    job!("Nurse", "RN", "nursing", "health", 5, "hospital", ["clinical", "shifts", "wards"], Some("NMC")),
    job!("Care Worker", "Carer", "direct-care", "social-care", 2, "care-home", ["personal-care", "shifts"], None),
    job!("Support Worker", "SW", "direct-care", "social-care", 2, "supported-living", ["independence"], None),
    job!("Healthcare Assistant", "HCA", "clinical-support", "health", 2, "hospital", ["wards", "physical"], None),
    job!("Assistant Practitioner", "AP", "clinical-support", "health", 4, "hospital", ["clinical"], None),
    job!("Physiotherapist", "Physio", "allied-health", "health", 5, "community", ["practical"], Some("HCPC")),
    job!("Occupational Therapist", "OT", "allied-health", "both", 5, "community", ["independence"], Some("HCPC")),
    job!("Social Worker", "SW", "social-work", "social-care", 6, "local-authority", ["assessment"], Some("SWE")),
    job!("Care Coordinator", "Coordinator", "care-coordination", "both", 4, "office", ["admin", "desk"], None),
    job!("Team Leader", "TL", "management", "both", 5, "community", ["leading"], None),
    job!("Service Manager", "Manager", "management", "both", 7, "office", ["leading", "admin"], None),
    job!("Administrator", "Admin", "wider-team", "both", 3, "office", ["admin", "regular-hours"], None),
    job!("Pharmacist", "Pharm", "pharmacy", "health", 6, "pharmacy", ["science", "clinical"], Some("GPhC")),
    job!("Pharmacy Technician", "PT", "pharmacy", "health", 4, "pharmacy", ["science"], Some("GPhC")),
    job!("Paramedic", "Para", "ambulance", "health", 6, "ambulance", ["emergencies", "driving"], Some("HCPC")),
    job!("Midwife", "MW", "midwifery", "health", 5, "hospital", ["families", "clinical"], Some("NMC")),
    job!("Healthcare Scientist", "HCS", "healthcare-science", "health", 6, "hospital", ["lab", "science"], None),
    job!("Activities Coordinator", "Activities", "direct-care", "social-care", 3, "care-home", ["creative"], None),
    job!("Personal Assistant", "PA", "direct-care", "social-care", 2, "homecare", ["own-homes"], None),
    job!("Care Navigator", "Navigator", "care-coordination", "both", 3, "gp-practice", ["talking"], None),
    job!("Practice Educator", "Educator", "other", "both", 6, "community", ["teaching"], None),
    job!("Reablement Worker", "Reablement", "direct-care", "social-care", 3, "homecare", ["own-homes"], None),
    job!("Mental Health Practitioner", "MHP", "mental-health", "health", 5, "mental-health-service", ["talking"], None),
    job!("Receptionist", "Reception", "primary-care", "health", 2, "gp-practice", ["desk", "admin"], None),
];

/// Grades, with what each adds to the usual level.
const GRADES: [(&str, i8); 10] = [
    ("", 0),
    ("Senior ", 1),
    ("Lead ", 2),
    ("Trainee ", -1),
    ("Principal ", 2),
    ("Junior ", -1),
    ("Advanced ", 2),
    ("Deputy ", 1),
    ("Specialist ", 1),
    ("Band 5 ", 0),
];

/// Specialties, with a trait each tends to bring.
const SPECIALTIES: [(&str, &str); 40] = [
    ("Community", "own-homes"),
    ("Mental Health", "mental-health"),
    ("Stroke", "physical"),
    ("Dementia", "older-people"),
    ("Learning Disability", "learning-disability"),
    ("Paediatric", "children"),
    ("Neonatal", "children"),
    ("Renal", "clinical"),
    ("Respiratory", "clinical"),
    ("Diabetes", "teaching"),
    ("Cardiac", "clinical"),
    ("Palliative Care", "families"),
    ("Rehabilitation", "independence"),
    ("Orthopaedic", "physical"),
    ("Theatre", "shifts"),
    ("Emergency", "emergencies"),
    ("Maternity", "families"),
    ("Frailty", "older-people"),
    ("Reablement", "independence"),
    ("Homecare", "own-homes"),
    ("Night", "nights"),
    ("Discharge", "assessment"),
    ("Memory", "older-people"),
    ("Tissue Viability", "clinical"),
    ("Continence", "personal-care"),
    ("Falls", "assessment"),
    ("Infection Prevention", "science"),
    ("Safeguarding", "people-in-crisis"),
    ("Intermediate Care", "independence"),
    ("Outpatient", "regular-hours"),
    ("Crisis", "people-in-crisis"),
    ("Perinatal", "families"),
    ("Forensic", "mental-health"),
    ("Substance Misuse", "people-in-crisis"),
    ("Sexual Health", "talking"),
    ("Haematology", "lab"),
    ("Oncology", "clinical"),
    ("Endoscopy", "clinical"),
    ("Virtual Ward", "desk"),
    ("Hospital at Home", "on-the-road"),
];

/// Localities: an organisation's roles are often named per site or team.
const PLACES: [&str; 30] = [
    "Northfield",
    "Riverside",
    "Eastgate",
    "Westbrook",
    "Southmead",
    "Hillcrest",
    "Meadowvale",
    "Kingsway",
    "Abbeyfield",
    "Ashford",
    "Brookside",
    "Castleton",
    "Elmwood",
    "Fairview",
    "Greenhill",
    "Harbourside",
    "Lakeside",
    "Millbrook",
    "Oakley",
    "Parkside",
    "Queensway",
    "Redbridge",
    "Stonebridge",
    "Thornbury",
    "Upton",
    "Valley",
    "Willowdale",
    "Yardley",
    "Bramley",
    "Cedar Court",
];

const QUALITIES: [&str; 12] = [
    "patience",
    "kindness",
    "good communication skills",
    "teamwork",
    "resilience",
    "attention to detail",
    "problem solving",
    "compassion",
    "leadership",
    "organisation",
    "flexibility",
    "listening skills",
];

/// Qualifications steps require and gain: (id, name, kind, RQF level).
const QUALIFICATIONS: [(&str, &str, &str, u8); 12] = [
    ("syn-care-certificate", "Care Certificate", "induction", 2),
    ("syn-l2-diploma-care", "Level 2 Diploma in Care", "diploma", 2),
    ("syn-l3-diploma-care", "Level 3 Diploma in Adult Care", "diploma", 3),
    ("syn-l4-certificate-leadership", "Level 4 Certificate in Leadership", "certificate", 4),
    ("syn-l5-diploma-management", "Level 5 Diploma in Leadership and Management", "diploma", 5),
    ("syn-fd-health", "Foundation Degree in Health and Social Care", "foundation-degree", 5),
    ("syn-bsc-nursing", "BSc Nursing", "degree", 6),
    ("syn-bsc-allied-health", "BSc in an Allied Health Profession", "degree", 6),
    ("syn-msc-advanced-practice", "MSc Advanced Clinical Practice", "postgraduate", 7),
    ("syn-nursing-associate-apprenticeship", "Nursing Associate Apprenticeship", "apprenticeship", 5),
    ("syn-medicines-course", "Safe Handling of Medicines", "short-course", 3),
    ("syn-mentor-course", "Practice Supervisor and Assessor", "short-course", 6),
];

struct RoleSpec {
    id: String,
    title: String,
    job: &'static Job,
    grade: usize,
    specialty: usize,
    place: usize,
    level: u8,
    sector: &'static str,
}

fn role_specs(roles: usize, rng: &mut Rng) -> Vec<RoleSpec> {
    let mut seen = HashSet::with_capacity(roles);
    (0..roles)
        .map(|_| {
            let job = rng.pick(&JOBS);
            let grade = rng.below(GRADES.len());
            let specialty = rng.below(SPECIALTIES.len());
            let place = rng.below(PLACES.len());
            let base = format!("{}{} {}, {}", GRADES[grade].0, SPECIALTIES[specialty].0, job.noun, PLACES[place]);
            let stem = slug(&base);
            // Titles repeat across sites at this scale; a numbered team keeps each role apart.
            let (id, title) = if seen.contains(&stem) {
                let mut n = 2;
                while seen.contains(&format!("{stem}-{n}")) {
                    n += 1;
                }
                (format!("{stem}-{n}"), format!("{base} Team {n}"))
            } else {
                (stem, base)
            };
            seen.insert(id.clone());
            let level = (i16::from(job.level) + i16::from(GRADES[grade].1)).clamp(1, 9) as u8;
            // Some roles work across health and social care whatever their usual sector.
            let sector = if rng.chance(8) { "both" } else { job.sector };
            RoleSpec { id, title, job, grade, specialty, place, level, sector }
        })
        .collect()
}

fn slug(title: &str) -> String {
    title
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn qualifications() -> String {
    let mut out = String::from("# Synthetic qualifications: generated by `cargo run --example gen-data`.\n\n");
    for (id, name, kind, level) in QUALIFICATIONS {
        let _ = write!(
            out,
            "[[qualification]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"{kind}\"\nlevel = {level}\n\
             reviewed = \"{REVIEWED}\"\nsources = [{{ url = \"https://www.example.org/qualifications/{id}\", \
             supports = \"synthetic qualification\" }}]\n\n"
        );
    }
    out
}

fn write_role(out: &mut String, spec: &RoleSpec, rng: &mut Rng) {
    let job = spec.job;
    let (grade, _) = GRADES[spec.grade];
    let (specialty, specialty_trait) = SPECIALTIES[spec.specialty];
    let place = PLACES[spec.place];
    // Every nation is reviewed, as the national set's are, so a generated set is clean.
    let nations = if rng.chance(15) {
        "[\"england\", \"wales\"]\nabsent = [\"scotland\", \"northern-ireland\"]"
    } else {
        "[\"england\"]\nabsent = [\"scotland\", \"wales\", \"northern-ireland\"]"
    };
    let _ = write!(
        out,
        "[[role]]\nid = \"{id}\"\ntitle = \"{title}\"\n\
         aliases = [\"{grade}{specialty} {short}\", \"{specialty} {noun}\", \"{noun} ({place})\"]\n\
         keywords = [\"{kw_specialty}\", \"{kw_place} team\"]\n\
         sector = \"{sector}\"\nfamily = \"{family}\"\nsettings = [\"{setting}\"]\n\
         summary = \"A {lower_noun} in the {place} {specialty} service.\"\n\
         nations = {nations}\nreviewed = \"{REVIEWED}\"\n",
        id = spec.id,
        title = spec.title,
        short = job.short,
        noun = job.noun,
        lower_noun = job.noun.to_ascii_lowercase(),
        kw_specialty = specialty.to_ascii_lowercase(),
        kw_place = place.to_ascii_lowercase(),
        sector = spec.sector,
        family = job.family,
        setting = job.setting,
    );
    if rng.chance(30) {
        let (id, ..) = QUALIFICATIONS[rng.below(QUALIFICATIONS.len())];
        let _ = writeln!(out, "desirable = [\"{id}\"]");
    }
    let _ = write!(
        out,
        "sources = [{{ url = \"https://www.example.org/roles/{}\", supports = \"synthetic role\" }}]\n\n",
        spec.id
    );
    let mut traits: Vec<&str> = job.traits.to_vec();
    for t in [specialty_trait, Trait::ALL[rng.below(Trait::ALL.len())].key()] {
        if !traits.contains(&t) {
            traits.push(t);
        }
    }
    let traits: Vec<String> = traits.iter().map(|t| format!("\"{t}\"")).collect();
    let _ = write!(
        out,
        "[role.character]\ntraits = [{}]\nqualities = [\"{}\", \"{}\"]\nreviewed = \"{REVIEWED}\"\n\
         sources = [{{ url = \"https://www.example.org/roles/{}/character\", supports = \"synthetic traits\" }}]\n\n",
        traits.join(", "),
        rng.pick(&QUALITIES),
        rng.pick(&QUALITIES),
        spec.id,
    );
    let _ = write!(out, "[role.levels]\ncareer_framework = {}\n\n", spec.level);
    if let Some(regulator) = job.regulator {
        let _ = write!(out, "[role.registration]\nengland = \"{regulator}\"\n\n");
    }
}

/// Steps out of role `from`, each to a different role: the first ones a level up where
/// there is such a role, the last anywhere (often across sectors), so both progression and
/// side moves appear.
fn write_steps(
    out: &mut String,
    specs: &[RoleSpec],
    by_level: &[Vec<usize>],
    from: usize,
    count: usize,
    rng: &mut Rng,
) {
    let count = count.min(specs.len().saturating_sub(1));
    let up = &by_level[usize::from(specs[from].level.min(8))];
    let mut targets: Vec<usize> = Vec::with_capacity(count);
    let mut tries = 0;
    while targets.len() < count {
        tries += 1;
        let to = if targets.len() + 1 < count && tries < 16 && !up.is_empty() {
            *rng.pick(up)
        } else {
            rng.below(specs.len())
        };
        if to != from && !targets.contains(&to) {
            targets.push(to);
        }
    }
    for to in targets {
        let route = *rng.pick(&["in-work", "apprenticeship", "university", "post-registration", "direct-application"]);
        let (requires, ..) = *rng.pick(&QUALIFICATIONS);
        let _ = write!(
            out,
            "[[step]]\nfrom = \"{}\"\nto = \"{}\"\nroute = \"{route}\"\nduration = \"{} months\"\n\
             requires = [\"{requires}\"]\nreviewed = \"{REVIEWED}\"\n\
             sources = [{{ url = \"https://www.example.org/steps/{from}-{to}\", supports = \"synthetic step\" }}]\n\n",
            specs[from].id,
            specs[to].id,
            1 + rng.below(36),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{dataset, misspell_steps};
    use crate::data::validate_files;

    #[test]
    fn a_generated_set_is_valid_without_warnings_and_the_same_every_time() {
        let files = dataset(2_500);
        assert_eq!(files.len(), 1 + 3 + 3, "qualifications, then 1,000 roles and their steps per file");
        let report = validate_files(files.clone(), Vec::new());
        assert!(report.diagnostics.is_empty(), "{:#?}", &report.diagnostics[..report.diagnostics.len().min(5)]);
        let catalogue = report.catalogue.expect("valid");
        assert_eq!((catalogue.roles.len(), catalogue.steps.len()), (2_500, 7_500));
        let searchable: usize = catalogue.roles.iter().map(|r| 1 + r.aliases.len() + r.keywords.len()).sum();
        assert_eq!(searchable / catalogue.roles.len(), 6);
        assert!(catalogue.roles.iter().all(|r| r.character.as_ref().is_some_and(|c| !c.traits.is_empty())));
        let sectors = |ix: crate::model::RoleIx| catalogue.roles[ix.0 as usize].sector;
        assert!(catalogue.steps.iter().any(|s| sectors(s.from) != sectors(s.to)), "some steps cross sectors");
        assert_eq!(
            dataset(2_500).iter().map(|f| &f.text).collect::<Vec<_>>(),
            files.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn each_misspelling_is_one_error_with_a_suggestion() {
        let mut files = dataset(1_200);
        misspell_steps(&mut files, 100);
        let report = validate_files(files, Vec::new());
        assert_eq!(report.errors(), 100);
        assert!(report.diagnostics.iter().all(|d| d.to_string().contains("did you mean")));
    }
}
