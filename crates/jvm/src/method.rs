//! What translating one method needs to know about it: its code, decoded
//! instructions (subroutines inlined, see [`crate::subroutines`]),
//! descriptor, and where each bytecode offset starts.

use std::collections::HashMap;

use keel_classfile::attributes::Code;
use keel_classfile::bytecode::{decode_all, Instruction, Opcode};
use keel_classfile::descriptor::{FieldType, MethodDescriptor};
use keel_classfile::{Constant, ConstantPool};

use crate::error::{Failure, Result};
use crate::subroutines::{inline, uses_subroutines, HandlerEntry};
use crate::vtype::VType;

const NOT_AN_INSTRUCTION: u32 = u32::MAX;

pub struct MethodContext<'c, 'a> {
    pub pool: &'c ConstantPool<'a>,
    pub class_name: String,
    pub code: &'c Code<'a>,
    /// The instructions, at virtual offsets: the real code keeps its offsets
    /// and inlined subroutine copies follow it.
    pub instructions: Vec<Instruction>,
    /// For each instruction, the offset in the real code it comes from.
    origins: Vec<u32>,
    /// The exception table, over virtual offsets.
    pub handlers: Vec<HandlerEntry>,
    /// Whether the code used `jsr`/`ret` (then inlined).
    pub has_subroutines: bool,
    /// For each `jsr` (by virtual offset), the virtual offset it returns to.
    return_points: HashMap<u32, u32>,
    /// For each virtual offset, the index of the instruction starting there.
    index_of_offset: Vec<u32>,
    pub is_static: bool,
    pub descriptor: MethodDescriptor,
    pub major: u16,
}

impl<'c, 'a> MethodContext<'c, 'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        pool: &'c ConstantPool<'a>,
        class_name: &str,
        descriptor: &str,
        is_static: bool,
        code: &'c Code<'a>,
        major: u16,
    ) -> Result<Self> {
        let instructions =
            decode_all(code.code).map_err(|e| Failure::format(Some(e.offset as u32), e.message))?;
        check_exception_table(code, &index_offsets(&instructions, code.code.len()))?;
        let has_subroutines = uses_subroutines(&instructions);
        let (instructions, origins, handlers, return_points) = if has_subroutines {
            if major >= 51 {
                let first = instructions
                    .iter()
                    .find(|i| matches!(i.opcode, Opcode::Jsr | Opcode::JsrW | Opcode::Ret))
                    .expect("has subroutines");
                return Err(Failure::verify(
                    first.offset,
                    format!("{} is not allowed in class files of version 51 and later", first.mnemonic()),
                ));
            }
            let inlined = inline(&instructions, &code.exception_table, code.code.len() as u32)?;
            (inlined.instructions, inlined.origins, inlined.handlers, inlined.return_points)
        } else {
            let origins = instructions.iter().map(|i| i.offset).collect();
            let handlers = code.exception_table.iter().map(HandlerEntry::from).collect();
            (instructions, origins, handlers, HashMap::new())
        };
        let end = instructions.last().map_or(0, |i| i.end() as usize);
        let index_of_offset = index_offsets(&instructions, end);
        let descriptor = MethodDescriptor::parse(descriptor)?;
        Ok(MethodContext {
            pool,
            class_name: class_name.to_string(),
            code,
            instructions,
            origins,
            handlers,
            has_subroutines,
            return_points,
            index_of_offset,
            is_static,
            descriptor,
            major,
        })
    }

    /// The index of the instruction at `offset`, if one starts there.
    pub fn index_at(&self, offset: u32) -> Option<usize> {
        match self.index_of_offset.get(offset as usize) {
            Some(&i) if i != NOT_AN_INSTRUCTION => Some(i as usize),
            _ => None,
        }
    }

    /// The offset in the real code that instruction `index` comes from.
    pub fn origin(&self, index: usize) -> u32 {
        self.origins[index]
    }

    /// Where the subroutine called by the `jsr` at virtual `offset` returns.
    pub fn return_point(&self, offset: u32) -> Option<u32> {
        self.return_points.get(&offset).copied()
    }

    /// Points a failure at the real code offset its virtual offset comes from.
    pub fn locate(&self, mut failure: Failure) -> Failure {
        if let Some(index) = failure.offset.and_then(|o| self.index_at(o)) {
            failure.offset = Some(self.origins[index]);
        }
        failure
    }

    /// The locals on entry, one entry per declared local (long = one entry):
    /// the receiver, then the parameters.
    pub fn entry_locals(&self) -> Vec<VType> {
        let receiver = (!self.is_static).then(|| VType::named(&self.class_name));
        receiver.into_iter().chain(self.descriptor.parameters.iter().map(VType::from_field_type)).collect()
    }

    /// The descriptor of the `CONSTANT_InvokeDynamic` or `CONSTANT_Dynamic`
    /// at `index`, with its bootstrap method index and name.
    pub fn dynamic_site(&self, index: u16) -> Result<(u16, String, String)> {
        match *self.pool.get(index)? {
            Constant::InvokeDynamic { bootstrap, name_and_type }
            | Constant::Dynamic { bootstrap, name_and_type } => {
                let (name, descriptor) = self.pool.name_and_type(name_and_type)?;
                Ok((bootstrap, name.into_owned(), descriptor.into_owned()))
            }
            _ => Err(Failure::format(None, format!("constant #{index} is not a dynamic constant"))),
        }
    }
}

/// For each offset up to `end`, the index of the instruction starting there.
fn index_offsets(instructions: &[Instruction], end: usize) -> Vec<u32> {
    let mut index_of_offset = vec![NOT_AN_INSTRUCTION; end + 1];
    for (index, insn) in instructions.iter().enumerate() {
        index_of_offset[insn.offset as usize] = index as u32;
    }
    index_of_offset
}

/// Every exception table entry must cover a non-empty range of whole
/// instructions and name an instruction as its handler.
fn check_exception_table(code: &Code, index_of_offset: &[u32]) -> Result<()> {
    let length = code.code.len() as u32;
    let at = |offset: u32| index_of_offset.get(offset as usize).is_some_and(|&i| i != NOT_AN_INSTRUCTION);
    for handler in &code.exception_table {
        let (start, end, target) =
            (u32::from(handler.start_pc), u32::from(handler.end_pc), u32::from(handler.handler_pc));
        let end_ok = end == length || at(end);
        if start >= end || !at(start) || !end_ok || !at(target) {
            return Err(Failure::format(
                Some(start),
                format!("bad exception table entry {start}..{end} -> {target}"),
            ));
        }
    }
    Ok(())
}

/// Expands declared locals (long = one entry) into slots (long = two).
pub fn expand_locals(declared: &[VType], max_locals: usize) -> Vec<VType> {
    let mut slots = Vec::with_capacity(max_locals);
    for ty in declared {
        slots.push(ty.clone());
        if ty.is_wide() {
            slots.push(VType::Top);
        }
    }
    if slots.len() < max_locals {
        slots.resize(max_locals, VType::Top);
    }
    slots
}

pub fn parse_field_type(descriptor: &str) -> Result<FieldType> {
    Ok(FieldType::parse(descriptor)?)
}
