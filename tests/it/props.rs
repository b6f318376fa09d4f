//! Property tests: canonical JSON round trips, agreement with the Python reference verifier's
//! canonicalisation, and chain verification under random mutation.
//!
//! Failing cases are saved to committed files under `tests/proptest-regressions/` ([`config`])
//! and replayed first on every run: commit the lines proptest adds there.

use breachlog_core::canonical;
use breachlog_core::journal::{verify_jsonl, Event, GENESIS_PREV};
use breachlog_core::Ts;
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, TestRunner};
use serde_json::{Map, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[\\u{0}-\\u{1f}\"\\\\é😀]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z0-9_é\u{e000}\u{fb00}😀]{0,8}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Where the failing cases of the property tests in `file` (e.g. `props.txt`) are kept: a
/// committed file, named from the crate's directory rather than found from `file!()` and the
/// working directory (proptest's default, which picks the same folder today).
pub fn regressions(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("proptest-regressions")
        .join(file)
}

/// `cases` cases; failures are persisted to [`regressions`]`(file)`.
pub fn config(cases: u32, file: &'static str) -> ProptestConfig {
    let path = regressions(file).to_string_lossy().into_owned();
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(Box::leak(
            path.into_boxed_str(),
        )))),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(512, "props.txt"))]

    #[test]
    fn canonical_text_parses_back_to_the_same_value(v in json_value()) {
        let text = canonical::to_string(&v).unwrap();
        let back: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(canonical::to_string(&back).unwrap(), text.clone());
        prop_assert!(!text.contains('\n'));
    }

    #[test]
    fn any_single_payload_change_is_detected(payloads in prop::collection::vec(json_value(), 1..8), pick in any::<prop::sample::Index>()) {
        let ts = Ts::parse("2026-01-01T00:00:00Z").unwrap();
        let mut events: Vec<Event> = Vec::new();
        for p in payloads {
            let (seq, prev) = events.last().map_or((0, GENESIS_PREV.to_string()), |e| (e.seq, e.hash.clone()));
            let mut m = Map::new();
            m.insert("v".into(), p);
            events.push(Event::next(seq, &prev, ts, "prop", "note.added", None, Value::Object(m)).unwrap());
        }
        let lines = |evs: &[Event]| evs.iter().map(|e| e.to_line().unwrap() + "\n").collect::<String>();
        prop_assert!(verify_jsonl(lines(&events).as_bytes(), None).is_ok());
        let i = pick.index(events.len());
        events[i].payload["v"] = Value::String("tampered".into());
        if events[i].compute_hash().unwrap() != events[i].hash {
            let err = verify_jsonl(lines(&events).as_bytes(), None).unwrap_err();
            prop_assert_eq!(err.seq, i as u64 + 1);
        }
    }
}

/// The Python reference verifier's `canonical`, fed one JSON text a line and answering with its
/// canonical text a line: one `python3` process for every generated case.
struct PythonCanonical {
    child: std::process::Child,
    out: BufReader<std::process::ChildStdout>,
}

impl PythonCanonical {
    fn spawn() -> Self {
        let verifier = Path::new(env!("CARGO_MANIFEST_DIR")).join("verifier");
        let script = "import sys\n\
            from verify_chain import parse_json, canonical\n\
            for line in sys.stdin.buffer:\n\
            \x20   value, dup = parse_json(line.decode('utf-8'))\n\
            \x20   assert dup is None\n\
            \x20   sys.stdout.buffer.write(canonical(value).encode('utf-8') + b'\\n')\n\
            \x20   sys.stdout.buffer.flush()\n";
        let mut child = Command::new("python3")
            .arg("-c")
            .arg(script)
            .env("PYTHONPATH", verifier)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 is needed for the reference verifier");
        let out = BufReader::new(child.stdout.take().unwrap());
        PythonCanonical { child, out }
    }

    fn canonical(&mut self, json_text: &str) -> String {
        assert!(!json_text.contains('\n'));
        let stdin = self.child.stdin.as_mut().unwrap();
        stdin.write_all(json_text.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        self.out.read_line(&mut line).unwrap();
        assert!(line.ends_with('\n'), "python3 stopped answering");
        line.pop();
        line
    }
}

impl Drop for PythonCanonical {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// Object members in an arbitrary order (serde_json writes its maps sorted by Rust's byte
/// order, which is not the canonical UTF-16 order), so the Python side has to sort them too.
fn shuffled_text(v: &Value, salt: u64) -> String {
    match v {
        Value::Object(m) => {
            let mut members: Vec<(&String, &Value)> = m.iter().collect();
            members.sort_by_key(|(k, _)| {
                k.bytes()
                    .fold(salt, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)))
            });
            let inner: Vec<String> = members
                .into_iter()
                .map(|(k, x)| format!("{}: {}", Value::String(k.clone()), shuffled_text(x, salt)))
                .collect();
            format!("{{ {} }}", inner.join(" , "))
        }
        Value::Array(items) => format!(
            "[ {} ]",
            items
                .iter()
                .map(|x| shuffled_text(x, salt))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The Rust canonicalisation and the independent Python one (tests/verifier) give the same
/// text for any JSON value the journal may hold; one Python process answers every case.
#[test]
fn rust_and_python_canonical_json_agree() {
    let python = std::cell::RefCell::new(PythonCanonical::spawn());
    let mut cfg = config(1024, "props-python.txt");
    cfg.source_file = Some(file!());
    let mut runner = TestRunner::new(cfg);
    let result = runner.run(&(json_value(), any::<u64>()), |(v, salt)| {
        let rust = canonical::to_string(&v).unwrap();
        let text = shuffled_text(&v, salt);
        let answer = python.borrow_mut().canonical(&text);
        prop_assert_eq!(answer, rust, "input {}", text);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// A failing property is saved where [`config`] says, and the committed files are tracked.
#[test]
fn failing_cases_are_saved_to_the_committed_regression_files() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("saved.txt");
    let mut cfg = config(64, "unused.txt");
    cfg.failure_persistence = Some(Box::new(FileFailurePersistence::Direct(Box::leak(
        file.to_string_lossy().into_owned().into_boxed_str(),
    ))));
    cfg.source_file = Some(file!());
    let mut runner = TestRunner::new(cfg);
    let failed = runner.run(&(0u32..1000), |x| {
        prop_assert!(x < 10);
        Ok(())
    });
    assert!(failed.is_err());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.lines().any(|l| l.starts_with("cc ")), "{saved}");

    // The real files: present, and neither ignored nor untracked by git.
    for name in ["props.txt", "props-python.txt", "hostile.txt"] {
        let path = regressions(name);
        assert!(path.is_file(), "{} is missing", path.display());
        let tracked = Command::new("git")
            .args(["ls-files", "--error-unmatch"])
            .arg(&path)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            tracked.status.success(),
            "{} is not committed: {}",
            path.display(),
            String::from_utf8_lossy(&tracked.stderr)
        );
    }
}
