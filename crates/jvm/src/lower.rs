//! Lowers one method's bytecode to KIR, given the inferred frames: operand
//! stack values and locals become typed registers (see [`crate::body`]).

use keel_classfile::bytecode::{Category, Instruction, Opcode, Operands};
use keel_classfile::descriptor::MethodDescriptor;
use keel_classfile::Constant;
use keel_kir::{
    BinOp, Cmp3, Cond, Const, ConvOp, ElemKind, Function, Handler, Import, Inst, Position, Reg, Type, UnOp,
};

use crate::body::{map_targets, Body, Place};
use crate::class::ClassState;
use crate::error::{Failure, Result};
use crate::frames::{array_of, step};
use crate::method::MethodContext;
use crate::vtype::{Frame, VType};

/// Translates the body of the method described by `ctx`.
pub fn lower_method<'c, 'a>(
    ctx: &MethodContext<'c, 'a>,
    states: &[Option<Frame>],
    class: &mut ClassState<'c, 'a>,
) -> Result<Function> {
    let mut lowering = Lowering { ctx, class, body: Body::default() };
    let params = lowering.params();
    let mut start_of = Vec::with_capacity(ctx.instructions.len());
    let mut positions = Vec::new();
    let lines = LineTable::new(ctx);
    for (index, (insn, state)) in ctx.instructions.iter().zip(states).enumerate() {
        let start = lowering.body.len();
        start_of.push(start);
        let Some(before) = state else { continue };
        let after = step(ctx, insn, before)?;
        lowering.lower(insn, before, &after)?;
        if lowering.body.len() > start {
            positions.push(Position {
                instruction: start,
                source_offset: ctx.origin(index),
                line: lines.line_at(ctx.origin(index)),
            });
        }
    }
    let end = lowering.body.len();
    let kir_index = |offset: u32| ctx.index_at(offset).map_or(end, |i| start_of[i]);
    for inst in &mut lowering.body.code {
        map_targets(inst, kir_index);
    }
    let handlers = lowering.handlers(states, &kir_index)?;
    let returns = ctx.descriptor.return_type.as_ref().and_then(|t| VType::from_field_type(t).register_type());
    let mut function = lowering.body.into_function(params, returns);
    function.handlers = handlers;
    function.positions = positions;
    Ok(function)
}

struct LineTable {
    /// `(start_pc, line)`, sorted by `start_pc`.
    entries: Vec<(u32, u32)>,
}

impl LineTable {
    fn new(ctx: &MethodContext) -> Self {
        let mut entries: Vec<_> =
            ctx.code.line_numbers().map(|l| (u32::from(l.start_pc), u32::from(l.line))).collect();
        entries.sort_unstable();
        LineTable { entries }
    }

    fn line_at(&self, offset: u32) -> u32 {
        match self.entries.partition_point(|&(pc, _)| pc <= offset) {
            0 => 0,
            n => self.entries[n - 1].1,
        }
    }
}

pub struct Lowering<'l, 'c, 'a> {
    pub ctx: &'l MethodContext<'c, 'a>,
    pub class: &'l mut ClassState<'c, 'a>,
    pub body: Body,
}

impl Lowering<'_, '_, '_> {
    /// The registers that receive the arguments: the locals they arrive in.
    fn params(&mut self) -> Vec<Reg> {
        let mut slot = 0u16;
        let mut params = Vec::new();
        for ty in self.ctx.entry_locals() {
            params
                .push(self.body.reg(Place::Local(slot), ty.register_type().expect("parameters have types")));
            slot += ty.slots();
        }
        params
    }

    fn handlers(&mut self, states: &[Option<Frame>], kir_index: &dyn Fn(u32) -> u32) -> Result<Vec<Handler>> {
        let mut handlers = Vec::new();
        for entry in &self.ctx.handlers {
            let handler_index = self.ctx.index_at(entry.handler).expect("checked by inference");
            if states[handler_index].is_none() {
                continue; // never reached: nothing it covers can throw
            }
            let (start, end) = (kir_index(entry.start), kir_index(entry.end));
            if start == end {
                continue;
            }
            let catch_class = match entry.catch_type {
                0 => None,
                index => Some(self.class.imports.class(&self.ctx.pool.class_name(index)?)),
            };
            let exception = self.body.reg(Place::Stack(0), Type::Ref);
            handlers.push(Handler { start, end, target: kir_index(entry.handler), catch_class, exception });
        }
        Ok(handlers)
    }

    /// The register of stack value `index` (from the bottom) of `frame`.
    pub fn stack_reg(&mut self, frame: &Frame, index: usize) -> Reg {
        let slot: u16 = frame.stack[..index].iter().map(VType::slots).sum();
        let ty = frame.stack[index].register_type().expect("stack values have types");
        self.body.reg(Place::Stack(slot), ty)
    }

    /// The register of the value `depth` below the top of `frame` (0 = top).
    pub fn operand(&mut self, frame: &Frame, depth: usize) -> Reg {
        self.stack_reg(frame, frame.stack.len() - 1 - depth)
    }

    /// The registers of the top `n` values of `frame`, bottom first.
    pub fn operands(&mut self, frame: &Frame, n: usize) -> Vec<Reg> {
        let base = frame.stack.len() - n;
        (base..frame.stack.len()).map(|i| self.stack_reg(frame, i)).collect()
    }

    fn local(&mut self, index: u16, ty: Type) -> Reg {
        self.body.reg(Place::Local(index), ty)
    }

    fn emit(&mut self, inst: Inst) {
        self.body.emit(inst);
    }

    fn fail(&self, insn: &Instruction, message: impl Into<String>) -> Failure {
        Failure::verify(insn.offset, message)
    }

    fn lower(&mut self, insn: &Instruction, before: &Frame, after: &Frame) -> Result<()> {
        use Opcode::*;
        match insn.opcode {
            // Subroutines are inlined: the returnAddress is a dummy and
            // `ret` jumps to the return point inference found.
            Jsr | JsrW => {
                let VType::ReturnAddress(to) = after.stack[after.stack.len() - 1] else {
                    return Err(self.fail(insn, "jsr without a returnAddress"));
                };
                let dst = self.operand(after, 0);
                self.emit(Inst::Const { dst, value: Const::I32(to as i32) });
                self.emit(Inst::Jump { target: branch_target(insn) });
                return Ok(());
            }
            Ret => {
                let target = crate::frames::ret_target(self.ctx, insn, before)?;
                self.emit(Inst::Jump { target: self.ctx.instructions[target].offset });
                return Ok(());
            }
            _ => {}
        }
        if let Some(index) = insn.local_index() {
            return self.local_access(insn, index, before, after);
        }
        let op = insn.opcode;
        let byte = i32::from(op.byte());
        match op {
            Nop => {}
            AconstNull => self.constant(after, Const::Null),
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 => {
                self.constant(after, Const::I32(byte - 3))
            }
            Lconst0 | Lconst1 => self.constant(after, Const::I64(i64::from(byte - 9))),
            Fconst0 | Fconst1 | Fconst2 => self.constant(after, Const::F32(((byte - 0x0b) as f32).to_bits())),
            Dconst0 | Dconst1 => self.constant(after, Const::F64(f64::from(byte - 0x0e).to_bits())),
            Bipush | Sipush => match insn.operands {
                Operands::Immediate(v) => self.constant(after, Const::I32(i32::from(v))),
                _ => return Err(self.fail(insn, "push without an immediate")),
            },
            Ldc | LdcW | Ldc2W => self.ldc(insn, after)?,
            Iaload | Laload | Faload | Daload | Aaload | Baload | Caload | Saload => {
                let kind = element_kind(op, &before.stack[before.stack.len() - 2]);
                let (array, index) = (self.operand(before, 1), self.operand(before, 0));
                let dst = self.operand(after, 0);
                self.emit(Inst::ArrayLoad { kind, dst, array, index });
            }
            Iastore | Lastore | Fastore | Dastore | Aastore | Bastore | Castore | Sastore => {
                let kind = element_kind(op, &before.stack[before.stack.len() - 3]);
                let regs = self.operands(before, 3);
                self.emit(Inst::ArrayStore { kind, array: regs[0], index: regs[1], value: regs[2] });
            }
            Pop | Pop2 | Dup | DupX1 | DupX2 | Dup2 | Dup2X1 | Dup2X2 | Swap => {
                self.shuffle(insn, before, after)
            }
            Iadd | Ladd | Fadd | Dadd => self.binary(BinOp::Add, before, after),
            Isub | Lsub | Fsub | Dsub => self.binary(BinOp::Sub, before, after),
            Imul | Lmul | Fmul | Dmul => self.binary(BinOp::Mul, before, after),
            Idiv | Ldiv | Fdiv | Ddiv => self.binary(BinOp::Div, before, after),
            Irem | Lrem | Frem | Drem => self.binary(BinOp::Rem, before, after),
            Ishl | Lshl => self.binary(BinOp::Shl, before, after),
            Ishr | Lshr => self.binary(BinOp::Shr, before, after),
            Iushr | Lushr => self.binary(BinOp::UShr, before, after),
            Iand | Land => self.binary(BinOp::And, before, after),
            Ior | Lor => self.binary(BinOp::Or, before, after),
            Ixor | Lxor => self.binary(BinOp::Xor, before, after),
            Ineg | Lneg | Fneg | Dneg => {
                let (src, dst) = (self.operand(before, 0), self.operand(after, 0));
                self.emit(Inst::Unary { op: UnOp::Neg, dst, src });
            }
            I2l | I2f | I2d | L2i | L2f | L2d | F2i | F2l | F2d | D2i | D2l | D2f | I2b | I2c | I2s => {
                let (src, dst) = (self.operand(before, 0), self.operand(after, 0));
                self.emit(Inst::Convert { op: conversion(op), dst, src });
            }
            Lcmp | Fcmpl | Fcmpg | Dcmpl | Dcmpg => {
                let kind = match op {
                    Lcmp => Cmp3::Int,
                    Fcmpl | Dcmpl => Cmp3::FloatNanLess,
                    _ => Cmp3::FloatNanGreater,
                };
                let (a, b, dst) = (self.operand(before, 1), self.operand(before, 0), self.operand(after, 0));
                self.emit(Inst::Compare3 { kind, dst, a, b });
            }
            Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle | Ifnull | Ifnonnull => {
                let a = self.operand(before, 0);
                self.emit(Inst::BranchZero { cond: condition(op), a, target: branch_target(insn) });
            }
            IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple | IfAcmpeq | IfAcmpne => {
                let (a, b) = (self.operand(before, 1), self.operand(before, 0));
                self.emit(Inst::Branch { cond: condition(op), a, b, target: branch_target(insn) });
            }
            Goto | GotoW => self.emit(Inst::Jump { target: branch_target(insn) }),
            Tableswitch | Lookupswitch => self.switch(insn, before),
            Ireturn | Lreturn | Freturn | Dreturn | Areturn => {
                let value = self.operand(before, 0);
                self.emit(Inst::Return { value: Some(value) });
            }
            Return => self.emit(Inst::Return { value: None }),
            Getstatic | Putstatic | Getfield | Putfield => self.field(insn, before, after)?,
            Invokevirtual | Invokespecial | Invokestatic | Invokeinterface => {
                self.invoke(insn, before, after)?
            }
            Invokedynamic => crate::indy::lower_invokedynamic(self, insn, before, after)?,
            New => {
                let class = self.class_operand(insn)?;
                let dst = self.operand(after, 0);
                self.emit(Inst::New { dst, class });
            }
            Newarray | Anewarray => self.new_array(insn, before, after)?,
            Multianewarray => {
                let Operands::MultiANewArray { index, dimensions } = insn.operands else {
                    return Err(self.fail(insn, "bad multianewarray"));
                };
                let class = self.class.imports.class(&self.ctx.pool.class_name(index)?);
                let lengths = self.operands(before, usize::from(dimensions));
                let dst = self.operand(after, 0);
                self.emit(Inst::NewMultiArray { dst, class, lengths });
            }
            Arraylength => {
                let (array, dst) = (self.operand(before, 0), self.operand(after, 0));
                self.emit(Inst::ArrayLength { dst, array });
            }
            Athrow => {
                let exception = self.operand(before, 0);
                self.emit(Inst::Throw { exception });
            }
            Checkcast => {
                let class = self.class_operand(insn)?;
                let object = self.operand(before, 0);
                self.emit(Inst::CheckCast { object, class });
            }
            Instanceof => {
                let class = self.class_operand(insn)?;
                let (object, dst) = (self.operand(before, 0), self.operand(after, 0));
                self.emit(Inst::InstanceOf { dst, object, class });
            }
            Monitorenter | Monitorexit => {
                let object = self.operand(before, 0);
                self.emit(if op == Monitorenter {
                    Inst::MonitorEnter { object }
                } else {
                    Inst::MonitorExit { object }
                });
            }
            _ => {
                return Err(Failure::unsupported(
                    insn.offset,
                    format!("{} is not translated", insn.mnemonic()),
                ))
            }
        }
        Ok(())
    }

    fn constant(&mut self, after: &Frame, value: Const) {
        let dst = self.operand(after, 0);
        self.emit(Inst::Const { dst, value });
    }

    fn binary(&mut self, op: BinOp, before: &Frame, after: &Frame) {
        let (a, b, dst) = (self.operand(before, 1), self.operand(before, 0), self.operand(after, 0));
        self.emit(Inst::Binary { op, dst, a, b });
    }

    fn local_access(&mut self, insn: &Instruction, index: u16, before: &Frame, after: &Frame) -> Result<()> {
        if insn.opcode == Opcode::Iinc {
            let Operands::Iinc { delta, .. } = insn.operands else {
                return Err(self.fail(insn, "bad iinc"));
            };
            let local = self.local(index, Type::I32);
            let amount = self.body.temp(0, Type::I32);
            self.emit(Inst::Const { dst: amount, value: Const::I32(i32::from(delta)) });
            self.emit(Inst::Binary { op: BinOp::Add, dst: local, a: local, b: amount });
            return Ok(());
        }
        if after.stack.len() > before.stack.len() {
            // A load: the local's register to the new top of stack.
            let ty = after.stack.last().and_then(VType::register_type).expect("loaded values have types");
            let src = self.local(index, ty);
            let dst = self.operand(after, 0);
            self.emit(Inst::Move { dst, src });
        } else {
            let ty = before.stack.last().and_then(VType::register_type).expect("stored values have types");
            let src = self.operand(before, 0);
            let dst = self.local(index, ty);
            self.emit(Inst::Move { dst, src });
        }
        Ok(())
    }

    /// `dup`, `swap` and friends: moves between stack registers, through
    /// temporaries when a destination is also a source still to be read.
    fn shuffle(&mut self, insn: &Instruction, before: &Frame, after: &Frame) {
        let categories: Vec<Category> =
            before.stack.iter().map(|t| if t.is_wide() { Category::Two } else { Category::One }).collect();
        let form = insn.opcode.stack_effect().shuffle_form(&categories).expect("checked by inference");
        let base = before.stack.len() - form.pops.len();
        let sources: Vec<Reg> = (base..before.stack.len()).map(|i| self.stack_reg(before, i)).collect();
        let mut moves = Vec::new();
        for (j, &number) in form.pushes.iter().enumerate() {
            let src = sources[sources.len() - usize::from(number)];
            let dst = self.stack_reg(after, base + j);
            if dst != src {
                moves.push((dst, src));
            }
        }
        let conflict = moves.iter().any(|&(dst, _)| moves.iter().any(|&(_, src)| src == dst));
        if !conflict {
            for (dst, src) in moves {
                self.emit(Inst::Move { dst, src });
            }
            return;
        }
        let mut temps = Vec::new();
        for (k, &(_, src)) in moves.iter().enumerate() {
            let temp = self.body.temp(k as u16, self.body.registers[src.0 as usize]);
            self.emit(Inst::Move { dst: temp, src });
            temps.push(temp);
        }
        for (&(dst, _), temp) in moves.iter().zip(temps) {
            self.emit(Inst::Move { dst, src: temp });
        }
    }

    fn switch(&mut self, insn: &Instruction, before: &Frame) {
        let key = self.operand(before, 0);
        match &insn.operands {
            Operands::TableSwitch(table) => self.emit(Inst::TableSwitch {
                key,
                low: table.low,
                targets: table.targets.clone(),
                default: table.default,
            }),
            Operands::LookupSwitch(lookup) => self.emit(Inst::LookupSwitch {
                key,
                cases: lookup.cases.iter().map(|c| (c.key, c.target)).collect(),
                default: lookup.default,
            }),
            _ => unreachable!("decoder gives switches their operands"),
        }
    }

    fn class_operand(&mut self, insn: &Instruction) -> Result<u32> {
        let index = insn.constant_pool_index().ok_or_else(|| self.fail(insn, "no class operand"))?;
        let name = self.ctx.pool.class_name(index)?;
        Ok(self.class.imports.class(&name))
    }

    fn new_array(&mut self, insn: &Instruction, before: &Frame, after: &Frame) -> Result<()> {
        let name = match insn.operands {
            Operands::NewArray(at) => format!("[{}", at.descriptor()),
            Operands::ConstantPool(index) => array_of(&self.ctx.pool.class_name(index)?),
            _ => return Err(self.fail(insn, "bad array creation")),
        };
        let class = self.class.imports.class(&name);
        let (length, dst) = (self.operand(before, 0), self.operand(after, 0));
        self.emit(Inst::NewArray { dst, class, length });
        Ok(())
    }

    fn field(&mut self, insn: &Instruction, before: &Frame, after: &Frame) -> Result<()> {
        let index = insn.constant_pool_index().ok_or_else(|| self.fail(insn, "no field operand"))?;
        let member = self.ctx.pool.member_ref(index)?;
        let field = self.class.imports.field(&member.class, &member.name, &member.descriptor);
        let inst = match insn.opcode {
            Opcode::Getstatic => Inst::GetStatic { dst: self.operand(after, 0), field },
            Opcode::Putstatic => Inst::PutStatic { field, value: self.operand(before, 0) },
            Opcode::Getfield => {
                let object = self.operand(before, 0);
                Inst::GetField { dst: self.operand(after, 0), object, field }
            }
            _ => {
                let object = self.operand(before, 1);
                Inst::PutField { object, field, value: self.operand(before, 0) }
            }
        };
        self.emit(inst);
        Ok(())
    }

    fn invoke(&mut self, insn: &Instruction, before: &Frame, after: &Frame) -> Result<()> {
        let index = insn.constant_pool_index().ok_or_else(|| self.fail(insn, "no method operand"))?;
        let member = self.ctx.pool.member_ref(index)?;
        let descriptor = MethodDescriptor::parse(&member.descriptor)?;
        let method =
            self.class.imports.method(&member.class, &member.name, &member.descriptor, member.is_interface);
        let receiver = usize::from(insn.opcode != Opcode::Invokestatic);
        let args = self.operands(before, descriptor.parameters.len() + receiver);
        let dst = descriptor.return_type.is_some().then(|| self.operand(after, 0));
        self.emit(match insn.opcode {
            Opcode::Invokestatic => Inst::InvokeStatic { dst, method, args },
            Opcode::Invokespecial => Inst::InvokeSpecial { dst, method, args },
            Opcode::Invokevirtual => Inst::InvokeVirtual { dst, method, args },
            _ => Inst::InvokeInterface { dst, method, args },
        });
        Ok(())
    }

    fn ldc(&mut self, insn: &Instruction, after: &Frame) -> Result<()> {
        let index = insn.constant_pool_index().ok_or_else(|| self.fail(insn, "ldc without a constant"))?;
        let dst = self.operand(after, 0);
        let pool = self.ctx.pool;
        let inst = match *pool.get(index)? {
            Constant::Integer(v) => Inst::Const { dst, value: Const::I32(v) },
            Constant::Float(v) => Inst::Const { dst, value: Const::F32(v.to_bits()) },
            Constant::Long(v) => Inst::Const { dst, value: Const::I64(v) },
            Constant::Double(v) => Inst::Const { dst, value: Const::F64(v.to_bits()) },
            Constant::String { .. } => {
                let string = self.class.imports.add(Import::String { utf16: pool.string(index)?.to_utf16() });
                Inst::LoadString { dst, string }
            }
            Constant::Class { .. } => {
                Inst::LoadClass { dst, class: self.class.imports.class(&pool.class_name(index)?) }
            }
            Constant::MethodType { descriptor } => {
                let descriptor = pool.text(descriptor)?.into_owned();
                Inst::LoadConstant {
                    dst,
                    constant: self.class.imports.add(Import::MethodType { descriptor: descriptor.into() }),
                }
            }
            Constant::MethodHandle { .. } => Inst::LoadConstant { dst, constant: self.method_handle(index)? },
            Constant::Dynamic { .. } => return crate::indy::lower_dynamic_constant(self, insn, index, dst),
            _ => return Err(self.fail(insn, "ldc of a constant that cannot be loaded")),
        };
        self.emit(inst);
        Ok(())
    }

    /// The import for the `CONSTANT_MethodHandle` at `index`.
    pub fn method_handle(&mut self, index: u16) -> Result<u32> {
        let Constant::MethodHandle { kind, reference } = *self.ctx.pool.get(index)? else {
            return Err(Failure::format(None, format!("constant #{index} is not a method handle")));
        };
        let member = self.ctx.pool.member_ref(reference)?;
        let imports = &mut self.class.imports;
        let member = if kind.is_field() {
            imports.field(&member.class, &member.name, &member.descriptor)
        } else {
            imports.method(&member.class, &member.name, &member.descriptor, member.is_interface)
        };
        Ok(imports.add(Import::MethodHandle { kind: kind as u8, member }))
    }
}

fn branch_target(insn: &Instruction) -> u32 {
    match insn.operands {
        Operands::Branch(target) => target,
        _ => unreachable!("branches have a target operand"),
    }
}

fn condition(op: Opcode) -> Cond {
    use Opcode::*;
    match op {
        Ifeq | IfIcmpeq | IfAcmpeq | Ifnull => Cond::Eq,
        Ifne | IfIcmpne | IfAcmpne | Ifnonnull => Cond::Ne,
        Iflt | IfIcmplt => Cond::Lt,
        Ifge | IfIcmpge => Cond::Ge,
        Ifgt | IfIcmpgt => Cond::Gt,
        _ => Cond::Le,
    }
}

fn conversion(op: Opcode) -> ConvOp {
    use Opcode::*;
    match op {
        I2l => ConvOp::I32ToI64,
        I2f => ConvOp::I32ToF32,
        I2d => ConvOp::I32ToF64,
        L2i => ConvOp::I64ToI32,
        L2f => ConvOp::I64ToF32,
        L2d => ConvOp::I64ToF64,
        F2i => ConvOp::F32ToI32,
        F2l => ConvOp::F32ToI64,
        F2d => ConvOp::F32ToF64,
        D2i => ConvOp::F64ToI32,
        D2l => ConvOp::F64ToI64,
        D2f => ConvOp::F64ToF32,
        I2b => ConvOp::I32ToI8,
        I2c => ConvOp::I32ToU16,
        _ => ConvOp::I32ToI16,
    }
}

/// The element kind of an array access. `baload`/`bastore` serve both
/// `byte[]` and `boolean[]`; the array's type from the frames decides,
/// and an array of unknown type (e.g. `null`) counts as `byte[]`.
fn element_kind(op: Opcode, array: &VType) -> ElemKind {
    use Opcode::*;
    match op {
        Iaload | Iastore => ElemKind::Int,
        Laload | Lastore => ElemKind::Long,
        Faload | Fastore => ElemKind::Float,
        Daload | Dastore => ElemKind::Double,
        Aaload | Aastore => ElemKind::Ref,
        Caload | Castore => ElemKind::Char,
        Saload | Sastore => ElemKind::Short,
        _ if array.name() == Some("[Z") => ElemKind::Boolean,
        _ => ElemKind::Byte,
    }
}
