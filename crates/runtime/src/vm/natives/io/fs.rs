//! `java.io.UnixFileSystem`, as OpenJDK 17's UnixFileSystem_md.c and
//! canonicalize_md.c: queries answer false, 0 or null on any failure
//! (only `canonicalize0` and `createFileExclusively` raise
//! `IOException`s); a null `File` or path is a `NullPointerException`.

use std::ffi::{CStr, OsStr};
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use super::super::super::{JResult, ObjRef, Vm};
use super::super::Natives;
use super::sys::{self, Errno};
use super::{bool_arg, boolean, file_path, host_string, int, int_arg, io_error, long, platform_string};

const UFS: &str = "java/io/UnixFileSystem";

// java.io.FileSystem's constants.
const BA_EXISTS: i32 = 1;
const BA_REGULAR: i32 = 2;
const BA_DIRECTORY: i32 = 4;
const ACCESS_READ: i32 = 4;
const ACCESS_WRITE: i32 = 2;
const ACCESS_EXECUTE: i32 = 1;
const SPACE_TOTAL: i32 = 0;
const SPACE_FREE: i32 = 1;
const SPACE_USABLE: i32 = 2;

/// The longest path `canonicalize0` handles (Linux's `PATH_MAX`).
const PATH_MAX: usize = 4096;
/// `NAME_MAX`, when `pathconf` does not know.
const NAME_MAX: i64 = 255;

pub(super) fn register(n: &mut Natives) {
    n.register(UFS, "initIDs", "()V", |_, _| Ok(None));
    n.register(UFS, "canonicalize0", "(Ljava/lang/String;)Ljava/lang/String;", |vm, a| {
        let path = platform_string(vm, ObjRef::from_slot(a[1]))?;
        match canonicalize(path.to_bytes()) {
            Ok(canonical) => Ok(Some(host_string(vm, &canonical)?.to_slot())),
            Err(e) => Err(io_error(vm, e, Some("Bad pathname"))),
        }
    });
    n.register(UFS, "getBooleanAttributes0", "(Ljava/io/File;)I", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        let attributes = match sys::stat(&path) {
            Ok(st) => {
                let format = st.st_mode & libc::S_IFMT;
                BA_EXISTS
                    | if format == libc::S_IFREG { BA_REGULAR } else { 0 }
                    | if format == libc::S_IFDIR { BA_DIRECTORY } else { 0 }
            }
            Err(_) => 0,
        };
        Ok(int(attributes))
    });
    n.register(UFS, "checkAccess", "(Ljava/io/File;I)Z", |vm, a| {
        let mode = match int_arg(a[2]) {
            ACCESS_READ => libc::R_OK,
            ACCESS_WRITE => libc::W_OK,
            ACCESS_EXECUTE => libc::X_OK,
            _ => libc::F_OK,
        };
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(boolean(sys::access(&path, mode).is_ok()))
    });
    n.register(UFS, "getLastModifiedTime", "(Ljava/io/File;)J", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(long(match sys::stat(&path) {
            Ok(st) => st.st_mtime * 1000 + st.st_mtime_nsec / 1_000_000,
            Err(_) => 0,
        }))
    });
    n.register(UFS, "getLength", "(Ljava/io/File;)J", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(long(sys::stat(&path).map_or(0, |st| st.st_size)))
    });
    n.register(UFS, "setPermission", "(Ljava/io/File;IZZ)Z", |vm, a| {
        let (enable, owner_only) = (bool_arg(a[3]), bool_arg(a[4]));
        let (owner, all) = match int_arg(a[2]) {
            ACCESS_READ => (libc::S_IRUSR, libc::S_IRUSR | libc::S_IRGRP | libc::S_IROTH),
            ACCESS_WRITE => (libc::S_IWUSR, libc::S_IWUSR | libc::S_IWGRP | libc::S_IWOTH),
            ACCESS_EXECUTE => (libc::S_IXUSR, libc::S_IXUSR | libc::S_IXGRP | libc::S_IXOTH),
            _ => (0, 0),
        };
        let bits = if owner_only { owner } else { all };
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(boolean(match sys::stat(&path) {
            Ok(st) => {
                let mode = if enable { st.st_mode | bits } else { st.st_mode & !bits };
                sys::chmod(&path, mode).is_ok()
            }
            Err(_) => false,
        }))
    });
    n.register(UFS, "createFileExclusively", "(Ljava/lang/String;)Z", |vm, a| {
        let path = platform_string(vm, ObjRef::from_slot(a[1]))?;
        // The root directory always exists.
        if path.to_bytes() == b"/" {
            return Ok(boolean(false));
        }
        match sys::open(&path, libc::O_RDWR | libc::O_CREAT | libc::O_EXCL | libc::O_CLOEXEC, 0o666) {
            Ok(fd) => match sys::close(fd) {
                Ok(()) => Ok(boolean(true)),
                Err(e) => Err(io_error(vm, e, Some("Could not close file"))),
            },
            Err(libc::EEXIST) => Ok(boolean(false)),
            Err(e) => Err(io_error(vm, e, Some("Could not open file"))),
        }
    });
    n.register(UFS, "delete0", "(Ljava/io/File;)Z", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(boolean(sys::remove(&path)))
    });
    n.register(UFS, "list", "(Ljava/io/File;)[Ljava/lang/String;", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        list(vm, &path).map(|array| Some(array.to_slot()))
    });
    n.register(UFS, "createDirectory", "(Ljava/io/File;)Z", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(boolean(sys::mkdir(&path, 0o777).is_ok()))
    });
    n.register(UFS, "rename0", "(Ljava/io/File;Ljava/io/File;)Z", |vm, a| {
        let from = file_path(vm, ObjRef::from_slot(a[1]))?;
        let to = file_path(vm, ObjRef::from_slot(a[2]))?;
        Ok(boolean(sys::rename(&from, &to).is_ok()))
    });
    n.register(UFS, "setLastModifiedTime", "(Ljava/io/File;J)Z", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        let time = a[2] as i64;
        Ok(boolean(match sys::stat(&path) {
            // The access time is kept; microseconds, as `utimes` takes.
            Ok(st) => sys::utimes(
                &path,
                (st.st_atime, st.st_atime_nsec / 1000),
                (time / 1000, (time % 1000) * 1000),
            ),
            Err(_) => false,
        }))
    });
    n.register(UFS, "setReadOnly", "(Ljava/io/File;)Z", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        Ok(boolean(match sys::stat(&path) {
            Ok(st) => {
                sys::chmod(&path, st.st_mode & !(libc::S_IWUSR | libc::S_IWGRP | libc::S_IWOTH)).is_ok()
            }
            Err(_) => false,
        }))
    });
    n.register(UFS, "getSpace", "(Ljava/io/File;I)J", |vm, a| {
        let path = file_path(vm, ObjRef::from_slot(a[1]))?;
        let Ok((fragment, blocks, free, available)) = sys::statvfs(&path) else { return Ok(long(0)) };
        let count = match int_arg(a[2]) {
            SPACE_TOTAL => blocks,
            SPACE_FREE => free,
            SPACE_USABLE => available,
            _ => 0,
        };
        Ok(long(fragment.wrapping_mul(count) as i64))
    });
    n.register(UFS, "getNameMax0", "(Ljava/lang/String;)J", |vm, a| {
        let path = platform_string(vm, ObjRef::from_slot(a[1]))?;
        Ok(long(match sys::name_max(&path) {
            -1 => NAME_MAX,
            n => n,
        }))
    });
}

/// The names in directory `path` but `.` and `..`, in the order the
/// directory gives them; null if it cannot be opened.
fn list(vm: &mut Vm, path: &CStr) -> JResult<ObjRef> {
    let Ok(entries) = std::fs::read_dir(OsStr::from_bytes(path.to_bytes())) else { return Ok(ObjRef::NULL) };
    // As `readdir`: an error ends the listing.
    let names: Vec<Vec<u8>> =
        entries.map_while(Result::ok).map(|e| e.file_name().as_bytes().to_vec()).collect();
    let array = vm.new_array("[Ljava/lang/String;", names.len() as i32)?;
    for (i, name) in names.iter().enumerate() {
        let string = host_string(vm, name)?;
        let address = vm.element_address(array, i as i32)?;
        // SAFETY: `element_address` checked the index: `address` is a
        // reference element of the live `String[]`, and the value stored
        // is a live `String`.
        unsafe { crate::vm::value::store(keel_kir::ElemKind::Ref, address, string.to_slot()) };
    }
    Ok(array)
}

/// `realpath(path)`, with its `errno` on failure.
fn realpath(path: &[u8]) -> Result<Vec<u8>, Errno> {
    match std::fs::canonicalize(OsStr::from_bytes(path)) {
        Ok(p) => Ok(p.into_os_string().into_vec()),
        Err(e) => Err(e.raw_os_error().unwrap_or(libc::EINVAL)),
    }
}

/// canonicalize_md.c's `JDK_Canonicalize`: `realpath` of the whole path;
/// failing that, of the longest prefix that resolves (names dropped from
/// the end while the lookup fails with `ENOENT`, `ENOTDIR` or `EACCES`),
/// the rest appended; failing that, the path itself; then `.` and `..`
/// collapsed.
pub fn canonicalize(original: &[u8]) -> Result<Vec<u8>, Errno> {
    if original.len() > PATH_MAX {
        return Err(libc::ENAMETOOLONG);
    }
    if let Ok(mut resolved) = realpath(original) {
        collapse(&mut resolved);
        return Ok(resolved);
    }
    let mut end = original.len();
    let mut resolved = None;
    while end > 0 {
        // Skip the last name.
        loop {
            end -= 1;
            if end == 0 || original[end] == b'/' {
                break;
            }
        }
        if end == 0 {
            break;
        }
        match realpath(&original[..end]) {
            Ok(r) => {
                resolved = Some(r);
                break;
            }
            Err(libc::ENOENT | libc::ENOTDIR | libc::EACCES) => continue,
            Err(e) => return Err(e),
        }
    }
    let mut out = match resolved {
        Some(mut r) => {
            let mut rest = &original[end..];
            if r.len() + rest.len() >= PATH_MAX {
                return Err(libc::ENAMETOOLONG);
            }
            if r.ends_with(b"/") && rest.starts_with(b"/") {
                rest = &rest[1..];
            }
            r.extend_from_slice(rest);
            r
        }
        None => original.to_vec(),
    };
    collapse(&mut out);
    Ok(out)
}

/// canonicalize_md.c's `collapse`: drops every `.` name, and every `..`
/// with the name before it (if any is left), keeping a leading `/`. A
/// syntactic cleanup, with no file-system queries. Nothing changes unless
/// there are two names or more and a `.` or `..` among them.
fn collapse(path: &mut Vec<u8>) {
    let start = usize::from(path.first() == Some(&b'/'));
    let names_text = &path[start..];
    // Names end at a '/'; a trailing '/' does not start another one.
    let mut names: Vec<Option<&[u8]>> = Vec::new();
    let mut rest = names_text;
    while !rest.is_empty() {
        let (name, after) = match rest.iter().position(|&b| b == b'/') {
            Some(slash) => (&rest[..slash], &rest[slash + 1..]),
            None => (rest, &rest[rest.len()..]),
        };
        names.push(Some(name));
        rest = after;
    }
    let is_dots = |n: &[u8]| n == b"." || n == b"..";
    if names.len() < 2 || !names.iter().flatten().any(|n| is_dots(n)) {
        return;
    }
    for i in 0..names.len() {
        match names[i] {
            Some(b".") => names[i] = None,
            Some(b"..") => {
                // OpenJDK removes the nearest name left before, whatever it is.
                if let Some(j) = (0..i).rev().find(|&j| names[j].is_some()) {
                    names[j] = None;
                    names[i] = None;
                }
            }
            _ => {}
        }
    }
    let joined = names.iter().flatten().copied().collect::<Vec<_>>().join(&b'/');
    path.truncate(start);
    path.extend_from_slice(&joined);
}

#[cfg(test)]
mod tests {
    use super::collapse;

    fn collapsed(path: &str) -> String {
        let mut bytes = path.as_bytes().to_vec();
        collapse(&mut bytes);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn collapse_drops_dot_names_as_openjdk_does() {
        assert_eq!(collapsed("/a/./b/../c"), "/a/c");
        assert_eq!(collapsed("/a/b/../../.."), "/..");
        assert_eq!(collapsed("/./."), "/");
        assert_eq!(collapsed("/."), "/.");
        assert_eq!(collapsed("a/b/"), "a/b/");
        assert_eq!(collapsed("a/./"), "a");
        assert_eq!(collapsed("/tmp/a/."), "/tmp/a");
    }
}
