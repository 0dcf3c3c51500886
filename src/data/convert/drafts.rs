//! The first half of checking, done on the parsing thread as each role and step is read:
//! everything but its references to other items, which must wait until every file has
//! been read (a step may lead to a role defined in a later file). The raw item is freed
//! there and then, on the thread that made it, so a large data set's raw items are never
//! all held at once.

use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;

use super::roles::draft_role;
use super::steps::draft_step;
use super::{At, Ctx, Date, Duration, Nation, Origin, RawRole, RawStep, Role, RouteKind, Source};
use crate::data::Diagnostic;
use crate::data::diag::LineIndex;

/// Every file's roles and steps, as drafted, one list per file in file order.
pub(in crate::data) struct Drafts {
    pub(in crate::data) roles: Vec<Vec<(At, RoleDraft)>>,
    pub(in crate::data) steps: Vec<Vec<(At, StepDraft)>>,
}

impl Drafts {
    /// How many roles and steps were drafted, over every file.
    pub(in crate::data) fn counts(&self) -> (usize, usize) {
        (self.roles.iter().map(Vec::len).sum(), self.steps.iter().map(Vec::len).sum())
    }
}

/// A role checked but for its qualifications.
pub(in crate::data) struct RoleDraft {
    pub(super) role: Role,
    /// Where its id was written, for duplicate and spelling errors.
    pub(super) id_span: Range<usize>,
    pub(super) links: RoleLinks,
}

/// A role's references to qualifications, as written.
pub(super) struct RoleLinks {
    pub(super) required: Vec<Spanned<String>>,
    pub(super) required_any: Vec<Spanned<Vec<Spanned<String>>>>,
    pub(super) desirable: Vec<Spanned<String>>,
}

/// A step checked but for its ends and qualifications.
pub(in crate::data) struct StepDraft {
    pub(super) from: Spanned<String>,
    pub(super) to: Spanned<String>,
    pub(super) requires: Vec<Spanned<String>>,
    pub(super) requires_any: Vec<Spanned<Vec<Spanned<String>>>>,
    pub(super) gains: Vec<Spanned<String>>,
    pub(super) route: Option<RouteKind>,
    pub(super) nations: Vec<Nation>,
    pub(super) duration: Option<Duration>,
    pub(super) funding: String,
    pub(super) note: String,
    pub(super) sources: Vec<Source>,
    pub(super) reviewed: Date,
    pub(super) origin: Origin,
}

/// Drafts the roles and steps of one file, gathering what it finds wrong.
pub(in crate::data) struct Drafter<'a> {
    paths: &'a [Arc<str>],
    file: usize,
    lines: &'a LineIndex,
    today: Date,
    pub(in crate::data) diags: Vec<Diagnostic>,
}

impl<'a> Drafter<'a> {
    pub(in crate::data) fn new(paths: &'a [Arc<str>], file: usize, lines: &'a LineIndex, today: Date) -> Drafter<'a> {
        Drafter { paths, file, lines, today, diags: Vec::new() }
    }

    pub(in crate::data) fn role(&mut self, at: At, raw: RawRole) -> RoleDraft {
        draft_role(&mut self.cx(), at, raw)
    }

    pub(in crate::data) fn step(&mut self, at: At, raw: RawStep) -> StepDraft {
        draft_step(&mut self.cx(), at, raw)
    }

    /// The file's line index.
    pub(in crate::data) fn lines(&self) -> &'a LineIndex {
        self.lines
    }

    fn cx(&mut self) -> Ctx<'_> {
        Ctx {
            paths: self.paths,
            lines: std::slice::from_ref(self.lines),
            first: self.file,
            diags: &mut self.diags,
            // Drafts resolve no references, so no unknown-id error can arise here.
            report_unknown_ids: false,
            today: self.today,
        }
    }
}
