//! One role: its texts, vocabularies, requirements, nations, registration, levels and pay.

use toml::Spanned;

use super::drafts::{Refs, RoleDraft, RoleLinks};
use super::steps::{choices, requirements};
use super::{
    AfcBand, At, BandRange, Character, Ctx, CwpCategory, Family, Ids, Levels, Nation, Pay, PayUnit, QualIx,
    RawCharacter, RawLevels, RawPay, RawRegistration, RawRole, Registration, Role, Sector, Setting, Trait, clean_all,
    clean_owned, closest, nations, pay_year, ranged, required_text, reviewed, source, sources, trimmed, vocab,
};

/// Everything about a role but its qualifications, which wait for [`link_role`].
pub(super) fn draft_role(cx: &mut Ctx<'_>, refs: &mut Refs, file: At, mut raw: RawRole) -> RoleDraft {
    let title = required_text(cx, file, raw.title, "title");
    let summary = required_text(cx, file, raw.summary, "summary");
    let sector = vocab(cx, file, &raw.sector, "sector", Sector::from_key, Sector::keys);
    let family = vocab(cx, file, &raw.family, "family", Family::from_key, Family::keys);
    let settings: Box<[Setting]> =
        raw.settings.iter().filter_map(|s| vocab(cx, file, s, "setting", Setting::from_key, Setting::keys)).collect();
    let role_nations = nations(cx, file, raw.nations.get_ref());
    if role_nations.is_empty() {
        cx.error(file, raw.nations.span(), "a role must exist in at least one nation".into());
    }
    let absent = nations(cx, file, &raw.absent);
    for n in &raw.absent {
        if Nation::from_key(n.get_ref().trim()).is_some_and(|n| role_nations.contains(&n)) {
            cx.error(file, n.span(), format!("`{}` is listed both in `nations` and in `absent`", n.get_ref().trim()));
        }
    }
    unreviewed_nations(cx, file, &raw.id, &role_nations, &absent);
    let mut pay_list: Vec<Pay> = Vec::new();
    for p in raw.pay {
        let span = p.span();
        if let Some(parsed) = pay(cx, file, p.into_inner()) {
            if pay_list.iter().any(|q| q.nation == parsed.nation) {
                cx.error(file, span, format!("two pay figures for {}: give one per nation", parsed.nation.label()));
                continue;
            }
            pay_list.push(parsed);
        }
    }
    let (registration, registration_note) = registration(raw.registration.take());
    let character = character(cx, file, &raw.id, raw.character.take());
    let origin = cx.origin(file, &raw.id.span());
    let id_span = raw.id.span();
    let links = RoleLinks {
        required: refs.run(&raw.required),
        required_any: choices(cx, file, refs, &raw.required_any),
        desirable: refs.run(&raw.desirable),
    };
    let role = Role {
        id: trimmed(raw.id),
        title,
        aliases: clean_all(raw.aliases).into(),
        keywords: clean_all(raw.keywords).into(),
        sector: sector.unwrap_or(Sector::Both),
        family: family.unwrap_or(Family::Other),
        settings,
        summary: summary.into(),
        work: clean_owned(raw.work).into(),
        character,
        entry: clean_all(raw.entry).into(),
        required: Box::default(),
        desirable: Box::default(),
        registration: registration.into(),
        registration_note: registration_note.into(),
        levels: levels(cx, file, raw.levels.as_ref()),
        pay: pay_list.into(),
        nations: role_nations.into(),
        absent: absent.into(),
        note: clean_owned(raw.note).into(),
        sources: sources(cx, file, raw.sources).into(),
        reviewed: reviewed(cx, file, &raw.reviewed),
        origin,
    };
    RoleDraft { role, id_span, links }
}

/// The role's qualifications, once every qualification id is known.
pub(super) fn link_role(cx: &mut Ctx<'_>, file: At, draft: RoleDraft, refs: &Refs, quals: &Ids<QualIx>) -> Role {
    let RoleDraft { mut role, links, .. } = draft;
    role.required = requirements(cx, file, refs, links.required, &links.required_any, quals).into();
    role.desirable = refs
        .ids(links.desirable)
        .filter_map(|(q, span)| quals.resolve_str(cx, file, q, span, "qualification"))
        .collect();
    role
}

/// A nation in neither `nations` nor `absent` has not been checked: an adviser in that
/// nation would read silence as "not here", so the data says which nations are still open.
fn unreviewed_nations(cx: &mut Ctx<'_>, file: At, id: &Spanned<String>, present: &[Nation], absent: &[Nation]) {
    let open: Vec<&str> =
        Nation::ALL.iter().filter(|n| !present.contains(n) && !absent.contains(n)).map(|n| n.label()).collect();
    if open.is_empty() || present.is_empty() {
        return;
    }
    cx.warn(
        file,
        id.span(),
        format!(
            "role `{}`: {} not reviewed; list each nation under `nations` (where the role is found) or `absent`, with a source",
            crate::text::escape_visible(id.get_ref().trim()),
            open.join(", ")
        ),
    );
}

/// The role's character; a role without one is warned about, since "what fits me" and
/// search by what you do cannot find it.
fn character(cx: &mut Ctx<'_>, file: At, id: &Spanned<String>, raw: Option<RawCharacter>) -> Option<Character> {
    let Some(raw) = raw else {
        cx.warn(
            file,
            id.span(),
            format!(
                "role `{}` has no [role.character]: what fits me and search by what you do cannot find it",
                crate::text::escape_visible(id.get_ref().trim())
            ),
        );
        return None;
    };
    let mut traits = Vec::new();
    for t in &raw.traits {
        let Some(parsed) = vocab(cx, file, t, "trait", Trait::from_key, Trait::keys) else { continue };
        if traits.contains(&parsed) {
            cx.error(file, t.span(), format!("trait `{}` is listed twice", parsed.key()));
            continue;
        }
        traits.push(parsed);
    }
    let qualities = clean_all(raw.qualities);
    if raw.traits.is_empty() && qualities.is_empty() {
        cx.error(file, raw.sources.span(), "[role.character] needs `traits` or `qualities` (or leave it out)".into());
    }
    Some(Character {
        traits,
        qualities,
        sources: sources(cx, file, raw.sources),
        reviewed: reviewed(cx, file, &raw.reviewed),
    })
}

fn registration(raw: Option<RawRegistration>) -> (Vec<Registration>, String) {
    let Some(raw) = raw else { return (Vec::new(), String::new()) };
    let entries = [
        (Nation::England, raw.england),
        (Nation::Scotland, raw.scotland),
        (Nation::Wales, raw.wales),
        (Nation::NorthernIreland, raw.northern_ireland),
    ];
    let list = entries
        .into_iter()
        .filter_map(|(nation, value)| {
            let text = clean_owned(value?.into_inner());
            let regulator = (!text.is_empty() && !text.eq_ignore_ascii_case("none")).then_some(text);
            Some(Registration { nation, regulator })
        })
        .collect();
    (list, clean_owned(raw.note))
}

fn levels(cx: &mut Ctx<'_>, file: At, raw: Option<&RawLevels>) -> Levels {
    let Some(raw) = raw else { return Levels::default() };
    let afc = raw.afc.as_ref().and_then(|value| {
        let text = value.get_ref().trim();
        let (low, high) = text.split_once('-').unwrap_or((text, text));
        match (AfcBand::parse(low), AfcBand::parse(high)) {
            (Some(low), Some(high)) if low <= high => Some(BandRange { low, high }),
            _ => {
                cx.error(
                    file,
                    value.span(),
                    format!(
                        "AfC band `{}` must be a band ({}) or a rising range such as \"5-6\"",
                        crate::text::escape_visible(text),
                        AfcBand::names().join(", ")
                    ),
                );
                None
            }
        }
    });
    Levels {
        career_framework: ranged(cx, file, raw.career_framework.as_ref(), 1..10, "career_framework level"),
        cwp: raw.cwp.as_ref().and_then(|c| {
            vocab(cx, file, c, "Care Workforce Pathway category", CwpCategory::from_key, CwpCategory::keys)
        }),
        afc,
        rqf_entry: ranged(cx, file, raw.rqf_entry.as_ref(), 0..9, "rqf_entry level"),
    }
}

fn pay(cx: &mut Ctx<'_>, file: At, p: RawPay) -> Option<Pay> {
    let unit = match p.unit.get_ref().trim() {
        "hour" => PayUnit::Hour,
        "year" => PayUnit::Year,
        other => {
            let hint = closest(other, ["hour", "year"]).map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default();
            cx.error(
                file,
                p.unit.span(),
                format!("pay unit `{}` must be `hour` or `year`{hint}", crate::text::escape_visible(other)),
            );
            return None;
        }
    };
    let (min, max) = (*p.min.get_ref(), *p.max.get_ref());
    let mut ok = true;
    if !(min.is_finite() && min > 0.0) {
        cx.error(file, p.min.span(), format!("pay min must be a positive amount in pounds, not {min}"));
        ok = false;
    } else if !(max.is_finite() && max >= min) {
        cx.error(file, p.max.span(), format!("pay max ({max}) must be at least pay min ({min})"));
        ok = false;
    } else if unit == PayUnit::Hour && max > 500.0 {
        cx.error(file, p.unit.span(), format!("£{max} an hour looks like annual pay: set unit = \"year\""));
        ok = false;
    } else if unit == PayUnit::Year && max > 1_000_000.0 {
        cx.error(file, p.max.span(), format!("£{max} a year is out of range: annual pay must be at most £1,000,000"));
        ok = false;
    } else if unit == PayUnit::Year && min < 1_000.0 {
        cx.error(file, p.unit.span(), format!("£{min} a year looks like hourly pay: set unit = \"hour\""));
        ok = false;
    }
    let basis = required_text(cx, file, p.basis, "pay basis");
    let year = pay_year(cx, file, &p.year);
    let nation = vocab(cx, file, &p.nation, "nation", Nation::from_key, Nation::keys);
    let sources = p.sources.into_iter().filter_map(|s| source(cx, file, s)).collect();
    Some(Pay { nation: nation?, min, max, unit, basis, year: year?, sources }).filter(|_| ok)
}
