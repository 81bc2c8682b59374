//! Layout for the CPU the runtime runs on (design decisions 5, 7 and 8):
//! pure functions of (class hierarchy, [`Target`]).
//!
//! - [`target`]: pointer width, byte order, alignment rules.
//! - [`object`]: instance fields, statics blocks, arrays, reference maps.
//! - [`vtable`]: virtual method slots, default methods.
//! - [`itable`]: fixed-size interface method tables with conflict stubs.

pub mod itable;
pub mod object;
pub mod target;
pub mod vtable;

pub use itable::{itable_lookup, InterfaceMethodId, Itable, ItableBuilder, ItableEntry, ITABLE_SIZE};
pub use object::{ArrayLayout, ClassLayout, FieldDecl, FieldSlot, LayoutError};
pub use target::{Endian, Target};
pub use vtable::{
    ClassDecl, ClassId, InterfaceDecl, MethodDecl, MethodRef, SlotOrigin, SlotTarget, Vtable, VtableEntry,
};
