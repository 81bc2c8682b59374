//! Errors raised while reading class files and their containers.
//!
//! Every error carries the byte offset where it was found and maps to the
//! Java error a JVM would raise for the same input (JVMS 4.8, 5.3.5).

use std::fmt;

/// Which Java error a format problem corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The bytes are not a well-formed class file: `java.lang.ClassFormatError`.
    ClassFormat,
    /// The major/minor version is outside what Keel accepts:
    /// `java.lang.UnsupportedClassVersionError`.
    UnsupportedClassVersion,
}

impl ErrorKind {
    /// The binary name of the Java error class this kind maps to.
    pub fn java_error(self) -> &'static str {
        match self {
            ErrorKind::ClassFormat => "java.lang.ClassFormatError",
            ErrorKind::UnsupportedClassVersion => "java.lang.UnsupportedClassVersionError",
        }
    }
}

/// A problem found in a class file, with the offset it was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFileError {
    pub kind: ErrorKind,
    /// Byte offset into the class file (or into the code array, for bytecode
    /// errors, as `context` then says).
    pub offset: usize,
    pub message: String,
    /// Where in the class the problem is: e.g. `method foo(I)V, Code` (empty if
    /// at the top level).
    pub context: String,
}

impl ClassFileError {
    pub fn new(offset: usize, message: impl Into<String>) -> Self {
        ClassFileError {
            kind: ErrorKind::ClassFormat,
            offset,
            message: message.into(),
            context: String::new(),
        }
    }

    pub fn unsupported_version(offset: usize, message: impl Into<String>) -> Self {
        ClassFileError { kind: ErrorKind::UnsupportedClassVersion, ..ClassFileError::new(offset, message) }
    }

    /// Prefixes the error's context with `what` (innermost context last).
    pub fn within(mut self, what: impl fmt::Display) -> Self {
        self.context =
            if self.context.is_empty() { what.to_string() } else { format!("{what}, {}", self.context) };
        self
    }
}

impl fmt::Display for ClassFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.kind.java_error())?;
        if !self.context.is_empty() {
            write!(f, "{}: ", self.context)?;
        }
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for ClassFileError {}

pub type Result<T, E = ClassFileError> = std::result::Result<T, E>;
