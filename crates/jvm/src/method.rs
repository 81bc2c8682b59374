//! What translating one method needs to know about it: its code, decoded
//! instructions, descriptor, and where each bytecode offset starts.

use keel_classfile::attributes::Code;
use keel_classfile::bytecode::{decode_all, Instruction};
use keel_classfile::descriptor::{FieldType, MethodDescriptor};
use keel_classfile::{Constant, ConstantPool};

use crate::error::{Failure, Result};
use crate::vtype::VType;

const NOT_AN_INSTRUCTION: u32 = u32::MAX;

pub struct MethodContext<'c, 'a> {
    pub pool: &'c ConstantPool<'a>,
    pub class_name: String,
    pub code: &'c Code<'a>,
    pub instructions: Vec<Instruction>,
    /// For each code offset, the index of the instruction starting there.
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
        let mut index_of_offset = vec![NOT_AN_INSTRUCTION; code.code.len() + 1];
        for (index, insn) in instructions.iter().enumerate() {
            index_of_offset[insn.offset as usize] = index as u32;
        }
        let descriptor = MethodDescriptor::parse(descriptor)?;
        Ok(MethodContext {
            pool,
            class_name: class_name.to_string(),
            code,
            instructions,
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
