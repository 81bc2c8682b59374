//! `jsr`/`ret` subroutines in hand-built version 49/50 class files: inlined
//! into code that validates, with line numbers kept; hostile uses refused
//! with a VerifyError naming the method.

#[allow(dead_code)]
#[path = "../../classfile/tests/common/writer.rs"]
mod writer;

use keel_classfile::ClassFile;
use keel_jvm::{translate_class, ErrorKind, TranslateError};
use keel_kir::validate::validate_class;
use keel_kir::{Class, Const, Function, Import, Inst};
use writer::{ClassWriter, Put};

/// A method's code and what goes around it.
struct Method<'a> {
    major: u16,
    descriptor: &'a str,
    max_stack: u16,
    max_locals: u16,
    code: Vec<u8>,
    /// `(start, end, handler, catch class)`.
    handlers: Vec<(u16, u16, u16, Option<&'a str>)>,
    /// `(start_pc, line)`.
    lines: Vec<(u16, u16)>,
    stack_map_table: bool,
}

impl<'a> Method<'a> {
    fn new(major: u16, descriptor: &'a str, code: Vec<u8>) -> Self {
        Method {
            major,
            descriptor,
            max_stack: 4,
            max_locals: 4,
            code,
            handlers: Vec::new(),
            lines: Vec::new(),
            stack_map_table: false,
        }
    }

    /// A class `T` with this method as `public static m`; `T.sink()V` is
    /// methodref #`SINK` (the first constant after the class names).
    fn class_file(&self) -> Vec<u8> {
        let mut w = ClassWriter::new(self.major, "T");
        let sink = w.methodref("T", "sink", "()V");
        assert_eq!(sink, SINK);
        let handlers: Vec<_> = self
            .handlers
            .iter()
            .map(|&(start, end, handler, class)| (start, end, handler, class.map_or(0, |c| w.class(c))))
            .collect();
        let mut attributes = Vec::new();
        if !self.lines.is_empty() {
            let mut body = Vec::new();
            body.u2(self.lines.len() as u16);
            for &(pc, line) in &self.lines {
                body.u2(pc).u2(line);
            }
            attributes.push(w.attribute("LineNumberTable", &body));
        }
        if self.stack_map_table {
            attributes.push(w.attribute("StackMapTable", &[0, 0]));
        }
        let code = w.code(self.max_stack, self.max_locals, &self.code, &handlers, &attributes);
        w.method(0x0009, "m", self.descriptor, &[code]);
        w.method_with_code(0x0009, "sink", "()V", &[0xb1]);
        w.to_bytes()
    }

    fn translate(&self) -> Result<Class, TranslateError> {
        let bytes = self.class_file();
        let cf = ClassFile::parse(&bytes).expect("the class file is well-formed");
        translate_class(&cf).map(|t| t.class)
    }

    /// Translates, validates, and returns the body of `m`.
    fn body(&self) -> (Class, Function) {
        let class = self.translate().unwrap_or_else(|e| panic!("{e}"));
        validate_class(&class).unwrap_or_else(|e| panic!("{e}"));
        let body = class.methods.iter().find(|m| m.name == "m").unwrap().body.as_deref().cloned().unwrap();
        (class, body)
    }

    fn verify_error(&self, needle: &str) -> TranslateError {
        let error = self.translate().expect_err("must be refused");
        assert_eq!(error.kind, ErrorKind::Verify, "{error}");
        assert_eq!(error.class, "T");
        assert_eq!(error.method.as_deref(), Some(&*format!("m{}", self.descriptor)));
        assert!(error.message.contains(needle), "{error}");
        error
    }
}

/// #1 "T", #2 Class T, #3 "java/lang/Object", #4 Class Object, #5 Class T,
/// #6 "sink", #7 "()V", #8 NameAndType, #9 Methodref.
const SINK: u16 = 9;
const INVOKE_SINK: [u8; 3] = [0xb8, 0, SINK as u8];

/// The KIR indexes of the calls to `T.sink`.
fn sink_calls(class: &Class, f: &Function) -> Vec<usize> {
    f.code
        .iter()
        .enumerate()
        .filter(|(_, inst)| match inst {
            Inst::InvokeStatic { method, .. } => {
                matches!(&class.imports[*method as usize], Import::Method { name, .. } if name == "sink")
            }
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

fn consts(f: &Function, value: i32) -> usize {
    f.code.iter().filter(|i| matches!(i, Inst::Const { value: Const::I32(v), .. } if *v == value)).count()
}

/// `static int m(int x) { try { x = x + 1; } finally { sink(); } return x; }`
/// as javac 1.4 compiled it: the finally block is a subroutine called from
/// the normal path and from the catch-any handler.
fn try_finally() -> Method<'static> {
    let mut code = vec![
        0x1a, 0x04, 0x60, 0x3b, // 0: iload_0; iconst_1; iadd; istore_0
        0xa8, 0x00, 0x0c, //       4: jsr 16
        0xa7, 0x00, 0x0f, //       7: goto 22
        0x4c, //                  10: astore_1 (catch any)
        0xa8, 0x00, 0x05, //      11: jsr 16
        0x2b, 0xbf, //            14: aload_1; athrow
        0x4d, //                  16: astore_2 (the subroutine)
    ];
    code.extend(INVOKE_SINK); //  17: invokestatic sink
    code.extend([0xa9, 0x02]); // 20: ret 2
    code.extend([0x1a, 0xac]); // 22: iload_0; ireturn
    let mut m = Method::new(49, "(I)I", code);
    m.handlers = vec![(0, 4, 10, None)];
    m.lines = vec![(0, 10), (16, 20), (22, 30)];
    m
}

#[test]
fn try_finally_the_old_way() {
    let m = try_finally();
    let (class, f) = m.body();
    // One copy of the finally block per call site; the original is unreachable.
    let calls = sink_calls(&class, &f);
    assert_eq!(calls.len(), 2, "{f:?}");
    // The copies keep their line number and bytecode offset.
    for call in calls {
        let position = f.positions.iter().rfind(|p| p.instruction as usize <= call).unwrap();
        assert_eq!((position.source_offset, position.line), (17, 20));
    }
    // The catch-any handler still covers the try block only.
    assert_eq!(f.handlers.len(), 1);
}

#[test]
fn version_50_without_a_stack_map_table_and_with_an_empty_one() {
    let mut m = try_finally();
    m.major = 50;
    m.body();
    // jsr fails the type checker; like HotSpot, fall back to inference.
    m.stack_map_table = true;
    m.body();
}

#[test]
fn handlers_covering_a_subroutine_are_copied() {
    // try { <try_finally> } catch (RuntimeException e) { return -1; }: the
    // outer range covers the subroutine too.
    let mut m = try_finally();
    m.code.extend([0x4c, 0x02, 0xac]); // 24: astore_1; iconst_m1; ireturn
    m.handlers.push((0, 24, 24, Some("java/lang/RuntimeException")));
    let (class, f) = m.body();
    let calls = sink_calls(&class, &f);
    assert_eq!(calls.len(), 2);
    let outer = f.handlers.iter().filter(|h| h.catch_class.is_some()).collect::<Vec<_>>();
    for call in calls {
        let covering = outer.iter().find(|h| h.start as usize <= call && call < h.end as usize);
        let covering = covering.unwrap_or_else(|| panic!("call at {call} not covered: {:?}", f.handlers));
        // The handler is the one in the main code, not a copy.
        assert_eq!(covering.target, outer[0].target);
    }
}

#[test]
fn locals_of_different_types_at_different_call_sites() {
    // Local 1 holds an int at the first call and a reference at the second:
    // merging the calls would lose both.
    let code = vec![
        0x04, 0x3c, //       0: iconst_1; istore_1
        0xa8, 0x00, 0x0d, // 2: jsr 15
        0x1b, 0x57, //       5: iload_1; pop
        0x01, 0x4c, //       7: aconst_null; astore_1
        0xa8, 0x00, 0x06, // 9: jsr 15
        0x2b, 0x57, //      12: aload_1; pop
        0xb1, //            14: return
        0x4d, 0xa9, 0x02, // 15: astore_2; ret 2
    ];
    Method::new(49, "()V", code).body();
}

/// `m(int)`: calls A twice; A adds 1 and calls B, which adds 10.
fn nested(b_returns_from: u8) -> Method<'static> {
    #[rustfmt::skip]
    let code = vec![
        0xa8, 0x00, 0x08, //       0: jsr 8 (A)
        0xa8, 0x00, 0x05, //       3: jsr 8
        0x1a, 0xac, //             6: iload_0; ireturn
        0x4c, //                   8: A: astore_1
        0x84, 0x00, 0x01, //       9: iinc 0 1
        0xa8, 0x00, 0x05, //      12: jsr 17 (B)
        0xa9, 0x01, //            15: ret 1
        0x4d, //                  17: B: astore_2
        0x84, 0x00, 0x0a, //      18: iinc 0 10
        0xa9, b_returns_from, //  21: ret
    ];
    Method::new(49, "(I)I", code)
}

#[test]
fn nested_subroutines() {
    let (_, f) = nested(2).body();
    assert_eq!(consts(&f, 1), 2, "A is copied once per call: {f:?}");
    assert_eq!(consts(&f, 10), 2, "B is copied once per copy of A: {f:?}");
}

#[test]
fn ret_from_two_subroutines_at_once() {
    // B returns with A's return address, straight back to A's caller; A's
    // own ret is then never reached.
    let (_, f) = nested(1).body();
    assert_eq!(consts(&f, 10), 2);
}

#[test]
fn a_subroutine_that_never_returns() {
    // 0: jsr 4; 3: return; 4: pop (the return address); 5: return
    Method::new(49, "()V", vec![0xa8, 0x00, 0x04, 0xb1, 0x57, 0xb1]).body();
}

#[test]
fn subroutine_with_a_loop_and_a_switch() {
    let mut code = vec![
        0xa8, 0x00, 0x05, //  0: jsr 5
        0x1a, 0xac, //        3: iload_0; ireturn
        0x4c, //              5: astore_1
        0x84, 0x00, 0xff, //  6: iinc 0 -1
        0x1a, 0x9a, 0xff, 0xfc, // 9: iload_0; ifne 6
        0x1a, //             13: iload_0
        0xab, 0x00, //       14: lookupswitch, padded to 16
        0x00, 0x00, 0x00, 0x1a, // default: 14 + 26 = 40
        0x00, 0x00, 0x00, 0x01, // one pair
        0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x1a, // 7 -> 40
    ];
    assert_eq!(code.len(), 32);
    code.extend([0x00; 8]); // 32..40: nops, unreachable
    code.extend([0xa9, 0x01]); // 40: ret 1
    Method::new(49, "(I)I", code).body();
}

// ----- refused -----

#[test]
fn jsr_in_a_version_51_class() {
    // 0: jsr 4; 3: return; 4: astore_0; 5: ret 0
    let code = vec![0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa9, 0x00];
    Method::new(49, "()V", code.clone()).body();
    let e = Method::new(51, "()V", code.clone()).verify_error("version 51");
    assert_eq!(e.offset, Some(0));
    Method::new(52, "()V", code).verify_error("jsr");
}

#[test]
fn ret_in_a_version_51_class() {
    Method::new(51, "()V", vec![0x03, 0x3b, 0xa9, 0x00]).verify_error("ret is not allowed");
}

#[test]
fn recursive_subroutine() {
    // 0: jsr 4; 3: return; 4: astore_0; 5: jsr 4; 8: ret 0
    let code = vec![0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa8, 0xff, 0xff, 0xa9, 0x00];
    let e = Method::new(49, "()V", code).verify_error("recursive");
    assert_eq!(e.offset, Some(5));
}

#[test]
fn mutually_recursive_subroutines() {
    // 0: jsr 4; 3: return; 4: A: astore_0; 5: jsr 9; 8: return;
    // 9: B: astore_1; 10: jsr 4; 13: return
    let code = vec![0xa8, 0x00, 0x04, 0xb1, 0x4b, 0xa8, 0x00, 0x04, 0xb1, 0x4c, 0xa8, 0xff, 0xfa, 0xb1];
    Method::new(49, "()V", code).verify_error("recursive");
}

#[test]
fn ret_of_a_local_that_is_not_a_return_address() {
    // iconst_0; istore_0; ret 0
    let e = Method::new(49, "()V", vec![0x03, 0x3b, 0xa9, 0x00]).verify_error("not a returnAddress");
    assert_eq!(e.offset, Some(2));
}

#[test]
fn loading_a_return_address() {
    // 0: jsr 4; 3: return; 4: astore_0; 5: aload_0; 6: pop; 7: ret 0
    let code = vec![0xa8, 0x00, 0x04, 0xb1, 0x4b, 0x2a, 0x57, 0xa9, 0x00];
    let e = Method::new(49, "()V", code).verify_error("returnAddress");
    assert_eq!(e.offset, Some(5), "the offset is in the real code");
}

#[test]
fn return_address_used_as_an_int() {
    // 0: jsr 4; 3: return; 4: ineg (on the return address)
    Method::new(49, "()V", vec![0xa8, 0x00, 0x04, 0xb1, 0x74, 0x57, 0xb1]).verify_error("expected int");
}

#[test]
fn two_callers_merging_at_one_ret() {
    // Two subroutines share their ret; B stores its address in local 1 but
    // the shared ret returns through local 0, where A's address, already
    // returned to, is spent: a VerifyError in B's copy.
    let code = vec![
        0xa8, 0x00, 0x07, // 0: jsr 7
        0xa8, 0x00, 0x08, // 3: jsr 11
        0xb1, //             6: return
        0x4b, //             7: A: astore_0
        0xa7, 0x00, 0x05, // 8: goto 13
        0x4c, //            11: B: astore_1
        0x00, //            12: nop
        0xa9, 0x00, //      13: ret 0
    ];
    let e = Method::new(49, "()V", code).verify_error("not a returnAddress");
    assert_eq!(e.offset, Some(13));
}

#[test]
fn too_deeply_nested() {
    // main: jsr s1; return. s_k: pop; jsr s_k+1; return. The last: pop; return.
    let depth = 40;
    let mut code = vec![0xa8, 0x00, 0x04, 0xb1];
    for _ in 0..depth {
        code.extend([0x57, 0xa8, 0x00, 0x04, 0xb1]);
    }
    code.extend([0x57, 0xb1]);
    Method::new(49, "()V", code).verify_error("nest");
}

#[test]
fn exponential_inlining() {
    // s_k calls s_k+1 twice: 2^20 copies.
    let levels = 20;
    let mut code = vec![0xa8, 0x00, 0x04, 0xb1];
    for _ in 0..levels {
        // 0: astore_1; 1: jsr 9; 4: jsr 9 (= 5 on); 7: ret 1; 9: next
        code.extend([0x4c, 0xa8, 0x00, 0x08, 0xa8, 0x00, 0x05, 0xa9, 0x01]);
    }
    code.extend([0x4c, 0xa9, 0x01]);
    Method::new(49, "()V", code).verify_error("inlining subroutines");
}
