//! Quickened code: what the interpreter runs.
//!
//! A method's KIR is checked on its first call (decoded from its image and
//! validated); at that moment it is also lowered into this form, once, the
//! way HotSpot's rewriter and ART's quickening prepare bytecode for their
//! interpreters. Every KIR instruction becomes one fixed-size [`Op`] at the
//! same index (so instruction indexes, handler ranges, source positions and
//! liveness tables keep meaning the same thing), with:
//! - operands as plain 16-bit numbers instead of LEB128 (no decoding);
//! - the register type folded into the opcode (`AddI32`, `BrLtI32`,
//!   `ALoad` of one element kind…): no type lookup when it runs;
//! - the variable parts (call arguments, 64-bit constants, switch tables)
//!   in side tables the op indexes.
//!
//! Instructions too rare to deserve an opcode (switches, multi-arrays,
//! concatenation, raw memory, `Raise`…) are kept whole in `rare` and run by
//! the interpreter's general path.
//!
//! Limits: 65,535 instructions, 65,534 registers and 65,535 imports per
//! method. A method past one fails to quicken with an error naming the
//! limit (the KIR of every method of java.base is far below them).

use keel_kir::{BinOp, Cmp3, Cond, Const, ConvOp, ElemKind, Function, Inst, Reg, Type, UnOp};

/// One quickened instruction: an opcode, a small sub-code (condition,
/// element kind, operator) and three 16-bit operands whose meaning the
/// opcode gives (see [`Code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub(crate) struct Op {
    pub code: Code,
    pub k: u8,
    pub a: u16,
    pub b: u16,
    pub c: u16,
}

impl QuickCode {
    /// The number of ops (one per KIR instruction).
    pub fn len(&self) -> usize {
        self.ops.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

impl Op {
    /// The 32-bit number held in `b` (low half) and `c` (high half).
    #[inline(always)]
    pub fn wide(self) -> u32 {
        u32::from(self.b) | u32::from(self.c) << 16
    }
}

/// The opcodes. Operands: `a`, `b`, `c` as listed; `dst` and registers are
/// register numbers, `#i` an import index, `@t` an instruction index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Code {
    /// `a = b`
    Move,
    /// `a = wide` (an i32, f32 bits or null, zero-extended)
    Const32,
    /// `a = consts[wide]`
    Const64,
    // Binary operators, `a = b op c`, on one type.
    AddI32,
    SubI32,
    MulI32,
    DivI32,
    RemI32,
    AndI32,
    OrI32,
    XorI32,
    ShlI32,
    ShrI32,
    UShrI32,
    AddI64,
    SubI64,
    MulI64,
    DivI64,
    RemI64,
    AndI64,
    OrI64,
    XorI64,
    ShlI64,
    ShrI64,
    UShrI64,
    AddF32,
    SubF32,
    MulF32,
    DivF32,
    AddF64,
    SubF64,
    MulF64,
    DivF64,
    /// Any other binary operator: `k` = type << 4 | operator.
    Binary,
    /// `a = -b`
    NegI32,
    NegI64,
    /// Other unary operators: `k` = type << 4 | operator.
    Unary,
    /// `a = convert(b)`, `k` = the conversion.
    Convert,
    /// `a = b cond c`, `k` = the condition, by operand type.
    CompareI32,
    CompareI64,
    CompareF32,
    CompareF64,
    /// References and raw pointers (compared as addresses).
    CompareAddr,
    /// `a = cmp3(b, c)`, `k` = the [`Cmp3`] kind, by operand type.
    Cmp3I32,
    Cmp3I64,
    Cmp3F32,
    Cmp3F64,
    Cmp3Addr,
    /// `goto a`
    Jump,
    /// `if a cond b goto c`, signed i32.
    BrEqI32,
    BrNeI32,
    BrLtI32,
    BrGeI32,
    BrGtI32,
    BrLeI32,
    /// Any other branch: `k` = type << 4 | condition.
    Branch,
    /// `if a cond 0 goto c`, signed i32.
    BzEqI32,
    BzNeI32,
    BzLtI32,
    BzGeI32,
    BzGtI32,
    BzLeI32,
    /// `if a == null goto c`, `if a != null goto c`
    BzNull,
    BzNonNull,
    /// Any other comparison with zero: `k` = type << 4 | condition.
    BranchZero,
    /// `return a`
    Return,
    ReturnVoid,
    /// `a = b.#c`
    GetField,
    /// `a.#c = b`
    PutField,
    /// `a = #c`
    GetStatic,
    /// `#c = b`
    PutStatic,
    /// `a = b[c]`, `k` = the element kind.
    ALoad,
    /// `a[b] = c`, `k` = the element kind.
    AStore,
    /// `a = b.length`
    ALength,
    /// `a = new #c`
    New,
    /// `a = new #c[b]`
    NewArray,
    /// `a - 1 = call #b(…)` (`a` 0: no result); `lists[c]` is the
    /// argument count, `lists[c + 1]` the call site's number (for a cache
    /// per site), the argument registers follow.
    InvokeStatic,
    InvokeSpecial,
    InvokeVirtual,
    InvokeInterface,
    Call,
    /// `a = b instanceof #c`
    InstanceOf,
    /// `(#c) a`
    CheckCast,
    NullCheck,
    /// `a = string #c`
    LoadString,
    /// `a = class #c`
    LoadClass,
    MonitorEnter,
    MonitorExit,
    /// `throw a`
    Throw,
    /// `rare[c]`, run by the general path.
    Rare,
}

/// A method's quickened code.
#[derive(Debug)]
pub struct QuickCode {
    /// One op per KIR instruction, at the same index.
    pub(crate) ops: Box<[Op]>,
    /// 64-bit constants.
    pub(crate) consts: Box<[u64]>,
    /// Call argument lists: a count, the call site's number, then that
    /// many registers.
    pub(crate) lists: Box<[u16]>,
    /// How many call sites (numbered from 0) the code has.
    pub(crate) call_sites: usize,
    /// Instructions run by the general path.
    pub(crate) rare: Box<[Inst]>,
}

// The sub-codes in `k` are the image's own byte values for KIR's enums.
use keel_kbf::codes::{BIN_OPS, CMP3S, CONDS, CONV_OPS, ELEM_KINDS, TYPES, UN_OPS};

fn code_of<T: PartialEq + Copy>(all: &[T], value: T) -> u8 {
    // Every variant is in its table (checked by the tests below).
    all.iter().position(|&v| v == value).unwrap_or(0) as u8
}

fn decode<T: Copy>(all: &[T], code: u8) -> T {
    all.get(code as usize).copied().unwrap_or(all[0])
}

/// The parts of a `k` that packs a type and a sub-code.
#[inline]
pub(crate) fn typed(k: u8) -> (Type, u8) {
    (decode(&TYPES, k >> 4), k & 15)
}
#[inline]
pub(crate) fn cond(code: u8) -> Cond {
    decode(&CONDS, code)
}
#[inline]
pub(crate) fn bin_op(code: u8) -> BinOp {
    decode(&BIN_OPS, code)
}
#[inline]
pub(crate) fn un_op(code: u8) -> UnOp {
    decode(&UN_OPS, code)
}
#[inline]
pub(crate) fn cmp3(code: u8) -> Cmp3 {
    decode(&CMP3S, code)
}
#[inline]
pub(crate) fn elem_kind(code: u8) -> ElemKind {
    decode(&ELEM_KINDS, code)
}
#[inline]
pub(crate) fn conv_op(code: u8) -> ConvOp {
    decode(&CONV_OPS, code)
}

fn pack(ty: Type, sub: u8) -> u8 {
    code_of(&TYPES, ty) << 4 | sub
}

/// Lowers a validated function (every register, label and import in range,
/// operand types as KIR's rules say) into quickened code.
pub fn quicken(function: &Function) -> Result<QuickCode, String> {
    let mut q = Quickener::new(function)?;
    let mut ops = Vec::with_capacity(function.code.len());
    for inst in &function.code {
        ops.push(q.op(inst)?);
    }
    Ok(QuickCode {
        ops: ops.into_boxed_slice(),
        consts: q.consts.into_boxed_slice(),
        lists: q.lists.into_boxed_slice(),
        call_sites: q.call_sites,
        rare: q.rare.into_boxed_slice(),
    })
}

struct Quickener<'f> {
    function: &'f Function,
    consts: Vec<u64>,
    lists: Vec<u16>,
    call_sites: usize,
    rare: Vec<Inst>,
}

fn too_large(what: &str, value: usize) -> String {
    format!("method too large for the interpreter: {what} {value} (the limit is 65535)")
}

fn u16_of(what: &str, value: u32) -> Result<u16, String> {
    u16::try_from(value).map_err(|_| too_large(what, value as usize))
}

fn op(code: Code, k: u8, a: u16, b: u16, c: u16) -> Op {
    Op { code, k, a, b, c }
}

impl<'f> Quickener<'f> {
    fn new(function: &'f Function) -> Result<Quickener<'f>, String> {
        // `dst + 1` of a call must fit, hence one register fewer.
        if function.registers.len() >= usize::from(u16::MAX) {
            return Err(too_large("registers", function.registers.len()));
        }
        if function.code.len() > usize::from(u16::MAX) {
            return Err(too_large("instructions", function.code.len()));
        }
        Ok(Quickener { function, consts: Vec::new(), lists: Vec::new(), call_sites: 0, rare: Vec::new() })
    }

    fn ty(&self, r: Reg) -> Type {
        self.function.registers.get(r.0 as usize).copied().unwrap_or(Type::I32)
    }

    fn op(&mut self, inst: &Inst) -> Result<Op, String> {
        // Registers are below 65535 (checked in `new`), labels below 65536.
        let r = |reg: Reg| reg.0 as u16;
        let l = |label: u32| label as u16;
        let i = |import: u32| u16_of("import", import);
        Ok(match inst {
            Inst::Move { dst, src } => op(Code::Move, 0, r(*dst), r(*src), 0),
            Inst::Const { dst, value } => {
                let small = match *value {
                    Const::I32(v) => Some(v as u32),
                    Const::F32(bits) => Some(bits),
                    Const::Null => Some(0),
                    Const::I64(v) => u32::try_from(v).ok(),
                    Const::F64(bits) => u32::try_from(bits).ok(),
                };
                match small {
                    Some(v) => op(Code::Const32, 0, r(*dst), v as u16, (v >> 16) as u16),
                    None => {
                        let bits = match *value {
                            Const::I64(v) => v as u64,
                            Const::F64(bits) => bits,
                            _ => 0,
                        };
                        let index = self.consts.len() as u32;
                        self.consts.push(bits);
                        op(Code::Const64, 0, r(*dst), index as u16, (index >> 16) as u16)
                    }
                }
            }
            Inst::Binary { op: o, dst, a, b } => {
                let code = binary_code(self.ty(*dst), *o);
                let k = pack(self.ty(*dst), code_of(&BIN_OPS, *o));
                op(code, k, r(*dst), r(*a), r(*b))
            }
            Inst::Unary { op: o, dst, src } => {
                let code = match (self.ty(*dst), o) {
                    (Type::I32, UnOp::Neg) => Code::NegI32,
                    (Type::I64, UnOp::Neg) => Code::NegI64,
                    _ => Code::Unary,
                };
                op(code, pack(self.ty(*dst), code_of(&UN_OPS, *o)), r(*dst), r(*src), 0)
            }
            Inst::Convert { op: o, dst, src } => {
                op(Code::Convert, code_of(&CONV_OPS, *o), r(*dst), r(*src), 0)
            }
            Inst::Compare { cond: c, dst, a, b } => {
                let code = match self.ty(*a) {
                    Type::I32 => Code::CompareI32,
                    Type::I64 => Code::CompareI64,
                    Type::F32 => Code::CompareF32,
                    Type::F64 => Code::CompareF64,
                    Type::Ref | Type::Ptr => Code::CompareAddr,
                };
                op(code, code_of(&CONDS, *c), r(*dst), r(*a), r(*b))
            }
            Inst::Compare3 { kind, dst, a, b } => {
                let code = match self.ty(*a) {
                    Type::I32 => Code::Cmp3I32,
                    Type::I64 => Code::Cmp3I64,
                    Type::F32 => Code::Cmp3F32,
                    Type::F64 => Code::Cmp3F64,
                    Type::Ref | Type::Ptr => Code::Cmp3Addr,
                };
                op(code, code_of(&CMP3S, *kind), r(*dst), r(*a), r(*b))
            }
            Inst::Jump { target } => op(Code::Jump, 0, l(*target), 0, 0),
            Inst::Branch { cond: c, a, b, target } => {
                let code = match (self.ty(*a), c) {
                    (Type::I32, Cond::Eq) => Code::BrEqI32,
                    (Type::I32, Cond::Ne) => Code::BrNeI32,
                    (Type::I32, Cond::Lt) => Code::BrLtI32,
                    (Type::I32, Cond::Ge) => Code::BrGeI32,
                    (Type::I32, Cond::Gt) => Code::BrGtI32,
                    (Type::I32, Cond::Le) => Code::BrLeI32,
                    _ => Code::Branch,
                };
                op(code, pack(self.ty(*a), code_of(&CONDS, *c)), r(*a), r(*b), l(*target))
            }
            Inst::BranchZero { cond: c, a, target } => {
                let code = match (self.ty(*a), c) {
                    (Type::I32, Cond::Eq) => Code::BzEqI32,
                    (Type::I32, Cond::Ne) => Code::BzNeI32,
                    (Type::I32, Cond::Lt) => Code::BzLtI32,
                    (Type::I32, Cond::Ge) => Code::BzGeI32,
                    (Type::I32, Cond::Gt) => Code::BzGtI32,
                    (Type::I32, Cond::Le) => Code::BzLeI32,
                    (Type::Ref, Cond::Eq) => Code::BzNull,
                    (Type::Ref, Cond::Ne) => Code::BzNonNull,
                    _ => Code::BranchZero,
                };
                op(code, pack(self.ty(*a), code_of(&CONDS, *c)), r(*a), 0, l(*target))
            }
            Inst::Return { value: Some(v) } => op(Code::Return, 0, r(*v), 0, 0),
            Inst::Return { value: None } => op(Code::ReturnVoid, 0, 0, 0, 0),
            Inst::GetField { dst, object, field } => op(Code::GetField, 0, r(*dst), r(*object), i(*field)?),
            Inst::PutField { object, field, value } => {
                op(Code::PutField, 0, r(*object), r(*value), i(*field)?)
            }
            Inst::GetStatic { dst, field } => op(Code::GetStatic, 0, r(*dst), 0, i(*field)?),
            Inst::PutStatic { field, value } => op(Code::PutStatic, 0, 0, r(*value), i(*field)?),
            Inst::ArrayLoad { kind, dst, array, index } => {
                op(Code::ALoad, code_of(&ELEM_KINDS, *kind), r(*dst), r(*array), r(*index))
            }
            Inst::ArrayStore { kind, array, index, value } => {
                op(Code::AStore, code_of(&ELEM_KINDS, *kind), r(*array), r(*index), r(*value))
            }
            Inst::ArrayLength { dst, array } => op(Code::ALength, 0, r(*dst), r(*array), 0),
            Inst::New { dst, class } => op(Code::New, 0, r(*dst), 0, i(*class)?),
            Inst::NewArray { dst, class, length } => op(Code::NewArray, 0, r(*dst), r(*length), i(*class)?),
            Inst::InvokeStatic { dst, method, args } => self.call(Code::InvokeStatic, *dst, *method, args)?,
            Inst::InvokeSpecial { dst, method, args } => {
                self.call(Code::InvokeSpecial, *dst, *method, args)?
            }
            Inst::InvokeVirtual { dst, method, args } => {
                self.call(Code::InvokeVirtual, *dst, *method, args)?
            }
            Inst::InvokeInterface { dst, method, args } => {
                self.call(Code::InvokeInterface, *dst, *method, args)?
            }
            Inst::Call { dst, function, args } => self.call(Code::Call, *dst, *function, args)?,
            Inst::InstanceOf { dst, object, class } => {
                op(Code::InstanceOf, 0, r(*dst), r(*object), i(*class)?)
            }
            Inst::CheckCast { object, class } => op(Code::CheckCast, 0, r(*object), 0, i(*class)?),
            Inst::NullCheck { object } => op(Code::NullCheck, 0, r(*object), 0, 0),
            Inst::LoadString { dst, string } => op(Code::LoadString, 0, r(*dst), 0, i(*string)?),
            Inst::LoadClass { dst, class } => op(Code::LoadClass, 0, r(*dst), 0, i(*class)?),
            Inst::MonitorEnter { object } => op(Code::MonitorEnter, 0, r(*object), 0, 0),
            Inst::MonitorExit { object } => op(Code::MonitorExit, 0, r(*object), 0, 0),
            Inst::Throw { exception } => op(Code::Throw, 0, r(*exception), 0, 0),
            Inst::TableSwitch { .. }
            | Inst::LookupSwitch { .. }
            | Inst::Load { .. }
            | Inst::Store { .. }
            | Inst::AtomicRmw { .. }
            | Inst::CompareExchange { .. }
            | Inst::Fence { .. }
            | Inst::NewMultiArray { .. }
            | Inst::LoadConstant { .. }
            | Inst::Concat { .. }
            | Inst::Raise { .. } => {
                let index = u16_of("rare instruction", self.rare.len() as u32)?;
                self.rare.push(inst.clone());
                op(Code::Rare, 0, 0, 0, index)
            }
        })
    }

    fn call(&mut self, code: Code, dst: Option<Reg>, method: u32, args: &[Reg]) -> Result<Op, String> {
        let at = u16_of("argument list", self.lists.len() as u32)?;
        self.lists.push(u16_of("argument count", args.len() as u32)?);
        self.lists.push(u16_of("call site", self.call_sites as u32)?);
        self.call_sites += 1;
        self.lists.extend(args.iter().map(|a| a.0 as u16));
        let dst = dst.map_or(0, |d| d.0 as u16 + 1);
        Ok(op(code, 0, dst, u16_of("import", method)?, at))
    }
}

fn binary_code(ty: Type, o: BinOp) -> Code {
    match (ty, o) {
        (Type::I32, BinOp::Add) => Code::AddI32,
        (Type::I32, BinOp::Sub) => Code::SubI32,
        (Type::I32, BinOp::Mul) => Code::MulI32,
        (Type::I32, BinOp::Div) => Code::DivI32,
        (Type::I32, BinOp::Rem) => Code::RemI32,
        (Type::I32, BinOp::And) => Code::AndI32,
        (Type::I32, BinOp::Or) => Code::OrI32,
        (Type::I32, BinOp::Xor) => Code::XorI32,
        (Type::I32, BinOp::Shl) => Code::ShlI32,
        (Type::I32, BinOp::Shr) => Code::ShrI32,
        (Type::I32, BinOp::UShr) => Code::UShrI32,
        (Type::I64, BinOp::Add) => Code::AddI64,
        (Type::I64, BinOp::Sub) => Code::SubI64,
        (Type::I64, BinOp::Mul) => Code::MulI64,
        (Type::I64, BinOp::Div) => Code::DivI64,
        (Type::I64, BinOp::Rem) => Code::RemI64,
        (Type::I64, BinOp::And) => Code::AndI64,
        (Type::I64, BinOp::Or) => Code::OrI64,
        (Type::I64, BinOp::Xor) => Code::XorI64,
        (Type::I64, BinOp::Shl) => Code::ShlI64,
        (Type::I64, BinOp::Shr) => Code::ShrI64,
        (Type::I64, BinOp::UShr) => Code::UShrI64,
        (Type::F32, BinOp::Add) => Code::AddF32,
        (Type::F32, BinOp::Sub) => Code::SubF32,
        (Type::F32, BinOp::Mul) => Code::MulF32,
        (Type::F32, BinOp::Div) => Code::DivF32,
        (Type::F64, BinOp::Add) => Code::AddF64,
        (Type::F64, BinOp::Sub) => Code::SubF64,
        (Type::F64, BinOp::Mul) => Code::MulF64,
        (Type::F64, BinOp::Div) => Code::DivF64,
        _ => Code::Binary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_a_code_that_decodes_back() {
        for (i, &t) in TYPES.iter().enumerate() {
            assert_eq!(typed(pack(t, 3)), (t, 3), "type {i}");
        }
        for &c in &CONDS {
            assert_eq!(cond(code_of(&CONDS, c)), c);
        }
        for &o in &BIN_OPS {
            assert_eq!(bin_op(code_of(&BIN_OPS, o)), o);
        }
        for &k in &ELEM_KINDS {
            assert_eq!(elem_kind(code_of(&ELEM_KINDS, k)), k);
        }
        for &o in &CONV_OPS {
            assert_eq!(conv_op(code_of(&CONV_OPS, o)), o);
        }
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }

    #[test]
    fn a_method_past_the_limits_fails_naming_the_limit() {
        let function = Function {
            registers: vec![Type::I32; 70_000],
            params: vec![],
            returns: None,
            code: vec![Inst::Return { value: None }],
            handlers: vec![],
            positions: vec![],
        };
        let error = quicken(&function).unwrap_err();
        assert!(error.contains("registers 70000"), "{error}");
        let function = Function {
            registers: vec![],
            params: vec![],
            returns: None,
            code: vec![Inst::Jump { target: 0 }; 70_000],
            handlers: vec![],
            positions: vec![],
        };
        assert!(quicken(&function).unwrap_err().contains("instructions 70000"));
    }

    #[test]
    fn large_constants_go_to_the_pool_and_small_ones_inline() {
        let function = Function {
            registers: vec![Type::I64, Type::I32],
            params: vec![],
            returns: None,
            code: vec![
                Inst::Const { dst: Reg(0), value: Const::I64(-1) },
                Inst::Const { dst: Reg(1), value: Const::I32(-2) },
                Inst::Return { value: None },
            ],
            handlers: vec![],
            positions: vec![],
        };
        let q = quicken(&function).unwrap();
        assert_eq!(q.ops[0].code, Code::Const64);
        assert_eq!(q.consts[q.ops[0].wide() as usize], u64::MAX);
        assert_eq!(q.ops[1].code, Code::Const32);
        assert_eq!(q.ops[1].wide(), -2i32 as u32);
    }
}
