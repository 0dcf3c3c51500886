//! The data set's reference items: the current pay year, pay scales, pay floors, each
//! nation's bodies and the level crosswalk.

use std::ops::Range;

use toml::Spanned;

use super::{
    At, Ctx, CwpCategory, Date, FloorScope, Ids, LevelRow, Nation, NationFacts, PayFloor, PayScale, RawBand,
    RawDataset, RawLevel, RawNationFacts, RawPayFloor, RawPayScale, Reference, Role, RoleIx, ScaleBand, clean_owned,
    ranged, required_text, reviewed, sources, trimmed, vocab,
};

pub(super) fn reference_items(
    cx: &mut Ctx<'_>,
    datasets: &[(At, Range<usize>, RawDataset)],
    scales: Vec<(At, RawPayScale)>,
    floors: Vec<(At, RawPayFloor)>,
    facts: Vec<(At, RawNationFacts)>,
    levels: Vec<(At, RawLevel)>,
) -> Reference {
    let mut pay_year = None;
    for (i, (file, span, raw)) in datasets.iter().enumerate() {
        if i > 0 {
            let (first_file, first_span, _) = &datasets[0];
            let first = cx.place(*first_file, first_span);
            cx.error(*file, span.clone(), format!("a second [dataset] table; the first is at {first}"));
            continue;
        }
        pay_year = super::pay_year(cx, *file, &raw.pay_year);
    }
    let mut reference = Reference { pay_year, ..Reference::default() };
    for (file, raw) in scales {
        if let Some(scale) = pay_scale(cx, file, raw) {
            if let Some(other) = reference.pay_scales.iter().find(|s| s.nation == scale.nation && s.year == scale.year)
            {
                let message = format!(
                    "a second pay scale for {} {} (`{}` has it already)",
                    scale.nation.label(),
                    scale.year,
                    crate::text::escape_visible(&other.id)
                );
                cx.error(file, 0..0, message);
                continue;
            }
            reference.pay_scales.push(scale);
        }
    }
    for (file, raw) in floors {
        reference.pay_floors.extend(pay_floor(cx, file, raw));
    }
    for (file, raw) in facts {
        let span = raw.nation.span();
        if let Some(f) = nation_facts(cx, file, raw) {
            if reference.nation_facts.iter().any(|g| g.nation == f.nation) {
                cx.error(file, span, format!("a second [[nation_facts]] for {}", f.nation.label()));
                continue;
            }
            reference.nation_facts.push(f);
        }
    }
    for (file, raw) in levels {
        let span = raw.career_framework.span();
        if let Some(row) = level_row(cx, file, raw) {
            if reference.level_rows.iter().any(|r| r.career_framework == row.career_framework) {
                cx.error(
                    file,
                    span,
                    format!("a second [[level]] row for Career Framework level {}", row.career_framework),
                );
                continue;
            }
            reference.level_rows.push(row);
        }
    }
    reference.level_rows.sort_by_key(|r| r.career_framework);
    reference
}

fn nation(cx: &mut Ctx<'_>, file: At, raw: &Spanned<String>) -> Option<Nation> {
    vocab(cx, file, raw, "nation", Nation::from_key, Nation::keys)
}

fn pay_scale(cx: &mut Ctx<'_>, file: At, raw: RawPayScale) -> Option<PayScale> {
    let name = required_text(cx, file, raw.name, "pay scale name");
    let nation = nation(cx, file, &raw.nation);
    let year = super::pay_year(cx, file, &raw.year);
    let hours = *raw.hours.get_ref();
    if !(hours.is_finite() && (20.0..=48.0).contains(&hours)) {
        cx.error(file, raw.hours.span(), format!("full-time hours must be from 20 to 48 a week, not {hours}"));
    }
    let mut bands: Vec<ScaleBand> = Vec::new();
    for b in raw.bands.get_ref() {
        if let Some(band) = scale_band(cx, file, b) {
            if bands.iter().any(|x| x.band == band.band) {
                cx.error(file, b.band.span(), format!("band {} is listed twice", band.band.name()));
                continue;
            }
            bands.push(band);
        }
    }
    if bands.is_empty() {
        cx.error(file, raw.bands.span(), "a pay scale needs at least one band".into());
    }
    bands.sort_by_key(|b| b.band);
    Some(PayScale {
        id: trimmed(raw.id),
        name,
        nation: nation?,
        year: year?,
        hours,
        bands,
        note: clean_owned(raw.note),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
    })
}

fn scale_band(cx: &mut Ctx<'_>, file: At, raw: &RawBand) -> Option<ScaleBand> {
    let Some(band) = crate::levels::AfcBand::parse(raw.band.get_ref()) else {
        cx.error(
            file,
            raw.band.span(),
            format!(
                "unknown band `{}`; expected one of: {}",
                crate::text::escape_visible(raw.band.get_ref()),
                crate::levels::AfcBand::names().join(", ")
            ),
        );
        return None;
    };
    let (min, max) = (*raw.min.get_ref(), *raw.max.get_ref());
    if !(min.is_finite() && min >= 1_000.0) {
        cx.error(file, raw.min.span(), format!("band minimum must be annual pounds (1,000 or more), not {min}"));
        return None;
    }
    if !(max.is_finite() && max >= min && max <= 1_000_000.0) {
        cx.error(
            file,
            raw.max.span(),
            format!("band maximum ({max}) must be at least its minimum ({min}) and at most 1,000,000"),
        );
        return None;
    }
    Some(ScaleBand { band, min, max })
}

fn pay_floor(cx: &mut Ctx<'_>, file: At, raw: RawPayFloor) -> Option<PayFloor> {
    let name = required_text(cx, file, raw.name, "pay floor name");
    let nation = nation(cx, file, &raw.nation);
    let year = super::pay_year(cx, file, &raw.year);
    let scope = match raw.applies_to.get_ref().trim() {
        "all-workers" => Some(FloorScope::AllWorkers),
        "adult-social-care" => Some(FloorScope::AdultSocialCare),
        other => {
            cx.error(
                file,
                raw.applies_to.span(),
                format!(
                    "`applies_to` must be `all-workers` or `adult-social-care`, not `{}`",
                    crate::text::escape_visible(other)
                ),
            );
            None
        }
    };
    let hourly = *raw.hourly.get_ref();
    if !(hourly.is_finite() && hourly > 0.0 && hourly < 100.0) {
        cx.error(file, raw.hourly.span(), format!("an hourly floor must be from £0 to £100, not {hourly}"));
        return None;
    }
    let from = if let Some(d) = Date::parse(raw.from.get_ref().trim()) {
        Some(d)
    } else {
        cx.error(file, raw.from.span(), "`from` must be a date written YYYY-MM-DD".into());
        None
    };
    Some(PayFloor {
        nation: nation?,
        name,
        scope: scope?,
        year: year?,
        hourly,
        from: from?,
        note: clean_owned(raw.note),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
    })
}

fn nation_facts(cx: &mut Ctx<'_>, file: At, raw: RawNationFacts) -> Option<NationFacts> {
    let nation = nation(cx, file, &raw.nation);
    Some(NationFacts {
        nation: nation?,
        social_care_register: required_text(cx, file, raw.social_care_register, "social_care_register"),
        social_care_inspectorate: required_text(cx, file, raw.social_care_inspectorate, "social_care_inspectorate"),
        health_inspectorate: required_text(cx, file, raw.health_inspectorate, "health_inspectorate"),
        social_care_induction: required_text(cx, file, raw.social_care_induction, "social_care_induction"),
        health_support_induction: required_text(cx, file, raw.health_support_induction, "health_support_induction"),
        note: clean_owned(raw.note),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
    })
}

fn level_row(cx: &mut Ctx<'_>, file: At, raw: RawLevel) -> Option<LevelRow> {
    let cf = ranged(cx, file, Some(&raw.career_framework), 1..10, "career_framework level")?;
    let afc = raw
        .afc
        .iter()
        .filter_map(|b| {
            let parsed = crate::levels::AfcBand::parse(b.get_ref());
            if parsed.is_none() {
                cx.error(file, b.span(), format!("unknown band `{}`", crate::text::escape_visible(b.get_ref())));
            }
            parsed
        })
        .collect();
    let cwp = raw
        .cwp
        .iter()
        .filter_map(|c| vocab(cx, file, c, "Care Workforce Pathway category", CwpCategory::from_key, CwpCategory::keys))
        .collect();
    let rqf = raw.rqf.iter().filter_map(|r| ranged(cx, file, Some(r), 0..9, "RQF level")).collect();
    let scqf = raw.scqf.iter().filter_map(|r| ranged(cx, file, Some(r), 1..13, "SCQF level")).collect();
    Some(LevelRow {
        career_framework: cf,
        name: required_text(cx, file, raw.name, "level name"),
        afc,
        cwp,
        rqf,
        scqf,
        note: clean_owned(raw.note),
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
    })
}

/// Warns about role pay from a year before the data set's current pay year.
pub(super) fn stale_pay(cx: &mut Ctx<'_>, roles: &[Role], ids: &Ids<RoleIx>, current: Option<crate::pay::PayYear>) {
    let Some(current) = current else { return };
    for role in roles {
        for p in role.pay.iter().filter(|p| p.year < current) {
            if let Some((_, file, span)) = ids.map.get(&role.id) {
                let (file, span) = (*file, span.clone());
                cx.warn(
                    file,
                    span,
                    format!(
                        "role `{}`: pay for {} is from {}, before the data set's pay year {current}",
                        crate::text::escape_visible(&role.id),
                        p.nation.label(),
                        p.year
                    ),
                );
            }
        }
    }
}
