//! `sun.nio.fs` and `sun.nio.ch` natives: the file system behind
//! `java.nio.file` and the file channels behind its streams, over the
//! host's system calls.
//!
//! Each native does what OpenJDK 17's C code for Linux does (named in the
//! submodules), with its exceptions and messages:
//! - [`fs`]: `UnixNativeDispatcher`, `LinuxNativeDispatcher`, `UnixCopyFile`
//!   (UnixNativeDispatcher.c, LinuxNativeDispatcher.c, UnixCopyFile.c): a
//!   failed call raises `sun.nio.fs.UnixException` with its `errno`, which
//!   the Java code turns into `NoSuchFileException` and the like;
//! - [`ch`]: `FileChannelImpl`, `FileDispatcherImpl`, `IOUtil`, `FileKey`,
//!   `NativeThread` (FileChannelImpl.c, FileDispatcherImpl.c, IOUtil.c,
//!   FileKey.c, NativeThread.c): failures are `IOException`s with
//!   `strerror` text.
//!
//! Paths and buffers arrive as `long` addresses of off-heap memory
//! (`NativeBuffer`s and direct buffers, both from `Unsafe.allocateMemory`);
//! every access goes through [`unsafe_memory`](super::unsafe_memory)'s
//! checked helpers, so a bad address raises `InternalError` instead of
//! touching memory it should not. Directory and mount-table streams
//! (`DIR*`, `FILE*`) go to Java as addresses too; only those handed out and
//! not yet closed are accepted back.

pub mod ch;
pub mod fs;
mod sys;

use std::collections::HashSet;
use std::ffi::CString;

use super::super::{JResult, Throw, Vm};
use super::unsafe_memory::read_c_string;
use super::Natives;
use super::{bool_arg, boolean, int, int_arg, long, null_check};
use sys::Errno;

/// Registers the `sun.nio.fs` and `sun.nio.ch` natives.
pub fn register(natives: &mut Natives) {
    fs::register(natives);
    ch::register(natives);
}

/// A new `byte[]` holding `bytes`.
fn byte_array(vm: &mut Vm, bytes: &[u8]) -> JResult<Option<u64>> {
    let array = vm.new_array("[B", bytes.len() as i32)?;
    vm.write_array_region(array, 0, bytes)?;
    Ok(Some(array.to_slot()))
}

// ----- exceptions -----

/// `throwUnixException`: a `sun.nio.fs.UnixException` made by its `(I)V`
/// constructor.
fn unix_exception(vm: &mut Vm, errno: Errno) -> Throw {
    let made = (|| {
        let class = vm.load_class("sun/nio/fs/UnixException")?;
        vm.initialize(class)?;
        let exception = vm.alloc_object(class)?;
        vm.call_constructor(exception, "(I)V", &[errno as u32 as u64])?;
        Ok(exception)
    })();
    match made {
        Ok(exception) => Throw::Java(exception),
        Err(e) => e,
    }
}

/// A `UnixException` for a failed call, nothing for a successful one.
fn unix<T>(vm: &mut Vm, result: Result<T, Errno>) -> JResult<T> {
    result.map_err(|e| unix_exception(vm, e))
}

// ----- paths -----

/// The NUL-terminated path at the off-heap address in `slot` (a
/// `NativeBuffer`'s).
fn native_path(vm: &mut Vm, slot: u64) -> JResult<CString> {
    let bytes = read_c_string(vm, slot as i64)?;
    Ok(CString::new(bytes).expect("read up to the NUL"))
}

// ----- streams handed to Java -----

/// The `DIR*` and `FILE*` streams Java holds, by address.
#[derive(Default)]
struct Streams {
    dirs: HashSet<usize>,
    files: HashSet<usize>,
}

/// Which table a stream is in.
#[derive(Clone, Copy)]
enum Stream {
    Dir,
    File,
}

impl Stream {
    fn table(self, streams: &mut Streams) -> &mut HashSet<usize> {
        match self {
            Stream::Dir => &mut streams.dirs,
            Stream::File => &mut streams.files,
        }
    }
}

/// Records a stream given to Java.
fn add_stream(vm: &mut Vm, kind: Stream, address: usize) {
    kind.table(vm.native_state::<Streams>()).insert(address);
}

/// A stream address from Java, checked to be one handed out and still
/// open (`InternalError` otherwise: HotSpot would use it anyway). With
/// `close`, it is forgotten.
fn stream(vm: &mut Vm, kind: Stream, slot: u64, close: bool) -> JResult<usize> {
    let address = slot as usize;
    let table = kind.table(vm.native_state::<Streams>());
    let known = if close { table.remove(&address) } else { table.contains(&address) };
    if !known {
        let what = match kind {
            Stream::Dir => "directory",
            Stream::File => "mount table",
        };
        let message = format!("keel: {address:#x} is not an open {what} stream");
        return Err(vm.error("java/lang/InternalError", &message));
    }
    Ok(address)
}
