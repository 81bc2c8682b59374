//! `jdk.internal.misc.Unsafe`: field offsets, raw loads and stores, real
//! CPU atomics, and off-heap memory.
//!
//! Every access is checked, so no Java code can corrupt Keel's memory:
//! - an object base with an offset must name bytes inside the object; a
//!   reference access must hit a reference field (the layout's reference
//!   map) or an element of a reference array;
//! - static fields are reached through their class's mirror and an offset
//!   tagged with [`STATIC_OFFSET_TAG`] (HotSpot keeps statics in the mirror
//!   itself; Keel keeps them in a block of their own);
//! - a null base means an absolute address, which must lie inside a block
//!   that `allocateMemory` handed out (or in a file mapping that
//!   `FileChannel.map` made).
//!
//! A failed check raises `InternalError` naming the access (HotSpot would
//! crash).

use std::collections::BTreeMap;
use std::sync::atomic::{fence, AtomicI32, AtomicI64, AtomicU16, AtomicU8, AtomicUsize, Ordering};

use keel_kir::ElemKind;

use super::super::value::{load, store};
use super::super::{JResult, ObjRef, Throw, Vm};
use super::Natives;

/// Set in an offset that `staticFieldOffset` returns: the offset is into
/// the statics block of the class whose mirror is the base.
pub const STATIC_OFFSET_TAG: i64 = 1 << 40;

const UNSAFE: &str = "jdk/internal/misc/Unsafe";

/// Blocks from `allocateMemory`, by start address: their sizes.
#[derive(Default)]
struct OffHeap {
    blocks: BTreeMap<usize, usize>,
    /// Memory-mapped files (`FileChannel.map`), by start address: their
    /// lengths. Reachable as blocks are, but never freed by `freeMemory`.
    mapped: BTreeMap<usize, usize>,
}

impl OffHeap {
    /// The (start, length) of the block or mapping holding `address`.
    fn containing(&self, address: usize) -> Option<(usize, usize)> {
        [&self.blocks, &self.mapped].into_iter().find_map(|table| {
            let (&start, &length) = table.range(..=address).next_back()?;
            (address < start + length).then_some((start, length))
        })
    }
}

/// Registers the `Unsafe` natives.
pub fn register(n: &mut Natives) {
    n.register(UNSAFE, "registerNatives", "()V", |_, _| Ok(None));
    register_offsets(n);
    register_plain_access(n);
    register_atomics(n);
    register_memory(n);
    n.register(UNSAFE, "allocateInstance", "(Ljava/lang/Class;)Ljava/lang/Object;", |vm, a| {
        let class = class_arg(vm, a[1])?;
        vm.initialize(class)?;
        Ok(Some(vm.alloc_object(class)?.to_slot()))
    });
    n.register(UNSAFE, "throwException", "(Ljava/lang/Throwable;)V", |vm, a| {
        let e = ObjRef::from_slot(a[1]);
        if e.is_null() {
            return Err(vm.bare_error("java/lang/NullPointerException"));
        }
        Err(Throw::Java(e))
    });
    n.register(UNSAFE, "shouldBeInitialized0", "(Ljava/lang/Class;)Z", |vm, a| {
        let class = class_arg(vm, a[1])?;
        Ok(Some((vm.class(class).init.get() != super::super::InitState::Initialized) as u64))
    });
    n.register(UNSAFE, "ensureClassInitialized0", "(Ljava/lang/Class;)V", |vm, a| {
        let class = class_arg(vm, a[1])?;
        vm.initialize(class)?;
        Ok(None)
    });
    // One thread: nobody can unpark, so a park returns at its deadline (at
    // once without one: a spurious wakeup, which `park` allows).
    n.register(UNSAFE, "park", "(ZJ)V", |_, a| {
        let (absolute, time) = (a[1] & 1 != 0, a[2] as i64);
        let wait = if absolute {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            std::time::Duration::from_millis(time.max(0) as u64).saturating_sub(now)
        } else {
            std::time::Duration::from_nanos(time.max(0) as u64)
        };
        std::thread::sleep(wait);
        Ok(None)
    });
    n.register(UNSAFE, "unpark", "(Ljava/lang/Object;)V", |_, _| Ok(None));
    for name in ["loadFence", "storeFence", "fullFence"] {
        n.register(UNSAFE, name, "()V", |_, _| {
            fence(Ordering::SeqCst);
            Ok(None)
        });
    }
    n.register(UNSAFE, "getLoadAverage0", "([DI)I", |vm, a| {
        let (array, wanted) = (ObjRef::from_slot(a[1]), (a[2] as u32 as i32).clamp(0, 3) as usize);
        let mut loads = [0f64; 3];
        // SAFETY: `loads` has room for the `wanted` (at most 3) values.
        let got = unsafe { libc::getloadavg(loads.as_mut_ptr(), wanted as libc::c_int) };
        if got < 0 {
            return Ok(Some(-1i32 as u32 as u64));
        }
        let bytes: Vec<u8> = loads[..got as usize].iter().flat_map(|v| v.to_ne_bytes()).collect();
        vm.write_array_region(array, 0, &bytes)?;
        Ok(Some(got as u32 as u64))
    });
}

/// The class a `Class` argument stands for (`NullPointerException` if null).
fn class_arg(vm: &mut Vm, slot: u64) -> JResult<crate::layout::ClassId> {
    let mirror = ObjRef::from_slot(slot);
    match vm.mirror_class(mirror) {
        Some(c) => Ok(c),
        None if mirror.is_null() => Err(vm.bare_error("java/lang/NullPointerException")),
        None => Err(Throw::Fatal("a Class argument that is not a mirror".into())),
    }
}

fn register_offsets(n: &mut Natives) {
    n.register(UNSAFE, "objectFieldOffset1", "(Ljava/lang/Class;Ljava/lang/String;)J", |vm, a| {
        let class = class_arg(vm, a[1])?;
        let name = vm.rust_string(ObjRef::from_slot(a[2])).unwrap_or_default();
        let rt = vm.class(class).clone();
        match rt.layout.fields.iter().find(|f| f.name == name) {
            Some(f) => Ok(Some(f.offset as u64)),
            None => Err(vm.error("java/lang/InternalError", &name)),
        }
    });
    n.register(UNSAFE, "objectFieldOffset0", "(Ljava/lang/reflect/Field;)J", |vm, a| {
        let (class, name, _) = reflected_field(vm, a[1])?;
        match vm.class(class).layout.fields.iter().find(|f| f.name == name) {
            Some(f) => Ok(Some(f.offset as u64)),
            None => Err(vm.error("java/lang/InternalError", &name)),
        }
    });
    n.register(UNSAFE, "staticFieldOffset0", "(Ljava/lang/reflect/Field;)J", |vm, a| {
        let (class, name, _) = reflected_field(vm, a[1])?;
        match vm.class(class).layout.static_fields.iter().find(|f| f.name == name) {
            Some(f) => Ok(Some((STATIC_OFFSET_TAG + f.offset as i64) as u64)),
            None => Err(vm.error("java/lang/InternalError", &name)),
        }
    });
    n.register(UNSAFE, "staticFieldBase0", "(Ljava/lang/reflect/Field;)Ljava/lang/Object;", |vm, a| {
        let (_, _, mirror) = reflected_field(vm, a[1])?;
        Ok(Some(mirror.to_slot()))
    });
    n.register(UNSAFE, "arrayBaseOffset0", "(Ljava/lang/Class;)I", |vm, a| {
        let class = class_arg(vm, a[1])?;
        match vm.class(class).array {
            Some(info) => Ok(Some(info.layout.elements_offset as u64)),
            None => Err(vm.error("java/lang/IllegalArgumentException", "not an array class")),
        }
    });
    n.register(UNSAFE, "arrayIndexScale0", "(Ljava/lang/Class;)I", |vm, a| {
        let class = class_arg(vm, a[1])?;
        match vm.class(class).array {
            Some(info) => Ok(Some(info.layout.element_size as u64)),
            None => Err(vm.error("java/lang/IllegalArgumentException", "not an array class")),
        }
    });
}

/// A `java.lang.reflect.Field`'s declaring class, name and the class's
/// mirror.
fn reflected_field(vm: &mut Vm, slot: u64) -> JResult<(crate::layout::ClassId, String, ObjRef)> {
    let field = ObjRef::from_slot(slot);
    if field.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let mirror = vm.get_field(field, "clazz").map_or(ObjRef::NULL, ObjRef::from_slot);
    let name = vm.get_field(field, "name").map_or(ObjRef::NULL, ObjRef::from_slot);
    let class = class_arg(vm, mirror.to_slot())?;
    let name = vm.rust_string(name).unwrap_or_default();
    Ok((class, name, mirror))
}

/// The kinds of the typed accessors, by the name part after get/put.
const KINDS: [(&str, &str, ElemKind); 9] = [
    ("Int", "I", ElemKind::Int),
    ("Reference", "Ljava/lang/Object;", ElemKind::Ref),
    ("Boolean", "Z", ElemKind::Boolean),
    ("Byte", "B", ElemKind::Byte),
    ("Short", "S", ElemKind::Short),
    ("Char", "C", ElemKind::Char),
    ("Long", "J", ElemKind::Long),
    ("Float", "F", ElemKind::Float),
    ("Double", "D", ElemKind::Double),
];

fn register_plain_access(n: &mut Natives) {
    // A native is a plain `fn`, so each kind needs its own function: a
    // macro stamps out the getter and setter pairs (plain and volatile use
    // the same code: every access is sequentially consistent on one thread,
    // and the fences below order them for others).
    macro_rules! accessors {
        ($($kind:expr),*) => {[$(
            (
                (|vm: &mut Vm, a: &[u64]| get(vm, a, $kind)) as super::NativeFn,
                (|vm: &mut Vm, a: &[u64]| put(vm, a, $kind)) as super::NativeFn,
            )
        ),*]};
    }
    let functions = accessors!(
        ElemKind::Int,
        ElemKind::Ref,
        ElemKind::Boolean,
        ElemKind::Byte,
        ElemKind::Short,
        ElemKind::Char,
        ElemKind::Long,
        ElemKind::Float,
        ElemKind::Double
    );
    for ((name, descriptor, _), (getter, setter)) in KINDS.iter().zip(functions) {
        for suffix in ["", "Volatile"] {
            let get_descriptor = format!("(Ljava/lang/Object;J){descriptor}");
            let put_descriptor = format!("(Ljava/lang/Object;J{descriptor})V");
            n.register(UNSAFE, &format!("get{name}{suffix}"), &get_descriptor, getter);
            n.register(UNSAFE, &format!("put{name}{suffix}"), &put_descriptor, setter);
        }
    }
}

fn get(vm: &mut Vm, a: &[u64], kind: ElemKind) -> JResult<Option<u64>> {
    let addr = address(vm, ObjRef::from_slot(a[1]), a[2] as i64, kind)?;
    // SAFETY: `address` checked that the bytes lie inside a live object,
    // statics block or off-heap block, hold a value of `kind` (references
    // only where the layout keeps references), and are aligned for it.
    Ok(Some(unsafe { load(kind, addr) }))
}

fn put(vm: &mut Vm, a: &[u64], kind: ElemKind) -> JResult<Option<u64>> {
    let addr = address(vm, ObjRef::from_slot(a[1]), a[2] as i64, kind)?;
    let value = a[3];
    if kind == ElemKind::Ref {
        check_reference_store(vm, ObjRef::from_slot(a[1]), a[2] as i64, value)?;
    }
    // SAFETY: as `get`.
    unsafe { store(kind, addr, value) };
    Ok(None)
}

/// A reference stored into a reference array must fit its element type,
/// as `aastore` requires: an unchecked store would break the type safety
/// the interpreter relies on.
fn check_reference_store(vm: &mut Vm, base: ObjRef, _offset: i64, value: u64) -> JResult<()> {
    let value = ObjRef::from_slot(value);
    if base.is_null() || value.is_null() {
        return Ok(());
    }
    let component = vm.class(vm.class_of(base)).array.and_then(|a| a.component);
    if let Some(component) = component {
        if !vm.is_assignable(vm.class_of(value), component) {
            let name = vm.class(vm.class_of(value)).name.replace('/', ".");
            return Err(vm.error("java/lang/ArrayStoreException", &name));
        }
    }
    Ok(())
}

fn kind_size(vm: &Vm, kind: ElemKind) -> usize {
    crate::layout::object::kind_size(&vm.target, kind) as usize
}

/// The checked address of `size_of(kind)` bytes at `base` + `offset`.
fn address(vm: &mut Vm, base: ObjRef, offset: i64, kind: ElemKind) -> JResult<*mut u8> {
    let size = kind_size(vm, kind);
    let found = if base.is_null() {
        off_heap_address(vm, offset, size).filter(|_| kind != ElemKind::Ref)
    } else if offset & STATIC_OFFSET_TAG != 0 {
        static_address(vm, base, offset - STATIC_OFFSET_TAG, size, kind)
    } else {
        object_address(vm, base, offset, size, kind)
    };
    match found {
        Some(addr) if (addr as usize).is_multiple_of(size) => Ok(addr),
        _ => {
            let message = format!("keel: Unsafe access of {kind:?} at offset {offset} is outside its object");
            Err(vm.error("java/lang/InternalError", &message))
        }
    }
}

fn off_heap_address(vm: &mut Vm, address: i64, size: usize) -> Option<*mut u8> {
    let address = usize::try_from(address).ok()?;
    let (start, length) = vm.native_state::<OffHeap>().containing(address)?;
    (address.checked_add(size)? <= start + length).then_some(address as *mut u8)
}

fn static_address(vm: &Vm, mirror: ObjRef, offset: i64, size: usize, kind: ElemKind) -> Option<*mut u8> {
    let class = vm.mirror_class(mirror)?;
    let layout = &vm.class(class).layout;
    let offset = u32::try_from(offset).ok()?;
    if offset as usize + size > layout.static_size as usize {
        return None;
    }
    if (kind == ElemKind::Ref) != layout.static_reference_offsets.binary_search(&offset).is_ok() {
        return None;
    }
    // SAFETY: inside the statics block, just checked.
    Some(unsafe { vm.statics(class).add(offset as usize) })
}

fn object_address(vm: &Vm, object: ObjRef, offset: i64, size: usize, kind: ElemKind) -> Option<*mut u8> {
    let class = vm.class(vm.class_of(object));
    let offset = u64::try_from(offset).ok()?;
    let header = vm.target.header_size() as u64;
    let is_reference_slot = match class.array {
        Some(info) => {
            let length = vm.array_length(object) as u32;
            if offset < info.layout.elements_offset as u64 || offset + size as u64 > info.layout.size(length)
            {
                return None;
            }
            info.kind == ElemKind::Ref
        }
        None => {
            if offset < header || offset + size as u64 > class.layout.fields_end as u64 {
                return None;
            }
            class.layout.reference_offsets.binary_search(&(offset as u32)).is_ok()
        }
    };
    if (kind == ElemKind::Ref) != is_reference_slot {
        return None;
    }
    // SAFETY: inside the object, just checked.
    Some(unsafe { object.0.add(offset as usize) })
}

fn register_atomics(n: &mut Natives) {
    n.register(UNSAFE, "compareAndSetInt", "(Ljava/lang/Object;JII)Z", |vm, a| {
        let old = cas(vm, a, ElemKind::Int)?;
        Ok(Some((old == a[3] as u32 as u64) as u64))
    });
    n.register(UNSAFE, "compareAndExchangeInt", "(Ljava/lang/Object;JII)I", |vm, a| {
        Ok(Some(cas(vm, a, ElemKind::Int)?))
    });
    n.register(UNSAFE, "compareAndSetLong", "(Ljava/lang/Object;JJJ)Z", |vm, a| {
        let old = cas(vm, a, ElemKind::Long)?;
        Ok(Some((old == a[3]) as u64))
    });
    n.register(UNSAFE, "compareAndExchangeLong", "(Ljava/lang/Object;JJJ)J", |vm, a| {
        Ok(Some(cas(vm, a, ElemKind::Long)?))
    });
    let set_reference = "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z";
    n.register(UNSAFE, "compareAndSetReference", set_reference, |vm, a| {
        let old = cas(vm, a, ElemKind::Ref)?;
        Ok(Some((old == a[3]) as u64))
    });
    let exchange_reference = "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;";
    n.register(UNSAFE, "compareAndExchangeReference", exchange_reference, |vm, a| {
        Ok(Some(cas(vm, a, ElemKind::Ref)?))
    });
}

/// A real compare-and-exchange of `a[3]` for `a[4]` at (`a[1]`, `a[2]`):
/// the value found.
fn cas(vm: &mut Vm, a: &[u64], kind: ElemKind) -> JResult<u64> {
    let addr = address(vm, ObjRef::from_slot(a[1]), a[2] as i64, kind)?;
    if kind == ElemKind::Ref {
        check_reference_store(vm, ObjRef::from_slot(a[1]), a[2] as i64, a[4])?;
    }
    let (expected, new) = (a[3], a[4]);
    // SAFETY: `address` checked bounds, kind and alignment, so the
    // location is a properly aligned value of this width inside live memory.
    let found = unsafe {
        match kind {
            ElemKind::Int => {
                let atomic = AtomicI32::from_ptr(addr as *mut i32);
                let r =
                    atomic.compare_exchange(expected as i32, new as i32, Ordering::SeqCst, Ordering::SeqCst);
                r.unwrap_or_else(|v| v) as u32 as u64
            }
            ElemKind::Long => {
                let atomic = AtomicI64::from_ptr(addr as *mut i64);
                let r =
                    atomic.compare_exchange(expected as i64, new as i64, Ordering::SeqCst, Ordering::SeqCst);
                r.unwrap_or_else(|v| v) as u64
            }
            ElemKind::Ref => {
                let atomic = AtomicUsize::from_ptr(addr as *mut usize);
                let r = atomic.compare_exchange(
                    expected as usize,
                    new as usize,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                );
                r.unwrap_or_else(|v| v) as u64
            }
            ElemKind::Short | ElemKind::Char => {
                let atomic = AtomicU16::from_ptr(addr as *mut u16);
                let r =
                    atomic.compare_exchange(expected as u16, new as u16, Ordering::SeqCst, Ordering::SeqCst);
                r.unwrap_or_else(|v| v) as u64
            }
            _ => {
                let atomic = AtomicU8::from_ptr(addr);
                let r =
                    atomic.compare_exchange(expected as u8, new as u8, Ordering::SeqCst, Ordering::SeqCst);
                r.unwrap_or_else(|v| v) as u64
            }
        }
    };
    Ok(found)
}

fn register_memory(n: &mut Natives) {
    n.register(UNSAFE, "allocateMemory0", "(J)J", |vm, a| {
        let size = a[1] as i64;
        allocate(vm, size).map(|p| Some(p as u64))
    });
    n.register(UNSAFE, "reallocateMemory0", "(JJ)J", |vm, a| {
        let (old, size) = (a[1] as usize, a[2] as i64);
        let new = allocate(vm, size)?;
        if old != 0 {
            let Some(&old_size) = vm.native_state::<OffHeap>().blocks.get(&old) else {
                return Err(vm.error("java/lang/InternalError", "keel: reallocateMemory of a bad address"));
            };
            // SAFETY: both blocks are live allocations of at least the
            // copied size, and distinct.
            unsafe { std::ptr::copy_nonoverlapping(old as *const u8, new, old_size.min(size as usize)) };
            free(vm, old)?;
        }
        Ok(Some(new as u64))
    });
    n.register(UNSAFE, "freeMemory0", "(J)V", |vm, a| {
        free(vm, a[1] as usize)?;
        Ok(None)
    });
    n.register(UNSAFE, "setMemory0", "(Ljava/lang/Object;JJB)V", |vm, a| {
        let addr = region(vm, ObjRef::from_slot(a[1]), a[2] as i64, a[3] as i64)?;
        // SAFETY: `region` checked that the bytes lie inside one object or
        // off-heap block, and they hold no references.
        unsafe { std::ptr::write_bytes(addr, a[4] as u8, a[3] as usize) };
        Ok(None)
    });
    n.register(UNSAFE, "copyMemory0", "(Ljava/lang/Object;JLjava/lang/Object;JJ)V", |vm, a| {
        let size = a[5] as i64;
        let from = region(vm, ObjRef::from_slot(a[1]), a[2] as i64, size)?;
        let to = region(vm, ObjRef::from_slot(a[3]), a[4] as i64, size)?;
        // SAFETY: both regions were checked to lie inside live memory that
        // holds no references; they may overlap, hence `copy`.
        unsafe { std::ptr::copy(from, to, size as usize) };
        Ok(None)
    });
    n.register(UNSAFE, "copySwapMemory0", "(Ljava/lang/Object;JLjava/lang/Object;JJJ)V", |vm, a| {
        let (size, element) = (a[5] as i64, a[6] as usize);
        let from = region(vm, ObjRef::from_slot(a[1]), a[2] as i64, size)?;
        let to = region(vm, ObjRef::from_slot(a[3]), a[4] as i64, size)?;
        if !matches!(element, 2 | 4 | 8) || !(size as usize).is_multiple_of(element) {
            return Err(vm.error("java/lang/IllegalArgumentException", "bad element size"));
        }
        // SAFETY: as copyMemory0; copied through a buffer so overlap is fine.
        let mut bytes = unsafe { std::slice::from_raw_parts(from, size as usize) }.to_vec();
        for chunk in bytes.chunks_mut(element) {
            chunk.reverse();
        }
        // SAFETY: `to` was checked for `size` bytes.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), to, bytes.len()) };
        Ok(None)
    });
    n.register(UNSAFE, "writeback0", "(J)V", |_, _| Ok(None));
    n.register(UNSAFE, "writebackPreSync0", "()V", |_, _| Ok(None));
    n.register(UNSAFE, "writebackPostSync0", "()V", |_, _| Ok(None));
}

/// A new off-heap block of `size` bytes (`allocateMemory`), aligned to 16.
pub(crate) fn allocate(vm: &mut Vm, size: i64) -> JResult<*mut u8> {
    if size < 0 {
        return Err(vm.error("java/lang/IllegalArgumentException", &size.to_string()));
    }
    let layout = std::alloc::Layout::from_size_align(size.max(1) as usize, 16)
        .map_err(|_| vm.error("java/lang/OutOfMemoryError", "Unable to allocate memory"))?;
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        return Err(vm.error("java/lang/OutOfMemoryError", &format!("Unable to allocate {size} bytes")));
    }
    vm.native_state::<OffHeap>().blocks.insert(p as usize, size.max(1) as usize);
    Ok(p)
}

fn free(vm: &mut Vm, address: usize) -> JResult<()> {
    if address == 0 {
        return Ok(());
    }
    let Some(size) = vm.native_state::<OffHeap>().blocks.remove(&address) else {
        return Err(vm.error("java/lang/InternalError", "keel: freeMemory of an address not allocated"));
    };
    let layout = std::alloc::Layout::from_size_align(size, 16).expect("valid when allocated");
    // SAFETY: the block was allocated by `allocate` with this layout and is
    // freed once (it was just removed from the table).
    unsafe { std::alloc::dealloc(address as *mut u8, layout) };
    Ok(())
}

/// A checked region of `size` bytes at `base` + `offset` that holds no
/// references: raw memory, or the bytes of a primitive array or of an
/// object's primitive fields.
fn region(vm: &mut Vm, base: ObjRef, offset: i64, size: i64) -> JResult<*mut u8> {
    let bad = |vm: &mut Vm| {
        let message =
            format!("keel: Unsafe memory region of {size} bytes at offset {offset} is out of bounds");
        vm.error("java/lang/InternalError", &message)
    };
    let Ok(size) = usize::try_from(size) else { return Err(bad(vm)) };
    if base.is_null() {
        if size == 0 {
            return Ok(offset as usize as *mut u8);
        }
        return off_heap_address(vm, offset, size).ok_or_else(|| bad(vm));
    }
    let class = vm.class(vm.class_of(base)).clone();
    let (start, end, holds_references) = match class.array {
        Some(info) => {
            let length = vm.array_length(base) as u32;
            (info.layout.elements_offset as i64, info.layout.size(length) as i64, info.kind == ElemKind::Ref)
        }
        None => (vm.target.header_size() as i64, class.layout.fields_end as i64, true),
    };
    if holds_references || offset < start || offset.saturating_add(size as i64) > end {
        return Err(bad(vm));
    }
    // SAFETY: inside the object, just checked.
    Ok(unsafe { base.0.add(offset as usize) })
}

// ----- checked off-heap access for other natives -----
//
// Natives that take native addresses (`sun.nio` passes `NativeBuffer` and
// direct-buffer addresses as longs) reach memory through these: an address
// and length must lie inside one block that `allocateMemory` handed out
// (or one file mapping), or the access raises `InternalError` (HotSpot
// would read or write wherever the address points). An empty range is
// never checked.

/// `InternalError` for a bad off-heap range.
fn bad_off_heap(vm: &mut Vm, address: i64, length: usize) -> Throw {
    let message =
        format!("keel: native memory access of {length} bytes at {address:#x} is outside allocated memory");
    vm.error("java/lang/InternalError", &message)
}

/// Runs `f` over the `length` off-heap bytes at `address`, checked to lie
/// inside one allocated block.
pub(crate) fn with_off_heap<R>(
    vm: &mut Vm,
    address: i64,
    length: usize,
    f: impl FnOnce(&mut [u8]) -> R,
) -> JResult<R> {
    if length == 0 {
        return Ok(f(&mut []));
    }
    let Some(start) = off_heap_address(vm, address, length) else {
        return Err(bad_off_heap(vm, address, length));
    };
    // SAFETY: `off_heap_address` checked that the `length` bytes from
    // `start` lie inside one live block from `allocateMemory`; no other
    // reference to them exists while `f` runs (natives run on the VM's one
    // thread, and `f` cannot reach the VM).
    Ok(f(unsafe { std::slice::from_raw_parts_mut(start, length) }))
}

/// A copy of the `length` off-heap bytes at `address`.
pub(crate) fn read_off_heap(vm: &mut Vm, address: i64, length: usize) -> JResult<Vec<u8>> {
    with_off_heap(vm, address, length, |bytes| bytes.to_vec())
}

/// Writes `data` over the off-heap bytes at `address`.
pub(crate) fn write_off_heap(vm: &mut Vm, address: i64, data: &[u8]) -> JResult<()> {
    with_off_heap(vm, address, data.len(), |bytes| bytes.copy_from_slice(data))
}

/// The bytes of the NUL-terminated string at off-heap `address` (the NUL
/// not included), which must end inside the block it starts in.
pub(crate) fn read_c_string(vm: &mut Vm, address: i64) -> JResult<Vec<u8>> {
    let block = usize::try_from(address).ok().and_then(|a| {
        let (start, length) = vm.native_state::<OffHeap>().containing(a)?;
        Some(start + length - a)
    });
    let Some(rest) = block else { return Err(bad_off_heap(vm, address, 1)) };
    let found = with_off_heap(vm, address, rest, |bytes| {
        bytes.iter().position(|&b| b == 0).map(|n| bytes[..n].to_vec())
    })?;
    match found {
        Some(string) => Ok(string),
        None => Err(bad_off_heap(vm, address, rest + 1)),
    }
}

/// Records `length` bytes mapped at `address` (by `mmap`, outside every
/// block) as memory the checked accesses may reach.
pub(crate) fn add_mapping(vm: &mut Vm, address: usize, length: usize) {
    vm.native_state::<OffHeap>().mapped.insert(address, length);
}

/// Forgets the mapping of exactly `length` bytes at `address`: whether
/// there was one (only then may it be unmapped).
pub(crate) fn remove_mapping(vm: &mut Vm, address: usize, length: usize) -> bool {
    let mapped = &mut vm.native_state::<OffHeap>().mapped;
    if mapped.get(&address) != Some(&length) {
        return false;
    }
    mapped.remove(&address);
    true
}
