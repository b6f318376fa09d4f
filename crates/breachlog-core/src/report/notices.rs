//! One notice per customer (issue 15 item 4): `report controller INC --all --out DIR` issues the
//! processor's Art 33(2) notice to every affected controller — each a report in the report
//! chain, with that customer's own figures, language, law and contract clock — and writes one
//! private PDF per customer plus `manifest.csv` (`controller,contact,language,file,sha256`) for a
//! mail merge. The folder must be new or empty. All notices are issued in one transaction: when
//! one fails, none is recorded and the files already written are removed.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;
use uuid::Uuid;

use super::{ReportKind, ReportOptions};
use crate::error::{Error, Reason, Result};
use crate::register::Register;

/// The columns of `manifest.csv`.
pub const MANIFEST_COLUMNS: [&str; 5] = ["controller", "contact", "language", "file", "sha256"];
/// The manifest's file name in the folder.
pub const MANIFEST_NAME: &str = "manifest.csv";

/// One notice written.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoticeFile {
    pub controller: String,
    pub controller_id: Uuid,
    pub contact: String,
    pub language: String,
    /// File name inside the folder.
    pub file: String,
    /// SHA-256 of the PDF (as in its `report.issued` event).
    pub sha256: String,
    pub serial: String,
    pub pages: usize,
}

/// What `report controller --all` wrote.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoticesWritten {
    pub dir: String,
    pub notices: Vec<NoticeFile>,
    pub manifest: String,
}

/// A file-name part from a customer's name: ASCII letters and digits, the rest as `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = deunicode_char(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "controller".into()
    } else {
        out
    }
}

/// The plain letter of a few accented Latin letters (file names stay ASCII).
fn deunicode_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        other => other,
    }
}

/// Refuses a folder that is a symlink, a file, or not empty (field `out`).
fn check_folder(dir: &Path) -> Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(m) if m.file_type().is_symlink() => Err(Error::invalid("out", Reason::Symlink)),
        Ok(m) if !m.is_dir() => Err(Error::invalid("out", Reason::FileExists)),
        Ok(_) => {
            let mut entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
            if entries.next().is_some() {
                Err(Error::invalid("out", Reason::FolderNotEmpty))
            } else {
                Ok(())
            }
        }
        Err(_) => Ok(()),
    }
}

fn manifest(rows: &[NoticeFile]) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::Data(e.to_string());
    w.write_record(MANIFEST_COLUMNS).map_err(csv_err)?;
    for r in rows {
        w.write_record([
            r.controller.as_str(),
            r.contact.as_str(),
            r.language.as_str(),
            r.file.as_str(),
            r.sha256.as_str(),
        ])
        .map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| Error::Data(e.to_string()))
}

impl Register {
    /// Issues the notice to every affected controller of `incident` into `dir` (see the module
    /// documentation), customers in name order.
    /// `lang`: the language of notices to customers without one (else the organisation's).
    /// `selection`: only these affected customers (the app's "Notify customers"); an id that is
    /// not an affected customer of the incident is refused (field `controllers`).
    /// `progress(done, total)` is called before the first notice and after each one.
    pub fn issue_controller_notices(
        &mut self,
        incident: Uuid,
        dir: &Path,
        lang: Option<&str>,
        selection: Option<&[Uuid]>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<NoticesWritten> {
        let fallback = match lang.map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => crate::validate::language("language", l)?,
            None => self.org()?.language,
        };
        check_folder(dir)?;
        let i = self.incident(incident)?;
        let org = self.org()?;
        if !breachlog_rules::derive::effective_role(&i, &org).as_processor() {
            return Err(Error::invalid("controller", Reason::NotProcessor));
        }
        let affected = i.assessment.map(|a| a.controllers).unwrap_or_default();
        let mut customers: Vec<_> = self
            .all_controllers()?
            .into_iter()
            .filter(|c| affected.contains(&c.id))
            .collect();
        if let Some(chosen) = selection {
            if chosen
                .iter()
                .any(|id| !customers.iter().any(|c| c.id == *id))
            {
                return Err(Error::invalid("controllers", Reason::UnknownId));
            }
            customers.retain(|c| chosen.contains(&c.id));
        }
        if customers.is_empty() {
            return Err(Error::invalid("controllers", Reason::Empty));
        }
        customers.sort_by_key(|c| c.name.to_lowercase());
        let created = !dir.exists();
        crate::store::files::create_private_dir_all(dir)?;
        let width = customers.len().to_string().len().max(2);
        let mut written: Vec<PathBuf> = Vec::new();
        let total = customers.len();
        progress(0, total);
        let out = self.atomically(|reg| {
            let mut rows = Vec::new();
            for (n, c) in customers.iter().enumerate() {
                let r = reg.issue_report(
                    ReportKind::Controller,
                    &ReportOptions {
                        incident: Some(incident.to_string()),
                        controller: Some(c.id.to_string()),
                        lang: Some(fallback.as_str().to_string()),
                        ..ReportOptions::default()
                    },
                )?;
                // The language the notice was written in (see `resolve_recipient`).
                let language = c
                    .language
                    .clone()
                    .unwrap_or_else(|| fallback.as_str().to_string());
                let file = format!("{:0width$}-{}.pdf", n + 1, slug(&c.name));
                let path = dir.join(&file);
                crate::store::files::write_atomic(&path, &r.bytes)?;
                written.push(path);
                rows.push(NoticeFile {
                    controller: c.name.clone(),
                    controller_id: c.id,
                    contact: c.contact().to_string(),
                    language,
                    file,
                    sha256: r.sha256.clone(),
                    serial: r.serial.clone(),
                    pages: r.pages,
                });
                progress(n + 1, total);
            }
            let path = dir.join(MANIFEST_NAME);
            crate::store::files::write_atomic(&path, &manifest(&rows)?)?;
            written.push(path);
            Ok(rows)
        });
        match out {
            Ok(notices) => Ok(NoticesWritten {
                dir: dir.display().to_string(),
                manifest: MANIFEST_NAME.to_string(),
                notices,
            }),
            Err(e) => {
                for f in &written {
                    let _ = fs::remove_file(f);
                }
                if created {
                    let _ = fs::remove_dir(dir);
                }
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(slug("Müller Logistik GmbH"), "muller-logistik-gmbh");
        assert_eq!(slug("Librairie Dupont & Fils"), "librairie-dupont-fils");
        assert_eq!(slug("東京"), "controller");
    }
}
