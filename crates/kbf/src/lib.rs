//! KBF: the portable image format for KIR modules. The format, byte by
//! byte, is in `docs/kbf.md`.
//!
//! [`write_module`] turns a [`keel_kir::Module`] into image bytes,
//! deterministically. [`Image`] reads an image in place, from a slice the
//! runtime has memory-mapped: opening checks the header and section table,
//! and everything else is decoded lazily, on request, with every offset,
//! length, count and index checked, so a truncated, corrupted or hostile
//! image gives a [`KbfError`], never a panic or a huge allocation. Decoded
//! code is structurally sound but not type-checked: run
//! [`keel_kir::validate`] on what an image gives before trusting it.
#![forbid(unsafe_code)]

mod bytes;
mod code;
mod read;
mod write;

use std::fmt;

pub use read::{ClassMetadata, ClassView, FunctionRef, FunctionView, Image, ImportsView, InstCursor};
pub use write::write_module;

/// The byte value of each variant of KIR's small enums in an image: the
/// variant's index in its table. A runtime may reuse them as its own
/// compact codes.
pub mod codes {
    pub use crate::code::{BIN_OPS, CMP3S, CONDS, CONV_OPS, ELEM_KINDS, TYPES, UN_OPS};
}

/// The four bytes every image starts with.
pub const MAGIC: [u8; 4] = *b"KBF\0";

/// The version of the format this crate writes and reads; readers refuse
/// any other.
pub const FORMAT_VERSION: u32 = 1;

/// A problem with an image: the section it was found in, the absolute byte
/// offset in the file, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbfError {
    pub section: &'static str,
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for KbfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad KBF image: {} section, offset {}: {}", self.section, self.offset, self.message)
    }
}

impl std::error::Error for KbfError {}

/// Section identifiers, in the order sections appear in the table.
pub(crate) mod section {
    pub const STRINGS: u32 = 1;
    pub const CLASSES: u32 = 2;
    pub const CLASS_INDEX: u32 = 3;
    pub const IMPORTS: u32 = 4;
    pub const CODE: u32 = 5;
    pub const ALL: [u32; 5] = [STRINGS, CLASSES, CLASS_INDEX, IMPORTS, CODE];
    pub const NAMES: [&str; 5] = ["strings", "classes", "class index", "imports", "code"];
}

/// Where the content hash sits, and where the hashed bytes start.
pub(crate) const HASH_OFFSET: usize = 8;
pub(crate) const HASHED_FROM: usize = HASH_OFFSET + 32;

/// Import tags.
pub(crate) mod import_tag {
    pub const CLASS: u8 = 0;
    pub const FIELD: u8 = 1;
    pub const METHOD: u8 = 2;
    pub const STRING: u8 = 3;
    pub const METHOD_TYPE: u8 = 4;
    pub const METHOD_HANDLE: u8 = 5;
    pub const ERROR: u8 = 6;
}
