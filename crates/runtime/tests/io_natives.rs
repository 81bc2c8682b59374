//! The `java.io` and `java.util.zip` natives, called directly through the
//! registry (java.base is loaded but not booted): objects are made without
//! constructors and given the fields the natives read.

mod common;

use common::{call, TempDir};
use std::path::Path;

use keel_runtime::vm::natives::io::string_array;
use keel_runtime::vm::natives::Natives;
use keel_runtime::vm::{ObjRef, Value, Vm, ACC_NATIVE};

fn vm() -> Vm {
    common::vm_with(Vec::new(), 64 << 20)
}

fn temp_dir(name: &str) -> TempDir {
    TempDir::new("keel-io-natives", name)
}

fn int(r: Result<Option<Value>, String>) -> i32 {
    r.unwrap().unwrap().as_int().unwrap()
}

fn long(r: Result<Option<Value>, String>) -> i64 {
    r.unwrap().unwrap().as_long().unwrap()
}

fn boolean(r: Result<Option<Value>, String>) -> bool {
    int(r) != 0
}

fn reference(r: Result<Option<Value>, String>) -> ObjRef {
    r.unwrap().unwrap().as_ref().unwrap()
}

fn string(vm: &mut Vm, s: &str) -> Value {
    Value::Ref(vm.java_string(s).unwrap())
}

fn bytes(vm: &mut Vm, data: &[u8]) -> ObjRef {
    let array = vm.new_array("[B", data.len() as i32).unwrap();
    vm.write_array_region(array, 0, data).unwrap();
    array
}

fn object(vm: &mut Vm, class: &str) -> ObjRef {
    let class = vm.load_class(class).unwrap();
    vm.alloc_object(class).unwrap()
}

/// A stream of `class` holding a fresh `FileDescriptor` (fd -1: closed).
fn stream(vm: &mut Vm, class: &str) -> (ObjRef, ObjRef) {
    let stream = object(vm, class);
    let descriptor = object(vm, "java/io/FileDescriptor");
    vm.set_field(descriptor, "fd", -1i32 as u32 as u64);
    vm.set_field(stream, "fd", descriptor.addr() as u64);
    (stream, descriptor)
}

fn fd_of(vm: &Vm, descriptor: ObjRef) -> i32 {
    vm.get_field(descriptor, "fd").unwrap() as u32 as i32
}

fn close(vm: &mut Vm, descriptor: ObjRef) {
    call(vm, "java/io/FileDescriptor", "close0", "()V", &[Value::Ref(descriptor)]).unwrap();
    assert_eq!(fd_of(vm, descriptor), -1);
}

const FIS: &str = "java/io/FileInputStream";
const FOS: &str = "java/io/FileOutputStream";
const RAF: &str = "java/io/RandomAccessFile";
const UFS: &str = "java/io/UnixFileSystem";

#[test]
fn file_streams_write_then_read_back() {
    let mut vm = vm();
    let dir = temp_dir("streams");
    let path = dir.path("data.bin");

    let (out, out_fd) = stream(&mut vm, FOS);
    let p = string(&mut vm, &path);
    call(&mut vm, FOS, "open0", "(Ljava/lang/String;Z)V", &[Value::Ref(out), p, Value::Int(0)]).unwrap();
    let fd = fd_of(&vm, out_fd);
    assert!(fd > 2);
    assert_eq!(vm.get_field(out_fd, "append"), Some(0));
    let data: Vec<u8> = (0..100_000u32).map(|i| (i * 7 + i / 256) as u8).collect();
    let array = bytes(&mut vm, &data);
    let write_bytes = |vm: &mut Vm, off: i32, len: i32| {
        let args = [Value::Ref(out), Value::Ref(array), Value::Int(off), Value::Int(len), Value::Int(0)];
        call(vm, FOS, "writeBytes", "([BIIZ)V", &args)
    };
    write_bytes(&mut vm, 0, 60_000).unwrap();
    write_bytes(&mut vm, 60_000, 40_000).unwrap();
    write_bytes(&mut vm, 5, 0).unwrap();
    assert_eq!(write_bytes(&mut vm, 99_999, 2).unwrap_err(), "java.lang.IndexOutOfBoundsException");
    assert_eq!(write_bytes(&mut vm, -1, 1).unwrap_err(), "java.lang.IndexOutOfBoundsException");
    call(&mut vm, FOS, "write", "(IZ)V", &[Value::Ref(out), Value::Int(0x1ab), Value::Int(0)]).unwrap();
    close(&mut vm, out_fd);
    assert_eq!(
        call(&mut vm, FOS, "write", "(IZ)V", &[Value::Ref(out), Value::Int(1), Value::Int(0)]).unwrap_err(),
        "java.io.IOException: Stream Closed"
    );
    // Closing twice is harmless.
    close(&mut vm, out_fd);
    let mut expected = data.clone();
    expected.push(0xab);
    assert_eq!(std::fs::read(&path).unwrap(), expected);

    // Append mode.
    let p = string(&mut vm, &path);
    call(&mut vm, FOS, "open0", "(Ljava/lang/String;Z)V", &[Value::Ref(out), p, Value::Int(1)]).unwrap();
    assert_eq!(vm.get_field(out_fd, "append"), Some(1));
    let fd = Value::Int(fd_of(&vm, out_fd));
    assert!(boolean(call(&mut vm, "java/io/FileDescriptor", "getAppend", "(I)Z", &[fd])));
    let args = [Value::Ref(out), Value::Ref(array), Value::Int(0), Value::Int(3), Value::Int(1)];
    call(&mut vm, FOS, "writeBytes", "([BIIZ)V", &args).unwrap();
    close(&mut vm, out_fd);
    expected.extend_from_slice(&data[..3]);
    assert_eq!(std::fs::read(&path).unwrap(), expected);

    // Read it back.
    let (input, in_fd) = stream(&mut vm, FIS);
    let this = Value::Ref(input);
    let p = string(&mut vm, &path);
    call(&mut vm, FIS, "open0", "(Ljava/lang/String;)V", &[this, p]).unwrap();
    let total = expected.len() as i64;
    assert_eq!(long(call(&mut vm, FIS, "length0", "()J", &[this])), total);
    assert_eq!(int(call(&mut vm, FIS, "available0", "()I", &[this])) as i64, total);
    assert_eq!(int(call(&mut vm, FIS, "read0", "()I", &[this])), expected[0] as i32);
    assert_eq!(long(call(&mut vm, FIS, "skip0", "(J)J", &[this, Value::Long(9)])), 9);
    assert_eq!(long(call(&mut vm, FIS, "position0", "()J", &[this])), 10);
    let buffer = vm.new_array("[B", 200_000).unwrap();
    let mut got = expected[..10].to_vec();
    loop {
        let args = [this, Value::Ref(buffer), Value::Int(7), Value::Int(70_000)];
        let n = int(call(&mut vm, FIS, "readBytes", "([BII)I", &args));
        if n == -1 {
            break;
        }
        assert!(n > 0);
        got.extend(vm.read_array_region(buffer, 7, n).unwrap());
    }
    assert_eq!(got, expected);
    assert_eq!(int(call(&mut vm, FIS, "read0", "()I", &[this])), -1);
    assert_eq!(int(call(&mut vm, FIS, "available0", "()I", &[this])), 0);
    let args = [this, Value::Ref(buffer), Value::Int(0), Value::Int(0)];
    assert_eq!(int(call(&mut vm, FIS, "readBytes", "([BII)I", &args)), 0);
    let args = [this, Value::Ref(ObjRef::NULL), Value::Int(0), Value::Int(1)];
    assert_eq!(
        call(&mut vm, FIS, "readBytes", "([BII)I", &args).unwrap_err(),
        "java.lang.NullPointerException"
    );
    close(&mut vm, in_fd);
    for (name, descriptor) in
        [("read0", "()I"), ("available0", "()I"), ("length0", "()J"), ("position0", "()J")]
    {
        assert_eq!(
            call(&mut vm, FIS, name, descriptor, &[this]).unwrap_err(),
            "java.io.IOException: Stream Closed"
        );
    }
    let args = [this, Value::Ref(buffer), Value::Int(0), Value::Int(1)];
    assert_eq!(
        call(&mut vm, FIS, "readBytes", "([BII)I", &args).unwrap_err(),
        "java.io.IOException: Stream Closed"
    );
}

#[test]
fn opening_what_cannot_be_opened_is_file_not_found() {
    let mut vm = vm();
    let dir = temp_dir("notfound");
    let (input, _) = stream(&mut vm, FIS);
    let open = |vm: &mut Vm, path: &str| {
        let p = string(vm, path);
        call(vm, FIS, "open0", "(Ljava/lang/String;)V", &[Value::Ref(input), p]).unwrap_err()
    };
    let missing = dir.path("missing/file");
    assert_eq!(
        open(&mut vm, &missing),
        format!("java.io.FileNotFoundException: {missing} (No such file or directory)")
    );
    let here = dir.path("");
    assert_eq!(open(&mut vm, &here), format!("java.io.FileNotFoundException: {here} (Is a directory)"));
    let (out, _) = stream(&mut vm, FOS);
    let p = string(&mut vm, &missing);
    assert_eq!(
        call(&mut vm, FOS, "open0", "(Ljava/lang/String;Z)V", &[Value::Ref(out), p, Value::Int(0)])
            .unwrap_err(),
        format!("java.io.FileNotFoundException: {missing} (No such file or directory)")
    );
    assert_eq!(
        call(&mut vm, FIS, "open0", "(Ljava/lang/String;)V", &[Value::Ref(input), Value::Ref(ObjRef::NULL)])
            .unwrap_err(),
        "java.lang.NullPointerException"
    );
}

#[test]
fn random_access_files_seek_and_resize() {
    let mut vm = vm();
    let dir = temp_dir("raf");
    let path = dir.path("raf.bin");
    let (raf, raf_fd) = stream(&mut vm, RAF);
    let this = Value::Ref(raf);
    let p = string(&mut vm, &path);
    // "rw": O_RDWR (2) creates the file.
    call(&mut vm, RAF, "open0", "(Ljava/lang/String;I)V", &[this, p, Value::Int(2)]).unwrap();
    let array = bytes(&mut vm, b"0123456789");
    call(&mut vm, RAF, "writeBytes", "([BII)V", &[this, Value::Ref(array), Value::Int(0), Value::Int(10)])
        .unwrap();
    assert_eq!(long(call(&mut vm, RAF, "getFilePointer", "()J", &[this])), 10);
    assert_eq!(long(call(&mut vm, RAF, "length", "()J", &[this])), 10);
    call(&mut vm, RAF, "seek0", "(J)V", &[this, Value::Long(3)]).unwrap();
    assert_eq!(int(call(&mut vm, RAF, "read0", "()I", &[this])), b'3' as i32);
    call(&mut vm, RAF, "write0", "(I)V", &[this, Value::Int(b'x' as i32)]).unwrap();
    assert_eq!(long(call(&mut vm, RAF, "getFilePointer", "()J", &[this])), 5);
    let buffer = vm.new_array("[B", 4).unwrap();
    let args = [this, Value::Ref(buffer), Value::Int(1), Value::Int(3)];
    assert_eq!(int(call(&mut vm, RAF, "readBytes", "([BII)I", &args)), 3);
    assert_eq!(vm.read_array_region(buffer, 0, 4).unwrap(), b"\x00567");
    // Seeking past the end then writing extends the file.
    call(&mut vm, RAF, "seek0", "(J)V", &[this, Value::Long(20)]).unwrap();
    call(&mut vm, RAF, "write0", "(I)V", &[this, Value::Int(b'!' as i32)]).unwrap();
    assert_eq!(long(call(&mut vm, RAF, "length", "()J", &[this])), 21);
    assert_eq!(
        call(&mut vm, RAF, "seek0", "(J)V", &[this, Value::Long(-1)]).unwrap_err(),
        "java.io.IOException: Negative seek offset"
    );
    // Shrinking below the pointer moves it to the new end; growing keeps it.
    call(&mut vm, RAF, "setLength", "(J)V", &[this, Value::Long(6)]).unwrap();
    assert_eq!(long(call(&mut vm, RAF, "length", "()J", &[this])), 6);
    assert_eq!(long(call(&mut vm, RAF, "getFilePointer", "()J", &[this])), 6);
    call(&mut vm, RAF, "seek0", "(J)V", &[this, Value::Long(2)]).unwrap();
    call(&mut vm, RAF, "setLength", "(J)V", &[this, Value::Long(100)]).unwrap();
    assert_eq!(long(call(&mut vm, RAF, "getFilePointer", "()J", &[this])), 2);
    assert_eq!(long(call(&mut vm, RAF, "length", "()J", &[this])), 100);
    assert_eq!(
        call(&mut vm, RAF, "setLength", "(J)V", &[this, Value::Long(-1)]).unwrap_err(),
        "java.io.IOException: Invalid argument"
    );
    close(&mut vm, raf_fd);
    assert_eq!(&std::fs::read(&path).unwrap()[..6], b"0123x5");
    assert_eq!(
        call(&mut vm, RAF, "getFilePointer", "()J", &[this]).unwrap_err(),
        "java.io.IOException: Stream Closed"
    );

    // "r": O_RDONLY (1); writing fails with the system's reason.
    let p = string(&mut vm, &path);
    call(&mut vm, RAF, "open0", "(Ljava/lang/String;I)V", &[this, p, Value::Int(1)]).unwrap();
    assert_eq!(
        call(&mut vm, RAF, "write0", "(I)V", &[this, Value::Int(1)]).unwrap_err(),
        "java.io.IOException: Bad file descriptor"
    );
    assert_eq!(int(call(&mut vm, RAF, "read0", "()I", &[this])), b'0' as i32);
    close(&mut vm, raf_fd);
    // "r" on a missing file does not create it.
    let missing = dir.path("none");
    let p = string(&mut vm, &missing);
    assert_eq!(
        call(&mut vm, RAF, "open0", "(Ljava/lang/String;I)V", &[this, p, Value::Int(1)]).unwrap_err(),
        format!("java.io.FileNotFoundException: {missing} (No such file or directory)")
    );
    assert!(!Path::new(&missing).exists());
}

fn file(vm: &mut Vm, path: &str) -> Value {
    let f = object(vm, "java/io/File");
    let p = vm.java_string(path).unwrap();
    vm.set_field(f, "path", p.addr() as u64);
    Value::Ref(f)
}

#[test]
fn unix_file_system_queries_and_changes() {
    let mut vm = vm();
    let dir = temp_dir("ufs");
    let fs = Value::Ref(object(&mut vm, UFS));
    let attributes = |vm: &mut Vm, path: &str| {
        let f = file(vm, path);
        int(call(vm, UFS, "getBooleanAttributes0", "(Ljava/io/File;)I", &[fs, f]))
    };
    let a = dir.path("a.txt");
    assert_eq!(attributes(&mut vm, &a), 0);
    assert_eq!(attributes(&mut vm, &dir.path("")), 1 | 4);
    let p = string(&mut vm, &a);
    assert!(boolean(call(&mut vm, UFS, "createFileExclusively", "(Ljava/lang/String;)Z", &[fs, p])));
    assert!(!boolean(call(&mut vm, UFS, "createFileExclusively", "(Ljava/lang/String;)Z", &[fs, p])));
    assert_eq!(attributes(&mut vm, &a), 1 | 2);
    let p = string(&mut vm, &dir.path("no/such/dir/x"));
    assert_eq!(
        call(&mut vm, UFS, "createFileExclusively", "(Ljava/lang/String;)Z", &[fs, p]).unwrap_err(),
        "java.io.IOException: No such file or directory"
    );
    std::fs::write(&a, b"12345").unwrap();
    let fa = file(&mut vm, &a);
    assert_eq!(long(call(&mut vm, UFS, "getLength", "(Ljava/io/File;)J", &[fs, fa])), 5);
    let missing = file(&mut vm, &dir.path("missing"));
    assert_eq!(long(call(&mut vm, UFS, "getLength", "(Ljava/io/File;)J", &[fs, missing])), 0);
    assert_eq!(long(call(&mut vm, UFS, "getLastModifiedTime", "(Ljava/io/File;)J", &[fs, missing])), 0);
    let time = 1_600_000_000_123i64;
    assert!(boolean(call(
        &mut vm,
        UFS,
        "setLastModifiedTime",
        "(Ljava/io/File;J)Z",
        &[fs, fa, Value::Long(time)]
    )));
    assert_eq!(long(call(&mut vm, UFS, "getLastModifiedTime", "(Ljava/io/File;)J", &[fs, fa])), time);
    // Access: read (4) yes, execute (1) no until granted.
    assert!(boolean(call(&mut vm, UFS, "checkAccess", "(Ljava/io/File;I)Z", &[fs, fa, Value::Int(4)])));
    assert!(!boolean(call(&mut vm, UFS, "checkAccess", "(Ljava/io/File;I)Z", &[fs, fa, Value::Int(1)])));
    let args = [fs, fa, Value::Int(1), Value::Int(1), Value::Int(1)];
    assert!(boolean(call(&mut vm, UFS, "setPermission", "(Ljava/io/File;IZZ)Z", &args)));
    assert!(boolean(call(&mut vm, UFS, "checkAccess", "(Ljava/io/File;I)Z", &[fs, fa, Value::Int(1)])));
    assert!(boolean(call(&mut vm, UFS, "setReadOnly", "(Ljava/io/File;)Z", &[fs, fa])));
    assert!(std::fs::metadata(&a).unwrap().permissions().readonly());
    let args = [fs, fa, Value::Int(2), Value::Int(1), Value::Int(1)];
    assert!(boolean(call(&mut vm, UFS, "setPermission", "(Ljava/io/File;IZZ)Z", &args)));
    assert!(!std::fs::metadata(&a).unwrap().permissions().readonly());

    // Directories, listing, renaming, deleting.
    let sub = file(&mut vm, &dir.path("sub"));
    assert!(boolean(call(&mut vm, UFS, "createDirectory", "(Ljava/io/File;)Z", &[fs, sub])));
    assert!(!boolean(call(&mut vm, UFS, "createDirectory", "(Ljava/io/File;)Z", &[fs, sub])));
    std::fs::write(dir.0.join("sub/é.txt"), b"").unwrap();
    let b = file(&mut vm, &dir.path("b.txt"));
    assert!(boolean(call(&mut vm, UFS, "rename0", "(Ljava/io/File;Ljava/io/File;)Z", &[fs, fa, b])));
    assert!(!boolean(call(&mut vm, UFS, "rename0", "(Ljava/io/File;Ljava/io/File;)Z", &[fs, fa, b])));
    let root = file(&mut vm, &dir.path(""));
    let list = reference(call(&mut vm, UFS, "list", "(Ljava/io/File;)[Ljava/lang/String;", &[fs, root]));
    let mut names = string_array(&mut vm, list).unwrap();
    names.sort();
    assert_eq!(names, ["b.txt", "sub"]);
    let list = reference(call(&mut vm, UFS, "list", "(Ljava/io/File;)[Ljava/lang/String;", &[fs, sub]));
    assert_eq!(string_array(&mut vm, list).unwrap(), ["é.txt"]);
    let r = call(&mut vm, UFS, "list", "(Ljava/io/File;)[Ljava/lang/String;", &[fs, missing]);
    assert!(reference(r).is_null());
    // A non-empty directory stays; a file and an empty directory go.
    assert!(!boolean(call(&mut vm, UFS, "delete0", "(Ljava/io/File;)Z", &[fs, sub])));
    std::fs::remove_file(dir.0.join("sub/é.txt")).unwrap();
    assert!(boolean(call(&mut vm, UFS, "delete0", "(Ljava/io/File;)Z", &[fs, sub])));
    assert!(boolean(call(&mut vm, UFS, "delete0", "(Ljava/io/File;)Z", &[fs, b])));
    assert!(!boolean(call(&mut vm, UFS, "delete0", "(Ljava/io/File;)Z", &[fs, b])));
    assert_eq!(attributes(&mut vm, &dir.path("b.txt")), 0);

    // Space and name limits.
    for kind in 0..3 {
        assert!(
            long(call(&mut vm, UFS, "getSpace", "(Ljava/io/File;I)J", &[fs, root, Value::Int(kind)])) > 0
        );
    }
    assert_eq!(long(call(&mut vm, UFS, "getSpace", "(Ljava/io/File;I)J", &[fs, missing, Value::Int(0)])), 0);
    let p = string(&mut vm, &dir.path(""));
    assert_eq!(long(call(&mut vm, UFS, "getNameMax0", "(Ljava/lang/String;)J", &[fs, p])), 255);

    // A File with no path is a NullPointerException.
    let nameless = Value::Ref(object(&mut vm, "java/io/File"));
    assert_eq!(
        call(&mut vm, UFS, "getBooleanAttributes0", "(Ljava/io/File;)I", &[fs, nameless]).unwrap_err(),
        "java.lang.NullPointerException"
    );
}

#[test]
fn canonical_paths_resolve_links_and_dots() {
    let mut vm = vm();
    let dir = temp_dir("canon");
    let real = std::fs::canonicalize(&dir.0).unwrap().to_str().unwrap().to_string();
    std::fs::create_dir(dir.0.join("d")).unwrap();
    std::os::unix::fs::symlink(dir.0.join("d"), dir.0.join("link")).unwrap();
    let fs = Value::Ref(object(&mut vm, UFS));
    let canonical = |vm: &mut Vm, path: &str| {
        let p = string(vm, path);
        let r = reference(call(vm, UFS, "canonicalize0", "(Ljava/lang/String;)Ljava/lang/String;", &[fs, p]));
        vm.rust_string(r).unwrap()
    };
    let base = dir.path("");
    assert_eq!(canonical(&mut vm, &format!("{base}/link")), format!("{real}/d"));
    assert_eq!(canonical(&mut vm, &format!("{base}/link/./x/../y")), format!("{real}/d/y"));
    assert_eq!(canonical(&mut vm, &format!("{base}/./d/..")), real.clone());
    assert_eq!(
        canonical(&mut vm, &format!("{base}/missing/deeper/file")),
        format!("{real}/missing/deeper/file")
    );
    assert_eq!(canonical(&mut vm, "/"), "/");
    // Nothing resolves: the path itself, collapsed (as the C code does).
    assert_eq!(canonical(&mut vm, "/no-such-root-dir/./a/../b"), "/no-such-root-dir/b");
}

fn inflater_object(vm: &mut Vm) -> ObjRef {
    object(vm, "java/util/zip/Inflater")
}

const INF: &str = "java/util/zip/Inflater";

/// Inflates `compressed` as `Inflater.java` drives the native: input in
/// chunks of `in_chunk`, output space `out_chunk`; the output, the input
/// consumed, and the stream's final Adler-32.
fn inflate_all(
    vm: &mut Vm,
    nowrap: bool,
    compressed: &[u8],
    in_chunk: usize,
    out_chunk: usize,
) -> (Vec<u8>, usize) {
    let this = inflater_object(vm);
    let handle = long(call(vm, INF, "init", "(Z)J", &[Value::Int(nowrap as i32)]));
    let input = bytes(vm, compressed);
    let output = vm.new_array("[B", out_chunk as i32 + 3).unwrap();
    let (mut position, mut result) = (0usize, Vec::new());
    let mut idle = 0;
    loop {
        let available = (compressed.len() - position).min(in_chunk);
        let args = [
            Value::Ref(this),
            Value::Long(handle),
            Value::Ref(input),
            Value::Int(position as i32),
            Value::Int(available as i32),
            Value::Ref(output),
            Value::Int(3),
            Value::Int(out_chunk as i32),
        ];
        let packed = long(call(vm, INF, "inflateBytesBytes", "(J[BII[BII)J", &args)) as u64;
        let read = (packed & 0x7fff_ffff) as usize;
        let written = (packed >> 31 & 0x7fff_ffff) as usize;
        assert_eq!(packed >> 63, 0, "no dictionary wanted");
        result.extend(vm.read_array_region(output, 3, written as i32).unwrap());
        position += read;
        if packed >> 62 & 1 == 1 {
            break;
        }
        idle = if read == 0 && written == 0 { idle + 1 } else { 0 };
        assert!(idle < 3, "no progress at {position}");
    }
    if !nowrap {
        let adler = int(call(vm, INF, "getAdler", "(J)I", &[Value::Long(handle)])) as u32;
        assert_eq!(adler, adler2::adler32_slice(&result));
    }
    call(vm, INF, "end", "(J)V", &[Value::Long(handle)]).unwrap();
    (result, position)
}

fn sample_data() -> Vec<u8> {
    // Text-like runs (long back-references) and pseudo-random bytes
    // (literals), well past the 32 KiB window.
    let mut data = Vec::new();
    let mut x = 0x1234_5678u32;
    for i in 0..3000 {
        data.extend_from_slice(format!("line {} of the keel io natives test; ", i % 97).as_bytes());
        for _ in 0..(i % 13) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            data.push(x as u8);
        }
    }
    data
}

#[test]
fn inflater_inflates_zlib_and_raw_streams_in_small_chunks() {
    let mut vm = vm();
    let data = sample_data();
    assert!(data.len() > 100_000);
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(&data, 6);
    let raw = miniz_oxide::deflate::compress_to_vec(&data, 9);
    for (in_chunk, out_chunk) in [(7, 13), (1, 1), (4096, 100_000), (1 << 20, 1 << 20)] {
        let (out, used) = inflate_all(&mut vm, false, &zlib, in_chunk, out_chunk);
        assert!(out == data, "zlib, chunks {in_chunk}/{out_chunk}");
        assert_eq!(used, zlib.len());
        // Bytes after the end of a raw stream are left unread (GZIP's trailer).
        let mut followed = raw.clone();
        followed.extend_from_slice(b"TRAILER");
        let (out, used) = inflate_all(&mut vm, true, &followed, in_chunk, out_chunk);
        assert!(out == data, "raw, chunks {in_chunk}/{out_chunk}");
        assert_eq!(used, raw.len());
    }
    // Stored blocks (level 0) and an empty stream.
    let stored = miniz_oxide::deflate::compress_to_vec_zlib(&data[..70_000], 0);
    assert!(inflate_all(&mut vm, false, &stored, 999, 5000).0 == data[..70_000]);
    let empty = miniz_oxide::deflate::compress_to_vec_zlib(b"", 6);
    assert_eq!(inflate_all(&mut vm, false, &empty, 1, 1), (Vec::new(), empty.len()));
}

// Made by OpenJDK's Deflater with the dictionary "keel runtime hello".
const DICTIONARY: &[u8] = b"keel runtime hello";
const DICT_TEXT: &[u8] = b"hello hello hello hello, dictionary words: keel runtime";
const DICT_ZLIB: [u8; 39] = [
    0x78, 0xf9, 0x41, 0xfc, 0x06, 0xfa, 0x03, 0x13, 0x0a, 0x18, 0xa4, 0x8e, 0x42, 0x4a, 0x66, 0x72, 0x49,
    0x66, 0x7e, 0x5e, 0x62, 0x51, 0xa5, 0x42, 0x79, 0x7e, 0x51, 0x4a, 0xb1, 0x95, 0x42, 0x36, 0x92, 0x66,
    0x00, 0x3d, 0x72, 0x14, 0xa1,
];

fn inflate_once(
    vm: &mut Vm,
    this: ObjRef,
    handle: i64,
    input: &[u8],
    out: ObjRef,
) -> Result<(u64, u64, bool, bool), String> {
    let array = bytes(vm, input);
    let length = vm.array_length(out);
    let args = [
        Value::Ref(this),
        Value::Long(handle),
        Value::Ref(array),
        Value::Int(0),
        Value::Int(input.len() as i32),
        Value::Ref(out),
        Value::Int(0),
        Value::Int(length),
    ];
    let packed = long(Ok(call(vm, INF, "inflateBytesBytes", "(J[BII[BII)J", &args)?)) as u64;
    Ok((packed & 0x7fff_ffff, packed >> 31 & 0x7fff_ffff, packed >> 62 & 1 == 1, packed >> 63 == 1))
}

#[test]
fn inflater_preset_dictionaries() {
    let mut vm = vm();
    let this = inflater_object(&mut vm);
    let handle = long(call(&mut vm, INF, "init", "(Z)J", &[Value::Int(0)]));
    let h = Value::Long(handle);
    assert_eq!(int(call(&mut vm, INF, "getAdler", "(J)I", &[h])), 1);
    let out = vm.new_array("[B", 200).unwrap();
    // The header and the dictionary id are read, then the stream waits.
    assert_eq!(inflate_once(&mut vm, this, handle, &DICT_ZLIB, out).unwrap(), (6, 0, false, true));
    let id = adler2::adler32_slice(DICTIONARY);
    assert_eq!(int(call(&mut vm, INF, "getAdler", "(J)I", &[h])) as u32, id);
    // Only the dictionary it names.
    let wrong = bytes(&mut vm, b"keel runtime hellO");
    let args = [h, Value::Ref(wrong), Value::Int(0), Value::Int(18)];
    assert_eq!(
        call(&mut vm, INF, "setDictionary", "(J[BII)V", &args).unwrap_err(),
        "java.lang.IllegalArgumentException"
    );
    let dictionary = bytes(&mut vm, DICTIONARY);
    let args = [h, Value::Ref(dictionary), Value::Int(0), Value::Int(DICTIONARY.len() as i32)];
    call(&mut vm, INF, "setDictionary", "(J[BII)V", &args).unwrap();
    let (read, written, finished, need) = inflate_once(&mut vm, this, handle, &DICT_ZLIB[6..], out).unwrap();
    assert_eq!((read, finished, need), (33, true, false));
    assert_eq!(vm.read_array_region(out, 0, written as i32).unwrap(), DICT_TEXT);
    assert_eq!(int(call(&mut vm, INF, "getAdler", "(J)I", &[h])) as u32, adler2::adler32_slice(DICT_TEXT));

    // After reset, the same again; a dictionary is refused until asked for.
    call(&mut vm, INF, "reset", "(J)V", &[h]).unwrap();
    assert_eq!(int(call(&mut vm, INF, "getAdler", "(J)I", &[h])), 1);
    assert_eq!(
        call(&mut vm, INF, "setDictionary", "(J[BII)V", &args).unwrap_err(),
        "java.lang.IllegalArgumentException"
    );
    assert_eq!(inflate_once(&mut vm, this, handle, &DICT_ZLIB, out).unwrap(), (6, 0, false, true));
    call(&mut vm, INF, "end", "(J)V", &[h]).unwrap();

    // A raw stream takes its dictionary up front.
    let handle = long(call(&mut vm, INF, "init", "(Z)J", &[Value::Int(1)]));
    let h = Value::Long(handle);
    assert_eq!(int(call(&mut vm, INF, "getAdler", "(J)I", &[h])), 0);
    let args = [h, Value::Ref(dictionary), Value::Int(0), Value::Int(DICTIONARY.len() as i32)];
    call(&mut vm, INF, "setDictionary", "(J[BII)V", &args).unwrap();
    let raw = &DICT_ZLIB[6..35];
    let (read, written, finished, _) = inflate_once(&mut vm, this, handle, raw, out).unwrap();
    assert_eq!((read, finished), (29, true));
    assert_eq!(vm.read_array_region(out, 0, written as i32).unwrap(), DICT_TEXT);
    call(&mut vm, INF, "end", "(J)V", &[h]).unwrap();
}

#[test]
fn inflater_data_errors_carry_zlibs_messages() {
    let mut vm = vm();
    let this = inflater_object(&mut vm);
    let out = vm.new_array("[B", 100).unwrap();
    let init = |vm: &mut Vm, nowrap: i32| long(call(vm, INF, "init", "(Z)J", &[Value::Int(nowrap)]));

    let handle = init(&mut vm, 0);
    let e = inflate_once(&mut vm, this, handle, &[1, 2, 3, 4], out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: incorrect header check");
    assert_eq!(vm.get_field(this, "inputConsumed"), Some(2));
    assert_eq!(vm.get_field(this, "outputConsumed"), Some(0));
    // The stream stays broken, reading nothing more.
    let e = inflate_once(&mut vm, this, handle, &[0x78, 0x9c], out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: incorrect header check");
    assert_eq!(vm.get_field(this, "inputConsumed"), Some(0));

    // A header split over calls is read a byte at a time.
    let handle = init(&mut vm, 0);
    assert_eq!(inflate_once(&mut vm, this, handle, &[0x78], out).unwrap(), (1, 0, false, false));
    let e = inflate_once(&mut vm, this, handle, &[0x9d], out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: incorrect header check");
    let handle = init(&mut vm, 0);
    let e = inflate_once(&mut vm, this, handle, &[0x79, 0x18], out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: unknown compression method");
    let handle = init(&mut vm, 0);
    let e = inflate_once(&mut vm, this, handle, &[0x88, 0x1c], out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: invalid window size");

    // A wrong Adler-32 trailer.
    let mut zlib = miniz_oxide::deflate::compress_to_vec_zlib(b"checked data", 6);
    *zlib.last_mut().unwrap() ^= 1;
    let handle = init(&mut vm, 0);
    let e = inflate_once(&mut vm, this, handle, &zlib, out).unwrap_err();
    assert_eq!(e, "java.util.zip.DataFormatException: incorrect data check");
    assert_eq!(vm.get_field(this, "outputConsumed"), Some(12));

    // Invalid deflate data (block type 3).
    let handle = init(&mut vm, 1);
    let e = inflate_once(&mut vm, this, handle, &[0xff, 0xff, 0xff, 0], out).unwrap_err();
    assert!(e.starts_with("java.util.zip.DataFormatException: "), "{e}");

    // Bad handles: InternalError, never a crash.
    call(&mut vm, INF, "end", "(J)V", &[Value::Long(handle)]).unwrap();
    for h in [handle, 0, -1, 1 << 40] {
        let e = call(&mut vm, INF, "getAdler", "(J)I", &[Value::Long(h)]).unwrap_err();
        assert!(e.starts_with("java.lang.InternalError"), "{e}");
        assert!(inflate_once(&mut vm, this, h, b"x", out)
            .unwrap_err()
            .starts_with("java.lang.InternalError"));
    }
    // Direct buffers: the handle is checked as for arrays; a raw address
    // outside allocated memory is an InternalError, never a crash.
    let args =
        [Value::Ref(this), Value::Long(handle), Value::Long(0), Value::Int(0), Value::Long(0), Value::Int(0)];
    let e = call(&mut vm, INF, "inflateBufferBuffer", "(JJIJI)J", &args).unwrap_err();
    assert!(e.starts_with("java.lang.InternalError"), "{e}");
    let handle = init(&mut vm, 0);
    let args = [
        Value::Ref(this),
        Value::Long(handle),
        Value::Long(16),
        Value::Int(4),
        Value::Long(0),
        Value::Int(0),
    ];
    let e = call(&mut vm, INF, "inflateBufferBuffer", "(JJIJI)J", &args).unwrap_err();
    assert!(e.starts_with("java.lang.InternalError"), "{e}");
}

#[test]
fn checksums_match_known_values() {
    let mut vm = vm();
    const CRC: &str = "java/util/zip/CRC32";
    const ADLER: &str = "java/util/zip/Adler32";
    let check = bytes(&mut vm, b"xx123456789yy");
    let args = [Value::Int(0), Value::Ref(check), Value::Int(2), Value::Int(9)];
    assert_eq!(int(call(&mut vm, CRC, "updateBytes0", "(I[BII)I", &args)) as u32, 0xcbf4_3926);
    // In pieces, and a byte at a time.
    let args = [Value::Int(0), Value::Ref(check), Value::Int(2), Value::Int(4)];
    let part = int(call(&mut vm, CRC, "updateBytes0", "(I[BII)I", &args));
    let mut crc = part;
    for &b in b"56789" {
        crc = int(call(&mut vm, CRC, "update", "(II)I", &[Value::Int(crc), Value::Int(b as i32 | 0x700)]));
    }
    assert_eq!(crc as u32, 0xcbf4_3926);
    let args = [Value::Int(0), Value::Ref(check), Value::Int(10), Value::Int(9)];
    let e = call(&mut vm, CRC, "updateBytes0", "(I[BII)I", &args).unwrap_err();
    assert!(e.starts_with("java.lang.ArrayIndexOutOfBoundsException"), "{e}");

    let wiki = bytes(&mut vm, b"Wikipedia");
    let args = [Value::Int(1), Value::Ref(wiki), Value::Int(0), Value::Int(9)];
    assert_eq!(int(call(&mut vm, ADLER, "updateBytes", "(I[BII)I", &args)) as u32, 0x11e6_0398);
    let mut adler = 1;
    for &b in b"Wikipedia" {
        adler = int(call(&mut vm, ADLER, "update", "(II)I", &[Value::Int(adler), Value::Int(b as i32)]));
    }
    assert_eq!(adler as u32, 0x11e6_0398);
    // Direct buffers: nothing to read leaves the checksum; a raw address
    // outside allocated memory is an InternalError.
    let args = [Value::Int(1), Value::Long(0), Value::Int(0), Value::Int(0)];
    assert_eq!(int(call(&mut vm, ADLER, "updateByteBuffer", "(IJII)I", &args)), 1);
    let args = [Value::Int(0), Value::Long(16), Value::Int(0), Value::Int(4)];
    let e = call(&mut vm, CRC, "updateByteBuffer0", "(IJII)I", &args).unwrap_err();
    assert!(e.starts_with("java.lang.InternalError"), "{e}");
}

const DEF: &str = "java/util/zip/Deflater";

/// Deflates `data` as `Deflater.java` drives the native (FINISH, output
/// space `out_chunk`), for `level` and `nowrap`.
fn deflate_all(vm: &mut Vm, level: i32, nowrap: bool, data: &[u8], out_chunk: usize) -> Vec<u8> {
    let this = object(vm, DEF);
    let init = [Value::Int(level), Value::Int(0), Value::Int(nowrap as i32)];
    let handle = long(call(vm, DEF, "init", "(IIZ)J", &init));
    let input = bytes(vm, data);
    let output = vm.new_array("[B", out_chunk as i32 + 2).unwrap();
    let (mut position, mut result) = (0usize, Vec::new());
    for _ in 0..10_000 {
        let args = [
            Value::Ref(this),
            Value::Long(handle),
            Value::Ref(input),
            Value::Int(position as i32),
            Value::Int((data.len() - position) as i32),
            Value::Ref(output),
            Value::Int(2),
            Value::Int(out_chunk as i32),
            Value::Int(4),
            Value::Int(0),
        ];
        let packed = long(call(vm, DEF, "deflateBytesBytes", "(J[BII[BIIII)J", &args)) as u64;
        let read = (packed & 0x7fff_ffff) as usize;
        let written = (packed >> 31 & 0x7fff_ffff) as usize;
        result.extend(vm.read_array_region(output, 2, written as i32).unwrap());
        position += read;
        if packed >> 62 & 1 == 1 {
            call(vm, DEF, "end", "(J)V", &[Value::Long(handle)]).unwrap();
            return result;
        }
    }
    panic!("deflate never finished");
}

#[test]
fn deflater_output_inflates_back() {
    let mut vm = vm();
    let data: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8 ^ (i / 97) as u8).collect();
    for level in [-1, 0, 1, 9] {
        for out_chunk in [7, 4096] {
            let zlib = deflate_all(&mut vm, level, false, &data, out_chunk);
            assert_eq!(miniz_oxide::inflate::decompress_to_vec_zlib(&zlib).unwrap(), data, "level {level}");
            let raw = deflate_all(&mut vm, level, true, &data, out_chunk);
            assert_eq!(miniz_oxide::inflate::decompress_to_vec(&raw).unwrap(), data, "raw level {level}");
        }
    }
    // Bad handles: InternalError.
    let e = call(&mut vm, DEF, "getAdler", "(J)I", &[Value::Long(-5)]).unwrap_err();
    assert!(e.starts_with("java.lang.InternalError"), "{e}");
}

#[test]
fn descriptors_and_console() {
    let mut vm = vm();
    const FD: &str = "java/io/FileDescriptor";
    assert_eq!(long(call(&mut vm, FD, "getHandle", "(I)J", &[Value::Int(1)])), -1);
    call(&mut vm, FD, "initIDs", "()V", &[]).unwrap();
    // A stream whose FileDescriptor is missing is closed.
    let bare = object(&mut vm, FIS);
    assert_eq!(
        call(&mut vm, FIS, "read0", "()I", &[Value::Ref(bare)]).unwrap_err(),
        "java.io.IOException: Stream Closed"
    );
    // sync on a real file, and on a closed descriptor.
    let dir = temp_dir("fd");
    let (out, out_fd) = stream(&mut vm, FOS);
    let p = string(&mut vm, &dir.path("f"));
    call(&mut vm, FOS, "open0", "(Ljava/lang/String;Z)V", &[Value::Ref(out), p, Value::Int(0)]).unwrap();
    call(&mut vm, FD, "sync", "()V", &[Value::Ref(out_fd)]).unwrap();
    close(&mut vm, out_fd);
    assert_eq!(
        call(&mut vm, FD, "sync", "()V", &[Value::Ref(out_fd)]).unwrap_err(),
        "java.io.SyncFailedException: sync failed"
    );
    // FileCleanable closes a raw descriptor once.
    let p = string(&mut vm, &dir.path("f"));
    call(&mut vm, FOS, "open0", "(Ljava/lang/String;Z)V", &[Value::Ref(out), p, Value::Int(0)]).unwrap();
    let fd = fd_of(&vm, out_fd);
    let cleanup = [Value::Int(fd), Value::Long(0)];
    call(&mut vm, "java/io/FileCleanable", "cleanupClose0", "(IJ)V", &cleanup).unwrap();
    let e = call(&mut vm, "java/io/FileCleanable", "cleanupClose0", "(IJ)V", &cleanup).unwrap_err();
    assert_eq!(e, "java.io.IOException: Bad file descriptor");
    call(&mut vm, "java/io/FileCleanable", "cleanupClose0", "(IJ)V", &[Value::Int(-1), Value::Long(0)])
        .unwrap();

    let encoding = reference(call(&mut vm, "java/io/Console", "encoding", "()Ljava/lang/String;", &[]));
    assert!(encoding.is_null());
    call(&mut vm, "java/io/Console", "istty", "()Z", &[]).unwrap();
    let e = call(&mut vm, "java/io/Console", "nope", "()Z", &[]).unwrap_err();
    assert_eq!(e, "java.lang.UnsatisfiedLinkError: java.io.Console.nope()Z");
}

#[test]
fn every_native_java_base_declares_in_these_classes_is_registered() {
    let mut vm = vm();
    let classes = [
        "java/io/FileDescriptor",
        "java/io/FileInputStream",
        "java/io/FileOutputStream",
        "java/io/RandomAccessFile",
        "java/io/UnixFileSystem",
        "java/io/Console",
        "java/io/FileCleanable",
        "java/util/zip/Inflater",
        "java/util/zip/CRC32",
        "java/util/zip/Adler32",
    ];
    let natives = Natives::standard();
    let mut missing = Vec::new();
    for name in classes {
        let id = vm.load_class(name).unwrap();
        for m in vm.class(id).methods() {
            if m.access_flags & ACC_NATIVE != 0 && natives.get(name, &m.name, &m.descriptor).is_none() {
                missing.push(format!("{name}.{}{}", m.name, m.descriptor));
            }
        }
    }
    assert!(missing.is_empty(), "not registered: {missing:?}");
}
