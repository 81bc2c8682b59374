//! The `sun.nio.fs` and `sun.nio.ch` natives, called directly through the
//! registry (java.base is loaded but not booted): paths and buffers are
//! off-heap memory from `Unsafe.allocateMemory0`, objects are made without
//! constructors and given the fields the natives read. What java.nio.file
//! does with them end to end is the corpus program `tests/java/files_nio`.

mod common;

use common::{call, TempDir};

use keel_runtime::vm::{ObjRef, Throw, Value, Vm};

fn vm() -> Vm {
    common::vm_with(Vec::new(), 64 << 20)
}

fn temp_dir(name: &str) -> TempDir {
    TempDir::new("keel-nio-natives", name)
}

const UND: &str = "sun/nio/fs/UnixNativeDispatcher";
const FDI: &str = "sun/nio/ch/FileDispatcherImpl";
const UNSAFE: &str = "jdk/internal/misc/Unsafe";
const ATTRS: &str = "Lsun/nio/fs/UnixFileAttributes;";
const FD: &str = "Ljava/io/FileDescriptor;";

// Linux's open flags (as sun.nio.fs.UnixConstants has them).
const O_RDONLY: i32 = 0;
const O_RDWR: i32 = 2;
const O_CREAT: i32 = 0o100;
const O_EXCL: i32 = 0o200;

/// Calls a native that must throw a `UnixException`: its errno.
fn errno_of(vm: &mut Vm, class: &str, name: &str, descriptor: &str, args: &[Value]) -> i32 {
    match vm.call_native_by_name(class, name, descriptor, args) {
        Err(Throw::Java(e)) => {
            assert_eq!(vm.describe(&Throw::Java(e)).split(':').next(), Some("sun.nio.fs.UnixException"));
            vm.get_field(e, "errno").unwrap() as u32 as i32
        }
        Err(other) => panic!("{name}: {}", vm.describe(&other)),
        Ok(r) => panic!("{name}: returned {r:?}"),
    }
}

fn int(r: Result<Option<Value>, String>) -> i32 {
    r.unwrap().unwrap().as_int().unwrap()
}

fn long(r: Result<Option<Value>, String>) -> i64 {
    r.unwrap().unwrap().as_long().unwrap()
}

fn reference(r: Result<Option<Value>, String>) -> ObjRef {
    r.unwrap().unwrap().as_ref().unwrap()
}

/// Calls a native that returns a `byte[]`: its bytes.
fn call_bytes(vm: &mut Vm, class: &str, name: &str, descriptor: &str, args: &[Value]) -> Vec<u8> {
    let array = reference(call(vm, class, name, descriptor, args));
    let length = vm.array_length(array);
    vm.read_array_region(array, 0, length).unwrap()
}

/// `size` bytes of off-heap memory (`Unsafe.allocateMemory0`).
fn allocate(vm: &mut Vm, size: i64) -> i64 {
    let null = Value::Ref(ObjRef::NULL);
    long(call(vm, UNSAFE, "allocateMemory0", "(J)J", &[null, Value::Long(size)]))
}

/// Writes `data` to off-heap `address` with `Unsafe.putByte`.
fn poke(vm: &mut Vm, address: i64, data: &[u8]) {
    let null = Value::Ref(ObjRef::NULL);
    for (i, &b) in data.iter().enumerate() {
        let args = [null, null, Value::Long(address + i as i64), Value::Int(b as i8 as i32)];
        call(vm, UNSAFE, "putByte", "(Ljava/lang/Object;JB)V", &args).unwrap();
    }
}

/// Reads `length` off-heap bytes at `address` with `Unsafe.getByte`.
fn peek(vm: &mut Vm, address: i64, length: usize) -> Vec<u8> {
    let null = Value::Ref(ObjRef::NULL);
    (0..length)
        .map(|i| {
            let args = [null, null, Value::Long(address + i as i64)];
            int(call(vm, UNSAFE, "getByte", "(Ljava/lang/Object;J)B", &args)) as u8
        })
        .collect()
}

/// A `NativeBuffer`-style C string: the bytes and a NUL, off-heap.
fn c_string(vm: &mut Vm, text: &str) -> Value {
    let address = allocate(vm, text.len() as i64 + 1);
    let mut bytes = text.as_bytes().to_vec();
    bytes.push(0);
    poke(vm, address, &bytes);
    Value::Long(address)
}

fn object(vm: &mut Vm, class: &str) -> ObjRef {
    let class = vm.load_class(class).unwrap();
    vm.alloc_object(class).unwrap()
}

fn descriptor(vm: &mut Vm, fd: i32) -> Value {
    let descriptor = object(vm, "java/io/FileDescriptor");
    vm.set_field(descriptor, "fd", fd as u32 as u64);
    Value::Ref(descriptor)
}

#[test]
fn capabilities_and_working_directory() {
    let mut vm = vm();
    let capabilities = int(call(&mut vm, UND, "init", "()I", &[]));
    // openat, futimes, futimens, lutimes and xattr at least; birth times
    // where statx works.
    assert_eq!(capabilities & 0x3e, 0x3e, "{capabilities:#x}");
    assert_eq!(capabilities & !0x1003e, 0, "{capabilities:#x}");
    let cwd = call_bytes(&mut vm, UND, "getcwd", "()[B", &[]);
    assert_eq!(cwd, std::env::current_dir().unwrap().to_str().unwrap().as_bytes());
    let text = call_bytes(&mut vm, UND, "strerror", "(I)[B", &[Value::Int(libc::ENOENT)]);
    assert_eq!(text, b"No such file or directory");
}

#[test]
fn files_are_made_written_stated_and_removed() {
    let mut vm = vm();
    call(&mut vm, UND, "init", "()I", &[]).unwrap();
    let dir = temp_dir("files");
    let path = dir.path("data.txt");
    let p = c_string(&mut vm, &path);

    let mode = Value::Int(0o640);
    let fd = int(call(&mut vm, UND, "open0", "(JII)I", &[p, Value::Int(O_RDWR | O_CREAT | O_EXCL), mode]));
    assert!(fd > 2);
    let flags = Value::Int(O_RDWR | O_CREAT | O_EXCL);
    assert_eq!(errno_of(&mut vm, UND, "open0", "(JII)I", &[p, flags, mode]), libc::EEXIST);
    let buffer = allocate(&mut vm, 64);
    poke(&mut vm, buffer, b"hello, nio");
    let written =
        int(call(&mut vm, UND, "write", "(IJI)I", &[Value::Int(fd), Value::Long(buffer), Value::Int(10)]));
    assert_eq!(written, 10);
    call(&mut vm, UND, "close0", "(I)V", &[Value::Int(fd)]).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"hello, nio");

    let attrs = object(&mut vm, "sun/nio/fs/UnixFileAttributes");
    call(&mut vm, UND, "stat0", &format!("(J{ATTRS})V"), &[p, Value::Ref(attrs)]).unwrap();
    let field = |vm: &Vm, name: &str| vm.get_field(attrs, name).unwrap();
    assert_eq!(field(&vm, "st_size"), 10);
    assert_eq!(field(&vm, "st_mode") as u32, libc::S_IFREG | 0o640);
    assert_eq!(field(&vm, "st_nlink"), 1);
    let meta = std::fs::metadata(&path).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(field(&vm, "st_ino"), meta.ino());
    assert_eq!(field(&vm, "st_dev"), meta.dev());
    assert_eq!(field(&vm, "st_uid") as u32, meta.uid());
    assert_eq!(field(&vm, "st_mtime_sec") as i64, meta.mtime());
    assert_eq!(field(&vm, "st_mtime_nsec") as i64, meta.mtime_nsec());
    assert_eq!(int(call(&mut vm, UND, "stat1", "(J)I", &[p])) as u32, libc::S_IFREG | 0o640);

    // Times in microseconds, kept to the microsecond.
    let (access, modified) = (Value::Long(1_000_000_123_456), Value::Long(1_600_000_000_654_321));
    call(&mut vm, UND, "utimes0", "(JJJ)V", &[p, access, modified]).unwrap();
    call(&mut vm, UND, "lstat0", &format!("(J{ATTRS})V"), &[p, Value::Ref(attrs)]).unwrap();
    assert_eq!(field(&vm, "st_mtime_sec"), 1_600_000_000);
    assert_eq!(field(&vm, "st_mtime_nsec"), 654_321_000);
    assert_eq!(field(&vm, "st_atime_sec"), 1_000_000);

    call(&mut vm, UND, "chmod0", "(JI)V", &[p, Value::Int(0o600)]).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
    let real = call_bytes(&mut vm, UND, "realpath0", "(J)[B", &[p]);
    assert_eq!(real, std::fs::canonicalize(&path).unwrap().to_str().unwrap().as_bytes());
    assert!(call(&mut vm, UND, "exists0", "(J)Z", &[p]).unwrap().unwrap().as_int() == Some(1));
    call(&mut vm, UND, "access0", "(JI)V", &[p, Value::Int(libc::R_OK)]).unwrap();

    let link = c_string(&mut vm, &dir.path("link"));
    let target = c_string(&mut vm, "data.txt");
    call(&mut vm, UND, "symlink0", "(JJ)V", &[target, link]).unwrap();
    assert_eq!(call_bytes(&mut vm, UND, "readlink0", "(J)[B", &[link]), b"data.txt");
    call(&mut vm, UND, "lstat0", &format!("(J{ATTRS})V"), &[link, Value::Ref(attrs)]).unwrap();
    assert_eq!(field(&vm, "st_mode") as u32 & libc::S_IFMT, libc::S_IFLNK);

    let renamed = c_string(&mut vm, &dir.path("renamed.txt"));
    call(&mut vm, UND, "rename0", "(JJ)V", &[p, renamed]).unwrap();
    assert_eq!(
        errno_of(&mut vm, UND, "stat0", &format!("(J{ATTRS})V"), &[p, Value::Ref(attrs)]),
        libc::ENOENT
    );
    assert_eq!(int(call(&mut vm, UND, "stat1", "(J)I", &[p])), 0);
    assert!(call(&mut vm, UND, "exists0", "(J)Z", &[p]).unwrap().unwrap().as_int() == Some(0));
    call(&mut vm, UND, "unlink0", "(J)V", &[renamed]).unwrap();
    call(&mut vm, UND, "unlink0", "(J)V", &[link]).unwrap();
    assert_eq!(errno_of(&mut vm, UND, "unlink0", "(J)V", &[renamed]), libc::ENOENT);
}

#[test]
fn directories_are_made_listed_and_removed() {
    let mut vm = vm();
    let dir = temp_dir("dirs");
    let sub = c_string(&mut vm, &dir.path("sub"));
    call(&mut vm, UND, "mkdir0", "(JI)V", &[sub, Value::Int(0o755)]).unwrap();
    assert_eq!(errno_of(&mut vm, UND, "mkdir0", "(JI)V", &[sub, Value::Int(0o755)]), libc::EEXIST);
    for name in ["b", "a", "c"] {
        std::fs::write(dir.0.join("sub").join(name), name).unwrap();
    }
    assert_eq!(errno_of(&mut vm, UND, "rmdir0", "(J)V", &[sub]), libc::ENOTEMPTY);

    let stream = long(call(&mut vm, UND, "opendir0", "(J)J", &[sub]));
    let mut names = Vec::new();
    loop {
        let name = reference(call(&mut vm, UND, "readdir", "(J)[B", &[Value::Long(stream)]));
        if name.is_null() {
            break;
        }
        let length = vm.array_length(name);
        names.push(String::from_utf8(vm.read_array_region(name, 0, length).unwrap()).unwrap());
    }
    names.sort();
    assert_eq!(names, [".", "..", "a", "b", "c"]);
    call(&mut vm, UND, "closedir", "(J)V", &[Value::Long(stream)]).unwrap();
    // A closed (or never opened) stream is refused, not used.
    let refused = call(&mut vm, UND, "readdir", "(J)[B", &[Value::Long(stream)]).unwrap_err();
    assert!(refused.starts_with("java.lang.InternalError: keel:"), "{refused}");
    let refused = call(&mut vm, UND, "closedir", "(J)V", &[Value::Long(12345)]).unwrap_err();
    assert!(refused.starts_with("java.lang.InternalError: keel:"), "{refused}");

    let missing = c_string(&mut vm, &dir.path("missing"));
    assert_eq!(errno_of(&mut vm, UND, "opendir0", "(J)J", &[missing]), libc::ENOENT);
    for name in ["a", "b", "c"] {
        let file = c_string(&mut vm, &dir.path(&format!("sub/{name}")));
        call(&mut vm, UND, "unlink0", "(J)V", &[file]).unwrap();
    }
    call(&mut vm, UND, "rmdir0", "(J)V", &[sub]).unwrap();
    assert!(!dir.0.join("sub").exists());
}

#[test]
fn native_addresses_are_checked() {
    let mut vm = vm();
    // Not allocated at all.
    let bad = call(&mut vm, UND, "stat1", "(J)I", &[Value::Long(0x1000)]).unwrap_err();
    assert!(bad.starts_with("java.lang.InternalError: keel:"), "{bad}");
    // A string that does not end inside its block.
    let block = allocate(&mut vm, 4);
    poke(&mut vm, block, b"/tmp");
    let bad = call(&mut vm, UND, "exists0", "(J)Z", &[Value::Long(block)]).unwrap_err();
    assert!(bad.starts_with("java.lang.InternalError: keel:"), "{bad}");
    // A buffer that runs past its block.
    let fd = Value::Int(libc::STDOUT_FILENO);
    let bad = call(&mut vm, UND, "write", "(IJI)I", &[fd, Value::Long(block), Value::Int(5)]).unwrap_err();
    assert!(bad.starts_with("java.lang.InternalError: keel:"), "{bad}");
    let bad = call(
        &mut vm,
        FDI,
        "read0",
        &format!("({FD}JI)I"),
        &[Value::Ref(ObjRef::NULL), Value::Long(block), Value::Int(1)],
    )
    .unwrap_err();
    assert_eq!(bad, "java.lang.NullPointerException");
}

#[test]
fn file_dispatcher_reads_writes_and_seeks() {
    let mut vm = vm();
    let dir = temp_dir("dispatcher");
    let path = dir.path("channel.bin");
    let p = c_string(&mut vm, &path);
    let raw =
        int(call(&mut vm, UND, "open0", "(JII)I", &[p, Value::Int(O_RDWR | O_CREAT), Value::Int(0o644)]));
    let fd = descriptor(&mut vm, raw);

    let buffer = allocate(&mut vm, 32);
    poke(&mut vm, buffer, b"0123456789abcdef");
    let (b, sixteen) = (Value::Long(buffer), Value::Int(16));
    assert_eq!(int(call(&mut vm, FDI, "write0", &format!("({FD}JI)I"), &[fd, b, sixteen])), 16);
    assert_eq!(long(call(&mut vm, FDI, "size0", &format!("({FD})J"), &[fd])), 16);
    // A negative offset asks for the position.
    assert_eq!(long(call(&mut vm, FDI, "seek0", &format!("({FD}J)J"), &[fd, Value::Long(-1)])), 16);
    assert_eq!(int(call(&mut vm, FDI, "read0", &format!("({FD}JI)I"), &[fd, b, sixteen])), -1);
    assert_eq!(long(call(&mut vm, FDI, "seek0", &format!("({FD}J)J"), &[fd, Value::Long(4)])), 4);
    let target = Value::Long(buffer + 16);
    assert_eq!(int(call(&mut vm, FDI, "read0", &format!("({FD}JI)I"), &[fd, target, Value::Int(6)])), 6);
    assert_eq!(peek(&mut vm, buffer + 16, 6), b"456789");
    let args = [fd, target, Value::Int(3), Value::Long(10)];
    assert_eq!(int(call(&mut vm, FDI, "pread0", &format!("({FD}JIJ)I"), &args)), 3);
    assert_eq!(peek(&mut vm, buffer + 16, 3), b"abc");
    let args = [fd, b, Value::Int(2), Value::Long(20)];
    assert_eq!(int(call(&mut vm, FDI, "pwrite0", &format!("({FD}JIJ)I"), &args)), 2);
    assert_eq!(std::fs::read(&path).unwrap(), b"0123456789abcdef\x00\x00\x00\x0001");

    // Scatter and gather through arrays of iovecs.
    let iov = allocate(&mut vm, 32);
    let mut entries = Vec::new();
    for (base, length) in [(buffer, 3u64), (buffer + 8, 2)] {
        entries.extend_from_slice(&(base as u64).to_ne_bytes());
        entries.extend_from_slice(&length.to_ne_bytes());
    }
    poke(&mut vm, iov, &entries);
    call(&mut vm, FDI, "seek0", &format!("({FD}J)J"), &[fd, Value::Long(0)]).unwrap();
    assert_eq!(
        long(call(&mut vm, FDI, "writev0", &format!("({FD}JI)J"), &[fd, Value::Long(iov), Value::Int(2)])),
        5
    );
    assert_eq!(&std::fs::read(&path).unwrap()[..6], b"012895");
    call(&mut vm, FDI, "seek0", &format!("({FD}J)J"), &[fd, Value::Long(10)]).unwrap();
    assert_eq!(
        long(call(&mut vm, FDI, "readv0", &format!("({FD}JI)J"), &[fd, Value::Long(iov), Value::Int(2)])),
        5
    );
    assert_eq!(peek(&mut vm, buffer, 10), b"abc34567de");

    assert_eq!(int(call(&mut vm, FDI, "truncate0", &format!("({FD}J)I"), &[fd, Value::Long(7)])), 0);
    assert_eq!(long(call(&mut vm, FDI, "size0", &format!("({FD})J"), &[fd])), 7);
    assert_eq!(int(call(&mut vm, FDI, "force0", &format!("({FD}Z)I"), &[fd, Value::Int(1)])), 0);
    let args = [fd, Value::Int(0), Value::Long(0), Value::Long(i64::MAX), Value::Int(0)];
    assert_eq!(int(call(&mut vm, FDI, "lock0", &format!("({FD}ZJJZ)I"), &args)), 0);
    call(&mut vm, FDI, "release0", &format!("({FD}JJ)V"), &[fd, Value::Long(0), Value::Long(i64::MAX)])
        .unwrap();
    call(&mut vm, FDI, "close0", &format!("({FD})V"), &[fd]).unwrap();
    assert_eq!(
        call(&mut vm, FDI, "read0", &format!("({FD}JI)I"), &[fd, b, sixteen]).unwrap_err(),
        "java.io.IOException: Bad file descriptor"
    );

    let readonly = int(call(&mut vm, UND, "open0", "(JII)I", &[p, Value::Int(O_RDONLY), Value::Int(0)]));
    let attrs = object(&mut vm, "sun/nio/fs/UnixFileAttributes");
    call(&mut vm, UND, "fstat", &format!("(I{ATTRS})V"), &[Value::Int(readonly), Value::Ref(attrs)]).unwrap();
    assert_eq!(vm.get_field(attrs, "st_size"), Some(7));
    call(&mut vm, UND, "close0", "(I)V", &[Value::Int(readonly)]).unwrap();
}

#[test]
fn mapped_files_are_reachable_until_unmapped() {
    let mut vm = vm();
    let dir = temp_dir("map");
    let path = dir.path("mapped.bin");
    std::fs::write(&path, b"mapped bytes").unwrap();
    let p = c_string(&mut vm, &path);
    let raw = int(call(&mut vm, UND, "open0", "(JII)I", &[p, Value::Int(O_RDONLY), Value::Int(0)]));
    let channel = object(&mut vm, "sun/nio/ch/FileChannelImpl");
    let fd = descriptor(&mut vm, raw);
    vm.set_field(channel, "fd", fd.as_ref().unwrap().addr() as u64);
    const FCI: &str = "sun/nio/ch/FileChannelImpl";
    // MAP_RO of the whole file.
    let args = [Value::Ref(channel), Value::Int(0), Value::Long(0), Value::Long(12), Value::Int(0)];
    let address = long(call(&mut vm, FCI, "map0", "(IJJZ)J", &args));
    assert_eq!(peek(&mut vm, address, 12), b"mapped bytes");
    // A store into a read-only mapping changes a private copy, not the file.
    poke(&mut vm, address, b"M");
    assert_eq!(peek(&mut vm, address, 1), b"M");
    assert_eq!(std::fs::read(&path).unwrap(), b"mapped bytes");
    let bad = call(&mut vm, FCI, "unmap0", "(JJ)I", &[Value::Long(address), Value::Long(5)]).unwrap_err();
    assert!(bad.starts_with("java.lang.InternalError: keel:"), "{bad}");
    assert_eq!(int(call(&mut vm, FCI, "unmap0", "(JJ)I", &[Value::Long(address), Value::Long(12)])), 0);
    let null = Value::Ref(ObjRef::NULL);
    let gone =
        call(&mut vm, UNSAFE, "getByte", "(Ljava/lang/Object;J)B", &[null, null, Value::Long(address)]);
    assert!(gone.unwrap_err().starts_with("java.lang.InternalError"));
    call(&mut vm, FDI, "close0", &format!("({FD})V"), &[fd]).unwrap();
}
