//! The tier-0 interpreter (design decision 10).
//!
//! A method's body is checked on its first call (decoded from its image,
//! validated so that register numbers, types and operands can be trusted)
//! and lowered into quickened code ([`quick`]): one fixed-size op per KIR
//! instruction, type-specialized, with no operand decoding left to do.
//! The decoded KIR is dropped; the quickened copy (8 bytes an
//! instruction, for the methods that run) is what `execute` runs. A `Body`
//! is that code plus the method's parameter registers and handler list.
//!
//! Java frames live on an explicit stack (`Interp::frames`, registers in
//! one [`RegisterStack`] allocated once), so Java recursion never recurses
//! in Rust; past [`MAX_FRAMES`] frames, or the register stack's size, a
//! call raises `StackOverflowError`. Calls from one Java method to another
//! that is already quickened, and returns, happen inside `execute`'s loop;
//! the rest (first calls, natives, `synchronized` methods) go through
//! `run`. Rust recursion happens only when the runtime calls Java itself
//! (class initializers, `toString` in concatenation, natives calling back),
//! bounded by [`MAX_NESTING`].
//!
//! Monitors count entries per object (one thread: no contention), so
//! `Thread.holdsLock`, `wait` and `notify` know who owns what; a
//! `synchronized` method holds its monitor in its frame.

mod execute;
pub mod quick;

use std::cell::Cell;
use std::rc::Rc;

use keel_kir::*;

use super::text::{double_to_string, float_to_string};
use super::value::store;
use super::{JResult, ObjRef, Throw, Vm, ACC_ABSTRACT, ACC_NATIVE, ACC_STATIC, MAX_FRAMES, MAX_NESTING};
use crate::layout::{itable_lookup, ClassId, MethodRef, SlotTarget};
use quick::{Code, QuickCode};

/// One method's checked, quickened code.
pub(crate) struct Body {
    code: QuickCode,
    registers: usize,
    params: Box<[Reg]>,
    handlers: Box<[Handler]>,
    /// The method is `synchronized` (its frame must hold a monitor).
    synchronized: bool,
    /// What each call site last called (see `CallSiteCache`).
    call_sites: Box<[Cell<CallSiteCache>]>,
    /// Which reference registers are live where: computed by the first
    /// collection that finds the method on the stack.
    live_refs: std::cell::OnceCell<LiveRefs>,
}

/// The reference registers live on entry to each instruction of a method
/// (read on some path before being written, exception edges included):
/// the registers a collection takes as roots in a frame paused there. A
/// dead register may hold an object the collector has since freed.
pub(crate) struct LiveRefs {
    /// The method's reference registers.
    registers: Vec<Reg>,
    /// Per instruction, a bit per entry of `registers`.
    words_per_instruction: usize,
    bits: Vec<u64>,
}

impl LiveRefs {
    /// Computes the table for `function`.
    pub(crate) fn of(function: &Function) -> LiveRefs {
        let registers: Vec<Reg> = (0..function.registers.len() as u32)
            .map(Reg)
            .filter(|&r| function.registers[r.0 as usize] == Type::Ref)
            .collect();
        let words_per_instruction = registers.len().div_ceil(64);
        let mut bits = vec![0u64; words_per_instruction * function.code.len()];
        for (i, live) in keel_opt::liveness::live_in(function).iter().enumerate() {
            for (j, &r) in registers.iter().enumerate() {
                if live.contains(r) {
                    bits[i * words_per_instruction + j / 64] |= 1 << (j % 64);
                }
            }
        }
        LiveRefs { registers, words_per_instruction, bits }
    }

    /// The reference registers live on entry to instruction `index`.
    fn live_at(&self, index: usize) -> impl Iterator<Item = Reg> + '_ {
        let words =
            self.bits.get(index * self.words_per_instruction..(index + 1) * self.words_per_instruction);
        self.registers
            .iter()
            .enumerate()
            .filter(move |(j, _)| words.is_some_and(|w| w[j / 64] & (1 << (j % 64)) != 0))
            .map(|(_, &r)| r)
    }
}

impl Body {
    /// The body of a function that `Vm::body` has validated, of a method
    /// with these access flags; an error if it is past the interpreter's
    /// limits.
    pub(crate) fn new(function: &Function, access_flags: u16) -> Result<Body, String> {
        let code = quick::quicken(function)?;
        Ok(Body {
            synchronized: access_flags & keel_classfile::access::SYNCHRONIZED != 0,
            call_sites: (0..code.call_sites).map(|_| Cell::new(CallSiteCache::EMPTY)).collect(),
            code,
            registers: function.registers.len(),
            params: function.params.clone().into_boxed_slice(),
            handlers: function.handlers.clone().into_boxed_slice(),
            live_refs: std::cell::OnceCell::new(),
        })
    }

    fn registers(&self) -> usize {
        self.registers
    }
}

/// A call site's inline cache: the method it called last, for receivers of
/// class `receiver` (any, for calls that do not dispatch), and its body.
/// A call that hits it skips resolution and selection: both are fixed once
/// made (a link never changes, a class's dispatch tables neither, and a
/// class once initialized stays so).
#[derive(Clone, Copy)]
struct CallSiteCache {
    receiver: ClassId,
    target: MethodRef,
    /// Null while the site has not called; else a body that lives as long
    /// as the VM (bodies are kept in their class's table).
    body: *const Body,
}

impl CallSiteCache {
    const EMPTY: CallSiteCache = CallSiteCache {
        receiver: ClassId(u32::MAX),
        target: MethodRef { class: ClassId(u32::MAX), index: 0 },
        body: std::ptr::null(),
    };
}

struct Frame {
    class: ClassId,
    /// The method's index in its class.
    method: u32,
    body: Rc<Body>,
    /// The monitor a `synchronized` method holds while it runs.
    locked: ObjRef,
    /// The index of the next instruction to run (the one running is the
    /// one before it). `execute` keeps it in a local and stores it here
    /// before anything that can raise, call, allocate or look at frames.
    pc: u32,
    base: usize,
    /// Where the result of the call this frame is making goes.
    ret: Option<Reg>,
}

/// The register slots of every frame of the thread: one anonymous mapping
/// made once, so `execute` can hold a pointer to its frame's registers
/// across anything it calls (nothing ever moves them). The kernel zeroes
/// its pages as frames first reach them, whatever the allocator.
pub(crate) struct RegisterStack {
    /// Held so the mapping lives (and is unmapped) with the stack.
    _mapping: memmap2::MmapMut,
    slots: *mut u64,
    len: usize,
}

/// Register slots per thread: 16 MiB of address space.
const REGISTER_STACK_SLOTS: usize = 1 << 21;

impl RegisterStack {
    fn new(len: usize) -> RegisterStack {
        let bytes = len * std::mem::size_of::<u64>();
        let mut map = memmap2::MmapMut::map_anon(bytes)
            .unwrap_or_else(|e| panic!("cannot map {bytes} bytes of interpreter registers: {e}"));
        let slots = map.as_mut_ptr().cast::<u64>();
        RegisterStack { _mapping: map, slots, len }
    }

    fn as_mut_slice(&mut self) -> &mut [u64] {
        // SAFETY: `slots` is the start of `map`, page aligned and `len`
        // slots long, alive as long as `self`.
        unsafe { std::slice::from_raw_parts_mut(self.slots, self.len) }
    }

    fn as_slice(&self) -> &[u64] {
        // SAFETY: as `as_mut_slice`.
        unsafe { std::slice::from_raw_parts(self.slots, self.len) }
    }

    /// A pointer to slot `base` (at most `len`).
    fn at(&self, base: usize) -> *mut u64 {
        assert!(base <= self.len);
        // SAFETY: within the mapping (or one past its end).
        unsafe { self.slots.add(base) }
    }
}

/// The interpreter's state: the frame stack and the registers.
pub struct Interp {
    frames: Vec<Frame>,
    regs: RegisterStack,
    nesting: usize,
    /// Arguments of the call being made (kept to save an allocation per
    /// call).
    args: Vec<u64>,
    /// The top frame is about to run a handler, not in an instruction (a
    /// safepoint as a handler catches).
    at_handler: bool,
}

impl Default for Interp {
    fn default() -> Interp {
        Interp {
            frames: Vec::new(),
            regs: RegisterStack::new(REGISTER_STACK_SLOTS),
            nesting: 0,
            args: Vec::new(),
            at_handler: false,
        }
    }
}

/// How running a frame's instructions stopped.
enum Exit {
    Call { target: MethodRef, dst: Option<Reg> },
    Return(Option<u64>),
}

/// What a rare instruction does next.
enum Flow {
    Next,
    Goto(Label),
}

fn i32_of(v: u64) -> i32 {
    v as u32 as i32
}
fn f32_of(v: u64) -> f32 {
    f32::from_bits(v as u32)
}
fn f64_of(v: u64) -> f64 {
    f64::from_bits(v)
}
/// Defines Java's integer arithmetic for one width: wrapping, `MIN / -1`
/// wraps, shift counts taken modulo the width (the count is the low bits of
/// `y`), divisors already checked for zero by the caller.
macro_rules! int_binary {
    ($name:ident, $signed:ty, $unsigned:ty) => {
        fn $name(op: BinOp, x: $signed, y: $signed) -> $signed {
            let shift = y as u32;
            match op {
                BinOp::Add => x.wrapping_add(y),
                BinOp::Sub => x.wrapping_sub(y),
                BinOp::Mul => x.wrapping_mul(y),
                BinOp::Div => x.wrapping_div(y),
                BinOp::Rem => x.wrapping_rem(y),
                BinOp::UDiv => ((x as $unsigned) / (y as $unsigned)) as $signed,
                BinOp::URem => ((x as $unsigned) % (y as $unsigned)) as $signed,
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                BinOp::Shl => x.wrapping_shl(shift),
                BinOp::Shr => x.wrapping_shr(shift),
                BinOp::UShr => (x as $unsigned).wrapping_shr(shift) as $signed,
            }
        }
    };
}
int_binary!(int_binary_i32, i32, u32);
int_binary!(int_binary_i64, i64, u64);

/// Defines Java's floating-point arithmetic for one width (IEEE 754, `%` as
/// `fmod`, which is Java's `drem`/`frem`); `None` for an integer-only op.
macro_rules! float_binary {
    ($name:ident, $float:ty) => {
        fn $name(op: BinOp, x: $float, y: $float) -> Option<$float> {
            Some(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                BinOp::Rem => x % y,
                _ => return None,
            })
        }
    };
}
float_binary!(float_binary_f32, f32);
float_binary!(float_binary_f64, f64);

fn from_i32(v: i32) -> u64 {
    v as u32 as u64
}
fn from_f32(v: f32) -> u64 {
    v.to_bits() as u64
}

#[inline]
fn compare<T: PartialOrd>(cond: Cond, a: T, b: T) -> bool {
    match cond {
        Cond::Eq => a == b,
        Cond::Ne => a != b,
        Cond::Lt => a < b,
        Cond::Le => a <= b,
        Cond::Gt => a > b,
        Cond::Ge => a >= b,
        // Unsigned conditions only come with integer types, handled apart.
        Cond::ULt | Cond::ULe | Cond::UGt | Cond::UGe => false,
    }
}

fn compare_slots(ty: Type, cond: Cond, a: u64, b: u64) -> bool {
    let unsigned = matches!(cond, Cond::ULt | Cond::ULe | Cond::UGt | Cond::UGe);
    let signed_cond = match cond {
        Cond::ULt => Cond::Lt,
        Cond::ULe => Cond::Le,
        Cond::UGt => Cond::Gt,
        Cond::UGe => Cond::Ge,
        c => c,
    };
    match ty {
        Type::I32 if unsigned => compare(signed_cond, a as u32, b as u32),
        Type::I32 => compare(cond, i32_of(a), i32_of(b)),
        Type::I64 if unsigned => compare(signed_cond, a, b),
        Type::I64 => compare(cond, a as i64, b as i64),
        Type::F32 => compare(cond, f32_of(a), f32_of(b)),
        Type::F64 => compare(cond, f64_of(a), f64_of(b)),
        Type::Ref | Type::Ptr if unsigned => compare(signed_cond, a, b),
        Type::Ref | Type::Ptr => compare(cond, a, b),
    }
}

fn cmp3<T: PartialOrd>(a: T, b: T, nan: i32) -> i32 {
    if a < b {
        -1
    } else if a > b {
        1
    } else if a == b {
        0
    } else {
        nan
    }
}

impl Vm {
    /// The Java frames of this thread, innermost first: (class, method
    /// index, instruction).
    pub(crate) fn java_frames(&self) -> impl Iterator<Item = (ClassId, u32, u32)> + '_ {
        self.interp.frames.iter().rev().map(|f| (f.class, f.method, f.pc.saturating_sub(1)))
    }

    /// Pops the top frame, releasing the monitor of a `synchronized` method.
    fn pop_frame(&mut self) {
        if let Some(frame) = self.interp.frames.pop() {
            self.monitor_exit(frame.locked);
        }
    }

    /// For a `synchronized` method, enters the monitor of its receiver (or
    /// of its class, if static): the object locked, or null.
    fn lock_for_synchronized(&mut self, method: MethodRef, args: &[u64]) -> JResult<ObjRef> {
        let flags = self.class(method.class).methods()[method.index as usize].access_flags;
        if flags & keel_classfile::access::SYNCHRONIZED == 0 {
            return Ok(ObjRef::NULL);
        }
        let object = if flags & ACC_STATIC != 0 {
            self.mirror(method.class)?
        } else {
            ObjRef::from_slot(args.first().copied().unwrap_or(0))
        };
        if !object.is_null() {
            *self.monitors.entry(object.addr()).or_insert(0) += 1;
        }
        Ok(object)
    }

    /// Leaves `object`'s monitor once; false if this thread does not own it.
    pub(crate) fn monitor_exit(&mut self, object: ObjRef) -> bool {
        if object.is_null() {
            return true;
        }
        match self.monitors.get_mut(&object.addr()) {
            Some(count) if *count > 1 => {
                *count -= 1;
                true
            }
            Some(_) => {
                self.monitors.remove(&object.addr());
                true
            }
            None => false,
        }
    }

    /// Whether this thread owns `object`'s monitor.
    pub(crate) fn holds_monitor(&self, object: ObjRef) -> bool {
        self.monitors.contains_key(&object.addr())
    }

    /// The source line of instruction `pc` of a method, if known.
    pub(crate) fn line_of(&mut self, class: ClassId, method: u32, pc: u32) -> Option<u32> {
        let positions = self.positions(class, method)?;
        let position = positions.iter().take_while(|p| p.instruction <= pc).last()?;
        (position.line != 0).then_some(position.line)
    }

    #[inline(always)]
    fn reg(&self, base: usize, r: Reg) -> u64 {
        self.interp.regs.as_slice()[base + r.0 as usize]
    }

    #[inline(always)]
    fn set(&mut self, base: usize, r: Reg, v: u64) {
        self.interp.regs.as_mut_slice()[base + r.0 as usize] = v;
    }

    /// Runs `method` with `args` (receiver first) to completion: the
    /// result slot, or what it threw. Natives and abstract methods too.
    pub fn invoke(&mut self, method: MethodRef, args: &[u64]) -> JResult<Option<u64>> {
        if self.interp.nesting >= MAX_NESTING {
            return Err(self.stack_overflow());
        }
        self.interp.nesting += 1;
        self.handle_marks.push(self.handles.len());
        let stop = self.interp.frames.len();
        let result = match self.enter(method, args) {
            Ok(Some(done)) => Ok(done),
            Ok(None) => self.run(stop),
            Err(e) => Err(e),
        };
        if let Some(mark) = self.handle_marks.pop() {
            self.handles.truncate(mark);
        }
        self.interp.nesting -= 1;
        // What the call hands back to Rust code is held for it (`gc`).
        match &result {
            Ok(Some(value)) if self.returns_reference(method) => {
                self.hold(ObjRef::from_slot(*value));
            }
            Err(Throw::Java(exception)) => {
                self.hold(*exception);
            }
            _ => {}
        }
        result
    }

    /// Whether `method` returns a reference.
    fn returns_reference(&self, method: MethodRef) -> bool {
        let descriptor = &self.class(method.class).methods()[method.index as usize].descriptor;
        descriptor.rsplit_once(')').is_some_and(|(_, ret)| ret.starts_with(['L', '[']))
    }

    /// Hands every frame's live reference registers and held monitor to
    /// `add` (the interpreter's part of the root set). A frame is paused in
    /// instruction `pc - 1` (a call, or the allocation at the top), or,
    /// at a handler, before instruction `pc`: the registers live on entry
    /// to it are its roots.
    pub(crate) fn frame_roots(&self, add: &mut impl FnMut(ObjRef)) -> JResult<()> {
        let top = self.interp.frames.len().wrapping_sub(1);
        for (i, frame) in self.interp.frames.iter().enumerate() {
            add(frame.locked);
            let paused_in =
                if i == top && self.interp.at_handler { frame.pc } else { frame.pc.saturating_sub(1) };
            let live = match frame.body.live_refs.get() {
                Some(live) => live,
                None => {
                    // The body decoded when it was checked at its first
                    // call; without its liveness no register of the frame
                    // could be trusted as a root, so failing here is fatal.
                    let function = self.decode(frame.class, frame.method)?.ok_or_else(|| {
                        Throw::Fatal(format!(
                            "{}: a running method has no body",
                            self.class(frame.class).name
                        ))
                    })?;
                    frame.body.live_refs.get_or_init(|| LiveRefs::of(&function))
                }
            };
            for r in live.live_at(paused_in as usize) {
                add(ObjRef::from_slot(self.interp.regs.as_slice()[frame.base + r.0 as usize]));
            }
        }
        Ok(())
    }

    /// Starts a call: a native or erroneous target completes at once
    /// (`Some(result)`); a Java method gets a frame (`None`).
    fn enter(&mut self, method: MethodRef, args: &[u64]) -> JResult<Option<Option<u64>>> {
        let (flags, checked) = {
            let rt = self.class(method.class);
            let flags = rt.methods()[method.index as usize].access_flags;
            (flags, rt.code.borrow().get(method.index as usize).cloned().flatten())
        };
        if flags & ACC_NATIVE != 0 {
            // The arguments are still in the caller's registers (or held by
            // the Rust code that calls): a safepoint, so that loops calling
            // allocating natives collect.
            self.safepoint()?;
            let locked = self.lock_for_synchronized(method, args)?;
            let result = self.call_native(method.class, method.index, args).map(Some);
            self.monitor_exit(locked);
            return result;
        }
        let body = match checked {
            Some(body) => Some(body),
            None => self.body(method.class, method.index)?,
        };
        let Some(body) = body else {
            let rt = self.class(method.class).clone();
            let m = &rt.methods()[method.index as usize];
            let message = format!("{}.{}{}", rt.name.replace('/', "."), m.name, m.descriptor);
            let error = if flags & ACC_ABSTRACT != 0 {
                "java/lang/AbstractMethodError"
            } else {
                "java/lang/InternalError"
            };
            return Err(self.error(error, &message));
        };
        let locked = if flags & keel_classfile::access::SYNCHRONIZED != 0 {
            self.lock_for_synchronized(method, args)?
        } else {
            ObjRef::NULL
        };
        if let Err(e) = self.push_frame(method, body, args, locked) {
            self.monitor_exit(locked);
            return Err(e);
        }
        Ok(None)
    }

    /// The body of `method` if a call can enter it straight from
    /// `execute`: a Java method already checked, neither native nor
    /// `synchronized`.
    #[inline]
    fn quick_callee(&self, method: MethodRef) -> Option<Rc<Body>> {
        // A native method has no body.
        let code = self.class(method.class).code.borrow();
        code.get(method.index as usize)?.as_ref().filter(|body| !body.synchronized).cloned()
    }

    /// Pushes a frame for `method`, its registers zeroed but for the
    /// arguments; `locked` is the monitor a `synchronized` method holds.
    #[inline]
    fn push_frame(&mut self, method: MethodRef, body: Rc<Body>, args: &[u64], locked: ObjRef) -> JResult<()> {
        let base = self.open_frame(method, &body, args.len())?;
        let regs = self.interp.regs.as_mut_slice();
        for (p, &a) in body.params.iter().zip(args) {
            regs[base + p.0 as usize] = a;
        }
        self.push_open_frame(method, body, base, locked);
        Ok(())
    }

    /// Pushes the frame `open_frame` made room for at `base`, holding
    /// `locked`'s monitor (null: none).
    #[inline]
    fn push_open_frame(&mut self, method: MethodRef, body: Rc<Body>, base: usize, locked: ObjRef) {
        let frames = &mut self.interp.frames;
        frames.reserve(1);
        let frame = Frame { class: method.class, method: method.index, body, locked, pc: 0, base, ret: None };
        // SAFETY: `reserve` made room for one more frame. Writing in place
        // (rather than `push`, which builds the frame on the stack and
        // copies it) stores each field once, where it belongs.
        unsafe {
            frames.as_mut_ptr().add(frames.len()).write(frame);
            frames.set_len(frames.len() + 1);
        }
    }

    /// The first register of a new frame for `method` above the top one,
    /// its registers zeroed, once the stack is checked to have room for it
    /// and the call to pass one argument per parameter.
    #[inline]
    fn open_frame(&mut self, method: MethodRef, body: &Body, arguments: usize) -> JResult<usize> {
        let base = self.interp.frames.last().map_or(0, |f| f.base + f.body.registers());
        let end = base + body.registers();
        if self.interp.frames.len() >= MAX_FRAMES || end > self.interp.regs.len {
            return Err(self.stack_overflow());
        }
        if arguments != body.params.len() {
            return Err(Throw::Fatal(format!(
                "{}: {} arguments for {} parameters",
                self.class(method.class).name,
                arguments,
                body.params.len()
            )));
        }
        self.interp.regs.as_mut_slice()[base..end].fill(0);
        Ok(base)
    }

    /// Runs frames until the stack is back to `stop` frames.
    fn run(&mut self, stop: usize) -> JResult<Option<u64>> {
        loop {
            match self.execute(stop) {
                Ok(Exit::Call { target, dst }) => {
                    let args = std::mem::take(&mut self.interp.args);
                    let entered = self.enter(target, &args);
                    self.interp.args = args;
                    match entered {
                        Ok(Some(result)) => {
                            if let (Some(d), Some(v)) = (dst, result) {
                                let base = self.interp.frames.last().expect("a caller").base;
                                self.set(base, d, v);
                            }
                        }
                        Ok(None) => {
                            let n = self.interp.frames.len();
                            self.interp.frames[n - 2].ret = dst;
                        }
                        Err(e) => self.unwind(e, stop)?,
                    }
                }
                Ok(Exit::Return(value)) => {
                    self.pop_frame();
                    if self.interp.frames.len() == stop {
                        return Ok(value);
                    }
                    self.return_to_caller(value);
                }
                Err(e) => self.unwind(e, stop)?,
            }
        }
    }

    /// Hands a returned value to the top frame, the caller, where its call
    /// said.
    #[inline]
    fn return_to_caller(&mut self, value: Option<u64>) {
        let caller = self.interp.frames.last_mut().expect("a caller");
        if let (Some(d), Some(v)) = (caller.ret.take(), value) {
            let slot = caller.base + d.0 as usize;
            self.interp.regs.as_mut_slice()[slot] = v;
        }
    }

    /// Finds a handler for `thrown` from the top frame down to `stop`
    /// frames; returns `Err` if none catches it (frames popped).
    fn unwind(&mut self, thrown: Throw, stop: usize) -> JResult<()> {
        let Throw::Java(exception) = thrown else {
            while self.interp.frames.len() > stop {
                self.pop_frame();
            }
            return Err(thrown);
        };
        // Once the raising frame is popped, nothing else may hold the
        // exception while resolving a catch class runs Java (a loader).
        self.hold(exception);
        while self.interp.frames.len() > stop {
            let (class, body, base, pc) = {
                let f = self.interp.frames.last().expect("a frame");
                (f.class, f.body.clone(), f.base, f.pc.saturating_sub(1))
            };
            for h in &body.handlers {
                if pc < h.start || pc >= h.end {
                    continue;
                }
                let matches = match h.catch_class {
                    None => true,
                    Some(import) => match self.resolve_class(class, import) {
                        Ok(c) => self.is_assignable(self.class_of(exception), c),
                        Err(e) => {
                            self.interp.frames.truncate(stop);
                            return Err(e);
                        }
                    },
                };
                if matches {
                    self.set(base, h.exception, exception.to_slot());
                    let frame = self.interp.frames.last_mut().expect("a frame");
                    frame.pc = h.target;
                    frame.ret = None;
                    // Exceptions the VM raises are made in Rust: a loop
                    // that catches them keeps collecting.
                    self.interp.at_handler = true;
                    let result = self.safepoint();
                    self.interp.at_handler = false;
                    return result;
                }
            }
            self.pop_frame();
        }
        Err(Throw::Java(exception))
    }

    #[cold]
    fn divide_by_zero(&mut self) -> Throw {
        self.error("java/lang/ArithmeticException", "/ by zero")
    }

    #[cold]
    fn make_npe(&mut self) -> Throw {
        match self.bare_error("java/lang/NullPointerException") {
            Throw::Java(e) => {
                // State 1: `getMessage` asks `getExtendedNPEMessage` for
                // HotSpot's helpful message (JEP 358) when it is wanted.
                self.set_field(e, "extendedMessageState", 1);
                Throw::Java(e)
            }
            t => t,
        }
    }

    /// The address of a field of `object`, checking the object really is an
    /// instance of the field's class (the translator does not check
    /// reference types, so this keeps memory safe).
    #[inline(always)]
    fn field_address(&mut self, object: ObjRef, holder: ClassId, offset: u32) -> JResult<*mut u8> {
        let class = self.class_of(object);
        if class != holder && (!self.is_subclass(class, holder) || self.class(holder).array.is_some()) {
            return Err(self.not_an_instance(class, holder));
        }
        // SAFETY: the object is an instance of `holder`, whose layout puts
        // the field at `offset` inside every instance.
        Ok(unsafe { object.0.add(offset as usize) })
    }

    #[cold]
    fn not_an_instance(&mut self, class: ClassId, holder: ClassId) -> Throw {
        let message = format!(
            "{} is not a {}",
            self.class(class).name.replace('/', "."),
            self.class(holder).name.replace('/', ".")
        );
        self.error("java/lang/IncompatibleClassChangeError", &message)
    }

    /// The address of element `index` of `array` for an access of `kind`:
    /// the array's kind checked (the translator does not check reference
    /// types) and the index bounds-checked, with one look at the class.
    #[inline(always)]
    fn array_element(&mut self, array: ObjRef, index: i32, kind: ElemKind) -> JResult<*mut u8> {
        let Some(info) = self.rt_class_of(array).array.filter(|info| {
            info.kind == kind
                || matches!(
                    (info.kind, kind),
                    (ElemKind::Boolean, ElemKind::Byte) | (ElemKind::Byte, ElemKind::Boolean)
                )
        }) else {
            return Err(self.wrong_array_kind(array, kind));
        };
        // SAFETY: `array` is a live array of this layout, whose length field
        // lies at `length_offset`.
        let length = unsafe { *(array.0.add(info.layout.length_offset as usize) as *const i32) };
        if index < 0 || index >= length {
            return Err(self.index_out_of_bounds(index, length));
        }
        // SAFETY: 0 <= index < length, so the element is inside the array.
        Ok(unsafe { array.0.add(info.layout.element_offset(index as u32) as usize) })
    }

    #[cold]
    fn wrong_array_kind(&mut self, array: ObjRef, kind: ElemKind) -> Throw {
        let name = &self.rt_class_of(array).name;
        Throw::Fatal(format!("array access of kind {kind:?} on {name}"))
    }

    #[cold]
    fn index_out_of_bounds(&mut self, index: i32, length: i32) -> Throw {
        let message = format!("Index {index} out of bounds for length {length}");
        self.error("java/lang/ArrayIndexOutOfBoundsException", &message)
    }

    fn binary(&mut self, ty: Type, op: BinOp, a: u64, b: u64) -> JResult<u64> {
        Ok(match ty {
            Type::I32 | Type::I64 => {
                let divide = matches!(op, BinOp::Div | BinOp::Rem | BinOp::UDiv | BinOp::URem);
                let zero = if ty == Type::I32 { i32_of(b) == 0 } else { b == 0 };
                if divide && zero {
                    return Err(self.divide_by_zero());
                }
                if ty == Type::I32 {
                    from_i32(int_binary_i32(op, i32_of(a), i32_of(b)))
                } else {
                    int_binary_i64(op, a as i64, b as i64) as u64
                }
            }
            Type::F32 => match float_binary_f32(op, f32_of(a), f32_of(b)) {
                Some(v) => from_f32(v),
                None => return Err(Throw::Fatal(format!("{op:?} on f32"))),
            },
            Type::F64 => match float_binary_f64(op, f64_of(a), f64_of(b)) {
                Some(v) => v.to_bits(),
                None => return Err(Throw::Fatal(format!("{op:?} on f64"))),
            },
            Type::Ref | Type::Ptr => return Err(Throw::Fatal(format!("{op:?} on a reference"))),
        })
    }

    fn convert(op: ConvOp, v: u64) -> u64 {
        match op {
            ConvOp::I32ToI64 => i32_of(v) as i64 as u64,
            ConvOp::U32ToI64 => v as u32 as u64,
            ConvOp::I64ToI32 => v as u32 as u64,
            ConvOp::I32ToF32 => from_f32(i32_of(v) as f32),
            ConvOp::I32ToF64 => (i32_of(v) as f64).to_bits(),
            ConvOp::I64ToF32 => from_f32(v as i64 as f32),
            ConvOp::I64ToF64 => (v as i64 as f64).to_bits(),
            // Rust's float-to-int `as` saturates and maps NaN to 0: Java's.
            ConvOp::F32ToI32 => from_i32(f32_of(v) as i32),
            ConvOp::F32ToI64 => f32_of(v) as i64 as u64,
            ConvOp::F64ToI32 => from_i32(f64_of(v) as i32),
            ConvOp::F64ToI64 => f64_of(v) as i64 as u64,
            ConvOp::F32ToF64 => (f32_of(v) as f64).to_bits(),
            ConvOp::F64ToF32 => from_f32(f64_of(v) as f32),
            ConvOp::I32ToI8 => from_i32(v as u8 as i8 as i32),
            ConvOp::I32ToU16 => from_i32(v as u16 as i32),
            ConvOp::I32ToI16 => from_i32(v as u16 as i16 as i32),
            ConvOp::F32BitsToI32 | ConvOp::I32BitsToF32 => v & 0xffff_ffff,
            ConvOp::F64BitsToI64 | ConvOp::I64BitsToF64 => v,
        }
    }

    /// `initialize`, with the common case (already initialized) inline.
    #[inline]
    fn ensure_initialized(&mut self, class: ClassId) -> JResult<()> {
        if self.class(class).init.get() == super::InitState::Initialized {
            return Ok(());
        }
        self.initialize(class)
    }

    /// The check `aastore` makes: the value fits the array's element type.
    fn check_array_store(&mut self, array: ObjRef, value: ObjRef) -> JResult<()> {
        let component = self.class(self.class_of(array)).array.and_then(|i| i.component);
        let value_class = self.class_of(value);
        if let Some(component) = component {
            if !self.is_assignable(value_class, component) {
                let name = self.class(value_class).name.replace('/', ".");
                return Err(self.error("java/lang/ArrayStoreException", &name));
            }
        }
        Ok(())
    }

    /// The method an invoke instruction (`code`) of `class` runs with
    /// `args` (receiver first, for instance methods): JVMS 6.5's selection
    /// for each kind of call. A signature-polymorphic call may rewrite the
    /// arguments for the method it selects.
    fn select_target(
        &mut self,
        code: Code,
        class: ClassId,
        method: ImportIndex,
        args: &mut Vec<u64>,
    ) -> JResult<MethodRef> {
        let link = self.resolve_method(class, method)?;
        if link.polymorphic {
            return self.polymorphic_target(class, method, link, args);
        }
        let receiver = ObjRef::from_slot(args.first().copied().unwrap_or(0));
        match code {
            Code::InvokeStatic => {
                if link.access_flags & ACC_STATIC == 0 {
                    return Err(
                        self.error("java/lang/IncompatibleClassChangeError", "Expected static method")
                    );
                }
                self.ensure_initialized(link.method.class)?;
                Ok(link.method)
            }
            Code::Call => Ok(link.method),
            Code::InvokeSpecial => {
                if receiver.is_null() {
                    return Err(self.make_npe());
                }
                let name_is_init =
                    self.class(link.method.class).methods()[link.method.index as usize].name == "<init>";
                // A `super` call: select from the caller's superclass.
                if !name_is_init && link.vtable_slot.is_some() && !self.class(link.class).is_interface() {
                    if let Some(sup) = self.class(class).super_class {
                        if self.is_assignable(sup, link.class) {
                            let m = &self.class(link.method.class).methods()[link.method.index as usize];
                            let (name, desc) = (m.name.clone(), m.descriptor.clone());
                            if let Some(found) = self.find_method(sup, &name, &desc) {
                                return Ok(found);
                            }
                        }
                    }
                }
                Ok(link.method)
            }
            _ => {
                if receiver.is_null() {
                    return Err(self.make_npe());
                }
                let receiver_class = self.class_of(receiver);
                if let Some(id) = link.interface_method.filter(|_| code == Code::InvokeInterface) {
                    let rt = self.class(receiver_class).clone();
                    return match itable_lookup(&rt.itable, id) {
                        Some(slot) => self.slot_target(receiver_class, slot),
                        None => {
                            let message = format!(
                                "Class {} does not implement the requested interface {}",
                                rt.name.replace('/', "."),
                                self.class(id.interface).name.replace('/', ".")
                            );
                            Err(self.error("java/lang/IncompatibleClassChangeError", &message))
                        }
                    };
                }
                if let Some(slot) = link.vtable_slot {
                    if !self.is_assignable(receiver_class, link.class) {
                        let message = format!(
                            "{} is not a {}",
                            self.class(receiver_class).name.replace('/', "."),
                            self.class(link.class).name.replace('/', ".")
                        );
                        return Err(self.error("java/lang/IncompatibleClassChangeError", &message));
                    }
                    return self.slot_target(receiver_class, slot);
                }
                if link.access_flags & ACC_STATIC != 0 {
                    return Err(
                        self.error("java/lang/IncompatibleClassChangeError", "Expecting non-static method")
                    );
                }
                Ok(link.method)
            }
        }
    }

    /// Executes one of the rarer instructions (the others never get here:
    /// `execute_one` runs them from their bytes) of a frame of `class` whose
    /// registers start at `base`.
    fn step(&mut self, inst: &Inst, class: ClassId, base: usize) -> JResult<Flow> {
        match inst {
            Inst::TableSwitch { key, low, targets, default } => {
                let k = i32_of(self.reg(base, *key)) as i64 - *low as i64;
                let t = usize::try_from(k).ok().and_then(|k| targets.get(k)).unwrap_or(default);
                return Ok(Flow::Goto(*t));
            }
            Inst::LookupSwitch { key, cases, default } => {
                let k = i32_of(self.reg(base, *key));
                let t = cases.binary_search_by_key(&k, |&(c, _)| c).map_or(*default, |i| cases[i].1);
                return Ok(Flow::Goto(t));
            }
            Inst::Load { .. }
            | Inst::Store { .. }
            | Inst::AtomicRmw { .. }
            | Inst::CompareExchange { .. } => {
                // Raw memory is for runtime-written code; images from the
                // Java frontend never contain it.
                return Err(self.error("java/lang/InternalError", "raw memory access in image code"));
            }
            Inst::Fence { .. } => {}
            Inst::NewMultiArray { dst, class: c, lengths } => {
                let id = self.resolve_class(class, *c)?;
                let lengths: Vec<i32> = lengths.iter().map(|&r| i32_of(self.reg(base, r))).collect();
                if let Some(&negative) = lengths.iter().find(|&&l| l < 0) {
                    return Err(self.error("java/lang/NegativeArraySizeException", &negative.to_string()));
                }
                let a = self.multi_array(id, &lengths)?;
                self.set(base, *dst, a.to_slot());
            }
            Inst::LoadConstant { dst, constant } => {
                let o = self.resolve_method_constant(class, *constant)?;
                self.set(base, *dst, o.to_slot());
            }
            Inst::Concat { dst, parts } => {
                let s = self.concat(class, base, parts)?;
                self.set(base, *dst, s.to_slot());
            }
            Inst::Raise { error } => {
                let Import::Error { class: c, message } = self.class(class).import(*error)? else {
                    return Err(Throw::Fatal("Raise of a non-error import".into()));
                };
                let Import::Class { name } = self.class(class).import(c)? else {
                    return Err(Throw::Fatal("error import without a class".into()));
                };
                return Err(self.error(&name, &message));
            }
            other => {
                let name = &self.class(class).name;
                return Err(Throw::Fatal(format!("{name}: {other:?} reached the rare-instruction path")));
            }
        }
        Ok(Flow::Next)
    }

    /// HotSpot's `ClassCastException` message: both classes, and the
    /// module and loader each is in.
    pub(crate) fn class_cast_message(&mut self, from: ClassId, to: ClassId) -> String {
        let (a, b) = (self.module_and_loader(from), self.module_and_loader(to));
        let name = |c: ClassId| self.class(c).name.replace('/', ".");
        let place = if a == b {
            format!("{} and {} are in {a}", name(from), name(to))
        } else {
            format!("{} is in {a}; {} is in {b}", name(from), name(to))
        };
        format!("class {} cannot be cast to class {} ({place})", name(from), name(to))
    }

    /// "module java.base of loader 'bootstrap'", "unnamed module of loader
    /// 'app'": where a class lives, as HotSpot's messages say it.
    fn module_and_loader(&mut self, class: ClassId) -> String {
        let mut element = class;
        while let Some(c) = self.class(element).array.and_then(|a| a.component) {
            element = c;
        }
        let loader = self.class(element).loader;
        let loader_text = if loader.is_null() {
            "'bootstrap'".to_string()
        } else {
            match self.get_field(loader, "name").map(ObjRef::from_slot).and_then(|n| self.rust_string(n)) {
                Some(n) => format!("'{n}'"),
                None => {
                    let hash = self.identity_hash(loader);
                    format!("{} @{hash:x}", self.class(self.class_of(loader)).name.replace('/', "."))
                }
            }
        };
        if loader.is_null() {
            format!("module java.base of loader {loader_text}")
        } else {
            format!("unnamed module of loader {loader_text}")
        }
    }

    fn static_address(&mut self, f: super::link::FieldLink) -> JResult<*mut u8> {
        if !f.is_static {
            return Err(self.error("java/lang/IncompatibleClassChangeError", "Expected static field"));
        }
        // SAFETY: the field's offset is inside its holder's statics block.
        Ok(unsafe { self.statics(f.holder).add(f.offset as usize) })
    }

    #[inline]
    pub(crate) fn slot_target(&mut self, receiver: ClassId, slot: u32) -> JResult<MethodRef> {
        let target = self.class(receiver).vtable.entries.get(slot as usize).map(|e| e.target);
        match target {
            Some(SlotTarget::Method(m)) => Ok(m),
            Some(problem) => {
                let rt = self.class(receiver).clone();
                let name = &rt.vtable.entries[slot as usize].name;
                if problem == SlotTarget::AbstractError {
                    let message = format!("{}.{name}", rt.name.replace('/', "."));
                    Err(self.error("java/lang/AbstractMethodError", &message))
                } else {
                    let message = format!("conflicting default methods: {name}");
                    Err(self.error("java/lang/IncompatibleClassChangeError", &message))
                }
            }
            None => Err(Throw::Fatal(format!("vtable slot {slot} out of range"))),
        }
    }

    pub(crate) fn multi_array(&mut self, class: ClassId, lengths: &[i32]) -> JResult<ObjRef> {
        let array = self.alloc_array(class, lengths[0])?;
        if lengths.len() > 1 {
            let component = self.class(class).array.and_then(|a| a.component);
            let Some(component) = component.filter(|&c| self.class(c).array.is_some()) else {
                return Err(Throw::Fatal("multi-array of too few dimensions".into()));
            };
            for i in 0..lengths[0] {
                let inner = self.multi_array(component, &lengths[1..])?;
                let addr = self.element_address(array, i)?;
                // SAFETY: in bounds, a reference array.
                unsafe { store(ElemKind::Ref, addr, inner.to_slot()) };
            }
        }
        Ok(array)
    }

    fn concat(&mut self, class: ClassId, base: usize, parts: &[ConcatPart]) -> JResult<ObjRef> {
        let mut out: Vec<u16> = Vec::new();
        for part in parts {
            match part {
                ConcatPart::Text(i) => {
                    let s = self.resolve_string(class, *i)?;
                    out.extend(self.expect_string(s)?);
                }
                ConcatPart::Value(r, kind) => {
                    let v = self.reg(base, *r);
                    let text = match kind {
                        ConcatKind::Int | ConcatKind::Byte | ConcatKind::Short => i32_of(v).to_string(),
                        ConcatKind::Char => {
                            out.push(v as u16);
                            continue;
                        }
                        ConcatKind::Boolean => (if i32_of(v) != 0 { "true" } else { "false" }).to_string(),
                        ConcatKind::Long => (v as i64).to_string(),
                        ConcatKind::Float | ConcatKind::Double if !self.current_thread.is_null() => {
                            // JDK 17's own `FloatingDecimal`, digit for digit.
                            let (owner, descriptor) = match kind {
                                ConcatKind::Float => ("java/lang/Float", "(F)Ljava/lang/String;"),
                                _ => ("java/lang/Double", "(D)Ljava/lang/String;"),
                            };
                            let s = self.call_static_slots(owner, "toString", descriptor, &[v])?;
                            out.extend(self.expect_string(ObjRef::from_slot(s.unwrap_or(0)))?);
                            continue;
                        }
                        ConcatKind::Float => float_to_string(f32_of(v)),
                        ConcatKind::Double => double_to_string(f64_of(v)),
                        ConcatKind::Object => {
                            out.extend(self.value_of(ObjRef::from_slot(v))?);
                            continue;
                        }
                    };
                    out.extend(text.encode_utf16());
                }
            }
        }
        self.string_from_utf16(&out)
    }

    /// `String.valueOf(Object)`: "null", a string's chars, or `toString()`.
    fn value_of(&mut self, o: ObjRef) -> JResult<Vec<u16>> {
        if o.is_null() {
            return Ok("null".encode_utf16().collect());
        }
        if let Some(chars) = self.string_utf16(o) {
            return Ok(chars);
        }
        let c = self.class_of(o);
        let slot = self.class(c).vtable.slots("toString", "()Ljava/lang/String;").next();
        let Some(slot) = slot else { return Err(Throw::Fatal("no toString slot".into())) };
        let target = self.slot_target(c, slot)?;
        let s = self.invoke(target, &[o.to_slot()])?.map_or(ObjRef::NULL, ObjRef::from_slot);
        if s.is_null() {
            return Ok("null".encode_utf16().collect());
        }
        self.expect_string(s)
    }
}
