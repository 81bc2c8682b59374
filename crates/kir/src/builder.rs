//! Builders for functions and import tables, as the translator uses them.
//!
//! A [`FunctionBuilder`] hands out registers and labels; while building,
//! every branch target and handler bound in an instruction is a *label*
//! (from [`FunctionBuilder::new_label`]), not an instruction index, so that
//! forward branches can be emitted before their target exists.
//! [`FunctionBuilder::finish`] replaces labels by the instruction indexes
//! they were bound to.

use std::collections::HashMap;
use std::fmt;

use crate::inst::Inst;
use crate::module::*;
use crate::types::*;

/// A label was used but never bound: the builder's caller has a bug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnboundLabel {
    pub label: Label,
}

impl fmt::Display for UnboundLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "label L{} is used but never bound", self.label)
    }
}

impl std::error::Error for UnboundLabel {}

/// Builds a [`Function`]; see the module documentation for labels.
#[derive(Debug, Default)]
pub struct FunctionBuilder {
    function: Function,
    /// The instruction index each label is bound to, by label.
    bound: Vec<Option<Label>>,
}

impl FunctionBuilder {
    pub fn new(returns: Option<Type>) -> FunctionBuilder {
        FunctionBuilder { function: Function { returns, ..Function::default() }, bound: Vec::new() }
    }

    /// A fresh register of type `ty`.
    pub fn new_reg(&mut self, ty: Type) -> Reg {
        self.function.registers.push(ty);
        Reg(self.function.registers.len() as u32 - 1)
    }

    /// A fresh register of type `ty` that receives the next argument.
    pub fn new_param(&mut self, ty: Type) -> Reg {
        let reg = self.new_reg(ty);
        self.function.params.push(reg);
        reg
    }

    /// The type of a register made by this builder.
    pub fn reg_type(&self, reg: Reg) -> Option<Type> {
        self.function.registers.get(reg.0 as usize).copied()
    }

    /// A fresh, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.bound.push(None);
        self.bound.len() as Label - 1
    }

    /// Binds `label` to the next instruction to be emitted.
    pub fn bind(&mut self, label: Label) {
        self.bound[label as usize] = Some(self.next_index());
    }

    /// A fresh label bound to the next instruction.
    pub fn here(&mut self) -> Label {
        let label = self.new_label();
        self.bind(label);
        label
    }

    /// The index the next emitted instruction will have.
    pub fn next_index(&self) -> Label {
        self.function.code.len() as Label
    }

    /// Appends `inst` (its targets being labels); returns its index.
    pub fn emit(&mut self, inst: Inst) -> Label {
        self.function.code.push(inst);
        self.next_index() - 1
    }

    /// Adds a handler; `start`, `end` and `target` are labels (`end` may be
    /// bound at the end of the code). Handlers are kept in the order added:
    /// add the innermost first.
    pub fn add_handler(
        &mut self,
        start: Label,
        end: Label,
        target: Label,
        catch_class: Option<ImportIndex>,
        exception: Reg,
    ) {
        self.function.handlers.push(Handler { start, end, target, catch_class, exception });
    }

    /// Records that the next instruction comes from `source_offset`/`line`.
    /// A second position for the same instruction replaces the first.
    pub fn set_position(&mut self, source_offset: u32, line: u32) {
        let position = Position { instruction: self.next_index(), source_offset, line };
        match self.function.positions.last_mut() {
            Some(last) if last.instruction == position.instruction => *last = position,
            _ => self.function.positions.push(position),
        }
    }

    /// The instructions emitted so far (targets still labels).
    pub fn code(&self) -> &[Inst] {
        &self.function.code
    }

    /// Resolves labels to instruction indexes and returns the function.
    pub fn finish(mut self) -> Result<Function, UnboundLabel> {
        let resolve = |label: Label| match self.bound.get(label as usize) {
            Some(Some(index)) => Ok(*index),
            _ => Err(UnboundLabel { label }),
        };
        for inst in &mut self.function.code {
            for target in inst.targets_mut() {
                *target = resolve(*target)?;
            }
        }
        for handler in &mut self.function.handlers {
            handler.start = resolve(handler.start)?;
            handler.end = resolve(handler.end)?;
            handler.target = resolve(handler.target)?;
        }
        Ok(self.function)
    }
}

/// Builds a class's import table, each distinct [`Import`] once.
#[derive(Debug, Default)]
pub struct ImportTableBuilder {
    imports: Vec<Import>,
    indexes: HashMap<Import, ImportIndex>,
}

impl ImportTableBuilder {
    pub fn new() -> ImportTableBuilder {
        ImportTableBuilder::default()
    }

    /// The index of `import`, adding it if it is new.
    pub fn intern(&mut self, import: Import) -> ImportIndex {
        if let Some(&index) = self.indexes.get(&import) {
            return index;
        }
        let index = self.imports.len() as ImportIndex;
        self.imports.push(import.clone());
        self.indexes.insert(import, index);
        index
    }

    pub fn class(&mut self, name: &str) -> ImportIndex {
        self.intern(Import::Class { name: name.to_owned().into() })
    }

    /// A field of `class` (an internal class name).
    pub fn field(&mut self, class: &str, name: &str, descriptor: &str) -> ImportIndex {
        let class = self.class(class);
        self.intern(Import::Field {
            class,
            name: name.to_owned().into(),
            descriptor: descriptor.to_owned().into(),
        })
    }

    /// A method of `class`; `interface` when `class` is an interface.
    pub fn method(&mut self, class: &str, name: &str, descriptor: &str, interface: bool) -> ImportIndex {
        let class = self.class(class);
        let (name, descriptor) = (name.to_owned().into(), descriptor.to_owned().into());
        self.intern(Import::Method { class, name, descriptor, interface })
    }

    /// A string constant given as UTF-16 code units.
    pub fn string_utf16(&mut self, utf16: Vec<u16>) -> ImportIndex {
        self.intern(Import::String { utf16 })
    }

    /// A string constant given as Rust text.
    pub fn string(&mut self, text: &str) -> ImportIndex {
        self.string_utf16(text.encode_utf16().collect())
    }

    pub fn len(&self) -> usize {
        self.imports.len()
    }

    pub fn is_empty(&self) -> bool {
        self.imports.is_empty()
    }

    /// The table so far, for validating or printing while building.
    pub fn imports(&self) -> &[Import] {
        &self.imports
    }

    pub fn finish(self) -> Vec<Import> {
        self.imports
    }
}
