//! The one error type of the containers: it always names the file, and the
//! entry and byte offset when they are known, so that a user can find the
//! broken bytes without a debugger.

use std::error::Error;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// What went wrong, for callers that react differently to different failures
/// (e.g. skip a classpath element that does not exist, but stop on a corrupt one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContainerErrorKind {
    /// The operating system refused a read; [`Error::source`] holds its error.
    Io,
    /// The file is none of the kinds Keel reads (directory, class, jar, jmod, jimage).
    UnknownFormat,
    /// The container is truncated, corrupted or hostile.
    Malformed,
    /// An entry is larger than the configured limit (a zip bomb or a bogus size).
    TooLarge,
    /// A jimage resource uses a decompressor that Keel does not implement.
    UnsupportedCompression,
    /// The name asked for cannot name an entry (e.g. `../x` in a directory).
    InvalidName,
}

/// A problem reading a container, with the file, entry and byte offset.
#[derive(Debug)]
pub struct ContainerError {
    kind: ContainerErrorKind,
    path: PathBuf,
    entry: Option<String>,
    offset: Option<u64>,
    message: String,
    source: Option<Box<dyn Error + Send + Sync + 'static>>,
}

impl ContainerError {
    pub(crate) fn new(kind: ContainerErrorKind, path: &Path, message: impl Into<String>) -> Self {
        ContainerError {
            kind,
            path: path.to_path_buf(),
            entry: None,
            offset: None,
            message: message.into(),
            source: None,
        }
    }

    pub(crate) fn malformed(path: &Path, message: impl Into<String>) -> Self {
        Self::new(ContainerErrorKind::Malformed, path, message)
    }

    pub(crate) fn too_large(path: &Path, size: u64, limit: u64) -> Self {
        let message = format!("entry is {size} bytes, more than the limit of {limit} bytes");
        Self::new(ContainerErrorKind::TooLarge, path, message)
    }

    pub(crate) fn io(path: &Path, what: &str, error: io::Error) -> Self {
        Self::new(ContainerErrorKind::Io, path, what).with_source(error)
    }

    /// Maps a zip crate error; `FileNotFound` never gets here (it means `None`).
    pub(crate) fn zip(path: &Path, error: zip::result::ZipError) -> Self {
        match error {
            zip::result::ZipError::Io(e) => Self::io(path, "cannot read the zip archive", e),
            other => Self::malformed(path, "broken zip archive").with_source(other),
        }
    }

    /// Names the entry (class, resource or zip member) the error is about.
    pub(crate) fn in_entry(mut self, entry: impl Into<String>) -> Self {
        self.entry = Some(entry.into());
        self
    }

    /// Records the byte offset in the file where the problem was found.
    pub(crate) fn at(mut self, offset: u64) -> Self {
        self.offset = Some(offset);
        self
    }

    pub(crate) fn with_source(mut self, source: impl Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub fn kind(&self) -> ContainerErrorKind {
        self.kind
    }

    /// The container file (or directory) the error is about.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The entry inside the container, if the error is about one.
    pub fn entry(&self) -> Option<&str> {
        self.entry.as_deref()
    }

    /// The byte offset in the file, for format problems where it is known.
    pub fn offset(&self) -> Option<u64> {
        self.offset
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ContainerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(entry) = &self.entry {
            write!(f, ": entry `{entry}`")?;
        }
        if let Some(offset) = self.offset {
            write!(f, ": at byte {offset}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl Error for ContainerError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn Error + 'static))
    }
}
