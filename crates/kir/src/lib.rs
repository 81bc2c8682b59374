//! KIR: Keel's portable intermediate representation.
//!
//! A typed register IR: every virtual register has one [`Type`] for the
//! whole function, instructions are three-address, branch targets are
//! instruction indexes, and there are no phi nodes, so the interpreter can run
//! a function as stored and the collector always knows which registers hold
//! references. The core (arithmetic, conversions, compares, control flow,
//! calls, raw memory, atomics) knows no language; the object-model layer
//! (objects, fields, arrays, virtual and interface calls, type tests,
//! monitors, exceptions) serves any class-based language with single
//! inheritance and interfaces.
//!
//! Everything a function names outside itself (a class, field, method,
//! string…) is an entry of its class's linkage import table ([`Import`]),
//! referred to by index, so code is position-independent.
//!
//! The instruction set, one line per instruction, is in `docs/kir.md`.
#![forbid(unsafe_code)]

pub mod builder;
pub mod descriptor;
pub mod inst;
pub mod module;
pub mod print;
pub mod types;
pub mod validate;

pub use inst::*;
pub use module::*;
pub use types::*;
pub use validate::{validate_class, validate_function, ImportTable, ValidationError};
