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
