//! Value types, registers and the small enums instructions are made of.

use std::fmt;

/// The type of a virtual register. Narrow integers (8 and 16 bits) exist only
/// in memory operations ([`MemKind`], [`ElemKind`]); in registers they are
/// `I32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    I32,
    I64,
    F32,
    F64,
    /// A reference to a heap object (or null): the collector traces these.
    Ref,
    /// A raw machine address, the width of the target's pointers.
    Ptr,
}

impl Type {
    pub const ALL: [Type; 6] = [Type::I32, Type::I64, Type::F32, Type::F64, Type::Ref, Type::Ptr];

    pub fn name(self) -> &'static str {
        match self {
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::Ref => "ref",
            Type::Ptr => "ptr",
        }
    }

    pub fn is_integer(self) -> bool {
        matches!(self, Type::I32 | Type::I64)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Type::F32 | Type::F64)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A virtual register: an index into its function's register types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u32);

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// An instruction index within a function: what branches and handlers name.
pub type Label = u32;

/// An index into the linkage import table of the function's class.
pub type ImportIndex = u32;

/// A constant value. Floats are kept as bits so that NaN payloads and `-0.0`
/// survive exactly (images store values, not host bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Const {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    /// The null reference.
    Null,
}

impl Const {
    pub fn ty(self) -> Type {
        match self {
            Const::I32(_) => Type::I32,
            Const::I64(_) => Type::I64,
            Const::F32(_) => Type::F32,
            Const::F64(_) => Type::F64,
            Const::Null => Type::Ref,
        }
    }
}

/// Two-operand arithmetic. Operands and result all have the destination's
/// type; which operations exist for which types is listed in `docs/kir.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// Wrapping on integers, IEEE 754 on floats.
    Add,
    Sub,
    Mul,
    /// Signed integer division: raises the divide-by-zero trap when the
    /// divisor is zero, wraps for `MIN / -1` (Java's semantics). On floats,
    /// IEEE division.
    Div,
    /// Signed remainder with the sign of the dividend; divide-by-zero traps as
    /// `Div`; `MIN % -1` is 0. On floats, C's `fmod` (Java's `%`).
    Rem,
    /// Unsigned integer division and remainder (trap on zero).
    UDiv,
    URem,
    And,
    Or,
    Xor,
    /// Shifts take the count modulo the bit width (Java's semantics; C's
    /// undefined cases are a subset). The count is always `I32`.
    Shl,
    /// Arithmetic (sign-propagating) right shift.
    Shr,
    /// Logical (zero-filling) right shift.
    UShr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// Two's-complement negation on integers, sign flip on floats.
    Neg,
    /// Bitwise complement (integers only).
    Not,
}

/// Conversions between register types, and narrowing within `I32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConvOp {
    /// Sign-extend i32 to i64.
    I32ToI64,
    /// Zero-extend i32 to i64.
    U32ToI64,
    /// Keep the low 32 bits.
    I64ToI32,
    I32ToF32,
    I32ToF64,
    I64ToF32,
    I64ToF64,
    /// Float to integer, saturating: NaN gives 0, out-of-range values give
    /// the nearest bound (Java's `f2i` and friends).
    F32ToI32,
    F32ToI64,
    F64ToI32,
    F64ToI64,
    F32ToF64,
    F64ToF32,
    /// Within i32: sign-extend the low 8 bits (`i2b`).
    I32ToI8,
    /// Within i32: zero-extend the low 16 bits (`i2c`).
    I32ToU16,
    /// Within i32: sign-extend the low 16 bits (`i2s`).
    I32ToI16,
    /// Reinterpret bits (`Float.floatToRawIntBits` and its inverses).
    F32BitsToI32,
    I32BitsToF32,
    F64BitsToI64,
    I64BitsToF64,
}

/// A comparison condition for branches and boolean compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cond {
    Eq,
    Ne,
    /// Signed (or ordered, for floats) less-than.
    Lt,
    Le,
    Gt,
    Ge,
    /// Unsigned integer comparisons.
    ULt,
    ULe,
    UGt,
    UGe,
}

/// Three-way comparisons producing -1, 0 or 1 as an i32.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cmp3 {
    /// Signed integer compare (`lcmp`).
    Int,
    /// Float compare, NaN gives -1 (`fcmpl`, `dcmpl`).
    FloatNanLess,
    /// Float compare, NaN gives 1 (`fcmpg`, `dcmpg`).
    FloatNanGreater,
}

/// The width and interpretation of a raw memory access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemKind {
    I8,
    U8,
    I16,
    U16,
    I32,
    I64,
    F32,
    F64,
    Ref,
    Ptr,
}

impl MemKind {
    /// The register type a load gives and a store takes.
    pub fn register_type(self) -> Type {
        match self {
            MemKind::I8 | MemKind::U8 | MemKind::I16 | MemKind::U16 | MemKind::I32 => Type::I32,
            MemKind::I64 => Type::I64,
            MemKind::F32 => Type::F32,
            MemKind::F64 => Type::F64,
            MemKind::Ref => Type::Ref,
            MemKind::Ptr => Type::Ptr,
        }
    }
}

/// The element type of an array access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ElemKind {
    /// Stored as one byte; a store keeps only the low bit (`bastore` on a
    /// `boolean[]`).
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Ref,
}

impl ElemKind {
    /// The JVM descriptor letter of a primitive kind (`L` for `Ref`).
    pub fn descriptor_letter(self) -> u8 {
        match self {
            ElemKind::Boolean => b'Z',
            ElemKind::Byte => b'B',
            ElemKind::Char => b'C',
            ElemKind::Short => b'S',
            ElemKind::Int => b'I',
            ElemKind::Long => b'J',
            ElemKind::Float => b'F',
            ElemKind::Double => b'D',
            ElemKind::Ref => b'L',
        }
    }

    pub fn register_type(self) -> Type {
        match self {
            ElemKind::Boolean | ElemKind::Byte | ElemKind::Char | ElemKind::Short | ElemKind::Int => {
                Type::I32
            }
            ElemKind::Long => Type::I64,
            ElemKind::Float => Type::F32,
            ElemKind::Double => Type::F64,
            ElemKind::Ref => Type::Ref,
        }
    }
}

/// Read-modify-write atomic operations; all are sequentially consistent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    Add,
    And,
    Or,
    Xor,
    Exchange,
}

/// Memory fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FenceKind {
    Acquire,
    Release,
    Full,
}
