//! `java.io` and `java.util.zip` natives: files and descriptors over the
//! host's system calls, inflate and checksums over well-kept crates.
//!
//! Each native does what OpenJDK 17's C code for Unix does (named in the
//! submodules), with its exception classes and messages:
//! - [`files`]: `FileDescriptor`, `FileInputStream`, `FileOutputStream`,
//!   `RandomAccessFile`, `FileCleanable`, `Console` (io_util.c,
//!   io_util_md.c, FileDescriptor_md.c, Console_md.c …);
//! - [`fs`]: `UnixFileSystem` (UnixFileSystem_md.c, canonicalize_md.c);
//! - [`zip`]: `Inflater`, `CRC32`, `Adler32` (Inflater.c, CRC32.c, Adler32.c).
//!
//! Files are the host's descriptors: the `fd` int of a
//! `java.io.FileDescriptor`. Paths cross to the host as UTF-8 (Keel's
//! `sun.jnu.encoding`), cut at the first NUL as a C string would be; names
//! come back decoded as UTF-8, malformed bytes replaced.

pub mod files;
pub mod fs;
pub(crate) mod sys;
pub mod zip;

use std::ffi::CString;

use super::super::{JResult, ObjRef, Throw, Vm};
use super::Natives;
pub(crate) use super::{bool_arg, boolean, int, int_arg, long};

/// Registers the `java.io` and `java.util.zip` natives.
pub fn register(natives: &mut Natives) {
    files::register(natives);
    fs::register(natives);
    zip::register(natives);
    register_object_stream_class(natives);
}

/// `ObjectStreamClass` (ObjectStreamClass.c): `initNative` only caches JNI
/// ids; `hasStaticInitializer` (for the default serialVersionUID) is
/// whether the class itself declares `<clinit>`, as HotSpot's
/// `GetStaticMethodID(cl, "<clinit>", "()V")` finds only the class's own.
fn register_object_stream_class(natives: &mut Natives) {
    const OSC: &str = "java/io/ObjectStreamClass";
    natives.register(OSC, "initNative", "()V", |_, _| Ok(None));
    natives.register(OSC, "hasStaticInitializer", "(Ljava/lang/Class;)Z", |vm, a| {
        let mirror = ObjRef::from_slot(a[0]);
        if mirror.is_null() {
            return Err(vm.bare_error("java/lang/NullPointerException"));
        }
        let has = vm.mirror_class(mirror).is_some_and(|class| {
            vm.class(class).methods().iter().any(|m| m.name == "<clinit>" && m.descriptor == "()V")
        });
        Ok(boolean(has))
    });
}

/// The strings of a `String[]` (as `UnixFileSystem.list` returns), `None`
/// for null or anything else; null elements are skipped.
pub fn string_array(vm: &mut Vm, array: ObjRef) -> Option<Vec<String>> {
    if array.is_null() || vm.class(vm.class_of(array)).name != "[Ljava/lang/String;" {
        return None;
    }
    let mut strings = Vec::new();
    for i in 0..vm.array_length(array) {
        let element = ObjRef::from_slot(vm.array_get(array, i).ok()?);
        if !element.is_null() {
            strings.push(vm.rust_string(element)?);
        }
    }
    Some(strings)
}

// ----- exceptions -----

/// `JNU_ThrowIOExceptionWithLastError`: an `IOException` whose message is
/// `strerror(errno)`, or `default` when there is no error number.
pub(crate) fn io_error(vm: &mut Vm, errno: sys::Errno, default: Option<&str>) -> Throw {
    if errno != 0 {
        return vm.error("java/io/IOException", &sys::error_text(errno));
    }
    match default {
        Some(message) => vm.error("java/io/IOException", message),
        None => vm.bare_error("java/io/IOException"),
    }
}

/// The receiver of an instance native (never null when the interpreter
/// calls; checked for direct calls).
fn receiver(vm: &mut Vm, args: &[u64]) -> JResult<ObjRef> {
    let this = ObjRef::from_slot(args[0]);
    if this.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    Ok(this)
}

// ----- paths -----

/// `WITH_PLATFORM_STRING`: a Java string as a C string for the host
/// (UTF-8, cut at the first NUL); `NullPointerException` for null.
fn platform_string(vm: &mut Vm, string: ObjRef) -> JResult<CString> {
    if string.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let text = vm.string_utf16(string).ok_or_else(|| Throw::Fatal("a path that is not a String".into()))?;
    let mut bytes = String::from_utf16_lossy(&text).into_bytes();
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        bytes.truncate(nul);
    }
    Ok(CString::new(bytes).expect("cut at the first NUL"))
}

/// `WITH_FIELD_PLATFORM_STRING(file, path)`: the `path` of a
/// `java.io.File`; `NullPointerException` if the file or its path is null.
fn file_path(vm: &mut Vm, file: ObjRef) -> JResult<CString> {
    let path = if file.is_null() { ObjRef::NULL } else { field_ref(vm, file, "path") };
    platform_string(vm, path)
}

/// Reference field `name` of a non-null object (null if it has none).
fn field_ref(vm: &Vm, object: ObjRef, name: &str) -> ObjRef {
    vm.get_field(object, name).map_or(ObjRef::NULL, ObjRef::from_slot)
}

/// A new Java string of bytes from the host (UTF-8, malformed bytes
/// replaced).
fn host_string(vm: &mut Vm, bytes: &[u8]) -> JResult<ObjRef> {
    vm.java_string(&String::from_utf8_lossy(bytes))
}
