//! The domain: roles, qualifications, steps between roles and curated pathways.
//!
//! Everything here is already validated and sanitised by `data`; nothing here knows about
//! the screen. Items refer to each other by typed indices into the [`Catalogue`], so a
//! filtered list is a `Vec` of indices, never a copy of the items.

mod pathway;
pub use pathway::{Branch, Pathway};

use std::fmt;

use serde::Serialize;

/// Index of a role in [`Catalogue::roles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct RoleIx(pub u32);
/// Index of a qualification in [`Catalogue::qualifications`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct QualIx(pub u32);
/// Index of a step in [`Catalogue::steps`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct StepIx(pub u32);

/// Declares a closed vocabulary: its kebab-case spelling in data files and its label for people.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal / $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The spelling used in data files and on the command line.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            /// The label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            /// Parses the data-file spelling (exact, kebab-case).
            pub fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }
            /// Every accepted spelling, for error messages and help.
            pub fn keys() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.key()).collect()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }
    };
}

mod character;
pub use character::{Character, Trait, TraitGroup};

vocabulary! {
    /// Which side of the fence a role sits on.
    Sector {
        Health = "health" / "Health",
        SocialCare = "social-care" / "Social care",
        Both = "both" / "Health and social care",
    }
}

vocabulary! {
    /// The four UK nations; health and social care are devolved.
    Nation {
        England = "england" / "England",
        Scotland = "scotland" / "Scotland",
        Wales = "wales" / "Wales",
        NorthernIreland = "northern-ireland" / "Northern Ireland",
    }
}

vocabulary! {
    /// A family of related roles, used to group and filter.
    Family {
        DirectCare = "direct-care" / "Direct care",
        ClinicalSupport = "clinical-support" / "Clinical support",
        Nursing = "nursing" / "Nursing",
        Midwifery = "midwifery" / "Midwifery",
        AlliedHealth = "allied-health" / "Allied health",
        Ambulance = "ambulance" / "Ambulance",
        Pharmacy = "pharmacy" / "Pharmacy",
        MentalHealth = "mental-health" / "Mental health",
        PrimaryCare = "primary-care" / "Primary care",
        Medical = "medical" / "Medical and medical associate",
        HealthcareScience = "healthcare-science" / "Healthcare science",
        SocialWork = "social-work" / "Social work",
        Management = "management" / "Leadership and management",
        CareCoordination = "care-coordination" / "Care coordination and navigation",
        WiderTeam = "wider-team" / "Wider healthcare team",
        Other = "other" / "Other",
    }
}

vocabulary! {
    /// Where the work happens.
    Setting {
        CareHome = "care-home" / "Care home",
        Homecare = "homecare" / "Homecare (in people's own homes)",
        SupportedLiving = "supported-living" / "Supported living",
        DayService = "day-service" / "Day service",
        SharedLives = "shared-lives" / "Shared Lives",
        Hospital = "hospital" / "Hospital",
        Community = "community" / "Community",
        GpPractice = "gp-practice" / "GP practice",
        Ambulance = "ambulance" / "Ambulance service",
        Pharmacy = "pharmacy" / "Pharmacy",
        MentalHealthService = "mental-health-service" / "Mental health service",
        LocalAuthority = "local-authority" / "Local authority",
        Hospice = "hospice" / "Hospice",
        Office = "office" / "Office or contact centre",
        Other = "other" / "Other",
    }
}

vocabulary! {
    /// A category of the Care Workforce Pathway for adult social care (England).
    CwpCategory {
        NewToCare = "new-to-care" / "New to care",
        CareOrSupportWorker = "care-or-support-worker" / "Care or support worker",
        EnhancedCareWorker = "enhanced-care-worker" / "Enhanced care worker",
        PersonalAssistant = "personal-assistant" / "Personal assistant",
        SupervisorOrLeader = "supervisor-or-leader" / "Supervisor or leader",
        PracticeLeader = "practice-leader" / "Practice leader",
        DeputyManager = "deputy-manager" / "Deputy manager",
        RegisteredManager = "registered-manager" / "Registered manager",
    }
}

vocabulary! {
    /// How a step between roles is usually made.
    RouteKind {
        InWork = "in-work" / "In-work progression",
        Apprenticeship = "apprenticeship" / "Apprenticeship",
        University = "university" / "University course",
        Accelerated = "accelerated" / "Shortened or accelerated",
        TraineePost = "trainee-post" / "Funded trainee post",
        PostRegistration = "post-registration" / "Post-registration study",
        DirectApplication = "direct-application" / "Apply directly",
    }
}

vocabulary! {
    /// What sort of qualification or standard something is.
    QualKind {
        GeneralEducation = "general-education" / "General education",
        Induction = "induction" / "Induction standard",
        Award = "award" / "Award",
        Certificate = "certificate" / "Certificate",
        Diploma = "diploma" / "Diploma",
        TLevel = "t-level" / "T Level",
        AccessCourse = "access-course" / "Access to HE course",
        FoundationDegree = "foundation-degree" / "Foundation degree",
        Degree = "degree" / "Degree",
        Postgraduate = "postgraduate" / "Postgraduate",
        Apprenticeship = "apprenticeship" / "Apprenticeship standard",
        PostRegistration = "post-registration" / "Post-registration",
        ShortCourse = "short-course" / "Short course",
        Registration = "registration" / "Registration or licence",
    }
}

pub use crate::levels::{AfcBand, BandRange};
pub use crate::pay::{Pay, PayUnit, PayYear, thousands};
pub use crate::requirements::{CountsAs, Requirement};

/// A calendar date (the day an item was last checked against its sources).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible days such as 2025-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// Today's date in UTC, from the system clock (1970-01-01 if the clock is before it).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date { year: year as u16, month: month as u8, day: day as u8 }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A typical duration as people write it ("12 weeks", "18-24 months", "3 years"), with its
/// length in months so that routes can be ranked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duration {
    pub text: String,
    pub min_months: f64,
    pub max_months: f64,
}

impl Duration {
    /// Parses `N unit` or `A-B unit` where unit is weeks, months or years (singular or plural).
    pub fn parse(text: &str) -> Option<Duration> {
        let trimmed = text.trim();
        let (amount, unit) = trimmed.rsplit_once(char::is_whitespace)?;
        let per_month = match unit.to_ascii_lowercase().trim_end_matches('s') {
            "week" => 12.0 / 52.0,
            "month" => 1.0,
            "year" => 12.0,
            _ => return None,
        };
        let amount = amount.trim();
        let (low, high) = if let Some((a, b)) = amount.split_once(['-', '–']) {
            (a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)
        } else {
            let n = amount.parse::<f64>().ok()?;
            (n, n)
        };
        let valid = low.is_finite() && high.is_finite() && low >= 0.0 && high >= low && high <= 1200.0;
        valid.then(|| Duration { text: trimmed.to_string(), min_months: low * per_month, max_months: high * per_month })
    }

    /// The midpoint, used to rank routes.
    pub fn typical_months(&self) -> f64 {
        f64::midpoint(self.min_months, self.max_months)
    }
}

/// Where a fact comes from. Every role, step and character has one or more, so both texts
/// are boxed (32 bytes a source rather than 48): they never change once loaded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub url: Box<str>,
    /// What the source supports, e.g. "pay" or "entry requirements".
    pub supports: Box<str>,
}

/// Who registers a role in one nation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Registration {
    pub nation: Nation,
    /// Regulator name, or `None` when the role is not registered in that nation.
    pub regulator: Option<String>,
}

/// The levels crosswalk for a role.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Levels {
    /// Skills for Health Career Framework level, 1-9.
    pub career_framework: Option<u8>,
    /// Care Workforce Pathway category (adult social care, England).
    pub cwp: Option<CwpCategory>,
    /// Agenda for Change band or bands.
    pub afc: Option<BandRange>,
    /// RQF level of the usual entry qualification, 0 (entry) to 8.
    pub rqf_entry: Option<u8>,
}

/// Where an item was defined, for diagnostics and for people editing data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Shared by every item of the file.
    pub path: std::sync::Arc<str>,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// A job role.
///
/// Its lists and longer texts never change once loaded, so they are boxed slices, 8 bytes
/// smaller each than a `Vec` or `String` (a role is 408 bytes rather than 528). Ids and
/// titles stay `String`s: they are handed on and compared everywhere.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub aliases: Box<[String]>,
    pub keywords: Box<[String]>,
    pub sector: Sector,
    pub family: Family,
    pub settings: Box<[Setting]>,
    pub summary: Box<str>,
    pub work: Box<str>,
    /// What the work is like and the qualities employers ask for; `None` until recorded.
    pub character: Option<Character>,
    pub entry: Box<[String]>,
    /// What someone must hold to do the job, each a choice of qualifications.
    pub required: Box<[Requirement]>,
    pub desirable: Box<[QualIx]>,
    pub registration: Box<[Registration]>,
    pub registration_note: Box<str>,
    pub levels: Levels,
    /// Pay recorded on the role, at most one figure per nation (NHS roles are paid from
    /// the scale for their band instead; see [`crate::pay::role_pay`]).
    pub pay: Box<[Pay]>,
    /// Nations where the role is found.
    pub nations: Box<[Nation]>,
    /// Nations checked and found not to have the role.
    pub absent: Box<[Nation]>,
    pub note: Box<str>,
    pub sources: Box<[Source]>,
    pub reviewed: Date,
    pub origin: Origin,
}

impl Role {
    /// The regulator in a nation, if the registration table names that nation.
    pub fn regulator_in(&self, nation: Nation) -> Option<&Registration> {
        self.registration.iter().find(|r| r.nation == nation)
    }

    /// The qualities employers ask for; empty until recorded.
    pub fn qualities(&self) -> &[String] {
        self.character.as_ref().map_or(&[], |c| c.qualities.as_slice())
    }

    /// Whether the role's recorded character includes a trait.
    pub fn has_trait(&self, t: Trait) -> bool {
        self.character.as_ref().is_some_and(|c| c.has(t))
    }
}

/// A qualification, standard or course.
#[derive(Debug, Clone, PartialEq)]
pub struct Qualification {
    pub id: String,
    pub name: String,
    pub kind: QualKind,
    /// RQF level (0 = entry level); `None` for things that are not on the RQF.
    pub level: Option<u8>,
    pub scqf: Option<u8>,
    pub duration: Option<Duration>,
    /// Apprenticeship standard reference, e.g. `ST0216`.
    pub code: Option<String>,
    /// Nations where it is offered; empty means every nation.
    pub nations: Vec<Nation>,
    /// Other qualifications it stands in place of, everywhere or in named nations.
    pub counts_as: Vec<CountsAs>,
    pub note: String,
    pub sources: Vec<Source>,
    pub reviewed: Date,
    pub origin: Origin,
}

/// A move from one role to another.
///
/// Steps are the most numerous items (three or more to a role), and never change once
/// loaded, so their lists and texts are boxed slices: 8 bytes smaller each than a `Vec` or
/// `String`, which makes a step 176 bytes rather than 224.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub from: RoleIx,
    pub to: RoleIx,
    /// Needed before the step can be taken, each a choice of qualifications.
    pub requires: Box<[Requirement]>,
    /// Gained by taking the step: the course or apprenticeship it is made by.
    pub gains: Box<[QualIx]>,
    /// The nations the step is limited to; empty means wherever both roles are found.
    pub nations: Box<[Nation]>,
    pub duration: Option<Duration>,
    pub route: RouteKind,
    pub funding: Box<str>,
    pub note: Box<str>,
    pub sources: Box<[Source]>,
    pub reviewed: Date,
    pub origin: Origin,
}

/// What the data set says about pay, nations and levels as a whole rather than about
/// one role.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// The pay year the data set is current for; older figures are labelled.
    pub pay_year: Option<PayYear>,
    pub pay_scales: Vec<crate::pay::PayScale>,
    pub pay_floors: Vec<crate::pay::PayFloor>,
    pub nation_facts: Vec<crate::nations::NationFacts>,
    pub level_rows: Vec<crate::levels::LevelRow>,
    /// The crosswalk's themes and the values frameworks that use them.
    pub themes: Vec<crate::values::Theme>,
    pub frameworks: Vec<crate::values::Framework>,
}

/// The whole, validated data set with its indexes.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub roles: Vec<Role>,
    pub qualifications: Vec<Qualification>,
    pub steps: Vec<Step>,
    pub pathways: Vec<Pathway>,
    /// Pay scales, floors, nation facts and the level crosswalk.
    pub reference: Reference,
    /// Role and qualification indices sorted by id, for lookup by binary search: the ids
    /// are not copied into a map of their own (at 100,000 roles that would be 100,000 more
    /// strings).
    role_ids: Vec<RoleIx>,
    qual_ids: Vec<QualIx>,
    /// Each role's steps out and in: the steps of role `r` are
    /// `outgoing[out_starts[r]..out_starts[r + 1]]`, one list for all roles.
    out_starts: Vec<u32>,
    outgoing: Vec<StepIx>,
    in_starts: Vec<u32>,
    incoming: Vec<StepIx>,
    /// For each qualification, the qualifications that count as it somewhere.
    stood_in_for: Vec<Vec<QualIx>>,
}

/// The items' indices in the order of a text of each (an id, a title), equal texts in the
/// items' order. Each text's [`leading_bytes`] are compared first, from a list that holds
/// them: most texts differ there, and the texts themselves (100,000 of them, scattered
/// over memory) are read only for ties.
pub fn sorted_by_text<T, I>(items: &[T], text: impl Fn(&T) -> &str, ix: impl Fn(u32) -> I) -> Vec<I> {
    let mut keyed: Vec<(u64, u32)> =
        items.iter().enumerate().map(|(i, item)| (leading_bytes(text(item)), i as u32)).collect();
    keyed.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| text(&items[a.1 as usize]).cmp(text(&items[b.1 as usize]))).then(a.1.cmp(&b.1))
    });
    keyed.into_iter().map(|(_, i)| ix(i)).collect()
}

/// A text's first eight bytes as one number, padded with zeros, for sorting large lists of
/// texts: if it orders two texts, comparing them would order them the same way (a shorter
/// text sorts first, as a prefix does); if it ties, compare the texts.
pub fn leading_bytes(text: &str) -> u64 {
    let mut bytes = [0_u8; 8];
    let head = &text.as_bytes()[..text.len().min(8)];
    bytes[..head.len()].copy_from_slice(head);
    u64::from_be_bytes(bytes)
}

/// The steps grouped by the role `end` gives, in step order within each role: the start of
/// each role's run (and one past the last), and the runs end to end.
fn by_role(roles: usize, steps: &[Step], end: impl Fn(&Step) -> RoleIx) -> (Vec<u32>, Vec<StepIx>) {
    let mut starts = vec![0_u32; roles + 1];
    for step in steps {
        starts[end(step).0 as usize + 1] += 1;
    }
    for r in 0..roles {
        starts[r + 1] += starts[r];
    }
    let mut next = starts.clone();
    let mut list = vec![StepIx(0); steps.len()];
    for (i, step) in steps.iter().enumerate() {
        let slot = &mut next[end(step).0 as usize];
        list[*slot as usize] = StepIx(i as u32);
        *slot += 1;
    }
    (starts, list)
}

impl Catalogue {
    /// Builds the indexes. `data` calls this after validation, so every index in the
    /// items is in range.
    pub fn new(
        roles: Vec<Role>,
        qualifications: Vec<Qualification>,
        steps: Vec<Step>,
        pathways: Vec<Pathway>,
    ) -> Catalogue {
        let role_ids = sorted_by_text(&roles, |r| &r.id, RoleIx);
        let qual_ids = sorted_by_text(&qualifications, |q| &q.id, QualIx);
        let (out_starts, outgoing) = by_role(roles.len(), &steps, |s| s.from);
        let (in_starts, incoming) = by_role(roles.len(), &steps, |s| s.to);
        let mut stood_in_for = vec![Vec::new(); qualifications.len()];
        for (i, q) in qualifications.iter().enumerate() {
            for c in &q.counts_as {
                if let Some(list) = stood_in_for.get_mut(c.qualification.0 as usize) {
                    list.push(QualIx(i as u32));
                }
            }
        }
        Catalogue {
            stood_in_for,
            roles,
            qualifications,
            steps,
            pathways,
            reference: Reference::default(),
            role_ids,
            qual_ids,
            out_starts,
            outgoing,
            in_starts,
            incoming,
        }
    }

    pub fn role(&self, ix: RoleIx) -> &Role {
        &self.roles[ix.0 as usize]
    }
    pub fn qualification(&self, ix: QualIx) -> &Qualification {
        &self.qualifications[ix.0 as usize]
    }
    pub fn step(&self, ix: StepIx) -> &Step {
        &self.steps[ix.0 as usize]
    }
    pub fn role_by_id(&self, id: &str) -> Option<RoleIx> {
        let found = self.role_ids.binary_search_by(|ix| self.role(*ix).id.as_str().cmp(id));
        found.ok().map(|at| self.role_ids[at])
    }
    pub fn qualification_by_id(&self, id: &str) -> Option<QualIx> {
        let found = self.qual_ids.binary_search_by(|ix| self.qualification(*ix).id.as_str().cmp(id));
        found.ok().map(|at| self.qual_ids[at])
    }
    /// A role's place on the Career Framework (see [`crate::levels`]).
    pub fn level(&self, role: RoleIx) -> Option<crate::levels::Level> {
        crate::levels::level(&self.reference.level_rows, self.role(role))
    }
    pub fn pathway_by_id(&self, id: &str) -> Option<&Pathway> {
        self.pathways.iter().find(|p| p.id == id)
    }
    /// Every role index, in data order.
    pub fn role_indices(&self) -> impl Iterator<Item = RoleIx> + '_ {
        (0..self.roles.len() as u32).map(RoleIx)
    }
    /// Qualifications that count as `q` in some nation (see [`Qualification::counts_as`]).
    pub fn stood_in_for(&self, q: QualIx) -> &[QualIx] {
        self.stood_in_for.get(q.0 as usize).map_or(&[], Vec::as_slice)
    }
    /// Steps out of a role.
    pub fn steps_from(&self, role: RoleIx) -> &[StepIx] {
        let r = role.0 as usize;
        &self.outgoing[self.out_starts[r] as usize..self.out_starts[r + 1] as usize]
    }
    /// Steps into a role.
    pub fn steps_into(&self, role: RoleIx) -> &[StepIx] {
        let r = role.0 as usize;
        &self.incoming[self.in_starts[r] as usize..self.in_starts[r + 1] as usize]
    }
    /// True when a step goes from health to social care or back (a role in both sectors
    /// crosses nothing).
    pub fn crosses_sectors(&self, step: &Step) -> bool {
        matches!(
            (self.role(step.from).sector, self.role(step.to).sector),
            (Sector::Health, Sector::SocialCare) | (Sector::SocialCare, Sector::Health)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_reject_impossible_days() {
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("2025-1-01").is_none());
        assert!(Date::parse("25-01-2025").is_none());
        assert_eq!(Date::parse("2026-11-22").map(|d| d.to_string()), Some("2026-11-22".into()));
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_782).to_string(), "2024-02-29");
        assert_eq!(Date::from_unix_days(20_788).to_string(), "2026-12-01");
    }

    #[test]
    fn durations_parse_ranges_and_units() {
        let d = Duration::parse("18-24 months").expect("range");
        assert_eq!((d.min_months, d.max_months), (18.0, 24.0));
        assert_eq!(Duration::parse("3 years").map(|d| d.typical_months()), Some(36.0));
        assert_eq!(Duration::parse("1 year").map(|d| d.typical_months()), Some(12.0));
        assert!((Duration::parse("12 weeks").expect("weeks").typical_months() - 2.769).abs() < 0.01);
        assert!(Duration::parse("a while").is_none());
        assert!(Duration::parse("24-12 months").is_none());
        assert!(Duration::parse("NaN months").is_none());
    }

    proptest::proptest! {
        /// Sorting on the leading bytes first never changes the order of sorting the texts,
        /// whatever the texts: shared prefixes, shorter texts, zero bytes, non-ASCII.
        #[test]
        fn leading_bytes_keep_the_texts_order(
            texts in proptest::collection::vec("(care-|care|\u{0}|é|[a-c]){0,5}", 0..40),
        ) {
            for a in &texts {
                for b in &texts {
                    if leading_bytes(a) < leading_bytes(b) {
                        proptest::prop_assert!(a < b, "{a:?} {b:?}");
                    }
                }
            }
            let by_id = sorted_by_text(&texts, String::as_str, |i| i as usize);
            let mut plain: Vec<usize> = (0..texts.len()).collect();
            plain.sort_by(|&a, &b| texts[a].cmp(&texts[b]));
            let ids = |order: &[usize]| order.iter().map(|&i| texts[i].clone()).collect::<Vec<_>>();
            proptest::prop_assert_eq!(ids(&by_id), ids(&plain));
        }
    }
}
