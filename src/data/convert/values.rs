//! The values frameworks and the crosswalk's themes: each framework's values must name
//! themes that exist, so the crosswalk never points at nothing.

use super::{
    At, Ctx, Family, Ids, RawFramework, RawTheme, Sector, clean_owned, nations, register, required_text, reviewed,
    sources, trimmed, vocab, written,
};
use crate::values::{Framework, FrameworkValue, Theme};

pub(super) fn themes_and_frameworks(
    cx: &mut Ctx<'_>,
    themes: Vec<(At, RawTheme)>,
    frameworks: Vec<(At, RawFramework)>,
) -> (Vec<Theme>, Vec<Framework>) {
    let mut theme_ids: Ids<usize> = Ids::new(&[]);
    let mut theme_list = Vec::new();
    for (file, raw) in themes {
        if register(cx, &mut theme_ids, file, written(&raw.id), "theme", theme_list.len()) {
            theme_list.push(Theme {
                id: trimmed(raw.id),
                name: required_text(cx, file, raw.name, "theme name"),
                description: clean_owned(raw.description),
            });
        }
    }
    let mut framework_ids: Ids<usize> = Ids::new(&[]);
    let mut list = Vec::new();
    for (file, raw) in frameworks {
        if !register(cx, &mut framework_ids, file, written(&raw.id), "framework", list.len()) {
            continue;
        }
        let values: Vec<FrameworkValue> = raw
            .value
            .get_ref()
            .iter()
            .map(|v| FrameworkValue {
                name: required_text(cx, file, v.name.clone(), "value name"),
                themes: v.themes.iter().filter_map(|t| theme_ids.resolve(cx, file, t, "theme")).collect(),
            })
            .collect();
        if values.is_empty() {
            cx.error(file, raw.value.span(), "a framework needs at least one `[[framework.value]]`".into());
        }
        let framework_nations = nations(cx, file, raw.nations.get_ref());
        if framework_nations.is_empty() {
            cx.error(file, raw.nations.span(), "a framework must be used in at least one nation".into());
        }
        list.push(Framework {
            id: trimmed(raw.id),
            name: required_text(cx, file, raw.name, "framework name"),
            publisher: required_text(cx, file, raw.publisher, "publisher"),
            sector: vocab(cx, file, &raw.sector, "sector", Sector::from_key, Sector::keys).unwrap_or(Sector::Both),
            nations: framework_nations,
            families: raw
                .families
                .iter()
                .filter_map(|f| vocab(cx, file, f, "family", Family::from_key, Family::keys))
                .collect(),
            applies_to: clean_owned(raw.applies_to),
            values,
            sources: sources(cx, file, raw.sources),
            reviewed: reviewed(cx, file, &raw.reviewed),
        });
    }
    (theme_list, list)
}
