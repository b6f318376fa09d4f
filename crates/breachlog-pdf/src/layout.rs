//! A small document layout engine on top of printpdf's page operations: A4 pages, a header
//! and a "page x of y" footer on every page, wrapped paragraphs, label/value lists and tables
//! that break across pages with their header row repeated.
//!
//! Everything is measured with the embedded DejaVu fonts (vendored under `assets/fonts`, see
//! `LICENSE-DejaVu.txt` there), so layout does not depend on fonts installed on the system and
//! the same input always gives the same operations.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use printpdf::{FontId, ParsedFont};

use crate::{Error, Result};

const SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
const MONO: &[u8] = include_bytes!("../assets/fonts/DejaVuSansMono.ttf");

/// A4 in points.
pub const A4_W: f32 = 595.28;
pub const A4_H: f32 = 841.89;

/// Fixed font resource ids: random ids would make the PDF bytes differ between runs. The first
/// six letters become the subset tag (`BLSANS+DejaVuSans`), which must be six capitals.
pub const FONT_IDS: [&str; 3] = ["BLSANS", "BLBOLD", "BLMONO"];

/// Number of code points whose advance widths are precomputed (Latin, Latin-1, Latin Extended).
const WIDTH_TABLE: usize = 0x250;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    Mono,
}

impl Face {
    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Mono => 2,
        }
    }
}

/// The three embedded faces and their advance widths.
pub struct Fonts {
    parsed: Vec<ParsedFont>,
    /// Advance width per code point below [`WIDTH_TABLE`], in em.
    table: Vec<Vec<f32>>,
    upem: Vec<f32>,
    /// A replacement applied to every text drawn: (marker, label) — a report prints the
    /// localised label in place of the redaction marker of its projections.
    pub redacted: Option<(String, String)>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts")
    }
}

impl Fonts {
    pub fn load() -> Result<Fonts> {
        let mut parsed = Vec::new();
        for bytes in [SANS, SANS_BOLD, MONO] {
            let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
                .ok_or_else(|| Error("embedded font could not be parsed".into()))?;
            parsed.push(font);
        }
        let mut fonts = Fonts {
            parsed,
            table: Vec::new(),
            upem: Vec::new(),
            redacted: None,
        };
        for i in 0..3 {
            let upem = f32::from(fonts.parsed[i].font_metrics.units_per_em.max(1));
            fonts.upem.push(upem);
            let row = (0..WIDTH_TABLE as u32)
                .map(|cp| fonts.lookup(i, cp))
                .collect();
            fonts.table.push(row);
        }
        Ok(fonts)
    }

    fn lookup(&self, face: usize, cp: u32) -> f32 {
        let font = &self.parsed[face];
        let gid = font
            .lookup_glyph_index(cp)
            .or_else(|| font.lookup_glyph_index('?' as u32))
            .unwrap_or(0);
        f32::from(font.get_horizontal_advance(gid)) / self.upem[face]
    }

    /// The glyph id of `c` in the face at `index` (0 regular, 1 bold, 2 mono).
    pub fn glyph(&self, index: usize, c: char) -> Option<u16> {
        self.parsed.get(index)?.lookup_glyph_index(c as u32)
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let i = face.index();
        let em: f32 = text
            .chars()
            .map(|c| {
                let cp = c as u32;
                if (cp as usize) < WIDTH_TABLE {
                    self.table[i][cp as usize]
                } else {
                    self.lookup(i, cp)
                }
            })
            .sum();
        em * size
    }

    /// Adds the faces to `doc` under their fixed ids.
    pub fn register(&self, doc: &mut printpdf::PdfDocument) {
        for (i, font) in self.parsed.iter().enumerate() {
            doc.resources.fonts.map.insert(
                FontId(FONT_IDS[i].into()),
                printpdf::PdfFont::new(font.clone()),
            );
        }
    }

    /// `text` with the redaction marker replaced by the report language's label.
    fn localise<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        match &self.redacted {
            Some((marker, label)) if !marker.is_empty() && text.contains(marker.as_str()) => {
                std::borrow::Cow::Owned(text.replace(marker.as_str(), label))
            }
            _ => std::borrow::Cow::Borrowed(text),
        }
    }

    /// Breaks `text` into lines no wider than `max` points. Explicit newlines are kept. Words
    /// longer than a whole line (long Dutch and German compounds, hashes, URLs) are split:
    /// after a hyphen or slash they contain, else at a syllable boundary with a hyphen added
    /// (see [`Fonts::hyphen_split`]), and only as a last resort between any two characters.
    pub fn wrap(&self, face: Face, size: f32, text: &str, max: f32) -> Vec<String> {
        let text = &*self.localise(text);
        let mut lines = Vec::new();
        let space = self.width(face, size, " ");
        for para in text.split('\n') {
            let para = para.trim_end();
            let mut line = String::new();
            let mut line_w = 0.0f32;
            for word in para.split(' ').filter(|w| !w.is_empty()) {
                let w = self.width(face, size, word);
                let extra = if line.is_empty() { w } else { space + w };
                if line_w + extra <= max {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w += extra;
                    continue;
                }
                if w <= max {
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    line.push_str(word);
                    line_w = w;
                    continue;
                }
                // A word wider than a line: hyphenate, starting on the current line.
                let mut rest = word.to_string();
                loop {
                    let lead = if line.is_empty() { 0.0 } else { line_w + space };
                    let rest_w = self.width(face, size, &rest);
                    if lead + rest_w <= max {
                        if !line.is_empty() {
                            line.push(' ');
                        }
                        line.push_str(&rest);
                        line_w = lead + rest_w;
                        break;
                    }
                    let split = self
                        .hyphen_split(face, size, &rest, max - lead)
                        .or_else(|| {
                            // Nothing fits after the current line's text: start a fresh line.
                            if line.is_empty() {
                                Some(self.char_split(face, size, &rest, max))
                            } else {
                                None
                            }
                        });
                    match split {
                        Some((head, tail)) => {
                            if !line.is_empty() {
                                line.push(' ');
                            }
                            line.push_str(&head);
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                            rest = tail;
                        }
                        None => {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                    }
                }
            }
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }

    /// The longest head of `word` that fits `room` points when split after a hyphen or slash
    /// it contains, or at a syllable boundary (before a consonant that starts a syllable:
    /// `ver-wer-kings-ver-ant-woor-de-lij-ken`) with a hyphen added. Heads keep at least two
    /// letters, tails at least three; `ch` and the Dutch `ij` are never split. Monospaced text
    /// (hashes, ids) is never hyphenated.
    pub fn hyphen_split(
        &self,
        face: Face,
        size: f32,
        word: &str,
        room: f32,
    ) -> Option<(String, String)> {
        if face == Face::Mono || room <= 0.0 {
            return None;
        }
        let chars: Vec<char> = word.chars().collect();
        let n = chars.len();
        let vowel = |c: char| {
            "aeiouyàáâäèéêëìíîïòóôöùúûüÿæœ".contains(c.to_lowercase().next().unwrap_or(c))
        };
        let consonant = |c: char| c.is_alphabetic() && !vowel(c);
        // The longest fitting break after a hyphen or slash wins; else the longest syllable break.
        let mut best: [Option<(String, String)>; 2] = [None, None];
        for p in 2..n.saturating_sub(2) {
            let (before, at, next) = (chars[p - 1], chars[p], chars[p + 1]);
            let explicit = matches!(before, '-' | '/');
            let head: String = if explicit {
                chars[..p].iter().collect()
            } else if before.is_alphabetic()
                && consonant(at)
                && vowel(next)
                && !(before.eq_ignore_ascii_case(&'c') && at.eq_ignore_ascii_case(&'h'))
                && !(before.eq_ignore_ascii_case(&'i') && at.eq_ignore_ascii_case(&'j'))
                && chars[..p].iter().filter(|c| c.is_alphabetic()).count() >= 2
                && chars[p..].iter().filter(|c| c.is_alphabetic()).count() >= 3
            {
                chars[..p].iter().collect::<String>() + "-"
            } else {
                continue;
            };
            if self.width(face, size, &head) <= room {
                best[usize::from(!explicit)] = Some((head, chars[p..].iter().collect()));
            } else {
                break;
            }
        }
        let [explicit, syllable] = best;
        explicit.or(syllable)
    }

    /// Splits `word` between characters so that the head fits `max` (at least one character);
    /// a hyphen is added between two letters.
    fn char_split(&self, face: Face, size: f32, word: &str, max: f32) -> (String, String) {
        let chars: Vec<char> = word.chars().collect();
        let hyphen_w = self.width(face, size, "-");
        let mut w = 0.0;
        let mut k = 0;
        while k < chars.len() {
            let cw = self.width(face, size, chars[k].encode_utf8(&mut [0; 4]));
            let needs_hyphen = face != Face::Mono
                && chars[k].is_alphabetic()
                && chars.get(k + 1).is_some_and(|c| c.is_alphabetic());
            let extra = if needs_hyphen { hyphen_w } else { 0.0 };
            if k > 0 && w + cw + extra > max {
                break;
            }
            w += cw;
            k += 1;
        }
        let k = k.clamp(1, chars.len().saturating_sub(1).max(1));
        let mut head: String = chars[..k].iter().collect();
        if face != Face::Mono
            && chars[k - 1].is_alphabetic()
            && chars.get(k).is_some_and(|c| c.is_alphabetic())
        {
            head.push('-');
        }
        (head, chars[k..].iter().collect())
    }

    /// `text` shortened with an ellipsis to fit `max` points.
    pub fn fit(&self, face: Face, size: f32, text: &str, max: f32) -> String {
        let text = &*self.localise(text);
        if self.width(face, size, text) <= max {
            return text.to_string();
        }
        let mut out = String::new();
        let budget = max - self.width(face, size, "…");
        let mut w = 0.0;
        for c in text.chars() {
            let cw = self.width(face, size, c.encode_utf8(&mut [0; 4]));
            if w + cw > budget {
                break;
            }
            out.push(c);
            w += cw;
        }
        out.push('…');
        out
    }
}

pub type Color = (f32, f32, f32);

pub fn rgb(r: f32, g: f32, b: f32) -> Color {
    (r, g, b)
}

/// Colours of the document.
pub mod palette {
    use super::{rgb, Color};
    pub fn ink() -> Color {
        rgb(0.11, 0.12, 0.14)
    }
    pub fn muted() -> Color {
        rgb(0.38, 0.40, 0.44)
    }
    pub fn accent() -> Color {
        rgb(0.09, 0.23, 0.40)
    }
    pub fn rule() -> Color {
        rgb(0.70, 0.73, 0.78)
    }
    pub fn header_fill() -> Color {
        rgb(0.90, 0.92, 0.95)
    }
    pub fn zebra() -> Color {
        rgb(0.965, 0.97, 0.98)
    }
    pub fn panel() -> Color {
        rgb(0.95, 0.96, 0.975)
    }
}

/// How text becomes bytes. Layout runs twice: first collecting the characters each face needs
/// (so the embedded fonts can be subset), then writing with the subset's glyph codes.
pub enum Encoder {
    Collect(RefCell<[BTreeSet<char>; 3]>),
    Encode([HashMap<char, u16>; 3]),
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Encoder::Collect(_) => "Encoder::Collect",
            Encoder::Encode(_) => "Encoder::Encode",
        })
    }
}

impl Encoder {
    /// Starts collecting; printable ASCII is always included (page numbers, hashes).
    pub fn collect() -> Encoder {
        let ascii: BTreeSet<char> = (0x20u8..0x7f).map(char::from).collect();
        Encoder::Collect(RefCell::new([ascii.clone(), ascii.clone(), ascii]))
    }

    pub fn is_collecting(&self) -> bool {
        matches!(self, Encoder::Collect(_))
    }

    /// The characters collected per face.
    pub fn chars(&self) -> [BTreeSet<char>; 3] {
        match self {
            Encoder::Collect(sets) => sets.borrow().clone(),
            Encoder::Encode(_) => Default::default(),
        }
    }

    fn write(&self, face: Face, text: &str, out: &mut Vec<u8>) {
        match self {
            Encoder::Collect(sets) => {
                sets.borrow_mut()[face.index()].extend(text.chars());
            }
            Encoder::Encode(maps) => {
                let map = &maps[face.index()];
                let fallback = map.get(&'?').copied().unwrap_or(0);
                out.push(b'<');
                for c in text.chars() {
                    let code = map.get(&c).copied().unwrap_or(fallback);
                    out.extend_from_slice(format!("{code:04x}").as_bytes());
                }
                out.push(b'>');
            }
        }
    }
}

fn num(out: &mut Vec<u8>, v: f32) {
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() {
        out.extend_from_slice(format!("{} ", r as i64).as_bytes());
    } else {
        out.extend_from_slice(format!("{r:.2} ").as_bytes());
    }
}

/// Low-level drawing into one content stream (PDF coordinates: origin bottom left).
pub struct Canvas<'e> {
    pub buf: Vec<u8>,
    enc: &'e Encoder,
    fill: Option<Color>,
}

impl<'e> Canvas<'e> {
    pub fn new(enc: &'e Encoder) -> Canvas<'e> {
        Canvas {
            buf: Vec::new(),
            enc,
            fill: None,
        }
    }

    fn set_fill(&mut self, c: Color) {
        if self.fill != Some(c) {
            num(&mut self.buf, c.0);
            num(&mut self.buf, c.1);
            num(&mut self.buf, c.2);
            self.buf.extend_from_slice(b"rg\n");
            self.fill = Some(c);
        }
    }

    /// Forgets the tracked graphics state (a new stream or a truncated one).
    pub fn reset_state(&mut self) {
        self.fill = None;
    }

    fn font(&mut self, face: Face, size: f32) {
        self.buf.push(b'/');
        self.buf
            .extend_from_slice(FONT_IDS[face.index()].as_bytes());
        self.buf.push(b' ');
        num(&mut self.buf, size);
        self.buf.extend_from_slice(b"Tf\n");
    }

    fn show(&mut self, face: Face, x: f32, y: f32, text: &str) {
        self.buf.extend_from_slice(b"1 0 0 1 ");
        num(&mut self.buf, x);
        num(&mut self.buf, y);
        self.buf.extend_from_slice(b"Tm ");
        self.enc.write(face, text, &mut self.buf);
        self.buf.extend_from_slice(b" Tj\n");
    }

    pub fn text(&mut self, face: Face, size: f32, x: f32, y: f32, color: Color, text: &str) {
        if text.is_empty() {
            return;
        }
        self.set_fill(color);
        self.buf.extend_from_slice(b"BT\n");
        self.font(face, size);
        self.show(face, x, y, text);
        self.buf.extend_from_slice(b"ET\n");
    }

    /// Several lines of one face in a single text object.
    #[allow(clippy::too_many_arguments)]
    pub fn lines(
        &mut self,
        face: Face,
        size: f32,
        x: f32,
        mut y: f32,
        leading: f32,
        color: Color,
        lines: &[String],
    ) {
        if lines.iter().all(|l| l.is_empty()) {
            return;
        }
        self.set_fill(color);
        self.buf.extend_from_slice(b"BT\n");
        self.font(face, size);
        for line in lines {
            if !line.is_empty() {
                self.show(face, x, y, line);
            }
            y -= leading;
        }
        self.buf.extend_from_slice(b"ET\n");
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color) {
        self.set_fill(color);
        for v in [x, y, w, h] {
            num(&mut self.buf, v);
        }
        self.buf.extend_from_slice(b"re f\n");
    }

    pub fn hline(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, color: Color) {
        num(&mut self.buf, color.0);
        num(&mut self.buf, color.1);
        num(&mut self.buf, color.2);
        self.buf.extend_from_slice(b"RG ");
        num(&mut self.buf, thickness);
        self.buf.extend_from_slice(b"w ");
        num(&mut self.buf, x1);
        num(&mut self.buf, y);
        self.buf.extend_from_slice(b"m ");
        num(&mut self.buf, x2);
        num(&mut self.buf, y);
        self.buf.extend_from_slice(b"l S\n");
    }

    /// The finished stream, compressed with `z` (`None` while collecting). One compressor is
    /// reused for every page: a fresh one per page allocates a large state each time, which
    /// fragments the heap of long registers.
    pub fn into_stream(self, z: &mut flate2::Compress) -> Option<lopdf::Stream> {
        if self.enc.is_collecting() {
            return None;
        }
        z.reset();
        let mut out = Vec::with_capacity(self.buf.len() / 2 + 64);
        loop {
            let before = out.len();
            let status = z.compress_vec(
                &self.buf[z.total_in() as usize..],
                &mut out,
                flate2::FlushCompress::Finish,
            );
            match status {
                Ok(flate2::Status::StreamEnd) => break,
                Ok(_) if out.len() == out.capacity() || out.len() == before => {
                    out.reserve(out.capacity().max(1024))
                }
                Ok(_) => {}
                Err(_) => return Some(lopdf::Stream::new(lopdf::Dictionary::new(), self.buf)),
            }
        }
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
        Some(lopdf::Stream::new(dict, out))
    }
}

/// One paragraph inside a table cell.
#[derive(Debug, Clone)]
pub struct Span {
    pub face: Face,
    pub text: String,
}

impl Span {
    pub fn new(face: Face, text: impl Into<String>) -> Span {
        Span {
            face,
            text: text.into(),
        }
    }
    pub fn plain(text: impl Into<String>) -> Span {
        Span::new(Face::Regular, text)
    }
    pub fn bold(text: impl Into<String>) -> Span {
        Span::new(Face::Bold, text)
    }
}

pub type Cell = Vec<Span>;

/// A table column: title and share of the available width.
#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    pub weight: f32,
}

/// Page geometry and style.
#[derive(Debug, Clone, Copy)]
pub struct PageStyle {
    pub width: f32,
    pub height: f32,
    pub margin_x: f32,
    /// Top of the body (below the running header).
    pub body_top: f32,
    /// Bottom of the body (above the footer).
    pub body_bottom: f32,
}

impl PageStyle {
    pub fn portrait() -> PageStyle {
        PageStyle {
            width: A4_W,
            height: A4_H,
            margin_x: 50.0,
            body_top: A4_H - 78.0,
            body_bottom: 62.0,
        }
    }
    pub fn landscape() -> PageStyle {
        PageStyle {
            width: A4_H,
            height: A4_W,
            margin_x: 40.0,
            body_top: A4_W - 70.0,
            body_bottom: 56.0,
        }
    }
    pub fn body_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }
}

pub const BODY: f32 = 9.0;
pub const SMALL: f32 = 7.5;
const TABLE: f32 = 7.5;
const CELL_PAD: f32 = 3.0;

/// Flows blocks onto pages.
pub struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub style: PageStyle,
    enc: &'f Encoder,
    /// Finished page bodies (compressed; empty while collecting) and their number.
    pages: Vec<lopdf::Stream>,
    page_count: usize,
    z: flate2::Compress,
    canvas: Canvas<'f>,
    /// Current top of the free space (PDF y, decreasing).
    y: f32,
    /// The heading just drawn (text, ops before it, y before it), so a table that cannot
    /// start on this page can take its heading along instead of leaving it orphaned.
    last_heading: Option<(String, usize, f32, usize)>,
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts, enc: &'f Encoder, style: PageStyle) -> Flow<'f> {
        Flow {
            fonts,
            style,
            enc,
            pages: Vec::new(),
            page_count: 0,
            z: flate2::Compress::new(flate2::Compression::default(), true),
            canvas: Canvas::new(enc),
            y: style.body_top,
            last_heading: None,
        }
    }

    fn left(&self) -> f32 {
        self.style.margin_x
    }

    fn room(&self) -> f32 {
        self.y - self.style.body_bottom
    }

    pub fn new_page(&mut self) {
        let canvas = std::mem::replace(&mut self.canvas, Canvas::new(self.enc));
        if let Some(stream) = canvas.into_stream(&mut self.z) {
            self.pages.push(stream);
        }
        self.page_count += 1;
        self.y = self.style.body_top;
    }

    /// Starts a new page unless `h` points still fit.
    pub fn ensure(&mut self, h: f32) {
        if self.room() < h && self.y < self.style.body_top {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y -= h;
    }

    /// Title block at the top of the first page.
    pub fn title(&mut self, title: &str, subtitle: &[String]) {
        let w = self.style.body_width();
        let lines = self.fonts.wrap(Face::Bold, 17.0, title, w);
        self.y -= 17.0;
        let leading = 21.0;
        self.canvas.lines(
            Face::Bold,
            17.0,
            self.left(),
            self.y,
            leading,
            palette::accent(),
            &lines,
        );
        self.y -= leading * (lines.len() as f32 - 1.0) + 8.0;
        for s in subtitle {
            let wrapped = self.fonts.wrap(Face::Regular, BODY, s, w);
            self.y -= BODY + 3.0;
            self.canvas.lines(
                Face::Regular,
                BODY,
                self.left(),
                self.y,
                BODY + 3.0,
                palette::muted(),
                &wrapped,
            );
            self.y -= (BODY + 3.0) * (wrapped.len() as f32 - 1.0);
        }
        self.y -= 8.0;
        self.canvas
            .hline(self.left(), self.left() + w, self.y, 1.2, palette::accent());
        self.y -= 12.0;
    }

    /// A section heading; kept together with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, keep: f32) {
        self.ensure(30.0 + keep);
        let (ops_before, y_before) = (self.canvas.buf.len(), self.y);
        if self.y < self.style.body_top {
            self.y -= 8.0;
        }
        self.y -= 12.0;
        self.canvas.text(
            Face::Bold,
            11.5,
            self.left(),
            self.y,
            palette::accent(),
            text,
        );
        self.y -= 5.0;
        let w = self.style.body_width();
        self.canvas
            .hline(self.left(), self.left() + w, self.y, 0.5, palette::rule());
        self.y -= 9.0;
        self.last_heading = Some((
            text.to_string(),
            ops_before,
            y_before,
            self.canvas.buf.len(),
        ));
    }

    /// A wrapped paragraph; breaks across pages line by line.
    pub fn paragraph(&mut self, face: Face, size: f32, text: &str) {
        let leading = size * 1.35;
        let lines = self.fonts.wrap(face, size, text, self.style.body_width());
        for line in lines {
            self.ensure(leading);
            self.y -= leading;
            self.canvas.text(
                face,
                size,
                self.left(),
                self.y + (leading - size) * 0.3,
                palette::ink(),
                &line,
            );
        }
        self.y -= 4.0;
    }

    /// Label/value rows (labels bold, values wrapped); empty values are skipped.
    pub fn fields(&mut self, rows: &[(String, String)]) {
        let w = self.style.body_width();
        let label_w = (w * 0.32).min(230.0);
        let value_w = w - label_w - 8.0;
        let leading = BODY * 1.35;
        for (label, value) in rows.iter().filter(|(_, v)| !v.trim().is_empty()) {
            let labels = self.fonts.wrap(Face::Bold, BODY, label, label_w);
            let values = self.fonts.wrap(Face::Regular, BODY, value, value_w);
            let n = labels.len().max(values.len());
            // Keep short entries together; long ones flow line by line.
            self.ensure(leading * n.min(4) as f32 + 3.0);
            for i in 0..n {
                self.ensure(leading);
                self.y -= leading;
                let base = self.y + 2.5;
                if let Some(l) = labels.get(i) {
                    self.canvas
                        .text(Face::Bold, BODY, self.left(), base, palette::muted(), l);
                }
                if let Some(v) = values.get(i) {
                    self.canvas.text(
                        Face::Regular,
                        BODY,
                        self.left() + label_w + 8.0,
                        base,
                        palette::ink(),
                        v,
                    );
                }
            }
            self.y -= 3.0;
        }
        self.y -= 4.0;
    }

    /// A shaded panel with wrapped monospaced/regular lines (used for hashes).
    pub fn panel(&mut self, rows: &[(String, String, Face)]) {
        let w = self.style.body_width();
        let label_w = (w * 0.30).min(160.0);
        let value_w = w - label_w - 24.0;
        let leading = BODY * 1.4;
        // Hashes are set a little smaller so that 64 hex digits stay on one line.
        let size_of = |f: Face| if f == Face::Mono { 8.0 } else { BODY };
        let prepared: Vec<(Vec<String>, Vec<String>, Face)> = rows
            .iter()
            .map(|(l, v, f)| {
                (
                    self.fonts.wrap(Face::Bold, BODY, l, label_w),
                    self.fonts.wrap(*f, size_of(*f), v, value_w),
                    *f,
                )
            })
            .collect();
        let total: f32 = prepared
            .iter()
            .map(|(l, v, _)| l.len().max(v.len()) as f32 * leading + 4.0)
            .sum::<f32>()
            + 10.0;
        self.ensure(total.min(self.style.body_top - self.style.body_bottom));
        let top = self.y;
        self.canvas
            .rect(self.left(), top - total, w, total, palette::panel());
        self.y -= 6.0;
        for (labels, values, face) in prepared {
            let n = labels.len().max(values.len());
            let start = self.y;
            self.canvas.lines(
                Face::Bold,
                BODY,
                self.left() + 8.0,
                start - leading + 2.5,
                leading,
                palette::muted(),
                &labels,
            );
            self.canvas.lines(
                face,
                size_of(face),
                self.left() + 8.0 + label_w + 8.0,
                start - leading + 2.5,
                leading,
                palette::ink(),
                &values,
            );
            self.y -= n as f32 * leading + 4.0;
        }
        self.y = top - total - 6.0;
    }

    /// A table with a header row repeated on every page it spans. Rows taller than a page
    /// are split between lines.
    pub fn table(&mut self, columns: &[Column], rows: impl IntoIterator<Item = Vec<Cell>>) {
        let w = self.style.body_width();
        let total_weight: f32 = columns.iter().map(|c| c.weight).sum::<f32>().max(0.001);
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| w * c.weight / total_weight)
            .collect();
        let leading = TABLE * 1.3;
        let header: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, cw)| {
                self.fonts
                    .wrap(Face::Bold, TABLE, &c.title, cw - 2.0 * CELL_PAD)
            })
            .collect();
        let header_lines = header.iter().map(Vec::len).max().unwrap_or(1);
        let header_h = header_lines as f32 * leading + 2.0 * CELL_PAD;

        let mut header_drawn_on_page = false;
        let mut zebra = false;
        let heading_end = self.canvas.buf.len();
        let mut first = true;
        for row in rows {
            // Lay out the cell contents: per cell a list of (face, line).
            let cells: Vec<Vec<(Face, String)>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, cw)| {
                    let mut out = Vec::new();
                    for span in cell {
                        for line in
                            self.fonts
                                .wrap(span.face, TABLE, &span.text, cw - 2.0 * CELL_PAD)
                        {
                            out.push((span.face, line));
                        }
                    }
                    out
                })
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let full_page =
                self.style.body_top - self.style.body_bottom - header_h - 2.0 * CELL_PAD;
            let mut done = 0usize;
            while done < n {
                let fits_header = if header_drawn_on_page { 0.0 } else { header_h };
                // A row that fits on a page is kept together; a taller one is split between
                // lines, with at least three lines on each page.
                let rest = (n - done) as f32 * leading;
                let keep = if rest <= full_page {
                    rest
                } else {
                    3.0 * leading
                };
                let want = keep + 2.0 * CELL_PAD + fits_header;
                if self.room() < want {
                    // Nothing of the table on this page yet: take a heading drawn just
                    // before it to the next page.
                    let heading = match self.last_heading.take() {
                        Some((text, ops, y, after))
                            if first
                                && after == heading_end
                                && self.canvas.buf.len() == heading_end =>
                        {
                            self.canvas.buf.truncate(ops);
                            self.canvas.reset_state();
                            self.y = y;
                            Some(text)
                        }
                        _ => None,
                    };
                    self.new_page();
                    if let Some(text) = heading {
                        self.heading(&text, 0.0);
                    }
                    header_drawn_on_page = false;
                }
                if !header_drawn_on_page {
                    self.draw_header(&header, &widths, header_h, leading);
                    header_drawn_on_page = true;
                }
                let avail = ((self.room() - 2.0 * CELL_PAD) / leading).floor().max(1.0) as usize;
                let take = (n - done).min(avail);
                let h = take as f32 * leading + 2.0 * CELL_PAD;
                if zebra {
                    self.canvas
                        .rect(self.left(), self.y - h, w, h, palette::zebra());
                }
                let mut x = self.left();
                for (cell, cw) in cells.iter().zip(&widths) {
                    let mut y = self.y - CELL_PAD - TABLE;
                    for (face, line) in cell.iter().skip(done).take(take) {
                        self.canvas
                            .text(*face, TABLE, x + CELL_PAD, y + 1.0, palette::ink(), line);
                        y -= leading;
                    }
                    x += cw;
                }
                self.y -= h;
                self.canvas
                    .hline(self.left(), self.left() + w, self.y, 0.3, palette::rule());
                done += take;
                if done < n {
                    self.new_page();
                    header_drawn_on_page = false;
                }
            }
            zebra = !zebra;
            first = false;
            // A page break inside the table draws the header again on the next page.
            if self.room() < leading + 2.0 * CELL_PAD {
                self.new_page();
                header_drawn_on_page = false;
            }
        }
        self.y -= 8.0;
    }

    fn draw_header(&mut self, header: &[Vec<String>], widths: &[f32], h: f32, leading: f32) {
        let w = self.style.body_width();
        self.canvas
            .rect(self.left(), self.y - h, w, h, palette::header_fill());
        let mut x = self.left();
        for (lines, cw) in header.iter().zip(widths) {
            self.canvas.lines(
                Face::Bold,
                TABLE,
                x + CELL_PAD,
                self.y - CELL_PAD - TABLE + 1.0,
                leading,
                palette::accent(),
                lines,
            );
            x += cw;
        }
        self.y -= h;
        self.canvas
            .hline(self.left(), self.left() + w, self.y, 0.8, palette::accent());
    }

    /// Ends the flow: returns the page count and, when encoding, per page the body and a
    /// second stream with the header and footer drawn by `decorate` (called with the canvas,
    /// the page number from 1 and the page count).
    pub fn finish(
        mut self,
        decorate: impl Fn(&mut Canvas<'_>, usize, usize),
    ) -> (usize, Vec<(lopdf::Stream, lopdf::Stream)>) {
        if !self.canvas.buf.is_empty() || self.page_count == 0 {
            self.new_page();
        }
        let total = self.page_count;
        let enc = self.enc;
        if enc.is_collecting() {
            let mut canvas = Canvas::new(enc);
            decorate(&mut canvas, total, total);
            return (total, Vec::new());
        }
        let mut z = self.z;
        let pages = self
            .pages
            .into_iter()
            .enumerate()
            .filter_map(|(i, body)| {
                let mut canvas = Canvas::new(enc);
                decorate(&mut canvas, i + 1, total);
                canvas.into_stream(&mut z).map(|deco| (body, deco))
            })
            .collect();
        (total, pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_sane() {
        let f = Fonts::load().unwrap();
        let m = f.width(Face::Mono, 10.0, "0123456789abcdef");
        let r = f.width(Face::Regular, 10.0, "0123456789abcdef");
        eprintln!(
            "mono {m} regular {r} ä {}",
            f.width(Face::Regular, 10.0, "ä")
        );
        assert!((m - 16.0 * 6.02).abs() < 1.0, "{m}");
    }

    #[test]
    fn long_compounds_are_hyphenated_at_syllables_and_hashes_are_not() {
        let f = Fonts::load().unwrap();
        let max = 80.0;
        for word in [
            "verwerkingsverantwoordelijken",
            "burgerservicenummer",
            "Multifactorauthenticatie",
            "Verzekeringsgegevens",
        ] {
            let lines = f.wrap(
                Face::Regular,
                7.5,
                &format!("De {word} zijn geïnformeerd"),
                max,
            );
            assert!(
                lines.iter().all(|l| f.width(Face::Regular, 7.5, l) <= max),
                "{lines:?}"
            );
            let joined: String = lines
                .iter()
                .map(|l| l.strip_suffix('-').map_or(format!("{l} "), str::to_string))
                .collect();
            assert_eq!(
                joined.trim_end(),
                format!("De {word} zijn geïnformeerd"),
                "{lines:?}"
            );
            for pair in lines.windows(2).filter(|p| p[0].ends_with('-')) {
                // The break is before a consonant that starts a syllable.
                let next: Vec<char> = pair[1].chars().take(2).collect();
                assert!(
                    !"aeiou".contains(next[0]) && "aeiouy".contains(next[1]),
                    "{lines:?}"
                );
            }
        }
        let lines = f.wrap(Face::Regular, 7.5, "verwerkingsverantwoordelijken", 80.0);
        assert_eq!(lines, ["verwerkingsverant-", "woordelijken"]);
        let lines = f.wrap(Face::Regular, 7.5, "E-Mail-Adressen/Telefonnummern", 60.0);
        assert_eq!(lines[0], "E-Mail-");
        let hash = "ab".repeat(32);
        let lines = f.wrap(Face::Mono, 7.5, &hash, 100.0);
        assert!(
            lines.len() > 1 && lines.iter().all(|l| !l.ends_with('-')) && lines.concat() == hash,
            "{lines:?}"
        );
    }
}
