//! What a person can say matters to them, in plain statements. Each statement is met by
//! traits from the role-character vocabulary, by a theme of the values frameworks, or (for
//! tuition fees) by the routes into a role. The list is closed so that every reason
//! carepath gives can be traced to a statement, a trait and a source.

use serde::Serialize;

use crate::model::Trait;

/// Whether a choice is something wanted or something to stay away from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Leaning {
    Like,
    Avoid,
}

/// The headings choices are offered under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Heading {
    /// Values: what a person wants their work to do, and what they bring.
    Values,
    Interests,
    /// Constraints: hours, travel, setting and cost.
    Constraints,
}

impl Heading {
    pub const ALL: [Heading; 3] = [Heading::Values, Heading::Interests, Heading::Constraints];

    pub fn label(self) -> &'static str {
        match self {
            Heading::Values => "What matters to you",
            Heading::Interests => "What interests you",
            Heading::Constraints => "What you need from the job",
        }
    }
}

/// What meets a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meets {
    /// Every trait (fully) or some of them (in part).
    Traits(&'static [Trait]),
    /// A theme of the values frameworks (an id in the data set's `[[theme]]` list).
    Theme(&'static str),
    /// A way in that charges no tuition fees.
    NoFees,
}

/// One statement a person can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The spelling on the command line (`--like`, `--avoid`, `--values`).
    pub key: &'static str,
    pub heading: Heading,
    pub leaning: Leaning,
    /// The statement as the person would say it.
    pub text: &'static str,
    pub meets: Meets,
}

use Heading::{Constraints, Interests, Values};
use Leaning::{Avoid, Like};
use Meets::{NoFees, Theme, Traits};

macro_rules! choice {
    ($key:literal, $heading:expr, $leaning:expr, $text:literal, $meets:expr) => {
        Choice { key: $key, heading: $heading, leaning: $leaning, text: $text, meets: $meets }
    };
}

/// Every statement, in the order they are offered.
pub const CHOICES: &[Choice] = &[
    choice!(
        "independence-at-home",
        Values,
        Like,
        "I want to help people stay independent at home",
        Traits(&[Trait::Independence, Trait::OwnHomes])
    ),
    choice!("everyday-care", Values, Like, "I want to help people with everyday care", Traits(&[Trait::PersonalCare])),
    choice!("calm-in-emergencies", Values, Like, "I am calm in emergencies", Traits(&[Trait::Emergencies])),
    choice!("lead-a-team", Values, Like, "I want to lead a team", Traits(&[Trait::Leading])),
    choice!(
        "through-hard-times",
        Values,
        Like,
        "I want to support people through hard times",
        Traits(&[Trait::Talking, Trait::PeopleInCrisis])
    ),
    choice!("compassion", Values, Like, "Kindness and compassion matter to me", Theme("compassion")),
    choice!("respect", Values, Like, "I treat everyone with respect and dignity", Theme("respect")),
    choice!("honesty", Values, Like, "I am honest and reliable", Theme("honesty")),
    choice!("courage", Values, Like, "I speak up when something is wrong", Theme("courage")),
    choice!("whole-person", Values, Like, "I see the whole person, not just the task", Theme("whole-person")),
    choice!("learning", Values, Like, "I like to keep learning", Theme("learning")),
    choice!("older-people", Interests, Like, "Working with older people", Traits(&[Trait::OlderPeople])),
    choice!("children", Interests, Like, "Working with children and young people", Traits(&[Trait::Children])),
    choice!("mental-health", Interests, Like, "Supporting people's mental health", Traits(&[Trait::MentalHealth])),
    choice!(
        "learning-disability",
        Interests,
        Like,
        "Supporting people with a learning disability or autistic people",
        Traits(&[Trait::LearningDisability])
    ),
    choice!("clinical", Interests, Like, "Clinical, hands-on health care", Traits(&[Trait::Clinical])),
    choice!("science", Interests, Like, "Science and technology", Traits(&[Trait::Science])),
    choice!("practical", Interests, Like, "Practical, hands-on work", Traits(&[Trait::Practical])),
    choice!("creative", Interests, Like, "Creative activities", Traits(&[Trait::Creative])),
    choice!("listening", Interests, Like, "Listening and talking with people", Traits(&[Trait::Talking])),
    choice!("teaching", Interests, Like, "Teaching and training others", Traits(&[Trait::Teaching])),
    choice!("organising", Interests, Like, "Organising and admin", Traits(&[Trait::Admin])),
    choice!("out-and-about", Interests, Like, "Being out and about, not in one building", Traits(&[Trait::OnTheRoad])),
    choice!("homecare", Constraints, Like, "Work in people's own homes", Traits(&[Trait::OwnHomes])),
    choice!("part-time", Constraints, Like, "Part-time or flexible hours", Traits(&[Trait::PartTime])),
    choice!("daytime", Constraints, Like, "Regular daytime hours", Traits(&[Trait::RegularHours])),
    choice!("happy-to-drive", Constraints, Like, "I am happy to drive for work", Traits(&[Trait::Driving])),
    choice!("nights", Constraints, Avoid, "No night shifts", Traits(&[Trait::Nights])),
    choice!("driving", Constraints, Avoid, "No driving", Traits(&[Trait::Driving])),
    choice!("lone-working", Constraints, Avoid, "No working alone", Traits(&[Trait::LoneWorking])),
    choice!("heavy-work", Constraints, Avoid, "Nothing too physically demanding", Traits(&[Trait::Physical])),
    choice!("shifts", Constraints, Avoid, "No shift work", Traits(&[Trait::Shifts])),
    choice!("fees", Constraints, Avoid, "No university fees", NoFees),
];

/// The choice with this key (exact, kebab-case).
pub fn by_key(key: &str) -> Option<&'static Choice> {
    CHOICES.iter().find(|c| c.key == key)
}

/// Every key, for error messages and completions.
pub fn keys() -> Vec<&'static str> {
    CHOICES.iter().map(|c| c.key).collect()
}

/// The keys under one heading with one leaning, for the command line.
pub fn keys_for(heading: Heading, leaning: Leaning) -> Vec<&'static str> {
    CHOICES.iter().filter(|c| c.heading == heading && c.leaning == leaning).map(|c| c.key).collect()
}

/// Interests, and what someone wants from the job: everything `--like` takes.
pub fn likes() -> Vec<&'static str> {
    CHOICES.iter().filter(|c| c.heading != Heading::Values && c.leaning == Leaning::Like).map(|c| c.key).collect()
}
