//! Tests of the bytecode layer, opcode by opcode. Code arrays are encoded by
//! hand so that each test shows the exact bytes it decodes.

mod decode;
mod errors;
mod opcodes;
mod stack_effect;

use super::*;
use crate::error::{ClassFileError, ErrorKind};

/// Shorthands for the stack types, as the JVMS tables abbreviate them.
const I: StackType = StackType::Int;
const L: StackType = StackType::Long;
const F: StackType = StackType::Float;
const D: StackType = StackType::Double;
const A: StackType = StackType::Reference;
const R: StackType = StackType::ReturnAddress;

fn fixed(pops: &'static [StackType], pushes: &'static [StackType]) -> StackEffect {
    StackEffect::Fixed { pops, pushes }
}

/// Decodes `code`, which must hold exactly one instruction, and checks it
/// starts at 0, spans the whole array, has these operands and this stack
/// effect.
fn check(code: &[u8], opcode: Opcode, operands: Operands, effect: StackEffect) -> Instruction {
    let instructions = decode_all(code).unwrap_or_else(|e| panic!("{opcode}: {e}"));
    assert_eq!(instructions.len(), 1, "{opcode}: {instructions:?}");
    let instruction = instructions.into_iter().next().unwrap();
    assert_eq!(instruction.offset, 0, "{opcode}");
    assert_eq!(instruction.length as usize, code.len(), "{opcode}");
    assert_eq!(instruction.opcode, opcode);
    assert_eq!(instruction.operands, operands, "{opcode}");
    assert_eq!(opcode.stack_effect(), effect, "{opcode}");
    instruction
}

/// `check` for an opcode without operands.
fn check_plain(opcode: Opcode, effect: StackEffect) {
    let instruction = check(&[opcode.byte()], opcode, Operands::None, effect);
    assert!(!instruction.wide);
}

/// The error decoding `code` as a whole method gives.
fn decode_error(code: &[u8]) -> ClassFileError {
    match decode_all(code) {
        Ok(instructions) => panic!("decoded {code:02x?} as {instructions:?}"),
        Err(error) => error,
    }
}

fn be16(value: i16) -> [u8; 2] {
    value.to_be_bytes()
}

fn be32(value: i32) -> [u8; 4] {
    value.to_be_bytes()
}

/// A tiny assembler: appends bytes and computes branch offsets relative to
/// the instruction being emitted, as the class file encodes them.
#[derive(Default)]
struct Code {
    bytes: Vec<u8>,
    /// Offset of the instruction being emitted.
    start: usize,
}

impl Code {
    fn op(&mut self, opcode: Opcode) -> &mut Self {
        self.start = self.bytes.len();
        self.bytes.push(opcode.byte());
        self
    }

    fn u1(&mut self, byte: u8) -> &mut Self {
        self.bytes.push(byte);
        self
    }

    fn u2(&mut self, value: u16) -> &mut Self {
        self.bytes.extend(value.to_be_bytes());
        self
    }

    fn i4(&mut self, value: i32) -> &mut Self {
        self.bytes.extend(be32(value));
        self
    }

    /// A 16-bit branch offset to the absolute offset `target`.
    fn to16(&mut self, target: usize) -> &mut Self {
        let relative = target as i64 - self.start as i64;
        self.bytes.extend(be16(relative as i16));
        self
    }

    /// A 32-bit branch offset to the absolute offset `target`.
    fn to32(&mut self, target: usize) -> &mut Self {
        let relative = target as i64 - self.start as i64;
        self.i4(relative as i32)
    }

    /// Zero padding up to the next multiple of four.
    fn pad(&mut self) -> &mut Self {
        while !self.bytes.len().is_multiple_of(4) {
            self.bytes.push(0);
        }
        self
    }
}
