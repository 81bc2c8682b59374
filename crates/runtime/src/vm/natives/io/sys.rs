//! Thin wrappers of the system calls the `java.io` natives make, each
//! returning the `errno` of a failure (read right after the call, before
//! anything else can change it). Calls that OpenJDK wraps in `RESTARTABLE`
//! are retried while they fail with `EINTR`; the others (`close`, `fsync`)
//! are not, as there.

use std::ffi::CStr;

/// An `errno` value.
pub type Errno = i32;

/// The calling thread's `errno`.
pub fn errno() -> Errno {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `strerror(errno)`, as OpenJDK's `getLastErrorString` gives it.
pub fn error_text(errno: Errno) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {errno})");
    text.strip_suffix(&suffix).map(str::to_string).unwrap_or(text)
}

/// `RESTARTABLE`: runs `f` again while it fails (-1) with `EINTR`.
pub(crate) fn restartable(mut f: impl FnMut() -> i64) -> Result<i64, Errno> {
    loop {
        let r = f();
        if r != -1 {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// `handleOpen`: `open(path, flags, mode)`, refusing directories with
/// `EISDIR` (`open` itself allows a directory read-only).
pub fn open(path: &CStr, flags: i32, mode: u32) -> Result<i32, Errno> {
    // SAFETY: `path` is a NUL-terminated string that outlives the call.
    let fd = restartable(|| unsafe { libc::open(path.as_ptr(), flags, mode as libc::c_uint) } as i64)? as i32;
    match fstat(fd) {
        Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFDIR => {
            close(fd).ok();
            Err(libc::EISDIR)
        }
        Ok(_) => Ok(fd),
        Err(e) => {
            close(fd).ok();
            Err(e)
        }
    }
}

/// `read(fd, buf)`: the count read, 0 at end of file.
pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
    // SAFETY: `buf` is valid for writes of `buf.len()` bytes during the call.
    restartable(|| unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } as i64).map(|n| n as usize)
}

/// `write(fd, buf)`: the count written (perhaps fewer than `buf.len()`).
pub fn write(fd: i32, buf: &[u8]) -> Result<usize, Errno> {
    // SAFETY: `buf` is valid for reads of `buf.len()` bytes during the call.
    restartable(|| unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) } as i64).map(|n| n as usize)
}

/// `lseek(fd, offset, whence)`: the new offset.
pub fn lseek(fd: i32, offset: i64, whence: i32) -> Result<i64, Errno> {
    // SAFETY: lseek takes no pointers; a bad fd is reported as EBADF.
    restartable(|| unsafe { libc::lseek(fd, offset as libc::off_t, whence) } as i64)
}

/// `fstat(fd)`.
pub fn fstat(fd: i32) -> Result<libc::stat, Errno> {
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid, writable `stat` for the duration of the call.
    restartable(|| unsafe { libc::fstat(fd, &mut st) } as i64)?;
    Ok(st)
}

/// `stat(path)`.
pub fn stat(path: &CStr) -> Result<libc::stat, Errno> {
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated and `st` writable, both for the call.
    restartable(|| unsafe { libc::stat(path.as_ptr(), &mut st) } as i64)?;
    Ok(st)
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(fd: i32, length: i64) -> Result<(), Errno> {
    // SAFETY: ftruncate takes no pointers.
    restartable(|| unsafe { libc::ftruncate(fd, length as libc::off_t) } as i64).map(drop)
}

/// `fsync(fd)`, once.
pub fn fsync(fd: i32) -> Result<(), Errno> {
    // SAFETY: fsync takes no pointers.
    if unsafe { libc::fsync(fd) } == -1 {
        return Err(errno());
    }
    Ok(())
}

/// `close(fd)`, once (retrying a `close` that failed with `EINTR` could
/// close a descriptor another thread just opened).
pub fn close(fd: i32) -> Result<(), Errno> {
    // SAFETY: close takes no pointers; the descriptor is the caller's to close.
    if unsafe { libc::close(fd) } == -1 {
        return Err(errno());
    }
    Ok(())
}

/// `fcntl(fd, F_GETFL)`: the status flags, -1 for a bad descriptor.
pub fn status_flags(fd: i32) -> i32 {
    // SAFETY: F_GETFL takes no third argument and writes nothing.
    unsafe { libc::fcntl(fd, libc::F_GETFL) }
}

/// `ioctl(fd, FIONREAD)`: the bytes that can be read without blocking.
pub fn bytes_ready(fd: i32) -> Result<i32, Errno> {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD writes one `int` through the pointer, to `n`.
    restartable(|| unsafe { libc::ioctl(fd, libc::FIONREAD, &mut n as *mut libc::c_int) } as i64)?;
    Ok(n)
}

/// Redirects `fd` to `/dev/null` (how OpenJDK "closes" descriptors 0-2,
/// so that no file opened later takes their number).
pub fn redirect_to_null(fd: i32) -> Result<(), Errno> {
    // SAFETY: the path is a NUL-terminated literal.
    let null = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY) };
    if null < 0 {
        return Err(errno());
    }
    // SAFETY: dup2 and close take no pointers; `null` is the descriptor just opened.
    unsafe {
        libc::dup2(null, fd);
        libc::close(null);
    }
    Ok(())
}

/// `isatty(fd)`.
pub fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty takes no pointers.
    unsafe { libc::isatty(fd) == 1 }
}

/// Turns the `ECHO` flag of terminal `fd` on or off; whether it was on.
pub fn set_echo(fd: i32, on: bool) -> Result<bool, (Errno, &'static str)> {
    // SAFETY: an all-zero `termios` is a valid value of this plain C struct.
    let mut tio: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `tio` is a valid, writable `termios` for the call.
    if unsafe { libc::tcgetattr(fd, &mut tio) } == -1 {
        return Err((errno(), "tcgetattr failed"));
    }
    let old = tio.c_lflag & libc::ECHO != 0;
    if on {
        tio.c_lflag |= libc::ECHO;
    } else {
        tio.c_lflag &= !libc::ECHO;
    }
    // SAFETY: `tio` is a valid `termios` read by the call.
    if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &tio) } == -1 {
        return Err((errno(), "tcsetattr failed"));
    }
    Ok(old)
}

/// `-1` with `errno` as the error, anything else as the result.
pub fn checked(r: i64) -> Result<i64, Errno> {
    if r == -1 {
        Err(errno())
    } else {
        Ok(r)
    }
}

/// `access(path, mode)`, restartable.
pub fn access(path: &CStr, mode: i32) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe { libc::access(path.as_ptr(), mode) } as i64).map(drop)
}

/// `chmod(path, mode)`, restartable.
pub fn chmod(path: &CStr, mode: u32) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe { libc::chmod(path.as_ptr(), mode as libc::mode_t) } as i64).map(drop)
}

/// `mkdir(path, mode)`.
pub fn mkdir(path: &CStr, mode: u32) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    checked(unsafe { libc::mkdir(path.as_ptr(), mode as libc::mode_t) } as i64).map(drop)
}

/// `rename(from, to)`.
pub fn rename(from: &CStr, to: &CStr) -> Result<(), Errno> {
    // SAFETY: both paths are NUL-terminated and outlive the call.
    checked(unsafe { libc::rename(from.as_ptr(), to.as_ptr()) } as i64).map(drop)
}

/// `statvfs(path)`: (fragment size, blocks, free blocks, blocks available
/// to unprivileged users).
pub fn statvfs(path: &CStr) -> Result<(u64, u64, u64, u64), Errno> {
    // SAFETY: an all-zero `statvfs` is a valid value of this plain C struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated and `st` writable, both for the call.
    restartable(|| unsafe { libc::statvfs(path.as_ptr(), &mut st) } as i64)?;
    Ok((st.f_frsize as u64, st.f_blocks as u64, st.f_bfree as u64, st.f_bavail as u64))
}

/// `remove(path) == 0` (a file or an empty directory).
pub fn remove(path: &CStr) -> bool {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    unsafe { libc::remove(path.as_ptr()) == 0 }
}

/// `utimes(path, {access, modified})`, times as (seconds, microseconds).
pub fn utimes(path: &CStr, access: (i64, i64), modified: (i64, i64)) -> bool {
    let tv = |(sec, usec): (i64, i64)| libc::timeval {
        tv_sec: sec as libc::time_t,
        tv_usec: usec as libc::suseconds_t,
    };
    let times = [tv(access), tv(modified)];
    // SAFETY: `path` is NUL-terminated and `times` holds the two timevals
    // utimes reads; both outlive the call.
    unsafe { libc::utimes(path.as_ptr(), times.as_ptr()) == 0 }
}

/// `pathconf(path, _PC_NAME_MAX)`: -1 if unknown.
pub fn name_max(path: &CStr) -> i64 {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    unsafe { libc::pathconf(path.as_ptr(), libc::_PC_NAME_MAX) as i64 }
}
