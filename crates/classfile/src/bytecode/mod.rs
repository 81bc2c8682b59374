//! The bytecode layer: opcodes, the decoder for a method's code array, and
//! each opcode's effect on the operand stack and on control flow.
//!
//! ```
//! use keel_classfile::bytecode::{decode_all, Opcode, Operands};
//!
//! // iload_0; ifeq +4; iconst_1; ireturn
//! let code = [0x1a, 0x99, 0x00, 0x04, 0x04, 0xac];
//! let instructions = decode_all(&code).unwrap();
//! assert_eq!(instructions[1].opcode, Opcode::Ifeq);
//! assert_eq!(instructions[1].operands, Operands::Branch(5));
//! ```

mod decode;
mod opcode;
mod stack_effect;
#[cfg(test)]
mod tests;

pub use decode::{
    check_branch_targets, decode, decode_all, find_instruction, ArrayType, Instruction, Instructions,
    LookupSwitch, Operands, SwitchCase, TableSwitch, MAX_CODE_LENGTH,
};
pub use opcode::{reserved_opcode_name, Opcode};
pub use stack_effect::{Category, ShuffleForm, StackEffect, StackType, TypedEffect};
