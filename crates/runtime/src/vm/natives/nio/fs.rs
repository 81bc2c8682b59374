//! `sun.nio.fs`: `UnixNativeDispatcher`, `LinuxNativeDispatcher` and
//! `UnixCopyFile`, as OpenJDK 17's UnixNativeDispatcher.c,
//! LinuxNativeDispatcher.c and UnixCopyFile.c do them on Linux (the
//! JDK 17 update this runs on, which reads attributes with `statx` and so
//! reports birth times).
//!
//! A failed call raises `UnixException(errno)`; paths are the
//! NUL-terminated bytes of a `NativeBuffer`.

use super::super::super::{JResult, ObjRef, Vm};
use super::super::unsafe_memory::{read_off_heap, with_off_heap};
use super::super::Natives;
use super::sys::{self, Errno, Stat, Target};
use super::{
    add_stream, boolean, byte_array, int, int_arg, long, native_path, null_check, stream, unix,
    unix_exception, Stream,
};

const UND: &str = "sun/nio/fs/UnixNativeDispatcher";
const LND: &str = "sun/nio/fs/LinuxNativeDispatcher";
const ATTRIBUTES: &str = "Lsun/nio/fs/UnixFileAttributes;";

// UnixNativeDispatcher's capability bits.
const SUPPORTS_OPENAT: i32 = 1 << 1;
const SUPPORTS_FUTIMES: i32 = 1 << 2;
const SUPPORTS_FUTIMENS: i32 = 1 << 3;
const SUPPORTS_LUTIMES: i32 = 1 << 4;
const SUPPORTS_XATTR: i32 = 1 << 5;
const SUPPORTS_BIRTHTIME: i32 = 1 << 16;

/// Whether attributes come from `statx` (found to work by `init`).
#[derive(Default)]
struct FsState {
    statx: bool,
}

pub(super) fn register(n: &mut Natives) {
    n.register(UND, "init", "()I", |vm, _| {
        // OpenJDK looks `statx` up in the C library; here it is linked, so
        // whether the kernel has it decides.
        let statx = !matches!(sys::statx(libc::AT_FDCWD, c"/", 0), Err(libc::ENOSYS | libc::EPERM));
        vm.native_state::<FsState>().statx = statx;
        let mut capabilities =
            SUPPORTS_OPENAT | SUPPORTS_FUTIMES | SUPPORTS_FUTIMENS | SUPPORTS_LUTIMES | SUPPORTS_XATTR;
        if statx {
            capabilities |= SUPPORTS_BIRTHTIME;
        }
        Ok(int(capabilities))
    });
    n.register(UND, "getcwd", "()[B", |vm, _| {
        let cwd = unix(vm, sys::getcwd())?;
        byte_array(vm, &cwd)
    });
    n.register(UND, "dup", "(I)I", |vm, a| Ok(int(unix(vm, sys::dup(int_arg(a[0])))?)));
    n.register(UND, "open0", "(JII)I", |vm, a| {
        let path = native_path(vm, a[0])?;
        Ok(int(unix(vm, sys::open(&path, int_arg(a[1]), int_arg(a[2]) as u32))?))
    });
    n.register(UND, "openat0", "(IJII)I", |vm, a| {
        let path = native_path(vm, a[1])?;
        Ok(int(unix(vm, sys::openat(int_arg(a[0]), &path, int_arg(a[2]), int_arg(a[3]) as u32))?))
    });
    n.register(UND, "close0", "(I)V", |vm, a| match sys::close(int_arg(a[0])) {
        Err(e) if e != libc::EINTR => Err(unix_exception(vm, e)),
        _ => Ok(None),
    });
    n.register(UND, "link0", "(JJ)V", |vm, a| {
        let (existing, new) = (native_path(vm, a[0])?, native_path(vm, a[1])?);
        unix(vm, sys::link(&existing, &new)).map(|()| None)
    });
    n.register(UND, "unlink0", "(J)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::unlink(&path)).map(|()| None)
    });
    n.register(UND, "unlinkat0", "(IJI)V", |vm, a| {
        let path = native_path(vm, a[1])?;
        unix(vm, sys::unlinkat(int_arg(a[0]), &path, int_arg(a[2]))).map(|()| None)
    });
    n.register(UND, "mknod0", "(JIJ)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::mknod(&path, int_arg(a[1]) as u32, a[2])).map(|()| None)
    });
    n.register(UND, "rename0", "(JJ)V", |vm, a| {
        let (from, to) = (native_path(vm, a[0])?, native_path(vm, a[1])?);
        unix(vm, sys::rename(&from, &to)).map(|()| None)
    });
    n.register(UND, "renameat0", "(IJIJ)V", |vm, a| {
        let (from, to) = (native_path(vm, a[1])?, native_path(vm, a[3])?);
        unix(vm, sys::renameat(int_arg(a[0]), &from, int_arg(a[2]), &to)).map(|()| None)
    });
    n.register(UND, "mkdir0", "(JI)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::mkdir(&path, int_arg(a[1]) as u32)).map(|()| None)
    });
    n.register(UND, "rmdir0", "(J)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::rmdir(&path)).map(|()| None)
    });
    n.register(UND, "readlink0", "(J)[B", |vm, a| {
        let path = native_path(vm, a[0])?;
        let target = unix(vm, sys::readlink(&path))?;
        byte_array(vm, &target)
    });
    n.register(UND, "realpath0", "(J)[B", |vm, a| {
        let path = native_path(vm, a[0])?;
        let resolved = unix(vm, sys::realpath(&path))?;
        byte_array(vm, &resolved)
    });
    n.register(UND, "symlink0", "(JJ)V", |vm, a| {
        let (target, link) = (native_path(vm, a[0])?, native_path(vm, a[1])?);
        unix(vm, sys::symlink(&target, &link)).map(|()| None)
    });
    register_attributes(n);
    register_directories(n);
    n.register(UND, "read", "(IJI)I", |vm, a| {
        let (fd, address, length) = (int_arg(a[0]), a[1] as i64, int_arg(a[2]).max(0) as usize);
        let n = with_off_heap(vm, address, length, |buf| sys::read(fd, buf))?;
        Ok(int(unix(vm, n)? as i32))
    });
    n.register(UND, "write", "(IJI)I", |vm, a| {
        let (fd, address, length) = (int_arg(a[0]), a[1] as i64, int_arg(a[2]).max(0) as usize);
        let n = with_off_heap(vm, address, length, |buf| sys::write(fd, buf))?;
        Ok(int(unix(vm, n)? as i32))
    });
    n.register(UND, "access0", "(JI)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::access(&path, int_arg(a[1]))).map(|()| None)
    });
    n.register(UND, "exists0", "(J)Z", |vm, a| {
        let path = native_path(vm, a[0])?;
        Ok(boolean(sys::access(&path, libc::F_OK).is_ok()))
    });
    n.register(UND, "getpwuid", "(I)[B", |vm, a| {
        let name = unix(vm, sys::user_name(int_arg(a[0]) as u32))?;
        byte_array(vm, &name)
    });
    n.register(UND, "getgrgid", "(I)[B", |vm, a| {
        let name = unix(vm, sys::group_name(int_arg(a[0]) as u32))?;
        byte_array(vm, &name)
    });
    n.register(UND, "getpwnam0", "(J)I", |vm, a| {
        let name = native_path(vm, a[0])?;
        Ok(int(unix(vm, sys::user_id(&name))?))
    });
    n.register(UND, "getgrnam0", "(J)I", |vm, a| {
        let name = native_path(vm, a[0])?;
        Ok(int(unix(vm, sys::group_id(&name))?))
    });
    n.register(UND, "statvfs0", "(JLsun/nio/fs/UnixFileStoreAttributes;)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        let attributes = null_check(vm, a[1])?;
        let (fragment, blocks, free, available) = unix(vm, sys::statvfs(&path))?;
        for (name, value) in
            [("f_frsize", fragment), ("f_blocks", blocks), ("f_bfree", free), ("f_bavail", available)]
        {
            vm.set_field(attributes, name, value);
        }
        Ok(None)
    });
    n.register(UND, "strerror", "(I)[B", |vm, a| {
        let text = sys::error_text(int_arg(a[0]));
        byte_array(vm, text.as_bytes())
    });
    register_xattrs(n);
    register_mount_tables(n);
    n.register("sun/nio/fs/UnixCopyFile", "transfer", "(IIJ)V", |vm, a| {
        transfer(vm, int_arg(a[0]), int_arg(a[1]), a[2] as i64).map(|()| None)
    });
}

// ----- attributes -----

/// `stat`/`lstat`/`fstatat` of `path` relative to `dfd`: with `statx` if
/// `init` found it working, else `fstatat`.
fn stat_at(vm: &mut Vm, dfd: i32, path: &std::ffi::CStr, flags: i32) -> Result<Stat, Errno> {
    if vm.native_state::<FsState>().statx {
        sys::statx(dfd, path, flags)
    } else {
        sys::fstatat(dfd, path, flags)
    }
}

/// `prepAttributes`/`copy_statx_attributes`: fills a `UnixFileAttributes`.
fn fill_attributes(vm: &mut Vm, attributes: ObjRef, st: &Stat) {
    let ints = [("st_mode", st.mode), ("st_nlink", st.nlink as u32), ("st_uid", st.uid), ("st_gid", st.gid)];
    for (name, value) in ints {
        vm.set_field(attributes, name, value as u64);
    }
    let longs = [
        ("st_ino", st.ino as i64),
        ("st_dev", st.dev as i64),
        ("st_rdev", st.rdev as i64),
        ("st_size", st.size),
        ("st_atime_sec", st.atime.0),
        ("st_atime_nsec", st.atime.1),
        ("st_mtime_sec", st.mtime.0),
        ("st_mtime_nsec", st.mtime.1),
        ("st_ctime_sec", st.ctime.0),
        ("st_ctime_nsec", st.ctime.1),
        ("st_birthtime_sec", st.btime.0),
        ("st_birthtime_nsec", st.btime.1),
    ];
    for (name, value) in longs {
        vm.set_field(attributes, name, value as u64);
    }
}

/// Stats `path` (relative to `dfd`) into the attributes object in `slot`.
fn stat_into(vm: &mut Vm, dfd: i32, path_slot: u64, flags: i32, slot: u64) -> JResult<Option<u64>> {
    let path = native_path(vm, path_slot)?;
    let attributes = null_check(vm, slot)?;
    let st = stat_at(vm, dfd, &path, flags);
    let st = unix(vm, st)?;
    fill_attributes(vm, attributes, &st);
    Ok(None)
}

fn register_attributes(n: &mut Natives) {
    n.register(UND, "stat0", &format!("(J{ATTRIBUTES})V"), |vm, a| {
        stat_into(vm, libc::AT_FDCWD, a[0], 0, a[1])
    });
    n.register(UND, "lstat0", &format!("(J{ATTRIBUTES})V"), |vm, a| {
        stat_into(vm, libc::AT_FDCWD, a[0], libc::AT_SYMLINK_NOFOLLOW, a[1])
    });
    n.register(UND, "fstatat0", &format!("(IJI{ATTRIBUTES})V"), |vm, a| {
        stat_into(vm, int_arg(a[0]), a[1], int_arg(a[2]), a[3])
    });
    n.register(UND, "fstat", &format!("(I{ATTRIBUTES})V"), |vm, a| {
        let fd = int_arg(a[0]);
        let attributes = null_check(vm, a[1])?;
        let st = if vm.native_state::<FsState>().statx {
            sys::statx(fd, c"", libc::AT_EMPTY_PATH)
        } else {
            sys::fstat(fd)
        };
        let st = unix(vm, st)?;
        fill_attributes(vm, attributes, &st);
        Ok(None)
    });
    n.register(UND, "stat1", "(J)I", |vm, a| {
        let path = native_path(vm, a[0])?;
        Ok(int(stat_at(vm, libc::AT_FDCWD, &path, 0).map_or(0, |st| st.mode as i32)))
    });
    n.register(UND, "chown0", "(JII)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::chown(&path, int_arg(a[1]), int_arg(a[2]), true)).map(|()| None)
    });
    n.register(UND, "lchown0", "(JII)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::chown(&path, int_arg(a[1]), int_arg(a[2]), false)).map(|()| None)
    });
    n.register(UND, "fchown", "(III)V", |vm, a| {
        unix(vm, sys::fchown(int_arg(a[0]), int_arg(a[1]), int_arg(a[2]))).map(|()| None)
    });
    n.register(UND, "chmod0", "(JI)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::chmod(&path, int_arg(a[1]) as u32)).map(|()| None)
    });
    n.register(UND, "fchmod", "(II)V", |vm, a| {
        unix(vm, sys::fchmod(int_arg(a[0]), int_arg(a[1]) as u32)).map(|()| None)
    });
    n.register(UND, "utimes0", "(JJJ)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::utimes(Target::Path(&path), a[1] as i64, a[2] as i64)).map(|()| None)
    });
    n.register(UND, "lutimes0", "(JJJ)V", |vm, a| {
        let path = native_path(vm, a[0])?;
        unix(vm, sys::utimes(Target::Link(&path), a[1] as i64, a[2] as i64)).map(|()| None)
    });
    n.register(UND, "futimes", "(IJJ)V", |vm, a| {
        unix(vm, sys::utimes(Target::Fd(int_arg(a[0])), a[1] as i64, a[2] as i64)).map(|()| None)
    });
    n.register(UND, "futimens", "(IJJ)V", |vm, a| {
        unix(vm, sys::futimens(int_arg(a[0]), a[1] as i64, a[2] as i64)).map(|()| None)
    });
}

// ----- directories -----

fn register_directories(n: &mut Natives) {
    n.register(UND, "opendir0", "(J)J", |vm, a| {
        let path = native_path(vm, a[0])?;
        let dir = unix(vm, sys::opendir(&path))?;
        add_stream(vm, Stream::Dir, dir);
        Ok(long(dir as i64))
    });
    n.register(UND, "fdopendir", "(I)J", |vm, a| {
        let dir = unix(vm, sys::fdopendir(int_arg(a[0])))?;
        add_stream(vm, Stream::Dir, dir);
        Ok(long(dir as i64))
    });
    n.register(UND, "closedir", "(J)V", |vm, a| {
        let dir = stream(vm, Stream::Dir, a[0], true)?;
        // SAFETY: `stream` checked that `dir` is a stream opendir or
        // fdopendir returned, not closed until now (it is forgotten).
        match unsafe { sys::closedir(dir) } {
            Err(e) if e != libc::EINTR => Err(unix_exception(vm, e)),
            _ => Ok(None),
        }
    });
    n.register(UND, "readdir", "(J)[B", |vm, a| {
        let dir = stream(vm, Stream::Dir, a[0], false)?;
        // SAFETY: `stream` checked that `dir` is an open directory stream.
        match unix(vm, unsafe { sys::readdir(dir) })? {
            Some(name) => byte_array(vm, &name),
            None => Ok(Some(ObjRef::NULL.to_slot())),
        }
    });
}

// ----- extended attributes -----

fn register_xattrs(n: &mut Natives) {
    n.register(UND, "fgetxattr0", "(IJJI)I", |vm, a| {
        let (fd, value, length) = (int_arg(a[0]), a[2] as i64, int_arg(a[3]).max(0) as usize);
        let name = native_path(vm, a[1])?;
        let size = with_off_heap(vm, value, length, |buf| sys::fgetxattr(fd, &name, buf))?;
        Ok(int(unix(vm, size)? as i32))
    });
    n.register(UND, "fsetxattr0", "(IJJI)V", |vm, a| {
        let (fd, value, length) = (int_arg(a[0]), a[2] as i64, int_arg(a[3]).max(0) as usize);
        let name = native_path(vm, a[1])?;
        let value = read_off_heap(vm, value, length)?;
        unix(vm, sys::fsetxattr(fd, &name, &value)).map(|()| None)
    });
    n.register(UND, "fremovexattr0", "(IJ)V", |vm, a| {
        let name = native_path(vm, a[1])?;
        unix(vm, sys::fremovexattr(int_arg(a[0]), &name)).map(|()| None)
    });
    n.register(UND, "flistxattr", "(IJI)I", |vm, a| {
        let (fd, list, length) = (int_arg(a[0]), a[1] as i64, int_arg(a[2]).max(0) as usize);
        let size = with_off_heap(vm, list, length, |buf| sys::flistxattr(fd, buf))?;
        Ok(int(unix(vm, size)? as i32))
    });
}

// ----- mount tables -----

fn register_mount_tables(n: &mut Natives) {
    n.register(LND, "init", "()V", |_, _| Ok(None));
    n.register(LND, "setmntent0", "(JJ)J", |vm, a| {
        let (path, mode) = (native_path(vm, a[0])?, native_path(vm, a[1])?);
        let file = unix(vm, sys::setmntent(&path, &mode))?;
        add_stream(vm, Stream::File, file);
        Ok(long(file as i64))
    });
    n.register(LND, "getmntent0", "(JLsun/nio/fs/UnixMountEntry;JI)I", |vm, a| {
        let file = stream(vm, Stream::File, a[0], false)?;
        let entry = null_check(vm, a[1])?;
        // The entry's strings are read into a buffer of the size Java asked
        // for (Java never reads its own buffer back).
        let size = int_arg(a[3]).max(0) as usize;
        // SAFETY: `stream` checked that `file` is an open mount-table stream.
        let Some(fields) = (unsafe { sys::getmntent(file, size) }) else { return Ok(int(-1)) };
        for (name, bytes) in ["name", "dir", "fstype", "opts"].into_iter().zip(fields) {
            let array = byte_array(vm, &bytes)?.expect("an array");
            vm.set_field(entry, name, array);
        }
        Ok(int(0))
    });
    n.register(LND, "endmntent", "(J)V", |vm, a| {
        let file = stream(vm, Stream::File, a[0], true)?;
        // SAFETY: `stream` checked that `file` is an open mount-table
        // stream, forgotten now that it is closed.
        unsafe { sys::endmntent(file) };
        Ok(None)
    });
    n.register(UND, "rewind", "(J)V", |vm, a| {
        let file = stream(vm, Stream::File, a[0], false)?;
        // SAFETY: `stream` checked that `file` is an open mount-table stream.
        unix(vm, unsafe { sys::rewind(file) }).map(|()| None)
    });
    n.register(UND, "getlinelen", "(J)I", |vm, a| {
        let file = stream(vm, Stream::File, a[0], false)?;
        // SAFETY: `stream` checked that `file` is an open mount-table stream.
        match unix(vm, unsafe { sys::line_length(file) })? {
            None => Ok(int(-1)),
            Some(n) if n > i32::MAX as i64 => Err(unix_exception(vm, libc::EOVERFLOW)),
            Some(n) => Ok(int(n as i32)),
        }
    });
}

// ----- copying -----

/// UnixCopyFile.c's `transfer`: copies `src` to `dst` through an 8 KiB
/// buffer until the end of `src`, checking the `int` at `cancel` (an
/// off-heap flag, unless 0) after every read: `ECANCELED` once it is set.
fn transfer(vm: &mut Vm, dst: i32, src: i32, cancel: i64) -> JResult<()> {
    let mut buf = [0u8; 8192];
    loop {
        let n = match sys::read(src, &mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) => return Err(unix_exception(vm, e)),
        };
        if cancel != 0 {
            let flag = read_off_heap(vm, cancel, 4)?;
            if flag != [0; 4] {
                return Err(unix_exception(vm, libc::ECANCELED));
            }
        }
        let mut rest = &buf[..n];
        while !rest.is_empty() {
            match sys::write(dst, rest) {
                Ok(written) => rest = &rest[written..],
                Err(e) => return Err(unix_exception(vm, e)),
            }
        }
    }
}
