//! The Recovery Kit: one printable page with the register's recovery key and what to do with
//! it, like a password manager's emergency kit. It holds the recovery key in clear, so it is
//! written only where the user chooses (Save as PDF) and is not a report of the register (no
//! serial, no seal, no journal event carries it).

use crate::domain::Language;
use crate::error::Result;
use crate::i18n::Localizer;
use crate::Ts;
use breachlog_pdf::layout::{palette, Canvas, Encoder, Face, Flow, Fonts, PageStyle, BODY, SMALL};
use breachlog_pdf::pdf;

/// What the kit shows.
#[derive(Debug, Clone)]
pub struct RecoveryKit<'a> {
    pub language: Language,
    pub organisation: &'a str,
    pub register_path: &'a str,
    pub register_id: &'a str,
    pub recovery_key: &'a str,
    /// When the key was issued, and the zone to show it in.
    pub issued_at: Ts,
    pub timezone: &'a str,
}

/// Renders the kit as a one-page A4 PDF.
pub fn recovery_kit(kit: &RecoveryKit<'_>) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let l = Localizer::new(kit.language);
    let issued = kit.issued_at.local_minute(kit.timezone);
    let style = PageStyle::portrait();
    let title = l.text("kit-title");
    let organisation = if kit.organisation.trim().is_empty() {
        l.text("report-unnamed-org")
    } else {
        kit.organisation.to_string()
    };
    let layout = |enc: &Encoder| {
        let mut flow = Flow::new(&fonts, enc, style);
        flow.title(&title, &[organisation.clone(), l.text("kit-subtitle")]);
        flow.fields(&[
            (l.text("kit-organisation"), organisation.clone()),
            (l.text("kit-register-file"), kit.register_path.to_string()),
            (l.text("kit-register-id"), kit.register_id.to_string()),
            (l.text("kit-issued"), issued.clone()),
        ]);
        flow.space(10.0);
        flow.panel(&[(
            l.text("kit-recovery-key"),
            kit.recovery_key.to_string(),
            Face::Mono,
        )]);
        for (heading, body) in [
            ("kit-what-heading", "kit-what"),
            ("kit-keep-heading", "kit-keep"),
            ("kit-use-heading", "kit-use"),
            ("kit-lost-heading", "kit-lost"),
        ] {
            flow.heading(&l.text(heading), 30.0);
            for para in l.text(body).split('\n').filter(|p| !p.trim().is_empty()) {
                flow.paragraph(Face::Regular, BODY, para.trim());
                flow.space(3.0);
            }
        }
        flow.finish(|c: &mut Canvas<'_>, _page, _total| {
            let text = l.text("kit-footer");
            c.text(
                Face::Regular,
                SMALL,
                style.margin_x,
                32.0,
                palette::muted(),
                &fonts.fit(Face::Regular, SMALL, &text, style.body_width()),
            );
        })
    };
    let collect = Encoder::collect();
    layout(&collect);
    let mut prepared = pdf::prepare_fonts(&fonts, &collect.chars())?;
    drop(collect);
    let encode = Encoder::Encode(std::mem::take(&mut prepared.codes));
    let (_, pages) = layout(&encode);
    let info = pdf::Info {
        title: title.clone(),
        author: organisation.clone(),
        created: Some(kit.issued_at.as_utc()),
        ..Default::default()
    };
    Ok(pdf::finish(
        prepared,
        (style.width, style.height),
        pages,
        &info,
        &[],
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kit carries the key, the register's identity and the instructions, in the chosen
    /// language, on one page (checked in the PDF's own text, as any viewer extracts it).
    #[test]
    fn the_kit_is_one_page_with_the_key_and_what_to_do() {
        let bytes = recovery_kit(&RecoveryKit {
            language: Language::Nl,
            organisation: "Fictional Chat B.V.",
            register_path: "/home/cto/.local/share/breachlog/register.db",
            register_id: "01a23be3-2bf9-75c6-8f70-e399d5301031",
            recovery_key: "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
            issued_at: Ts::parse("2026-12-03T12:30:00Z").unwrap(),
            timezone: "Europe/Amsterdam",
        })
        .unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("kit.pdf");
        std::fs::write(&file, &bytes).unwrap();
        let out = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&file)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils, installed by make test)");
        let text = String::from_utf8_lossy(&out.stdout);
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in [
            "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567",
            "01a23be3-2bf9-75c6-8f70-e399d5301031",
            "Fictional Chat B.V.",
            "2026-12-03 13:30 CET",
            &Localizer::new(Language::Nl).text("kit-title"),
        ] {
            assert!(flat.contains(needle), "{needle} missing in {flat}");
        }
    }
}
