//! One step between roles, and the requirements that steps and roles share.

use toml::Spanned;

use super::drafts::StepDraft;
use super::{
    At, Ctx, Ids, QualIx, RawStep, Requirement, RoleIx, RouteKind, Step, clean_owned, duration, nations, reviewed,
    sources, vocab,
};

/// `requires = [...]` (each one needed) and `requires_any = [[...], ...]` (each a choice).
pub(super) fn requirements(
    cx: &mut Ctx<'_>,
    file: At,
    each: &[Spanned<String>],
    any: &[Spanned<Vec<Spanned<String>>>],
    quals: &Ids<QualIx>,
) -> Vec<Requirement> {
    let mut out: Vec<Requirement> =
        each.iter().filter_map(|q| quals.resolve(cx, file, q, "qualification")).map(Requirement::one).collect();
    for group in any {
        if group.get_ref().len() < 2 {
            cx.error(
                file,
                group.span(),
                "a choice needs at least two qualifications; list a single one under `requires`/`required`".into(),
            );
        }
        let mut any_of: Vec<QualIx> =
            group.get_ref().iter().filter_map(|q| quals.resolve(cx, file, q, "qualification")).collect();
        any_of.dedup();
        if !any_of.is_empty() {
            out.push(Requirement { any_of });
        }
    }
    out
}

/// Everything about a step but its ends and qualifications, which wait for [`link_step`].
pub(super) fn draft_step(cx: &mut Ctx<'_>, file: At, raw: RawStep) -> StepDraft {
    StepDraft {
        nations: nations(cx, file, &raw.nations),
        route: vocab(cx, file, &raw.route, "route", RouteKind::from_key, RouteKind::keys),
        duration: duration(cx, file, raw.duration.as_ref()),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
        funding: clean_owned(raw.funding),
        note: clean_owned(raw.note),
        origin: cx.origin(file, &raw.from.span()),
        from: raw.from,
        to: raw.to,
        requires: raw.requires,
        requires_any: raw.requires_any,
        gains: raw.gains,
    }
}

/// The step, once every role and qualification id is known; `None` when an end is unknown,
/// its route unreadable, or it leads from a role to itself.
pub(super) fn link_step(
    cx: &mut Ctx<'_>,
    file: At,
    draft: StepDraft,
    roles: &Ids<RoleIx>,
    quals: &Ids<QualIx>,
) -> Option<Step> {
    let from = roles.resolve(cx, file, &draft.from, "role");
    let to = roles.resolve(cx, file, &draft.to, "role");
    let requires = requirements(cx, file, &draft.requires, &draft.requires_any, quals);
    let gains = draft.gains.iter().filter_map(|q| quals.resolve(cx, file, q, "qualification")).collect();
    let (from, to, route) = (from?, to?, draft.route?);
    if from == to {
        cx.error(
            file,
            draft.to.span(),
            format!("a step from `{}` to itself", crate::text::escape_visible(draft.from.get_ref().trim())),
        );
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
