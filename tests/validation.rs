//! One fixture per kind of data error, each asserting the message and where it points.

use std::fs;

use carepath::data::{Diagnostic, Layer, SourceFile, validate, validate_files};

const SRC: &str =
    "sources = [{ url = \"https://example.org/page\", supports = \"test\" }]\nreviewed = \"2026-01-01\"\n";

fn role(id: &str) -> String {
    format!(
        "[[role]]\nid = \"{id}\"\ntitle = \"Role {id}\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\nabsent = [\"scotland\", \"wales\", \"northern-ireland\"]\n{SRC}\n[role.character]\ntraits = [\"clinical\"]\n{SRC}\n"
    )
}

/// Two roles joined both ways, so nothing is an orphan; `extra` is appended.
fn base(extra: &str) -> String {
    format!(
        "{}{}[[step]]\nfrom = \"a\"\nto = \"b\"\nroute = \"in-work\"\n{SRC}\n[[step]]\nfrom = \"b\"\nto = \"a\"\nroute = \"in-work\"\n{SRC}\n{extra}",
        role("a"),
        role("b")
    )
}

fn errors(text: &str) -> Vec<Diagnostic> {
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text: text.into() }], Vec::new());
    report.diagnostics.into_iter().filter(carepath::data::Diagnostic::is_error).collect()
}

/// The single error a fixture produces, with its line and column.
fn only_error(text: &str) -> (usize, usize, String) {
    let errs = errors(text);
    assert_eq!(errs.len(), 1, "expected one error, got: {errs:#?}");
    (errs[0].line, errs[0].column, errs[0].message.clone())
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("needle in fixture") + 1
}

#[test]
fn the_base_fixture_is_valid() {
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text: base("") }], Vec::new());
    assert!(report.catalogue.is_some(), "{:#?}", report.diagnostics);
    assert!(report.diagnostics.is_empty());
}

#[test]
fn toml_syntax() {
    let text = base("[[role]]\nid = \"c\"\ntitle = \"unterminated\n");
    let errs = errors(&text);
    assert!(!errs.is_empty());
    assert_eq!(errs[0].line, line_of(&text, "unterminated"));
    assert!(errs[0].message.starts_with("TOML syntax:"), "{}", errs[0].message);
}

#[test]
fn missing_required_field() {
    let text = base(
        "[[role]]\nid = \"c\"\ntitle = \"C\"\nsector = \"health\"\nfamily = \"nursing\"\nnations = [\"england\"]\n",
    );
    let errs = errors(&text);
    assert!(errs.iter().any(|e| e.message.contains("missing field `summary`")), "{errs:#?}");
    assert!(errs.iter().all(|e| e.line >= line_of(&text, "id = \"c\"") - 1));
}

#[test]
fn wrong_type() {
    let text = base("").replacen("summary = \"s\"", "summary = 42", 1);
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "summary = 42"), 11));
    assert!(message.contains("invalid type: integer `42`, expected a string"), "{message}");
}

#[test]
fn unknown_key() {
    let text = base("").replacen("summary = \"s\"", "summary = \"s\"\nsumary = \"typo\"", 1);
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "sumary"), 1));
    assert!(message.contains("unknown field `sumary`"), "{message}");
}

#[test]
fn unknown_top_level_table() {
    let text = base("[[steps]]\nfrom = \"a\"\n");
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "[[steps]]"), 3));
    assert!(message.contains("unknown key `steps`") && message.contains("did you mean `[[step]]`?"), "{message}");
}

#[test]
fn duplicate_ids_name_both_places() {
    let text = base(&role("a"));
    let (line, column, message) = only_error(&text);
    assert_eq!(line, text.lines().enumerate().filter(|(_, l)| *l == "id = \"a\"").nth(1).map_or(0, |(i, _)| i + 1));
    assert_eq!(column, 6);
    assert_eq!(message, "duplicate role id `a`; first defined at f.toml:2:6");
}

#[test]
fn duplicate_ids_across_files() {
    let files = vec![
        SourceFile { path: "one.toml".into(), text: base("") },
        SourceFile { path: "two.toml".into(), text: role("b") },
    ];
    let report = validate_files(files, Vec::new());
    let errs: Vec<_> = report.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].to_string(), "two.toml:2:6: error: duplicate role id `b`; first defined at one.toml:18:6");
}

#[test]
fn duplicate_ids_across_added_layers() {
    let national = tempfile::tempdir().expect("tempdir");
    let ours = tempfile::tempdir().expect("tempdir");
    fs::write(national.path().join("roles.toml"), base("")).expect("write");
    fs::write(ours.path().join("ours.toml"), role("a")).expect("write");
    let report = validate(&[Layer::Dir(national.path().into()), Layer::Dir(ours.path().into())]);
    let err = report.diagnostics.iter().find(|d| d.is_error()).expect("an error");
    assert!(err.path.ends_with("ours.toml"), "{err}");
    assert!(err.message.starts_with("duplicate role id `a`; first defined at "), "{err}");
    assert!(err.message.contains("roles.toml:2:6"), "{err}");
}

#[test]
fn an_added_layer_may_refer_to_the_base() {
    let national = tempfile::tempdir().expect("tempdir");
    let ours = tempfile::tempdir().expect("tempdir");
    fs::write(national.path().join("roles.toml"), base("")).expect("write");
    let local = format!("{}[[step]]\nfrom = \"a\"\nto = \"ours\"\nroute = \"in-work\"\n{SRC}", role("ours"));
    fs::write(ours.path().join("ours.toml"), local).expect("write");
    let report = validate(&[Layer::Dir(national.path().into()), Layer::Dir(ours.path().into())]);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    let catalogue = report.catalogue.expect("valid");
    assert_eq!(catalogue.roles.len(), 3);
}

#[test]
fn unknown_role_in_a_step_suggests_the_closest() {
    let text = format!("{}{}", base(""), role("senior-care-worker"))
        + &format!(
            "[[step]]\nfrom = \"senior-carer\"\nto = \"a\"\nroute = \"in-work\"\n{SRC}[[step]]\nfrom = \"a\"\nto = \"senior-care-worker\"\nroute = \"in-work\"\n{SRC}"
        );
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "\"senior-carer\""), 8));
    assert_eq!(message, "unknown role `senior-carer`; did you mean `senior-care-worker`?");
}

#[test]
fn unknown_qualification() {
    let text = base("").replacen("summary = \"s\"", "summary = \"s\"\nrequired = [\"care-certifcate\"]", 1)
        + "[[qualification]]\nid = \"care-certificate\"\nname = \"Care Certificate\"\nkind = \"induction\"\n"
        + SRC;
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "care-certifcate"), 13));
    assert_eq!(message, "unknown qualification `care-certifcate`; did you mean `care-certificate`?");
}

#[test]
fn step_to_itself() {
    let text = base(&format!("[[step]]\nfrom = \"a\"\nto = \"a\"\nroute = \"university\"\n{SRC}"));
    let (line, column, message) = only_error(&text);
    assert_eq!(
        (line, column),
        (text.lines().collect::<Vec<_>>().iter().rposition(|l| *l == "to = \"a\"").map_or(0, |i| i + 1), 6)
    );
    assert_eq!(message, "a step from `a` to itself");
}

#[test]
fn duplicate_step() {
    let text = base(&format!("[[step]]\nfrom = \"a\"\nto = \"b\"\nroute = \"in-work\"\n{SRC}"));
    let (_, _, message) = only_error(&text);
    assert!(message.starts_with("duplicate step `a` → `b` by in-work; first defined at f.toml:"), "{message}");
}

#[test]
fn empty_title() {
    let text = base("").replacen("title = \"Role a\"", "title = \"  \"", 1);
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "title = \"  \""), 9));
    assert_eq!(message, "title must not be empty");
}

#[test]
fn malformed_url() {
    let text = base("").replacen("https://example.org/page", "example.org/page", 1);
    let (line, _, message) = only_error(&text);
    assert_eq!(line, line_of(&text, "\"example.org/page\""));
    assert!(message.starts_with("malformed URL `example.org/page`"), "{message}");
}

#[test]
fn malformed_date() {
    let text = base("").replacen("reviewed = \"2026-01-01\"", "reviewed = \"2026-02-30\"", 1);
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "2026-02-30"), 12));
    assert!(message.starts_with("malformed date `2026-02-30`"), "{message}");
}

#[test]
fn levels_out_of_range() {
    let text =
        base("").replacen("summary = \"s\"", "summary = \"s\"\nlevels = { career_framework = 10, afc = \"6-5\" }", 1);
    let errs = errors(&text);
    let messages: Vec<&str> = errs.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(errs.len(), 2, "{messages:?}");
    assert!(messages.contains(&"career_framework level must be from 1 to 9, not 10"), "{messages:?}");
    assert!(messages.iter().any(|m| m.starts_with("AfC band `6-5` must be a band")), "{messages:?}");
    assert!(errs.iter().all(|e| e.line == line_of(&text, "career_framework = 10")));
}

#[test]
fn unknown_vocabulary_value_lists_the_choices() {
    let text = base("").replacen("sector = \"health\"", "sector = \"socialcare\"", 1);
    let (_, column, message) = only_error(&text);
    assert_eq!(column, 10);
    assert_eq!(
        message,
        "unknown sector `socialcare` (did you mean `social-care`?); expected one of: health, social-care, both"
    );
}

#[test]
fn pay_in_the_wrong_unit() {
    let text = base("").replacen(
        "summary = \"s\"",
        "summary = \"s\"\npay = [{ nation = \"england\", min = 24465, max = 24465, unit = \"hour\", basis = \"AfC band 2\", year = \"2025/26\" }]",
        1,
    );
    let (_, _, message) = only_error(&text);
    assert_eq!(message, "£24465 an hour looks like annual pay: set unit = \"year\"");
}

#[test]
fn pathway_without_a_step_between_roles() {
    let text = format!("{}{}", base(""), role("c"))
        + &format!("[[step]]\nfrom = \"c\"\nto = \"a\"\nroute = \"in-work\"\n{SRC}")
        + "[[pathway]]\nid = \"p\"\nname = \"P\"\ndescription = \"d\"\nroles = [\"a\", \"c\"]\n";
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "roles = [\"a\", \"c\"]"), 15));
    assert_eq!(message, "no step from `a` to `c`: add a [[step]] for it or change the pathway");
}

#[test]
fn a_branch_must_start_on_the_pathway_and_each_hop_must_be_a_step() {
    // a -> b is the main line; c is a role with a step from b but none from a.
    let with_c = format!("{}{}", base(""), role("c"))
        + &format!("[[step]]\nfrom = \"b\"\nto = \"c\"\nroute = \"in-work\"\n{SRC}");
    let pathway = "[[pathway]]\nid = \"p\"\nname = \"P\"\ndescription = \"d\"\nroles = [\"a\", \"b\"]\n";
    let ok = format!("{with_c}{pathway}[[pathway.branch]]\nname = \"B\"\nfrom = \"b\"\nroles = [\"c\"]\n");
    assert!(errors(&ok).is_empty(), "{:?}", errors(&ok));
    let text = format!("{with_c}{pathway}[[pathway.branch]]\nname = \"B\"\nfrom = \"c\"\nroles = [\"a\"]\n");
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (text.lines().count() - 1, 8));
    assert_eq!(message, "`c` is not on this pathway yet: a branch starts from a role already on the pathway");
    let text = format!("{with_c}{pathway}[[pathway.branch]]\nname = \"B\"\nfrom = \"a\"\nroles = [\"c\"]\n");
    let (_, _, message) = only_error(&text);
    assert_eq!(message, "no step from `a` to `c`: add a [[step]] for it or change the pathway");
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = base("")
        .replacen("sector = \"health\"", "sector = \"hospital\"", 1)
        .replacen("family = \"nursing\"", "family = \"nurses\"", 1)
        .replacen("reviewed = \"2026-01-01\"", "reviewed = \"yesterday\"", 1)
        + "[[role]]\nid = \"c\"\nbogus = 1\n";
    assert!(errors(&text).len() >= 4, "{:#?}", errors(&text));
}

/// Files are parsed item by item, cut before each `[[role]]`-like header line: a header
/// line inside a multi-line string must not cut the file, and positions after it count
/// from the top of the file.
#[test]
fn a_header_line_inside_a_multi_line_string_does_not_cut_the_file() {
    let text =
        base("").replacen("summary = \"s\"", "summary = \"s\"\nnote = \"\"\"\n[[role]]\nid = \"fake\"\n\"\"\"", 1);
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text: text.clone() }], Vec::new());
    assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
    let cat = report.catalogue.expect("valid");
    assert_eq!(cat.roles.len(), 2);
    assert_eq!(&*cat.roles[0].note, "[[role]] id = \"fake\"");
    // And an error after the string is still placed by the file's own lines.
    let broken = text.replacen("route = \"in-work\"", "route = \"teleport\"", 1);
    let (line, column, message) = only_error(&broken);
    assert_eq!((line, column), (line_of(&broken, "teleport"), 9), "{message}");
}

#[test]
fn a_second_dataset_table_in_one_file_is_an_error() {
    let text = base("[dataset]\npay_year = \"2026/27\"\n\n") + &role("c") + "[dataset]\npay_year = \"2026/27\"\n";
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let second = text.rfind("[dataset]").expect("two");
    assert_eq!(errs[0].line, text[..second].lines().count() + 1, "{errs:#?}");
}

#[test]
fn a_nation_not_reviewed_is_a_warning_naming_it() {
    let text = base("").replacen("absent = [\"scotland\", \"wales\", \"northern-ireland\"]", "absent = [\"wales\"]", 1);
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text: text.clone() }], Vec::new());
    assert_eq!((report.errors(), report.warnings()), (0, 1), "{:#?}", report.diagnostics);
    let d = &report.diagnostics[0];
    assert_eq!((d.line, d.column), (line_of(&text, "id = \"a\""), 6));
    assert_eq!(
        d.message,
        "role `a`: Scotland, Northern Ireland not reviewed; list each nation under `nations` (where the role is found) or `absent`, with a source"
    );
}

#[test]
fn orphan_roles_are_warnings_not_errors() {
    let text = base(&role("lonely"));
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text }], Vec::new());
    assert_eq!(report.errors(), 0);
    assert_eq!(report.warnings(), 1);
    assert!(report.catalogue.is_some());
    assert_eq!(report.diagnostics[0].message, "role `lonely` has no steps in or out");
}

#[test]
fn escape_sequences_in_data_never_survive_loading() {
    let text = base("").replacen("summary = \"s\"", "summary = \"\\u001b]0;owned\\u0007clean\\u001b[2J text\"", 1);
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text }], Vec::new());
    let catalogue = report.catalogue.expect("valid");
    assert_eq!(&*catalogue.roles[0].summary, "clean text");
}

#[test]
fn unreadable_folders_and_files_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = validate(&[Layer::Dir(dir.path().join("missing"))]);
    assert!(report.diagnostics[0].message.starts_with("cannot open folder"));
    let empty = validate(&[Layer::Dir(dir.path().into())]);
    assert_eq!(empty.diagnostics[0].message, "folder holds no .toml data files");
    fs::write(dir.path().join("bad.toml"), [0x66, 0xff, 0xfe]).expect("write");
    let bad = validate(&[Layer::Dir(dir.path().into())]);
    assert_eq!(bad.diagnostics[0].message, "file is not valid UTF-8 text");
}

#[test]
fn the_embedded_data_set_validates_without_errors() {
    let report = validate(&[Layer::Embedded]);
    let problems: Vec<String> = report.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(report.counts.roles >= 25, "{:?}", report.counts);
}

#[test]
fn pay_names_its_nation_and_pay_year() {
    let text = base("").replacen(
        "summary = \"s\"",
        "summary = \"s\"\npay = [{ nation = \"england\", min = 12.6, max = 12.6, unit = \"hour\", basis = \"median\", year = \"Dec 2025\" }]",
        1,
    );
    let (_, _, message) = only_error(&text);
    assert!(
        message.starts_with("pay year `Dec 2025` must be an April-to-March year written like 2026/27"),
        "{message}"
    );
    let text = base("").replacen(
        "summary = \"s\"",
        "summary = \"s\"\npay = [{ min = 12.6, max = 12.6, unit = \"hour\", basis = \"median\", year = \"2025/26\" }]",
        1,
    );
    let (_, _, message) = only_error(&text);
    assert!(message.contains("missing field `nation`"), "{message}");
}

#[test]
fn requirement_choices_and_equivalences_are_checked() {
    let qual = format!("[[qualification]]\nid = \"q1\"\nname = \"Q1\"\nkind = \"award\"\n{SRC}\n");
    let text = base(&qual).replacen("summary = \"s\"", "summary = \"s\"\nrequired_any = [[\"q1\"]]", 1);
    let (_, _, message) = only_error(&text);
    assert!(message.starts_with("a choice needs at least two qualifications"), "{message}");
}

#[test]
fn stale_pay_and_second_datasets_are_reported() {
    let text = base("").replacen(
        "summary = \"s\"",
        "summary = \"s\"\npay = [{ nation = \"england\", min = 12.6, max = 12.6, unit = \"hour\", basis = \"median\", year = \"2024/25\" }]",
        1,
    ) + "[dataset]\npay_year = \"2026/27\"\n";
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text }], Vec::new());
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.message.contains("pay for England is from 2024/25, before the data set's pay year 2026/27"))
    );
}

#[test]
fn character_traits_come_from_the_vocabulary_once_each_with_a_source() {
    let text = base("").replacen("traits = [\"clinical\"]", "traits = [\"nigths\"]", 1);
    let (line, column, message) = only_error(&text);
    assert_eq!((line, column), (line_of(&text, "nigths"), 11));
    assert!(message.starts_with("unknown trait `nigths` (did you mean `nights`?)"), "{message}");

    let text = base("").replacen("traits = [\"clinical\"]", "traits = [\"clinical\", \"clinical\"]", 1);
    assert_eq!(only_error(&text).2, "trait `clinical` is listed twice");

    let text = base("").replacen("traits = [\"clinical\"]", "traits = []", 1);
    assert!(only_error(&text).2.contains("needs `traits` or `qualities`"));

    // Without a character the role is valid but warned about: fit and search cannot find it.
    let text = base("").replacen("[role.character]\ntraits = [\"clinical\"]\n", "[role.nothing]\n", 1);
    assert!(!errors(&text).is_empty(), "an unknown sub-table is an error");
    let bare = format!(
        "[[role]]\nid = \"c\"\ntitle = \"C\"\nsector = \"health\"\nfamily = \"nursing\"\nsummary = \"s\"\nnations = [\"england\"]\n{SRC}\n"
    );
    let report = validate_files(vec![SourceFile { path: "f.toml".into(), text: base(&bare) }], Vec::new());
    assert!(report.diagnostics.iter().any(|d| d.message.starts_with("role `c` has no [role.character]")));
}

#[test]
fn framework_values_name_known_themes() {
    let frameworks = format!(
        "[[theme]]\nid = \"compassion\"\nname = \"Compassion\"\n\n[[framework]]\nid = \"f\"\nname = \"F\"\npublisher = \"P\"\nsector = \"both\"\nnations = [\"england\"]\n{SRC}\n\n[[framework.value]]\nname = \"Care\"\nthemes = [\"compasion\"]\n"
    );
    let text = base(&frameworks);
    let (line, _, message) = only_error(&text);
    assert_eq!(line, line_of(&text, "\"compasion\""));
    assert_eq!(message, "unknown theme `compasion`; did you mean `compassion`?");
    let report = validate_files(
        vec![SourceFile { path: "f.toml".into(), text: text.replace("compasion\"]", "compassion\"]") }],
        Vec::new(),
    );
    let catalogue = report.catalogue.expect("valid");
    assert_eq!(catalogue.reference.frameworks[0].values[0].themes, [0]);
}
