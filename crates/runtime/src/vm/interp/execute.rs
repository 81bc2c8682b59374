//! The interpreter's loop: quickened ops run one after another, with the
//! running frame's position, registers and linkage slots held in locals.

use std::cell::Cell;
use std::rc::Rc;

use keel_kir::{BinOp, Cmp3, ElemKind, ImportIndex, Reg, Type, UnOp};

use super::quick::{self, Code, Op};
use super::{
    cmp3, compare_slots, f32_of, f64_of, from_f32, from_i32, i32_of, int_binary_i32, int_binary_i64, Body,
    CallSiteCache, Exit, Flow,
};
use crate::layout::{itable_lookup, ClassId, MethodRef, SlotTarget};
use crate::vm::link::{FieldLink, Link};
use crate::vm::value::{load, store};
use crate::vm::{JResult, ObjRef, Throw, Vm, ACC_STATIC};

/// Where the running frame stands: what `execute` keeps in locals.
#[derive(Clone, Copy)]
struct Cursor {
    /// The frame's first op, and the next op to run (a pointer rather than
    /// an index: one register fewer in the loop).
    ops: *const Op,
    next: *const Op,
    class: ClassId,
    body: *const Body,
    /// The frame's first register: `regs` points at it.
    base: usize,
    regs: *mut u64,
    links: *const [Cell<Option<Link>>],
}

impl Cursor {
    /// The index of the next op.
    #[inline(always)]
    fn pc(&self) -> usize {
        // SAFETY: `next` points into the ops `ops` starts (or one past).
        unsafe { self.next.offset_from(self.ops) as usize }
    }

    /// Continues at op `target`.
    #[inline(always)]
    fn goto(&mut self, target: usize) {
        // SAFETY: validated code branches only to ops of the function.
        self.next = unsafe { self.ops.add(target) };
    }

    /// Sets register `r` of the frame.
    #[inline(always)]
    fn set(&self, r: u16, v: u64) {
        // SAFETY: as `reg`.
        unsafe { *self.regs.add(r as usize) = v }
    }

    /// Register `r` of the frame.
    #[inline(always)]
    fn reg(&self, r: u16) -> u64 {
        // SAFETY: validated code names only registers below the function's
        // register count, and `push_frame` made that many slots from `base`
        // inside the register stack.
        unsafe { *self.regs.add(r as usize) }
    }
}

impl Vm {
    /// Where the top frame stands.
    fn cursor(&self) -> Cursor {
        let f = self.interp.frames.last().expect("a frame");
        Cursor {
            ops: f.body.code.ops.as_ptr(),
            // SAFETY: a frame's position is an op of its function.
            next: unsafe { f.body.code.ops.as_ptr().add(f.pc as usize) },
            class: f.class,
            body: Rc::as_ptr(&f.body),
            base: f.base,
            regs: self.interp.regs.at(f.base),
            links: &*self.class(f.class).links,
        }
    }

    /// Stores the running frame's position in it, for whatever looks at
    /// frames next (a raise, a collection, a stack trace, a call).
    #[inline(always)]
    fn sync_pc(&mut self, pc: usize) {
        if let Some(f) = self.interp.frames.last_mut() {
            f.pc = pc as u32;
        }
    }

    #[inline(always)]
    fn non_null_slot(&mut self, slot: u64) -> JResult<ObjRef> {
        let o = ObjRef::from_slot(slot);
        if o.is_null() {
            return Err(self.make_npe());
        }
        Ok(o)
    }

    /// The resolved field in linkage slot `index`, if it is resolved.
    #[inline(always)]
    fn linked_field(links: &[Cell<Option<Link>>], index: u16) -> Option<FieldLink> {
        match links.get(index as usize).and_then(Cell::get) {
            Some(Link::Field(f)) => Some(f),
            _ => None,
        }
    }

    /// Where instance field `f` of the object in `slot` lies, if the object
    /// is non-null and an instance of the field's holder; `None` sends the
    /// access to its slow path, which raises what is wrong.
    #[inline(always)]
    fn instance_field_fast(&self, slot: u64, f: FieldLink) -> Option<*mut u8> {
        if slot == 0 || f.is_static {
            return None;
        }
        // SAFETY: a non-null reference's header starts with its class's
        // address.
        let header = unsafe { *(slot as usize as *const usize) };
        let is_instance = header == f.holder_address
            || self.rt_class_of(ObjRef::from_slot(slot)).has_super_at(f.holder, f.holder_depth as usize);
        // SAFETY: the object is an instance of `f.holder`, whose layout puts
        // the field at `offset` inside every instance.
        is_instance.then(|| unsafe { (slot as usize as *mut u8).add(f.offset as usize) })
    }

    /// Where static field `f` lies, if its class is initialized.
    #[inline(always)]
    fn static_field_fast(&self, f: FieldLink) -> Option<*mut u8> {
        if !f.is_static || self.class(f.holder).init.get() != crate::vm::InitState::Initialized {
            return None;
        }
        // SAFETY: the field's offset is inside its holder's statics block.
        Some(unsafe { self.statics(f.holder).add(f.offset as usize) })
    }

    /// Where element `index` of the array in `slot` lies for an access of
    /// `kind`, if the array is non-null, of that kind, and the index in
    /// bounds; `None` sends the access to its slow path.
    #[inline(always)]
    fn element_fast(&self, slot: u64, index: u64, kind: ElemKind) -> Option<*mut u8> {
        if slot == 0 {
            return None;
        }
        let array = ObjRef::from_slot(slot);
        let info = self.rt_class_of(array).array?;
        if info.kind != kind {
            return None;
        }
        // SAFETY: a live array of this layout, whose length field lies at
        // `length_offset`.
        let length = unsafe { *(array.0.add(info.layout.length_offset as usize) as *const i32) };
        let index = i32_of(index);
        if index < 0 || index >= length {
            return None;
        }
        // SAFETY: 0 <= index < length, so the element is inside the array.
        Some(unsafe { array.0.add(info.layout.element_offset(index as u32) as usize) })
    }

    /// Where instance field import `index` of the object in `object`
    /// lies, resolving the import and raising what is wrong (a static
    /// field, a null object, an object of another class): the field
    /// accesses' slow path.
    #[inline(never)]
    fn instance_field_slow(
        &mut self,
        class: ClassId,
        index: u16,
        object: u64,
    ) -> JResult<(FieldLink, *mut u8)> {
        let f = self.resolve_field(class, index.into())?;
        self.expect_instance_field(f)?;
        let o = self.non_null_slot(object)?;
        Ok((f, self.field_address(o, f.holder, f.offset)?))
    }

    fn expect_instance_field(&mut self, f: FieldLink) -> JResult<()> {
        if f.is_static {
            return Err(self.error("java/lang/IncompatibleClassChangeError", "Expected non-static field"));
        }
        Ok(())
    }

    #[inline(never)]
    fn static_field_slow(&mut self, class: ClassId, index: u16) -> JResult<(FieldLink, *mut u8)> {
        let f = self.resolve_field(class, index.into())?;
        let addr = self.static_address(f)?;
        self.ensure_initialized(f.holder)?;
        Ok((f, addr))
    }

    #[inline(never)]
    fn element_slow(&mut self, array: u64, index: u64, kind: ElemKind) -> JResult<*mut u8> {
        let a = self.non_null_slot(array)?;
        self.array_element(a, i32_of(index), kind)
    }

    /// A class import: from the linkage slot when resolved, else resolved now.
    #[inline(always)]
    fn class_link(
        &mut self,
        links: &[Cell<Option<Link>>],
        class: ClassId,
        index: ImportIndex,
    ) -> JResult<ClassId> {
        match links.get(index as usize).and_then(Cell::get) {
            Some(Link::Class(c)) => Ok(c),
            _ => self.resolve_class(class, index),
        }
    }

    /// The method a call op selects, when the common case holds: the
    /// method link resolved, not signature-polymorphic, a static method's
    /// class initialized, a virtual or interface call's receiver non-null
    /// and an instance of what the call names. `None` sends the call to
    /// `select_target`, which handles (and raises) everything.
    #[inline(always)]
    fn fast_call_target(
        &self,
        code: Code,
        caller: ClassId,
        links: &[Cell<Option<Link>>],
        import: u16,
        receiver: u64,
    ) -> Option<MethodRef> {
        let Some(Link::Method(m)) = links.get(import as usize)?.get() else { return None };
        let link = *self.class(caller).method_links.borrow().get(m as usize)?;
        if link.polymorphic {
            return None;
        }
        let slot = match code {
            Code::InvokeStatic => {
                let initialized =
                    self.class(link.method.class).init.get() == crate::vm::InitState::Initialized;
                return (link.access_flags & ACC_STATIC != 0 && initialized).then_some(link.method);
            }
            // A constructor or private method (a `super` call, which has a
            // vtable slot, selects from the caller's superclass).
            Code::InvokeSpecial if receiver != 0 && link.vtable_slot.is_none() => return Some(link.method),
            Code::Call => return Some(link.method),
            Code::InvokeVirtual if receiver != 0 => {
                let owner = self.class(link.class);
                if owner.is_interface() || owner.array.is_some() {
                    return None;
                }
                let class = self.rt_class_of(ObjRef::from_slot(receiver));
                if !class.has_super_at(link.class, owner.supers.len()) {
                    return None;
                }
                link.vtable_slot?
            }
            Code::InvokeInterface if receiver != 0 => {
                let class = self.rt_class_of(ObjRef::from_slot(receiver));
                itable_lookup(&class.itable, link.interface_method?)?
            }
            _ => return None,
        };
        let class = self.rt_class_of(ObjRef::from_slot(receiver));
        match class.vtable.entries.get(slot as usize)?.target {
            SlotTarget::Method(m) => Some(m),
            _ => None,
        }
    }

    /// Makes the call of op `op` (an invoke) of the frame at `at`: pushes
    /// the callee's frame (`None`), or gives the target `run` must enter
    /// (a first call, a native, a `synchronized` method). Kept out of
    /// `execute`'s loop, whose registers are better spent on the simple ops.
    #[inline(never)]
    fn call(&mut self, op: Op, at: &Cursor) -> JResult<Option<MethodRef>> {
        // SAFETY: the body outlives its frame, which is running, and the
        // class's linkage slots live as long as the VM.
        let (body, links) = unsafe { (&*at.body, &*at.links) };
        let lists = &body.code.lists;
        let start = op.c as usize + 2;
        let count = lists.get(start - 2).copied().unwrap_or(0) as usize;
        let site = body.call_sites.get(lists.get(start - 1).copied().unwrap_or(0) as usize);
        let arg_regs = lists.get(start..start + count).unwrap_or(&[]);
        let receiver = arg_regs.first().map_or(0, |&r| at.reg(r));
        // Only these calls have a receiver (a static method's first
        // argument may be anything), and only they dispatch on its class.
        let dispatches = matches!(op.code, Code::InvokeVirtual | Code::InvokeInterface);
        let receiver_class = match receiver {
            r if dispatches && r != 0 => self.rt_class_of(ObjRef::from_slot(r)).id,
            _ => ClassId(u32::MAX),
        };
        let cached = site.map(Cell::get).filter(|c| {
            !c.body.is_null()
                && match op.code {
                    Code::InvokeVirtual | Code::InvokeInterface => c.receiver == receiver_class,
                    Code::InvokeSpecial => receiver != 0,
                    _ => true,
                }
        });
        let fast = match cached {
            // SAFETY: a cached body lives as long as the VM (its class's
            // table holds it); this makes one more counted reference to it.
            Some(c) => Some((c.target, unsafe {
                Rc::increment_strong_count(c.body);
                Rc::from_raw(c.body)
            })),
            None => {
                let fast = self
                    .fast_call_target(op.code, at.class, links, op.b, receiver)
                    .and_then(|target| Some((target, self.quick_callee(target)?)));
                if let (Some((target, callee)), Some(site)) = (&fast, site) {
                    site.set(CallSiteCache {
                        receiver: receiver_class,
                        target: *target,
                        body: Rc::as_ptr(callee),
                    });
                }
                fast
            }
        };
        if let Some((target, body)) = fast {
            // The common call: arguments copied straight from register to
            // register.
            let base = self.open_frame(target, &body, arg_regs.len())?;
            let callee = self.interp.regs.at(base);
            for (p, &a) in body.params.iter().zip(arg_regs) {
                // SAFETY: `open_frame` made the callee's registers, which
                // its parameters name.
                unsafe { *callee.add(p.0 as usize) = at.reg(a) };
            }
            self.push_open_frame(target, body, base, ObjRef::NULL);
            return Ok(None);
        }
        let mut args = std::mem::take(&mut self.interp.args);
        args.clear();
        args.extend(arg_regs.iter().map(|&r| at.reg(r)));
        // Selecting may run Java (a class initializer), which makes calls
        // of its own: the arguments stay out of its way.
        let target = self.select_target(op.code, at.class, op.b.into(), &mut args);
        let entered = match target {
            Ok(target) => match self.quick_callee(target) {
                Some(body) => self.push_frame(target, body, &args, ObjRef::NULL).map(|()| None),
                None => Ok(Some(target)),
            },
            Err(e) => Err(e),
        };
        self.interp.args = args;
        entered
    }

    /// The ops that allocate, test types, lock, throw, or are rare: kept
    /// out of `execute`'s loop, whose registers are better spent on the
    /// simple ops. The position is in the frame already. `Some(target)`:
    /// continue at op `target`.
    #[inline(never)]
    fn outlined(&mut self, op: Op, at: &Cursor) -> JResult<Option<usize>> {
        // SAFETY: the class's linkage slots live as long as the VM.
        let links = unsafe { &*at.links };
        match op.code {
            Code::Binary => {
                let (ty, o) = quick::typed(op.k);
                let v = self.binary(ty, quick::bin_op(o), at.reg(op.b), at.reg(op.c))?;
                at.set(op.a, v);
            }
            Code::Unary => {
                let v = at.reg(op.b);
                let (ty, o) = quick::typed(op.k);
                let result = match (ty, quick::un_op(o)) {
                    (Type::I32, UnOp::Not) => from_i32(!i32_of(v)),
                    (Type::I64, UnOp::Not) => !v,
                    (Type::I32, UnOp::Neg) => from_i32(i32_of(v).wrapping_neg()),
                    (Type::I64, UnOp::Neg) => (v as i64).wrapping_neg() as u64,
                    (Type::F32, _) => from_f32(-f32_of(v)),
                    (Type::F64, _) => (-f64_of(v)).to_bits(),
                    (t, o) => {
                        return Err(Throw::Fatal(format!("{o:?} on {t}")));
                    }
                };
                at.set(op.a, result);
            }
            Code::New => {
                let id = self.class_link(links, at.class, op.c.into())?;
                self.ensure_initialized(id)?;
                let o = self.alloc_object_at_safepoint(id)?;
                at.set(op.a, o.to_slot());
            }
            Code::NewArray => {
                let id = self.class_link(links, at.class, op.c.into())?;
                let a = self.alloc_array_at_safepoint(id, i32_of(at.reg(op.b)))?;
                at.set(op.a, a.to_slot());
            }
            Code::InstanceOf => {
                let o = ObjRef::from_slot(at.reg(op.b));
                let id = self.class_link(links, at.class, op.c.into())?;
                let v = !o.is_null() && self.is_assignable(self.class_of(o), id);
                at.set(op.a, v as u64);
            }
            Code::CheckCast => {
                let o = ObjRef::from_slot(at.reg(op.a));
                let id = self.class_link(links, at.class, op.c.into())?;
                if !o.is_null() && !self.is_assignable(self.class_of(o), id) {
                    let message = self.class_cast_message(self.class_of(o), id);
                    return Err(self.error("java/lang/ClassCastException", &message));
                }
            }
            Code::LoadString => {
                let s = self.resolve_string(at.class, op.c.into())?;
                at.set(op.a, s.to_slot());
            }
            Code::LoadClass => {
                let id = self.class_link(links, at.class, op.c.into())?;
                let m = self.mirror(id)?;
                at.set(op.a, m.to_slot());
            }
            Code::MonitorEnter => {
                let o = self.non_null_slot(at.reg(op.a))?;
                *self.monitors.entry(o.addr()).or_insert(0) += 1;
            }
            Code::MonitorExit => {
                let o = self.non_null_slot(at.reg(op.a))?;
                if !self.monitor_exit(o) {
                    return Err(
                        self.error("java/lang/IllegalMonitorStateException", "current thread is not owner")
                    );
                }
            }
            Code::Throw => {
                let e = self.non_null_slot(at.reg(op.a))?;
                return Err(Throw::Java(e));
            }
            Code::Rare => {
                // SAFETY: the body outlives its frame, which is running.
                let rare = unsafe { &(*at.body).code.rare };
                let Some(inst) = rare.get(op.c as usize) else {
                    return Err(Throw::Fatal(format!("{}: bad quickened code", self.class(at.class).name)));
                };
                // The rare instructions include string concatenation,
                // which allocates in Rust: a safepoint keeps such loops
                // collecting.
                self.safepoint()?;
                if let Flow::Goto(target) = self.step(inst, at.class, at.base)? {
                    return Ok(Some(target as usize));
                }
            }
            _ => return Err(Throw::Fatal(format!("{:?} is not an outlined op", op.code))),
        }
        Ok(None)
    }

    /// Runs frames from the top one's position until a call the loop does
    /// not make itself (see `quick_callee`), a return to frame `stop`'s
    /// level, or a raise; the frames' positions are saved either way.
    pub(super) fn execute(&mut self, stop: usize) -> JResult<Exit> {
        let mut at = self.cursor();
        loop {
            // SAFETY: the code was validated before it was quickened: every
            // branch target is an op of the function and the last op does
            // not fall through, so `pc` stays below the op count.
            let op = unsafe { *at.next };
            at.next = unsafe { at.next.add(1) };
            // SAFETY (`reg!`, `set!`): validated code names only registers
            // below the function's register count, and `push_frame` made
            // that many slots from `base` inside the register stack.
            macro_rules! reg {
                ($r:expr) => {
                    unsafe { *at.regs.add($r as usize) }
                };
            }
            macro_rules! set {
                ($r:expr, $v:expr) => {{
                    let v: u64 = $v;
                    unsafe { *at.regs.add($r as usize) = v }
                }};
            }
            macro_rules! i32_binary {
                ($f:expr) => {{
                    let (x, y) = (i32_of(reg!(op.b)), i32_of(reg!(op.c)));
                    set!(op.a, from_i32($f(x, y)))
                }};
            }
            macro_rules! i64_binary {
                ($f:expr) => {{
                    let (x, y) = (reg!(op.b) as i64, reg!(op.c) as i64);
                    set!(op.a, $f(x, y) as u64)
                }};
            }
            macro_rules! f32_binary {
                ($f:expr) => {{
                    let (x, y) = (f32_of(reg!(op.b)), f32_of(reg!(op.c)));
                    set!(op.a, from_f32($f(x, y)))
                }};
            }
            macro_rules! f64_binary {
                ($f:expr) => {{
                    let (x, y) = (f64_of(reg!(op.b)), f64_of(reg!(op.c)));
                    set!(op.a, $f(x, y).to_bits())
                }};
            }
            macro_rules! branch_i32 {
                ($cmp:tt) => {
                    if i32_of(reg!(op.a)) $cmp i32_of(reg!(op.b)) {
                        at.goto(op.c as usize);
                    }
                };
            }
            macro_rules! branch_zero_i32 {
                ($cmp:tt) => {
                    if i32_of(reg!(op.a)) $cmp 0 {
                        at.goto(op.c as usize);
                    }
                };
            }
            // Stores the position in the frame: before anything that can
            // raise, call, allocate or look at the frames.
            macro_rules! sync {
                () => {
                    self.sync_pc(at.pc())
                };
            }
            // SAFETY: the class's linkage slots live as long as the VM.
            let links = || unsafe { &*at.links };
            match op.code {
                Code::Move => set!(op.a, reg!(op.b)),
                Code::Const32 => set!(op.a, u64::from(op.wide())),
                Code::Const64 => {
                    // SAFETY: the body outlives its frame, which is running.
                    let consts = unsafe { &(*at.body).code.consts };
                    set!(op.a, consts.get(op.wide() as usize).copied().unwrap_or(0))
                }
                Code::AddI32 => i32_binary!(i32::wrapping_add),
                Code::SubI32 => i32_binary!(i32::wrapping_sub),
                Code::MulI32 => i32_binary!(i32::wrapping_mul),
                Code::AndI32 => i32_binary!(|x, y| x & y),
                Code::OrI32 => i32_binary!(|x, y| x | y),
                Code::XorI32 => i32_binary!(|x, y| x ^ y),
                Code::ShlI32 => i32_binary!(|x: i32, y| x.wrapping_shl(y as u32)),
                Code::ShrI32 => i32_binary!(|x: i32, y| x.wrapping_shr(y as u32)),
                Code::UShrI32 => i32_binary!(|x: i32, y| (x as u32).wrapping_shr(y as u32) as i32),
                Code::DivI32 | Code::RemI32 => {
                    let (x, y) = (i32_of(reg!(op.b)), i32_of(reg!(op.c)));
                    if y == 0 {
                        sync!();
                        return Err(self.divide_by_zero());
                    }
                    let o = if op.code == Code::DivI32 { BinOp::Div } else { BinOp::Rem };
                    set!(op.a, from_i32(int_binary_i32(o, x, y)))
                }
                Code::AddI64 => i64_binary!(i64::wrapping_add),
                Code::SubI64 => i64_binary!(i64::wrapping_sub),
                Code::MulI64 => i64_binary!(i64::wrapping_mul),
                Code::AndI64 => i64_binary!(|x, y| x & y),
                Code::OrI64 => i64_binary!(|x, y| x | y),
                Code::XorI64 => i64_binary!(|x, y| x ^ y),
                Code::ShlI64 => i64_binary!(|x: i64, y| x.wrapping_shl(y as u32)),
                Code::ShrI64 => i64_binary!(|x: i64, y| x.wrapping_shr(y as u32)),
                Code::UShrI64 => i64_binary!(|x: i64, y| (x as u64).wrapping_shr(y as u32) as i64),
                Code::DivI64 | Code::RemI64 => {
                    let (x, y) = (reg!(op.b) as i64, reg!(op.c) as i64);
                    if y == 0 {
                        sync!();
                        return Err(self.divide_by_zero());
                    }
                    let o = if op.code == Code::DivI64 { BinOp::Div } else { BinOp::Rem };
                    set!(op.a, int_binary_i64(o, x, y) as u64)
                }
                Code::AddF32 => f32_binary!(|x, y| x + y),
                Code::SubF32 => f32_binary!(|x, y| x - y),
                Code::MulF32 => f32_binary!(|x, y| x * y),
                Code::DivF32 => f32_binary!(|x, y| x / y),
                Code::AddF64 => f64_binary!(|x, y| x + y),
                Code::SubF64 => f64_binary!(|x, y| x - y),
                Code::MulF64 => f64_binary!(|x, y| x * y),
                Code::DivF64 => f64_binary!(|x, y| x / y),
                Code::NegI32 => set!(op.a, from_i32(i32_of(reg!(op.b)).wrapping_neg())),
                Code::NegI64 => set!(op.a, (reg!(op.b) as i64).wrapping_neg() as u64),
                Code::Convert => set!(op.a, Vm::convert(quick::conv_op(op.k), reg!(op.b))),
                Code::CompareI32 => {
                    set!(op.a, compare_slots(Type::I32, quick::cond(op.k), reg!(op.b), reg!(op.c)) as u64)
                }
                Code::CompareI64 => {
                    set!(op.a, compare_slots(Type::I64, quick::cond(op.k), reg!(op.b), reg!(op.c)) as u64)
                }
                Code::CompareF32 => {
                    set!(op.a, compare_slots(Type::F32, quick::cond(op.k), reg!(op.b), reg!(op.c)) as u64)
                }
                Code::CompareF64 => {
                    set!(op.a, compare_slots(Type::F64, quick::cond(op.k), reg!(op.b), reg!(op.c)) as u64)
                }
                Code::CompareAddr => {
                    set!(op.a, compare_slots(Type::Ref, quick::cond(op.k), reg!(op.b), reg!(op.c)) as u64)
                }
                Code::Cmp3I32 => set!(op.a, from_i32(cmp3(i32_of(reg!(op.b)), i32_of(reg!(op.c)), 0))),
                Code::Cmp3I64 => set!(op.a, from_i32(cmp3(reg!(op.b) as i64, reg!(op.c) as i64, 0))),
                Code::Cmp3F32 => {
                    let nan = if quick::cmp3(op.k) == Cmp3::FloatNanLess { -1 } else { 1 };
                    set!(op.a, from_i32(cmp3(f32_of(reg!(op.b)), f32_of(reg!(op.c)), nan)))
                }
                Code::Cmp3F64 => {
                    let nan = if quick::cmp3(op.k) == Cmp3::FloatNanLess { -1 } else { 1 };
                    set!(op.a, from_i32(cmp3(f64_of(reg!(op.b)), f64_of(reg!(op.c)), nan)))
                }
                Code::Cmp3Addr => set!(op.a, from_i32(cmp3(reg!(op.b), reg!(op.c), 0))),
                Code::Jump => at.goto(op.a as usize),
                Code::BrEqI32 => branch_i32!(==),
                Code::BrNeI32 => branch_i32!(!=),
                Code::BrLtI32 => branch_i32!(<),
                Code::BrGeI32 => branch_i32!(>=),
                Code::BrGtI32 => branch_i32!(>),
                Code::BrLeI32 => branch_i32!(<=),
                Code::Branch => {
                    let (ty, c) = quick::typed(op.k);
                    if compare_slots(ty, quick::cond(c), reg!(op.a), reg!(op.b)) {
                        at.goto(op.c as usize);
                    }
                }
                Code::BzEqI32 => branch_zero_i32!(==),
                Code::BzNeI32 => branch_zero_i32!(!=),
                Code::BzLtI32 => branch_zero_i32!(<),
                Code::BzGeI32 => branch_zero_i32!(>=),
                Code::BzGtI32 => branch_zero_i32!(>),
                Code::BzLeI32 => branch_zero_i32!(<=),
                Code::BzNull => {
                    if reg!(op.a) == 0 {
                        at.goto(op.c as usize);
                    }
                }
                Code::BzNonNull => {
                    if reg!(op.a) != 0 {
                        at.goto(op.c as usize);
                    }
                }
                Code::BranchZero => {
                    let (ty, c) = quick::typed(op.k);
                    if compare_slots(ty, quick::cond(c), reg!(op.a), 0) {
                        at.goto(op.c as usize);
                    }
                }
                Code::Return | Code::ReturnVoid => {
                    let value = (op.code == Code::Return).then(|| reg!(op.a));
                    if self.interp.frames.len() <= stop + 1 {
                        sync!();
                        return Ok(Exit::Return(value));
                    }
                    self.pop_frame();
                    self.return_to_caller(value);
                    at = self.cursor();
                }
                Code::GetField => {
                    let object = reg!(op.b);
                    let fast = Vm::linked_field(links(), op.c)
                        .and_then(|f| Some((f, self.instance_field_fast(object, f)?)));
                    let (f, addr) = match fast {
                        Some(fast) => fast,
                        None => {
                            sync!();
                            self.instance_field_slow(at.class, op.c, object)?
                        }
                    };
                    // SAFETY: the object's class was checked to hold the field.
                    set!(op.a, unsafe { load(f.kind, addr) })
                }
                Code::PutField => {
                    let (object, v) = (reg!(op.a), reg!(op.b));
                    let fast = Vm::linked_field(links(), op.c)
                        .and_then(|f| Some((f, self.instance_field_fast(object, f)?)));
                    let (f, addr) = match fast {
                        Some(fast) => fast,
                        None => {
                            sync!();
                            self.instance_field_slow(at.class, op.c, object)?
                        }
                    };
                    // SAFETY: the object's class was checked to hold the field.
                    unsafe { store(f.kind, addr, v) }
                }
                Code::GetStatic => {
                    let (f, addr) = match Vm::linked_field(links(), op.c)
                        .and_then(|f| Some((f, self.static_field_fast(f)?)))
                    {
                        Some(fast) => fast,
                        None => {
                            sync!();
                            self.static_field_slow(at.class, op.c)?
                        }
                    };
                    // SAFETY: the slot is inside the holder's statics block.
                    set!(op.a, unsafe { load(f.kind, addr) })
                }
                Code::PutStatic => {
                    let (f, addr) = match Vm::linked_field(links(), op.c)
                        .and_then(|f| Some((f, self.static_field_fast(f)?)))
                    {
                        Some(fast) => fast,
                        None => {
                            sync!();
                            self.static_field_slow(at.class, op.c)?
                        }
                    };
                    let v = reg!(op.b);
                    // SAFETY: the slot is inside the holder's statics block.
                    unsafe { store(f.kind, addr, v) }
                }
                Code::ALoad => {
                    let kind = quick::elem_kind(op.k);
                    let (array, index) = (reg!(op.b), reg!(op.c));
                    let addr = match self.element_fast(array, index, kind) {
                        Some(addr) => addr,
                        None => {
                            sync!();
                            self.element_slow(array, index, kind)?
                        }
                    };
                    // SAFETY: bounds and element kind checked.
                    set!(op.a, unsafe { load(kind, addr) })
                }
                Code::AStore => {
                    let kind = quick::elem_kind(op.k);
                    let (array, index, v) = (reg!(op.a), reg!(op.b), reg!(op.c));
                    let addr = match self.element_fast(array, index, kind) {
                        Some(addr) => addr,
                        None => {
                            sync!();
                            self.element_slow(array, index, kind)?
                        }
                    };
                    if kind == ElemKind::Ref && v != 0 {
                        sync!();
                        self.check_array_store(ObjRef::from_slot(array), ObjRef::from_slot(v))?;
                    }
                    // SAFETY: bounds and element kind checked.
                    unsafe { store(kind, addr, v) }
                }
                Code::ALength => {
                    sync!();
                    let a = self.non_null_slot(reg!(op.b))?;
                    let Some(info) = self.rt_class_of(a).array else {
                        return Err(Throw::Fatal("array length of a non-array".into()));
                    };
                    // SAFETY: `a` is a live array of this layout.
                    let length = unsafe { *(a.0.add(info.layout.length_offset as usize) as *const i32) };
                    set!(op.a, from_i32(length))
                }
                Code::InvokeStatic
                | Code::InvokeSpecial
                | Code::InvokeVirtual
                | Code::InvokeInterface
                | Code::Call => {
                    sync!();
                    match self.call(op, &at)? {
                        None => {
                            let n = self.interp.frames.len();
                            self.interp.frames[n - 2].ret = op.a.checked_sub(1).map(|d| Reg(d.into()));
                            at = self.cursor();
                        }
                        Some(target) => {
                            let dst = op.a.checked_sub(1).map(|d| Reg(d.into()));
                            return Ok(Exit::Call { target, dst });
                        }
                    }
                }
                Code::NullCheck => {
                    if reg!(op.a) == 0 {
                        sync!();
                        return Err(self.make_npe());
                    }
                }
                Code::New
                | Code::NewArray
                | Code::InstanceOf
                | Code::CheckCast
                | Code::LoadString
                | Code::LoadClass
                | Code::MonitorEnter
                | Code::MonitorExit
                | Code::Throw
                | Code::Rare
                | Code::Binary
                | Code::Unary => {
                    sync!();
                    if let Some(target) = self.outlined(op, &at)? {
                        at.goto(target);
                    }
                }
            }
        }
    }
}
