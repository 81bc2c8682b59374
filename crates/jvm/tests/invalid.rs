//! Hand-made invalid bytecode must be refused with a VerifyError (or a
//! ClassFormatError for malformed code) naming the method and offset.

use keel_classfile::ClassFile;
use keel_jvm::{translate_class, ErrorKind, TranslateError};

/// A class `T` with one `public static` method `m` of `descriptor`.
fn class_file(major: u16, descriptor: &str, max_stack: u16, max_locals: u16, code: &[u8]) -> Vec<u8> {
    let mut out = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0];
    out.extend(major.to_be_bytes());
    let utf8 = |out: &mut Vec<u8>, s: &str| {
        out.push(1);
        out.extend((s.len() as u16).to_be_bytes());
        out.extend(s.as_bytes());
    };
    out.extend(8u16.to_be_bytes()); // constant_pool_count
    utf8(&mut out, "T"); // #1
    out.extend([7, 0, 1]); // #2 Class T
    utf8(&mut out, "java/lang/Object"); // #3
    out.extend([7, 0, 3]); // #4 Class Object
    utf8(&mut out, "m"); // #5
    utf8(&mut out, descriptor); // #6
    utf8(&mut out, "Code"); // #7
    out.extend([0x00, 0x21, 0, 2, 0, 4, 0, 0, 0, 0]); // flags, this, super, interfaces, fields
    out.extend([0, 1, 0x00, 0x09, 0, 5, 0, 6, 0, 1]); // one public static method, one attribute
    out.extend([0, 7]);
    out.extend((12 + code.len() as u32).to_be_bytes());
    out.extend(max_stack.to_be_bytes());
    out.extend(max_locals.to_be_bytes());
    out.extend((code.len() as u32).to_be_bytes());
    out.extend(code);
    out.extend([0, 0, 0, 0]); // no exception table, no attributes
    out.extend([0, 0]); // no class attributes
    out
}

fn translate(
    major: u16,
    descriptor: &str,
    max_stack: u16,
    max_locals: u16,
    code: &[u8],
) -> Result<(), TranslateError> {
    let bytes = class_file(major, descriptor, max_stack, max_locals, code);
    let cf = ClassFile::parse(&bytes).expect("the class file is well-formed");
    translate_class(&cf).map(|_| ())
}

fn verify_error(major: u16, descriptor: &str, code: &[u8], needle: &str) -> TranslateError {
    let error = translate(major, descriptor, 4, 4, code).expect_err("must be refused");
    assert_eq!(error.kind, ErrorKind::Verify, "{error}");
    assert_eq!(error.class, "T");
    assert_eq!(error.method.as_deref(), Some(&*format!("m{descriptor}")));
    assert!(error.message.contains(needle), "{error}");
    error
}

#[test]
fn a_valid_method_translates() {
    // iconst_1; iconst_2; iadd; ireturn
    translate(49, "()I", 2, 0, &[0x04, 0x05, 0x60, 0xac]).unwrap();
}

#[test]
fn stack_underflow() {
    let e = verify_error(49, "()I", &[0x04, 0x60, 0xac], "underflow"); // iconst_1; iadd
    assert_eq!(e.offset, Some(1));
}

#[test]
fn stack_overflow_beyond_max_stack() {
    let error = translate(49, "()V", 1, 0, &[0x04, 0x04, 0x57, 0x57, 0xb1]).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Verify);
    assert!(error.message.contains("max_stack"), "{error}");
}

#[test]
fn iadd_on_a_float() {
    // fconst_1; iconst_1; iadd
    verify_error(49, "()I", &[0x0c, 0x04, 0x60, 0xac], "expected int");
}

#[test]
fn wrong_return_type() {
    verify_error(49, "()V", &[0x04, 0xac], "ireturn"); // iconst_1; ireturn in a void method
}

#[test]
fn local_beyond_max_locals() {
    verify_error(49, "()V", &[0x04, 0x36, 9, 0xb1], "max_locals"); // istore 9
}

#[test]
fn reading_an_unset_local() {
    verify_error(49, "()I", &[0x1a, 0xac], "local 0"); // iload_0 with no arguments
}

#[test]
fn falling_off_the_end() {
    verify_error(49, "()V", &[0x00], "falls off");
}

#[test]
fn inconsistent_stack_heights_at_a_join() {
    // 0 iload_0; 1 ifeq 7; 4 iconst_1; 5 nop; 6 nop; 7 return: offset 7 is
    // reached with an empty stack (the branch) and with one int (fall-through).
    let code = [0x1a, 0x99, 0x00, 0x06, 0x04, 0x00, 0x00, 0xb1];
    verify_error(49, "(I)V", &code, "inconsistent stack heights");
}

#[test]
fn branch_target_without_a_stack_map_frame() {
    let code = [0x1a, 0x99, 0x00, 0x04, 0x00, 0xb1]; // iload_0; ifeq 5; nop; return
    verify_error(52, "(I)V", &code, "no stack map frame");
}

#[test]
fn branch_into_the_middle_of_an_instruction() {
    let code = [0x1a, 0x99, 0x00, 0x02, 0xb1]; // ifeq to offset 3, inside the ifeq
    let bytes = class_file(49, "(I)V", 2, 2, &code);
    match ClassFile::parse(&bytes) {
        Err(_) => {} // the parser may refuse it already
        Ok(cf) => assert_eq!(translate_class(&cf).unwrap_err().kind, ErrorKind::ClassFormat),
    }
}
