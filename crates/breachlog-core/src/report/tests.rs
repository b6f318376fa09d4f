//! Report issuing: content, options and the stored PDFs.

use std::collections::BTreeMap;

use super::*;
use crate::i18n::SOURCES;

/// id -> sorted variable names, for one language's reports.ftl.
fn messages(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains(" = "))
    {
        let (id, value) = line.split_once(" = ").unwrap();
        let mut vars: Vec<String> = value
            .split("{ $")
            .skip(1)
            .map(|v| v.split(' ').next().unwrap().to_string())
            .collect();
        vars.sort();
        out.insert(id.to_string(), vars);
    }
    out
}

#[test]
fn report_messages_have_the_same_ids_and_variables_in_every_language() {
    let files: Vec<_> = SOURCES
        .iter()
        .filter(|(_, name, _)| *name == "reports.ftl")
        .collect();
    assert_eq!(files.len(), 4);
    let en = messages(files[0].2);
    assert!(en.len() > 150);
    for (lang, _, text) in &files[1..] {
        let other = messages(text);
        assert_eq!(en, other, "{lang}");
        let res = fluent_bundle::FluentResource::try_new(text.to_string());
        assert!(res.is_ok(), "{lang} reports.ftl does not parse");
    }
}

#[test]
fn content_hash_is_domain_separated() {
    let bytes = br#"{"a":1}"#;
    assert_ne!(content_hash(bytes), canonical::sha256_bytes_hex(bytes));
    let mut prefixed = CONTENT_HASH_PREFIX.to_vec();
    prefixed.extend_from_slice(bytes);
    assert_eq!(content_hash(bytes), canonical::sha256_bytes_hex(&prefixed));
}

#[test]
fn a_long_register_breaks_across_pages_and_repeats_the_header() {
    let org = Org {
        name: "Ørsted & Søn".into(),
        ..Org::default()
    };
    let row = |i: usize| RegisterRow {
        id: format!("{i:08}-0000-7000-8000-000000000000"),
        title: format!(
            "Breach {i} with a title that is long enough to wrap inside its narrow column"
        ),
        category: "malware".into(),
        role: None,
        occurred_from: None,
        occurred_to: None,
        detected_at: Ts::parse("2026-01-01T00:00:00Z").unwrap(),
        aware_at: None,
        contained_at: None,
        resolved_at: None,
        closed_at: None,
        aware_justification: None,
        nature: vec![],
        description: "word ".repeat(400),
        data_categories: vec![],
        special_categories: vec![],
        records_approx: None,
        records_estimate: false,
        subject_categories: vec![],
        subjects_approx: None,
        subjects_estimate: false,
        enisa_dpc: None,
        enisa_ei: None,
        enisa_cb: None,
        enisa_se: None,
        enisa_band: None,
        risk: None,
        risk_reasoning: None,
        decision: None,
        decision_rationale: None,
        decided_by: None,
        decided_at: None,
        filings: vec![],
        notified_at: None,
        notification_reference: None,
        controllers_notified: vec![],
        art34_decision: None,
        art34_exemption: None,
        art34_justification: None,
        art34_communicated_at: None,
        art34_channel: None,
        other_regimes: vec![],
        consequences: None,
        measures_taken: None,
        measures_proposed: None,
        status: "triage".into(),
        journal_seq: 1,
        journal_hash: "ab".repeat(32),
    };
    let at = Ts::parse("2026-11-23T10:00:00Z").unwrap();
    let (a, pages) = render_register_rows((0..40).map(row).collect(), &org, at).unwrap();
    assert!(pages > 5, "{pages}");
    let (b, _) = render_register_rows((0..40).map(row).collect(), &org, at).unwrap();
    assert_eq!(a, b, "same input, same bytes");
    assert_eq!(check_seal(&a), Some(true));
}
