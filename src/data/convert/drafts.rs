//! The first half of checking, done on the parsing thread as each role and step is read:
//! everything but its references to other items, which must wait until every file has
//! been read (a step may lead to a role defined in a later file). The raw item is freed
//! there and then, on the thread that made it, so a large data set's raw items are never
//! all held at once.

use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;

use super::roles::draft_role;
use super::steps::draft_step;
use super::{At, Ctx, Date, Duration, Nation, Origin, RawRole, RawStep, Role, RouteKind, Source};
use crate::data::Diagnostic;
use crate::data::diag::LineIndex;

/// Every file's roles and steps, as drafted, one list per file in file order, with the
/// ids each file's drafts refer to.
pub(in crate::data) struct Drafts {
    pub(in crate::data) roles: Vec<Vec<(At, RoleDraft)>>,
    pub(in crate::data) steps: Vec<Vec<(At, StepDraft)>>,
    pub(in crate::data) refs: Vec<Refs>,
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

/// A role's references to qualifications, as written (in its file's [`Refs`]).
pub(super) struct RoleLinks {
    pub(super) required: RefRun,
    pub(super) required_any: Vec<RefRun>,
    pub(super) desirable: RefRun,
}

/// A step checked but for its ends and qualifications (in its file's [`Refs`]).
pub(in crate::data) struct StepDraft {
    pub(super) from: RefRun,
    pub(super) to: RefRun,
    pub(super) requires: RefRun,
    pub(super) requires_any: Vec<RefRun>,
    pub(super) gains: RefRun,
    pub(super) route: Option<RouteKind>,
    pub(super) nations: Vec<Nation>,
    pub(super) duration: Option<Duration>,
    pub(super) funding: String,
    pub(super) note: String,
    pub(super) sources: Vec<Source>,
    pub(super) reviewed: Date,
    pub(super) origin: Origin,
}

/// The ids that one file's drafts refer to (step ends, qualifications), kept until every
/// file is read: one buffer for the file rather than a string for each id. Linking frees
/// them all at once, and at 10,000 roles 135,000 small strings freed together left about
/// 4 MiB of holes among the strings that stay, which the allocator could not give back.
///
/// An id met again soon after is kept once: a file's steps mostly come in runs from one
/// role, and a few qualifications are required over and over.
#[derive(Default)]
pub(in crate::data) struct Refs {
    text: String,
    all: Vec<Ref>,
    /// Where recently kept ids are in `text`, by their hash: (hash, start, end).
    recent: Vec<(u64, u32, u32)>,
}

/// Slots in [`Refs::recent`].
const RECENT: usize = 64;

/// One id as written: where it is in [`Refs::text`], and its span in its item.
struct Ref {
    start: u32,
    end: u32,
    span: (u32, u32),
}

/// A run of a file's [`Refs`], in the order written; a step's end is a run of one.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RefRun {
    first: u32,
    end: u32,
}

/// Offsets within one file: files are capped far below 4 GiB.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Refs {
    /// Keeps the ids, in order, as one run.
    pub(super) fn run(&mut self, ids: &[Spanned<String>]) -> RefRun {
        let first = narrow(self.all.len());
        for id in ids {
            let (start, end) = self.keep(id.get_ref());
            let span = id.span();
            self.all.push(Ref { start, end, span: (narrow(span.start), narrow(span.end)) });
        }
        RefRun { first, end: narrow(self.all.len()) }
    }

    /// Where `id` is in the text: where it was kept lately, or else added now.
    fn keep(&mut self, id: &str) -> (u32, u32) {
        if self.recent.is_empty() {
            self.recent = vec![(0, 0, 0); RECENT];
        }
        let hash = foldhash::quality::FixedState::default().hash_one(id);
        let slot = (hash % RECENT as u64) as usize;
        let (seen, start, end) = self.recent[slot];
        if seen == hash && self.text.get(start as usize..end as usize) == Some(id) {
            return (start, end);
        }
        let start = narrow(self.text.len());
        self.text.push_str(id);
        let end = narrow(self.text.len());
        self.recent[slot] = (hash, start, end);
        (start, end)
    }

    /// Keeps one id, as a run of one.
    pub(super) fn one(&mut self, id: &Spanned<String>) -> RefRun {
        self.run(std::slice::from_ref(id))
    }

    /// The ids of a run, as written, with their spans in their item.
    pub(super) fn ids(&self, run: RefRun) -> impl Iterator<Item = (&str, Range<usize>)> {
        let all = self.all.get(run.first as usize..run.end as usize).unwrap_or_default();
        all.iter().map(|r| {
            let text = self.text.get(r.start as usize..r.end as usize).unwrap_or_default();
            (text, r.span.0 as usize..r.span.1 as usize)
        })
    }

    /// The first id of a run (a step's end), or nothing.
    pub(super) fn first(&self, run: RefRun) -> (&str, Range<usize>) {
        self.ids(run).next().unwrap_or(("", 0..0))
    }
}

/// Drafts the roles and steps of one file, gathering what it finds wrong.
pub(in crate::data) struct Drafter<'a> {
    paths: &'a [Arc<str>],
    file: usize,
    lines: &'a LineIndex,
    today: Date,
    pub(in crate::data) diags: Vec<Diagnostic>,
    refs: Refs,
}

impl<'a> Drafter<'a> {
    pub(in crate::data) fn new(paths: &'a [Arc<str>], file: usize, lines: &'a LineIndex, today: Date) -> Drafter<'a> {
        Drafter { paths, file, lines, today, diags: Vec::new(), refs: Refs::default() }
    }

    pub(in crate::data) fn role(&mut self, at: At, raw: RawRole) -> RoleDraft {
        let (mut cx, refs) = self.parts();
        draft_role(&mut cx, refs, at, raw)
    }

    pub(in crate::data) fn step(&mut self, at: At, raw: RawStep) -> StepDraft {
        let (mut cx, refs) = self.parts();
        draft_step(&mut cx, refs, at, raw)
    }

    /// Forgets what was drafted, for a file read again whole.
    pub(in crate::data) fn restart(&mut self) {
        self.diags.clear();
        self.refs = Refs::default();
    }

    /// The ids the file's drafts refer to.
    pub(in crate::data) fn take_refs(&mut self) -> Refs {
        let mut refs = std::mem::take(&mut self.refs);
        refs.text.shrink_to_fit();
        refs.all.shrink_to_fit();
        refs.recent = Vec::new();
        refs
    }

    /// The file's line index.
    pub(in crate::data) fn lines(&self) -> &'a LineIndex {
        self.lines
    }

    fn parts(&mut self) -> (Ctx<'_>, &mut Refs) {
        let cx = Ctx {
            paths: self.paths,
            lines: std::slice::from_ref(self.lines),
            first: self.file,
            diags: &mut self.diags,
            // Drafts resolve no references, so no unknown-id error can arise here.
            report_unknown_ids: false,
            today: self.today,
        };
        (cx, &mut self.refs)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn spanned(ids: &[String]) -> Vec<Spanned<String>> {
        ids.iter().enumerate().map(|(i, id)| Spanned::new(i * 10..i * 10 + id.len(), id.clone())).collect()
    }

    #[test]
    fn an_id_met_again_is_kept_once() {
        let mut refs = Refs::default();
        let ids: Vec<String> = ["care-worker", "nurse", "care-worker", "care-worker"].map(String::from).into();
        let run = refs.run(&spanned(&ids));
        assert_eq!(refs.ids(run).map(|(id, _)| id).collect::<Vec<_>>(), ids);
        assert_eq!(refs.text, "care-workernurse");
    }

    proptest! {
        /// However ids repeat and whichever slots they share, each run gives back its
        /// ids as written, with their spans, in order.
        #[test]
        fn runs_give_back_their_ids_and_spans(lists in prop::collection::vec(
            prop::collection::vec("[a-e]{0,3}", 0..6), 0..40)) {
            let mut refs = Refs::default();
            let kept: Vec<(RefRun, Vec<Spanned<String>>)> = lists.iter().map(|ids| {
                let ids = spanned(ids);
                (refs.run(&ids), ids)
            }).collect();
            for (run, ids) in kept {
                let back: Vec<(String, Range<usize>)> = refs.ids(run).map(|(id, span)| (id.to_string(), span)).collect();
                let want: Vec<(String, Range<usize>)> = ids.iter().map(|id| (id.get_ref().clone(), id.span())).collect();
                prop_assert_eq!(back, want);
            }
        }
    }
}
