//! Bad input: the parser must turn every broken class file into an error
//! (with an offset inside the file and the right Java error kind) and never
//! panic, hang or allocate far beyond the input's size.
//!
//! (a) real class files cut at every length; (b) real class files with each
//! byte changed in turn; (c) hand-built class files, each with one defect the
//! JVMS forbids (or one feature it allows, as a control).

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use common::writer::{push_list, ClassWriter, Put};
use keel_classfile::bytecode::decode_all;
use keel_classfile::{ClassFile, ClassFileError, ErrorKind};

// ----- measuring allocations -----

/// Counts, per thread, the largest single allocation requested, so a test
/// can check that absurd counts in a small input allocate nothing absurd.
struct MeasuringAllocator;

thread_local! {
    static LARGEST_ALLOCATION: Cell<usize> = const { Cell::new(0) };
}

fn note_allocation(size: usize) {
    // `try_with`: the thread-local may already be gone while a thread exits.
    let _ = LARGEST_ALLOCATION.try_with(|largest| largest.set(largest.get().max(size)));
}

unsafe impl GlobalAlloc for MeasuringAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: MeasuringAllocator = MeasuringAllocator;

/// Runs `f` and returns its result with the largest single allocation it made.
fn largest_allocation<R>(f: impl FnOnce() -> R) -> (R, usize) {
    LARGEST_ALLOCATION.with(|largest| largest.set(0));
    let result = f();
    (result, LARGEST_ALLOCATION.with(Cell::get))
}

// ----- helpers -----

/// A change to one byte.
type Mutation = fn(u8) -> u8;
/// Adds a constant to a class, returning its index.
type AddConstant = fn(&mut ClassWriter) -> u16;
/// Changes a class under construction.
type Edit = fn(&mut ClassWriter);

/// Parses (structure, then fully) and decodes every method that parses; a
/// panic anywhere is reported with `what` so the input can be rebuilt.
fn parse_without_panic(bytes: &[u8], what: impl Fn() -> String) -> Result<(), ClassFileError> {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let structure = ClassFile::parse_structure(bytes).map(drop);
        let full = ClassFile::parse(bytes).map(|class| {
            for method in &class.methods {
                if let Some(code) = method.code() {
                    let _ = decode_all(code.code);
                }
            }
        });
        if full.is_ok() {
            assert!(structure.is_ok(), "parse accepted what parse_structure refused: {structure:?}");
        }
        full
    }));
    match outcome {
        Ok(result) => {
            if let Err(e) = &result {
                assert!(
                    e.offset <= bytes.len(),
                    "{}: error offset {} is past the end ({} bytes): {e}",
                    what(),
                    e.offset,
                    bytes.len()
                );
            }
            result
        }
        Err(_) => panic!("the parser panicked on {}", what()),
    }
}

fn expect_error(bytes: &[u8], kind: ErrorKind, what: &str) -> ClassFileError {
    match parse_without_panic(bytes, || what.to_owned()) {
        Ok(()) => panic!("{what}: accepted, expected {}", kind.java_error()),
        Err(e) => {
            assert_eq!(e.kind, kind, "{what}: wrong error kind: {e}");
            println!("{what}: {e}");
            e
        }
    }
}

fn expect_format_error(bytes: &[u8], what: &str) -> ClassFileError {
    expect_error(bytes, ErrorKind::ClassFormat, what)
}

fn expect_ok(bytes: &[u8], what: &str) {
    if let Err(e) = parse_without_panic(bytes, || what.to_owned()) {
        panic!("{what}: rejected: {e}");
    }
}

/// Small JDK classes of varied shapes (a record, a sealed interface, an enum,
/// an annotation type, a module descriptor, lambdas).
fn small_jdk_classes() -> Vec<(String, Vec<u8>)> {
    let classes = [
        ("java.base", "java/lang/Object"),
        ("java.base", "java/lang/Record"),
        ("java.base", "java/lang/Runnable"),
        ("java.base", "java/lang/Thread$State"),
        ("java.base", "java/lang/annotation/Retention"),
        ("java.base", "java/lang/constant/ConstantDesc"),
        ("java.base", "java/util/Optional"),
        ("jdk.net", "jdk/net/UnixDomainPrincipal"),
        ("jdk.net", "module-info"),
        ("java.sql", "module-info"),
    ];
    classes.iter().map(|&(m, n)| (format!("{m}/{n}"), common::jdk_class_in(m, n))).collect()
}

/// JDK classes and freshly compiled samples, the smallest ones first.
fn real_classes(max_size: usize) -> Vec<(String, Vec<u8>)> {
    let mut classes = small_jdk_classes();
    classes
        .extend(common::compile_samples().into_iter().map(|(name, bytes)| (format!("javac:{name}"), bytes)));
    classes.retain(|(_, bytes)| bytes.len() <= max_size);
    classes.sort_by_key(|(_, bytes)| bytes.len());
    classes
}

// ----- (a) truncation and (b) changed bytes -----

#[test]
fn real_classes_cut_at_every_length_are_errors() {
    let classes = real_classes(40_000);
    assert!(classes.len() >= 20, "too few classes to cut: {}", classes.len());
    let mut cuts = 0;
    for (name, bytes) in &classes {
        expect_ok(bytes, name);
        for len in 0..bytes.len() {
            let cut = &bytes[..len];
            match parse_without_panic(cut, || format!("{name} cut to {len} bytes")) {
                Ok(()) => panic!("{name} cut to {len} of {} bytes was accepted", bytes.len()),
                Err(e) => assert_eq!(e.kind, ErrorKind::ClassFormat, "{name} cut to {len}: {e}"),
            }
            cuts += 1;
        }
    }
    println!("{} classes cut at {cuts} lengths", classes.len());
}

#[test]
fn real_classes_with_any_byte_changed_never_panic() {
    let classes = real_classes(6_000);
    assert!(classes.len() >= 8, "too few classes to mutate: {}", classes.len());
    // XOR 0xFF reaches every other value of a tag or count byte; the rest
    // make near misses (off by one, high bit, zero, max) more likely.
    let mutations: [(&str, Mutation); 5] = [
        ("xor 0xFF", |b| b ^ 0xFF),
        ("xor 0x01", |b| b ^ 0x01),
        ("xor 0x80", |b| b ^ 0x80),
        ("set 0x00", |_| 0x00),
        ("set 0xFF", |_| 0xFF),
    ];
    let (mut accepted, mut rejected) = (0, 0);
    for (name, original) in &classes {
        let mut bytes = original.clone();
        for at in 0..bytes.len() {
            for (label, mutate) in &mutations {
                let changed = mutate(original[at]);
                if changed == original[at] {
                    continue;
                }
                bytes[at] = changed;
                match parse_without_panic(&bytes, || format!("{name} with byte {at} {label}")) {
                    Ok(()) => accepted += 1,
                    Err(_) => rejected += 1,
                }
            }
            bytes[at] = original[at];
        }
    }
    println!("{} classes: {accepted} changed copies accepted, {rejected} rejected", classes.len());
    assert!(rejected > accepted, "most single-byte changes should break a class");
}

// ----- (c) hand-built class files -----

const PUBLIC: u16 = 0x0001;
const PRIVATE: u16 = 0x0002;
const STATIC: u16 = 0x0008;
const FINAL: u16 = 0x0010;
const SUPER: u16 = 0x0020;
const INTERFACE: u16 = 0x0200;
const ABSTRACT: u16 = 0x0400;
const MODULE: u16 = 0x8000;

/// `return`.
const RETURN: [u8; 1] = [0xb1];
/// `iconst_0; ireturn`.
const RETURN_ZERO: [u8; 2] = [0x03, 0xac];

/// A valid class of version `major` with a constructor and a static method.
fn valid_class(major: u16) -> ClassWriter {
    let mut w = ClassWriter::new(major, "test/Sample");
    w.default_constructor();
    w.method_with_code(PUBLIC | STATIC, "answer", "()I", &RETURN_ZERO);
    w
}

#[test]
fn every_supported_version_is_accepted() {
    for (major, minor) in [
        (45, 0),
        (45, 3),
        (45, 65535),
        (46, 0),
        (49, 0),
        (50, 0),
        (51, 0),
        (52, 0),
        (55, 0),
        (55, 65535),
        (56, 0),
        (60, 0),
        (61, 0),
        (65, 0),
        (69, 0),
    ] {
        let mut w = valid_class(major);
        w.minor = minor;
        let bytes = w.to_bytes();
        expect_ok(&bytes, &format!("version {major}.{minor}"));
        let class = ClassFile::parse(&bytes).unwrap();
        assert_eq!((class.major_version, class.minor_version), (major, minor));
    }
}

#[test]
fn versions_outside_45_to_69_are_unsupported_class_versions() {
    for (major, minor) in [(44, 0), (44, 65535), (1, 0), (70, 0), (0xFFFF, 0)] {
        let mut w = valid_class(major);
        w.minor = minor;
        let e = expect_error(
            &w.to_bytes(),
            ErrorKind::UnsupportedClassVersion,
            &format!("version {major}.{minor}"),
        );
        assert!(e.offset == 4 || e.offset == 6, "version error at {}", e.offset);
    }
}

#[test]
fn preview_and_nonzero_minor_versions_from_56_are_unsupported_class_versions() {
    // Preview class files need --enable-preview, which Keel does not have;
    // any other minor version is invalid from 56 on (JVMS 4.1), which
    // HotSpot also reports as UnsupportedClassVersionError.
    for (major, minor) in [(61, 65535), (56, 65535), (69, 65535), (61, 1), (56, 3)] {
        let mut w = valid_class(major);
        w.minor = minor;
        expect_error(&w.to_bytes(), ErrorKind::UnsupportedClassVersion, &format!("version {major}.{minor}"));
    }
}

#[test]
fn bad_magic_is_a_format_error_at_offset_0() {
    for magic in [0xCAFE_BABF, 0xBEBA_FECA, 0, 0xCAFE_DADA] {
        let mut w = valid_class(61);
        w.magic = magic;
        let e = expect_format_error(&w.to_bytes(), &format!("magic {magic:#x}"));
        assert_eq!(e.offset, 0);
    }
    expect_format_error(b"", "an empty file");
    expect_format_error(b"PK\x03\x04", "a zip header");
}

#[test]
fn constant_pool_count_zero_is_an_error() {
    let mut bytes = Vec::new();
    bytes.u4(0xCAFE_BABE).u2(0).u2(61).u2(0);
    bytes.u2(PUBLIC | SUPER).u2(1).u2(0).u2(0).u2(0).u2(0).u2(0);
    let e = expect_format_error(&bytes, "constant_pool_count 0");
    assert_eq!(e.offset, 10, "{e}");
}

#[test]
fn constant_pool_count_beyond_the_entries_is_an_error() {
    let mut w = valid_class(61);
    w.pool_count = Some(w.next_index() + 1);
    expect_format_error(&w.to_bytes(), "constant_pool_count one too many");
    w.pool_count = Some(0xFFFF);
    let bytes = w.to_bytes();
    let (result, largest) = largest_allocation(|| ClassFile::parse(&bytes).map(drop));
    assert!(result.is_err());
    assert!(
        largest < 64 * 1024,
        "constant_pool_count 65535 in {} bytes allocated {largest} bytes at once",
        bytes.len()
    );
}

#[test]
fn constant_pool_index_out_of_range_is_an_error() {
    // this_class beyond the pool.
    let mut w = valid_class(61);
    w.this_class = w.next_index();
    expect_format_error(&w.to_bytes(), "this_class past the pool");
    w.this_class = 0;
    expect_format_error(&w.to_bytes(), "this_class 0");
    // A Class constant whose name index is beyond the pool.
    let mut w = valid_class(61);
    let past = w.next_index() + 5;
    let mut entry = vec![7];
    entry.u2(past);
    w.raw_constant(&entry, 1);
    expect_format_error(&w.to_bytes(), "Class naming a constant past the pool");
    // A method name index beyond the pool.
    let mut w = valid_class(61);
    let mut method = Vec::new();
    let descriptor = w.utf8("()V");
    method.u2(PUBLIC | ABSTRACT).u2(0x7FFF).u2(descriptor).u2(0);
    w.access |= ABSTRACT;
    w.methods.push(method);
    expect_format_error(&w.to_bytes(), "method name past the pool");
}

#[test]
fn constant_of_the_wrong_kind_is_an_error() {
    // A Class constant whose name is an Integer.
    let mut w = valid_class(61);
    let int = w.integer(42);
    let mut entry = vec![7];
    entry.u2(int);
    w.raw_constant(&entry, 1);
    expect_format_error(&w.to_bytes(), "Class naming an Integer");
    // this_class pointing at a Utf8 instead of a Class.
    let mut w = valid_class(61);
    w.this_class = w.utf8("test/Sample");
    expect_format_error(&w.to_bytes(), "this_class naming a Utf8");
    // A Methodref whose class is a String.
    let mut w = valid_class(61);
    let string = w.string("java/lang/Object");
    let nat = w.name_and_type("m", "()V");
    let mut entry = vec![10];
    entry.u2(string).u2(nat);
    w.raw_constant(&entry, 1);
    expect_format_error(&w.to_bytes(), "Methodref with a String for a class");
    // A String whose text index points into the middle of a Long.
    let mut w = valid_class(61);
    let long = w.long(7);
    let mut entry = vec![8];
    entry.u2(long + 1);
    w.raw_constant(&entry, 1);
    expect_format_error(&w.to_bytes(), "String naming the second slot of a Long");
    // An unknown tag.
    let mut w = valid_class(61);
    w.raw_constant(&[2, 0, 0], 1);
    expect_format_error(&w.to_bytes(), "tag 2");
}

#[test]
fn eight_byte_constant_in_the_last_slot_is_an_error() {
    for tag in [5u8, 6] {
        let mut w = valid_class(61);
        let mut entry = vec![tag];
        entry.raw(&[0; 8]);
        let index = w.raw_constant(&entry, 1); // claims one slot: the count ends after it
        w.pool_count = Some(index + 1);
        expect_format_error(&w.to_bytes(), &format!("tag {tag} in the last slot"));
    }
    // The same constant with room for its second slot is fine.
    let mut w = valid_class(61);
    w.long(1);
    w.double(2.0);
    expect_ok(&w.to_bytes(), "Long and Double with both slots");
}

#[test]
fn malformed_modified_utf8_is_an_error_at_the_bad_byte() {
    let cases: [(&str, &[u8], usize); 7] = [
        ("a NUL byte", b"ab\x00c", 2),
        ("a four-byte sequence", b"a\xF0\x9F\x98\x80", 1),
        ("a byte 0xF0", b"\xF0", 0),
        ("a byte 0xFF", b"abc\xFF", 3),
        ("a lone continuation byte", b"a\x80", 1),
        ("a two-byte sequence cut short", b"ab\xC3", 3),
        ("a three-byte sequence with a bad continuation", b"\xE2\x82x", 2),
    ];
    for (what, text, bad_at) in cases {
        let mut w = valid_class(61);
        let text_at = w.head().len() + 3;
        w.utf8_bytes(text);
        let e = expect_format_error(&w.to_bytes(), what);
        // The error points at the first byte that cannot be read as
        // modified UTF-8 (for a cut sequence, where its next byte should be).
        assert_eq!(e.offset, text_at + bad_at, "{what}: the text starts at {text_at}: {e}");
    }
    // Modified UTF-8's own forms are fine: NUL as C0 80, a surrogate pair as
    // two three-byte sequences, and a lone surrogate.
    let mut w = valid_class(61);
    w.utf8_bytes(b"a\xC0\x80b");
    w.utf8_bytes(b"\xED\xA0\xBD\xED\xB8\x80");
    w.utf8_bytes(b"\xED\xA0\x80");
    expect_ok(&w.to_bytes(), "modified UTF-8 NUL and surrogates");
}

#[test]
fn absurd_counts_fail_fast_without_huge_allocations() {
    let w = valid_class(61);
    let prefix = w.prefix();
    let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
    // fields_count 65535 and nothing after it.
    let mut bytes = prefix.clone();
    bytes.u2(0xFFFF);
    cases.push(("fields_count 65535", bytes));
    // methods_count 65535.
    let mut bytes = prefix.clone();
    bytes.u2(0).u2(0xFFFF).u2(0);
    cases.push(("methods_count 65535", bytes));
    // attributes_count 65535 on the class.
    let mut bytes = prefix.clone();
    bytes.u2(0).u2(0).u2(0xFFFF);
    cases.push(("class attributes_count 65535", bytes));
    // interfaces_count 65535.
    let mut bytes = w.head();
    bytes.u2(PUBLIC | SUPER).u2(w.this_class).u2(w.super_class).u2(0xFFFF).u2(0).u2(0).u2(0);
    cases.push(("interfaces_count 65535", bytes));
    // An attribute claiming 4 GiB.
    let mut body_w = valid_class(61);
    let name = body_w.utf8("SourceFile");
    let mut bytes = body_w.prefix();
    bytes.u2(0).u2(0).u2(1).u2(name).u4(u32::MAX);
    cases.push(("attribute_length 4 GiB", bytes));
    // Inside a Code attribute: exception_table_length 65535, and a
    // LineNumberTable claiming 65535 entries.
    let mut cw = valid_class(61);
    let mut code = Vec::new();
    code.u2(1).u2(1).u4(1).u1(0xb1).u2(0xFFFF);
    let code = cw.attribute("Code", &code);
    cw.method(PUBLIC | STATIC, "m", "()V", &[code]);
    cases.push(("exception_table_length 65535", cw.to_bytes()));
    let mut lw = valid_class(61);
    let mut table = Vec::new();
    table.u2(0xFFFF).u2(0).u2(1);
    let table = lw.attribute("LineNumberTable", &table);
    let code = lw.code(1, 1, &RETURN, &[], &[table]);
    lw.method(PUBLIC | STATIC, "m", "()V", &[code]);
    cases.push(("line_number_table_length 65535", lw.to_bytes()));

    for (what, bytes) in cases {
        let started = std::time::Instant::now();
        let (result, largest) = largest_allocation(|| ClassFile::parse(&bytes).map(drop));
        let e = result.expect_err(what);
        assert_eq!(e.kind, ErrorKind::ClassFormat, "{what}: {e}");
        assert!(e.offset <= bytes.len(), "{what}: error offset {} past the end", e.offset);
        assert!(
            largest < 64 * 1024,
            "{what}: {} bytes of input made a {largest}-byte allocation",
            bytes.len()
        );
        assert!(started.elapsed().as_millis() < 100, "{what}: took {:?}", started.elapsed());
    }
}

#[test]
fn attribute_longer_than_the_file_is_an_error() {
    let mut w = valid_class(61);
    let name = w.utf8("SourceFile");
    let file = w.utf8("Sample.java");
    let mut bytes = w.prefix();
    bytes.u2(0).u2(0);
    bytes.u2(1).u2(name).u4(3).u2(file); // claims 3 bytes, 2 follow
    let e = expect_format_error(&bytes, "attribute_length past the end");
    assert!(e.offset <= bytes.len());
    // An attribute length that runs into the next member also fails.
    let mut w = valid_class(61);
    let mut attribute = w.attribute("Deprecated", &[]);
    attribute[5] = 4; // length 4, no body: swallows the next bytes
    w.method(PUBLIC | STATIC | ABSTRACT, "gone", "()V", &[attribute]);
    w.access |= ABSTRACT;
    expect_format_error(&w.to_bytes(), "attribute_length swallowing what follows");
}

#[test]
fn code_length_must_be_1_to_65535() {
    let mut w = valid_class(61);
    let code = w.code(1, 1, &[], &[], &[]);
    w.method(PUBLIC | STATIC, "empty", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "code_length 0");

    // 65535 bytes of code is the most there may be.
    let mut big = vec![0u8; 65535]; // nop ...
    *big.last_mut().unwrap() = 0xb1; // ... return
    let mut w = valid_class(61);
    let code = w.code(1, 1, &big, &[], &[]);
    w.method(PUBLIC | STATIC, "big", "()V", &[code]);
    expect_ok(&w.to_bytes(), "code_length 65535");

    for length in [65536usize, 70000] {
        let mut code = vec![0u8; length];
        *code.last_mut().unwrap() = 0xb1;
        let mut w = valid_class(61);
        let code = w.code(1, 1, &code, &[], &[]);
        w.method(PUBLIC | STATIC, "huge", "()V", &[code]);
        expect_format_error(&w.to_bytes(), &format!("code_length {length}"));
    }
}

#[test]
fn duplicate_members_are_errors() {
    let mut w = valid_class(61);
    w.method_with_code(PUBLIC | STATIC, "answer", "()I", &RETURN_ZERO);
    expect_format_error(&w.to_bytes(), "duplicate method");
    // Same name, other descriptor: an overload, fine.
    let mut w = valid_class(61);
    w.method_with_code(PUBLIC | STATIC, "answer", "(I)I", &RETURN_ZERO);
    expect_ok(&w.to_bytes(), "overload");
    let mut w = valid_class(61);
    w.field(PRIVATE, "x", "I", &[]).field(PUBLIC, "x", "I", &[]);
    expect_format_error(&w.to_bytes(), "duplicate field");
    let mut w = valid_class(61);
    w.field(PRIVATE, "x", "I", &[]).field(PRIVATE, "x", "J", &[]);
    expect_ok(&w.to_bytes(), "fields with one name and two types");
}

fn interface(major: u16) -> ClassWriter {
    let mut w = ClassWriter::new(major, "test/Api");
    w.access = PUBLIC | INTERFACE | ABSTRACT;
    w
}

#[test]
fn interface_fields_must_be_public_static_final() {
    let mut w = interface(61);
    w.field(PUBLIC | STATIC | FINAL, "OK", "I", &[]);
    expect_ok(&w.to_bytes(), "public static final interface field");
    for flags in [
        PUBLIC | STATIC,
        PUBLIC | FINAL,
        STATIC | FINAL,
        PRIVATE | STATIC | FINAL,
        PUBLIC | STATIC | FINAL | 0x0040,
    ] {
        let mut w = interface(61);
        w.field(flags, "BAD", "I", &[]);
        expect_format_error(&w.to_bytes(), &format!("interface field with flags {flags:#06x}"));
    }
}

#[test]
fn abstract_methods_have_no_code_and_others_have_code() {
    let mut w = valid_class(61);
    w.access |= ABSTRACT;
    w.method(PUBLIC | ABSTRACT, "todo", "()V", &[]);
    w.method(PUBLIC | 0x0100, "native0", "()V", &[]);
    expect_ok(&w.to_bytes(), "abstract and native methods without Code");

    let mut w = valid_class(61);
    w.access |= ABSTRACT;
    let code = w.code(1, 1, &RETURN, &[], &[]);
    w.method(PUBLIC | ABSTRACT, "todo", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "abstract method with Code");

    let mut w = valid_class(61);
    let code = w.code(1, 1, &RETURN, &[], &[]);
    w.method(PUBLIC | 0x0100, "native0", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "native method with Code");

    let mut w = valid_class(61);
    w.method(PUBLIC, "body", "()V", &[]);
    expect_format_error(&w.to_bytes(), "concrete method without Code");

    let mut w = valid_class(61);
    let one = w.code(1, 1, &RETURN, &[], &[]);
    let two = w.code(1, 1, &RETURN, &[], &[]);
    w.method(PUBLIC, "twice", "()V", &[one, two]);
    expect_format_error(&w.to_bytes(), "method with two Code attributes");
}

#[test]
fn conflicting_method_flags_are_errors() {
    let conflicts = [
        (PUBLIC | PRIVATE, "public and private"),
        (PUBLIC | 0x0004, "public and protected"),
        (PRIVATE | 0x0004, "private and protected"),
        (PUBLIC | ABSTRACT | FINAL, "abstract and final"),
        (PUBLIC | ABSTRACT | STATIC, "abstract and static"),
        (PRIVATE | ABSTRACT, "abstract and private"),
    ];
    for (flags, what) in conflicts {
        let mut w = valid_class(61);
        w.access |= ABSTRACT;
        if flags & ABSTRACT != 0 {
            w.method(flags, "m", "()V", &[]);
        } else {
            w.method_with_code(flags, "m", "()V", &RETURN);
        }
        expect_format_error(&w.to_bytes(), &format!("method both {what}"));
    }
    // Fields too.
    let mut w = valid_class(61);
    w.field(PUBLIC | PRIVATE, "f", "I", &[]);
    expect_format_error(&w.to_bytes(), "field both public and private");
    let mut w = valid_class(61);
    w.field(PUBLIC | FINAL | 0x0040, "f", "I", &[]);
    expect_format_error(&w.to_bytes(), "field both final and volatile");
}

#[test]
fn clinit_must_be_static_from_version_51() {
    // Before 51, any method named <clinit> is the initializer, static or not.
    let mut w = valid_class(50);
    w.method_with_code(0, "<clinit>", "()V", &RETURN);
    expect_ok(&w.to_bytes(), "non-static <clinit> in version 50");
    let mut w = valid_class(51);
    w.method_with_code(STATIC, "<clinit>", "()V", &RETURN);
    expect_ok(&w.to_bytes(), "static <clinit> in version 51");
    let mut w = valid_class(51);
    w.method_with_code(0, "<clinit>", "()V", &RETURN);
    expect_format_error(&w.to_bytes(), "non-static <clinit> in version 51");
    let mut w = valid_class(61);
    w.method_with_code(STATIC, "<clinit>", "(I)V", &RETURN);
    expect_format_error(&w.to_bytes(), "<clinit> taking an int");
}

#[test]
fn init_must_return_void() {
    let mut w = ClassWriter::new(61, "test/Sample");
    w.method_with_code(PUBLIC, "<init>", "()I", &RETURN_ZERO);
    expect_format_error(&w.to_bytes(), "<init> returning int");
    let mut w = ClassWriter::new(61, "test/Sample");
    w.method_with_code(PUBLIC | STATIC, "<init>", "()V", &RETURN);
    expect_format_error(&w.to_bytes(), "static <init>");
    // A Methodref naming <init> with a non-void return.
    let mut w = valid_class(61);
    w.methodref("java/lang/Object", "<init>", "()I");
    expect_format_error(&w.to_bytes(), "Methodref to <init> returning int");
}

/// A class with a bootstrap method and an InvokeDynamic call site using it.
fn indy_class(major: u16, with_bootstrap_methods: bool) -> ClassWriter {
    let mut w = valid_class(major);
    let factory = w.methodref(
        "java/lang/invoke/LambdaMetafactory",
        "metafactory",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;\
         Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)\
         Ljava/lang/invoke/CallSite;",
    );
    let handle = w.method_handle(6, factory);
    let site = w.invoke_dynamic(0, "run", "()Ljava/lang/Runnable;");
    let [hi, lo] = site.to_be_bytes();
    // invokedynamic #site 0 0; areturn
    w.method_with_code(PUBLIC | STATIC, "task", "()Ljava/lang/Runnable;", &[0xba, hi, lo, 0, 0, 0xb0]);
    if with_bootstrap_methods {
        let mut body = Vec::new();
        body.u2(1).u2(handle).u2(0);
        w.class_attribute("BootstrapMethods", &body);
    }
    w
}

#[test]
fn invokedynamic_needs_version_51_and_a_bootstrap_method() {
    expect_ok(&indy_class(51, true).to_bytes(), "InvokeDynamic in version 51");
    expect_ok(&indy_class(61, true).to_bytes(), "InvokeDynamic in version 61");
    expect_format_error(&indy_class(50, true).to_bytes(), "InvokeDynamic in version 50");
    expect_format_error(&indy_class(61, false).to_bytes(), "InvokeDynamic without BootstrapMethods");
    // A site naming bootstrap method 1 when there is only method 0.
    let mut w = indy_class(61, true);
    w.invoke_dynamic(1, "other", "()V");
    expect_format_error(&w.to_bytes(), "InvokeDynamic naming a missing bootstrap method");
    // MethodHandle and MethodType constants need 51 too.
    let mut w = valid_class(50);
    w.method_type("()V");
    expect_format_error(&w.to_bytes(), "MethodType in version 50");
    // Dynamic constants need 55.
    let mut w = indy_class(54, true);
    w.dynamic(0, "value", "I");
    expect_format_error(&w.to_bytes(), "Dynamic in version 54");
    let mut w = indy_class(55, true);
    w.dynamic(0, "value", "I");
    expect_ok(&w.to_bytes(), "Dynamic in version 55");
}

fn module_info(major: u16) -> ClassWriter {
    let mut w = ClassWriter::empty(major);
    w.access = MODULE;
    w.this_class = w.class("module-info");
    let name = w.module("test.module");
    let base = w.module("java.base");
    let mut body = Vec::new();
    body.u2(name).u2(0).u2(0); // name, flags, no version
    body.u2(1).u2(base).u2(0x8000).u2(0); // requires mandated java.base
    body.u2(0).u2(0).u2(0).u2(0); // exports, opens, uses, provides
    w.class_attribute("Module", &body);
    w
}

#[test]
fn module_info_has_acc_module_alone() {
    for extra in [PUBLIC, SUPER, FINAL, ABSTRACT, INTERFACE | ABSTRACT, 0x1000] {
        let mut w = module_info(61);
        w.access |= extra;
        expect_format_error(&w.to_bytes(), &format!("module-info with flags {:#06x}", w.access));
    }
}

#[test]
fn abstract_strictfp_methods_are_errors_in_versions_46_to_60() {
    const STRICT: u16 = 0x0800;
    for (major, legal) in [(45, true), (46, false), (52, false), (60, false), (61, true), (65, true)] {
        let mut w = valid_class(major);
        w.access |= ABSTRACT;
        w.method(PUBLIC | ABSTRACT | STRICT, "m", "()D", &[]);
        let what = format!("abstract strictfp method in version {major}");
        if legal {
            expect_ok(&w.to_bytes(), &what);
        } else {
            expect_format_error(&w.to_bytes(), &what);
        }
    }
}

#[test]
fn module_and_package_constants_only_in_module_info() {
    expect_ok(&module_info(53).to_bytes(), "module-info in version 53");
    let mut w = module_info(61);
    let package = w.package("test/module");
    let mut body = Vec::new();
    body.u2(1).u2(package);
    w.class_attribute("ModulePackages", &body);
    expect_ok(&w.to_bytes(), "module-info with a Package constant");
    expect_format_error(&module_info(52).to_bytes(), "module-info in version 52");

    let mut w = valid_class(61);
    w.module("some.module");
    expect_format_error(&w.to_bytes(), "Module constant in a class");
    let mut w = valid_class(61);
    w.package("some/package");
    expect_format_error(&w.to_bytes(), "Package constant in a class");
    // A module-info with a method is no module-info.
    let mut w = module_info(61);
    w.method(PUBLIC | ABSTRACT, "m", "()V", &[]);
    expect_format_error(&w.to_bytes(), "module-info with a method");
}

#[test]
fn constant_value_must_match_the_field_type() {
    let mut w = valid_class(61);
    let cases: [(&str, u16); 6] = [
        ("I", w.integer(1)),
        ("Z", w.integer(1)),
        ("J", w.long(1)),
        ("F", w.float(1.0)),
        ("D", w.double(1.0)),
        ("Ljava/lang/String;", w.string("s")),
    ];
    for (i, (descriptor, index)) in cases.iter().enumerate() {
        let attribute = w.attribute("ConstantValue", &index.to_be_bytes());
        w.field(PUBLIC | STATIC | FINAL, &format!("f{i}"), descriptor, &[attribute]);
    }
    expect_ok(&w.to_bytes(), "ConstantValue of each type");

    let mismatches: [(&str, AddConstant); 5] = [
        ("I", |w| w.string("not an int")),
        ("J", |w| w.integer(1)),
        ("Ljava/lang/String;", |w| w.integer(1)),
        ("F", |w| w.double(1.0)),
        ("Ljava/lang/Object;", |w| w.string("s")),
    ];
    for (descriptor, constant) in mismatches {
        let mut w = valid_class(61);
        let index = constant(&mut w);
        let attribute = w.attribute("ConstantValue", &index.to_be_bytes());
        w.field(PUBLIC | STATIC | FINAL, "f", descriptor, &[attribute]);
        expect_format_error(&w.to_bytes(), &format!("ConstantValue mismatch for {descriptor}"));
    }
}

#[test]
fn trailing_bytes_after_the_class_are_an_error() {
    let w = valid_class(61);
    for extra in [&[0u8][..], &[0xCA, 0xFE], &[0; 100]] {
        let mut bytes = w.to_bytes();
        let end = bytes.len();
        bytes.extend_from_slice(extra);
        let e = expect_format_error(&bytes, &format!("{} trailing byte(s)", extra.len()));
        assert_eq!(e.offset, end, "{e}");
    }
}

#[test]
fn bad_names_and_descriptors_are_errors() {
    let cases: [(&str, Edit); 8] = [
        ("class name with dots", |w| w.this_class = w.class("test.Sample")),
        ("field descriptor V", |w| {
            w.field(PUBLIC, "f", "V", &[]);
        }),
        ("field name with a semicolon", |w| {
            w.field(PUBLIC, "a;b", "I", &[]);
        }),
        ("method name with angle brackets", |w| {
            w.method_with_code(PUBLIC, "<main>", "()V", &RETURN);
        }),
        ("method descriptor without a return", |w| {
            w.method_with_code(PUBLIC, "m", "(I)", &RETURN);
        }),
        ("Fieldref with a method descriptor", |w| {
            w.fieldref("test/Sample", "f", "()V");
        }),
        ("Methodref to <clinit>", |w| {
            w.methodref("test/Sample", "<clinit>", "()V");
        }),
        ("an array superclass", |w| w.super_class = w.class("[Ljava/lang/Object;")),
    ];
    for (what, break_it) in cases {
        let mut w = valid_class(61);
        break_it(&mut w);
        expect_format_error(&w.to_bytes(), what);
    }
}

#[test]
fn code_limits_and_ranges_are_checked() {
    // max_locals smaller than the parameters.
    let mut w = valid_class(61);
    let code = w.code(1, 1, &RETURN, &[], &[]);
    w.method(PUBLIC | STATIC, "two", "(JI)V", &[code]);
    expect_format_error(&w.to_bytes(), "max_locals below the parameter slots");
    // An exception handler outside the code.
    let mut w = valid_class(61);
    let code = w.code(1, 1, &[0x00, 0xb1], &[(0, 2, 2, 0)], &[]);
    w.method(PUBLIC | STATIC, "m", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "handler_pc at the code's end");
    let mut w = valid_class(61);
    let code = w.code(1, 1, &[0x00, 0xb1], &[(1, 1, 0, 0)], &[]);
    w.method(PUBLIC | STATIC, "m", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "empty handler range");
    // A catch type that is not a class.
    let mut w = valid_class(61);
    let int = w.integer(3);
    let code = w.code(1, 1, &[0x00, 0xb1], &[(0, 1, 1, int)], &[]);
    w.method(PUBLIC | STATIC, "m", "()V", &[code]);
    expect_format_error(&w.to_bytes(), "catch type naming an Integer");
}

#[test]
fn hand_built_errors_cut_or_changed_never_panic() {
    // Every hand-built input above, cut and changed like the real classes:
    // they reach corners of the parser that javac's output never does.
    let mut inputs =
        vec![valid_class(45).to_bytes(), indy_class(61, true).to_bytes(), module_info(61).to_bytes(), {
            let mut w = valid_class(61);
            w.long(-1);
            w.double(f64::NAN);
            w.float(f32::INFINITY);
            w.utf8_bytes(b"\xED\xA0\xBD\xED\xB8\x80\xC0\x80");
            w.to_bytes()
        }];
    let mut w = valid_class(61);
    let frames = {
        let mut body = Vec::new();
        body.u2(3);
        body.u1(0); // same
        body.u1(255).u2(0).u2(1).u1(7).u2(w.this_class).u2(1).u1(8).u2(0); // full
        body.u1(252).u2(0).u1(4); // append long
        w.attribute("StackMapTable", &body)
    };
    let code = w.code(2, 4, &[0x00, 0x00, 0x00, 0xb1], &[], &[frames]);
    w.method(PUBLIC | STATIC, "framed", "()V", &[code]);
    let mut annotations = Vec::new();
    let type_name = w.utf8("Ltest/Note;");
    let element = w.utf8("value");
    let int = w.integer(3);
    annotations
        .u2(1)
        .u2(type_name)
        .u2(1)
        .u2(element)
        .u1(b'[')
        .u2(2)
        .u1(b'I')
        .u2(int)
        .u1(b'@')
        .u2(type_name)
        .u2(0);
    let annotations = w.attribute("RuntimeVisibleAnnotations", &annotations);
    w.attributes.push(annotations);
    inputs.push(w.to_bytes());

    for (n, bytes) in inputs.iter().enumerate() {
        expect_ok(bytes, &format!("hand-built input {n}"));
        for len in 0..bytes.len() {
            assert!(parse_without_panic(&bytes[..len], || format!("input {n} cut to {len}")).is_err());
        }
        let mut changed = bytes.clone();
        for at in 0..bytes.len() {
            for value in [bytes[at] ^ 0xFF, bytes[at] ^ 1, 0, 0x7F, 0x80] {
                changed[at] = value;
                let _ =
                    parse_without_panic(&changed, || format!("input {n} with byte {at} set to {value:#04x}"));
            }
            changed[at] = bytes[at];
        }
    }
}

#[test]
fn annotations_nested_without_end_are_refused_not_overflowed() {
    // An element value that is an annotation holding an element value that
    // is an annotation ... 10,000 deep: must be an error, not a stack overflow.
    let mut w = valid_class(61);
    let type_name = w.utf8("Ltest/Note;");
    let element = w.utf8("value");
    let depth = 10_000;
    let mut body = Vec::new();
    body.u2(1);
    for _ in 0..depth {
        body.u2(type_name).u2(1).u2(element).u1(b'@');
    }
    body.u2(type_name).u2(0);
    let attribute = w.attribute("RuntimeVisibleAnnotations", &body);
    w.attributes.push(attribute);
    let e = expect_format_error(&w.to_bytes(), "annotations nested 10,000 deep");
    assert!(e.message.contains("nest"), "{e}");

    let mut w = valid_class(61);
    let mut body = Vec::new();
    body.u1(b'[').u2(1);
    for _ in 0..depth {
        body.u1(b'[').u2(1);
    }
    let int = w.integer(1);
    body.u1(b'I').u2(int);
    let attribute = w.attribute("AnnotationDefault", &body);
    w.access = PUBLIC | INTERFACE | ABSTRACT | 0x2000;
    let annotation = w.class("java/lang/annotation/Annotation");
    w.interfaces.push(annotation);
    w.methods.clear();
    w.method(PUBLIC | ABSTRACT, "value", "()[I", &[attribute]);
    let e = expect_format_error(&w.to_bytes(), "array element values nested 10,000 deep");
    assert!(e.message.contains("nest"), "{e}");
}

/// Keeps `push_list` in use for hand-assembled member tables.
#[test]
fn hand_assembled_member_table_round_trips() {
    let mut w = valid_class(61);
    let field = w.member(PRIVATE, "x", "I", &[]);
    let mut bytes = w.prefix();
    push_list(&mut bytes, &[field]);
    push_list(&mut bytes, &[]);
    push_list(&mut bytes, &[]);
    let class = ClassFile::parse(&bytes).unwrap();
    assert_eq!(class.fields.len(), 1);
    assert_eq!(class.fields[0].name(&class.constant_pool).unwrap(), "x");
}
