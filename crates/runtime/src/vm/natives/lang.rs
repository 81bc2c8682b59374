//! `java.lang` natives: `Object`, `Class`, `System`, `Runtime`, `Thread`,
//! `Shutdown`, `Throwable` and `StackTraceElement`, `StringUTF16`,
//! `StackWalker` (`StackStreamFactory`).

use keel_kir::ElemKind;

use super::super::value::{load, store};
use super::super::{JResult, ObjRef, Throw, Vm};
use super::{null_check, Natives};
use crate::layout::ClassId;

const CLASS: &str = "java/lang/Class";

/// Registers the `java.lang` natives.
pub fn register(n: &mut Natives) {
    register_class(n);
    register_system(n);
    register_thread(n);
    register_throwable(n);
    register_stack_walker(n);
    for name in ["notify", "notifyAll"] {
        n.register("java/lang/Object", name, "()V", |vm, a| {
            let o = null_check(vm, a[0])?;
            if !vm.holds_monitor(o) {
                return Err(vm.error("java/lang/IllegalMonitorStateException", "current thread is not owner"));
            }
            Ok(None)
        });
    }
    n.register("java/lang/Object", "wait", "(J)V", |vm, a| {
        let o = null_check(vm, a[0])?;
        let millis = a[1] as i64;
        if millis < 0 {
            return Err(vm.error("java/lang/IllegalArgumentException", "timeout value is negative"));
        }
        if !vm.holds_monitor(o) {
            return Err(vm.error("java/lang/IllegalMonitorStateException", "current thread is not owner"));
        }
        if millis == 0 {
            // One thread: nobody could ever notify, so the wait would
            // never end.
            let message = "keel: Object.wait() with no other thread to notify it would never return";
            return Err(vm.error("java/lang/InternalError", message));
        }
        std::thread::sleep(std::time::Duration::from_millis(millis as u64));
        Ok(None)
    });
    n.register("java/lang/StringUTF16", "isBigEndian", "()Z", |vm, _| {
        Ok(Some((vm.target.endian == crate::layout::Endian::Big) as u64))
    });
    n.register("java/lang/Runtime", "availableProcessors", "()I", |_, _| {
        Ok(Some(std::thread::available_parallelism().map_or(1, |n| n.get()) as u64))
    });
    n.register("java/lang/Runtime", "maxMemory", "()J", |vm, _| Ok(Some(vm.heap.limit() as u64)));
    n.register("java/lang/Runtime", "totalMemory", "()J", |vm, _| Ok(Some(vm.heap.committed() as u64)));
    n.register("java/lang/Runtime", "freeMemory", "()J", |vm, _| {
        Ok(Some(vm.heap.committed().saturating_sub(vm.heap.used()) as u64))
    });
    n.register("java/lang/Runtime", "gc", "()V", |vm, _| {
        vm.collect_garbage(crate::vm::gc::GcCause::SystemGc)?;
        Ok(None)
    });
    // Keel's compare-and-set of a long is a real 64-bit CPU atomic.
    n.register("java/util/concurrent/atomic/AtomicLong", "VMSupportsCS8", "()Z", |_, _| Ok(Some(1)));
    n.register("java/lang/Shutdown", "beforeHalt", "()V", |_, _| Ok(None));
    n.register("java/lang/Shutdown", "halt0", "(I)V", |_, a| Err(Throw::Exit(a[0] as i32)));
}

/// The class of a mirror argument.
pub(crate) fn mirror_arg(vm: &mut Vm, slot: u64) -> JResult<ClassId> {
    let o = null_check(vm, slot)?;
    vm.mirror_class(o).ok_or_else(|| Throw::Fatal("a Class argument that is not a mirror".into()))
}

fn mirror_or_null(vm: &mut Vm, class: Option<ClassId>) -> JResult<Option<u64>> {
    Ok(Some(match class {
        Some(c) => vm.mirror(c)?.to_slot(),
        None => 0,
    }))
}

fn register_class(n: &mut Natives) {
    n.register(CLASS, "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", |vm, a| {
        let name = vm.rust_string(ObjRef::from_slot(a[0])).unwrap_or_default();
        let letter = match name.as_str() {
            "boolean" => b'Z',
            "byte" => b'B',
            "char" => b'C',
            "short" => b'S',
            "int" => b'I',
            "long" => b'J',
            "float" => b'F',
            "double" => b'D',
            "void" => b'V',
            _ => return Err(vm.error("java/lang/ClassNotFoundException", &name)),
        };
        let class = vm.primitive_class(letter)?;
        Ok(Some(vm.mirror(class)?.to_slot()))
    });
    n.register(CLASS, "initClassName", "()Ljava/lang/String;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let name = vm.class(class).name.replace('/', ".");
        let utf16: Vec<u16> = name.encode_utf16().collect();
        let s = vm.intern(&utf16)?;
        vm.set_field(ObjRef::from_slot(a[0]), "name", s.to_slot());
        Ok(Some(s.to_slot()))
    });
    n.register(CLASS, "isArray", "()Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(vm.class(class).array.is_some() as u64))
    });
    n.register(CLASS, "isPrimitive", "()Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(vm.class(class).primitive.is_some() as u64))
    });
    n.register(CLASS, "isInterface", "()Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(vm.class(class).is_interface() as u64))
    });
    // Hidden: the classes `Lookup.defineHiddenClass` made (LambdaForms) and
    // lambda proxies, which HotSpot also makes hidden.
    n.register(CLASS, "isHidden", "()Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some((super::invoke::is_hidden_class(vm, class) || is_lambda_proxy(vm, class)) as u64))
    });
    n.register(CLASS, "isRecord0", "()Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let rt = vm.class(class).clone();
        let is_record = rt.super_class.is_some_and(|s| vm.class(s).name == "java/lang/Record")
            && vm.reflection_decl(class)?.is_some_and(|d| d.record_components.is_some());
        Ok(Some(is_record as u64))
    });
    n.register(CLASS, "isInstance", "(Ljava/lang/Object;)Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let o = ObjRef::from_slot(a[1]);
        Ok(Some((!o.is_null() && vm.is_assignable(vm.class_of(o), class)) as u64))
    });
    n.register(CLASS, "isAssignableFrom", "(Ljava/lang/Class;)Z", |vm, a| {
        let to = mirror_arg(vm, a[0])?;
        let from = mirror_arg(vm, a[1])?;
        let primitive = vm.class(to).primitive.is_some() || vm.class(from).primitive.is_some();
        Ok(Some(if primitive { (to == from) as u64 } else { vm.is_assignable(from, to) as u64 }))
    });
    n.register(CLASS, "getSuperclass", "()Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let rt = vm.class(class).clone();
        let s = if rt.is_interface() || rt.primitive.is_some() { None } else { rt.super_class };
        mirror_or_null(vm, s)
    });
    n.register(CLASS, "getInterfaces0", "()[Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let interfaces = vm.class(class).interfaces.clone();
        let array = vm.new_array("[Ljava/lang/Class;", interfaces.len() as i32)?;
        for (i, c) in interfaces.into_iter().enumerate() {
            let m = vm.mirror(c)?;
            vm.array_store_ref(array, i as i32, m)?;
        }
        Ok(Some(array.to_slot()))
    });
    n.register(CLASS, "getModifiers", "()I", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(class_modifiers(vm, class)? as u64))
    });
    n.register(CLASS, "desiredAssertionStatus0", "(Ljava/lang/Class;)Z", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let system = vm.class(class).loader.is_null();
        let name = vm.class(class).name.replace('/', ".");
        Ok(Some(vm.assertions.enabled_for(&name, system) as u64))
    });
    n.register(CLASS, "getDeclaringClass0", "()Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let rt = vm.class(class).clone();
        let outer = vm.reflection_decl(class)?.and_then(|d| {
            d.inner_classes.iter().find(|ic| ic.inner == rt.name).and_then(|ic| ic.outer.clone())
        });
        match outer {
            Some(name) => {
                let c = vm.load_class_for(&name, class)?;
                mirror_or_null(vm, Some(c))
            }
            None => Ok(Some(0)),
        }
    });
    n.register(CLASS, "getSimpleBinaryName0", "()Ljava/lang/String;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let rt = vm.class(class).clone();
        let simple = vm.reflection_decl(class)?.and_then(|d| {
            d.inner_classes.iter().find(|ic| ic.inner == rt.name).and_then(|ic| ic.simple_name.clone())
        });
        match simple {
            Some(s) => Ok(Some(vm.java_string(&s)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(CLASS, "getEnclosingMethod0", "()[Ljava/lang/Object;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let Some((outer, method)) = vm.reflection_decl(class)?.and_then(|d| d.enclosing_method.clone())
        else {
            return Ok(Some(0));
        };
        let array = vm.new_array("[Ljava/lang/Object;", 3)?;
        let outer = vm.load_class_for(&outer, class)?;
        let outer = vm.mirror(outer)?;
        vm.array_store_ref(array, 0, outer)?;
        if let Some((name, descriptor)) = method {
            let name = vm.java_string(&name)?;
            vm.array_store_ref(array, 1, name)?;
            let descriptor = vm.java_string(&descriptor)?;
            vm.array_store_ref(array, 2, descriptor)?;
        }
        Ok(Some(array.to_slot()))
    });
    n.register(CLASS, "getGenericSignature0", "()Ljava/lang/String;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        match vm.reflection_decl(class)?.and_then(|d| d.signature.clone()) {
            Some(s) => Ok(Some(vm.java_string(&s)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(CLASS, "getNestHost0", "()Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let host = vm.reflection_decl(class)?.and_then(|d| d.nest_host.clone());
        let host = match host {
            Some(h) => vm.load_class_for(&h, class).unwrap_or(class),
            None => class,
        };
        mirror_or_null(vm, Some(host))
    });
    n.register(CLASS, "getProtectionDomain0", "()Ljava/security/ProtectionDomain;", |vm, a| {
        // The domain given to `defineClass`; none for boot classes (then
        // `getProtectionDomain` answers with its all-permissions domain).
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(vm.protection_domain(class).to_slot()))
    });
    n.register(CLASS, "getRawAnnotations", "()[B", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        match vm.reflection_decl(class)?.and_then(|d| d.annotations.clone()) {
            Some(bytes) => {
                let array = vm.new_array("[B", bytes.len() as i32)?;
                vm.write_array_region(array, 0, &bytes)?;
                Ok(Some(array.to_slot()))
            }
            None => Ok(Some(0)),
        }
    });
    n.register(
        CLASS,
        "forName0",
        "(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;",
        |vm, a| {
            let string = null_check(vm, a[0])?;
            let name = vm.rust_string(string).unwrap_or_default();
            let loader = ObjRef::from_slot(a[2]);
            let class = vm.class_for_name(&name, loader)?;
            if a[1] & 1 != 0 {
                vm.initialize(class)?;
            }
            Ok(Some(vm.mirror(class)?.to_slot()))
        },
    );
}

/// `Class.getModifiers`: an inner class's flags from its `InnerClasses`
/// entry, an array's from its element type, without `ACC_SUPER`.
fn class_modifiers(vm: &Vm, class: ClassId) -> JResult<u16> {
    let rt = vm.class(class);
    if let Some(info) = rt.array {
        let element = match info.component {
            Some(c) => class_modifiers(vm, c)? & 0x7,
            None => 0x1,
        };
        return Ok(element | 0x0410);
    }
    let inner = vm
        .reflection_decl(class)?
        .and_then(|d| d.inner_classes.iter().find(|ic| ic.inner == rt.name).map(|ic| ic.access_flags));
    Ok(inner.unwrap_or(rt.access_flags) & !0x0020 & 0x7fff)
}

fn register_system(n: &mut Natives) {
    const SYSTEM: &str = "java/lang/System";
    n.register(SYSTEM, "currentTimeMillis", "()J", |_, _| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Ok(Some(now.as_millis() as u64))
    });
    n.register(SYSTEM, "nanoTime", "()J", |vm, _| Ok(Some(vm.started.elapsed().as_nanos() as u64)));
    for (name, field, descriptor) in [
        ("setIn0", "in", "(Ljava/io/InputStream;)V"),
        ("setOut0", "out", "(Ljava/io/PrintStream;)V"),
        ("setErr0", "err", "(Ljava/io/PrintStream;)V"),
    ] {
        let f: super::NativeFn = match field {
            "in" => |vm, a| set_system_stream(vm, "in", a[0]),
            "out" => |vm, a| set_system_stream(vm, "out", a[0]),
            _ => |vm, a| set_system_stream(vm, "err", a[0]),
        };
        n.register(SYSTEM, name, descriptor, f);
    }
    n.register("java/lang/ProcessEnvironment", "environ", "()[[B", process_environment);
    n.register(SYSTEM, "mapLibraryName", "(Ljava/lang/String;)Ljava/lang/String;", |vm, a| {
        let string = null_check(vm, a[0])?;
        let name = vm.rust_string(string).unwrap_or_default();
        Ok(Some(vm.java_string(&format!("lib{name}.so"))?.to_slot()))
    });
    n.register(SYSTEM, "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", |vm, a| {
        array_copy(
            vm,
            ObjRef::from_slot(a[0]),
            a[1] as i32,
            ObjRef::from_slot(a[2]),
            a[3] as i32,
            a[4] as i32,
        )?;
        Ok(None)
    });
}

fn set_system_stream(vm: &mut Vm, field: &str, value: u64) -> JResult<Option<u64>> {
    let system = vm.load_class("java/lang/System")?;
    let slot = vm.class(system).layout.static_fields.iter().find(|f| f.name == field).map(|f| f.offset);
    let Some(offset) = slot else { return Err(Throw::Fatal(format!("System.{field} missing"))) };
    // SAFETY: the field is a reference slot inside System's statics block.
    unsafe { store(ElemKind::Ref, vm.statics(system).add(offset as usize), value) };
    Ok(None)
}

/// How `System.arraycopy`'s messages name an array's element type.
fn element_type_name(vm: &Vm, array: ClassId) -> String {
    let info = vm.class(array).array.expect("an array");
    match info.component {
        Some(_) => "object array".to_string(),
        None => primitive_name(info.kind).to_string(),
    }
}

fn primitive_name(kind: ElemKind) -> &'static str {
    match kind {
        ElemKind::Boolean => "boolean",
        ElemKind::Byte => "byte",
        ElemKind::Char => "char",
        ElemKind::Short => "short",
        ElemKind::Int => "int",
        ElemKind::Long => "long",
        ElemKind::Float => "float",
        ElemKind::Double => "double",
        ElemKind::Ref => "object array",
    }
}

/// `System.arraycopy`, with HotSpot's checks and messages.
fn array_copy(vm: &mut Vm, src: ObjRef, src_pos: i32, dst: ObjRef, dst_pos: i32, length: i32) -> JResult<()> {
    if src.is_null() || dst.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let (sc, dc) = (vm.class_of(src), vm.class_of(dst));
    let (Some(si), Some(di)) = (vm.class(sc).array, vm.class(dc).array) else {
        let (which, c) = if vm.class(sc).array.is_none() { ("source", sc) } else { ("destination", dc) };
        let message =
            format!("arraycopy: {which} type {} is not an array", vm.class(c).name.replace('/', "."));
        return Err(vm.error("java/lang/ArrayStoreException", &message));
    };
    let mismatch = |vm: &mut Vm| {
        // Two reference arrays are named by their element classes; otherwise
        // a reference array is an "object array".
        let both_references = si.component.is_some() && di.component.is_some();
        let name = |vm: &Vm, c: ClassId| match vm.class(c).array.and_then(|i| i.component) {
            Some(e) if both_references => format!("{}[]", vm.class(e).name.replace('/', ".")),
            _ => format!("{}[]", element_type_name(vm, c)),
        };
        let message =
            format!("arraycopy: type mismatch: can not copy {} into {}", name(vm, sc), name(vm, dc));
        vm.error("java/lang/ArrayStoreException", &message)
    };
    let element_checks = match (si.component, di.component) {
        (None, None) if si.kind == di.kind => false,
        (Some(s), Some(d)) => {
            if vm.is_assignable(s, d) {
                false
            } else if vm.is_assignable(d, s) || vm.class(d).is_interface() || vm.class(s).is_interface() {
                true
            } else {
                return Err(mismatch(vm));
            }
        }
        _ => return Err(mismatch(vm)),
    };
    let (src_length, dst_length) = (vm.array_length(src), vm.array_length(dst));
    let bounds = |what: String| format!("arraycopy: {what}");
    let problem = if src_pos < 0 {
        Some(bounds(format!(
            "source index {src_pos} out of bounds for {}[{src_length}]",
            element_type_name(vm, sc)
        )))
    } else if dst_pos < 0 {
        Some(bounds(format!(
            "destination index {dst_pos} out of bounds for {}[{dst_length}]",
            element_type_name(vm, dc)
        )))
    } else if length < 0 {
        Some(bounds(format!("length {length} is negative")))
    } else if src_pos as i64 + length as i64 > src_length as i64 {
        Some(bounds(format!(
            "last source index {} out of bounds for {}[{src_length}]",
            src_pos as i64 + length as i64,
            element_type_name(vm, sc)
        )))
    } else if dst_pos as i64 + length as i64 > dst_length as i64 {
        Some(bounds(format!(
            "last destination index {} out of bounds for {}[{dst_length}]",
            dst_pos as i64 + length as i64,
            element_type_name(vm, dc)
        )))
    } else {
        None
    };
    if let Some(message) = problem {
        return Err(vm.error("java/lang/ArrayIndexOutOfBoundsException", &message));
    }
    if length == 0 {
        return Ok(());
    }
    if !element_checks {
        let size = si.layout.element_size as usize;
        let from = vm.element_address(src, src_pos)?;
        let to = vm.element_address(dst, dst_pos)?;
        // SAFETY: both ranges were checked to lie inside their arrays, whose
        // element kinds are the same; they may overlap (same array).
        unsafe { std::ptr::copy(from, to, length as usize * size) };
        return Ok(());
    }
    let target = di.component.expect("a reference array");
    for i in 0..length {
        let from = vm.element_address(src, src_pos + i)?;
        // SAFETY: in bounds, a reference array.
        let value = unsafe { load(ElemKind::Ref, from) };
        let object = ObjRef::from_slot(value);
        if !object.is_null() && !vm.is_assignable(vm.class_of(object), target) {
            let message = format!(
                "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                vm.class(si.component.expect("a reference array")).name.replace('/', "."),
                vm.class(target).name.replace('/', ".")
            );
            return Err(vm.error("java/lang/ArrayStoreException", &message));
        }
        let to = vm.element_address(dst, dst_pos + i)?;
        // SAFETY: in bounds, a reference array whose element type the value fits.
        unsafe { store(ElemKind::Ref, to, value) };
    }
    Ok(())
}

/// `ProcessEnvironment.environ`: the environment as byte arrays, name and
/// value alternating, in the process's order.
fn process_environment(vm: &mut Vm, _: &[u64]) -> JResult<Option<u64>> {
    use std::os::unix::ffi::OsStrExt;
    let vars: Vec<(std::ffi::OsString, std::ffi::OsString)> = std::env::vars_os().collect();
    let result = vm.new_array("[[B", 2 * vars.len() as i32)?;
    for (i, (name, value)) in vars.iter().enumerate() {
        for (j, bytes) in [name.as_bytes(), value.as_bytes()].into_iter().enumerate() {
            let array = vm.new_array("[B", bytes.len() as i32)?;
            vm.write_array_region(array, 0, bytes)?;
            vm.array_store_ref(result, (2 * i + j) as i32, array)?;
        }
    }
    Ok(Some(result.to_slot()))
}

fn register_thread(n: &mut Natives) {
    const THREAD: &str = "java/lang/Thread";
    n.register(THREAD, "currentThread", "()Ljava/lang/Thread;", |vm, _| {
        Ok(Some(vm.current_thread.to_slot()))
    });
    n.register(THREAD, "setPriority0", "(I)V", |_, _| Ok(None));
    n.register(THREAD, "setNativeName", "(Ljava/lang/String;)V", |_, _| Ok(None));
    n.register(THREAD, "yield", "()V", |_, _| Ok(None));
    n.register(THREAD, "interrupt0", "()V", |_, _| Ok(None));
    n.register(THREAD, "clearInterruptEvent", "()V", |_, _| Ok(None));
    n.register(THREAD, "holdsLock", "(Ljava/lang/Object;)Z", |vm, a| {
        let o = null_check(vm, a[0])?;
        Ok(Some(vm.holds_monitor(o) as u64))
    });
    n.register(THREAD, "sleep", "(J)V", |vm, a| {
        let millis = a[0] as i64;
        if millis < 0 {
            return Err(vm.error("java/lang/IllegalArgumentException", "timeout value is negative"));
        }
        std::thread::sleep(std::time::Duration::from_millis(millis as u64));
        Ok(None)
    });
    n.register(THREAD, "start0", "()V", |vm, a| {
        let thread = ObjRef::from_slot(a[0]);
        let daemon = vm.get_field(thread, "daemon").unwrap_or(0) != 0;
        if daemon {
            // java.base's housekeeping threads (Reference Handler,
            // Finalizer, Common-Cleaner) are created and left unstarted
            // until Keel has threads.
            return Ok(None);
        }
        if vm.running_shutdown_hooks() {
            // Shutdown hooks are threads that `runHooks` starts and then
            // joins: running each to completion as it starts is one of the
            // schedules real threads could take.
            return vm.run_thread_to_completion(thread).map(|()| None);
        }
        let name = vm.get_field(thread, "name").map(ObjRef::from_slot).and_then(|s| vm.rust_string(s));
        let message = format!(
            "keel: threads are not supported yet: cannot start thread \"{}\"",
            name.unwrap_or_default()
        );
        Err(vm.error("java/lang/UnsupportedOperationException", &message))
    });
    n.register(THREAD, "getThreads", "()[Ljava/lang/Thread;", |vm, _| {
        let array = vm.new_array("[Ljava/lang/Thread;", 1)?;
        let current = vm.current_thread;
        vm.array_store_ref(array, 0, current)?;
        Ok(Some(array.to_slot()))
    });
}

/// Whether `class` is a lambda proxy the translator generated for an
/// `invokedynamic` site (`Outer$$Lambda$N`, final and synthetic).
fn is_lambda_proxy(vm: &Vm, class: ClassId) -> bool {
    const ACC_SYNTHETIC: u16 = 0x1000;
    let rt = vm.class(class);
    rt.access_flags & ACC_SYNTHETIC != 0 && rt.name.contains("$$Lambda$")
}

const ABSTRACT_STACK_WALKER: &str = "java/lang/StackStreamFactory$AbstractStackWalker";
/// `StackStreamFactory`'s mode bits the VM looks at.
const FILL_CLASS_REFS_ONLY: i64 = 0x2;
const SHOW_HIDDEN_FRAMES: i64 = 0x20;

/// The stack walks in progress, by anchor: the frames still to hand out.
#[derive(Default)]
struct StackWalks {
    next: i64,
    open: std::collections::HashMap<i64, std::collections::VecDeque<(ClassId, u32, u32)>>,
}

/// `StackWalker` as HotSpot's stackwalk.cpp serves `StackStreamFactory`:
/// `callStackWalk` fills the first batch of the frame buffer (mirrors for
/// `FILL_CLASS_REFS_ONLY`, else the buffer's `StackFrameInfo`s), then calls
/// the walker's `doStackWalk` with an anchor naming the walk;
/// `fetchStackFrames` fills the next batches. The walker's own frames come
/// off the top; method handle plumbing and lambda proxies are left out
/// unless `SHOW_HIDDEN_FRAMES`. A `StackFrameInfo` gets its `MemberName`'s
/// class, name, descriptor and flags, and as `bci` the frame's KIR
/// instruction (what backtraces hold; `initStackTraceElement` maps it to a
/// line as for exceptions).
fn register_stack_walker(n: &mut Natives) {
    n.register("java/lang/StackStreamFactory", "checkStackWalkModes", "()Z", |_, _| Ok(Some(1)));
    n.register(
        ABSTRACT_STACK_WALKER,
        "callStackWalk",
        "(JIII[Ljava/lang/Object;)Ljava/lang/Object;",
        |vm, a| {
            let walker = null_check(vm, a[0])?;
            let (mode, skip) = (a[1] as i64, a[2] as u32 as i32);
            let (batch, start, buffer) = (a[3] as u32 as i32, a[4] as u32 as i32, null_check(vm, a[5])?);
            let mut frames: std::collections::VecDeque<(ClassId, u32, u32)> = vm.java_frames().collect();
            while let Some(&(class, _, _)) = frames.front() {
                let rt = vm.class(class);
                let walker_frame = rt.name == "java/lang/StackWalker"
                    || rt.name == ABSTRACT_STACK_WALKER
                    || rt.super_class.is_some_and(|s| vm.class(s).name == ABSTRACT_STACK_WALKER);
                if !walker_frame {
                    break;
                }
                frames.pop_front();
            }
            for _ in 0..skip.max(0) {
                frames.pop_front();
            }
            if mode & SHOW_HIDDEN_FRAMES == 0 {
                frames.retain(|&(c, _, _)| !super::invoke::is_hidden_frame(vm, c) && !is_lambda_proxy(vm, c));
            }
            let walks = vm.native_state::<StackWalks>();
            walks.next += 1;
            let anchor = walks.next;
            walks.open.insert(anchor, frames);
            let result = fill_stack_frames(vm, mode, anchor, batch, start, buffer).and_then(|end| {
                let class = vm.class_of(walker);
                let Some(method) = vm.find_method(class, "doStackWalk", "(JIIII)Ljava/lang/Object;") else {
                    return Err(Throw::Fatal(
                        "StackStreamFactory$AbstractStackWalker without doStackWalk".into(),
                    ));
                };
                let args = [
                    walker.to_slot(),
                    anchor as u64,
                    skip as u32 as u64,
                    batch as u32 as u64,
                    start as u32 as u64,
                    end as u32 as u64,
                ];
                vm.invoke(method, &args)
            });
            vm.native_state::<StackWalks>().open.remove(&anchor);
            result
        },
    );
    n.register(ABSTRACT_STACK_WALKER, "fetchStackFrames", "(JJII[Ljava/lang/Object;)I", |vm, a| {
        let (mode, anchor, batch, start) = (a[1] as i64, a[2] as i64, a[3] as u32 as i32, a[4] as u32 as i32);
        let buffer = null_check(vm, a[5])?;
        let end = fill_stack_frames(vm, mode, anchor, batch, start, buffer)?;
        Ok(Some(end as u32 as u64))
    });
    n.register(
        "java/lang/StackTraceElement",
        "initStackTraceElement",
        "(Ljava/lang/StackTraceElement;Ljava/lang/StackFrameInfo;)V",
        |vm, a| {
            let (element, info) = (null_check(vm, a[0])?, null_check(vm, a[1])?);
            let member = vm.get_field(info, "memberName").map_or(ObjRef::NULL, ObjRef::from_slot);
            let member = null_check(vm, member.to_slot())?;
            let mirror = vm.get_field(member, "clazz").map_or(ObjRef::NULL, ObjRef::from_slot);
            let name = vm.get_field(member, "name").map_or(ObjRef::NULL, ObjRef::from_slot);
            let (Some(class), Some(name)) = (vm.mirror_class(mirror), vm.rust_string(name)) else {
                return Err(vm.error("java/lang/InternalError", "StackFrameInfo without a method"));
            };
            // The descriptor, whether `type` is still a String or a MethodType.
            let member_class = vm.class_of(member);
            let descriptor = match vm.find_method(member_class, "getMethodDescriptor", "()Ljava/lang/String;")
            {
                Some(m) => vm.invoke(m, &[member.to_slot()])?.map_or(ObjRef::NULL, ObjRef::from_slot),
                None => ObjRef::NULL,
            };
            let descriptor = vm.rust_string(descriptor).unwrap_or_default();
            let Some(method) = vm.class(class).find_method(&name, &descriptor) else {
                return Err(
                    vm.error("java/lang/InternalError", "StackFrameInfo's method is not in its class")
                );
            };
            let pc = vm.get_field(info, "bci").unwrap_or(0) as u32;
            vm.fill_stack_trace_element(element, class, method, pc)?;
            Ok(None)
        },
    );
}

/// Fills `buffer[start..]` with up to `batch` frames of walk `anchor` (as
/// far as the buffer reaches); the index after the last one filled.
fn fill_stack_frames(
    vm: &mut Vm,
    mode: i64,
    anchor: i64,
    batch: i32,
    start: i32,
    buffer: ObjRef,
) -> JResult<i32> {
    let Some(left) = vm.native_state::<StackWalks>().open.get(&anchor).map(|frames| frames.len()) else {
        return Err(vm.error("java/lang/InternalError", "doStackWalk: corrupted buffers on stack"));
    };
    let room = (vm.array_length(buffer) - start).clamp(0, batch.max(0)) as usize;
    let count = room.min(left);
    let taken: Vec<(ClassId, u32, u32)> = vm
        .native_state::<StackWalks>()
        .open
        .get_mut(&anchor)
        .expect("just looked up")
        .drain(..count)
        .collect();
    for (i, (class, method, pc)) in taken.into_iter().enumerate() {
        let index = start + i as i32;
        let mirror = vm.mirror(class)?;
        if mode & FILL_CLASS_REFS_ONLY != 0 {
            vm.array_store_ref(buffer, index, mirror)?;
            continue;
        }
        let info = ObjRef::from_slot(vm.array_get(buffer, index)?);
        let member = if info.is_null() {
            ObjRef::NULL
        } else {
            vm.get_field(info, "memberName").map_or(ObjRef::NULL, ObjRef::from_slot)
        };
        if member.is_null() {
            return Err(vm.error("java/lang/InternalError", "StackFrameInfo without a MemberName"));
        }
        let (name, descriptor, access) = {
            let m = &vm.class(class).methods()[method as usize];
            (m.name.clone(), m.descriptor.clone(), m.access_flags)
        };
        // MemberName's IS_METHOD / IS_CONSTRUCTOR and reference kind, as
        // MethodHandles::init_method_MemberName sets them.
        const IS_METHOD: u32 = 0x0001_0000;
        const IS_CONSTRUCTOR: u32 = 0x0002_0000;
        const REFERENCE_KIND_SHIFT: u32 = 24;
        let interface = vm.class(class).is_interface();
        let (kind_flag, kind) = if name == "<init>" {
            (IS_CONSTRUCTOR, 7)
        } else if access & super::super::ACC_STATIC != 0 {
            (IS_METHOD, 6)
        } else if interface {
            (IS_METHOD, 9)
        } else if access & 0x0002 != 0 {
            (IS_METHOD, 7)
        } else {
            (IS_METHOD, 5)
        };
        let flags = access as u32 | kind_flag | kind << REFERENCE_KIND_SHIFT;
        let name = vm.java_string(&name)?;
        let descriptor = vm.java_string(&descriptor)?;
        vm.set_field(member, "clazz", mirror.to_slot());
        vm.set_field(member, "name", name.to_slot());
        vm.set_field(member, "type", descriptor.to_slot());
        vm.set_field(member, "flags", flags as u64);
        vm.set_field(info, "bci", pc as u64);
    }
    Ok(start + count as i32)
}

fn register_throwable(n: &mut Natives) {
    n.register("java/lang/Throwable", "fillInStackTrace", "(I)Ljava/lang/Throwable;", |vm, a| {
        let throwable = ObjRef::from_slot(a[0]);
        vm.fill_in_stack_trace(throwable, true)?;
        Ok(Some(a[0]))
    });
    // The helpful message (JEP 358) of the backtrace's top frame, or null
    // (an explicitly made exception, or no message to be had).
    n.register("java/lang/NullPointerException", "getExtendedNPEMessage", "()Ljava/lang/String;", |vm, a| {
        let Some((class, method, pc)) = vm.top_of_backtrace(ObjRef::from_slot(a[0])) else {
            return Ok(Some(0));
        };
        match vm.helpful_npe_message(class, method, pc) {
            Some(message) => Ok(Some(vm.java_string(&message)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(
        "java/lang/StackTraceElement",
        "initStackTraceElements",
        "([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V",
        |vm, a| {
            let elements = null_check(vm, a[0])?;
            let throwable = null_check(vm, a[1])?;
            vm.init_stack_trace_elements(elements, throwable)?;
            Ok(None)
        },
    );
}

impl Vm {
    /// Whether `ApplicationShutdownHooks.runHooks` is running.
    fn running_shutdown_hooks(&self) -> bool {
        let frames: Vec<ClassId> = self.java_frames().map(|(c, _, _)| c).collect();
        frames.into_iter().any(|c| self.class(c).name == "java/lang/ApplicationShutdownHooks")
    }

    /// Runs a thread's `run()` on this one, as if it had been scheduled at
    /// once: alive while it runs, its uncaught exception dispatched, then
    /// terminated (`join` returns at once).
    fn run_thread_to_completion(&mut self, thread: ObjRef) -> JResult<()> {
        const TERMINATED: u64 = 0x0002;
        let class = self.class_of(thread);
        let Some(run) = self.select_override(class, "run", "()V") else {
            return Err(Throw::Fatal("a Thread without run()".into()));
        };
        let previous = std::mem::replace(&mut self.current_thread, thread);
        self.set_field(thread, "eetop", 1);
        self.set_field(thread, "threadStatus", 0x0005);
        let mut result = self.invoke(run, &[thread.to_slot()]).map(|_| ());
        if let Err(Throw::Java(e)) = result {
            let dispatch = self.find_method(class, "dispatchUncaughtException", "(Ljava/lang/Throwable;)V");
            result = match dispatch {
                Some(m) => self.invoke(m, &[thread.to_slot(), e.to_slot()]).map(|_| ()),
                None => Ok(()),
            };
            if let Err(Throw::Java(_)) = result {
                result = Ok(());
            }
        }
        if let Some(exit) = self.find_method(class, "exit", "()V") {
            if let Err(e @ (Throw::Exit(_) | Throw::Fatal(_))) = self.invoke(exit, &[thread.to_slot()]) {
                result = result.and(Err(e));
            }
        }
        self.set_field(thread, "eetop", 0);
        self.set_field(thread, "threadStatus", TERMINATED);
        self.current_thread = previous;
        result
    }

    /// Stores `array[index] = value` for a reference array (the caller
    /// guarantees the element type fits).
    pub(crate) fn array_store_ref(&mut self, array: ObjRef, index: i32, value: ObjRef) -> JResult<()> {
        let addr = self.element_address(array, index)?;
        // SAFETY: in bounds; callers store values of the element type into
        // reference arrays only.
        unsafe { store(ElemKind::Ref, addr, value.to_slot()) };
        Ok(())
    }

    /// Records the current Java frames in `throwable`'s `backtrace` (an
    /// `int[]` of class, method, instruction triples) and `depth`. With
    /// `skip_constructors`, the frames of `fillInStackTrace` and of the
    /// throwable's constructors are left out, as HotSpot does.
    pub(crate) fn fill_in_stack_trace(&mut self, throwable: ObjRef, skip_constructors: bool) -> JResult<()> {
        let throwable_class = self.class_of(throwable);
        let mut frames: Vec<(ClassId, u32, u32)> = self.java_frames().collect();
        if skip_constructors {
            let mut skip = 0;
            while skip < frames.len() && self.method_name(frames[skip]) == "fillInStackTrace" {
                skip += 1;
            }
            while skip < frames.len()
                && self.method_name(frames[skip]) == "<init>"
                && self.is_assignable(throwable_class, frames[skip].0)
            {
                skip += 1;
            }
            frames.drain(..skip);
        }
        // Method handle plumbing and lambda proxies are hidden, as HotSpot
        // hides them (its lambda proxies are hidden classes).
        frames.retain(|&(c, _, _)| !super::invoke::is_hidden_frame(self, c) && !is_lambda_proxy(self, c));
        let array = self.new_array("[I", (frames.len() * 3) as i32)?;
        let bytes: Vec<u8> =
            frames.iter().flat_map(|&(c, m, pc)| [c.0, m, pc]).flat_map(|v| v.to_ne_bytes()).collect();
        self.write_array_region(array, 0, &bytes)?;
        self.set_field(throwable, "backtrace", array.to_slot());
        self.set_field(throwable, "depth", frames.len() as u64);
        Ok(())
    }

    fn method_name(&self, (class, method, _): (ClassId, u32, u32)) -> &str {
        &self.class(class).methods()[method as usize].name
    }

    /// Fills `StackTraceElement`s from a throwable's backtrace.
    fn init_stack_trace_elements(&mut self, elements: ObjRef, throwable: ObjRef) -> JResult<()> {
        let frames = self.backtrace_frames(throwable);
        let count = (self.array_length(elements).max(0) as usize).min(frames.len());
        for (i, &(class, method, pc)) in frames.iter().enumerate().take(count) {
            let element = ObjRef::from_slot(self.array_get(elements, i as i32)?);
            if element.is_null() {
                continue;
            }
            self.fill_stack_trace_element(element, class, method, pc)?;
        }
        Ok(())
    }

    /// The frames a throwable's backtrace records (innermost first), each
    /// checked to name a loaded class and one of its methods.
    pub(crate) fn backtrace_frames(&self, throwable: ObjRef) -> Vec<(ClassId, u32, u32)> {
        let backtrace = self.get_field(throwable, "backtrace").map_or(ObjRef::NULL, ObjRef::from_slot);
        if backtrace.is_null() || self.class(self.class_of(backtrace)).name != "[I" {
            return Vec::new();
        }
        let info = self.class(self.class_of(backtrace)).array.expect("an int[]");
        let length = self.array_length(backtrace).max(0) as usize;
        // SAFETY: `backtrace` is a live int[] of `length` elements from
        // `elements_offset`.
        let bytes = unsafe {
            std::slice::from_raw_parts(backtrace.0.add(info.layout.elements_offset as usize), length * 4)
        };
        bytes
            .chunks_exact(12)
            .map(|f| {
                let word = |i: usize| u32::from_ne_bytes([f[i], f[i + 1], f[i + 2], f[i + 3]]);
                (ClassId(word(0)), word(4), word(8))
            })
            .filter(|&(class, method, _)| {
                (class.0 as usize) < self.loaded_classes()
                    && (method as usize) < self.class(class).methods().len()
            })
            .collect()
    }

    /// The innermost frame of a throwable's backtrace.
    pub(crate) fn top_of_backtrace(&self, throwable: ObjRef) -> Option<(ClassId, u32, u32)> {
        self.backtrace_frames(throwable).first().copied()
    }

    fn fill_stack_trace_element(
        &mut self,
        element: ObjRef,
        class: ClassId,
        method: u32,
        pc: u32,
    ) -> JResult<()> {
        let rt = self.class(class).clone();
        let Some(m) = rt.methods().get(method as usize) else { return Ok(()) };
        let method_name = m.name.clone();
        let mirror = self.mirror(class)?;
        self.set_field(element, "declaringClassObject", mirror.to_slot());
        let class_name = self.java_string(&rt.name.replace('/', "."))?;
        self.set_field(element, "declaringClass", class_name.to_slot());
        let method_name = self.java_string(&method_name)?;
        self.set_field(element, "methodName", method_name.to_slot());
        if let Some(file) = self.reflection_decl(class)?.and_then(|d| d.source_file.clone()) {
            let file = self.java_string(&file)?;
            self.set_field(element, "fileName", file.to_slot());
        }
        let is_native = rt.methods()[method as usize].access_flags & super::super::ACC_NATIVE != 0;
        let line = if is_native { -2 } else { self.line_of(class, method, pc).map_or(-1, |l| l as i32) };
        self.set_field(element, "lineNumber", line as u32 as u64);
        let module = self.get_field(mirror, "module").map_or(ObjRef::NULL, ObjRef::from_slot);
        if !module.is_null() {
            let name = self.get_field(module, "name").unwrap_or(0);
            self.set_field(element, "moduleName", name);
            if name != 0 && rt.loader.is_null() {
                let version = self.java_string(&self.java_version())?;
                self.set_field(element, "moduleVersion", version.to_slot());
            }
        }
        if !rt.loader.is_null() {
            let name = self.get_field(rt.loader, "name").unwrap_or(0);
            self.set_field(element, "classLoaderName", name);
        }
        Ok(())
    }
}
