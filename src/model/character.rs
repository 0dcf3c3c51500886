//! What a role's work is like, in a closed vocabulary that people can choose from: who it
//! is with, where it happens, how physical it is, its hours and what it involves. Each
//! role records only the traits its sources support, so an absent trait means "not
//! recorded", never "not part of the job".

use std::fmt;

use serde::Serialize;

use super::{Date, Source};

vocabulary! {
    /// One thing a role's work is like. Grouped by [`Trait::group`].
    Trait {
        OlderPeople = "older-people" / "older people",
        Children = "children" / "children and young people",
        Families = "families" / "families and carers",
        MentalHealth = "mental-health" / "people with mental health needs",
        LearningDisability = "learning-disability" / "people with a learning disability or autistic people",
        PeopleInCrisis = "people-in-crisis" / "people in crisis or at risk",
        OwnHomes = "own-homes" / "in people's own homes",
        OnTheRoad = "on-the-road" / "travelling between places",
        Outdoors = "outdoors" / "outdoors some of the time",
        Wards = "wards" / "on hospital wards",
        Desk = "desk" / "mostly at a desk or on the phone",
        Lab = "lab" / "in a laboratory or workshop",
        Physical = "physical" / "physically demanding (on your feet, moving and handling)",
        Shifts = "shifts" / "shift work, including evenings or weekends",
        Nights = "nights" / "night shifts or on call at night",
        RegularHours = "regular-hours" / "mostly regular daytime hours",
        PartTime = "part-time" / "part-time work is common",
        LoneWorking = "lone-working" / "working alone",
        Driving = "driving" / "driving as part of the job",
        PersonalCare = "personal-care" / "personal care (washing, dressing, eating)",
        Independence = "independence" / "helping people stay or become independent",
        Clinical = "clinical" / "clinical tasks",
        Emergencies = "emergencies" / "emergencies and urgent care",
        Leading = "leading" / "leading or managing a team",
        Creative = "creative" / "creative activities",
        Practical = "practical" / "practical, hands-on work",
        Talking = "talking" / "listening and talking people through difficulties",
        Teaching = "teaching" / "teaching, training or coaching others",
        Science = "science" / "science and technology",
        Admin = "admin" / "organising, records and administration",
        Assessment = "assessment" / "assessing needs and planning care",
    }
}

vocabulary! {
    /// The headings the traits are grouped under.
    TraitGroup {
        Who = "who" / "Who the work is with",
        Where = "where" / "Where the work happens",
        Physical = "physical" / "Physical demands",
        Hours = "hours" / "Hours and ways of working",
        Tasks = "tasks" / "What the work involves",
    }
}

impl Trait {
    pub fn group(self) -> TraitGroup {
        use Trait::{
            Admin, Assessment, Children, Clinical, Creative, Desk, Driving, Emergencies, Families, Independence, Lab,
            Leading, LearningDisability, LoneWorking, MentalHealth, Nights, OlderPeople, OnTheRoad, Outdoors, OwnHomes,
            PartTime, PeopleInCrisis, PersonalCare, Physical, Practical, RegularHours, Science, Shifts, Talking,
            Teaching, Wards,
        };
        match self {
            OlderPeople | Children | Families | MentalHealth | LearningDisability | PeopleInCrisis => TraitGroup::Who,
            OwnHomes | OnTheRoad | Outdoors | Wards | Desk | Lab => TraitGroup::Where,
            Physical => TraitGroup::Physical,
            Shifts | Nights | RegularHours | PartTime | LoneWorking | Driving => TraitGroup::Hours,
            PersonalCare | Independence | Clinical | Emergencies | Leading | Creative | Practical | Talking
            | Teaching | Science | Admin | Assessment => TraitGroup::Tasks,
        }
    }
}

/// A role's character and the qualities employers ask for, with the sources that say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Character {
    pub traits: Vec<Trait>,
    /// Personal qualities, skills and values employers ask for, in the sources' words.
    pub qualities: Vec<String>,
    pub sources: Vec<Source>,
    pub reviewed: Date,
}

impl Character {
    pub fn has(&self, t: Trait) -> bool {
        self.traits.contains(&t)
    }
}
