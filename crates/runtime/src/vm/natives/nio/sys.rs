//! Thin wrappers of the system calls the `sun.nio` natives make, each
//! returning the `errno` of a failure (read right after the call). Calls
//! that OpenJDK wraps in `RESTARTABLE` are retried while they fail with
//! `EINTR` (through `io::sys::restartable`); the others are made once, as
//! there. Paths are C strings; buffers are Rust slices (the natives copy
//! between them and checked off-heap memory).

use std::ffi::CStr;

pub(crate) use super::super::io::sys::{
    access, checked, chmod, close, errno, error_text, mkdir, read, rename, restartable, statvfs, write, Errno,
};

/// Linux's `PATH_MAX`.
pub const PATH_MAX: usize = 4096;

/// `getcwd()`.
pub fn getcwd() -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; PATH_MAX + 1];
    // SAFETY: `buf` is writable for `buf.len()` bytes during the call.
    let p = unsafe { libc::getcwd(buf.as_mut_ptr().cast(), buf.len()) };
    if p.is_null() {
        return Err(errno());
    }
    // SAFETY: on success getcwd wrote a NUL-terminated string into `buf`.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr().cast()) }.to_bytes().to_vec())
}

/// `dup(fd)`, restartable.
pub fn dup(fd: i32) -> Result<i32, Errno> {
    // SAFETY: dup takes no pointers.
    restartable(|| unsafe { libc::dup(fd) } as i64).map(|r| r as i32)
}

/// `open(path, flags, mode)`, restartable.
pub fn open(path: &CStr, flags: i32, mode: u32) -> Result<i32, Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe { libc::open(path.as_ptr(), flags, mode as libc::c_uint) } as i64).map(|r| r as i32)
}

/// `openat(dfd, path, flags, mode)`, restartable.
pub fn openat(dfd: i32, path: &CStr, flags: i32, mode: u32) -> Result<i32, Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe { libc::openat(dfd, path.as_ptr(), flags, mode as libc::c_uint) } as i64)
        .map(|r| r as i32)
}

/// `link(existing, new)`, restartable.
pub fn link(existing: &CStr, new: &CStr) -> Result<(), Errno> {
    // SAFETY: both paths are NUL-terminated and outlive the call.
    restartable(|| unsafe { libc::link(existing.as_ptr(), new.as_ptr()) } as i64).map(drop)
}

/// `unlink(path)`, once.
pub fn unlink(path: &CStr) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    checked(unsafe { libc::unlink(path.as_ptr()) } as i64).map(drop)
}

/// `unlinkat(dfd, path, flags)`, once.
pub fn unlinkat(dfd: i32, path: &CStr, flags: i32) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    checked(unsafe { libc::unlinkat(dfd, path.as_ptr(), flags) } as i64).map(drop)
}

/// `mknod(path, mode, dev)`, restartable.
pub fn mknod(path: &CStr, mode: u32, dev: u64) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe { libc::mknod(path.as_ptr(), mode as libc::mode_t, dev as libc::dev_t) } as i64)
        .map(drop)
}

/// `renameat(from_dfd, from, to_dfd, to)`, once.
pub fn renameat(from_dfd: i32, from: &CStr, to_dfd: i32, to: &CStr) -> Result<(), Errno> {
    // SAFETY: both paths are NUL-terminated and outlive the call.
    checked(unsafe { libc::renameat(from_dfd, from.as_ptr(), to_dfd, to.as_ptr()) } as i64).map(drop)
}

/// `rmdir(path)`, once.
pub fn rmdir(path: &CStr) -> Result<(), Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    checked(unsafe { libc::rmdir(path.as_ptr()) } as i64).map(drop)
}

/// `readlink(path)` into a `PATH_MAX + 1` buffer; a target that fills it
/// is `ENAMETOOLONG`, as OpenJDK has it.
pub fn readlink(path: &CStr) -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; PATH_MAX + 1];
    // SAFETY: `path` is NUL-terminated; `buf` is writable for its length.
    let n = checked(unsafe { libc::readlink(path.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) } as i64)?;
    if n as usize == buf.len() {
        return Err(libc::ENAMETOOLONG);
    }
    buf.truncate(n as usize);
    // As OpenJDK: up to the first NUL.
    if let Some(nul) = buf.iter().position(|&b| b == 0) {
        buf.truncate(nul);
    }
    Ok(buf)
}

/// `realpath(path)`.
pub fn realpath(path: &CStr) -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; PATH_MAX + 1];
    // SAFETY: `path` is NUL-terminated; `buf` holds the PATH_MAX bytes
    // realpath may write.
    let p = unsafe { libc::realpath(path.as_ptr(), buf.as_mut_ptr().cast()) };
    if p.is_null() {
        return Err(errno());
    }
    // SAFETY: on success realpath wrote a NUL-terminated string into `buf`.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr().cast()) }.to_bytes().to_vec())
}

/// `symlink(target, link)`, restartable.
pub fn symlink(target: &CStr, link: &CStr) -> Result<(), Errno> {
    // SAFETY: both paths are NUL-terminated and outlive the call.
    restartable(|| unsafe { libc::symlink(target.as_ptr(), link.as_ptr()) } as i64).map(drop)
}

/// What `stat` gives, from `statx` or `stat64`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub rdev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: i64,
    pub atime: (i64, i64),
    pub mtime: (i64, i64),
    pub ctime: (i64, i64),
    /// The birth time (from `statx`: the modification time when the file
    /// system keeps none; zero from `stat`, which has none).
    pub btime: (i64, i64),
}

impl Stat {
    fn from_stat(st: &libc::stat) -> Stat {
        Stat {
            mode: st.st_mode,
            ino: st.st_ino,
            dev: st.st_dev,
            rdev: st.st_rdev,
            nlink: st.st_nlink,
            uid: st.st_uid,
            gid: st.st_gid,
            size: st.st_size,
            atime: (st.st_atime, st.st_atime_nsec),
            mtime: (st.st_mtime, st.st_mtime_nsec),
            ctime: (st.st_ctime, st.st_ctime_nsec),
            btime: (0, 0),
        }
    }

    fn from_statx(st: &libc::statx) -> Stat {
        let time = |t: libc::statx_timestamp| (t.tv_sec, t.tv_nsec as i64);
        Stat {
            mode: st.stx_mode as u32,
            ino: st.stx_ino,
            dev: libc::makedev(st.stx_dev_major, st.stx_dev_minor),
            rdev: libc::makedev(st.stx_rdev_major, st.stx_rdev_minor),
            nlink: st.stx_nlink as u64,
            uid: st.stx_uid,
            gid: st.stx_gid,
            size: st.stx_size as i64,
            atime: time(st.stx_atime),
            mtime: time(st.stx_mtime),
            ctime: time(st.stx_ctime),
            // As OpenJDK: the modification time when there is no birth time.
            btime: if st.stx_mask & libc::STATX_BTIME != 0 { time(st.stx_btime) } else { time(st.stx_mtime) },
        }
    }
}

/// `statx(dfd, path, flags | AT_STATX_SYNC_AS_STAT, STATX_ALL)`, restartable.
pub fn statx(dfd: i32, path: &CStr, flags: i32) -> Result<Stat, Errno> {
    // SAFETY: an all-zero `statx` is a valid value of this plain C struct.
    let mut st: libc::statx = unsafe { std::mem::zeroed() };
    let flags = flags | libc::AT_STATX_SYNC_AS_STAT;
    // SAFETY: `path` is NUL-terminated and `st` writable, both for the call.
    restartable(|| unsafe { libc::statx(dfd, path.as_ptr(), flags, libc::STATX_ALL, &mut st) } as i64)?;
    Ok(Stat::from_statx(&st))
}

/// `fstatat(dfd, path, flags)` (`stat` with `AT_FDCWD`, `lstat` with
/// `AT_SYMLINK_NOFOLLOW` too), restartable.
pub fn fstatat(dfd: i32, path: &CStr, flags: i32) -> Result<Stat, Errno> {
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated and `st` writable, both for the call.
    restartable(|| unsafe { libc::fstatat(dfd, path.as_ptr(), &mut st, flags) } as i64)?;
    Ok(Stat::from_stat(&st))
}

/// `fstat(fd)`, restartable.
pub fn fstat(fd: i32) -> Result<Stat, Errno> {
    super::super::io::sys::fstat(fd).map(|st| Stat::from_stat(&st))
}

/// `chown(path, uid, gid)` (`lchown` when `follow` is false), restartable.
pub fn chown(path: &CStr, uid: i32, gid: i32, follow: bool) -> Result<(), Errno> {
    let (uid, gid) = (uid as libc::uid_t, gid as libc::gid_t);
    // SAFETY: `path` is NUL-terminated and outlives the call.
    restartable(|| unsafe {
        if follow {
            libc::chown(path.as_ptr(), uid, gid)
        } else {
            libc::lchown(path.as_ptr(), uid, gid)
        }
    } as i64)
    .map(drop)
}

/// `fchown(fd, uid, gid)`, restartable.
pub fn fchown(fd: i32, uid: i32, gid: i32) -> Result<(), Errno> {
    // SAFETY: fchown takes no pointers.
    restartable(|| unsafe { libc::fchown(fd, uid as libc::uid_t, gid as libc::gid_t) } as i64).map(drop)
}

/// `fchmod(fd, mode)`, restartable.
pub fn fchmod(fd: i32, mode: u32) -> Result<(), Errno> {
    // SAFETY: fchmod takes no pointers.
    restartable(|| unsafe { libc::fchmod(fd, mode as libc::mode_t) } as i64).map(drop)
}

/// A time in microseconds as a `timeval`.
fn timeval(micros: i64) -> libc::timeval {
    libc::timeval {
        tv_sec: (micros / 1_000_000) as libc::time_t,
        tv_usec: (micros % 1_000_000) as libc::suseconds_t,
    }
}

/// Where `utimes` applies: a path, followed or not, or a descriptor.
pub enum Target<'a> {
    Path(&'a CStr),
    Link(&'a CStr),
    Fd(i32),
}

/// `utimes`/`lutimes`/`futimes` with times in microseconds, restartable.
pub fn utimes(target: Target<'_>, access: i64, modified: i64) -> Result<(), Errno> {
    let times = [timeval(access), timeval(modified)];
    // SAFETY: paths are NUL-terminated and `times` holds the two timevals
    // the calls read; all outlive the call.
    restartable(|| unsafe {
        match target {
            Target::Path(path) => libc::utimes(path.as_ptr(), times.as_ptr()),
            Target::Link(path) => libc::lutimes(path.as_ptr(), times.as_ptr()),
            Target::Fd(fd) => libc::futimes(fd, times.as_ptr()),
        }
    } as i64)
    .map(drop)
}

/// `futimens(fd, times)` with times in nanoseconds, restartable.
pub fn futimens(fd: i32, access: i64, modified: i64) -> Result<(), Errno> {
    let timespec = |nanos: i64| libc::timespec {
        tv_sec: (nanos / 1_000_000_000) as libc::time_t,
        tv_nsec: (nanos % 1_000_000_000) as libc::c_long,
    };
    let times = [timespec(access), timespec(modified)];
    // SAFETY: `times` holds the two timespecs futimens reads.
    restartable(|| unsafe { libc::futimens(fd, times.as_ptr()) } as i64).map(drop)
}

/// `opendir(path)`: the stream's address.
pub fn opendir(path: &CStr) -> Result<usize, Errno> {
    // SAFETY: `path` is NUL-terminated and outlives the call.
    let dir = unsafe { libc::opendir(path.as_ptr()) };
    if dir.is_null() {
        return Err(errno());
    }
    Ok(dir as usize)
}

/// `fdopendir(fd)`: the stream's address.
pub fn fdopendir(fd: i32) -> Result<usize, Errno> {
    // SAFETY: fdopendir takes no pointers.
    let dir = unsafe { libc::fdopendir(fd) };
    if dir.is_null() {
        return Err(errno());
    }
    Ok(dir as usize)
}

/// `closedir(dir)`, once.
///
/// # Safety
/// `dir` must be a stream `opendir` or `fdopendir` returned and not closed.
pub unsafe fn closedir(dir: usize) -> Result<(), Errno> {
    // SAFETY: the caller's contract.
    checked(unsafe { libc::closedir(dir as *mut libc::DIR) } as i64).map(drop)
}

/// `readdir(dir)`: the next name, `None` at the end.
///
/// # Safety
/// As [`closedir`].
pub unsafe fn readdir(dir: usize) -> Result<Option<Vec<u8>>, Errno> {
    // SAFETY: errno is the calling thread's own variable.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: the caller's contract.
    let entry = unsafe { libc::readdir64(dir as *mut libc::DIR) };
    if entry.is_null() {
        return match errno() {
            0 => Ok(None),
            e => Err(e),
        };
    }
    // SAFETY: a non-null entry is valid until the next readdir on `dir`,
    // and its name is NUL-terminated.
    Ok(Some(unsafe { CStr::from_ptr((*entry).d_name.as_ptr()) }.to_bytes().to_vec()))
}

/// `read(fd, buf)` once: -1 and `errno` as the kernel gave them.
pub fn read_once(fd: i32, buf: &mut [u8]) -> (i64, Errno) {
    // SAFETY: `buf` is valid for writes of `buf.len()` bytes during the call.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// `write(fd, buf)` once.
pub fn write_once(fd: i32, buf: &[u8]) -> (i64, Errno) {
    // SAFETY: `buf` is valid for reads of `buf.len()` bytes during the call.
    let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// `pread(fd, buf, offset)` once.
pub fn pread_once(fd: i32, buf: &mut [u8], offset: i64) -> (i64, Errno) {
    // SAFETY: `buf` is valid for writes of `buf.len()` bytes during the call.
    let n = unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), offset as libc::off_t) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// `pwrite(fd, buf, offset)` once.
pub fn pwrite_once(fd: i32, buf: &[u8], offset: i64) -> (i64, Errno) {
    // SAFETY: `buf` is valid for reads of `buf.len()` bytes during the call.
    let n = unsafe { libc::pwrite(fd, buf.as_ptr().cast(), buf.len(), offset as libc::off_t) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// `readv(fd, buffers)` once.
pub fn readv_once(fd: i32, buffers: &mut [Vec<u8>]) -> (i64, Errno) {
    let iov: Vec<libc::iovec> = buffers
        .iter_mut()
        .map(|b| libc::iovec { iov_base: b.as_mut_ptr().cast(), iov_len: b.len() })
        .collect();
    // SAFETY: every iovec points at a live buffer of its length, and the
    // array has `iov.len()` entries; all outlive the call.
    let n = unsafe { libc::readv(fd, iov.as_ptr(), iov.len() as libc::c_int) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// `writev(fd, buffers)` once.
pub fn writev_once(fd: i32, buffers: &[Vec<u8>]) -> (i64, Errno) {
    let iov: Vec<libc::iovec> = buffers
        .iter()
        .map(|b| libc::iovec { iov_base: b.as_ptr() as *mut libc::c_void, iov_len: b.len() })
        .collect();
    // SAFETY: as `readv_once`; writev only reads the buffers.
    let n = unsafe { libc::writev(fd, iov.as_ptr(), iov.len() as libc::c_int) } as i64;
    (n, if n == -1 { errno() } else { 0 })
}

/// The size of the buffer `getpw*_r`/`getgr*_r` start with.
fn entry_buffer_size(name: libc::c_int) -> usize {
    /// OpenJDK's `ENT_BUF_SIZE`.
    const ENT_BUF_SIZE: usize = 1024;
    // SAFETY: sysconf takes no pointers.
    match unsafe { libc::sysconf(name) } {
        -1 => ENT_BUF_SIZE,
        n => n as usize,
    }
}

/// The error of a failed `get*_r` lookup: its result, else `errno`, else
/// `ENOENT` (not found).
fn lookup_error(result: i32) -> Errno {
    match (result, errno()) {
        (0, 0) => libc::ENOENT,
        (0, e) => e,
        (r, _) => r,
    }
}

/// Clears `errno` before a lookup, as OpenJDK does.
fn clear_errno() {
    // SAFETY: errno is the calling thread's own variable.
    unsafe { *libc::__errno_location() = 0 };
}

/// The user name of `uid` (`getpwuid_r`); an empty name counts as none.
pub fn user_name(uid: u32) -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; entry_buffer_size(libc::_SC_GETPW_R_SIZE_MAX)];
    // SAFETY: an all-zero `passwd` is a valid value of this plain C struct.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    clear_errno();
    // SAFETY: `entry`, `buf` (for its length) and `found` are writable for
    // the call.
    let r = restartable(|| unsafe {
        libc::getpwuid_r(uid, &mut entry, buf.as_mut_ptr().cast(), buf.len(), &mut found) as i64
    })
    .unwrap_or(-1) as i32;
    // SAFETY: a non-null `found` is `entry`, whose strings point into `buf`.
    match unsafe { entry_name(found, |p| (*p).pw_name) } {
        Some(name) if r == 0 => Ok(name),
        _ => Err(lookup_error(r)),
    }
}

/// The group name of `gid` (`getgrgid_r`, the buffer grown while it is
/// too small).
pub fn group_name(gid: u32) -> Result<Vec<u8>, Errno> {
    let mut size = entry_buffer_size(libc::_SC_GETGR_R_SIZE_MAX);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: an all-zero `group` is a valid value of this plain C struct.
        let mut entry: libc::group = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::group = std::ptr::null_mut();
        clear_errno();
        // SAFETY: `entry`, `buf` (for its length) and `found` are writable
        // for the call.
        let r = restartable(|| unsafe {
            libc::getgrgid_r(gid, &mut entry, buf.as_mut_ptr().cast(), buf.len(), &mut found) as i64
        })
        .unwrap_or(-1) as i32;
        // SAFETY: a non-null `found` is `entry`, whose strings point into `buf`.
        match unsafe { entry_name(found, |p| (*p).gr_name) } {
            Some(name) if r == 0 => return Ok(name),
            _ => match lookup_error(r) {
                libc::ERANGE => size += 1024,
                e => return Err(e),
            },
        }
    }
}

/// The name of a found entry, `None` if there is none or it is empty.
///
/// # Safety
/// `found` is null or points at a filled entry whose name `name` reads.
unsafe fn entry_name<T>(found: *mut T, name: impl Fn(*mut T) -> *mut libc::c_char) -> Option<Vec<u8>> {
    if found.is_null() {
        return None;
    }
    let p = name(found);
    if p.is_null() {
        return None;
    }
    // SAFETY: the caller's contract: a NUL-terminated name.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    (!bytes.is_empty()).then(|| bytes.to_vec())
}

/// Whether a failed `getpwnam`/`getgrnam` means "not found" (OpenJDK's list).
fn not_found(e: Errno) -> bool {
    matches!(e, 0 | libc::ENOENT | libc::ESRCH | libc::EBADF | libc::EPERM)
}

/// The uid of user `name` (`getpwnam_r`): -1 if there is none.
pub fn user_id(name: &CStr) -> Result<i32, Errno> {
    let mut buf = vec![0u8; entry_buffer_size(libc::_SC_GETPW_R_SIZE_MAX)];
    // SAFETY: an all-zero `passwd` is a valid value of this plain C struct.
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    clear_errno();
    // SAFETY: `name` is NUL-terminated; `entry`, `buf` and `found` are
    // writable for the call.
    let r = restartable(|| unsafe {
        libc::getpwnam_r(name.as_ptr(), &mut entry, buf.as_mut_ptr().cast(), buf.len(), &mut found) as i64
    })
    .unwrap_or(-1) as i32;
    // SAFETY: a non-null `found` is `entry`, whose strings point into `buf`.
    match unsafe { entry_name(found, |p| (*p).pw_name) } {
        Some(_) if r == 0 => Ok(entry.pw_uid as i32),
        _ => match lookup_error(r) {
            e if not_found(e) => Ok(-1),
            e => Err(e),
        },
    }
}

/// The gid of group `name` (`getgrnam_r`, the buffer grown while it is too
/// small): -1 if there is none.
pub fn group_id(name: &CStr) -> Result<i32, Errno> {
    let mut size = entry_buffer_size(libc::_SC_GETGR_R_SIZE_MAX);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: an all-zero `group` is a valid value of this plain C struct.
        let mut entry: libc::group = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::group = std::ptr::null_mut();
        clear_errno();
        // SAFETY: `name` is NUL-terminated; `entry`, `buf` and `found` are
        // writable for the call.
        let r = restartable(|| unsafe {
            libc::getgrnam_r(name.as_ptr(), &mut entry, buf.as_mut_ptr().cast(), buf.len(), &mut found) as i64
        })
        .unwrap_or(-1) as i32;
        // SAFETY: a non-null `found` is `entry`, whose strings point into `buf`.
        match unsafe { entry_name(found, |p| (*p).gr_name) } {
            Some(_) if r == 0 => return Ok(entry.gr_gid as i32),
            _ => match lookup_error(r) {
                libc::ERANGE => size += 1024,
                e if not_found(e) => return Ok(-1),
                e => return Err(e),
            },
        }
    }
}

/// `fgetxattr(fd, name, buf)`: the value's size (with an empty `buf`, the
/// size it needs), once.
pub fn fgetxattr(fd: i32, name: &CStr, buf: &mut [u8]) -> Result<usize, Errno> {
    let value = if buf.is_empty() { std::ptr::null_mut() } else { buf.as_mut_ptr().cast() };
    // SAFETY: `name` is NUL-terminated; `value` is null or writable for
    // `buf.len()` bytes.
    checked(unsafe { libc::fgetxattr(fd, name.as_ptr(), value, buf.len()) } as i64).map(|n| n as usize)
}

/// `fsetxattr(fd, name, value, 0)`, once.
pub fn fsetxattr(fd: i32, name: &CStr, value: &[u8]) -> Result<(), Errno> {
    // SAFETY: `name` is NUL-terminated; `value` is readable for its length.
    checked(unsafe { libc::fsetxattr(fd, name.as_ptr(), value.as_ptr().cast(), value.len(), 0) } as i64)
        .map(drop)
}

/// `fremovexattr(fd, name)`, once.
pub fn fremovexattr(fd: i32, name: &CStr) -> Result<(), Errno> {
    // SAFETY: `name` is NUL-terminated and outlives the call.
    checked(unsafe { libc::fremovexattr(fd, name.as_ptr()) } as i64).map(drop)
}

/// `flistxattr(fd, buf)`: the list's size (with an empty `buf`, the size
/// it needs), once.
pub fn flistxattr(fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
    let list = if buf.is_empty() { std::ptr::null_mut() } else { buf.as_mut_ptr().cast() };
    // SAFETY: `list` is null or writable for `buf.len()` bytes.
    checked(unsafe { libc::flistxattr(fd, list, buf.len()) } as i64).map(|n| n as usize)
}

// ----- mount tables (FILE streams) -----

/// `setmntent(path, mode)`: the stream's address.
pub fn setmntent(path: &CStr, mode: &CStr) -> Result<usize, Errno> {
    // SAFETY: both strings are NUL-terminated and outlive the call.
    let file = unsafe { libc::setmntent(path.as_ptr(), mode.as_ptr()) };
    if file.is_null() {
        return Err(errno());
    }
    Ok(file as usize)
}

/// One entry of a mount table: name, directory, type and options.
pub type MountEntry = [Vec<u8>; 4];

/// `getmntent_r(file)` with a buffer of `size` bytes: `None` at the end
/// (or on an error, as OpenJDK cannot tell them apart).
///
/// # Safety
/// `file` must be a stream `setmntent` returned and not closed.
pub unsafe fn getmntent(file: usize, size: usize) -> Option<MountEntry> {
    let mut buf = vec![0u8; size.max(1)];
    // SAFETY: an all-zero `mntent` is a valid value of this plain C struct.
    let mut entry: libc::mntent = unsafe { std::mem::zeroed() };
    // SAFETY: the caller's contract for `file`; `entry` and `buf` are
    // writable for the call.
    let m = unsafe {
        libc::getmntent_r(file as *mut libc::FILE, &mut entry, buf.as_mut_ptr().cast(), buf.len() as i32)
    };
    if m.is_null() {
        return None;
    }
    // SAFETY: on success the four fields are NUL-terminated strings in `buf`.
    let text = |p: *mut libc::c_char| unsafe { CStr::from_ptr(p) }.to_bytes().to_vec();
    Some([text(entry.mnt_fsname), text(entry.mnt_dir), text(entry.mnt_type), text(entry.mnt_opts)])
}

/// `endmntent(file)`.
///
/// # Safety
/// As [`getmntent`]; `file` is closed afterwards.
pub unsafe fn endmntent(file: usize) {
    // SAFETY: the caller's contract.
    unsafe { libc::endmntent(file as *mut libc::FILE) };
}

/// `rewind(file)`: the `errno` if the stream is in error afterwards.
///
/// # Safety
/// As [`getmntent`].
pub unsafe fn rewind(file: usize) -> Result<(), Errno> {
    let file = file as *mut libc::FILE;
    clear_errno();
    // SAFETY: the caller's contract.
    unsafe { libc::rewind(file) };
    let e = errno();
    // SAFETY: as above.
    if unsafe { libc::ferror(file) } != 0 {
        return Err(e);
    }
    Ok(())
}

/// `getline(file)`: the length of the next line, `None` at the end.
///
/// # Safety
/// As [`getmntent`].
pub unsafe fn line_length(file: usize) -> Result<Option<i64>, Errno> {
    let file = file as *mut libc::FILE;
    let mut line: *mut libc::c_char = std::ptr::null_mut();
    let mut size: libc::size_t = 0;
    // SAFETY: the caller's contract; `line` and `size` start empty, so
    // getline allocates the line, freed below.
    let n = unsafe { libc::getline(&mut line, &mut size, file) } as i64;
    let e = errno();
    // SAFETY: `line` is null or getline's allocation.
    unsafe { libc::free(line.cast()) };
    // SAFETY: as above.
    if unsafe { libc::feof(file) } != 0 {
        return Ok(None);
    }
    if n == -1 {
        return Err(e);
    }
    Ok(Some(n))
}

// ----- channels -----

/// `pipe()`: (read end, write end).
pub fn pipe() -> Result<(i32, i32), Errno> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` holds the two ints pipe writes.
    checked(unsafe { libc::pipe(fds.as_mut_ptr()) } as i64)?;
    Ok((fds[0], fds[1]))
}

/// `socketpair(AF_UNIX, SOCK_STREAM)`.
pub fn socketpair() -> Result<(i32, i32), Errno> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` holds the two ints socketpair writes.
    checked(unsafe { libc::socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0, fds.as_mut_ptr()) } as i64)?;
    Ok((fds[0], fds[1]))
}

/// Sets or clears `O_NONBLOCK` on `fd` (only when it changes).
pub fn set_blocking(fd: i32, blocking: bool) -> Result<(), Errno> {
    // SAFETY: F_GETFL takes no third argument and writes nothing.
    let flags = checked(unsafe { libc::fcntl(fd, libc::F_GETFL) } as i64)? as i32;
    let new = if blocking { flags & !libc::O_NONBLOCK } else { flags | libc::O_NONBLOCK };
    if new != flags {
        // SAFETY: F_SETFL takes an int and writes nothing.
        checked(unsafe { libc::fcntl(fd, libc::F_SETFL, new) } as i64)?;
    }
    Ok(())
}

/// `dup2(from, to)`, once.
pub fn dup2(from: i32, to: i32) -> Result<(), Errno> {
    // SAFETY: dup2 takes no pointers.
    checked(unsafe { libc::dup2(from, to) } as i64).map(drop)
}

/// `lseek(fd, offset, whence)`, once.
pub fn lseek(fd: i32, offset: i64, whence: i32) -> Result<i64, Errno> {
    // SAFETY: lseek takes no pointers.
    checked(unsafe { libc::lseek(fd, offset as libc::off_t, whence) } as i64)
}

/// `fsync(fd)` (`fdatasync` unless `metadata`), once.
pub fn sync(fd: i32, metadata: bool) -> Result<(), Errno> {
    // SAFETY: fsync and fdatasync take no pointers.
    checked(unsafe {
        if metadata {
            libc::fsync(fd)
        } else {
            libc::fdatasync(fd)
        }
    } as i64)
    .map(drop)
}

/// `ftruncate(fd, length)`, once.
pub fn ftruncate(fd: i32, length: i64) -> Result<(), Errno> {
    // SAFETY: ftruncate takes no pointers.
    checked(unsafe { libc::ftruncate(fd, length as libc::off_t) } as i64).map(drop)
}

/// `BLKGETSIZE64`: `_IOR(0x12, 114, size_t)`.
const BLKGETSIZE64: libc::c_ulong = 0x8008_1272;

/// The size of a block device (`ioctl(BLKGETSIZE64)`).
pub fn block_device_size(fd: i32) -> Result<i64, Errno> {
    let mut size: u64 = 0;
    // SAFETY: BLKGETSIZE64 writes one u64 through the pointer, to `size`.
    checked(unsafe { libc::ioctl(fd, BLKGETSIZE64, &mut size as *mut u64) } as i64)?;
    Ok(size as i64)
}

/// `fcntl(fd, F_SETLK or F_SETLKW, lock)`: a lock of `kind` (`F_RDLCK`,
/// `F_WRLCK`, `F_UNLCK`) over `length` bytes from `start` (0: to the end).
pub fn lock(fd: i32, wait: bool, kind: i32, start: i64, length: i64) -> Result<(), Errno> {
    // SAFETY: an all-zero `flock` is a valid value of this plain C struct.
    let mut fl: libc::flock = unsafe { std::mem::zeroed() };
    fl.l_whence = libc::SEEK_SET as libc::c_short;
    fl.l_start = start as libc::off_t;
    fl.l_len = length as libc::off_t;
    fl.l_type = kind as libc::c_short;
    let command = if wait { libc::F_SETLKW } else { libc::F_SETLK };
    // SAFETY: F_SETLK(W) reads the `flock` the pointer names.
    checked(unsafe { libc::fcntl(fd, command, &mut fl as *mut libc::flock) } as i64).map(drop)
}

/// Turns on `O_DIRECT` for `fd`: the file system's fragment size.
pub fn set_direct(fd: i32) -> Result<i32, Errno> {
    // SAFETY: F_GETFL takes no third argument and writes nothing.
    let flags = checked(unsafe { libc::fcntl(fd, libc::F_GETFL) } as i64)? as i32;
    // SAFETY: F_SETFL takes an int and writes nothing.
    checked(unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_DIRECT) } as i64)?;
    // SAFETY: an all-zero `statvfs` is a valid value of this plain C struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is writable for the call.
    checked(unsafe { libc::fstatvfs(fd, &mut st) } as i64)?;
    Ok(st.f_frsize as i32)
}

/// `sendfile(to, from, &offset, count)`: the bytes sent.
pub fn sendfile(to: i32, from: i32, offset: i64, count: i64) -> Result<i64, Errno> {
    let mut offset = offset as libc::off64_t;
    // SAFETY: `offset` is a writable off64_t for the call.
    checked(unsafe { libc::sendfile64(to, from, &mut offset, count as usize) } as i64)
}

/// `mmap(NULL, length, protection, flags, fd, offset)`: the mapping's
/// address.
pub fn mmap(fd: i32, length: usize, protection: i32, flags: i32, offset: i64) -> Result<usize, Errno> {
    // SAFETY: a mapping at an address the kernel picks overlaps no memory
    // in use; the caller owns it from here on.
    let address =
        unsafe { libc::mmap(std::ptr::null_mut(), length, protection, flags, fd, offset as libc::off_t) };
    if address == libc::MAP_FAILED {
        return Err(errno());
    }
    Ok(address as usize)
}

/// `munmap(address, length)`.
///
/// # Safety
/// The range must be a mapping `mmap` made that nothing uses any more.
pub unsafe fn munmap(address: usize, length: usize) -> Result<(), Errno> {
    // SAFETY: the caller's contract.
    checked(unsafe { libc::munmap(address as *mut libc::c_void, length) } as i64).map(drop)
}

/// `getrlimit(RLIMIT_NOFILE)`'s hard limit (`None`: unlimited).
pub fn descriptor_limit() -> Result<Option<u64>, Errno> {
    // SAFETY: an all-zero `rlimit` is a valid value of this plain C struct.
    let mut limit: libc::rlimit = unsafe { std::mem::zeroed() };
    // SAFETY: `limit` is writable for the call.
    checked(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } as i64)?;
    Ok((limit.rlim_max != libc::RLIM_INFINITY).then_some(limit.rlim_max))
}

/// `sysconf(name)`.
pub fn sysconf(name: libc::c_int) -> i64 {
    // SAFETY: sysconf takes no pointers.
    unsafe { libc::sysconf(name) as i64 }
}
