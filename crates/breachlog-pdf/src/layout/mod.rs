//! A small document layout engine on top of printpdf's page operations: A4 pages, a header
//! and a "page x of y" footer on every page, wrapped paragraphs, label/value lists and tables
//! that break across pages with their header row repeated.
//!
//! Everything is measured with the embedded DejaVu fonts (vendored under `assets/fonts`, see
//! `LICENSE-DejaVu.txt` there), so layout does not depend on fonts installed on the system and
//! the same input always gives the same operations.

mod canvas;
mod flow;
mod fonts;

pub use canvas::*;
pub use flow::*;
pub use fonts::*;
