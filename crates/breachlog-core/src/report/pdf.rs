//! The PDF container. printpdf embeds and subsets the DejaVu fonts (from a placeholder page
//! showing every character the layout uses); the pages themselves are content streams written
//! by `layout::Canvas` (compressed page by page, so memory stays flat for long registers).
//! lopdf then (printpdf cannot) attaches the machine-readable content as an embedded file,
//! writes the document information and a fixed file identifier, and the result is sealed.
//!
//! * Attachment: catalog `/Names /EmbeddedFiles` name tree with one file specification
//!   `breachlog-report.json` (`/AFRelationship /Data`), also listed in the catalog's `/AF`.
//! * Document information: `/Title`, `/Subject`, `/Author`, `/Keywords` (with the head hash and
//!   the content hash), `/CreationDate` = `/ModDate` = the recorded issue time, and the
//!   machine keys `/BreachlogSerial`, `/BreachlogHeadSeq`, `/BreachlogHeadHash`,
//!   `/BreachlogContentSHA256`, `/BreachlogPrevReportSHA256` (empty for the first report).
//! * File identifier: the first 16 bytes of the content hash, twice (no randomness).
//! * Seal: `/BreachlogSeal` holds 64 hex digits: the SHA-256 of the whole file with those 64
//!   digits replaced by `0`. Any change to any byte of the file breaks it, without a register.

use std::collections::{BTreeSet, HashMap};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use printpdf::{FontId, PdfDocument, PdfPage, PdfSaveOptions};

use super::layout::{Fonts, FONT_IDS};
use super::ATTACHMENT_NAME;
use crate::error::{Error, Result};
use crate::Ts;

pub const SEAL_KEY: &[u8] = b"/BreachlogSeal(";
const SEAL_LEN: usize = 64;

/// What goes into the document information dictionary.
#[derive(Debug, Clone)]
pub struct Info {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: String,
    pub serial: String,
    pub issued_at: Ts,
    pub head_seq: u64,
    pub head_hash: String,
    pub content_sha256: String,
    pub prev_report_sha256: Option<String>,
}

fn pdf_err(e: impl std::fmt::Display) -> Error {
    Error::Data(format!("pdf: {e}"))
}

/// Text string: PDFDocEncoding-safe ASCII as a literal, anything else as UTF-16BE with BOM.
fn text(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn ascii(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

fn pdf_date(ts: &Ts) -> String {
    ts.as_utc().format("D:%Y%m%d%H%M%SZ").to_string()
}

/// The fonts, subset to the characters the layout collected, in a lopdf document whose single
/// placeholder page has been removed; plus, per face, the code of each character.
pub struct Prepared {
    doc: Document,
    pages_id: ObjectId,
    resources_id: ObjectId,
    pub codes: [HashMap<char, u16>; 3],
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Prepared")
    }
}

/// Lets printpdf embed and subset the fonts (from one page showing every character used) and
/// reads the subset's codes back from the `/ToUnicode` maps it wrote.
pub fn prepare_fonts(fonts: &Fonts, chars: &[BTreeSet<char>; 3]) -> Result<Prepared> {
    use printpdf::{Op, PdfFontHandle, Pt, TextItem};
    let mut pdf = PdfDocument::new("fonts");
    fonts.register(&mut pdf);
    let mut ops = Vec::new();
    for (i, set) in chars.iter().enumerate() {
        let text: String = set.iter().filter(|c| !c.is_control()).collect();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(FONT_IDS[i].into())),
            size: Pt(10.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
        ops.push(Op::EndTextSection);
    }
    pdf.pages = vec![PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), ops)];
    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut doc = printpdf::serialize::to_lopdf_doc(&pdf, &opts, &mut Vec::new());
    drop(pdf);

    let mut codes: [HashMap<char, u16>; 3] = Default::default();
    for (i, set) in chars.iter().enumerate() {
        let prefix = format!("{}+", FONT_IDS[i]);
        let font = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .find(|d| {
                d.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Type0".as_slice())
                    && d.get(b"BaseFont")
                        .and_then(|b| b.as_name())
                        .is_ok_and(|n| n.starts_with(prefix.as_bytes()))
            })
            .ok_or_else(|| pdf_err(format!("font {} not embedded", FONT_IDS[i])))?;
        let cmap_id = font
            .get(b"ToUnicode")
            .and_then(|o| o.as_reference())
            .map_err(pdf_err)?;
        let stream = doc
            .get_object(cmap_id)
            .and_then(|o| o.as_stream())
            .map_err(pdf_err)?;
        let text =
            String::from_utf8(stream.decompressed_content().map_err(pdf_err)?).map_err(pdf_err)?;
        let cmap = printpdf::ToUnicodeCMap::parse(&text).map_err(pdf_err)?;
        let mut by_glyph: HashMap<u16, u16> = HashMap::new();
        for (code, unicode) in &cmap.mappings {
            if let (Some(c), Ok(code)) = (
                unicode.first().and_then(|u| char::from_u32(*u)),
                u16::try_from(*code),
            ) {
                if let Some(g) = fonts.glyph(i, c) {
                    by_glyph.insert(g, code);
                }
            }
        }
        for c in set {
            if let Some(code) = fonts.glyph(i, *c).and_then(|g| by_glyph.get(&g)) {
                codes[i].insert(*c, *code);
            }
        }
    }

    // Remove the placeholder page; keep its resources (the font dictionary) for the real ones.
    let pages_id = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(|p| p.as_reference())
        .map_err(pdf_err)?;
    let page_id = doc
        .get_dictionary(pages_id)
        .and_then(|p| p.get(b"Kids"))
        .and_then(|k| k.as_array())
        .map_err(pdf_err)?
        .first()
        .and_then(|k| k.as_reference().ok())
        .ok_or_else(|| pdf_err("placeholder page missing"))?;
    let page = doc.get_dictionary(page_id).map_err(pdf_err)?;
    let resources_id = page
        .get(b"Resources")
        .and_then(|r| r.as_reference())
        .map_err(pdf_err)?;
    let contents_id = page.get(b"Contents").and_then(|r| r.as_reference()).ok();
    doc.objects.remove(&page_id);
    if let Some(c) = contents_id {
        doc.objects.remove(&c);
    }
    Ok(Prepared {
        doc,
        pages_id,
        resources_id,
        codes,
    })
}

/// The document with its pages (body and header/footer stream per page) in the page tree.
fn page_tree(
    prepared: Prepared,
    size: (f32, f32),
    pages: Vec<(Stream, Stream)>,
) -> Result<Document> {
    let Prepared {
        doc: mut lo,
        pages_id,
        resources_id,
        ..
    } = prepared;
    let media = Object::Array(vec![
        0.into(),
        0.into(),
        Object::Real(size.0),
        Object::Real(size.1),
    ]);
    let mut kids = Vec::with_capacity(pages.len());
    for (body, deco) in pages {
        let body_id = lo.add_object(Object::Stream(body));
        let deco_id = lo.add_object(Object::Stream(deco));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_id));
        page.set("MediaBox", media.clone());
        page.set("Resources", Object::Reference(resources_id));
        page.set(
            "Contents",
            Object::Array(vec![Object::Reference(body_id), Object::Reference(deco_id)]),
        );
        kids.push(Object::Reference(lo.add_object(Object::Dictionary(page))));
    }
    let count = kids.len() as i64;
    let pages_dict = lo.get_dictionary_mut(pages_id).map_err(pdf_err)?;
    pages_dict.set("Kids", Object::Array(kids));
    pages_dict.set("Count", Object::Integer(count));
    lo.version = "1.7".into();
    Ok(lo)
}

/// A plain PDF (no seal, no attachment): for documents that are not reports of the register,
/// such as the Recovery Kit.
pub fn plain(
    prepared: Prepared,
    size: (f32, f32),
    pages: Vec<(Stream, Stream)>,
    title: &str,
    author: &str,
    created: &Ts,
) -> Result<Vec<u8>> {
    let mut lo = page_tree(prepared, size, pages)?;
    let date = ascii(&pdf_date(created));
    let mut dict = Dictionary::new();
    dict.set("Title", text(title));
    dict.set("Author", text(author));
    dict.set(
        "Creator",
        ascii(concat!("Breachlog ", env!("CARGO_PKG_VERSION"))),
    );
    dict.set("CreationDate", date.clone());
    dict.set("ModDate", date);
    let info_id = lo.add_object(Object::Dictionary(dict));
    lo.trailer.set("Info", Object::Reference(info_id));
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(pdf_err)?;
    Ok(bytes)
}

/// Builds the final, sealed PDF from the prepared fonts and the page streams (body and
/// header/footer per page).
pub fn finish(
    prepared: Prepared,
    size: (f32, f32),
    pages: Vec<(Stream, Stream)>,
    info: &Info,
    content: &[u8],
) -> Result<Vec<u8>> {
    // Sized once: growing a large buffer step by step inflates the peak memory.
    let estimate = pages
        .iter()
        .map(|(a, b)| a.content.len() + b.content.len() + 200)
        .sum::<usize>()
        + content.len() / 3
        + (1 << 20);
    let mut lo = page_tree(prepared, size, pages)?;
    lo.version = "1.7".into();

    // Document information (replaces printpdf's).
    let date = ascii(&pdf_date(&info.issued_at));
    let mut dict = Dictionary::new();
    dict.set("Title", text(&info.title));
    dict.set("Subject", text(&info.subject));
    dict.set("Author", text(&info.author));
    dict.set("Keywords", text(&info.keywords));
    dict.set(
        "Creator",
        ascii(concat!("Breachlog ", env!("CARGO_PKG_VERSION"))),
    );
    dict.set("Producer", ascii("Breachlog (printpdf 0.12, lopdf 0.44)"));
    dict.set("CreationDate", date.clone());
    dict.set("ModDate", date.clone());
    dict.set("Trapped", Object::Name(b"False".to_vec()));
    dict.set("BreachlogSerial", ascii(&info.serial));
    dict.set("BreachlogHeadSeq", ascii(&info.head_seq.to_string()));
    dict.set("BreachlogHeadHash", ascii(&info.head_hash));
    dict.set("BreachlogContentSHA256", ascii(&info.content_sha256));
    dict.set(
        "BreachlogPrevReportSHA256",
        ascii(info.prev_report_sha256.as_deref().unwrap_or("")),
    );
    dict.set("BreachlogSeal", ascii(&"0".repeat(SEAL_LEN)));
    let info_id = lo.add_object(Object::Dictionary(dict));
    lo.trailer.set("Info", Object::Reference(info_id));
    let id_bytes = hex::decode(&info.content_sha256[..32]).map_err(pdf_err)?;
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id_bytes.clone(), StringFormat::Hexadecimal),
            Object::String(id_bytes, StringFormat::Hexadecimal),
        ]),
    );

    // The embedded file.
    let mut params = Dictionary::new();
    params.set("Size", Object::Integer(content.len() as i64));
    params.set("ModDate", date);
    let mut ef_dict = Dictionary::new();
    ef_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
    ef_dict.set("Subtype", Object::Name(b"application/json".to_vec()));
    ef_dict.set("Params", Object::Dictionary(params));
    let ef_id = lo.add_object(Object::Stream(Stream::new(ef_dict, content.to_vec())));
    let mut ef = Dictionary::new();
    ef.set("F", Object::Reference(ef_id));
    ef.set("UF", Object::Reference(ef_id));
    let mut spec = Dictionary::new();
    spec.set("Type", Object::Name(b"Filespec".to_vec()));
    spec.set("F", ascii(ATTACHMENT_NAME));
    spec.set("UF", ascii(ATTACHMENT_NAME));
    spec.set(
        "Desc",
        ascii("Breachlog report content (RFC 8785 canonical JSON)"),
    );
    spec.set("AFRelationship", Object::Name(b"Data".to_vec()));
    spec.set("EF", Object::Dictionary(ef));
    let spec_id = lo.add_object(Object::Dictionary(spec));
    let mut tree = Dictionary::new();
    tree.set(
        "Names",
        Object::Array(vec![ascii(ATTACHMENT_NAME), Object::Reference(spec_id)]),
    );
    let mut names = Dictionary::new();
    names.set("EmbeddedFiles", Object::Dictionary(tree));
    let catalog = lo.catalog_mut().map_err(pdf_err)?;
    catalog.set("Names", Object::Dictionary(names));
    catalog.set("AF", Object::Array(vec![Object::Reference(spec_id)]));
    catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));

    lo.compress();
    let mut bytes = Vec::with_capacity(estimate);
    lo.save_to(&mut bytes).map_err(pdf_err)?;
    seal(&mut bytes)?;
    Ok(bytes)
}

/// Position of the seal's 64 digits; the key must occur exactly once.
fn seal_range(bytes: &[u8]) -> Option<std::ops::Range<usize>> {
    let mut found = None;
    let mut start = 0;
    while let Some(pos) = find(&bytes[start..], SEAL_KEY) {
        if found.is_some() {
            return None;
        }
        let at = start + pos + SEAL_KEY.len();
        found = Some(at..at + SEAL_LEN);
        start = at;
    }
    let r = found?;
    (r.end < bytes.len() && bytes[r.end] == b')').then_some(r)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn seal_digest(bytes: &[u8], r: &std::ops::Range<usize>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(&bytes[..r.start]);
    h.update([b'0'; SEAL_LEN]);
    h.update(&bytes[r.end..]);
    hex::encode(h.finalize())
}

fn seal(bytes: &mut [u8]) -> Result<()> {
    let r = seal_range(bytes).ok_or_else(|| pdf_err("seal placeholder not found"))?;
    let digest = seal_digest(bytes, &r);
    bytes[r].copy_from_slice(digest.as_bytes());
    Ok(())
}

/// Recomputes the seal in place (for tools and tamper tests that rewrite a file on purpose).
pub fn reseal(bytes: &mut [u8]) -> Result<()> {
    seal(bytes)
}

/// Whether the seal is present and matches: `Some(true|false)`, `None` when absent.
pub fn check_seal(bytes: &[u8]) -> Option<bool> {
    let r = seal_range(bytes)?;
    let stored = &bytes[r.clone()];
    Some(seal_digest(bytes, &r).as_bytes() == stored)
}

/// What a verifier reads back from a PDF.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub info: std::collections::BTreeMap<String, String>,
    pub attachment: Option<Vec<u8>>,
    pub attachment_names: Vec<String>,
}

fn obj_text(o: &Object) -> Option<String> {
    match o {
        Object::String(b, _) => {
            if b.starts_with(&[0xfe, 0xff]) {
                let units: Vec<u16> = b[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16(&units).ok()
            } else {
                Some(String::from_utf8_lossy(b).into_owned())
            }
        }
        Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
        Object::Integer(i) => Some(i.to_string()),
        _ => None,
    }
}

/// Parses the PDF and returns its information dictionary and embedded `breachlog-report.json`.
pub fn extract(bytes: &[u8]) -> Result<Extracted> {
    let doc = Document::load_mem(bytes).map_err(pdf_err)?;
    let mut out = Extracted::default();
    if let Ok(info) = doc
        .trailer
        .get(b"Info")
        .and_then(|o| doc.dereference(o))
        .and_then(|(_, o)| o.as_dict())
    {
        for (k, v) in info.iter() {
            if let Some(t) = obj_text(v) {
                out.info.insert(String::from_utf8_lossy(k).into_owned(), t);
            }
        }
    }
    let catalog = doc.catalog().map_err(pdf_err)?;
    let deref = |o: &Object| -> Option<Object> { doc.dereference(o).ok().map(|(_, o)| o.clone()) };
    let tree = catalog
        .get(b"Names")
        .ok()
        .and_then(deref)
        .and_then(|n| {
            n.as_dict()
                .ok()
                .and_then(|d| d.get(b"EmbeddedFiles").ok().cloned())
        })
        .and_then(|o| deref(&o));
    let mut specs: Vec<(String, Object)> = Vec::new();
    if let Some(Object::Dictionary(tree)) = tree {
        collect_names(&doc, &tree, &mut specs, 0, &mut NameWalk::default())?;
    }
    for (name, spec) in specs {
        out.attachment_names.push(name.clone());
        if name != ATTACHMENT_NAME || out.attachment.is_some() {
            continue;
        }
        let stream_id: Option<ObjectId> = deref(&spec)
            .and_then(|s| s.as_dict().ok().and_then(|d| d.get(b"EF").ok().cloned()))
            .and_then(|o| deref(&o))
            .and_then(|ef| ef.as_dict().ok().and_then(|d| d.get(b"F").ok().cloned()))
            .and_then(|f| f.as_reference().ok());
        if let Some(id) = stream_id {
            let stream = doc
                .get_object(id)
                .and_then(|o| o.as_stream())
                .map_err(pdf_err)?;
            let content = stream
                .decompressed_content_with_limit(512 * 1024 * 1024)
                .map_err(pdf_err)?;
            out.attachment = Some(content);
        }
    }
    Ok(out)
}

/// Deepest name-tree level read: a report's tree has one level; real trees have a few.
const MAX_NAME_DEPTH: u32 = 16;
/// Most name-tree nodes read from one file (a report has one).
const MAX_NAME_NODES: usize = 1024;
/// Most names read from one file (a report has one attachment).
const MAX_NAMES: usize = 4096;

/// What a walk of the `/EmbeddedFiles` name tree has seen: every node at most once, and no
/// more than the budget, so any file is read in bounded time (security review M5: a node whose
/// `/Kids` lists itself 40 times, 16 levels deep, meant 40^16 visits).
#[derive(Default)]
struct NameWalk {
    visited: std::collections::HashSet<ObjectId>,
    nodes: usize,
}

fn collect_names(
    doc: &Document,
    node: &Dictionary,
    out: &mut Vec<(String, Object)>,
    depth: u32,
    walk: &mut NameWalk,
) -> Result<()> {
    walk.nodes += 1;
    if walk.nodes > MAX_NAME_NODES {
        return Err(pdf_err(format!(
            "the embedded-file name tree has more than {MAX_NAME_NODES} nodes"
        )));
    }
    if depth > MAX_NAME_DEPTH {
        return Err(pdf_err(format!(
            "the embedded-file name tree is nested more than {MAX_NAME_DEPTH} levels deep"
        )));
    }
    if let Ok(Object::Array(items)) = node.get(b"Names") {
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                if let Some(name) = doc.dereference(k).ok().and_then(|(_, o)| obj_text(o)) {
                    if out.len() >= MAX_NAMES {
                        return Err(pdf_err(format!(
                            "the embedded-file name tree has more than {MAX_NAMES} names"
                        )));
                    }
                    out.push((name, v.clone()));
                }
            }
        }
    }
    if let Ok(Object::Array(kids)) = node.get(b"Kids") {
        for kid in kids {
            let Ok((id, Object::Dictionary(d))) = doc.dereference(kid) else {
                continue;
            };
            // A node listed twice (under one parent or another, or as its own kid) is a cycle
            // or a shared node, neither of which a name tree has.
            if let Some(id) = id {
                if !walk.visited.insert(id) {
                    return Err(pdf_err(format!(
                        "the embedded-file name tree lists object {} {} more than once",
                        id.0, id.1
                    )));
                }
            }
            collect_names(doc, d, out, depth + 1, walk)?;
        }
    }
    Ok(())
}
