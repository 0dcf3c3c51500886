//! One step between roles, and the requirements that steps and roles share.

use toml::Spanned;

use super::drafts::{RefRun, Refs, StepDraft};
use super::{
    At, Ctx, Ids, QualIx, RawStep, Requirement, RoleIx, RouteKind, Step, clean_owned, duration, nations, reviewed,
    sources, vocab,
};

/// `requires = [...]` (each one needed) and `requires_any = [[...], ...]` (each a choice).
pub(super) fn requirements(
    cx: &mut Ctx<'_>,
    file: At,
    refs: &Refs,
    each: RefRun,
    any: &[RefRun],
    quals: &Ids<QualIx>,
) -> Vec<Requirement> {
    let mut out: Vec<Requirement> = refs
        .ids(each)
        .filter_map(|(q, span)| quals.resolve_str(cx, file, q, span, "qualification"))
        .map(Requirement::one)
        .collect();
    for &group in any {
        let mut any_of: Vec<QualIx> =
            refs.ids(group).filter_map(|(q, span)| quals.resolve_str(cx, file, q, span, "qualification")).collect();
        any_of.dedup();
        if !any_of.is_empty() {
            out.push(Requirement { any_of });
        }
    }
    out
}

/// `requires_any`'s choices, kept for linking; a choice of fewer than two is reported now.
pub(super) fn choices(
    cx: &mut Ctx<'_>,
    file: At,
    refs: &mut Refs,
    any: &[Spanned<Vec<Spanned<String>>>],
) -> Vec<RefRun> {
    any.iter()
        .map(|group| {
            if group.get_ref().len() < 2 {
                cx.error(
                    file,
                    group.span(),
                    "a choice needs at least two qualifications; list a single one under `requires`/`required`".into(),
                );
            }
            refs.run(group.get_ref())
        })
        .collect()
}

/// Everything about a step but its ends and qualifications, which wait for [`link_step`].
pub(super) fn draft_step(cx: &mut Ctx<'_>, refs: &mut Refs, file: At, raw: RawStep) -> StepDraft {
    StepDraft {
        nations: nations(cx, file, &raw.nations),
        route: vocab(cx, file, &raw.route, "route", RouteKind::from_key, RouteKind::keys),
        duration: duration(cx, file, raw.duration.as_ref()),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
        funding: clean_owned(raw.funding),
        note: clean_owned(raw.note),
        origin: cx.origin(file, &raw.from.span()),
        from: refs.one(&raw.from),
        to: refs.one(&raw.to),
        requires: refs.run(&raw.requires),
        requires_any: choices(cx, file, refs, &raw.requires_any),
        gains: refs.run(&raw.gains),
    }
}

/// The step, once every role and qualification id is known; `None` when an end is unknown,
/// its route unreadable, or it leads from a role to itself.
pub(super) fn link_step(
    cx: &mut Ctx<'_>,
    file: At,
    draft: StepDraft,
    refs: &Refs,
    roles: &Ids<RoleIx>,
    quals: &Ids<QualIx>,
) -> Option<Step> {
    let ((from_id, from_span), (to_id, to_span)) = (refs.first(draft.from), refs.first(draft.to));
    let from = roles.resolve_str(cx, file, from_id, from_span, "role");
    let to = roles.resolve_str(cx, file, to_id, to_span.clone(), "role");
    let requires = requirements(cx, file, refs, draft.requires, &draft.requires_any, quals);
    let gains =
        refs.ids(draft.gains).filter_map(|(q, span)| quals.resolve_str(cx, file, q, span, "qualification")).collect();
    let (from, to, route) = (from?, to?, draft.route?);
    if from == to {
        cx.error(file, to_span, format!("a step from `{}` to itself", crate::text::escape_visible(from_id.trim())));
        return None;
    }
    Some(Step {
        from,
        to,
        requires: requires.into(),
        gains,
        nations: draft.nations.into(),
        duration: draft.duration,
        route,
        funding: draft.funding.into(),
        note: draft.note.into(),
        sources: draft.sources.into(),
        reviewed: draft.reviewed,
        origin: draft.origin,
    })
}
