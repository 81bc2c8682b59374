//! Two `jdk.internal` natives that jars and the JDK's image reader reach:
//! - `jdk.internal.perf.Perf`, as HotSpot's perf.cpp: performance counters
//!   as direct `ByteBuffer`s. `ZipFile` counts the zip files it opens
//!   through them, so opening a jar reaches these. HotSpot keeps counters
//!   in a shared-memory region other tools read (`-XX:+UsePerfData`); Keel
//!   keeps each in an off-heap block of its own (from `allocateMemory`,
//!   never freed: counters live as long as the VM), which no other process
//!   sees. `attach`/`detach`, for reading another VM's counters, are not
//!   here.
//! - `jdk.internal.jimage.NativeImageBuffer.getNativeMap`: the modules
//!   image as the VM mapped it for its own class loading. Keel loads
//!   classes from its own images and never maps the JDK's, so the answer
//!   is always null (HotSpot's for an image it has not opened), and
//!   `ImageReader` maps the file itself through `FileChannel.map`. Boot
//!   loader resource lookups (`Class.getResource` of a class-path
//!   resource asks the boot loader first) reach it.

use std::collections::HashSet;

use super::super::{JResult, ObjRef, Vm};
use super::unsafe_memory::{allocate, write_off_heap};
use super::{int_arg, long, null_check, Natives};

const PERF: &str = "jdk/internal/perf/Perf";

// PerfData's variability and units.
const V_CONSTANT: i32 = 1;
const V_MONOTONIC: i32 = 2;
const V_VARIABLE: i32 = 3;
const U_NONE: i32 = 1;
const U_STRING: i32 = 5;
const U_LAST: i32 = 6;

/// The names of the counters made so far.
#[derive(Default)]
struct Counters {
    names: HashSet<String>,
}

pub(super) fn register(n: &mut Natives) {
    n.register(PERF, "registerNatives", "()V", |_, _| Ok(None));
    n.register(PERF, "createLong", "(Ljava/lang/String;IIJ)Ljava/nio/ByteBuffer;", |vm, a| {
        let (variability, units, value) = (int_arg(a[2]), int_arg(a[3]), a[4] as i64);
        if !(U_NONE..=U_LAST).contains(&units) {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        let name = counter_name(vm, a[1], "PerfLong name already exists")?;
        if ![V_CONSTANT, V_MONOTONIC, V_VARIABLE].contains(&variability) {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        vm.native_state::<Counters>().names.insert(name);
        counter(vm, &value.to_ne_bytes(), 8)
    });
    n.register(PERF, "createByteArray", "(Ljava/lang/String;II[BI)Ljava/nio/ByteBuffer;", |vm, a| {
        let (variability, units, max_length) = (int_arg(a[2]), int_arg(a[3]), int_arg(a[5]));
        let value = null_check(vm, a[4])?;
        if variability != V_CONSTANT && variability != V_VARIABLE || units != U_STRING {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        let name = counter_name(vm, a[1], "PerfByteArray name already exists")?;
        let length = vm.array_length(value);
        let mut bytes = vm.read_array_region(value, 0, length)?;
        // A constant is as long as its value; a variable holds up to
        // `max_length` bytes. Both are NUL-terminated.
        let capacity = if variability == V_CONSTANT { length } else { max_length.max(length) };
        bytes.resize(capacity as usize + 1, 0);
        vm.native_state::<Counters>().names.insert(name);
        counter(vm, &bytes, capacity + 1)
    });
    n.register(PERF, "highResCounter", "()J", |vm, _| Ok(long(vm.started.elapsed().as_nanos() as i64)));
    n.register(PERF, "highResFrequency", "()J", |_, _| Ok(long(1_000_000_000)));
    n.register(
        "jdk/internal/jimage/NativeImageBuffer",
        "getNativeMap",
        "(Ljava/lang/String;)Ljava/nio/ByteBuffer;",
        |_, _| Ok(Some(ObjRef::NULL.to_slot())),
    );
}

/// The name of a new counter: `NullPointerException` for null,
/// `IllegalArgumentException` with `taken` if a counter has it already.
fn counter_name(vm: &mut Vm, slot: u64, taken: &str) -> JResult<String> {
    let name = null_check(vm, slot)?;
    let name = vm.rust_string(name).unwrap_or_default();
    if vm.native_state::<Counters>().names.contains(&name) {
        return Err(vm.error("java/lang/IllegalArgumentException", taken));
    }
    Ok(name)
}

/// JNI's `NewDirectByteBuffer` over a new off-heap block holding `bytes`,
/// of capacity `capacity` (`DirectByteBuffer(long, int)`).
fn counter(vm: &mut Vm, bytes: &[u8], capacity: i32) -> JResult<Option<u64>> {
    let address = allocate(vm, bytes.len() as i64)? as i64;
    write_off_heap(vm, address, bytes)?;
    let class = vm.load_class("java/nio/DirectByteBuffer")?;
    vm.initialize(class)?;
    let buffer = vm.alloc_object(class)?;
    vm.call_constructor(buffer, "(JI)V", &[address as u64, capacity as u32 as u64])?;
    Ok(Some(ObjRef::to_slot(buffer)))
}
