//! Property tests: canonical JSON round trips and chain verification under random mutation.

use breachlog_core::canonical;
use breachlog_core::journal::{verify_jsonl, Event, GENESIS_PREV};
use breachlog_core::Ts;
use proptest::prelude::*;
use serde_json::{Map, Value};

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
            prop::collection::btree_map("[a-zA-Z0-9_é]{0,8}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

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
