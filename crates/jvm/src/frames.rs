//! Type inference and checking for one method: the types of the locals and
//! operand stack before every instruction (JVMS 4.10.1, simplified).
//!
//! With a `StackMapTable` (class files 50 and later) the declared frames are
//! the states at branch targets and handlers: every edge into a framed
//! instruction must fit its frame, and types flow forward between frames.
//! Without one (older class files), states are inferred by data flow over
//! the control-flow graph, merging at joins; a local whose types conflict
//! becomes `Top` and may not be read.
//!
//! Checked: stack underflow and overflow (`max_stack`), operand categories
//! (int, long, float, double, reference), local indexes against
//! `max_locals`, branch targets and handlers against frames, consistent
//! stack heights at joins, falling off the end of the code, return types.
//! Subroutines (`jsr`/`ret`) have been inlined (see [`crate::subroutines`]):
//! a `jsr` pushes a returnAddress naming its return point, which `astore`
//! may store and `ret` jumps to; nothing else may use it.
//!
//! Not checked: assignability between reference types (needs the class
//! hierarchy), initialization of `new` objects before use, protected access.

use std::collections::BTreeSet;

use keel_classfile::attributes::{FrameKind, VerificationType};
use keel_classfile::bytecode::{Instruction, Opcode, Operands, StackEffect, StackType};
use keel_classfile::descriptor::MethodDescriptor;
use keel_classfile::Constant;

use crate::error::{Failure, Result};
use crate::method::{expand_locals, parse_field_type, MethodContext};
use crate::vtype::{describe_stack_type, Frame, VType};

/// How control reaches an instruction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    Entry,
    FallThrough,
    Jump,
    Handler,
}

/// The state before each instruction; `None` for unreachable code.
pub fn infer_frames(ctx: &MethodContext) -> Result<Vec<Option<Frame>>> {
    Inference::new(ctx)?.run()
}

struct Inference<'m, 'c, 'a> {
    ctx: &'m MethodContext<'c, 'a>,
    /// The stack map frames, by instruction index (frame mode only).
    declared: Option<Vec<Option<Frame>>>,
    states: Vec<Option<Frame>>,
    worklist: BTreeSet<usize>,
}

impl<'m, 'c, 'a> Inference<'m, 'c, 'a> {
    fn new(ctx: &'m MethodContext<'c, 'a>) -> Result<Self> {
        // Version 50 code with subroutines fails type checking and, like
        // HotSpot's failover, is verified by inference instead.
        let uses_frames = ctx.major >= 51
            || (ctx.major == 50 && ctx.code.stack_map_table().is_some() && !ctx.has_subroutines);
        let declared = if uses_frames { Some(decode_stack_map(ctx)?) } else { None };
        Ok(Inference { ctx, declared, states: vec![None; ctx.instructions.len()], worklist: BTreeSet::new() })
    }

    fn run(mut self) -> Result<Vec<Option<Frame>>> {
        let entry = entry_frame(self.ctx)?;
        self.flow(0, 0, entry, Edge::Entry)?;
        while let Some(index) = self.worklist.pop_first() {
            let Some(before) = self.states[index].clone() else { continue };
            let insn = &self.ctx.instructions[index];
            let after = step(self.ctx, insn, &before)?;
            self.successors(index, insn, &before, after)?;
        }
        Ok(self.states)
    }

    fn successors(&mut self, index: usize, insn: &Instruction, before: &Frame, after: Frame) -> Result<()> {
        let ctx = self.ctx;
        for handler in &ctx.handlers {
            let covered = handler.start <= insn.offset && insn.offset < handler.end;
            if !covered {
                continue;
            }
            let target = ctx.index_at(handler.handler).expect("checked handler");
            let class = match handler.catch_type {
                0 => "java/lang/Throwable".into(),
                index => ctx.pool.class_name(index)?,
            };
            let stack = vec![VType::named(&class)];
            self.flow(
                insn.offset,
                target,
                Frame { locals: before.locals.clone(), stack: stack.clone() },
                Edge::Handler,
            )?;
            if after.locals != before.locals {
                self.flow(insn.offset, target, Frame { locals: after.locals.clone(), stack }, Edge::Handler)?;
            }
        }
        if insn.opcode == Opcode::Ret {
            let target = ret_target(ctx, insn, before)?;
            self.flow(insn.offset, target, after.clone(), Edge::Jump)?;
        }
        for target in insn.branch_targets() {
            let target = ctx.index_at(target).expect("decode_all checks branch targets");
            self.flow(insn.offset, target, after.clone(), Edge::Jump)?;
        }
        if insn.opcode.falls_through() {
            if index + 1 >= ctx.instructions.len() {
                return Err(Failure::verify(insn.offset, "control falls off the end of the code"));
            }
            self.flow(insn.offset, index + 1, after, Edge::FallThrough)?;
        }
        Ok(())
    }

    /// Control goes from the instruction at offset `from` to instruction
    /// `target` with state `incoming`.
    fn flow(&mut self, from: u32, target: usize, incoming: Frame, edge: Edge) -> Result<()> {
        let target_offset = self.ctx.instructions[target].offset;
        if let Some(declared) = &self.declared {
            if let Some(frame) = &declared[target] {
                check_fits(from, target_offset, &incoming, frame)?;
                if self.states[target].is_none() {
                    self.states[target] = Some(frame.clone());
                    self.worklist.insert(target);
                }
                return Ok(());
            }
            if matches!(edge, Edge::Jump | Edge::Handler) {
                return Err(Failure::verify(
                    from,
                    format!("no stack map frame at branch target {target_offset}"),
                ));
            }
        }
        match &self.states[target] {
            None => {
                self.states[target] = Some(incoming);
                self.worklist.insert(target);
            }
            Some(existing) => {
                let merged = merge_frames(from, target_offset, existing, &incoming)?;
                if &merged != existing {
                    self.states[target] = Some(merged);
                    self.worklist.insert(target);
                }
            }
        }
        Ok(())
    }
}

fn entry_frame(ctx: &MethodContext) -> Result<Frame> {
    let declared = ctx.entry_locals();
    let slots: usize = declared.iter().map(|t| usize::from(t.slots())).sum();
    let max_locals = usize::from(ctx.code.max_locals);
    if slots > max_locals {
        return Err(Failure::verify(
            0,
            format!("the arguments take {slots} locals, max_locals is {max_locals}"),
        ));
    }
    Ok(Frame { locals: expand_locals(&declared, max_locals), stack: Vec::new() })
}

fn check_fits(from: u32, target: u32, incoming: &Frame, frame: &Frame) -> Result<()> {
    if incoming.stack.len() != frame.stack.len() {
        return Err(Failure::verify(
            from,
            format!(
                "stack height {} does not match the stack map frame at {target} (height {})",
                incoming.stack.len(),
                frame.stack.len()
            ),
        ));
    }
    let mismatch = |what: &str, i: usize, have: &VType, want: &VType| {
        Failure::verify(
            from,
            format!(
                "{what} {i} is {}, but the stack map frame at {target} expects {}",
                have.describe(),
                want.describe()
            ),
        )
    };
    for (i, (have, want)) in incoming.stack.iter().zip(&frame.stack).enumerate() {
        if !have.fits(want) {
            return Err(mismatch("stack value", i, have, want));
        }
    }
    for (i, (have, want)) in incoming.locals.iter().zip(&frame.locals).enumerate() {
        if !have.fits(want) {
            return Err(mismatch("local", i, have, want));
        }
    }
    Ok(())
}

fn merge_frames(from: u32, target: u32, a: &Frame, b: &Frame) -> Result<Frame> {
    if a.stack.len() != b.stack.len() {
        return Err(Failure::verify(
            from,
            format!("inconsistent stack heights at join {target}: {} and {}", a.stack.len(), b.stack.len()),
        ));
    }
    let mut stack = Vec::with_capacity(a.stack.len());
    for (x, y) in a.stack.iter().zip(&b.stack) {
        let merged = x.merge(y);
        if merged == VType::Top {
            return Err(Failure::verify(
                from,
                format!("incompatible stack values at join {target}: {} and {}", x.describe(), y.describe()),
            ));
        }
        stack.push(merged);
    }
    let locals = a.locals.iter().zip(&b.locals).map(|(x, y)| x.merge(y)).collect();
    Ok(Frame { locals, stack })
}

/// The `StackMapTable` frames, expanded, by instruction index.
fn decode_stack_map(ctx: &MethodContext) -> Result<Vec<Option<Frame>>> {
    let mut frames = vec![None; ctx.instructions.len()];
    let max_locals = usize::from(ctx.code.max_locals);
    let mut locals = ctx.entry_locals();
    let mut offset: i64 = -1;
    for entry in ctx.code.stack_map_table().unwrap_or(&[]) {
        offset += i64::from(entry.offset_delta) + 1;
        let at = offset as u32;
        let stack = match &entry.kind {
            FrameKind::Same => Vec::new(),
            FrameKind::SameLocals1StackItem(ty) => vec![verification_type(ctx, ty)?],
            FrameKind::Chop(k) => {
                let keep = locals.len().checked_sub(usize::from(*k));
                let keep =
                    keep.ok_or_else(|| Failure::verify(at, "stack map frame chops more locals than exist"))?;
                locals.truncate(keep);
                Vec::new()
            }
            FrameKind::Append(types) => {
                for ty in types {
                    locals.push(verification_type(ctx, ty)?);
                }
                Vec::new()
            }
            FrameKind::Full { locals: l, stack: s } => {
                locals = l.iter().map(|t| verification_type(ctx, t)).collect::<Result<_>>()?;
                s.iter().map(|t| verification_type(ctx, t)).collect::<Result<_>>()?
            }
        };
        let index = ctx.index_at(at).ok_or_else(|| {
            Failure::verify(at, format!("stack map frame at {at} is not at an instruction"))
        })?;
        let slots = expand_locals(&locals, max_locals);
        if slots.len() > max_locals {
            return Err(Failure::verify(at, "stack map frame has more locals than max_locals"));
        }
        let frame = Frame { locals: slots, stack };
        if frame.stack_slots() > ctx.code.max_stack {
            return Err(Failure::verify(at, "stack map frame has a stack deeper than max_stack"));
        }
        frames[index] = Some(frame);
    }
    Ok(frames)
}

fn verification_type(ctx: &MethodContext, ty: &VerificationType) -> Result<VType> {
    Ok(match *ty {
        VerificationType::Top => VType::Top,
        VerificationType::Integer => VType::Int,
        VerificationType::Float => VType::Float,
        VerificationType::Long => VType::Long,
        VerificationType::Double => VType::Double,
        VerificationType::Null => VType::Null,
        VerificationType::UninitializedThis => VType::named(&ctx.class_name),
        VerificationType::Object(index) => VType::named(&ctx.pool.class_name(index)?),
        VerificationType::Uninitialized(_) => VType::Ref(None),
    })
}

// ----- the transfer function -----

/// The state after `insn`, given the state before it.
pub fn step(ctx: &MethodContext, insn: &Instruction, before: &Frame) -> Result<Frame> {
    let mut frame = before.clone();
    let mut s = StepState { ctx, insn, frame: &mut frame };
    s.apply()?;
    let depth = frame.stack_slots();
    if depth > ctx.code.max_stack {
        return Err(Failure::verify(insn.offset, format!("stack overflow: depth {depth} exceeds max_stack")));
    }
    Ok(frame)
}

struct StepState<'s, 'c, 'a> {
    ctx: &'s MethodContext<'c, 'a>,
    insn: &'s Instruction,
    frame: &'s mut Frame,
}

impl StepState<'_, '_, '_> {
    fn fail(&self, message: impl Into<String>) -> Failure {
        Failure::verify(self.insn.offset, message)
    }

    fn pop_any(&mut self) -> Result<VType> {
        let mnemonic = self.insn.mnemonic();
        self.frame
            .stack
            .pop()
            .ok_or_else(|| Failure::verify(self.insn.offset, format!("{mnemonic}: stack underflow")))
    }

    fn pop(&mut self, expected: StackType) -> Result<VType> {
        let value = self.pop_any()?;
        if !value.matches(expected) {
            return Err(self.fail(format!(
                "{}: expected {} on the stack, found {}",
                self.insn.mnemonic(),
                describe_stack_type(expected),
                value.describe()
            )));
        }
        Ok(value)
    }

    fn push(&mut self, value: VType) {
        self.frame.stack.push(value);
    }

    fn check_local(&self, index: u16, wide: bool) -> Result<usize> {
        let last = usize::from(index) + usize::from(wide);
        if last >= self.frame.locals.len() {
            return Err(self.fail(format!("local {index} is beyond max_locals {}", self.frame.locals.len())));
        }
        Ok(usize::from(index))
    }

    fn load(&mut self, index: u16, ty: StackType) -> Result<()> {
        let i = self.check_local(index, ty.category().slots() == 2)?;
        let value = self.frame.locals[i].clone();
        if !value.matches(ty) {
            return Err(self.fail(format!(
                "{}: local {index} holds {}, not {}",
                self.insn.mnemonic(),
                value.describe(),
                describe_stack_type(ty)
            )));
        }
        self.push(value);
        Ok(())
    }

    fn store(&mut self, index: u16, ty: StackType) -> Result<()> {
        let value = self.pop(ty)?;
        self.store_value(index, value)
    }

    fn store_value(&mut self, index: u16, value: VType) -> Result<()> {
        let i = self.check_local(index, value.is_wide())?;
        // Overwriting the second half of a long or double kills it.
        if i > 0 && self.frame.locals[i - 1].is_wide() {
            self.frame.locals[i - 1] = VType::Top;
        }
        if value.is_wide() {
            self.frame.locals[i + 1] = VType::Top;
        }
        self.frame.locals[i] = value;
        Ok(())
    }

    fn apply(&mut self) -> Result<()> {
        let opcode = self.insn.opcode;
        match opcode {
            Opcode::Jsr | Opcode::JsrW => {
                let target = self.ctx.return_point(self.insn.offset).ok_or_else(|| self.fail("stray jsr"))?;
                self.push(VType::ReturnAddress(target));
                return Ok(());
            }
            Opcode::Ret => {
                ret_target(self.ctx, self.insn, self.frame)?;
                // Each call returns once: its returnAddress is spent.
                let index = usize::from(self.insn.local_index().expect("ret names a local"));
                let spent = self.frame.locals[index].clone();
                for local in self.frame.locals.iter_mut().filter(|l| **l == spent) {
                    *local = VType::Top;
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(index) = self.insn.local_index() {
            return self.local_access(index);
        }
        match opcode.stack_effect() {
            StackEffect::Fixed { pops, pushes } => self.fixed(pops, pushes),
            StackEffect::StoreReferenceOrReturnAddress => unreachable!("stores name a local"),
            StackEffect::Shuffle(_) => self.shuffle(),
            StackEffect::LoadConstant { .. } => self.load_constant(),
            StackEffect::FieldGet { is_static } => self.field(is_static, true),
            StackEffect::FieldPut { is_static } => self.field(is_static, false),
            StackEffect::Invoke { has_receiver } => self.invoke(has_receiver),
            StackEffect::MultiANewArray => self.multianewarray(),
        }
    }

    fn local_access(&mut self, index: u16) -> Result<()> {
        match self.insn.opcode.stack_effect() {
            _ if self.insn.opcode == Opcode::Iinc => self.load(index, StackType::Int).map(|_| {
                self.frame.stack.pop();
            }),
            StackEffect::Fixed { pops: [], pushes: [ty] } => self.load(index, *ty),
            StackEffect::Fixed { pops: [ty], pushes: [] } => self.store(index, *ty),
            StackEffect::StoreReferenceOrReturnAddress => {
                let value = self.pop_any()?;
                if !matches!(value, VType::Null | VType::Ref(_) | VType::ReturnAddress(_)) {
                    return Err(self.fail(format!(
                        "{}: expected a reference or returnAddress on the stack, found {}",
                        self.insn.mnemonic(),
                        value.describe()
                    )));
                }
                self.store_value(index, value)
            }
            _ => Err(self.fail("unexpected local access")),
        }
    }

    fn fixed(&mut self, pops: &[StackType], pushes: &[StackType]) -> Result<()> {
        let mut popped = Vec::with_capacity(pops.len());
        for &ty in pops.iter().rev() {
            popped.push(self.pop(ty)?);
        }
        popped.reverse();
        self.check_return()?;
        for &ty in pushes {
            let value = self.refine(ty, &popped)?;
            self.push(value);
        }
        Ok(())
    }

    /// Checks a return instruction against the method's return type.
    fn check_return(&self) -> Result<()> {
        let opcode = self.insn.opcode;
        if !opcode.is_return() {
            return Ok(());
        }
        let expected = self.ctx.descriptor.return_type.as_ref().map(VType::from_field_type);
        let ok = matches!(
            (opcode, &expected),
            (Opcode::Return, None)
                | (Opcode::Ireturn, Some(VType::Int))
                | (Opcode::Lreturn, Some(VType::Long))
                | (Opcode::Freturn, Some(VType::Float))
                | (Opcode::Dreturn, Some(VType::Double))
                | (Opcode::Areturn, Some(VType::Ref(_)))
        );
        if !ok {
            return Err(self.fail(format!(
                "{} in a method returning {}",
                opcode.mnemonic(),
                self.ctx.descriptor
            )));
        }
        Ok(())
    }

    /// The type an instruction pushes, made more precise than its stack
    /// type where the instruction says more.
    fn refine(&self, ty: StackType, popped: &[VType]) -> Result<VType> {
        let pool = self.ctx.pool;
        let class_operand = || -> Result<String> {
            match self.insn.operands {
                Operands::ConstantPool(index) => Ok(pool.class_name(index)?.into_owned()),
                _ => Err(self.fail("missing class operand")),
            }
        };
        Ok(match self.insn.opcode {
            Opcode::AconstNull => VType::Null,
            Opcode::New | Opcode::Checkcast => VType::named(&class_operand()?),
            Opcode::Anewarray => VType::named(&array_of(&class_operand()?)),
            Opcode::Newarray => match self.insn.operands {
                Operands::NewArray(at) => VType::named(&format!("[{}", at.descriptor())),
                _ => VType::Ref(None),
            },
            Opcode::Aaload => match popped[0].name().and_then(element_of) {
                Some(name) => VType::named(&name),
                None => VType::Ref(None),
            },
            _ => VType::from_stack_type(ty),
        })
    }

    fn shuffle(&mut self) -> Result<()> {
        let effect = self.insn.opcode.stack_effect();
        let categories: Vec<_> = self.frame.stack.iter().map(|t| t.slots()).collect();
        let categories: Vec<_> = categories
            .into_iter()
            .map(|s| {
                if s == 2 {
                    keel_classfile::bytecode::Category::Two
                } else {
                    keel_classfile::bytecode::Category::One
                }
            })
            .collect();
        let form = effect.shuffle_form(&categories).ok_or_else(|| {
            self.fail(format!("{}: the stack does not hold values it applies to", self.insn.mnemonic()))
        })?;
        let base = self.frame.stack.len() - form.pops.len();
        let popped = self.frame.stack.split_off(base);
        let pushed = form.apply(&popped).expect("form matched");
        self.frame.stack.extend(pushed);
        Ok(())
    }

    fn load_constant(&mut self) -> Result<()> {
        let Operands::ConstantPool(index) = self.insn.operands else {
            return Err(self.fail("ldc without a constant"));
        };
        let value = constant_type(self.ctx, index)?;
        let wide = self.insn.opcode == Opcode::Ldc2W;
        if value.is_wide() != wide {
            return Err(self.fail(format!(
                "{} of a constant of type {}",
                self.insn.mnemonic(),
                value.describe()
            )));
        }
        self.push(value);
        Ok(())
    }

    fn field(&mut self, is_static: bool, is_get: bool) -> Result<()> {
        let index = self.insn.constant_pool_index().ok_or_else(|| self.fail("no field operand"))?;
        let field = self.ctx.pool.member_ref(index)?;
        let ty = VType::from_field_type(&parse_field_type(&field.descriptor)?);
        if !is_get {
            self.pop(stack_type_of(&ty))?;
        }
        if !is_static {
            self.pop(StackType::Reference)?;
        }
        if is_get {
            self.push(ty);
        }
        Ok(())
    }

    fn invoke(&mut self, has_receiver: bool) -> Result<()> {
        let index = self.insn.constant_pool_index().ok_or_else(|| self.fail("no method operand"))?;
        let descriptor = if self.insn.opcode == Opcode::Invokedynamic {
            self.ctx.dynamic_site(index)?.2
        } else {
            self.ctx.pool.member_ref(index)?.descriptor.into_owned()
        };
        let method = MethodDescriptor::parse(&descriptor)?;
        for parameter in method.parameters.iter().rev() {
            self.pop(stack_type_of(&VType::from_field_type(parameter)))?;
        }
        if has_receiver {
            self.pop(StackType::Reference)?;
        }
        if let Some(ret) = &method.return_type {
            self.push(VType::from_field_type(ret));
        }
        Ok(())
    }

    fn multianewarray(&mut self) -> Result<()> {
        let Operands::MultiANewArray { index, dimensions } = self.insn.operands else {
            return Err(self.fail("bad multianewarray"));
        };
        let class = self.ctx.pool.class_name(index)?;
        if dimensions == 0 || usize::from(dimensions) > class.bytes().take_while(|&b| b == b'[').count() {
            return Err(self.fail(format!("multianewarray of {dimensions} dimensions of {class}")));
        }
        for _ in 0..dimensions {
            self.pop(StackType::Int)?;
        }
        self.push(VType::named(&class));
        Ok(())
    }
}

fn stack_type_of(ty: &VType) -> StackType {
    match ty {
        VType::Int | VType::Top => StackType::Int,
        VType::Float => StackType::Float,
        VType::Long => StackType::Long,
        VType::Double => StackType::Double,
        VType::Null | VType::Ref(_) => StackType::Reference,
        VType::ReturnAddress(_) => StackType::ReturnAddress,
    }
}

/// The instruction a `ret` returns to: the return point of the
/// returnAddress in its local.
pub fn ret_target(ctx: &MethodContext, insn: &Instruction, before: &Frame) -> Result<usize> {
    let index = insn.local_index().expect("ret names a local");
    let value = before.locals.get(usize::from(index)).ok_or_else(|| {
        Failure::verify(insn.offset, format!("local {index} is beyond max_locals {}", before.locals.len()))
    })?;
    let VType::ReturnAddress(target) = *value else {
        return Err(Failure::verify(
            insn.offset,
            format!("ret: local {index} holds {}, not a returnAddress", value.describe()),
        ));
    };
    ctx.index_at(target).ok_or_else(|| Failure::verify(insn.offset, "ret returns past the end of the code"))
}

/// The type `ldc` pushes for the constant at `index`.
pub fn constant_type(ctx: &MethodContext, index: u16) -> Result<VType> {
    Ok(match *ctx.pool.get(index)? {
        Constant::Integer(_) => VType::Int,
        Constant::Float(_) => VType::Float,
        Constant::Long(_) => VType::Long,
        Constant::Double(_) => VType::Double,
        Constant::String { .. } => VType::named("java/lang/String"),
        Constant::Class { .. } => VType::named("java/lang/Class"),
        Constant::MethodType { .. } => VType::named("java/lang/invoke/MethodType"),
        Constant::MethodHandle { .. } => VType::named("java/lang/invoke/MethodHandle"),
        Constant::Dynamic { .. } => VType::from_field_type(&parse_field_type(&ctx.dynamic_site(index)?.2)?),
        _ => return Err(Failure::format(None, format!("ldc of constant #{index}, which is not loadable"))),
    })
}

/// The array class whose elements are of class (or array) `name`.
pub fn array_of(name: &str) -> String {
    if name.starts_with('[') {
        format!("[{name}")
    } else {
        format!("[L{name};")
    }
}

/// The element class name of array descriptor `name`, if it holds references.
fn element_of(name: &str) -> Option<String> {
    let element = name.strip_prefix('[')?;
    if element.starts_with('[') {
        Some(element.to_string())
    } else {
        element.strip_prefix('L')?.strip_suffix(';').map(str::to_string)
    }
}
