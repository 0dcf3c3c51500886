//! Sources: a URL that is a web address, what it supports, and a warning when the host is
//! not a publisher's own public page.

use toml::Spanned;

use super::{At, Ctx, RawSource, Source, clean_owned, trimmed};

pub(super) fn sources(cx: &mut Ctx<'_>, file: At, raw: Spanned<Vec<RawSource>>) -> Vec<Source> {
    if raw.get_ref().is_empty() {
        cx.error(
            file,
            raw.span(),
            "at least one source is needed: `sources = [{ url = \"https://…\", supports = \"…\" }]`".into(),
        );
    }
    raw.into_inner().into_iter().filter_map(|s| source(cx, file, s)).collect()
}

pub(super) fn source(cx: &mut Ctx<'_>, file: At, s: RawSource) -> Option<Source> {
    let url = s.url.get_ref().trim();
    if !valid_url(url) {
        cx.error(
            file,
            s.url.span(),
            format!(
                "malformed URL `{}`: expected a web address such as https://www.example.org/page",
                crate::text::escape_visible(url)
            ),
        );
        return None;
    }
    if let Some(why) = suspicious_host(url) {
        cx.warn(
            file,
            s.url.span(),
            format!("source `{}` is {why}: cite the publisher's own page", crate::text::escape_visible(url)),
        );
    }
    Some(Source { url: trimmed(s.url).into(), supports: clean_owned(s.supports).into() })
}

/// Document aggregators and mirrors seen copying publishers' pages.
const AGGREGATORS: [&str; 21] = [
    "docplayer.net",
    "pdfslide.net",
    "kipdf.com",
    "coffeewith.xyz",
    "cupdf.com",
    "documents.pub",
    "vdocuments.net",
    "vdocuments.mx",
    "dokumen.tips",
    "paperzz.com",
    "readkong.com",
    "docslib.org",
    "scribd.com",
    "studylib.net",
    "docplayer.net",
    "wixsite.com",
    "funandflip.com",
    "violetis.ai",
    "richxsearch.com",
    "ntro.it.com",
    "moulshamhigh.org",
];

/// Job boards and careers portals that re-publish other people's pages.
const JOB_BOARDS: [&str; 4] = ["jobleads.com", "nhsjobs.com", "getsmaart.com", "healthjobsuk.com"];

/// Labels of a host that mark a test or staging copy.
const STAGING: [&str; 8] = ["uat", "test", "tst", "dev", "staging", "stage", "preprod", "sandbox"];

/// Hosts that are not a publisher's own public page: test and staging copies, document
/// aggregators and mirrors, pay calculators and job boards. A fact needs its publisher.
///
/// Runs for every source of every item, so it allocates only for a host with capitals,
/// and a host the same as the last one this thread checked (sources come in runs from a
/// few publishers) is answered from that check.
pub(super) fn suspicious_host(url: &str) -> Option<&'static str> {
    thread_local! {
        static LAST: std::cell::RefCell<(String, Option<&'static str>)> =
            const { std::cell::RefCell::new((String::new(), None)) };
    }
    let host = host_of(url);
    LAST.with_borrow_mut(|(last, verdict)| {
        if host != last.as_str() {
            host.clone_into(last);
            *verdict = host_verdict(host);
        }
        *verdict
    })
}

/// What is between `://` and the path, query, fragment or port.
fn host_of(url: &str) -> &str {
    let authority = authority_of(url.split_once("://").map_or(url, |(_, r)| r));
    authority.split_once(':').map_or(authority, |(host, _)| host)
}

/// The host and any port: what comes after the scheme, up to the path, query or fragment.
fn authority_of(rest: &str) -> &str {
    let end = rest.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(rest.len());
    &rest[..end]
}

fn host_verdict(host: &str) -> Option<&'static str> {
    let lowered;
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        lowered = host.to_ascii_lowercase();
        lowered.as_str()
    } else {
        host
    };
    let is_staging = host.split('.').any(|label| STAGING.iter().any(|s| staging_label(label, s)));
    if is_staging
        || host.starts_with("production-like.")
        || host.ends_with(".nhsd.io")
        || host.ends_with(".azurewebsites.net")
    {
        return Some("on a test or staging copy of a site");
    }
    if AGGREGATORS.iter().any(|a| on_domain(host, a)) || host.starts_with("wiki.") {
        return Some("a copy on a document aggregator or mirror");
    }
    if host.contains("calculator") || host.contains("takehomepay") {
        return Some("a pay calculator, not the pay scale's publisher");
    }
    if JOB_BOARDS.iter().any(|a| on_domain(host, a)) {
        return Some("a job board or careers portal copy");
    }
    None
}

/// `uat`, `uat-x`, `x-uat`, and for `uat` alone also `uatcyan` (a letter-run suffix).
fn staging_label(label: &str, s: &str) -> bool {
    label == s
        || label.strip_prefix(s).is_some_and(|rest| {
            rest.starts_with('-') || (s == "uat" && rest.chars().all(|c| c.is_ascii_alphanumeric()))
        })
        || label.strip_suffix(s).is_some_and(|head| head.ends_with('-'))
}

/// The host is `domain` or one of its subdomains.
fn on_domain(host: &str, domain: &str) -> bool {
    host.strip_suffix(domain).is_some_and(|head| head.is_empty() || head.ends_with('.'))
}

pub(super) fn valid_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return false;
    };
    let host = authority_of(rest);
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'));
    host_ok && !url.contains(char::is_whitespace) && !crate::text::has_unsafe(url)
}

#[cfg(test)]
mod tests {
    use super::{suspicious_host, valid_url};

    #[test]
    fn suspicious_hosts_are_named() {
        assert!(suspicious_host("https://uatcyan.rcn.org.uk/x").is_some());
        assert!(suspicious_host("https://scp-public-test.aptsolutions.net/x").is_some());
        assert!(suspicious_host("https://neskmcareerframeworktst.azurewebsites.net/").is_some());
        assert!(suspicious_host("https://nhstakehomepaycalculator.co.uk/guides").is_some());
        assert!(suspicious_host("https://documents.pub/document/x").is_some());
        assert!(suspicious_host("https://www.nhsemployers.org/articles/pay-scales-202627").is_none());
        assert!(suspicious_host("https://www.sssc.uk.com/registration/").is_none());
        assert!(suspicious_host("https://www.gov.uk/national-minimum-wage-rates").is_none());
        // The same host again, after another: answered alike.
        assert!(suspicious_host("https://documents.pub/document/y").is_some());
        assert!(suspicious_host("https://documents.pub/document/z").is_some());
        assert!(suspicious_host("https://www.healthcareers.nhs.uk/explore-roles").is_none());
    }

    #[test]
    fn urls() {
        assert!(valid_url("https://www.skillsforcare.org.uk/page?x=1"));
        assert!(!valid_url("www.nhs.uk"));
        assert!(!valid_url("https://localhost/x"));
        assert!(!valid_url("https://nhs .uk"));
        assert!(!valid_url("https://www.nhs.uk/a\tb"));
        assert!(!valid_url("https://www.nhs.uk/a\u{7f}"));
        assert!(!valid_url("https://www.nhs.uk/a\u{202e}b"));
        assert!(valid_url("https://www.nhs.uk/café"));
    }
}
