//! A function under construction: its registers and code.
//!
//! Registers are named by where the bytecode keeps the value: one register
//! per (local index, type) and per (stack slot, type), so a local that holds
//! an int in one place and a reference in another becomes two registers, and
//! every register keeps one type for the whole function. Temporaries are
//! numbered per instruction and reused across instructions.

use std::collections::HashMap;

use keel_kir::{Function, Inst, Reg, Type};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Local(u16),
    /// The operand stack slot (not value index: a long below counts twice).
    Stack(u16),
    Temp(u16),
}

#[derive(Debug, Default)]
pub struct Body {
    pub registers: Vec<Type>,
    named: HashMap<(Place, Type), Reg>,
    pub code: Vec<Inst>,
}

impl Body {
    pub fn reg(&mut self, place: Place, ty: Type) -> Reg {
        let next = Reg(self.registers.len() as u32);
        let reg = *self.named.entry((place, ty)).or_insert(next);
        if reg == next {
            self.registers.push(ty);
        }
        reg
    }

    /// A register of its own, for generated code.
    pub fn fresh(&mut self, ty: Type) -> Reg {
        self.registers.push(ty);
        Reg(self.registers.len() as u32 - 1)
    }

    pub fn temp(&mut self, number: u16, ty: Type) -> Reg {
        self.reg(Place::Temp(number), ty)
    }

    pub fn emit(&mut self, inst: Inst) {
        self.code.push(inst);
    }

    pub fn len(&self) -> u32 {
        self.code.len() as u32
    }

    pub fn into_function(self, params: Vec<Reg>, returns: Option<Type>) -> Function {
        Function { registers: self.registers, params, returns, code: self.code, ..Function::default() }
    }
}

/// Rewrites every branch target of `inst` through `map`.
pub fn map_targets(inst: &mut Inst, map: impl Fn(u32) -> u32) {
    match inst {
        Inst::Jump { target } | Inst::Branch { target, .. } | Inst::BranchZero { target, .. } => {
            *target = map(*target)
        }
        Inst::TableSwitch { targets, default, .. } => {
            for t in targets.iter_mut() {
                *t = map(*t);
            }
            *default = map(*default);
        }
        Inst::LookupSwitch { cases, default, .. } => {
            for (_, t) in cases.iter_mut() {
                *t = map(*t);
            }
            *default = map(*default);
        }
        _ => {}
    }
}
