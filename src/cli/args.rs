//! The command line, as clap sees it.

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand};

use crate::model::{Family, Nation, Sector, Setting};

/// Career pathways across UK health and adult social care, as one workforce.
///
/// With no command, opens the interactive app. Every view also has a command that prints
/// plain, labelled text (or JSON with --json), for scripts and screen readers.
#[derive(Debug, Parser)]
#[command(name = "carepath", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// Load the data set from this folder instead of the built-in national set.
    #[arg(long, value_name = "DIR", global = true)]
    pub data: Option<PathBuf>,

    /// Add your own roles, steps and pathways from this folder on top of the data set
    /// (may be given more than once).
    #[arg(long = "add", value_name = "DIR", global = true)]
    pub add: Vec<PathBuf>,

    /// The nation to see everything for: which roles and steps exist, which qualifications
    /// count, registration and pay.
    /// [default: england, or the config file's]
    #[arg(long, value_name = "NATION", global = true, value_parser = PossibleValuesParser::new(Nation::keys()))]
    pub nation: Option<String>,

    /// Show pay for this many hours a week (pro rata); full time is 37.5.
    /// [default: 37.5, or the config file's]
    #[arg(long, value_name = "HOURS", global = true, value_parser = crate::lens::parse_hours)]
    pub hours: Option<f64>,

    /// Print JSON instead of text (for scripts).
    #[arg(long, global = true)]
    pub json: bool,

    /// Colour theme for the interactive app (`NO_COLOR` forces monochrome).
    /// [default: default, or the config file's]
    #[arg(long, value_name = "THEME", value_parser = PossibleValuesParser::new(crate::tui::ThemeName::NAMES))]
    pub theme: Option<String>,

    /// Open the interactive app on an adviser's session (a TOML file; see docs/sessions.md):
    /// it is saved there on request (S) and on quit when it has changed.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

const AFTER_HELP: &str = "Roles can be named by id (care-worker) or by title, fuzzily (\"nurse associate\").
Examples:
  carepath search carer
  carepath show \"care worker\"
  carepath next care-worker --have l3-diploma-in-adult-care
  carepath route care-worker registered-nurse-adult
  carepath --nation scotland route healthcare-support-worker registered-manager
  carepath compare care-worker healthcare-support-worker --hours 22.5
  carepath fit --values independence-at-home --avoid nights --from care-worker
  carepath plan --session client.toml --format html --out plan.html
  carepath validate";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find roles by title, alias or keyword, best match first.
    Search {
        /// What to look for, e.g. "hca" or "nurse associate".
        query: String,
        /// Show at most this many matches.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// List roles, optionally filtered.
    Roles(RoleFilters),
    /// Everything about one role, with its next steps and the steps into it.
    Show {
        /// Role id or title.
        role: String,
    },
    /// The next steps from a role, compared: where each leads and what it needs.
    Next {
        /// Role id or title.
        role: String,
        /// Qualifications already held (ids, comma-separated): shows what is still missing.
        #[arg(long, value_delimiter = ',', value_name = "QUAL,...")]
        have: Vec<String>,
    },
    /// Two or three roles side by side, field by field.
    Compare {
        /// Two or three role ids or titles.
        #[arg(num_args = 2..=3, required = true, value_name = "ROLE")]
        roles: Vec<String>,
    },
    /// Routes from one role to another, shortest first.
    Route {
        /// Where the person is now.
        from: String,
        /// Where they want to get to.
        to: String,
        /// Qualifications already held (ids, comma-separated).
        #[arg(long, value_delimiter = ',', value_name = "QUAL,...")]
        have: Vec<String>,
        /// Show at most this many routes.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=50))]
        max: u16,
        /// Only routes that pass through this role (id or title).
        #[arg(long, value_name = "ROLE")]
        via: Option<String>,
        /// Only routes of this kind: apprenticeship, university, in-work, or
        /// earn-while-you-learn (no tuition fees).
        #[arg(long, value_name = "KIND", value_parser = PossibleValuesParser::new(crate::routes::RouteFilter::KEYS))]
        kind: Option<String>,
    },
    /// Roles in both sectors ranked by what matters to someone, each with its reasons in
    /// words (no score); with --from, how far away each is and the best route there.
    /// `carepath values` lists every choice.
    Fit {
        /// What matters to them (comma-separated), e.g. independence-at-home,compassion.
        #[arg(long, value_delimiter = ',', value_name = "VALUE,...", value_parser = PossibleValuesParser::new(crate::fit::choices::keys_for(crate::fit::Heading::Values, crate::fit::Leaning::Like)))]
        values: Vec<String>,
        /// What interests them and what they want from the job, e.g. older-people,part-time.
        #[arg(long, value_delimiter = ',', value_name = "LIKE,...", value_parser = PossibleValuesParser::new(crate::fit::choices::likes()))]
        like: Vec<String>,
        /// What they would rather avoid, e.g. nights,driving,fees.
        #[arg(long, value_delimiter = ',', value_name = "AVOID,...", value_parser = PossibleValuesParser::new(crate::fit::choices::keys_for(crate::fit::Heading::Constraints, crate::fit::Leaning::Avoid)))]
        avoid: Vec<String>,
        /// Their current role (id or title): shows how far away each role is.
        #[arg(long, value_name = "ROLE")]
        from: Option<String>,
        /// Qualifications already held (ids, comma-separated).
        #[arg(long, value_delimiter = ',', value_name = "QUAL,...", requires = "from")]
        have: Vec<String>,
        /// Show at most this many roles.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=500))]
        max: u16,
    },
    /// The values frameworks each sector recruits to and where they meet, the vocabulary
    /// of what roles are like, and the choices `fit` understands, with sources.
    Values,
    /// A written plan for a client: from a saved session, or from one role to another.
    /// Markdown to paste into an email, or self-contained HTML to print on A4.
    Plan(PlanArgs),
    /// The curated pathways.
    Pathways,
    /// One curated pathway, role by role.
    Pathway {
        /// Pathway id or name.
        name: String,
    },
    /// List qualifications and their ids (for --have).
    Qualifications,
    /// Where the config file is, whether it is valid, or (with --default) a commented
    /// default to start from.
    Config {
        /// Print a commented default config file.
        #[arg(long)]
        default: bool,
    },
    /// Print a shell completion script: `carepath completions bash > ~/.local/share/bash-completion/completions/carepath`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the JSON Schema of the data files, for editors (see pathways/README.md).
    Schema,
    /// Print the manual page (roff): `carepath man > carepath.1; man -l carepath.1`.
    Man,
    /// Check data files and report every problem with its file, line and column.
    Validate {
        /// Folders to check together as one data set (default: the data the app would load).
        #[arg(value_name = "DIR")]
        dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct RoleFilters {
    /// Only roles in this sector.
    #[arg(long, value_parser = PossibleValuesParser::new(Sector::keys()))]
    pub sector: Option<String>,
    /// Only roles in this family.
    #[arg(long, value_parser = PossibleValuesParser::new(Family::keys()))]
    pub family: Option<String>,
    /// Only roles at this Career Framework level (1-9; read across from a band, Care
    /// Workforce Pathway category or entry qualification where a role has none of its own).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=9))]
    pub level: Option<u8>,
    /// Only roles found in this setting.
    #[arg(long, value_parser = PossibleValuesParser::new(Setting::keys()))]
    pub setting: Option<String>,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Make the plan from this session file (the nation and hours saved in it are used
    /// unless --nation or --hours are given).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["from", "to", "have"])]
    pub session: Option<PathBuf>,
    /// Where the person is now (id or title).
    #[arg(required_unless_present = "session", requires = "to")]
    pub from: Option<String>,
    /// Where they want to get to (id or title).
    pub to: Option<String>,
    /// Qualifications already held (ids, comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "QUAL,...")]
    pub have: Vec<String>,
    /// markdown (to paste into an email or case record) or html (self-contained, prints on A4).
    #[arg(long, value_name = "FORMAT", default_value = "markdown", value_parser = PossibleValuesParser::new(crate::plan::Format::KEYS))]
    pub format: String,
    /// Write the plan to this file instead of standard output. An existing file is never
    /// replaced unless --force is given.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// With --out: replace the file if it exists.
    #[arg(long, requires = "out")]
    pub force: bool,
    /// The date to print on the plan, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<crate::model::Date>,
}

fn parse_date(text: &str) -> Result<crate::model::Date, String> {
    crate::model::Date::parse(text.trim()).ok_or_else(|| "expected a day such as 2026-12-01".to_string())
}
