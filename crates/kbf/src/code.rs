//! The binary encoding of instructions: an opcode byte, then the operands in
//! the order of the variant's fields. Registers, labels, import indexes and
//! counts are unsigned LEB128; `i32`/`i64` immediates are signed LEB128; float
//! constants are their bits as unsigned LEB128; small enums are one byte (the
//! index in the tables below); `Option<Reg>` is `0` for none or `reg + 1`.

use keel_kir::*;

use crate::bytes::{Reader, Result, Writer};

pub const TYPES: [Type; 6] = Type::ALL;
pub const BIN_OPS: [BinOp; 13] = {
    use BinOp::*;
    [Add, Sub, Mul, Div, Rem, UDiv, URem, And, Or, Xor, Shl, Shr, UShr]
};
pub const UN_OPS: [UnOp; 2] = [UnOp::Neg, UnOp::Not];
pub const CONV_OPS: [ConvOp; 20] = {
    use ConvOp::*;
    [
        I32ToI64,
        U32ToI64,
        I64ToI32,
        I32ToF32,
        I32ToF64,
        I64ToF32,
        I64ToF64,
        F32ToI32,
        F32ToI64,
        F64ToI32,
        F64ToI64,
        F32ToF64,
        F64ToF32,
        I32ToI8,
        I32ToU16,
        I32ToI16,
        F32BitsToI32,
        I32BitsToF32,
        F64BitsToI64,
        I64BitsToF64,
    ]
};
pub const CONDS: [Cond; 10] = {
    use Cond::*;
    [Eq, Ne, Lt, Le, Gt, Ge, ULt, ULe, UGt, UGe]
};
pub const CMP3S: [Cmp3; 3] = [Cmp3::Int, Cmp3::FloatNanLess, Cmp3::FloatNanGreater];
const MEM_KINDS: [MemKind; 10] = {
    use MemKind::*;
    [I8, U8, I16, U16, I32, I64, F32, F64, Ref, Ptr]
};
pub const ELEM_KINDS: [ElemKind; 9] = {
    use ElemKind::*;
    [Boolean, Byte, Char, Short, Int, Long, Float, Double, Ref]
};
const ATOMIC_OPS: [AtomicOp; 5] = {
    use AtomicOp::*;
    [Add, And, Or, Xor, Exchange]
};
const FENCES: [FenceKind; 3] = [FenceKind::Acquire, FenceKind::Release, FenceKind::Full];
const CONCAT_KINDS: [ConcatKind; 9] = {
    use ConcatKind::*;
    [Int, Char, Boolean, Byte, Short, Long, Float, Double, Object]
};

/// Opcodes, in the order of the `Inst` variants.
pub mod op {
    pub const CONST: u8 = 0;
    pub const MOVE: u8 = 1;
    pub const BINARY: u8 = 2;
    pub const UNARY: u8 = 3;
    pub const CONVERT: u8 = 4;
    pub const COMPARE: u8 = 5;
    pub const COMPARE3: u8 = 6;
    pub const JUMP: u8 = 7;
    pub const BRANCH: u8 = 8;
    pub const BRANCH_ZERO: u8 = 9;
    pub const TABLE_SWITCH: u8 = 10;
    pub const LOOKUP_SWITCH: u8 = 11;
    pub const RETURN: u8 = 12;
    pub const CALL: u8 = 13;
    pub const LOAD: u8 = 14;
    pub const STORE: u8 = 15;
    pub const ATOMIC_RMW: u8 = 16;
    pub const COMPARE_EXCHANGE: u8 = 17;
    pub const FENCE: u8 = 18;
    pub const NEW: u8 = 19;
    pub const NEW_ARRAY: u8 = 20;
    pub const NEW_MULTI_ARRAY: u8 = 21;
    pub const GET_FIELD: u8 = 22;
    pub const PUT_FIELD: u8 = 23;
    pub const GET_STATIC: u8 = 24;
    pub const PUT_STATIC: u8 = 25;
    pub const ARRAY_LOAD: u8 = 26;
    pub const ARRAY_STORE: u8 = 27;
    pub const ARRAY_LENGTH: u8 = 28;
    pub const INVOKE_STATIC: u8 = 29;
    pub const INVOKE_SPECIAL: u8 = 30;
    pub const INVOKE_VIRTUAL: u8 = 31;
    pub const INVOKE_INTERFACE: u8 = 32;
    pub const INSTANCE_OF: u8 = 33;
    pub const CHECK_CAST: u8 = 34;
    pub const NULL_CHECK: u8 = 35;
    pub const LOAD_STRING: u8 = 36;
    pub const LOAD_CLASS: u8 = 37;
    pub const LOAD_CONSTANT: u8 = 38;
    pub const CONCAT: u8 = 39;
    pub const MONITOR_ENTER: u8 = 40;
    pub const MONITOR_EXIT: u8 = 41;
    pub const THROW: u8 = 42;
    pub const RAISE: u8 = 43;
}

pub(crate) fn enum_byte<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter().position(|v| v == value).expect("every variant is in its table") as u8
}

pub(crate) fn enum_at<T: Copy>(reader: &mut Reader, all: &[T], what: &str) -> Result<T> {
    let byte = reader.u8()?;
    all.get(byte as usize).copied().ok_or_else(|| reader.error(format!("bad {what} code {byte}")))
}

/// Encodes and decodes values shared by code and class metadata.
pub(crate) fn write_const(w: &mut Writer, value: Const) {
    match value {
        Const::I32(v) => {
            w.u8(0);
            w.sleb(v.into());
        }
        Const::I64(v) => {
            w.u8(1);
            w.sleb(v);
        }
        Const::F32(bits) => {
            w.u8(2);
            w.uleb(bits.into());
        }
        Const::F64(bits) => {
            w.u8(3);
            w.uleb(bits);
        }
        Const::Null => w.u8(4),
    }
}

pub(crate) fn read_const(r: &mut Reader) -> Result<Const> {
    Ok(match r.u8()? {
        0 => Const::I32(r.sleb32()?),
        1 => Const::I64(r.sleb64()?),
        2 => Const::F32(r.uleb32()?),
        3 => Const::F64(r.uleb64()?),
        4 => Const::Null,
        tag => return Err(r.error(format!("bad constant tag {tag}"))),
    })
}

struct Enc<'a>(&'a mut Writer);

impl Enc<'_> {
    fn reg(&mut self, reg: Reg) {
        self.0.uleb(reg.0.into());
    }

    fn num(&mut self, value: u32) {
        self.0.uleb(value.into());
    }

    fn opt_reg(&mut self, reg: Option<Reg>) {
        self.0.uleb(reg.map_or(0, |r| u64::from(r.0) + 1));
    }

    fn regs(&mut self, regs: &[Reg]) {
        self.0.uleb(regs.len() as u64);
        regs.iter().for_each(|&r| self.reg(r));
    }

    fn byte<T: PartialEq>(&mut self, all: &[T], value: &T) {
        self.0.u8(enum_byte(all, value));
    }

    fn three(&mut self, dst: Reg, a: Reg, b: Reg) {
        self.reg(dst);
        self.reg(a);
        self.reg(b);
    }

    fn call(&mut self, opcode: u8, dst: Option<Reg>, method: ImportIndex, args: &[Reg]) {
        self.0.u8(opcode);
        self.opt_reg(dst);
        self.num(method);
        self.regs(args);
    }
}

/// Appends the encoding of one instruction.
pub(crate) fn encode_inst(w: &mut Writer, inst: &Inst) {
    let mut e = Enc(w);
    match inst {
        Inst::Const { dst, value } => {
            e.0.u8(op::CONST);
            e.reg(*dst);
            write_const(e.0, *value);
        }
        Inst::Move { dst, src } => {
            e.0.u8(op::MOVE);
            e.reg(*dst);
            e.reg(*src);
        }
        Inst::Binary { op, dst, a, b } => {
            e.0.u8(op::BINARY);
            e.byte(&BIN_OPS, op);
            e.three(*dst, *a, *b);
        }
        Inst::Unary { op, dst, src } => {
            e.0.u8(op::UNARY);
            e.byte(&UN_OPS, op);
            e.reg(*dst);
            e.reg(*src);
        }
        Inst::Convert { op, dst, src } => {
            e.0.u8(op::CONVERT);
            e.byte(&CONV_OPS, op);
            e.reg(*dst);
            e.reg(*src);
        }
        Inst::Compare { cond, dst, a, b } => {
            e.0.u8(op::COMPARE);
            e.byte(&CONDS, cond);
            e.three(*dst, *a, *b);
        }
        Inst::Compare3 { kind, dst, a, b } => {
            e.0.u8(op::COMPARE3);
            e.byte(&CMP3S, kind);
            e.three(*dst, *a, *b);
        }
        _ => encode_control(&mut e, inst),
    }
}

fn encode_control(e: &mut Enc, inst: &Inst) {
    match inst {
        Inst::Jump { target } => {
            e.0.u8(op::JUMP);
            e.num(*target);
        }
        Inst::Branch { cond, a, b, target } => {
            e.0.u8(op::BRANCH);
            e.byte(&CONDS, cond);
            e.reg(*a);
            e.reg(*b);
            e.num(*target);
        }
        Inst::BranchZero { cond, a, target } => {
            e.0.u8(op::BRANCH_ZERO);
            e.byte(&CONDS, cond);
            e.reg(*a);
            e.num(*target);
        }
        Inst::TableSwitch { key, low, targets, default } => {
            e.0.u8(op::TABLE_SWITCH);
            e.reg(*key);
            e.0.sleb((*low).into());
            e.num(*default);
            e.0.uleb(targets.len() as u64);
            targets.iter().for_each(|&t| e.num(t));
        }
        Inst::LookupSwitch { key, cases, default } => {
            e.0.u8(op::LOOKUP_SWITCH);
            e.reg(*key);
            e.num(*default);
            e.0.uleb(cases.len() as u64);
            for &(k, t) in cases {
                e.0.sleb(k.into());
                e.num(t);
            }
        }
        Inst::Return { value } => {
            e.0.u8(op::RETURN);
            e.opt_reg(*value);
        }
        Inst::Call { dst, function, args } => e.call(op::CALL, *dst, *function, args),
        _ => encode_memory(e, inst),
    }
}

fn encode_memory(e: &mut Enc, inst: &Inst) {
    match inst {
        Inst::Load { kind, dst, addr, offset } => {
            e.0.u8(op::LOAD);
            e.byte(&MEM_KINDS, kind);
            e.reg(*dst);
            e.reg(*addr);
            e.0.sleb((*offset).into());
        }
        Inst::Store { kind, addr, offset, value } => {
            e.0.u8(op::STORE);
            e.byte(&MEM_KINDS, kind);
            e.reg(*addr);
            e.0.sleb((*offset).into());
            e.reg(*value);
        }
        Inst::AtomicRmw { op, kind, dst, addr, value } => {
            e.0.u8(op::ATOMIC_RMW);
            e.byte(&ATOMIC_OPS, op);
            e.byte(&MEM_KINDS, kind);
            e.three(*dst, *addr, *value);
        }
        Inst::CompareExchange { kind, dst, addr, expected, new } => {
            e.0.u8(op::COMPARE_EXCHANGE);
            e.byte(&MEM_KINDS, kind);
            e.three(*dst, *addr, *expected);
            e.reg(*new);
        }
        Inst::Fence { kind } => {
            e.0.u8(op::FENCE);
            e.byte(&FENCES, kind);
        }
        _ => encode_object(e, inst),
    }
}

/// `opcode reg import` and `opcode reg reg import` shapes.
fn reg_import(e: &mut Enc, opcode: u8, regs: &[Reg], import: ImportIndex) {
    e.0.u8(opcode);
    regs.iter().for_each(|&r| e.reg(r));
    e.num(import);
}

fn one_reg(e: &mut Enc, opcode: u8, reg: Reg) {
    e.0.u8(opcode);
    e.reg(reg);
}

fn encode_object(e: &mut Enc, inst: &Inst) {
    match inst {
        Inst::New { dst, class } => reg_import(e, op::NEW, &[*dst], *class),
        Inst::NewArray { dst, class, length } => reg_import(e, op::NEW_ARRAY, &[*dst, *length], *class),
        Inst::NewMultiArray { dst, class, lengths } => {
            reg_import(e, op::NEW_MULTI_ARRAY, &[*dst], *class);
            e.regs(lengths);
        }
        Inst::GetField { dst, object, field } => reg_import(e, op::GET_FIELD, &[*dst, *object], *field),
        Inst::PutField { object, field, value } => reg_import(e, op::PUT_FIELD, &[*object, *value], *field),
        Inst::GetStatic { dst, field } => reg_import(e, op::GET_STATIC, &[*dst], *field),
        Inst::PutStatic { field, value } => reg_import(e, op::PUT_STATIC, &[*value], *field),
        Inst::ArrayLoad { kind, dst, array, index } => {
            e.0.u8(op::ARRAY_LOAD);
            e.byte(&ELEM_KINDS, kind);
            e.three(*dst, *array, *index);
        }
        Inst::ArrayStore { kind, array, index, value } => {
            e.0.u8(op::ARRAY_STORE);
            e.byte(&ELEM_KINDS, kind);
            e.three(*array, *index, *value);
        }
        Inst::ArrayLength { dst, array } => {
            e.0.u8(op::ARRAY_LENGTH);
            e.reg(*dst);
            e.reg(*array);
        }
        Inst::InvokeStatic { dst, method, args } => e.call(op::INVOKE_STATIC, *dst, *method, args),
        Inst::InvokeSpecial { dst, method, args } => e.call(op::INVOKE_SPECIAL, *dst, *method, args),
        Inst::InvokeVirtual { dst, method, args } => e.call(op::INVOKE_VIRTUAL, *dst, *method, args),
        Inst::InvokeInterface { dst, method, args } => e.call(op::INVOKE_INTERFACE, *dst, *method, args),
        _ => encode_misc(e, inst),
    }
}

fn encode_misc(e: &mut Enc, inst: &Inst) {
    match inst {
        Inst::InstanceOf { dst, object, class } => reg_import(e, op::INSTANCE_OF, &[*dst, *object], *class),
        Inst::CheckCast { object, class } => reg_import(e, op::CHECK_CAST, &[*object], *class),
        Inst::NullCheck { object } => one_reg(e, op::NULL_CHECK, *object),
        Inst::LoadString { dst, string } => reg_import(e, op::LOAD_STRING, &[*dst], *string),
        Inst::LoadClass { dst, class } => reg_import(e, op::LOAD_CLASS, &[*dst], *class),
        Inst::LoadConstant { dst, constant } => reg_import(e, op::LOAD_CONSTANT, &[*dst], *constant),
        Inst::Concat { dst, parts } => {
            e.0.u8(op::CONCAT);
            e.reg(*dst);
            e.0.uleb(parts.len() as u64);
            for part in parts {
                match part {
                    ConcatPart::Value(reg, kind) => {
                        e.byte(&CONCAT_KINDS, kind);
                        e.reg(*reg);
                    }
                    // Tag 255 marks text; value kinds are 0..9.
                    ConcatPart::Text(string) => {
                        e.0.u8(0xff);
                        e.num(*string);
                    }
                }
            }
        }
        Inst::MonitorEnter { object } => one_reg(e, op::MONITOR_ENTER, *object),
        Inst::MonitorExit { object } => one_reg(e, op::MONITOR_EXIT, *object),
        Inst::Throw { exception } => one_reg(e, op::THROW, *exception),
        Inst::Raise { error } => reg_import(e, op::RAISE, &[], *error),
        other => unreachable!("encoded by an earlier match: {other:?}"),
    }
}

struct Dec<'r, 'a>(&'r mut Reader<'a>);

impl Dec<'_, '_> {
    fn reg(&mut self) -> Result<Reg> {
        Ok(Reg(self.0.uleb32()?))
    }

    fn num(&mut self) -> Result<u32> {
        self.0.uleb32()
    }

    fn opt_reg(&mut self) -> Result<Option<Reg>> {
        Ok(match self.0.uleb64()? {
            0 => None,
            n => Some(Reg(u32::try_from(n - 1).map_err(|_| self.0.error("register overflows 32 bits"))?)),
        })
    }

    fn regs(&mut self) -> Result<Vec<Reg>> {
        let count = self.0.count(1)?;
        (0..count).map(|_| self.reg()).collect()
    }

    fn byte<T: Copy>(&mut self, all: &[T], what: &str) -> Result<T> {
        enum_at(self.0, all, what)
    }

    fn call(&mut self) -> Result<(Option<Reg>, ImportIndex, Vec<Reg>)> {
        Ok((self.opt_reg()?, self.num()?, self.regs()?))
    }
}

/// Decodes one instruction; never panics, whatever the bytes.
pub(crate) fn decode_inst(r: &mut Reader) -> Result<Inst> {
    let opcode = r.u8()?;
    let mut d = Dec(r);
    let inst = match opcode {
        op::CONST => Inst::Const { dst: d.reg()?, value: read_const(d.0)? },
        op::MOVE => Inst::Move { dst: d.reg()?, src: d.reg()? },
        op::BINARY => {
            Inst::Binary { op: d.byte(&BIN_OPS, "binary op")?, dst: d.reg()?, a: d.reg()?, b: d.reg()? }
        }
        op::UNARY => Inst::Unary { op: d.byte(&UN_OPS, "unary op")?, dst: d.reg()?, src: d.reg()? },
        op::CONVERT => Inst::Convert { op: d.byte(&CONV_OPS, "conversion")?, dst: d.reg()?, src: d.reg()? },
        op::COMPARE => {
            Inst::Compare { cond: d.byte(&CONDS, "condition")?, dst: d.reg()?, a: d.reg()?, b: d.reg()? }
        }
        op::COMPARE3 => {
            Inst::Compare3 { kind: d.byte(&CMP3S, "compare3 kind")?, dst: d.reg()?, a: d.reg()?, b: d.reg()? }
        }
        _ => return decode_control(opcode, &mut d),
    };
    Ok(inst)
}

fn decode_control(opcode: u8, d: &mut Dec) -> Result<Inst> {
    let inst = match opcode {
        op::JUMP => Inst::Jump { target: d.num()? },
        op::BRANCH => {
            Inst::Branch { cond: d.byte(&CONDS, "condition")?, a: d.reg()?, b: d.reg()?, target: d.num()? }
        }
        op::BRANCH_ZERO => {
            Inst::BranchZero { cond: d.byte(&CONDS, "condition")?, a: d.reg()?, target: d.num()? }
        }
        op::TABLE_SWITCH => {
            let (key, low, default) = (d.reg()?, d.0.sleb32()?, d.num()?);
            let count = d.0.count(1)?;
            let targets = (0..count).map(|_| d.num()).collect::<Result<_>>()?;
            Inst::TableSwitch { key, low, targets, default }
        }
        op::LOOKUP_SWITCH => {
            let (key, default) = (d.reg()?, d.num()?);
            let count = d.0.count(2)?;
            let cases = (0..count).map(|_| Ok((d.0.sleb32()?, d.num()?))).collect::<Result<_>>()?;
            Inst::LookupSwitch { key, cases, default }
        }
        op::RETURN => Inst::Return { value: d.opt_reg()? },
        op::CALL => {
            let (dst, function, args) = d.call()?;
            Inst::Call { dst, function, args }
        }
        _ => return decode_memory(opcode, d),
    };
    Ok(inst)
}

fn decode_memory(opcode: u8, d: &mut Dec) -> Result<Inst> {
    let inst = match opcode {
        op::LOAD => Inst::Load {
            kind: d.byte(&MEM_KINDS, "memory kind")?,
            dst: d.reg()?,
            addr: d.reg()?,
            offset: d.0.sleb32()?,
        },
        op::STORE => Inst::Store {
            kind: d.byte(&MEM_KINDS, "memory kind")?,
            addr: d.reg()?,
            offset: d.0.sleb32()?,
            value: d.reg()?,
        },
        op::ATOMIC_RMW => Inst::AtomicRmw {
            op: d.byte(&ATOMIC_OPS, "atomic op")?,
            kind: d.byte(&MEM_KINDS, "memory kind")?,
            dst: d.reg()?,
            addr: d.reg()?,
            value: d.reg()?,
        },
        op::COMPARE_EXCHANGE => Inst::CompareExchange {
            kind: d.byte(&MEM_KINDS, "memory kind")?,
            dst: d.reg()?,
            addr: d.reg()?,
            expected: d.reg()?,
            new: d.reg()?,
        },
        op::FENCE => Inst::Fence { kind: d.byte(&FENCES, "fence kind")? },
        _ => return decode_object(opcode, d),
    };
    Ok(inst)
}

fn decode_object(opcode: u8, d: &mut Dec) -> Result<Inst> {
    let inst = match opcode {
        op::NEW => Inst::New { dst: d.reg()?, class: d.num()? },
        op::NEW_ARRAY => Inst::NewArray { dst: d.reg()?, length: d.reg()?, class: d.num()? },
        op::NEW_MULTI_ARRAY => Inst::NewMultiArray { dst: d.reg()?, class: d.num()?, lengths: d.regs()? },
        op::GET_FIELD => Inst::GetField { dst: d.reg()?, object: d.reg()?, field: d.num()? },
        op::PUT_FIELD => Inst::PutField { object: d.reg()?, value: d.reg()?, field: d.num()? },
        op::GET_STATIC => Inst::GetStatic { dst: d.reg()?, field: d.num()? },
        op::PUT_STATIC => Inst::PutStatic { value: d.reg()?, field: d.num()? },
        op::ARRAY_LOAD => Inst::ArrayLoad {
            kind: d.byte(&ELEM_KINDS, "element kind")?,
            dst: d.reg()?,
            array: d.reg()?,
            index: d.reg()?,
        },
        op::ARRAY_STORE => Inst::ArrayStore {
            kind: d.byte(&ELEM_KINDS, "element kind")?,
            array: d.reg()?,
            index: d.reg()?,
            value: d.reg()?,
        },
        op::ARRAY_LENGTH => Inst::ArrayLength { dst: d.reg()?, array: d.reg()? },
        op::INVOKE_STATIC..=op::INVOKE_INTERFACE => {
            let (dst, method, args) = d.call()?;
            match opcode {
                op::INVOKE_STATIC => Inst::InvokeStatic { dst, method, args },
                op::INVOKE_SPECIAL => Inst::InvokeSpecial { dst, method, args },
                op::INVOKE_VIRTUAL => Inst::InvokeVirtual { dst, method, args },
                _ => Inst::InvokeInterface { dst, method, args },
            }
        }
        _ => return decode_misc(opcode, d),
    };
    Ok(inst)
}

fn decode_concat_part(d: &mut Dec) -> Result<ConcatPart> {
    if d.0.clone().u8()? == 0xff {
        d.0.u8()?;
        return Ok(ConcatPart::Text(d.num()?));
    }
    let kind = d.byte(&CONCAT_KINDS, "concat kind")?;
    Ok(ConcatPart::Value(d.reg()?, kind))
}

fn decode_misc(opcode: u8, d: &mut Dec) -> Result<Inst> {
    let inst = match opcode {
        op::INSTANCE_OF => Inst::InstanceOf { dst: d.reg()?, object: d.reg()?, class: d.num()? },
        op::CHECK_CAST => Inst::CheckCast { object: d.reg()?, class: d.num()? },
        op::NULL_CHECK => Inst::NullCheck { object: d.reg()? },
        op::LOAD_STRING => Inst::LoadString { dst: d.reg()?, string: d.num()? },
        op::LOAD_CLASS => Inst::LoadClass { dst: d.reg()?, class: d.num()? },
        op::LOAD_CONSTANT => Inst::LoadConstant { dst: d.reg()?, constant: d.num()? },
        op::CONCAT => {
            let dst = d.reg()?;
            let count = d.0.count(2)?;
            let parts = (0..count).map(|_| decode_concat_part(d)).collect::<Result<_>>()?;
            Inst::Concat { dst, parts }
        }
        op::MONITOR_ENTER => Inst::MonitorEnter { object: d.reg()? },
        op::MONITOR_EXIT => Inst::MonitorExit { object: d.reg()? },
        op::THROW => Inst::Throw { exception: d.reg()? },
        op::RAISE => Inst::Raise { error: d.num()? },
        _ => return Err(d.0.error(format!("unknown opcode {opcode}"))),
    };
    Ok(inst)
}
