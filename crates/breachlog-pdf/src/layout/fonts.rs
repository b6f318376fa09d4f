//! The three embedded DejaVu faces, their advance widths and line breaking.

use printpdf::{FontId, ParsedFont};

use crate::{Error, Result};

const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const MONO: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono.ttf");

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
    pub(crate) fn index(self) -> usize {
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
