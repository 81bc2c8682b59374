//! Streams over descriptors: `FileDescriptor`, `FileInputStream`,
//! `FileOutputStream`, `RandomAccessFile`, `FileCleanable` and `Console`,
//! as OpenJDK 17's io_util.c, io_util_md.c, FileDescriptor_md.c,
//! FileInputStream.c, FileOutputStream_md.c, RandomAccessFile.c and
//! Console_md.c do them on Unix.
//!
//! A stream's `fd` field holds its `FileDescriptor`, whose `fd` int is the
//! host descriptor; -1 (or no `FileDescriptor`) is a closed stream, and
//! every operation on one raises `IOException: Stream Closed`.

use super::super::super::{JResult, ObjRef, Vm};
use super::super::Natives;
use super::sys::{self, Errno};
use super::{bool_arg, boolean, int, int_arg, io_error, long, platform_string, receiver};

const FD: &str = "java/io/FileDescriptor";
const FIS: &str = "java/io/FileInputStream";
const FOS: &str = "java/io/FileOutputStream";
const RAF: &str = "java/io/RandomAccessFile";

// RandomAccessFile's mode bits (its private constants).
const RAF_O_RDONLY: i32 = 1;
const RAF_O_RDWR: i32 = 2;
const RAF_O_SYNC: i32 = 4;
const RAF_O_DSYNC: i32 = 8;

pub(super) fn register(n: &mut Natives) {
    for class in [FD, FIS, FOS, RAF] {
        n.register(class, "initIDs", "()V", |_, _| Ok(None));
    }

    // FileDescriptor (FileDescriptor_md.c): no handles on Unix.
    n.register(FD, "getHandle", "(I)J", |_, _| Ok(long(-1)));
    n.register(FD, "getAppend", "(I)Z", |_, a| {
        // As OpenJDK: a bad descriptor's -1 has every bit set, O_APPEND too.
        Ok(boolean(sys::status_flags(int_arg(a[0])) & libc::O_APPEND != 0))
    });
    n.register(FD, "close0", "()V", |vm, a| {
        let this = receiver(vm, a)?;
        descriptor_close(vm, this).map(|()| None)
    });
    n.register(FD, "sync", "()V", |vm, a| {
        let this = receiver(vm, a)?;
        let fd = vm.get_field(this, "fd").map_or(-1, int_arg);
        match sys::fsync(fd) {
            Ok(()) => Ok(None),
            Err(_) => Err(vm.error("java/io/SyncFailedException", "sync failed")),
        }
    });
    n.register("java/io/FileCleanable", "cleanupClose0", "(IJ)V", |vm, a| {
        let fd = int_arg(a[0]);
        if fd != -1 {
            if let Err(e) = sys::close(fd) {
                return Err(io_error(vm, e, Some("close failed")));
            }
        }
        Ok(None)
    });

    // FileInputStream (FileInputStream.c).
    n.register(FIS, "open0", "(Ljava/lang/String;)V", |vm, a| {
        file_open(vm, a, libc::O_RDONLY).map(|()| None)
    });
    n.register(FIS, "read0", "()I", read_single);
    n.register(FIS, "readBytes", "([BII)I", read_bytes);
    n.register(FIS, "length0", "()J", |vm, a| {
        let fd = open_fd(vm, a)?;
        match sys::fstat(fd) {
            Ok(st) => Ok(long(st.st_size)),
            Err(e) => Err(io_error(vm, e, Some("GetLength failed"))),
        }
    });
    n.register(FIS, "position0", "()J", |vm, a| {
        let fd = open_fd(vm, a)?;
        match sys::lseek(fd, 0, libc::SEEK_CUR) {
            Ok(position) => Ok(long(position)),
            Err(e) => Err(io_error(vm, e, Some("Seek failed"))),
        }
    });
    n.register(FIS, "skip0", "(J)J", |vm, a| {
        let fd = open_fd(vm, a)?;
        let skip = || -> Result<i64, Errno> {
            let current = sys::lseek(fd, 0, libc::SEEK_CUR)?;
            Ok(sys::lseek(fd, a[1] as i64, libc::SEEK_CUR)? - current)
        };
        match skip() {
            Ok(skipped) => Ok(long(skipped)),
            Err(e) => Err(io_error(vm, e, Some("Seek error"))),
        }
    });
    n.register(FIS, "available0", "()I", |vm, a| {
        let fd = open_fd(vm, a)?;
        match available(fd) {
            Ok(n) => Ok(int(n.clamp(0, i32::MAX as i64) as i32)),
            Err(e) => Err(io_error(vm, e, None)),
        }
    });

    // FileOutputStream (FileOutputStream_md.c).
    n.register(FOS, "open0", "(Ljava/lang/String;Z)V", |vm, a| {
        let mode = if bool_arg(a[2]) { libc::O_APPEND } else { libc::O_TRUNC };
        file_open(vm, a, libc::O_WRONLY | libc::O_CREAT | mode).map(|()| None)
    });
    n.register(FOS, "write", "(IZ)V", write_single);
    n.register(FOS, "writeBytes", "([BIIZ)V", write_bytes);

    // RandomAccessFile (RandomAccessFile.c).
    n.register(RAF, "open0", "(Ljava/lang/String;I)V", |vm, a| {
        let mode = int_arg(a[2]);
        let mut flags = 0;
        if mode & RAF_O_RDONLY != 0 {
            flags = libc::O_RDONLY;
        } else if mode & RAF_O_RDWR != 0 {
            flags = libc::O_RDWR | libc::O_CREAT;
            if mode & RAF_O_SYNC != 0 {
                flags |= libc::O_SYNC;
            } else if mode & RAF_O_DSYNC != 0 {
                flags |= libc::O_DSYNC;
            }
        }
        file_open(vm, a, flags).map(|()| None)
    });
    n.register(RAF, "read0", "()I", read_single);
    n.register(RAF, "readBytes", "([BII)I", read_bytes);
    n.register(RAF, "write0", "(I)V", write_single);
    n.register(RAF, "writeBytes", "([BII)V", write_bytes);
    n.register(RAF, "getFilePointer", "()J", |vm, a| {
        let fd = open_fd(vm, a)?;
        match sys::lseek(fd, 0, libc::SEEK_CUR) {
            Ok(position) => Ok(long(position)),
            Err(e) => Err(io_error(vm, e, Some("Seek failed"))),
        }
    });
    n.register(RAF, "seek0", "(J)V", |vm, a| {
        let fd = open_fd(vm, a)?;
        let position = a[1] as i64;
        if position < 0 {
            return Err(vm.error("java/io/IOException", "Negative seek offset"));
        }
        match sys::lseek(fd, position, libc::SEEK_SET) {
            Ok(_) => Ok(None),
            Err(e) => Err(io_error(vm, e, Some("Seek failed"))),
        }
    });
    n.register(RAF, "length", "()J", |vm, a| {
        let fd = open_fd(vm, a)?;
        match sys::fstat(fd) {
            Ok(st) => Ok(long(st.st_size)),
            Err(e) => Err(io_error(vm, e, Some("GetLength failed"))),
        }
    });
    n.register(RAF, "setLength", "(J)V", |vm, a| {
        let fd = open_fd(vm, a)?;
        let length = a[1] as i64;
        let set = || -> Result<(), Errno> {
            let current = sys::lseek(fd, 0, libc::SEEK_CUR)?;
            sys::ftruncate(fd, length)?;
            if current > length {
                sys::lseek(fd, 0, libc::SEEK_END)?;
            } else {
                sys::lseek(fd, current, libc::SEEK_SET)?;
            }
            Ok(())
        };
        match set() {
            Ok(()) => Ok(None),
            Err(e) => Err(io_error(vm, e, Some("setLength failed"))),
        }
    });

    // Console (Console_md.c): no charset of its own (null: the default).
    n.register("java/io/Console", "istty", "()Z", |_, _| {
        Ok(boolean(sys::is_tty(libc::STDIN_FILENO) && sys::is_tty(libc::STDOUT_FILENO)))
    });
    n.register("java/io/Console", "encoding", "()Ljava/lang/String;", |_, _| Ok(Some(0)));
    n.register("java/io/Console", "echo", "(Z)Z", |vm, a| {
        let on = bool_arg(a[0]);
        match sys::set_echo(libc::STDIN_FILENO, on) {
            Ok(old) => Ok(boolean(old)),
            Err((e, what)) => Err(io_error(vm, e, Some(what))),
        }
    });
}

/// `GET_FD`: the descriptor of the `FileDescriptor` in the stream's `fd`
/// field, -1 if there is none.
fn stream_fd(vm: &Vm, stream: ObjRef) -> i32 {
    let descriptor = super::field_ref(vm, stream, "fd");
    if descriptor.is_null() {
        return -1;
    }
    vm.get_field(descriptor, "fd").map_or(-1, int_arg)
}

/// The receiver's descriptor, or `IOException: Stream Closed`.
fn open_fd(vm: &mut Vm, args: &[u64]) -> JResult<i32> {
    let this = receiver(vm, args)?;
    match stream_fd(vm, this) {
        -1 => Err(vm.error("java/io/IOException", "Stream Closed")),
        fd => Ok(fd),
    }
}

/// `fileOpen`: opens the path in `args[1]` into the receiver's
/// `FileDescriptor` (and its `append` flag), or raises
/// `FileNotFoundException: path (reason)`. Trailing slashes are dropped
/// first, as the kernel would not. Descriptors are opened close-on-exec.
fn file_open(vm: &mut Vm, args: &[u64], flags: i32) -> JResult<()> {
    let this = receiver(vm, args)?;
    let path_string = ObjRef::from_slot(args[1]);
    let path = platform_string(vm, path_string)?;
    let mut bytes = path.as_bytes();
    while bytes.len() > 1 && bytes.ends_with(b"/") {
        bytes = &bytes[..bytes.len() - 1];
    }
    let path = std::ffi::CString::new(bytes).expect("no NUL in a C string's bytes");
    match sys::open(&path, flags | libc::O_CLOEXEC, 0o666) {
        Ok(fd) => {
            let descriptor = super::field_ref(vm, this, "fd");
            if descriptor.is_null() {
                // Nowhere to keep it (OpenJDK would leak it).
                sys::close(fd).ok();
            } else {
                vm.set_field(descriptor, "fd", fd as u32 as u64);
                vm.set_field(descriptor, "append", (flags & libc::O_APPEND != 0) as u64);
            }
            Ok(())
        }
        Err(e) => {
            let shown = vm.rust_string(path_string).unwrap_or_default();
            let message = match sys::error_text(e) {
                reason if e != 0 && !reason.is_empty() => format!("{shown} ({reason})"),
                _ => shown,
            };
            Err(vm.error("java/io/FileNotFoundException", &message))
        }
    }
}

/// `fileDescriptorClose`: sets the `FileDescriptor`'s `fd` to -1, then
/// closes the descriptor; 0, 1 and 2 are redirected to `/dev/null` instead,
/// so that no file opened later takes their number. A close interrupted
/// by a signal counts as done.
fn descriptor_close(vm: &mut Vm, descriptor: ObjRef) -> JResult<()> {
    let fd = vm.get_field(descriptor, "fd").map_or(-1, int_arg);
    if fd == -1 {
        return Ok(());
    }
    vm.set_field(descriptor, "fd", -1i32 as u32 as u64);
    if (0..=2).contains(&fd) {
        if let Err(e) = sys::redirect_to_null(fd) {
            vm.set_field(descriptor, "fd", fd as u32 as u64);
            return Err(io_error(vm, e, Some("open /dev/null failed")));
        }
    } else if let Err(e) = sys::close(fd) {
        if e != libc::EINTR {
            return Err(io_error(vm, e, Some("close failed")));
        }
    }
    Ok(())
}

/// `readSingle`: the next byte, -1 at end of file.
fn read_single(vm: &mut Vm, args: &[u64]) -> JResult<Option<u64>> {
    let fd = open_fd(vm, args)?;
    let mut byte = [0u8];
    match sys::read(fd, &mut byte) {
        Ok(0) => Ok(int(-1)),
        Ok(_) => Ok(int(byte[0] as i32)),
        Err(e) => Err(io_error(vm, e, Some("Read error"))),
    }
}

/// `outOfBounds` then the null check order of io_util.c: null array is a
/// `NullPointerException`, a bad range an `IndexOutOfBoundsException`.
fn check_range(vm: &mut Vm, array: ObjRef, offset: i32, length: i32) -> JResult<()> {
    if array.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    if offset < 0 || length < 0 || vm.array_length(array) as i64 - (offset as i64) < length as i64 {
        return Err(vm.bare_error("java/lang/IndexOutOfBoundsException"));
    }
    Ok(())
}

/// `readBytes(byte[] b, int off, int len)`: one `read` of up to `len`
/// bytes; the count, -1 at end of file (0 when `len` is 0, even closed).
fn read_bytes(vm: &mut Vm, args: &[u64]) -> JResult<Option<u64>> {
    let this = receiver(vm, args)?;
    let (array, offset, length) = (ObjRef::from_slot(args[1]), int_arg(args[2]), int_arg(args[3]));
    check_range(vm, array, offset, length)?;
    if length == 0 {
        return Ok(int(0));
    }
    let fd = stream_fd(vm, this);
    if fd == -1 {
        return Err(vm.error("java/io/IOException", "Stream Closed"));
    }
    let mut buffer = vec![0u8; length as usize];
    match sys::read(fd, &mut buffer) {
        Ok(0) => Ok(int(-1)),
        Ok(n) => {
            vm.write_array_region(array, offset, &buffer[..n])?;
            Ok(int(n as i32))
        }
        Err(e) => Err(io_error(vm, e, Some("Read error"))),
    }
}

/// `writeSingle`: `FileOutputStream.write(int, boolean append)` and
/// `RandomAccessFile.write0(int)`: the low byte.
fn write_single(vm: &mut Vm, args: &[u64]) -> JResult<Option<u64>> {
    let fd = open_fd(vm, args)?;
    match sys::write(fd, &[args[1] as u8]) {
        Ok(_) => Ok(None),
        Err(e) => Err(io_error(vm, e, Some("Write error"))),
    }
}

/// `writeBytes(byte[] b, int off, int len[, boolean append])`: writes
/// until all `len` bytes are out (a short write is continued), re-reading
/// the descriptor before each `write` as OpenJDK does.
fn write_bytes(vm: &mut Vm, args: &[u64]) -> JResult<Option<u64>> {
    let this = receiver(vm, args)?;
    let (array, offset, length) = (ObjRef::from_slot(args[1]), int_arg(args[2]), int_arg(args[3]));
    check_range(vm, array, offset, length)?;
    if length == 0 {
        return Ok(None);
    }
    let data = vm.read_array_region(array, offset, length)?;
    let mut rest = &data[..];
    while !rest.is_empty() {
        let fd = stream_fd(vm, this);
        if fd == -1 {
            return Err(vm.error("java/io/IOException", "Stream Closed"));
        }
        match sys::write(fd, rest) {
            Ok(n) => rest = &rest[n..],
            Err(e) => return Err(io_error(vm, e, Some("Write error"))),
        }
    }
    Ok(None)
}

/// `handleAvailable`: for a character device, pipe or socket what
/// `FIONREAD` reports; otherwise the size less the position (the size
/// found by seeking to the end when `fstat` gives less).
fn available(fd: i32) -> Result<i64, Errno> {
    let mut size = -1;
    if let Ok(st) = sys::fstat(fd) {
        let format = st.st_mode & libc::S_IFMT;
        if format == libc::S_IFCHR || format == libc::S_IFIFO || format == libc::S_IFSOCK {
            if let Ok(n) = sys::bytes_ready(fd) {
                return Ok(n as i64);
            }
        } else if format == libc::S_IFREG {
            size = st.st_size;
        }
    }
    let current = sys::lseek(fd, 0, libc::SEEK_CUR)?;
    if size < current {
        size = sys::lseek(fd, 0, libc::SEEK_END)?;
        sys::lseek(fd, current, libc::SEEK_SET)?;
    }
    Ok(size - current)
}
