//! Translation errors, each mapping to the Java error a JVM would raise.

use std::fmt;

/// Which Java error a translation problem corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The code fails verification: `java.lang.VerifyError`.
    Verify,
    /// The class file is malformed (a bad constant, descriptor…):
    /// `java.lang.ClassFormatError`.
    ClassFormat,
    /// Valid bytecode that Keel does not translate: `java.lang.InternalError`,
    /// so it is never mistaken for bad input.
    Unsupported,
}

impl ErrorKind {
    /// The binary name of the Java error class.
    pub fn java_error(self) -> &'static str {
        match self {
            ErrorKind::Verify => "java.lang.VerifyError",
            ErrorKind::ClassFormat => "java.lang.ClassFormatError",
            ErrorKind::Unsupported => "java.lang.InternalError",
        }
    }
}

/// A problem found while translating a class: which class, method and
/// bytecode offset, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslateError {
    pub kind: ErrorKind,
    pub class: String,
    /// `name` + `descriptor`, when the problem is inside a method.
    pub method: Option<String>,
    /// Bytecode offset within the method's code.
    pub offset: Option<u32>,
    pub message: String,
}

impl fmt::Display for TranslateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: class {}", self.kind.java_error(), self.class)?;
        if let Some(method) = &self.method {
            write!(f, ", method {method}")?;
        }
        if let Some(offset) = self.offset {
            write!(f, ", offset {offset}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for TranslateError {}

/// A problem inside one method, before the class and method are attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub kind: ErrorKind,
    pub offset: Option<u32>,
    pub message: String,
}

impl Failure {
    pub fn verify(offset: u32, message: impl Into<String>) -> Self {
        Failure { kind: ErrorKind::Verify, offset: Some(offset), message: message.into() }
    }

    pub fn format(offset: Option<u32>, message: impl Into<String>) -> Self {
        Failure { kind: ErrorKind::ClassFormat, offset, message: message.into() }
    }

    pub fn unsupported(offset: u32, message: impl Into<String>) -> Self {
        Failure { kind: ErrorKind::Unsupported, offset: Some(offset), message: message.into() }
    }

    /// Attaches the class and method the failure happened in.
    pub fn within(self, class: &str, method: Option<String>) -> TranslateError {
        TranslateError {
            kind: self.kind,
            class: class.to_string(),
            method,
            offset: self.offset,
            message: self.message,
        }
    }
}

impl From<keel_classfile::ClassFileError> for Failure {
    fn from(e: keel_classfile::ClassFileError) -> Self {
        Failure::format(None, e.to_string())
    }
}

impl From<keel_classfile::descriptor::DescriptorError> for Failure {
    fn from(e: keel_classfile::descriptor::DescriptorError) -> Self {
        Failure::format(None, e.to_string())
    }
}

pub(crate) type Result<T> = std::result::Result<T, Failure>;
