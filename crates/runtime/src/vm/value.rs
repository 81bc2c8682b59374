//! Values: object references and the 64-bit register slots of the
//! interpreter, and raw memory access to objects and statics.
//!
//! A register slot holds any KIR value: `i32` in its low 32 bits, `i64`,
//! `f32` and `f64` as their bits, `ref` as the object's address (0 is null).

use keel_kir::ElemKind;

/// A reference to a heap object, or null. Only the VM makes non-null ones:
/// every non-null `ObjRef` points at a live object of this VM's heap, with
/// its header written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjRef(pub(crate) *mut u8);

impl ObjRef {
    pub const NULL: ObjRef = ObjRef(std::ptr::null_mut());

    pub fn is_null(self) -> bool {
        self.0.is_null()
    }

    pub fn addr(self) -> usize {
        self.0 as usize
    }

    pub(crate) fn from_slot(slot: u64) -> ObjRef {
        ObjRef(slot as usize as *mut u8)
    }

    pub(crate) fn to_slot(self) -> u64 {
        self.0 as usize as u64
    }
}

/// A Java value, as the embedding API passes arguments and results.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    Ref(ObjRef),
}

impl Value {
    pub(crate) fn to_slot(self) -> u64 {
        match self {
            Value::Int(v) => v as u32 as u64,
            Value::Long(v) => v as u64,
            Value::Float(v) => v.to_bits() as u64,
            Value::Double(v) => v.to_bits(),
            Value::Ref(r) => r.to_slot(),
        }
    }

    pub(crate) fn from_slot(ty: keel_kir::Type, slot: u64) -> Value {
        match ty {
            keel_kir::Type::I32 => Value::Int(slot as u32 as i32),
            keel_kir::Type::I64 => Value::Long(slot as i64),
            keel_kir::Type::F32 => Value::Float(f32::from_bits(slot as u32)),
            keel_kir::Type::F64 => Value::Double(f64::from_bits(slot)),
            keel_kir::Type::Ref | keel_kir::Type::Ptr => Value::Ref(ObjRef::from_slot(slot)),
        }
    }

    pub fn as_int(self) -> Option<i32> {
        match self {
            Value::Int(v) => Some(v),
            _ => None,
        }
    }

    pub fn as_long(self) -> Option<i64> {
        match self {
            Value::Long(v) => Some(v),
            _ => None,
        }
    }

    pub fn as_ref(self) -> Option<ObjRef> {
        match self {
            Value::Ref(v) => Some(v),
            _ => None,
        }
    }
}

/// Reads a value of `kind` at `addr` into a register slot (narrow kinds
/// extended to i32 as Java's loads do).
///
/// # Safety
/// `addr` must point at `kind_size(kind)` readable bytes, aligned for the
/// kind, inside a live object or statics block.
pub(crate) unsafe fn load(kind: ElemKind, addr: *const u8) -> u64 {
    // SAFETY: the caller guarantees `addr` is valid and aligned for `kind`.
    unsafe {
        match kind {
            ElemKind::Boolean => *addr as u64,
            ElemKind::Byte => *addr as i8 as i32 as u32 as u64,
            ElemKind::Char => *(addr as *const u16) as u64,
            ElemKind::Short => *(addr as *const i16) as i32 as u32 as u64,
            ElemKind::Int | ElemKind::Float => *(addr as *const u32) as u64,
            ElemKind::Long | ElemKind::Double => *(addr as *const u64),
            ElemKind::Ref => *(addr as *const usize) as u64,
        }
    }
}

/// Writes a register slot as `kind` at `addr` (narrow kinds keep their low
/// bits; `Boolean` its low bit).
///
/// # Safety
/// As [`load`], for writable bytes.
pub(crate) unsafe fn store(kind: ElemKind, addr: *mut u8, value: u64) {
    // SAFETY: the caller guarantees `addr` is valid and aligned for `kind`.
    unsafe {
        match kind {
            ElemKind::Boolean => *addr = (value & 1) as u8,
            ElemKind::Byte => *addr = value as u8,
            ElemKind::Char | ElemKind::Short => *(addr as *mut u16) = value as u16,
            ElemKind::Int | ElemKind::Float => *(addr as *mut u32) = value as u32,
            ElemKind::Long | ElemKind::Double => *(addr as *mut u64) = value,
            ElemKind::Ref => *(addr as *mut usize) = value as usize,
        }
    }
}
