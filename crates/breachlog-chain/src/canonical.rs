//! RFC 8785 (JCS) canonical JSON for the values Breachlog hashes.
//!
//! Journal payloads never contain floating-point numbers (decimals are strings), so the
//! canonical form reduces to: object members sorted by the UTF-16 code units of their names,
//! no insignificant whitespace, strings escaped as ECMAScript `JSON.stringify` does, integers
//! in plain decimal. We sort explicitly instead of relying on `serde_json`'s map order, which a
//! dependency enabling `preserve_order` would silently change.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Why a value has no canonical form here.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CanonicalError {
    #[error("floating-point number {0} is not allowed in hashed data; store decimals as strings")]
    Float(String),
}

/// Canonical JSON text of `value`.
pub fn to_string(value: &Value) -> Result<String, CanonicalError> {
    let mut out = String::with_capacity(256);
    write_value(value, &mut out)?;
    Ok(out)
}

/// Lowercase hex SHA-256 of the canonical bytes of `value`.
pub fn sha256_hex(value: &Value) -> Result<String, CanonicalError> {
    Ok(sha256_bytes_hex(to_string(value)?.as_bytes()))
}

/// Lowercase hex SHA-256 of raw bytes.
pub fn sha256_bytes_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Appends the canonical text of `value` to `out`.
pub fn write_value(value: &Value, out: &mut String) -> Result<(), CanonicalError> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() {
                out.push_str(&n.to_string());
            } else {
                return Err(CanonicalError::Float(n.to_string()));
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// Escapes like ECMAScript `JSON.stringify`: `"` `\` and control characters; the short forms
/// `\b \f \n \r \t`, other controls as `\u00xx` with lowercase hex; everything else literal UTF-8.
/// Appends a canonical JSON string literal to `out`.
pub fn write_string(s: &str, out: &mut String) {
    out.push('"');
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Nesting deeper than this is never taken as canonical (serde_json refuses it too).
const MAX_DEPTH: usize = 128;

/// One member of a canonical JSON object: the byte range of its name (inside the quotes) and of
/// its value, in the text that was scanned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: std::ops::Range<usize>,
    pub value: std::ops::Range<usize>,
}

/// Whether `text` is exactly the canonical text [`write_value`] writes for the value it
/// denotes, checked by a scan without building the value: no whitespace, members in strictly
/// ascending UTF-16 order (so no duplicates), integers only (no `-0`, within `i64`/`u64`),
/// strings escaped exactly as [`write_string`] escapes them. Conservative: `false` can also
/// mean "not decided here" (a member name with an escape), so use it only to take a fast path
/// and fall back to parsing.
pub fn is_canonical(text: &str) -> bool {
    scan_value(text, 0, 0) == Some(text.len())
}

/// The top-level members of `text` when it is a canonical JSON object (see [`is_canonical`]),
/// written to `out` in order; `false` when it is not (then `out` is unspecified).
pub fn canonical_members(text: &str, out: &mut Vec<Member>) -> bool {
    out.clear();
    scan_object(text, 0, 0, &mut |name, value| {
        out.push(Member { name, value })
    }) == Some(text.len())
}

fn scan_value(t: &str, i: usize, depth: usize) -> Option<usize> {
    let b = t.as_bytes();
    match *b.get(i)? {
        b'{' => scan_object(t, i, depth, &mut |_, _| {}),
        b'[' => {
            if depth >= MAX_DEPTH {
                return None;
            }
            let mut j = i + 1;
            if b.get(j) == Some(&b']') {
                return Some(j + 1);
            }
            loop {
                j = scan_value(t, j, depth + 1)?;
                match *b.get(j)? {
                    b',' => j += 1,
                    b']' => return Some(j + 1),
                    _ => return None,
                }
            }
        }
        b'"' => scan_string(b, i),
        b'n' => literal(b, i, b"null"),
        b't' => literal(b, i, b"true"),
        b'f' => literal(b, i, b"false"),
        b'-' | b'0'..=b'9' => scan_integer(t, i),
        _ => None,
    }
}

fn scan_object(
    t: &str,
    i: usize,
    depth: usize,
    member: &mut dyn FnMut(std::ops::Range<usize>, std::ops::Range<usize>),
) -> Option<usize> {
    let b = t.as_bytes();
    if b.get(i) != Some(&b'{') || depth >= MAX_DEPTH {
        return None;
    }
    let mut j = i + 1;
    if b.get(j) == Some(&b'}') {
        return Some(j + 1);
    }
    let mut previous: Option<&str> = None;
    loop {
        let name_end = scan_string(b, j)?;
        let name = t.get(j + 1..name_end - 1)?;
        // A name with an escape would need decoding to be ordered: not decided here.
        if name.contains('\\') || previous.is_some_and(|p| utf16_cmp(p, name).is_ge()) {
            return None;
        }
        previous = Some(name);
        if b.get(name_end) != Some(&b':') {
            return None;
        }
        let value_start = name_end + 1;
        let value_end = scan_value(t, value_start, depth + 1)?;
        member(j + 1..name_end - 1, value_start..value_end);
        match *b.get(value_end)? {
            b',' => j = value_end + 1,
            b'}' => return Some(value_end + 1),
            _ => return None,
        }
    }
}

fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.cmp(b)
    } else {
        a.encode_utf16().cmp(b.encode_utf16())
    }
}

fn scan_string(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match *b.get(j)? {
            b'"' => return Some(j + 1),
            c if c < 0x20 => return None,
            b'\\' => match *b.get(j + 1)? {
                b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => j += 2,
                b'u' => {
                    // Only the controls without a short form, as `\u00xx` in lowercase hex.
                    let hex = b.get(j + 2..j + 6)?;
                    let lower = |c: u8| c.is_ascii_digit() || (b'a'..=b'f').contains(&c);
                    if &hex[..2] != b"00" || !hex[2..].iter().all(|&c| lower(c)) {
                        return None;
                    }
                    let code = u8::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()?;
                    if code >= 0x20 || matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d) {
                        return None;
                    }
                    j += 6;
                }
                _ => return None,
            },
            _ => j += 1,
        }
    }
}

fn literal(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    (b.get(i..i + word.len())? == word).then_some(i + word.len())
}

fn scan_integer(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let negative = b[i] == b'-';
    let digits = if negative { i + 1 } else { i };
    let mut j = digits;
    match *b.get(j)? {
        b'0' => j += 1,
        b'1'..=b'9' => {
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
        }
        _ => return None,
    }
    if matches!(b.get(j), Some(b'0'..=b'9' | b'.' | b'e' | b'E')) {
        return None;
    }
    let text = &t[i..j];
    let fits = if negative {
        text != "-0" && text.parse::<i64>().is_ok()
    } else {
        text.parse::<u64>().is_ok()
    };
    fits.then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sorts_members_and_drops_whitespace() {
        let v = json!({"b": 1, "a": [true, null, "x"], "c": {"z": 0, "y": -5}});
        assert_eq!(
            to_string(&v).unwrap(),
            r#"{"a":[true,null,"x"],"b":1,"c":{"y":-5,"z":0}}"#
        );
    }

    #[test]
    fn escapes_like_json_stringify() {
        let v = json!("q\"b\\\u{1}\u{1f}\n\té€😀\u{7f}");
        assert_eq!(
            to_string(&v).unwrap(),
            "\"q\\\"b\\\\\\u0001\\u001f\\n\\té€😀\u{7f}\""
        );
    }

    #[test]
    fn sorts_by_utf16_code_units_not_bytes() {
        // U+FF61 sorts after U+1F600 in UTF-8 bytes but before it in UTF-16 (surrogates D83D…).
        let v = json!({"\u{ff61}": 1, "\u{1f600}": 2});
        assert_eq!(to_string(&v).unwrap(), "{\"\u{1f600}\":2,\"\u{ff61}\":1}");
    }

    #[test]
    fn refuses_floats() {
        assert!(matches!(
            to_string(&json!({"x": 1.5})),
            Err(CanonicalError::Float(_))
        ));
    }

    #[test]
    fn sha256_of_known_bytes() {
        // sha256("") is a published constant.
        assert_eq!(
            sha256_bytes_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    /// The scan agrees with parsing and re-serialising: canonical exactly when the text is what
    /// `write_value` writes for the parsed value.
    #[test]
    fn the_scan_agrees_with_a_parse_and_reserialise() {
        let cases = [
            r#"{}"#,
            r#"[]"#,
            r#"{"a":1,"b":[true,false,null],"c":{"d":"x"}}"#,
            r#"{"b":1,"a":2}"#,
            r#"{"a":1,"a":2}"#,
            r#"{"a": 1}"#,
            r#" {"a":1}"#,
            r#"{"a":1}x"#,
            r#"{"a":1.5}"#,
            r#"{"a":1e3}"#,
            r#"{"a":-0}"#,
            r#"{"a":0}"#,
            r#"{"a":-12}"#,
            r#"{"a":012}"#,
            r#"{"a":18446744073709551615}"#,
            r#"{"a":18446744073709551616}"#,
            r#"{"a":-9223372036854775808}"#,
            r#"{"a":-9223372036854775809}"#,
            r#"{"a":"\u00e9"}"#,
            r#"{"a":"é"}"#,
            r#"{"a":"\/"}"#,
            r#"{"a":"\u001f"}"#,
            r#"{"a":"\u001F"}"#,
            r#"{"a":"\u000a"}"#,
            r#"{"a":"\n\t\"\\"}"#,
            r#"{"a":"\u007f"}"#,
            "{\"a\":\"\u{7f}\"}",
            "{\"\u{1f600}\":2,\"\u{ff61}\":1}",
            "{\"\u{ff61}\":1,\"\u{1f600}\":2}",
            r#"{"a":[1,]}"#,
            r#"{"a":[,1]}"#,
            r#"{"a":tru}"#,
            r#"{"a":"x}"#,
            r#"{"a"}"#,
            r#"{"a":1,}"#,
            r#"[1,2,"x",{"k":[]}]"#,
            r#""just a string""#,
        ];
        for text in cases {
            let expected = serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| to_string(&v).ok())
                .is_some_and(|c| c == text);
            assert_eq!(is_canonical(text), expected, "{text}");
        }
    }

    #[test]
    fn members_are_the_top_level_ones_in_order() {
        let text = r#"{"a":{"z":1},"b":"x,y","c":[1,2]}"#;
        let mut members = Vec::new();
        assert!(canonical_members(text, &mut members));
        let shown: Vec<(&str, &str)> = members
            .iter()
            .map(|m| (&text[m.name.clone()], &text[m.value.clone()]))
            .collect();
        assert_eq!(
            shown,
            [("a", r#"{"z":1}"#), ("b", r#""x,y""#), ("c", "[1,2]")]
        );
        assert!(!canonical_members("[1]", &mut members));
        assert!(!canonical_members(r#"{"b":1,"a":2}"#, &mut members));
    }

    #[test]
    fn deep_nesting_is_not_taken_as_canonical() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(!is_canonical(&deep));
        let fine = "[".repeat(100) + &"]".repeat(100);
        assert!(is_canonical(&fine));
    }
}
