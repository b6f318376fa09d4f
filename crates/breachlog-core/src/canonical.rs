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
}
