//! The PDF container. printpdf embeds and subsets the DejaVu fonts (from a placeholder page
//! showing every character the layout uses); the pages themselves are content streams written
//! by `layout::Canvas` (compressed page by page, so memory stays flat for long documents).
//! lopdf then (printpdf cannot) attaches files, writes the document information (standard keys
//! and any extra keys the caller gives) and an optional fixed file identifier.
//!
//! * Attachments: catalog `/Names /EmbeddedFiles` name tree with one file specification per
//!   attachment, each also listed in the catalog's `/AF`.

use std::collections::{BTreeSet, HashMap};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use printpdf::{FontId, PdfDocument, PdfPage, PdfSaveOptions};

use chrono::{DateTime, Utc};

use crate::layout::{Fonts, FONT_IDS};
use crate::{Error, Result};

/// What goes into the document information dictionary.
#[derive(Debug, Clone, Default)]
pub struct Info {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: String,
    pub created: Option<DateTime<Utc>>,
    /// Further keys, written as ASCII strings in this order (e.g. machine-readable identifiers).
    pub extra: Vec<(String, String)>,
    /// The file identifier (`/ID`, written twice); none leaves printpdf's out.
    pub id: Option<Vec<u8>>,
}

/// A file embedded in the PDF.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub name: String,
    pub mime: String,
    pub description: String,
    pub bytes: Vec<u8>,
    /// `/AFRelationship` (e.g. `Data`).
    pub relationship: String,
}

fn pdf_err(e: impl std::fmt::Display) -> Error {
    Error(format!("pdf: {e}"))
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

fn pdf_date(ts: &DateTime<Utc>) -> String {
    ts.format("D:%Y%m%d%H%M%SZ").to_string()
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

/// Builds the final PDF from the prepared fonts, the page streams (body and header/footer per
/// page), the document information and the attachments.
pub fn finish(
    prepared: Prepared,
    size: (f32, f32),
    pages: Vec<(Stream, Stream)>,
    info: &Info,
    attachments: &[Attachment],
) -> Result<Vec<u8>> {
    // Sized once: growing a large buffer step by step inflates the peak memory.
    let estimate = pages
        .iter()
        .map(|(a, b)| a.content.len() + b.content.len() + 200)
        .sum::<usize>()
        + attachments.iter().map(|a| a.bytes.len() / 3).sum::<usize>()
        + (1 << 20);
    let mut lo = page_tree(prepared, size, pages)?;

    // Document information (replaces printpdf's).
    let mut dict = Dictionary::new();
    dict.set("Title", text(&info.title));
    if !info.subject.is_empty() {
        dict.set("Subject", text(&info.subject));
    }
    dict.set("Author", text(&info.author));
    if !info.keywords.is_empty() {
        dict.set("Keywords", text(&info.keywords));
    }
    dict.set(
        "Creator",
        ascii(concat!("Breachlog ", env!("CARGO_PKG_VERSION"))),
    );
    dict.set("Producer", ascii("Breachlog (printpdf 0.12, lopdf 0.44)"));
    let date = info.created.as_ref().map(|d| ascii(&pdf_date(d)));
    if let Some(date) = &date {
        dict.set("CreationDate", date.clone());
        dict.set("ModDate", date.clone());
    }
    dict.set("Trapped", Object::Name(b"False".to_vec()));
    for (k, v) in &info.extra {
        dict.set(k.as_bytes().to_vec(), ascii(v));
    }
    let info_id = lo.add_object(Object::Dictionary(dict));
    lo.trailer.set("Info", Object::Reference(info_id));
    if let Some(id) = &info.id {
        lo.trailer.set(
            "ID",
            Object::Array(vec![
                Object::String(id.clone(), StringFormat::Hexadecimal),
                Object::String(id.clone(), StringFormat::Hexadecimal),
            ]),
        );
    }

    // The embedded files.
    if !attachments.is_empty() {
        let mut names_arr = Vec::new();
        let mut af = Vec::new();
        for a in attachments {
            let mut params = Dictionary::new();
            params.set("Size", Object::Integer(a.bytes.len() as i64));
            if let Some(date) = &date {
                params.set("ModDate", date.clone());
            }
            let mut ef_dict = Dictionary::new();
            ef_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
            ef_dict.set("Subtype", Object::Name(a.mime.as_bytes().to_vec()));
            ef_dict.set("Params", Object::Dictionary(params));
            let ef_id = lo.add_object(Object::Stream(Stream::new(ef_dict, a.bytes.clone())));
            let mut ef = Dictionary::new();
            ef.set("F", Object::Reference(ef_id));
            ef.set("UF", Object::Reference(ef_id));
            let mut spec = Dictionary::new();
            spec.set("Type", Object::Name(b"Filespec".to_vec()));
            spec.set("F", ascii(&a.name));
            spec.set("UF", ascii(&a.name));
            spec.set("Desc", ascii(&a.description));
            spec.set(
                "AFRelationship",
                Object::Name(a.relationship.as_bytes().to_vec()),
            );
            spec.set("EF", Object::Dictionary(ef));
            let spec_id = lo.add_object(Object::Dictionary(spec));
            names_arr.push(ascii(&a.name));
            names_arr.push(Object::Reference(spec_id));
            af.push(Object::Reference(spec_id));
        }
        let mut tree = Dictionary::new();
        tree.set("Names", Object::Array(names_arr));
        let mut names = Dictionary::new();
        names.set("EmbeddedFiles", Object::Dictionary(tree));
        let catalog = lo.catalog_mut().map_err(pdf_err)?;
        catalog.set("Names", Object::Dictionary(names));
        catalog.set("AF", Object::Array(af));
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
    }

    lo.compress();
    let mut bytes = Vec::with_capacity(estimate);
    lo.save_to(&mut bytes).map_err(pdf_err)?;
    Ok(bytes)
}
