//! `sun.nio.ch` for files: `FileChannelImpl`, `FileDispatcherImpl`,
//! `IOUtil`, `FileKey` and `NativeThread`, as OpenJDK 17's
//! FileChannelImpl.c, FileDispatcherImpl.c, IOUtil.c, FileKey.c and
//! NativeThread.c do them on Linux.
//!
//! Descriptors are the `fd` int of a `java.io.FileDescriptor`; buffers are
//! off-heap addresses (direct buffers, and the temporary direct buffers
//! that heap buffers go through), reached through the checked helpers.
//! Reads and writes return OpenJDK's `IOStatus` codes for end of file,
//! "try again" and "interrupted"; other failures raise `IOException`s.
//!
//! Memory-mapped files (`map0`) become memory the checked accessors reach
//! until `unmap0`. Not here: sockets, datagrams, selectors and pipes'
//! channels.

use std::collections::HashSet;

use super::super::super::{JResult, Vm};
use super::super::io::io_error;
use super::super::unsafe_memory::{
    add_mapping, read_off_heap, remove_mapping, with_off_heap, write_off_heap,
};
use super::super::Natives;
use super::sys::{self, Errno};
use super::{bool_arg, boolean, int, int_arg, long, null_check};

const FCI: &str = "sun/nio/ch/FileChannelImpl";
const FDI: &str = "sun/nio/ch/FileDispatcherImpl";
const IOUTIL: &str = "sun/nio/ch/IOUtil";
const FD: &str = "Ljava/io/FileDescriptor;";

// sun.nio.ch.IOStatus.
const IOS_EOF: i64 = -1;
const IOS_UNAVAILABLE: i64 = -2;
const IOS_INTERRUPTED: i64 = -3;
const IOS_UNSUPPORTED_CASE: i64 = -6;

// FileChannelImpl's map modes.
const MAP_RO: i32 = 0;
const MAP_RW: i32 = 1;
const MAP_PV: i32 = 2;

// FileDispatcherImpl's lock results.
const NO_LOCK: i32 = -1;
const LOCK_INTERRUPTED: i32 = 2;

/// The most `sendfile` moves in one call on Linux.
const MAX_DIRECT_TRANSFER_SIZE: i32 = 0x7fff_f000;

/// The size of a `struct iovec` (two 8-byte words on 64-bit Linux).
const IOVEC_SIZE: usize = 16;

#[derive(Default)]
struct ChannelState {
    /// `FileDispatcherImpl.init`'s socket, dup'ed over descriptors being
    /// closed (-1 before `init`).
    pre_close: Option<i32>,
    /// Threads `NativeThread.current` named, the only ones it signals.
    threads: HashSet<u64>,
}

pub(super) fn register(n: &mut Natives) {
    register_file_channel(n);
    register_dispatcher(n);
    register_io_util(n);
    n.register("sun/nio/ch/FileKey", "initIDs", "()V", |_, _| Ok(None));
    n.register("sun/nio/ch/FileKey", "init", &format!("({FD})V"), |vm, a| {
        let this = null_check(vm, a[0])?;
        let fd = fd_of(vm, a[1])?;
        match sys::fstat(fd) {
            Ok(st) => {
                vm.set_field(this, "st_dev", st.dev);
                vm.set_field(this, "st_ino", st.ino);
                Ok(None)
            }
            Err(e) => Err(io_error(vm, e, Some("fstat64 failed"))),
        }
    });
    register_native_thread(n);
}

/// `fdval`: the `fd` of a `FileDescriptor` (`NullPointerException` for
/// null).
fn fd_of(vm: &mut Vm, slot: u64) -> JResult<i32> {
    let descriptor = null_check(vm, slot)?;
    Ok(vm.get_field(descriptor, "fd").map_or(-1, int_arg))
}

/// IOUtil.c's `convertReturnVal`/`convertLongReturnVal`: a count as is,
/// 0 as end of file when reading, `EAGAIN` and `EINTR` as their status
/// codes, other errors as `IOException` ("Read failed"/"Write failed"
/// without an error text).
fn convert(vm: &mut Vm, (n, errno): (i64, Errno), reading: bool) -> JResult<i64> {
    match n {
        n if n > 0 => Ok(n),
        0 => Ok(if reading { IOS_EOF } else { 0 }),
        _ if errno == libc::EAGAIN || errno == libc::EWOULDBLOCK => Ok(IOS_UNAVAILABLE),
        _ if errno == libc::EINTR => Ok(IOS_INTERRUPTED),
        _ => Err(io_error(vm, errno, Some(if reading { "Read failed" } else { "Write failed" }))),
    }
}

/// FileDispatcherImpl.c's `handle`: a result as is, `EINTR` as
/// `IOS_INTERRUPTED`, other errors as `IOException`.
fn handle(vm: &mut Vm, result: Result<i64, Errno>, message: &str) -> JResult<i64> {
    match result {
        Ok(v) => Ok(v),
        Err(libc::EINTR) => Ok(IOS_INTERRUPTED),
        Err(e) => Err(io_error(vm, e, Some(message))),
    }
}

/// `closeFileDescriptor`: closes `fd` unless it is -1.
fn close_descriptor(vm: &mut Vm, fd: i32) -> JResult<Option<u64>> {
    if fd != -1 {
        if let Err(e) = sys::close(fd) {
            return Err(io_error(vm, e, Some("Close failed")));
        }
    }
    Ok(None)
}

// ----- FileChannelImpl -----

fn register_file_channel(n: &mut Natives) {
    n.register(FCI, "initIDs", "()J", |_, _| Ok(long(sys::sysconf(libc::_SC_PAGESIZE))));
    n.register(FCI, "maxDirectTransferSize0", "()I", |_, _| Ok(int(MAX_DIRECT_TRANSFER_SIZE)));
    n.register(FCI, "map0", "(IJJZ)J", map);
    n.register(FCI, "unmap0", "(JJ)I", |vm, a| {
        let (address, length) = (a[0] as usize, a[1] as usize);
        if !remove_mapping(vm, address, length) {
            let message = format!("keel: unmap of {length} bytes at {address:#x}, which is not a mapping");
            return Err(vm.error("java/lang/InternalError", &message));
        }
        // SAFETY: the range is a mapping `map0` made, just forgotten, so
        // no checked access reaches it any more.
        let result = unsafe { sys::munmap(address, length) }.map(|()| 0);
        Ok(int(handle(vm, result, "Unmap failed")? as i32))
    });
    n.register(FCI, "transferTo0", &format!("({FD}JJ{FD})J"), |vm, a| {
        let (src, position, count) = (fd_of(vm, a[1])?, a[2] as i64, a[3] as i64);
        let dst = fd_of(vm, a[4])?;
        Ok(long(match sys::sendfile(dst, src, position, count) {
            Ok(n) => n,
            Err(libc::EAGAIN) => IOS_UNAVAILABLE,
            Err(libc::EINVAL) if count >= 0 => IOS_UNSUPPORTED_CASE,
            Err(libc::EINTR) => IOS_INTERRUPTED,
            Err(e) => return Err(io_error(vm, e, Some("Transfer failed"))),
        }))
    });
}

/// `map0(prot, position, length, mapSync)`: maps `length` bytes of the
/// channel's file from `position`; the mapping becomes memory the checked
/// accessors reach. A read-only mapping is made writable and private:
/// Java never writes through a read-only buffer, but an `Unsafe` store
/// that did would change a private copy instead of crashing the VM.
fn map(vm: &mut Vm, a: &[u64]) -> JResult<Option<u64>> {
    let this = null_check(vm, a[0])?;
    let descriptor = vm.get_field(this, "fd").unwrap_or(0);
    let fd = fd_of(vm, descriptor)?;
    let (mode, position, length, map_sync) = (int_arg(a[1]), a[2] as i64, a[3] as usize, bool_arg(a[4]));
    let read_write = libc::PROT_READ | libc::PROT_WRITE;
    let (protection, mut flags) = match mode {
        MAP_RW => (read_write, libc::MAP_SHARED),
        MAP_RO | MAP_PV => (read_write, libc::MAP_PRIVATE),
        _ => (libc::PROT_READ, libc::MAP_SHARED),
    };
    if map_sync {
        flags |= libc::MAP_SYNC | libc::MAP_SHARED_VALIDATE;
    }
    match sys::mmap(fd, length, protection, flags, position) {
        Ok(address) => {
            add_mapping(vm, address, length);
            Ok(long(address as i64))
        }
        Err(libc::EOPNOTSUPP) if map_sync => {
            Err(io_error(vm, libc::EOPNOTSUPP, Some("map with mode MAP_SYNC unsupported")))
        }
        Err(libc::ENOMEM) => Err(vm.error("java/lang/OutOfMemoryError", "Map failed")),
        Err(e) => Ok(long(handle(vm, Err(e), "Map failed")?)),
    }
}

// ----- FileDispatcherImpl -----

/// The (address, length) pairs of the `count` iovecs at `address`, each
/// checked to be off-heap memory.
fn iovecs(vm: &mut Vm, address: i64, count: i32) -> JResult<Vec<(i64, usize)>> {
    let count = count.max(0) as usize;
    let raw = read_off_heap(vm, address, count * IOVEC_SIZE)?;
    let word = |bytes: &[u8]| u64::from_ne_bytes(bytes.try_into().expect("8 bytes"));
    let mut regions = Vec::with_capacity(count);
    for entry in raw.chunks_exact(IOVEC_SIZE) {
        let (base, length) = (word(&entry[..8]) as i64, word(&entry[8..]) as usize);
        with_off_heap(vm, base, length, |_| ())?;
        regions.push((base, length));
    }
    Ok(regions)
}

/// `readv0`: one `readv` into the buffers of the iovecs at `address`.
fn read_vector(vm: &mut Vm, fd: i32, address: i64, count: i32) -> JResult<i64> {
    let regions = iovecs(vm, address, count)?;
    let mut buffers: Vec<Vec<u8>> = regions.iter().map(|&(_, length)| vec![0; length]).collect();
    let result = sys::readv_once(fd, &mut buffers);
    let mut left = result.0.max(0) as usize;
    for (&(base, _), buffer) in regions.iter().zip(&buffers) {
        let part = left.min(buffer.len());
        write_off_heap(vm, base, &buffer[..part])?;
        left -= part;
    }
    convert(vm, result, true)
}

/// `writev0`: one `writev` of the buffers of the iovecs at `address`.
fn write_vector(vm: &mut Vm, fd: i32, address: i64, count: i32) -> JResult<i64> {
    let regions = iovecs(vm, address, count)?;
    let mut buffers = Vec::with_capacity(regions.len());
    for (base, length) in regions {
        buffers.push(read_off_heap(vm, base, length)?);
    }
    let result = sys::writev_once(fd, &buffers);
    convert(vm, result, false)
}

fn register_dispatcher(n: &mut Natives) {
    n.register(FDI, "init", "()V", |vm, _| match sys::socketpair() {
        Ok((keep, other)) => {
            sys::close(other).ok();
            vm.native_state::<ChannelState>().pre_close = Some(keep);
            Ok(None)
        }
        Err(e) => Err(io_error(vm, e, Some("socketpair failed"))),
    });
    n.register(FDI, "read0", &format!("({FD}JI)I"), |vm, a| {
        let (fd, address, length) = (fd_of(vm, a[0])?, a[1] as i64, int_arg(a[2]).max(0) as usize);
        let result = with_off_heap(vm, address, length, |buf| sys::read_once(fd, buf))?;
        Ok(int(convert(vm, result, true)? as i32))
    });
    n.register(FDI, "pread0", &format!("({FD}JIJ)I"), |vm, a| {
        let (fd, address, length) = (fd_of(vm, a[0])?, a[1] as i64, int_arg(a[2]).max(0) as usize);
        let position = a[3] as i64;
        let result = with_off_heap(vm, address, length, |buf| sys::pread_once(fd, buf, position))?;
        Ok(int(convert(vm, result, true)? as i32))
    });
    n.register(FDI, "readv0", &format!("({FD}JI)J"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        Ok(long(read_vector(vm, fd, a[1] as i64, int_arg(a[2]))?))
    });
    n.register(FDI, "write0", &format!("({FD}JI)I"), |vm, a| {
        let (fd, address, length) = (fd_of(vm, a[0])?, a[1] as i64, int_arg(a[2]).max(0) as usize);
        let result = with_off_heap(vm, address, length, |buf| sys::write_once(fd, buf))?;
        Ok(int(convert(vm, result, false)? as i32))
    });
    n.register(FDI, "pwrite0", &format!("({FD}JIJ)I"), |vm, a| {
        let (fd, address, length) = (fd_of(vm, a[0])?, a[1] as i64, int_arg(a[2]).max(0) as usize);
        let position = a[3] as i64;
        let result = with_off_heap(vm, address, length, |buf| sys::pwrite_once(fd, buf, position))?;
        Ok(int(convert(vm, result, false)? as i32))
    });
    n.register(FDI, "writev0", &format!("({FD}JI)J"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        Ok(long(write_vector(vm, fd, a[1] as i64, int_arg(a[2]))?))
    });
    n.register(FDI, "force0", &format!("({FD}Z)I"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        let result = sys::sync(fd, bool_arg(a[1])).map(|()| 0);
        Ok(int(handle(vm, result, "Force failed")? as i32))
    });
    n.register(FDI, "seek0", &format!("({FD}J)J"), |vm, a| {
        let (fd, offset) = (fd_of(vm, a[0])?, a[1] as i64);
        let result = if offset < 0 {
            sys::lseek(fd, 0, libc::SEEK_CUR)
        } else {
            sys::lseek(fd, offset, libc::SEEK_SET)
        };
        Ok(long(handle(vm, result, "lseek64 failed")?))
    });
    n.register(FDI, "truncate0", &format!("({FD}J)I"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        let result = sys::ftruncate(fd, a[1] as i64).map(|()| 0);
        Ok(int(handle(vm, result, "Truncation failed")? as i32))
    });
    n.register(FDI, "size0", &format!("({FD})J"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        let size = sys::fstat(fd).and_then(|st| {
            if st.mode & libc::S_IFMT == libc::S_IFBLK {
                sys::block_device_size(fd)
            } else {
                Ok(st.size)
            }
        });
        Ok(long(handle(vm, size, "Size failed")?))
    });
    n.register(FDI, "lock0", &format!("({FD}ZJJZ)I"), |vm, a| {
        let (fd, blocking, position, size, shared) =
            (fd_of(vm, a[0])?, bool_arg(a[1]), a[2] as i64, a[3] as i64, bool_arg(a[4]));
        let length = if size == i64::MAX { 0 } else { size };
        let kind = if shared { libc::F_RDLCK } else { libc::F_WRLCK };
        match sys::lock(fd, blocking, kind, position, length) {
            Ok(()) => Ok(int(0)),
            Err(libc::EAGAIN | libc::EACCES) if !blocking => Ok(int(NO_LOCK)),
            Err(libc::EINTR) => Ok(int(LOCK_INTERRUPTED)),
            Err(e) => Err(io_error(vm, e, Some("Lock failed"))),
        }
    });
    n.register(FDI, "release0", &format!("({FD}JJ)V"), |vm, a| {
        let (fd, position, size) = (fd_of(vm, a[0])?, a[1] as i64, a[2] as i64);
        let length = if size == i64::MAX { 0 } else { size };
        match sys::lock(fd, false, libc::F_UNLCK, position, length) {
            Ok(()) => Ok(None),
            Err(e) => Err(io_error(vm, e, Some("Release failed"))),
        }
    });
    n.register(FDI, "close0", &format!("({FD})V"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        close_descriptor(vm, fd)
    });
    n.register(FDI, "closeIntFD", "(I)V", |vm, a| close_descriptor(vm, int_arg(a[0])));
    n.register(FDI, "preClose0", &format!("({FD})V"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        if let Some(pre_close) = vm.native_state::<ChannelState>().pre_close {
            if let Err(e) = sys::dup2(pre_close, fd) {
                return Err(io_error(vm, e, Some("dup2 failed")));
            }
        }
        Ok(None)
    });
    n.register(FDI, "dup0", &format!("({FD}{FD})V"), |vm, a| {
        let (from, to) = (fd_of(vm, a[0])?, fd_of(vm, a[1])?);
        match sys::dup2(from, to) {
            Ok(()) => Ok(None),
            Err(e) => Err(io_error(vm, e, Some("dup2 failed"))),
        }
    });
    n.register(FDI, "canTransferToFromOverlappedMap0", "()Z", |_, _| Ok(boolean(true)));
    n.register(FDI, "setDirect0", &format!("({FD})I"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        match sys::set_direct(fd) {
            Ok(size) => Ok(int(size)),
            Err(e) => Err(io_error(vm, e, Some("DirectIO setup failed"))),
        }
    });
}

// ----- IOUtil -----

fn register_io_util(n: &mut Natives) {
    n.register(IOUTIL, "initIDs", "()V", |_, _| Ok(None));
    n.register(IOUTIL, "randomBytes", "([B)Z", |vm, _| {
        Err(vm.bare_error("java/lang/UnsupportedOperationException"))
    });
    n.register(IOUTIL, "makePipe", "(Z)J", |vm, a| {
        let blocking = bool_arg(a[0]);
        let (read_end, write_end) = match sys::pipe() {
            Ok(ends) => ends,
            Err(e) => return Err(io_error(vm, e, Some("Pipe failed"))),
        };
        if !blocking {
            for fd in [read_end, write_end] {
                if let Err(e) = sys::set_blocking(fd, false) {
                    sys::close(read_end).ok();
                    sys::close(write_end).ok();
                    return Err(io_error(vm, e, Some("Configure blocking failed")));
                }
            }
        }
        Ok(long(((read_end as i64) << 32) | write_end as u32 as i64))
    });
    n.register(IOUTIL, "write1", "(IB)I", |vm, a| {
        let result = sys::write_once(int_arg(a[0]), &[a[1] as u8]);
        Ok(int(convert(vm, result, false)? as i32))
    });
    n.register(IOUTIL, "drain", "(I)Z", |vm, a| {
        let fd = int_arg(a[0]);
        let mut buf = [0u8; 16];
        let mut total = 0i64;
        loop {
            let (n, e) = sys::read_once(fd, &mut buf);
            total += n;
            if n < 0 && e != libc::EAGAIN && e != libc::EWOULDBLOCK {
                return Err(io_error(vm, e, Some("Drain")));
            }
            if n != buf.len() as i64 {
                return Ok(boolean(total > 0));
            }
        }
    });
    n.register(IOUTIL, "drain1", "(I)I", |vm, a| {
        let mut buf = [0u8; 1];
        match sys::read_once(int_arg(a[0]), &mut buf) {
            (n, _) if n >= 0 => Ok(int(n as i32)),
            (_, libc::EAGAIN) => Ok(int(0)),
            (_, libc::EINTR) => Ok(int(IOS_INTERRUPTED as i32)),
            (_, e) => Err(io_error(vm, e, Some("read"))),
        }
    });
    n.register(IOUTIL, "configureBlocking", &format!("({FD}Z)V"), |vm, a| {
        let fd = fd_of(vm, a[0])?;
        match sys::set_blocking(fd, bool_arg(a[1])) {
            Ok(()) => Ok(None),
            Err(e) => Err(io_error(vm, e, Some("Configure blocking failed"))),
        }
    });
    n.register(IOUTIL, "fdVal", &format!("({FD})I"), |vm, a| Ok(int(fd_of(vm, a[0])?)));
    n.register(IOUTIL, "setfdVal", &format!("({FD}I)V"), |vm, a| {
        let descriptor = null_check(vm, a[0])?;
        vm.set_field(descriptor, "fd", a[1] as u32 as u64);
        Ok(None)
    });
    n.register(IOUTIL, "fdLimit", "()I", |vm, _| match sys::descriptor_limit() {
        Ok(Some(max)) if max <= i32::MAX as u64 => Ok(int(max as i32)),
        Ok(_) => Ok(int(i32::MAX)),
        Err(e) => Err(io_error(vm, e, Some("getrlimit failed"))),
    });
    n.register(IOUTIL, "iovMax", "()I", |_, _| {
        Ok(int(match sys::sysconf(libc::_SC_IOV_MAX) {
            -1 => 16,
            n => n as i32,
        }))
    });
}

// ----- NativeThread -----

/// The signal `NativeThread.signal` sends to interrupt a blocking call.
fn interrupt_signal() -> libc::c_int {
    libc::SIGRTMAX() - 2
}

extern "C" fn null_handler(_: libc::c_int) {}

fn register_native_thread(n: &mut Natives) {
    const NT: &str = "sun/nio/ch/NativeThread";
    n.register(NT, "init", "()V", |vm, _| {
        // SAFETY: an all-zero `sigaction` is a valid value of this plain C
        // struct; the handler installed does nothing, so it is
        // async-signal-safe, and `sa` outlives the calls reading it.
        let result = unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = null_handler as extern "C" fn(libc::c_int) as libc::sighandler_t;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(interrupt_signal(), &sa, std::ptr::null_mut())
        };
        if result < 0 {
            return Err(io_error(vm, sys::errno(), Some("sigaction")));
        }
        Ok(None)
    });
    n.register(NT, "current", "()J", |vm, _| {
        // SAFETY: pthread_self takes no arguments and cannot fail.
        let thread = unsafe { libc::pthread_self() } as u64;
        vm.native_state::<ChannelState>().threads.insert(thread);
        Ok(long(thread as i64))
    });
    n.register(NT, "signal", "(J)V", |vm, a| {
        let thread = a[0];
        // Only threads `current` named are signalled (pthread_kill of
        // anything else is undefined); others are gone, as ESRCH.
        let result = if vm.native_state::<ChannelState>().threads.contains(&thread) {
            // SAFETY: `thread` is a thread id pthread_self returned in this
            // process, and the signal's handler does nothing.
            unsafe { libc::pthread_kill(thread as libc::pthread_t, interrupt_signal()) }
        } else {
            libc::ESRCH
        };
        if result != 0 {
            return Err(io_error(vm, result, Some("Thread signal failed")));
        }
        Ok(None)
    });
}
