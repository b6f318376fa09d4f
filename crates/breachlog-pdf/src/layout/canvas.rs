//! Colours and the content-stream operators of one page ([`Canvas`]), and the encoder that first
//! collects the characters a document uses (for font subsetting) and then writes them.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use super::fonts::{Face, FONT_IDS};

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
