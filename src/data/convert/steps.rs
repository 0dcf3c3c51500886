//! One step between roles, and the requirements that steps and roles share.

use toml::Spanned;

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

pub(super) fn step(cx: &mut Ctx<'_>, file: At, raw: RawStep, roles: &Ids<RoleIx>, quals: &Ids<QualIx>) -> Option<Step> {
    let from = roles.resolve(cx, file, &raw.from, "role");
    let to = roles.resolve(cx, file, &raw.to, "role");
    let requires = requirements(cx, file, &raw.requires, &raw.requires_any, quals);
    let gains = raw.gains.iter().filter_map(|q| quals.resolve(cx, file, q, "qualification")).collect();
    let step_nations = nations(cx, file, &raw.nations);
    let route = vocab(cx, file, &raw.route, "route", RouteKind::from_key, RouteKind::keys);
    let duration = duration(cx, file, raw.duration.as_ref());
    let sources = sources(cx, file, raw.sources);
    let reviewed = reviewed(cx, file, &raw.reviewed);
    let (from, to, route) = (from?, to?, route?);
    if from == to {
        cx.error(
            file,
            raw.to.span(),
            format!("a step from `{}` to itself", crate::text::escape_visible(raw.from.get_ref().trim())),
        );
        return None;
    }
    Some(Step {
        from,
        to,
        requires,
        gains,
        nations: step_nations,
        duration,
        route,
        funding: clean_owned(raw.funding),
        note: clean_owned(raw.note),
        sources,
        reviewed,
        origin: cx.origin(file, &raw.from.span()),
    })
}
