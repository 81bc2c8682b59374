//! Reads Java class files (JVMS chapter 4, versions 45.0 to 69) and the
//! containers that hold them: directories, jars, jmods and the JDK's jimage.
//!
//! Nothing here trusts its input: every length, index and offset is checked,
//! and every problem becomes a [`ClassFileError`] that names the byte offset
//! and the Java error a JVM would raise.
#![forbid(unsafe_code)]

pub mod access;
pub mod attributes;
pub mod bytecode;
pub mod check;
pub mod classfile;
pub mod constant_pool;
pub mod container;
pub mod descriptor;
pub mod error;
pub mod mutf8;
pub mod names;
pub mod reader;
pub mod signature;

pub use classfile::{ClassFile, Member};
pub use constant_pool::{Constant, ConstantPool};
pub use error::{ClassFileError, ErrorKind};
