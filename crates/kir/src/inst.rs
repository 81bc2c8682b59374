//! The instruction set. Each variant is one line of `docs/kir.md`.

use crate::types::*;

/// One piece of a string concatenation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConcatPart {
    /// A value converted to text as `String.valueOf` would: the kind says how
    /// to read the register (an i32 may be an int, char or boolean).
    Value(Reg, ConcatKind),
    /// A constant string, by import index.
    Text(ImportIndex),
}

/// How a concatenated value is turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConcatKind {
    Int,
    Char,
    Boolean,
    Byte,
    Short,
    Long,
    Float,
    Double,
    /// `String.valueOf(Object)`: "null", or the object's `toString()`.
    Object,
}

/// A KIR instruction. Registers named `dst` are written; all others are read.
#[derive(Debug, Clone, PartialEq)]
pub enum Inst {
    // ----- core: values -----
    /// `dst = value`
    Const {
        dst: Reg,
        value: Const,
    },
    /// `dst = src` (same type)
    Move {
        dst: Reg,
        src: Reg,
    },
    /// `dst = a op b`
    Binary {
        op: BinOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = op src`
    Unary {
        op: UnOp,
        dst: Reg,
        src: Reg,
    },
    /// `dst = convert(src)`
    Convert {
        op: ConvOp,
        dst: Reg,
        src: Reg,
    },
    /// `dst = (a cond b) ? 1 : 0` as i32
    Compare {
        cond: Cond,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = -1, 0 or 1` as i32
    Compare3 {
        kind: Cmp3,
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ----- core: control flow -----
    Jump {
        target: Label,
    },
    /// `if a cond b goto target`
    Branch {
        cond: Cond,
        a: Reg,
        b: Reg,
        target: Label,
    },
    /// `if a cond 0 goto target` (for references: `Eq` is null, `Ne` non-null)
    BranchZero {
        cond: Cond,
        a: Reg,
        target: Label,
    },
    /// `goto targets[key - low]` if in range, else `default`
    TableSwitch {
        key: Reg,
        low: i32,
        targets: Vec<Label>,
        default: Label,
    },
    /// `goto` the target whose key equals `key` (keys strictly increasing)
    LookupSwitch {
        key: Reg,
        cases: Vec<(i32, Label)>,
        default: Label,
    },
    Return {
        value: Option<Reg>,
    },
    /// A direct call of a function, with no class initialization.
    Call {
        dst: Option<Reg>,
        function: ImportIndex,
        args: Vec<Reg>,
    },

    // ----- core: raw memory and atomics -----
    /// `dst = *(addr + offset)`
    Load {
        kind: MemKind,
        dst: Reg,
        addr: Reg,
        offset: i32,
    },
    /// `*(addr + offset) = value`
    Store {
        kind: MemKind,
        addr: Reg,
        offset: i32,
        value: Reg,
    },
    /// `dst = *addr; *addr = *addr op value` atomically
    AtomicRmw {
        op: AtomicOp,
        kind: MemKind,
        dst: Reg,
        addr: Reg,
        value: Reg,
    },
    /// `dst = *addr; if dst == expected { *addr = new }` atomically
    CompareExchange {
        kind: MemKind,
        dst: Reg,
        addr: Reg,
        expected: Reg,
        new: Reg,
    },
    Fence {
        kind: FenceKind,
    },

    // ----- object model: allocation -----
    /// A new instance of a class (initializing the class first).
    New {
        dst: Reg,
        class: ImportIndex,
    },
    /// A new one-dimensional array of the array class `class` (e.g. `[I`).
    NewArray {
        dst: Reg,
        class: ImportIndex,
        length: Reg,
    },
    /// A new multi-dimensional array of `class`, one length per dimension.
    NewMultiArray {
        dst: Reg,
        class: ImportIndex,
        lengths: Vec<Reg>,
    },

    // ----- object model: fields and arrays -----
    GetField {
        dst: Reg,
        object: Reg,
        field: ImportIndex,
    },
    PutField {
        object: Reg,
        field: ImportIndex,
        value: Reg,
    },
    /// Static field read (initializing the field's class first).
    GetStatic {
        dst: Reg,
        field: ImportIndex,
    },
    PutStatic {
        field: ImportIndex,
        value: Reg,
    },
    /// Null and bounds checked.
    ArrayLoad {
        kind: ElemKind,
        dst: Reg,
        array: Reg,
        index: Reg,
    },
    /// Null, bounds and (for references) store-type checked.
    ArrayStore {
        kind: ElemKind,
        array: Reg,
        index: Reg,
        value: Reg,
    },
    ArrayLength {
        dst: Reg,
        array: Reg,
    },

    // ----- object model: calls -----
    /// Static method call (initializing the class first).
    InvokeStatic {
        dst: Option<Reg>,
        method: ImportIndex,
        args: Vec<Reg>,
    },
    /// Non-virtual instance call (constructors, private and `super` calls);
    /// `args[0]` is the receiver, null-checked.
    InvokeSpecial {
        dst: Option<Reg>,
        method: ImportIndex,
        args: Vec<Reg>,
    },
    /// Virtual call through the receiver's vtable; `args[0]` is the receiver.
    InvokeVirtual {
        dst: Option<Reg>,
        method: ImportIndex,
        args: Vec<Reg>,
    },
    /// Interface call through the receiver's interface method table.
    InvokeInterface {
        dst: Option<Reg>,
        method: ImportIndex,
        args: Vec<Reg>,
    },

    // ----- object model: types, constants, monitors, exceptions -----
    /// `dst = object instanceof class` (0 for null)
    InstanceOf {
        dst: Reg,
        object: Reg,
        class: ImportIndex,
    },
    /// Raises the class-cast error unless `object` is null or an instance.
    CheckCast {
        object: Reg,
        class: ImportIndex,
    },
    /// Raises the null-pointer error if `object` is null.
    NullCheck {
        object: Reg,
    },
    /// The interned string constant at `string`.
    LoadString {
        dst: Reg,
        string: ImportIndex,
    },
    /// The class object (mirror) of `class`.
    LoadClass {
        dst: Reg,
        class: ImportIndex,
    },
    /// A method handle or method type constant.
    LoadConstant {
        dst: Reg,
        constant: ImportIndex,
    },
    /// Concatenates the parts into a new string.
    Concat {
        dst: Reg,
        parts: Vec<ConcatPart>,
    },
    MonitorEnter {
        object: Reg,
    },
    MonitorExit {
        object: Reg,
    },
    /// Throws `exception` (null-checked).
    Throw {
        exception: Reg,
    },
    /// Raises the error described by the import `error` (e.g. a
    /// `BootstrapMethodError` for an invokedynamic whose bootstrap method
    /// Keel does not translate); never returns.
    Raise {
        error: ImportIndex,
    },
}

/// Matches `$inst` on the instructions that write a register: `$one`
/// where `dst` is the register, `$maybe` where it is an `Option<Reg>`.
macro_rules! writes {
    ($inst:expr, $d:ident => $one:expr, $m:ident => $maybe:expr) => {
        match $inst {
            Inst::Const { dst: $d, .. }
            | Inst::Move { dst: $d, .. }
            | Inst::Binary { dst: $d, .. }
            | Inst::Unary { dst: $d, .. }
            | Inst::Convert { dst: $d, .. }
            | Inst::Compare { dst: $d, .. }
            | Inst::Compare3 { dst: $d, .. }
            | Inst::Load { dst: $d, .. }
            | Inst::AtomicRmw { dst: $d, .. }
            | Inst::CompareExchange { dst: $d, .. }
            | Inst::New { dst: $d, .. }
            | Inst::NewArray { dst: $d, .. }
            | Inst::NewMultiArray { dst: $d, .. }
            | Inst::GetField { dst: $d, .. }
            | Inst::GetStatic { dst: $d, .. }
            | Inst::ArrayLoad { dst: $d, .. }
            | Inst::ArrayLength { dst: $d, .. }
            | Inst::InstanceOf { dst: $d, .. }
            | Inst::LoadString { dst: $d, .. }
            | Inst::LoadClass { dst: $d, .. }
            | Inst::LoadConstant { dst: $d, .. }
            | Inst::Concat { dst: $d, .. } => $one,
            Inst::Call { dst: $m, .. }
            | Inst::InvokeStatic { dst: $m, .. }
            | Inst::InvokeSpecial { dst: $m, .. }
            | Inst::InvokeVirtual { dst: $m, .. }
            | Inst::InvokeInterface { dst: $m, .. } => $maybe,
            _ => None,
        }
    };
}

impl Inst {
    /// Whether control can continue to the next instruction.
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Inst::Jump { .. }
                | Inst::TableSwitch { .. }
                | Inst::LookupSwitch { .. }
                | Inst::Return { .. }
                | Inst::Throw { .. }
                | Inst::Raise { .. }
        )
    }

    /// The register this instruction writes, if any.
    pub fn def(&self) -> Option<Reg> {
        writes!(self, dst => Some(*dst), dst => *dst)
    }

    /// The register this instruction writes, for rewriting it.
    pub fn def_mut(&mut self) -> Option<&mut Reg> {
        writes!(self, dst => Some(dst), dst => dst.as_mut())
    }

    /// The registers this instruction reads, for rewriting them (all of
    /// them are read before [`Inst::def`] is written).
    pub fn uses_mut(&mut self) -> Vec<&mut Reg> {
        match self {
            Inst::Const { .. }
            | Inst::Jump { .. }
            | Inst::Fence { .. }
            | Inst::New { .. }
            | Inst::GetStatic { .. }
            | Inst::LoadString { .. }
            | Inst::LoadClass { .. }
            | Inst::LoadConstant { .. }
            | Inst::Raise { .. } => Vec::new(),
            Inst::Move { src, .. }
            | Inst::Unary { src, .. }
            | Inst::Convert { src, .. }
            | Inst::BranchZero { a: src, .. }
            | Inst::TableSwitch { key: src, .. }
            | Inst::LookupSwitch { key: src, .. }
            | Inst::Load { addr: src, .. }
            | Inst::NewArray { length: src, .. }
            | Inst::GetField { object: src, .. }
            | Inst::PutStatic { value: src, .. }
            | Inst::ArrayLength { array: src, .. }
            | Inst::InstanceOf { object: src, .. }
            | Inst::CheckCast { object: src, .. }
            | Inst::NullCheck { object: src }
            | Inst::MonitorEnter { object: src }
            | Inst::MonitorExit { object: src }
            | Inst::Throw { exception: src } => vec![src],
            Inst::Binary { a, b, .. }
            | Inst::Compare { a, b, .. }
            | Inst::Compare3 { a, b, .. }
            | Inst::Branch { a, b, .. }
            | Inst::Store { addr: a, value: b, .. }
            | Inst::AtomicRmw { addr: a, value: b, .. }
            | Inst::PutField { object: a, value: b, .. }
            | Inst::ArrayLoad { array: a, index: b, .. } => vec![a, b],
            Inst::CompareExchange { addr, expected, new, .. } => vec![addr, expected, new],
            Inst::ArrayStore { array, index, value, .. } => vec![array, index, value],
            Inst::Return { value } => value.iter_mut().collect(),
            Inst::Call { args, .. }
            | Inst::InvokeStatic { args, .. }
            | Inst::InvokeSpecial { args, .. }
            | Inst::InvokeVirtual { args, .. }
            | Inst::InvokeInterface { args, .. }
            | Inst::NewMultiArray { lengths: args, .. } => args.iter_mut().collect(),
            Inst::Concat { parts, .. } => parts
                .iter_mut()
                .filter_map(|p| match p {
                    ConcatPart::Value(r, _) => Some(r),
                    ConcatPart::Text(_) => None,
                })
                .collect(),
        }
    }

    /// Whether the instruction does nothing but write its `def` (no
    /// exception, no other effect): removable when that value is unused.
    pub fn is_pure(&self) -> bool {
        matches!(self, Inst::Const { .. } | Inst::Move { .. })
    }

    /// The instruction indexes this instruction may branch to.
    pub fn targets(&self) -> Vec<Label> {
        match self {
            Inst::Jump { target } | Inst::Branch { target, .. } | Inst::BranchZero { target, .. } => {
                vec![*target]
            }
            Inst::TableSwitch { targets, default, .. } => {
                let mut all = targets.clone();
                all.push(*default);
                all
            }
            Inst::LookupSwitch { cases, default, .. } => {
                let mut all: Vec<Label> = cases.iter().map(|&(_, t)| t).collect();
                all.push(*default);
                all
            }
            _ => Vec::new(),
        }
    }

    /// The instruction's branch targets, for rewriting them (as
    /// [`crate::builder::FunctionBuilder::finish`] does with labels).
    pub fn targets_mut(&mut self) -> Vec<&mut Label> {
        match self {
            Inst::Jump { target } | Inst::Branch { target, .. } | Inst::BranchZero { target, .. } => {
                vec![target]
            }
            Inst::TableSwitch { targets, default, .. } => {
                targets.iter_mut().chain(std::iter::once(default)).collect()
            }
            Inst::LookupSwitch { cases, default, .. } => {
                cases.iter_mut().map(|(_, t)| t).chain(std::iter::once(default)).collect()
            }
            _ => Vec::new(),
        }
    }
}
