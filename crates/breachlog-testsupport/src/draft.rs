//! Reading a draft as the CLI prints it with `--json` (`notify draft`, `nis2 draft`, `cra
//! draft`, the letter to the people): its fields by id, their values, the fields still missing.
//! One reader for every draft test instead of a copy per test file.

use serde_json::Value;

/// Every field of every section, in order.
pub fn fields(d: &Value) -> impl Iterator<Item = &Value> {
    d["sections"]
        .as_array()
        .unwrap_or_else(|| panic!("no sections in {d}"))
        .iter()
        .flat_map(|s| s["fields"].as_array().expect("a section's fields").iter())
}

/// The ids of every field, in order.
pub fn ids(d: &Value) -> Vec<String> {
    fields(d)
        .map(|f| f["id"].as_str().expect("a field id").to_string())
        .collect()
}

/// The ids of the fields of section `index` (0-based), in order.
pub fn section_ids(d: &Value, index: usize) -> Vec<String> {
    d["sections"][index]["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("no section {index} in {d}"))
        .iter()
        .map(|f| f["id"].as_str().expect("a field id").to_string())
        .collect()
}

/// The value of field `id`; panics naming the field when the draft has none.
pub fn value<'a>(d: &'a Value, id: &str) -> &'a str {
    fields(d)
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no field {id} in {d}"))["value"]
        .as_str()
        .expect("a field value")
}

/// Every field as (id, value), in order.
pub fn values(d: &Value) -> Vec<(String, String)> {
    fields(d)
        .map(|f| {
            (
                f["id"].as_str().expect("a field id").to_string(),
                f["value"].as_str().expect("a field value").to_string(),
            )
        })
        .collect()
}

/// The fields the draft lists as still missing.
pub fn missing(d: &Value) -> Vec<String> {
    d["missing"]
        .as_array()
        .unwrap_or_else(|| panic!("no missing list in {d}"))
        .iter()
        .map(|v| v.as_str().expect("a missing field id").to_string())
        .collect()
}
