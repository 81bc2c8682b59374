//! The Java frontend: class files to KIR.
//!
//! [`translate_class`] checks each method's bytecode by type (a simplified
//! JVMS 4.10 verifier, see [`frames`]), turns the operand stack and locals
//! into typed registers, lowers every opcode to KIR, and desugars
//! `invokedynamic` (string concatenation, lambdas, record methods).
#![forbid(unsafe_code)]

mod body;
mod class;
pub mod error;
mod frames;
mod imports;
mod indy;
mod lower;
mod method;
pub mod module;
mod subroutines;
mod vtype;

pub use class::{translate_class, Translation};
pub use error::{ErrorKind, TranslateError};

/// Names this translator in KBF headers and cache keys: images made by a
/// different translator are translated again.
pub const TRANSLATOR_VERSION: &str =
    concat!("keel-jvm ", env!("CARGO_PKG_VERSION"), "+", env!("KEEL_TRANSLATOR_SOURCE_HASH"));
