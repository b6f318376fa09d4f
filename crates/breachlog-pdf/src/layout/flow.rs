//! The flow of a document: A4 pages with a running header and footer, titles, headings,
//! wrapped paragraphs, label/value lists and tables that break across pages.

use super::canvas::{palette, Canvas, Encoder};
use super::fonts::{Face, Fonts, A4_H, A4_W};

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
        self.keep_together(30.0 + keep);
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

    /// The height [`Flow::paragraph`] takes for `text` (without page breaks).
    pub fn paragraph_height(&self, face: Face, size: f32, text: &str) -> f32 {
        let lines = self.fonts.wrap(face, size, text, self.style.body_width());
        lines.len() as f32 * size * 1.35 + 4.0
    }

    /// Starts a new page unless `h` points fit, at most a page's worth: what follows is kept
    /// together (e.g. a closing section, so that no page holds only its last lines).
    pub fn keep_together(&mut self, h: f32) {
        self.ensure(h.min(self.style.body_top - self.style.body_bottom));
    }

    /// A wrapped paragraph; breaks across pages line by line, never leaving a single line of
    /// it alone at the foot or the head of a page (a paragraph of up to three lines is kept
    /// whole).
    pub fn paragraph(&mut self, face: Face, size: f32, text: &str) {
        let leading = size * 1.35;
        let lines = self.fonts.wrap(face, size, text, self.style.body_width());
        let n = lines.len();
        if n <= 3 {
            self.ensure(leading * n as f32);
        } else {
            self.ensure(leading * 2.0);
        }
        for (i, line) in lines.into_iter().enumerate() {
            // Only the last line would go to the next page: take the one before it along.
            if n > 3 && i + 2 == n && self.room() < 2.0 * leading {
                self.ensure(2.0 * leading);
            }
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

    /// A QR code of `data` (byte mode, error correction M, quiet zone of four modules) with
    /// `lines` in monospace beside it, kept on one page. `false` (nothing drawn) when `data` is
    /// too long for a QR code.
    pub fn qr_block(&mut self, data: &str, lines: &[String]) -> bool {
        let Ok(code) = qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::M) else {
            return false;
        };
        let n = code.width();
        let colors = code.to_colors();
        let side = 120.0_f32;
        let quiet = 4.0_f32;
        let module = side / (n as f32 + 2.0 * quiet);
        let size = 7.0;
        let leading = size * 1.35;
        let text_w = self.style.body_width() - side - 12.0;
        let wrapped: Vec<String> = lines
            .iter()
            .flat_map(|l| self.fonts.wrap(Face::Mono, size, l, text_w))
            .collect();
        let h = side.max(wrapped.len() as f32 * leading) + 6.0;
        self.ensure(h);
        let top = self.y;
        let (x0, y0) = (self.left(), top - side);
        self.canvas
            .rect(x0, y0, side, side, super::canvas::rgb(1.0, 1.0, 1.0));
        // One rectangle per run of dark modules in a row.
        for row in 0..n {
            let mut col = 0;
            while col < n {
                if colors[row * n + col] != qrcode::Color::Dark {
                    col += 1;
                    continue;
                }
                let start = col;
                while col < n && colors[row * n + col] == qrcode::Color::Dark {
                    col += 1;
                }
                self.canvas.rect(
                    x0 + (quiet + start as f32) * module,
                    top - (quiet + row as f32 + 1.0) * module,
                    (col - start) as f32 * module,
                    module,
                    palette::ink(),
                );
            }
        }
        self.canvas.lines(
            Face::Mono,
            size,
            x0 + side + 12.0,
            top - leading + 2.0,
            leading,
            palette::ink(),
            &wrapped,
        );
        self.y = top - h;
        true
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
