//! Native methods: Rust functions registered by (class, name, descriptor)
//! (design decision 2). Calling a native with no registration raises
//! `UnsatisfiedLinkError` naming it.
//!
//! One file per area of java.base:
//! - this file: the registry, `Object`, `Float`/`Double` bits, `String.intern`;
//! - [`fdlibm`] — `StrictMath`, bit-exact ports of fdlibm;
//! - [`invoke`] — `MethodHandleNatives` (member names, field offsets) and
//!   hidden classes (`defineClass0`);
//! - [`io`] — `java.io` files and descriptors, `ObjectStreamClass`,
//!   `java.util.zip` (inflate, deflate, CRC32, Adler32);
//! - [`lang`] — `Class`, `System`, `Thread`, `Runtime`, stack traces,
//!   `StackWalker`;
//! - [`loader`] — `ClassLoader`, `Module`, `BootLoader`: loading and modules;
//! - [`nio`] — `sun.nio.fs` (the `java.nio.file` file system) and the
//!   `sun.nio.ch` file channels;
//! - [`perf`] — `jdk.internal.perf.Perf` counters (every jar reaches them)
//!   and `NativeImageBuffer.getNativeMap`;
//! - [`reflect`] — members of classes as `Field`/`Method`/`Constructor`,
//!   `Method.invoke`, `Constructor.newInstance`;
//! - [`constant_pool`] — class-file constant pools, for annotations;
//! - [`jdk_internal`] — `jdk.internal.misc` (`VM`, `CDS`, `Signal`), system
//!   properties, `Reflection`, `AccessController`, references;
//! - [`unsafe_memory`] — `jdk.internal.misc.Unsafe`;
//! - [`util`] — `java.util`: the platform time zone for `TimeZone`.

pub mod constant_pool;
pub mod fdlibm;
pub mod invoke;
pub mod io;
pub mod jdk_internal;
pub mod lang;
pub mod loader;
pub mod nio;
pub mod perf;
pub mod reflect;
pub mod unsafe_memory;
pub mod util;

use std::cell::Cell;
use std::collections::HashMap;

use super::{JResult, ObjRef, Vm};

// ----- argument and result slots, shared by every area -----

pub(crate) fn int_arg(slot: u64) -> i32 {
    slot as u32 as i32
}

pub(crate) fn bool_arg(slot: u64) -> bool {
    slot as u32 != 0
}

pub(crate) fn int(v: i32) -> Option<u64> {
    Some(v as u32 as u64)
}

pub(crate) fn long(v: i64) -> Option<u64> {
    Some(v as u64)
}

pub(crate) fn boolean(b: bool) -> Option<u64> {
    Some(b as u64)
}

/// A reference argument, or the `NullPointerException` (no message, as a
/// JNI native raises it) for null.
pub(crate) fn null_check(vm: &mut Vm, slot: u64) -> JResult<ObjRef> {
    let object = ObjRef::from_slot(slot);
    if object.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    Ok(object)
}

/// A native method: the arguments (receiver first for instance methods)
/// as register slots; the result slot, if not void.
pub type NativeFn = fn(&mut Vm, &[u64]) -> JResult<Option<u64>>;

/// The registry.
#[derive(Default)]
pub struct Natives {
    map: HashMap<(String, String, String), NativeFn>,
    /// The registered (name, descriptor)s of each class.
    by_class: HashMap<String, Vec<(String, String)>>,
}

impl Natives {
    pub fn register(&mut self, class: &str, name: &str, descriptor: &str, f: NativeFn) {
        let key = (class.to_string(), name.to_string(), descriptor.to_string());
        if self.map.insert(key, f).is_none() {
            self.by_class
                .entry(class.to_string())
                .or_default()
                .push((name.to_string(), descriptor.to_string()));
        }
    }

    /// The registrations for class `class` that name no native method of
    /// `methods` (checked when the class is linked: such a registration is
    /// a Keel bug, and would otherwise go unnoticed).
    pub fn mismatches(&self, class: &str, methods: &[keel_kir::Method]) -> Vec<String> {
        let Some(registered) = self.by_class.get(class) else { return Vec::new() };
        registered
            .iter()
            .filter(|(name, descriptor)| {
                !methods.iter().any(|m| {
                    &m.name == name && &m.descriptor == descriptor && m.access_flags & super::ACC_NATIVE != 0
                })
            })
            .map(|(name, descriptor)| format!("{}.{name}{descriptor}", class.replace('/', ".")))
            .collect()
    }

    pub fn get(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        // The key is allocated: this runs once per native method, which
        // is then bound to its class (`RtClass::native_fns`).
        self.map.get(&(class.to_string(), name.to_string(), descriptor.to_string())).copied()
    }

    /// Every registered (class, name, descriptor).
    pub fn keys(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.map.keys().map(|(c, n, d)| (c.as_str(), n.as_str(), d.as_str()))
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The natives implemented so far.
    pub fn standard() -> Natives {
        let mut n = Natives::default();
        for class in ["java/lang/Class", "java/lang/System", "java/lang/Thread"] {
            n.register(class, "registerNatives", "()V", |_, _| Ok(None));
        }
        n.register("java/lang/Object", "hashCode", "()I", |vm, a| {
            Ok(Some(vm.identity_hash(ObjRef::from_slot(a[0])) as u32 as u64))
        });
        n.register("java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", |vm, a| {
            let o = ObjRef::from_slot(a[0]);
            Ok(Some(if o.is_null() { 0 } else { vm.identity_hash(o) as u32 as u64 }))
        });
        n.register("java/lang/Object", "getClass", "()Ljava/lang/Class;", |vm, a| {
            let class = vm.class_of(ObjRef::from_slot(a[0]));
            Ok(Some(vm.mirror(class)?.to_slot()))
        });
        n.register("java/lang/Object", "clone", "()Ljava/lang/Object;", object_clone);
        n.register("java/lang/Float", "floatToRawIntBits", "(F)I", |_, a| Ok(Some(a[0] & 0xffff_ffff)));
        n.register("java/lang/Float", "intBitsToFloat", "(I)F", |_, a| Ok(Some(a[0] & 0xffff_ffff)));
        n.register("java/lang/Double", "doubleToRawLongBits", "(D)J", |_, a| Ok(Some(a[0])));
        n.register("java/lang/Double", "longBitsToDouble", "(J)D", |_, a| Ok(Some(a[0])));
        n.register("java/lang/String", "intern", "()Ljava/lang/String;", |vm, a| {
            let chars = vm.expect_string(ObjRef::from_slot(a[0]))?;
            Ok(Some(vm.intern(&chars)?.to_slot()))
        });
        fdlibm::register(&mut n);
        invoke::register(&mut n);
        io::register(&mut n);
        lang::register(&mut n);
        jdk_internal::register(&mut n);
        loader::register(&mut n);
        nio::register(&mut n);
        perf::register(&mut n);
        reflect::register(&mut n);
        constant_pool::register(&mut n);
        unsafe_memory::register(&mut n);
        util::register(&mut n);
        n
    }
}

/// `Object.clone`: a shallow copy of an array or a `Cloneable` object.
fn object_clone(vm: &mut Vm, args: &[u64]) -> JResult<Option<u64>> {
    let object = ObjRef::from_slot(args[0]);
    let class = vm.class_of(object);
    let rt = vm.class(class).clone();
    let (copy, size) = match rt.array {
        Some(info) => {
            let length = vm.array_length(object);
            (vm.alloc_array(class, length)?, info.layout.size(length as u32) as usize)
        }
        None => {
            if !vm.is_instance_of(object, "java/lang/Cloneable") {
                return Err(vm.error("java/lang/CloneNotSupportedException", &rt.name.replace('/', ".")));
            }
            (vm.alloc_object(class)?, rt.layout.instance_size as usize)
        }
    };
    let header = vm.target.header_size() as usize;
    // SAFETY: both objects are live, of the same class and size; the bytes
    // after the header (fields, or array length and elements) are copied.
    unsafe { std::ptr::copy_nonoverlapping(object.0.add(header), copy.0.add(header), size - header) };
    Ok(Some(copy.to_slot()))
}

impl Vm {
    /// Registers (or replaces) a native method.
    pub fn register_native(&mut self, class: &str, name: &str, descriptor: &str, f: NativeFn) {
        self.natives.register(class, name, descriptor, f);
    }

    /// Calls native method `index` of `class`.
    pub(crate) fn call_native(
        &mut self,
        class: super::ClassId,
        index: u32,
        args: &[u64],
    ) -> JResult<Option<u64>> {
        let bound = self.class(class).native_fns.get(index as usize).and_then(Cell::get);
        if let Some(f) = bound {
            return f(self, args);
        }
        let rt = self.class(class).clone();
        let method = &rt.methods()[index as usize];
        match self.natives.get(&rt.name, &method.name, &method.descriptor) {
            Some(f) => {
                // Bound to the method from now on (HotSpot links a native
                // once too): the registry is not searched again.
                if let Some(slot) = rt.native_fns.get(index as usize) {
                    slot.set(Some(f));
                }
                f(self, args)
            }
            None => {
                let message = format!("{}.{}{}", rt.name.replace('/', "."), method.name, method.descriptor);
                Err(self.error("java/lang/UnsatisfiedLinkError", &message))
            }
        }
    }

    /// Calls the native registered as `class.name descriptor` directly,
    /// with `args` (receiver first for instance methods); its result typed
    /// by the descriptor. For testing natives without booting java.base;
    /// `UnsatisfiedLinkError` if there is none.
    pub fn call_native_by_name(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[super::Value],
    ) -> JResult<Option<super::Value>> {
        let Some(f) = self.natives.get(class, name, descriptor) else {
            let message = format!("{}.{name}{descriptor}", class.replace('/', "."));
            return Err(self.error("java/lang/UnsatisfiedLinkError", &message));
        };
        let slots: Vec<u64> = args.iter().map(|a| a.to_slot()).collect();
        let result = f(self, &slots)?;
        let returns = keel_kir::descriptor::method_sig(descriptor).and_then(|s| s.returns);
        Ok(match (result, returns) {
            (Some(slot), Some(ty)) => Some(super::Value::from_slot(ty, slot)),
            _ => None,
        })
    }
}
