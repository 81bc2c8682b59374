//! Reading instructions where they lie, for an interpreter that runs an
//! image in place (design decision 10): operand by operand, with no
//! `Inst` built and no allocation.
//!
//! [`InPlace`] is meant for code that [`FunctionView::decode`] has accepted
//! (its offsets, operands and enum bytes are then known to be well formed):
//! it never panics, but on malformed bytes it reads zeros instead of
//! reporting an error.
//!
//! [`FunctionView::decode`]: crate::FunctionView::decode

use keel_kir::{BinOp, Cmp3, Cond, Const, ConvOp, ElemKind, Inst, Reg, Type, UnOp};

use crate::bytes::Reader;
use crate::code::{decode_inst, BIN_OPS, CMP3S, CONDS, CONV_OPS, ELEM_KINDS, TYPES, UN_OPS};

pub use crate::code::op as opcode;

/// The register type of a type code of the register table.
pub fn register_type(code: u8) -> Type {
    TYPES.get(code as usize).copied().unwrap_or(Type::I32)
}

/// A position in a function's code bytes.
#[derive(Debug, Clone, Copy)]
pub struct InPlace<'a> {
    code: &'a [u8],
    /// The offset of the next byte to read.
    pub at: usize,
}

impl<'a> InPlace<'a> {
    pub fn new(code: &'a [u8], at: usize) -> InPlace<'a> {
        InPlace { code, at }
    }

    #[inline]
    pub fn u8(&mut self) -> u8 {
        let byte = self.code.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        byte
    }

    /// An unsigned LEB128 number of at most 32 bits.
    #[inline]
    pub fn num(&mut self) -> u32 {
        let first = self.u8();
        if first & 0x80 == 0 {
            return first.into();
        }
        let mut value = u32::from(first & 0x7f);
        let mut shift = 7;
        loop {
            let byte = self.u8();
            value |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 || shift > 28 {
                return value;
            }
            shift += 7;
        }
    }

    #[inline]
    pub fn reg(&mut self) -> Reg {
        Reg(self.num())
    }

    #[inline]
    pub fn opt_reg(&mut self) -> Option<Reg> {
        match self.num() {
            0 => None,
            n => Some(Reg(n - 1)),
        }
    }

    #[inline]
    fn uleb64(&mut self) -> u64 {
        let mut value = 0u64;
        let mut shift = 0u32;
        loop {
            let byte = self.u8();
            value |= u64::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 || shift >= 63 {
                return value;
            }
            shift += 7;
        }
    }

    #[inline]
    fn sleb64(&mut self) -> i64 {
        let first = self.u8();
        if first & 0x80 == 0 {
            // One byte: seven bits, sign-extended.
            return i64::from((first << 1) as i8 >> 1);
        }
        self.at -= 1;
        self.sleb64_long()
    }

    fn sleb64_long(&mut self) -> i64 {
        let mut value = 0i64;
        let mut shift = 0u32;
        loop {
            let byte = self.u8();
            value |= i64::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            shift += 7;
            if byte & 0x80 == 0 || shift >= 64 {
                if shift < 64 && byte & 0x40 != 0 {
                    value |= -1i64 << shift;
                }
                return value;
            }
        }
    }

    #[inline]
    pub fn sleb32(&mut self) -> i32 {
        self.sleb64() as i32
    }

    #[inline]
    fn table<T: Copy>(&mut self, all: &[T]) -> T {
        let byte = self.u8();
        all.get(byte as usize).copied().unwrap_or(all[0])
    }

    #[inline]
    pub fn bin_op(&mut self) -> BinOp {
        self.table(&BIN_OPS)
    }

    #[inline]
    pub fn un_op(&mut self) -> UnOp {
        self.table(&UN_OPS)
    }

    #[inline]
    pub fn conv_op(&mut self) -> ConvOp {
        self.table(&CONV_OPS)
    }

    #[inline]
    pub fn cond(&mut self) -> Cond {
        self.table(&CONDS)
    }

    #[inline]
    pub fn cmp3(&mut self) -> Cmp3 {
        self.table(&CMP3S)
    }

    #[inline]
    pub fn elem_kind(&mut self) -> ElemKind {
        self.table(&ELEM_KINDS)
    }

    /// A constant operand (`Const`'s).
    #[inline]
    pub fn constant(&mut self) -> Const {
        match self.u8() {
            0 => Const::I32(self.sleb32()),
            1 => Const::I64(self.sleb64()),
            2 => Const::F32(self.uleb64() as u32),
            3 => Const::F64(self.uleb64()),
            _ => Const::Null,
        }
    }

    /// The whole instruction that starts at `start` decoded, with the
    /// position moved past it (for instructions an interpreter does not read
    /// operand by operand); `None` if the bytes do not decode.
    pub fn decode_from(&mut self, start: usize) -> Option<Inst> {
        let mut reader = Reader::at(self.code, 0, "code", start).ok()?;
        let inst = decode_inst(&mut reader).ok()?;
        self.at = reader.position();
        Some(inst)
    }
}
