//! Pathways: the main line and its branches, each hop checked to be a step in the data.

use std::collections::HashSet;

use toml::Spanned;

use super::{At, Ctx, Ids, required_text, trimmed};
use crate::data::raw::RawPathway;
use crate::model::{Pathway, RoleIx};

pub(super) fn pathway(
    cx: &mut Ctx<'_>,
    file: At,
    raw: RawPathway,
    roles: &Ids<RoleIx>,
    linked: &HashSet<(RoleIx, RoleIx)>,
) -> Pathway {
    let name = required_text(cx, file, raw.name, "pathway name");
    let description = required_text(cx, file, raw.description, "pathway description");
    if raw.roles.get_ref().len() < 2 {
        cx.error(file, raw.roles.span(), "a pathway needs at least two roles".into());
    }
    let mut on = PathwayRoles { file, roles, linked, list: Vec::new(), hops: Vec::new() };
    on.line(cx, None, raw.roles.get_ref());
    let mut branches = Vec::new();
    for b in raw.branch {
        let branch_name = required_text(cx, file, b.name, "branch name");
        let Some(from) = on.existing(cx, &b.from, "a branch starts from a role already on the pathway") else {
            continue;
        };
        if b.roles.get_ref().is_empty() {
            cx.error(file, b.roles.span(), "a branch needs at least one role".into());
            continue;
        }
        let start = on.list.len();
        on.line(cx, Some((from, &b.from)), b.roles.get_ref());
        let branch_roles = on.list[start..].to_vec();
        let to = b.to.as_ref().and_then(|to| {
            let target = on.existing(cx, to, "a branch rejoins a role already on the pathway")?;
            let last = *branch_roles.last()?;
            on.hop(cx, last, b.roles.get_ref().last()?, target, to);
            Some(target)
        });
        branches.push(crate::model::Branch { name: branch_name, from, roles: branch_roles, to });
    }
    Pathway {
        origin: cx.origin(file, &raw.id.span()),
        id: trimmed(raw.id),
        name,
        description,
        roles: on.list,
        hops: on.hops,
        branches,
    }
}

/// The roles and hops of a pathway as they are read, main line then branches.
struct PathwayRoles<'a> {
    file: At,
    roles: &'a Ids<RoleIx>,
    linked: &'a HashSet<(RoleIx, RoleIx)>,
    list: Vec<RoleIx>,
    hops: Vec<(RoleIx, RoleIx)>,
}

impl PathwayRoles<'_> {
    /// Adds a line of new roles, each a step from the one before (the first from `from`).
    fn line(&mut self, cx: &mut Ctx<'_>, from: Option<(RoleIx, &Spanned<String>)>, ids: &[Spanned<String>]) {
        let mut prev = from;
        for id in ids {
            let Some(ix) = self.roles.resolve(cx, self.file, id, "role") else {
                prev = None;
                continue;
            };
            if self.list.contains(&ix) {
                cx.error(
                    self.file,
                    id.span(),
                    format!(
                        "role `{}` appears twice in this pathway",
                        crate::text::escape_visible(id.get_ref().trim())
                    ),
                );
                prev = None;
                continue;
            }
            if let Some((p, p_id)) = prev {
                self.hop(cx, p, p_id, ix, id);
            }
            self.list.push(ix);
            prev = Some((ix, id));
        }
    }

    /// A hop between two roles, which must be a step in the data.
    fn hop(&mut self, cx: &mut Ctx<'_>, from: RoleIx, from_id: &Spanned<String>, to: RoleIx, to_id: &Spanned<String>) {
        if self.linked.contains(&(from, to)) {
            self.hops.push((from, to));
        } else {
            cx.error(
                self.file,
                to_id.span(),
                format!(
                    "no step from `{}` to `{}`: add a [[step]] for it or change the pathway",
                    crate::text::escape_visible(from_id.get_ref().trim()),
                    crate::text::escape_visible(to_id.get_ref().trim())
                ),
            );
        }
    }

    /// A role named by a branch that must already be on the pathway.
    fn existing(&self, cx: &mut Ctx<'_>, id: &Spanned<String>, rule: &str) -> Option<RoleIx> {
        let ix = self.roles.resolve(cx, self.file, id, "role")?;
        if self.list.contains(&ix) {
            Some(ix)
        } else {
            cx.error(
                self.file,
                id.span(),
                format!("`{}` is not on this pathway yet: {rule}", crate::text::escape_visible(id.get_ref().trim())),
            );
            None
        }
    }
}
