//! The team register on a real PostgreSQL (issue 17, docs/team.md): a private cluster started
//! by the test (`breachlog_testsupport::postgres`), the real CLI against it.

use breachlog_testsupport::postgres::TestPostgres;
use breachlog_testsupport::{contains, TempRegister};

/// A register with an incident whose title and description are marker texts.
fn register_with_markers() -> TempRegister {
    let r = TempRegister::new();
    let id = r.new_incident("MARKER-TITLE-4711 laptop stolen", "2026-03-02T09:00:00Z");
    r.json(&[
        "incident",
        "update",
        &id,
        "--description",
        "MARKER-DESC-0815 the laptop of jane.doe@example.com",
    ]);
    r.json(&["anchor", "checkpoint"]);
    r
}

#[test]
fn a_register_published_to_postgres_shows_the_server_only_ids_times_kinds_and_hashes() {
    let pg = TestPostgres::start();
    let url = pg.database("team_a");
    let r = register_with_markers();
    let head_before: Vec<i64> = {
        let c = r.raw();
        vec![c
            .query_row("SELECT max(seq) FROM events", [], |x| x.get(0))
            .unwrap()]
    };
    let created = r.json(&["team", "create", "--server", &url]);
    let server_label = format!("127.0.0.1:{}/team_a", pg.port());
    assert_eq!(created["server"], server_label.as_str());
    // Every event, with this session's unlock and team.created itself, is on the server.
    let head = created["head_seq"].as_i64().unwrap();
    assert_eq!(head, head_before[0] + 2);
    assert_eq!(created["events_published"], head);
    let rows = pg.psql(
        "team_a",
        "SELECT count(*), max(seq), (SELECT kind FROM events ORDER BY seq DESC LIMIT 1) FROM events",
    );
    assert_eq!(rows.trim(), format!("{head}|{head}|team.created"));
    assert_eq!(r.json(&["team", "status"])["pending"], 0);

    // An administrator's dump holds no incident text, no e-mail address, no key.
    let dump = pg.dump("team_a");
    for marker in [
        "MARKER-TITLE-4711",
        "MARKER-DESC-0815",
        "jane.doe@example.com",
        "laptop stolen",
    ] {
        assert!(
            !contains(&dump, marker.as_bytes()),
            "{marker} is in the dump"
        );
    }
    // …but the chain's own columns and the kinds are readable.
    assert!(contains(&dump, b"incident.created"));
    assert!(contains(&dump, b"checkpoint.signed"));

    // The key-less verifier checks the chain and the signed checkpoint on the server.
    let v = r.json(&["verify", "--server", &url]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["head_seq"], head);
    assert_eq!(v["checkpoints"].as_array().unwrap().len(), 1);
    let local = r.json(&["verify"]);
    assert_eq!(v["head_hash"], local["head_hash"]);

    // The status names the server, never the password.
    let status = r.run(&["team", "status"]);
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(text.contains(&server_label), "{text}");
    assert!(!text.contains("test-cluster-password"), "{text}");
    // Opening the register to verify it is journalled (the access log): one event to send.
    assert_eq!(r.json(&["team", "status"])["pending"], 1);

    // A second register cannot take over the server.
    let other = TempRegister::new();
    let before = other.event_count();
    let err = other.fails(&["team", "create", "--server", &url], 1);
    assert!(err.contains("already holds another register"), "{err}");
    // Nothing journalled (the open itself appends session.unlocked only with a write).
    assert_eq!(other.event_count(), before);
    let err = other.fails(&["team", "status"], 1);
    assert!(err.contains("not shared with a team"), "{err}");
}

#[test]
fn new_events_wait_as_pending_and_sync_sends_them_and_checks_the_server() {
    let pg = TestPostgres::start();
    let url = pg.database("team_b");
    let r = register_with_markers();
    r.json(&["team", "create", "--server", &url]);
    r.new_incident("Second incident", "2026-03-03T09:00:00Z");
    let s = r.json(&["team", "status"]);
    assert!(s["pending"].as_u64().unwrap() >= 1, "{s}");
    let synced = r.json(&["sync"]);
    assert_eq!(synced["sent"], s["pending"]);
    assert_eq!(r.json(&["team", "status"])["pending"], 0);
    let v = r.json(&["verify", "--server", &url]);
    assert_eq!(v["head_seq"], synced["head_seq"]);
    // Nothing new: nothing sent.
    assert_eq!(r.json(&["sync"])["sent"], 0);
}

#[test]
fn a_server_that_is_down_loses_nothing_and_the_events_go_out_when_it_is_back() {
    let pg = TestPostgres::start();
    let url = pg.database("team_c");
    let r = register_with_markers();
    r.json(&["team", "create", "--server", &url]);
    pg.kill();
    let id = r.new_incident("Written while the server was down", "2026-03-04T09:00:00Z");
    let err = r.fails(&["sync"], 7);
    assert!(
        err.contains(&format!("127.0.0.1:{}/team_c", pg.port())),
        "{err}"
    );
    assert!(!err.contains("test-cluster-password"), "{err}");
    assert!(r.json(&["team", "status"])["pending"].as_u64().unwrap() >= 1);
    pg.start_server();
    r.json(&["sync"]);
    assert_eq!(r.json(&["team", "status"])["pending"], 0);
    let v = r.json(&["verify", "--server", &url]);
    assert_eq!(v["head_hash"], r.json(&["verify"])["head_hash"]);
    assert!(r.json(&["incident", "show", &id])["title"].is_string());
}

#[test]
fn a_tampered_server_row_is_named_by_its_seq() {
    let pg = TestPostgres::start();
    let url = pg.database("team_d");
    let r = register_with_markers();
    r.json(&["team", "create", "--server", &url]);
    // The administrator disables the append-only trigger and edits the chain.
    pg.psql(
        "team_d",
        "ALTER TABLE events DISABLE TRIGGER events_append_only;
         UPDATE events SET hash = repeat('a', 64) WHERE seq = 3;",
    );
    let out = r.run(&["verify", "--server", &url, "--json"]);
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["seq"], 4, "{v}");

    // Moving one row's envelope onto another is seen by the member at sync, at that seq.
    let pg2 = TestPostgres::start();
    let url2 = pg2.database("team_e");
    let r2 = register_with_markers();
    r2.json(&["team", "create", "--server", &url2]);
    let second: u64 = pg2
        .psql(
            "team_e",
            "SELECT seq FROM events WHERE sealed IS NOT NULL ORDER BY seq LIMIT 1 OFFSET 1",
        )
        .trim()
        .parse()
        .unwrap();
    pg2.psql(
        "team_e",
        &format!(
            "ALTER TABLE events DISABLE TRIGGER events_append_only;
             UPDATE events SET sealed =
                 (SELECT sealed FROM events WHERE sealed IS NOT NULL ORDER BY seq LIMIT 1)
             WHERE seq = {second};"
        ),
    );
    // The key-less verifier cannot see inside envelopes…
    assert_eq!(r2.json(&["verify", "--server", &url2])["ok"], true);
    // …the member can: the envelope does not open for that row's id and hash.
    let err = r2.fails(&["sync"], 4);
    assert!(err.contains(&format!(" {second}")), "{err}");
    assert!(err.contains("does not open with the team key"), "{err}");
}

/// A team on `url` with a creator and one joined member.
fn team_of_two(url: &str) -> (TempRegister, TempRegister) {
    team_of_two_at(register_with_markers(), url)
}

/// `a` creates a team at `url` and invites a second member, who joins.
fn team_of_two_at(a: TempRegister, url: &str) -> (TempRegister, TempRegister) {
    a.json(&["team", "create", "--server", url]);
    let inv = a.json(&[
        "team",
        "invite",
        "--name",
        "Bea Member",
        "--email",
        "bea@example.com",
    ]);
    let code = inv["code"].as_str().unwrap().to_string();
    assert!(code.starts_with("BLT1-"), "{inv}");
    let b = TempRegister::unborn("bea.member");
    let joined = b.json(&["team", "join", "--server", url, "--invite", &code]);
    assert!(joined["events"].as_u64().unwrap() > 5, "{joined}");
    assert!(joined["recovery_key"].is_string());
    // The join filled the empty replica through a rollback journal (each page written once);
    // the write-ahead log is back on the file and no journal is left beside it.
    assert_eq!(journal_mode_on_disk(&b), "wal");
    assert!(
        !b.files()
            .iter()
            .any(|f| f.to_string_lossy().ends_with("-journal")),
        "{:?}",
        b.files()
    );
    (a, b)
}

/// The journal mode stored in the register file: opened with its key and no mode set (the
/// CLI's and the app's connections set the write-ahead log themselves).
fn journal_mode_on_disk(r: &TempRegister) -> String {
    use breachlog_core::keys::{self, KeyFile};
    let key = KeyFile::load(&keys::key_file_path(&r.db))
        .unwrap()
        .unlock_passphrase(breachlog_testsupport::PASSPHRASE)
        .unwrap();
    let conn = rusqlite::Connection::open(&r.db).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA key = {};",
        key.sqlcipher_literal().as_str()
    ))
    .unwrap();
    conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap()
}

#[test]
fn an_invited_member_joins_with_their_own_passphrase_and_both_see_each_others_incidents() {
    let pg = TestPostgres::start();
    let url = pg.database("team_j");
    let (a, b) = team_of_two(&url);
    // The replica holds the creator's incident, opened with the team key.
    let list = b.json(&["incident", "list"]);
    let titles: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["title"].as_str())
        .collect();
    assert!(
        titles.contains(&"MARKER-TITLE-4711 laptop stolen"),
        "{list}"
    );
    // The replica verifies locally, and its journal is the server's.
    assert_eq!(b.json(&["verify"])["ok"], true);
    // B logs an incident; A pulls it.
    let id = b.new_incident("Phishing seen by Bea", "2026-03-05T10:00:00Z");
    b.json(&["sync"]);
    let synced = a.json(&["sync"]);
    assert!(synced["pulled"].as_u64().unwrap() >= 1, "{synced}");
    let shown = a.json(&["incident", "show", &id]);
    assert_eq!(shown["title"], "Phishing seen by Bea");
    // Who did what: the event carries B's actor id.
    let log = a.json(&["log", &id]);
    assert!(log.to_string().contains("bea.member"), "{log}");
    // Same head everywhere, verified everywhere.
    let (ha, hb) = (a.json(&["sync"]), b.json(&["sync"]));
    assert_eq!(ha["head_hash"], hb["head_hash"]);
    assert_eq!(a.json(&["verify"])["ok"], true);
    assert_eq!(b.json(&["verify"])["ok"], true);
    assert_eq!(a.json(&["verify", "--server", &url])["ok"], true);
    // The invitation works once; the personal data of the invitation is not on the server.
    let dump = pg.dump("team_j");
    assert!(!contains(&dump, b"bea@example.com"));
    assert!(!contains(&dump, b"Bea Member"));
    assert!(!contains(&dump, b"Phishing seen by Bea"));
}

#[test]
fn an_invitation_opens_once_and_a_wrong_code_writes_nothing() {
    let pg = TestPostgres::start();
    let url = pg.database("team_k");
    let a = register_with_markers();
    a.json(&["team", "create", "--server", &url]);
    let code = a.json(&["team", "invite", "--name", "C", "--email", "c@example.com"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let c = TempRegister::unborn("c.member");
    c.json(&["team", "join", "--server", &url, "--invite", &code]);
    let d = TempRegister::unborn("d.member");
    let err = d.fails(&["team", "join", "--server", &url, "--invite", &code], 5);
    assert!(err.contains("invite"), "{err}");
    assert!(!d.db.exists(), "a refused join leaves no register");
    let err = d.fails(
        &["team", "join", "--server", &url, "--invite", "BLT1-AAAA"],
        5,
    );
    assert!(err.contains("invite"), "{err}");
    assert!(!d.db.exists());
    // Bad invitee details are refused before anything is written.
    let before = a.event_count();
    a.fails(
        &["team", "invite", "--name", "X", "--email", "not-an-address"],
        5,
    );
    a.fails(
        &["team", "invite", "--name", " ", "--email", "x@example.com"],
        5,
    );
    assert_eq!(a.event_count(), before);
}

#[test]
fn offline_writes_of_two_members_are_both_kept_in_one_order_and_a_double_move_is_reported() {
    let pg = TestPostgres::start();
    let url = pg.database("team_m");
    let (a, b) = team_of_two(&url);
    a.json(&["sync"]);
    let shared = a.new_incident("Shared incident", "2026-03-06T08:00:00Z");
    a.json(&["sync"]);
    b.json(&["sync"]);
    // Both write without syncing: each a new incident, each a move of the shared incident.
    let from_a = a.new_incident("Written by A offline", "2026-03-06T09:00:00Z");
    let from_b = b.new_incident("Written by B offline", "2026-03-06T09:05:00Z");
    a.json(&["incident", "transition", &shared, "--to", "triage"]);
    b.json(&["incident", "transition", &shared, "--to", "triage"]);
    // B also hands out a report while its events are pending: its embedded head is B's own.
    let pdf = b.dir.path().join("offline.pdf");
    let issued = b.json(&[
        "report",
        "incident",
        &from_b,
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let serial = issued["serial"].as_str().unwrap().to_string();
    a.json(&["sync"]);
    // B's sync lost the race: it pulls A's events, re-applies its own after them, and reports
    // its move of the shared incident, which A made first.
    let synced = b.json(&["sync"]);
    let conflicts = synced["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 2, "{synced}");
    assert_eq!(conflicts[0]["reason"], "team-conflict-moved");
    assert_eq!(conflicts[0]["subject"], shared.as_str());
    assert_eq!(conflicts[0]["other_actor"], "pieter.tester");
    // The report names a head the rebase replaced: B is told to issue it again.
    assert_eq!(conflicts[1]["reason"], "team-report-reissue");
    assert_eq!(conflicts[1]["payload"]["serial"], serial.as_str());
    assert_eq!(conflicts[1]["other_actor"], "pieter.tester");
    let text = String::from_utf8_lossy(&b.run(&["team", "conflicts"]).stdout).into_owned();
    assert!(text.contains("moved the incident first"), "{text}");
    assert!(
        text.contains(&format!("Issue again: report {serial}")),
        "{text}"
    );
    a.json(&["sync"]);
    // Both new incidents are everywhere; the heads are equal; everything verifies.
    for r in [&a, &b] {
        assert_eq!(
            r.json(&["incident", "show", &from_a])["title"],
            "Written by A offline"
        );
        assert_eq!(
            r.json(&["incident", "show", &from_b])["title"],
            "Written by B offline"
        );
        assert_eq!(r.json(&["verify"])["ok"], true);
    }
    // Every open is journalled (the access log), so each sync may add an event: B's head is
    // in the shared chain, and A, syncing last, holds the server's head.
    let hb = b.json(&["sync"]);
    let ha = a.json(&["sync"]);
    let anchor = format!("{}:{}", hb["head_seq"], hb["head_hash"].as_str().unwrap());
    let server = a.json(&["verify", "--server", &url, "--expect-head", &anchor]);
    assert_eq!(server["ok"], true);
    assert_eq!(server["head_hash"], ha["head_hash"]);
    b.json(&["team", "conflicts", "--ack"]);
    assert_eq!(b.json(&["team", "conflicts"]).as_array().unwrap().len(), 0);
}

mod stress {
    use std::collections::BTreeMap;
    use std::time::Duration;

    use breachlog_core::register::IncidentInput;
    use breachlog_core::{Register, UnlockMethod};
    use breachlog_testsupport::postgres::TestPostgres;
    use breachlog_testsupport::PASSPHRASE;
    use rand::{Rng, SeedableRng};
    use zeroize::Zeroizing;

    fn incident(title: &str) -> IncidentInput {
        IncidentInput {
            title: Some(title.into()),
            category: Some("other".into()),
            detected_at: Some("2026-03-01T10:00:00Z".into()),
            ..Default::default()
        }
    }

    /// What one member wrote and had acknowledged: incident id → (title, notes).
    type Written = BTreeMap<uuid::Uuid, (String, Vec<String>)>;

    /// One member: `ops` operations (new incident, note on one of theirs, new title of one of
    /// theirs), a sync after about one in five, random pauses.
    fn member(mut reg: Register, name: &str, ops: usize, seed: u64) -> (Register, Written) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut written: Written = BTreeMap::new();
        for i in 0..ops {
            let mine: Vec<uuid::Uuid> = written.keys().copied().collect();
            match rng.gen_range(0..3) {
                0 if !mine.is_empty() => {
                    let id = mine[rng.gen_range(0..mine.len())];
                    let text = format!("{name} note {i}");
                    reg.add_note(id, &text).expect("note");
                    written.get_mut(&id).unwrap().1.push(text);
                }
                1 if !mine.is_empty() => {
                    let id = mine[rng.gen_range(0..mine.len())];
                    let title = format!("{name} title {i}");
                    reg.update_incident(id, &incident(&title)).expect("update");
                    written.get_mut(&id).unwrap().0 = title;
                }
                _ => {
                    let title = format!("{name} incident {i}");
                    let inc = reg.create_incident(&incident(&title)).expect("create");
                    written.insert(inc.id, (title, Vec::new()));
                }
            }
            if rng.gen_bool(0.2) {
                std::thread::sleep(Duration::from_millis(rng.gen_range(0..15)));
                breachlog_team::sync(&mut reg).expect("sync");
            }
        }
        (reg, written)
    }

    #[test]
    fn three_members_writing_1000_interleaved_operations_converge_and_lose_nothing() {
        let pg = TestPostgres::start();
        let url = pg.database("team_stress");
        let dir = tempfile::tempdir().unwrap();
        let open = |name: &str, actor: &str| {
            Register::open(
                &dir.path().join(name),
                UnlockMethod::Passphrase(Zeroizing::new(PASSPHRASE.into())),
                actor,
                "test",
            )
            .unwrap()
        };
        let a = breachlog_testsupport::TestRegister::builder()
            .actor("ann")
            .build();
        let mut a_reg = a.reg;
        breachlog_team::create(&mut a_reg, &url).unwrap();
        let mut members = vec![a_reg];
        for name in ["ben", "cem"] {
            let code = breachlog_team::members::invite(
                &mut members[0],
                name,
                &format!("{name}@example.com"),
            )
            .unwrap()
            .code;
            breachlog_team::members::join(
                &dir.path().join(format!("{name}.db")),
                &url,
                &code,
                Zeroizing::new(PASSPHRASE.into()),
                name,
            )
            .unwrap();
            members.push(open(&format!("{name}.db"), name));
        }
        let names = ["ann", "ben", "cem"];
        let handles: Vec<_> = members
            .into_iter()
            .zip(names)
            .enumerate()
            .map(|(i, (reg, name))| {
                let ops = if i == 0 { 334 } else { 333 };
                std::thread::spawn(move || member(reg, name, ops, 0x7EA0 + i as u64))
            })
            .collect();
        let mut done: Vec<(Register, Written)> =
            handles.into_iter().map(|h| h.join().unwrap()).collect();
        // Everyone syncs until nothing moves.
        for _ in 0..3 {
            for (reg, _) in done.iter_mut() {
                breachlog_team::sync(reg).unwrap();
            }
        }
        let heads: Vec<(u64, String)> = done.iter().map(|(r, _)| r.head().unwrap()).collect();
        assert!(heads.windows(2).all(|w| w[0] == w[1]), "{heads:?}");
        let report = breachlog_team::verify_server(&url, None).unwrap();
        assert_eq!((report.head_seq, report.head_hash.clone()), heads[0]);
        for (reg, _) in &done {
            reg.verify(None).unwrap();
            assert!(reg.team_conflicts().unwrap().is_empty());
        }
        // Every acknowledged write of every member is in every replica.
        let mut total = 0;
        for (_, written) in &done {
            for (id, (title, notes)) in written {
                for (reg, _) in &done {
                    let inc = reg
                        .incident(*id)
                        .unwrap_or_else(|e| panic!("incident {id} missing: {e}"));
                    assert_eq!(&inc.title, title);
                    let texts: Vec<String> = reg
                        .notes(*id)
                        .unwrap()
                        .into_iter()
                        .map(|n| n.text)
                        .collect();
                    assert_eq!(
                        &texts.iter().filter(|t| notes.contains(t)).count(),
                        &notes.len()
                    );
                    total += 1;
                }
            }
        }
        assert!(total > 3 * 300, "{total}");
    }
}

#[test]
fn kill_9_of_a_client_mid_push_and_of_the_server_mid_sync_converge_and_lose_nothing() {
    use std::time::Duration;
    let pg = TestPostgres::start();
    let url = pg.database("team_kill");
    let r = register_with_markers();
    r.json(&["team", "create", "--server", &url]);
    let mut ids = Vec::new();
    let mut kills = 0;
    for round in 0..6u64 {
        for i in 0..12 {
            ids.push(r.new_incident(
                &format!("round {round} incident {i}"),
                "2026-03-07T10:00:00Z",
            ));
        }
        // The client is killed at a different moment of its push each round.
        let mut cmd = r.cmd_std();
        cmd.arg("sync");
        let (killed, _, _) =
            crate::crash::killed_after(&mut cmd, Duration::from_millis(100 + 90 * round));
        kills += u32::from(killed);
        if round % 2 == 1 {
            // The server crashes while the next sync runs; the sync fails cleanly or completes.
            let mut cmd = r.cmd_std();
            cmd.arg("sync");
            let child = cmd
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(100 + 60 * round));
            pg.kill();
            let out = child.wait_with_output().unwrap();
            assert!(matches!(out.status.code(), Some(0) | Some(7)), "{out:?}");
            pg.start_server();
        }
    }
    assert!(kills > 0, "no sync was still running when killed");
    let synced = r.json(&["sync"]);
    assert_eq!(r.json(&["team", "status"])["pending"], 0);
    let v = r.json(&["verify", "--server", &url]);
    assert_eq!(v["head_hash"], synced["head_hash"]);
    // A second member sees every acknowledged incident exactly once.
    let code = r.json(&["team", "invite", "--name", "Z", "--email", "z@example.com"])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let z = TempRegister::unborn("z.member");
    z.json(&["team", "join", "--server", &url, "--invite", &code]);
    let list = z.json(&["incident", "list"]);
    let listed: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    for id in &ids {
        assert_eq!(listed.iter().filter(|l| *l == id).count(), 1, "{id}");
    }
    assert_eq!(z.json(&["verify"])["ok"], true);
    assert_eq!(r.json(&["verify"])["ok"], true);
}

#[test]
fn evidence_files_reach_every_member_encrypted_and_verify_there() {
    let pg = TestPostgres::start();
    let url = pg.database("team_ev");
    let (a, b) = team_of_two(&url);
    let id = a.new_incident("Stolen laptop with evidence", "2026-03-08T10:00:00Z");
    // 2.5 MiB: three chunks, one partial.
    let src = a.dir.path().join("police-report.txt");
    let content: Vec<u8> = (0..2_621_440u32)
        .map(|i| {
            if i % 97 == 0 {
                b'\n'
            } else {
                b"EVIDENCE-MARKER "[(i % 16) as usize]
            }
        })
        .collect();
    std::fs::write(&src, &content).unwrap();
    let added = a.json(&[
        "incident",
        "evidence",
        "add",
        &id,
        "--file",
        src.to_str().unwrap(),
    ]);
    let eid = added["id"].as_str().unwrap().to_string();
    a.json(&["sync"]);
    b.json(&["sync"]);
    // The member's replica holds the bytes and verifies them (verify reads every file back).
    assert_eq!(b.json(&["verify"])["ok"], true);
    let out = b.dir.path().join("copy.txt");
    b.json(&[
        "incident",
        "evidence",
        "export",
        &eid,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), content);
    // The server holds the chunks only sealed.
    assert_eq!(
        pg.psql("team_ev", "SELECT count(*) FROM evidence_chunks")
            .trim(),
        "3"
    );
    let dump = pg.dump("team_ev");
    assert!(!contains(&dump, b"EVIDENCE-MARKER"));
    assert!(!contains(&dump, b"police-report"));
}

#[test]
fn a_removed_member_can_no_longer_log_in_nor_read_what_is_written_after() {
    let pg = TestPostgres::start();
    let url = pg.database("team_rm");
    let (a, b) = team_of_two(&url);
    b.json(&["sync"]);
    a.json(&["sync"]);
    let removed = a.json(&["team", "remove", "--member", "bea.member"]);
    assert_eq!(removed["epoch"], 2, "{removed}");
    assert_eq!(removed["members"], serde_json::json!(["pieter.tester"]));
    // Their role may no longer log in.
    let can_login = pg.psql(
        "team_rm",
        "SELECT r.rolcanlogin FROM pg_roles r JOIN members m ON m.role = r.rolname
         WHERE m.actor = 'bea.member'",
    );
    assert_eq!(can_login.trim(), "f");
    let err = b.fails(&["sync"], 7);
    assert!(err.contains("not permitted to log in"), "{err}");
    // What A writes now is sealed under epoch 2, for which B never had a slot.
    a.new_incident("Written after Bea left", "2026-03-09T10:00:00Z");
    a.json(&["sync"]);
    let epochs = pg.psql(
        "team_rm",
        "SELECT DISTINCT epoch FROM events WHERE kind = 'incident.created' AND seq > (SELECT seq FROM events WHERE kind = 'team.member_removed')",
    );
    assert_eq!(epochs.trim(), "2");
    assert_eq!(
        pg.psql(
            "team_rm",
            "SELECT count(*) FROM key_slots WHERE epoch = 2 AND actor = 'bea.member'"
        )
        .trim(),
        "0"
    );
    assert_eq!(
        b.json(&["team", "status"])["key_epochs"],
        serde_json::json!([1])
    );
    // A member invited afterwards reads everything, old and new.
    let code = a.json(&[
        "team",
        "invite",
        "--name",
        "Cas",
        "--email",
        "cas@example.com",
    ])["code"]
        .as_str()
        .unwrap()
        .to_string();
    let c = TempRegister::unborn("cas.member");
    c.json(&["team", "join", "--server", &url, "--invite", &code]);
    let titles = c.json(&["incident", "list"]).to_string();
    assert!(titles.contains("Written after Bea left"), "{titles}");
    assert!(titles.contains("MARKER-TITLE-4711"), "{titles}");
    assert_eq!(c.json(&["verify"])["ok"], true);
    // Removing twice, or oneself, is refused.
    a.fails(&["team", "remove", "--member", "bea.member"], 1);
    a.fails(&["team", "remove", "--member", "pieter.tester"], 5);
}

#[test]
fn a_server_that_requires_tls_is_reached_only_with_a_verified_certificate() {
    let pg = TestPostgres::start();
    let url = pg.database("team_tls");
    let ca = pg.require_tls();
    let other_dir = tempfile::tempdir().unwrap();
    let other_ca = breachlog_testsupport::postgres::make_ca(other_dir.path(), "other", "Not ours");
    let not_a_cert = other_dir.path().join("notes.txt");
    std::fs::write(&not_a_cert, "not a certificate").unwrap();
    let with = |query: String| format!("{url}?{query}");
    let r = register_with_markers();
    let head = r.json(&["verify"])["head_seq"].clone();

    // In clear, the server refuses; with a certificate nobody vouches for (the system's CAs,
    // or another CA), the client refuses. Each time: exit 7, nothing written, not in a team.
    for (server, expect) in [
        (with("sslmode=disable".into()), "no encryption"),
        (with("sslmode=require".into()), "sslrootcert=PATH-TO-CA.pem"),
        (
            with(format!(
                "sslmode=verify-full&sslrootcert={}",
                other_ca.display()
            )),
            "trusts for its address (unable to get local issuer certificate)",
        ),
    ] {
        let out = r.run(&["team", "create", "--server", &server]);
        assert_eq!(out.status.code(), Some(7), "{server}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{server}: {err}");
        assert!(err.contains("127.0.0.1"), "{err}");
        assert!(!err.contains("test-cluster-password"), "{err}");
    }
    // A CA file that is no certificate is bad input, named by its parameter.
    let out = r.run(&[
        "team",
        "create",
        "--server",
        &with(format!("sslrootcert={}", not_a_cert.display())),
    ]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("sslrootcert"));
    // Nothing but the access log (each unlock is journalled) was written.
    let head = head.as_i64().unwrap();
    let kinds: Vec<String> = {
        let c = r.raw();
        let mut st = c
            .prepare("SELECT DISTINCT kind FROM events WHERE seq > ?1")
            .unwrap();
        st.query_map([head], |x| x.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert!(kinds.iter().all(|k| k.starts_with("session.")), "{kinds:?}");
    assert!(r.run(&["team", "status"]).status.code() != Some(0));

    // With the server's CA, verified to the host: create, invite, join, sync, verify.
    let tls = with(format!("sslmode=verify-full&sslrootcert={}", ca.display()));
    let (a, b) = team_of_two_at(r, &tls);
    let id = b.new_incident("Seen over TLS", "2026-03-06T10:00:00Z");
    b.json(&["sync"]);
    a.json(&["sync"]);
    assert_eq!(a.json(&["incident", "show", &id])["title"], "Seen over TLS");
    assert_eq!(a.json(&["verify", "--server", &tls])["ok"], true);
    // Every session the members held was in TLS (the server refuses any other).
    let clear = pg.psql(
        "team_tls",
        "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE NOT s.ssl AND a.client_addr IS NOT NULL",
    );
    assert_eq!(clear.trim(), "0");
}
