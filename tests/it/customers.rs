//! Controllers as customer records (issue 15 items 1, 2, 6, 7): their members, removal, CSV
//! import and export (bad rows, dry runs, round trips, hostile files), sealing, the recipient's
//! name on obligations, tampering and the schema-11 upgrade of stored documents.

use std::io::Write;

use breachlog_testsupport::TempRegister;
use serde_json::Value;

const HEADER: &str = "name,country,language,authority,notice_hours,contact,contract_reference";

fn write(reg: &TempRegister, name: &str, bytes: &[u8]) -> String {
    let path = reg.dir.path().join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
    path.to_str().unwrap().to_string()
}

fn names(reg: &TempRegister) -> Vec<String> {
    let list = reg.json(&["controller", "list"]);
    let mut out: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

/// Runs an import with `--json`: exit code and the report printed on stdout.
fn import(reg: &TempRegister, file: &str, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["controller", "import", file, "--json"];
    args.extend_from_slice(extra);
    let out = reg.run(&args);
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), v)
}

#[test]
fn a_controller_keeps_every_member_and_bad_members_are_named() {
    let reg = TempRegister::new();
    let c = reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--country",
        "nl",
        "--language",
        "nl",
        "--authority",
        "NL-AP",
        "--notice-hours",
        "24",
        "--contact",
        "dpo@acme.test",
        "--contact",
        "+31 20 555 0100",
        "--contract-reference",
        "DPA-2024-017",
    ]);
    assert_eq!(c["country"], "NL");
    assert_eq!(c["language"], "nl");
    assert_eq!(c["authority"], "nl-ap");
    assert_eq!(c["notice_hours"], 24);
    assert_eq!(
        c["contacts"],
        serde_json::json!(["dpo@acme.test", "+31 20 555 0100"])
    );
    assert_eq!(c["contract_reference"], "DPA-2024-017");

    let before = reg.event_count();
    for (flag, value, field) in [
        ("--country", "XX", "country"),
        ("--language", "es", "language"),
        ("--authority", "xx-none", "authority"),
        ("--notice-hours", "0", "notice hours"),
    ] {
        let err = reg.fails(&["controller", "add", "--name", "Globex", flag, value], 5);
        assert!(err.contains(&format!("Invalid {field}")), "{flag}: {err}");
    }
    assert_eq!(
        reg.event_count(),
        before,
        "a refused controller writes nothing"
    );

    // `set` changes only what is given; an empty text clears a member.
    let c = reg.json(&[
        "controller",
        "set",
        "Acme Retail",
        "--country",
        "UK",
        "--authority",
        "uk-ico",
        "--contract-reference",
        "",
        "--no-notice-hours",
    ]);
    assert_eq!(c["country"], "GB");
    assert_eq!(c["authority"], "uk-ico");
    assert_eq!(c["contract_reference"], Value::Null);
    assert_eq!(c["notice_hours"], Value::Null);
    assert_eq!(c["language"], "nl");
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn contacts_are_sealed_in_the_journal() {
    let reg = TempRegister::new();
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--contact",
        "jan.jansen@acme.test",
    ]);
    reg.json(&[
        "controller",
        "set",
        "Acme Retail",
        "--contact",
        "piet.pieters@acme.test",
    ]);
    let payloads: Vec<String> = {
        let conn = reg.raw();
        let mut stmt = conn
            .prepare("SELECT payload FROM events WHERE kind LIKE 'controller.%'")
            .unwrap();
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        rows
    };
    assert_eq!(payloads.len(), 2);
    for p in &payloads {
        assert!(!p.contains("jansen") && !p.contains("pieters"), "{p}");
        assert!(p.contains("\"sealed\""), "{p}");
    }
    let list = reg.json(&["controller", "list"]);
    assert_eq!(list[0]["contacts"][0], "piet.pieters@acme.test");
}

#[test]
fn removal_is_journalled_and_obligations_keep_their_recipient_and_its_name() {
    let reg = TempRegister::new();
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--notice-hours",
        "24",
    ]);
    reg.json(&["controller", "add", "--name", "Globex"]);
    let id = reg.new_incident("SaaS tenant data exposed", "2026-02-02T08:00:00Z");
    reg.json(&[
        "breach",
        "assess",
        &id,
        "--personal-data",
        "yes",
        "--aware-at",
        "2026-02-02T09:00:00Z",
        "--controllers",
        "Acme Retail",
    ]);
    let notice = |reg: &TempRegister| -> Value {
        let list = reg.json(&["obligations", "--incident", &id]);
        list.as_array()
            .unwrap()
            .iter()
            .find(|o| o["kind"] == "controller-notice")
            .cloned()
            .expect("a controller notice")
    };
    let before = notice(&reg);
    // Item 7: the obligation names its recipient, not only `controller:<uuid>`.
    assert_eq!(before["recipient_name"], "Acme Retail");
    assert!(before["recipient"]
        .as_str()
        .unwrap()
        .starts_with("controller:"));

    reg.json(&["controller", "remove", "Acme Retail"]);
    let kinds: String = reg
        .raw()
        .query_row(
            "SELECT kind FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kinds, "controller.removed");
    assert_eq!(names(&reg), vec!["Globex".to_string()]);

    let after = notice(&reg);
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["recipient"], before["recipient"]);
    assert_eq!(after["recipient_name"], "Acme Retail");
    // It can no longer be chosen by name, nor removed twice.
    reg.fails(
        &["breach", "assess", &id, "--controllers", "Acme Retail"],
        5,
    );
    reg.fails(&["controller", "remove", "Acme Retail"], 5);
    // The name is free again.
    reg.json(&["controller", "add", "--name", "Acme Retail"]);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn a_good_file_is_imported_in_any_column_order_with_a_byte_order_mark() {
    let reg = TempRegister::new();
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--notice-hours",
        "24",
    ]);
    let file = write(
        &reg,
        "customers.csv",
        "\u{feff}contact,name,notice_hours,country,language,authority,contract_reference\n\
         dpo@acme.test,acme retail,24,NL,nl,nl-ap,DPA-1\n\
         a@globex.test;b@globex.test,Globex,36,DE,de,de-bfdi,\n\
         \"Sales, UK <s@umbrella.test>\",Umbrella,,GB,en,uk-ico,K-9\n"
            .as_bytes(),
    );
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["rows"], 3);
    assert_eq!(report["added"], serde_json::json!(["Globex", "Umbrella"]));
    assert_eq!(report["changed"], serde_json::json!(["Acme Retail"]));
    assert_eq!(report["imported"], true);
    let list = reg.json(&["controller", "list"]);
    let by = |n: &str| -> Value {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .cloned()
            .unwrap()
    };
    assert_eq!(by("Acme Retail")["country"], "NL");
    assert_eq!(
        by("Globex")["contacts"],
        serde_json::json!(["a@globex.test", "b@globex.test"])
    );
    assert_eq!(by("Globex")["notice_hours"], 36);
    assert_eq!(by("Umbrella")["notice_hours"], Value::Null);
    assert_eq!(
        by("Umbrella")["contacts"],
        serde_json::json!(["Sales, UK <s@umbrella.test>"])
    );
    // The same file again changes nothing and writes nothing.
    let events = reg.event_count();
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(report["unchanged"], 3);
    assert_eq!(reg.event_count(), events);
    assert_eq!(reg.json(&["verify"])["ok"], true);
}

#[test]
fn every_bad_row_is_named_with_its_line_and_field_and_nothing_is_imported() {
    let reg = TempRegister::new();
    let file = write(
        &reg,
        "bad.csv",
        format!(
            "{HEADER}\n\
             Globex,DE,de,de-bfdi,36,a@globex.test,\n\
             Initech,XX,de,nl-ap,12,,\n\
             Umbrella,GB,es,uk-ico,soon,,\n\
             globex,NL,nl,nl-ap,,,\n"
        )
        .as_bytes(),
    );
    let events = reg.event_count();
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(5), "{report}");
    assert_eq!(report["imported"], false);
    let errors: Vec<(u64, String)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["field"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![
            (3, "country".to_string()),
            (4, "language".to_string()),
            (4, "notice_hours".to_string()),
            (5, "name".to_string()),
        ]
    );
    assert!(report["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("Invalid country"));
    assert_eq!(reg.event_count(), events, "nothing imported");
    assert!(names(&reg).is_empty());
    // The human form lists the lines too.
    let out = reg.run(&["controller", "import", &file]);
    assert_eq!(out.status.code(), Some(5));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Line 3: Invalid country") && text.contains("Line 5: Invalid name"),
        "{text}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 rows are refused"));

    // An unknown or repeated column is named on line 1.
    let events = reg.event_count();
    let file = write(&reg, "cols.csv", b"name,email,name\nGlobex,x,y\n");
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(5));
    let fields: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["line"], 1);
            e["field"].as_str().unwrap()
        })
        .collect();
    assert_eq!(fields, vec!["column", "name"]);
    assert_eq!(reg.event_count(), events);
}

#[test]
fn a_dry_run_writes_nothing() {
    let reg = TempRegister::new();
    let file = write(
        &reg,
        "c.csv",
        format!("{HEADER}\nGlobex,DE,de,de-bfdi,36,a@globex.test,\n").as_bytes(),
    );
    let events = reg.event_count();
    let (code, report) = import(&reg, &file, &["--dry-run"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["added"], serde_json::json!(["Globex"]));
    assert_eq!(report["imported"], false);
    assert_eq!(reg.event_count(), events);
    assert!(names(&reg).is_empty());
}

#[test]
fn export_then_import_gives_the_same_controllers() {
    let a = TempRegister::new();
    a.json(&[
        "controller",
        "add",
        "--name",
        "Acme \"Retail\", B.V.",
        "--country",
        "NL",
        "--language",
        "nl",
        "--authority",
        "nl-ap",
        "--notice-hours",
        "24",
        "--contact",
        "dpo@acme.test",
        "--contact",
        "Jan, +31 20 555",
        "--contract-reference",
        "DPA-1",
    ]);
    a.json(&[
        "controller",
        "add",
        "--name",
        "Überwald GmbH",
        "--country",
        "DE",
    ]);
    a.json(&["controller", "add", "--name", "Gone"]);
    a.json(&["controller", "remove", "Gone"]);
    let out = a.dir.path().join("customers.csv");
    let out_s = out.to_str().unwrap();
    let v = a.json(&["controller", "export", "--out", out_s]);
    assert_eq!(v["rows"], 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // An existing file is not overwritten.
    a.fails(&["controller", "export", "--out", out_s], 5);

    let b = TempRegister::new();
    let (code, report) = import(&b, out_s, &[]);
    assert_eq!(code, Some(0), "{report}");
    let strip = |v: Value| -> Vec<Value> {
        let mut list: Vec<Value> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let mut c = c.clone();
                let m = c.as_object_mut().unwrap();
                m.remove("id");
                m.remove("added_at");
                c
            })
            .collect();
        list.sort_by_key(|c| c["name"].as_str().unwrap().to_string());
        list
    };
    assert_eq!(
        strip(a.json(&["controller", "list"])),
        strip(b.json(&["controller", "list"]))
    );
}

#[test]
fn hostile_files_are_refused_without_writing() {
    let reg = TempRegister::new();
    let events = reg.event_count();
    // Over 10 MiB: refused before it is parsed.
    let big = vec![b'a'; 10 * 1024 * 1024 + 1];
    let file = write(&reg, "big.csv", &big);
    let err = reg.fails(&["controller", "import", &file], 5);
    assert!(err.contains("Invalid file"), "{err}");
    // A single huge line (a field of a million characters).
    let mut huge = format!("{HEADER}\n").into_bytes();
    huge.extend(std::iter::repeat_n(b'x', 1_000_000));
    huge.extend_from_slice(b",NL,nl,nl-ap,,,\n");
    let file = write(&reg, "huge.csv", &huge);
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(5));
    assert_eq!(report["errors"][0]["field"], "name");
    assert_eq!(report["errors"][0]["reason"], "reason-too-long");
    // Binary content.
    let mut bin = format!("{HEADER}\n").into_bytes();
    bin.extend_from_slice(b"\xff\xfe\x00\x01,NL,nl,nl-ap,,,\n");
    let file = write(&reg, "bin.csv", &bin);
    let (code, report) = import(&reg, &file, &[]);
    assert_eq!(code, Some(5));
    assert_eq!(report["errors"][0]["line"], 2);
    assert_eq!(report["errors"][0]["reason"], "reason-not-text");
    // A quote bomb: an unclosed quote swallows the rest of the file into one field.
    let mut bomb = format!("{HEADER}\n\"").into_bytes();
    for _ in 0..50_000 {
        bomb.extend_from_slice(b"a,\"\"b\n");
    }
    let file = write(&reg, "bomb.csv", &bomb);
    let (code, _) = import(&reg, &file, &[]);
    assert_eq!(code, Some(5));
    // More rows than an import takes.
    let mut many = format!("{HEADER}\n");
    for i in 0..10_001 {
        many.push_str(&format!("Customer {i},NL,nl,nl-ap,,,\n"));
    }
    let file = write(&reg, "many.csv", many.as_bytes());
    let err = reg.fails(&["controller", "import", &file], 5);
    assert!(err.contains("10,000") || err.contains("10000"), "{err}");
    assert_eq!(reg.event_count(), events);
    assert!(names(&reg).is_empty());
}

#[test]
fn an_edited_controller_row_is_named_by_verify() {
    let reg = TempRegister::new();
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--country",
        "NL",
    ]);
    reg.raw()
        .execute(
            "UPDATE controllers SET doc = replace(doc, '\"NL\"', '\"BE\"')",
            [],
        )
        .unwrap();
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["error"]["reason"]
            .as_str()
            .unwrap()
            .contains("projection controllers"),
        "{v}"
    );
}

/// Migration 11 rewrites a controller document of the old form (one `contact` text) into the
/// new one, equal to what a replay writes: the register verifies and lists the contact.
#[test]
fn schema_11_upgrades_stored_controller_documents() {
    let reg = TempRegister::new();
    reg.json(&[
        "controller",
        "add",
        "--name",
        "Acme Retail",
        "--contact",
        "dpo@acme.test",
    ]);
    reg.json(&["controller", "add", "--name", "Globex"]);
    {
        let conn = reg.raw();
        // The documents as schema 10 wrote them.
        conn.execute_batch(
            "UPDATE controllers SET doc = json_object(
                 'id', json_extract(doc, '$.id'), 'name', json_extract(doc, '$.name'),
                 'notice_hours', json_extract(doc, '$.notice_hours'),
                 'contact', coalesce(json_extract(doc, '$.contacts[0]'), ''),
                 'added_at', json_extract(doc, '$.added_at'));
             DROP INDEX controllers_name;
             PRAGMA user_version = 10;",
        )
        .unwrap();
    }
    let out = reg.run(&["verify", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let conn = reg.raw();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, breachlog_core::storage::SCHEMA_VERSION);
    let index: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'controllers_name'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(index, 1);
    let list = reg.json(&["controller", "list"]);
    assert_eq!(list[0]["contacts"], serde_json::json!(["dpo@acme.test"]));
    assert_eq!(list[1]["contacts"], serde_json::json!([]));
}
