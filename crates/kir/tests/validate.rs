//! Validation, printing and building of small functions.

use keel_kir::builder::{FunctionBuilder, ImportTableBuilder};
use keel_kir::print::{print_class, print_function};
use keel_kir::validate::Location;
use keel_kir::*;

fn imports() -> Vec<Import> {
    let mut t = ImportTableBuilder::new();
    t.method("java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;", false); // 0 class, 1
    t.field("demo/A", "x", "J"); // 2 class, 3
    t.string("hello"); // 4
    t.finish()
}

/// `ref f(ref sb, i32 n)` with `extra` (targets as instruction indexes)
/// inserted before the call.
fn function(extra: Vec<Inst>) -> Function {
    let mut b = FunctionBuilder::new(Some(Type::Ref));
    let (sb, n) = (b.new_param(Type::Ref), b.new_param(Type::I32));
    let _long = b.new_reg(Type::I64);
    b.emit(Inst::InvokeVirtual { dst: Some(sb), method: 1, args: vec![sb, n] });
    b.emit(Inst::Return { value: Some(sb) });
    let mut f = b.finish().unwrap();
    f.code.splice(0..0, extra);
    f
}

fn error_of(extra: Vec<Inst>) -> ValidationError {
    validate_function(&function(extra), &imports()).unwrap_err()
}

#[test]
fn a_good_function_validates_and_prints() {
    let f = function(vec![]);
    validate_function(&f, &imports()).unwrap();
    let text = print_function(&f, &imports());
    let line =
        "   0: r0:ref = invokevirtual #1 java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder; (r0, r1)";
    assert!(text.contains(line), "{text}");
}

#[test]
fn type_errors_name_the_instruction() {
    let e = error_of(vec![Inst::Binary { op: BinOp::Add, dst: Reg(1), a: Reg(1), b: Reg(2) }]);
    assert_eq!(e.location, Location::Instruction(0));
    assert_eq!(e.to_string(), "instruction 0: r2 is i64, expected i32");
    let e = error_of(vec![Inst::Binary { op: BinOp::And, dst: Reg(0), a: Reg(0), b: Reg(0) }]);
    assert!(e.to_string().contains("And is not defined on ref"), "{e}");
    let e = error_of(vec![Inst::Binary { op: BinOp::Shl, dst: Reg(2), a: Reg(2), b: Reg(2) }]);
    assert!(e.to_string().contains("expected i32"), "{e}");
    let e = error_of(vec![Inst::Convert { op: ConvOp::I32ToI64, dst: Reg(1), src: Reg(1) }]);
    assert!(e.to_string().contains("r1 is i32, expected i64"), "{e}");
    let e = error_of(vec![Inst::Compare { cond: Cond::Lt, dst: Reg(1), a: Reg(0), b: Reg(0) }]);
    assert!(e.to_string().contains("Lt is not defined on ref"), "{e}");
    let e = error_of(vec![Inst::Move { dst: Reg(9), src: Reg(1) }]);
    assert!(e.to_string().contains("r9 out of range"), "{e}");
    let e = error_of(vec![Inst::Load { kind: MemKind::I32, dst: Reg(1), addr: Reg(0), offset: 0 }]);
    assert!(e.to_string().contains("expected ptr"), "{e}");
}

#[test]
fn import_errors_name_the_kind() {
    let e = error_of(vec![Inst::GetField { dst: Reg(2), object: Reg(0), field: 1 }]);
    assert!(e.to_string().contains("is a Method, expected a Field"), "{e}");
    let e = error_of(vec![Inst::GetField { dst: Reg(1), object: Reg(0), field: 3 }]);
    assert!(e.to_string().contains("r1 is i32, expected i64"), "{e}");
    let e = error_of(vec![Inst::LoadString { dst: Reg(0), string: 40 }]);
    assert!(e.to_string().contains("import #40 out of range"), "{e}");
    let e = error_of(vec![Inst::InvokeVirtual { dst: None, method: 1, args: vec![Reg(0)] }]);
    assert!(e.to_string().contains("1 arguments, expected 2"), "{e}");
    let e = error_of(vec![Inst::InvokeStatic { dst: None, method: 1, args: vec![Reg(0), Reg(1)] }]);
    assert!(e.to_string().contains("expected 1"), "{e}");
    let e = error_of(vec![Inst::NewArray { dst: Reg(0), class: 0, length: Reg(1) }]);
    assert!(e.to_string().contains("not an array class"), "{e}");
}

#[test]
fn control_flow_errors() {
    let e = error_of(vec![Inst::Jump { target: 100 }]);
    assert!(e.to_string().contains("target 100 out of range"), "{e}");
    let mut f = function(vec![]);
    f.code.pop();
    let e = validate_function(&f, &imports()).unwrap_err();
    assert!(e.to_string().contains("falls through"), "{e}");
    let mut f = function(vec![]);
    f.code[1] = Inst::Return { value: Some(Reg(1)) };
    assert!(validate_function(&f, &imports()).unwrap_err().to_string().contains("expected ref"));
    let keys = vec![(3, 0), (3, 0)];
    let e = error_of(vec![Inst::LookupSwitch { key: Reg(1), cases: keys, default: 0 }]);
    assert!(e.to_string().contains("strictly increasing"), "{e}");
}

#[test]
fn handler_and_position_errors() {
    let mut f = function(vec![]);
    f.handlers.push(Handler { start: 1, end: 1, target: 0, catch_class: None, exception: Reg(0) });
    let e = validate_function(&f, &imports()).unwrap_err();
    assert_eq!(e.location, Location::Handler(0));
    f.handlers[0] = Handler { start: 0, end: 2, target: 0, catch_class: Some(1), exception: Reg(0) };
    assert!(validate_function(&f, &imports()).unwrap_err().to_string().contains("expected a Class"));
    f.handlers[0].catch_class = Some(0);
    f.handlers[0].exception = Reg(1);
    assert!(validate_function(&f, &imports()).unwrap_err().to_string().contains("expected ref"));
    f.handlers.clear();
    let at = |instruction| Position { instruction, source_offset: 0, line: 1 };
    f.positions = vec![at(1), at(0)];
    assert!(validate_function(&f, &imports()).unwrap_err().to_string().contains("not sorted"));
}

#[test]
fn import_tables_are_checked() {
    let bad = vec![Import::Field { class: 0, name: "x".into(), descriptor: "I".into() }];
    assert_eq!(validate::validate_imports(&bad).unwrap_err().location, Location::Import(0));
    let bad = vec![Import::Class { name: "A".into() }, Import::MethodHandle { kind: 6, member: 0 }];
    assert!(validate::validate_imports(&bad).is_err());
    validate::validate_imports(&imports()).unwrap();
}

#[test]
fn class_signatures_are_checked() {
    let method = Method {
        name: "f".into(),
        descriptor: "(Ljava/lang/StringBuilder;I)Ljava/lang/StringBuilder;".into(),
        access_flags: 0x0009,
        body: Some(Box::new(function(vec![]))),
        reflection: None,
    };
    let mut class =
        Class { name: "demo/A".into(), methods: vec![method], imports: imports(), ..Class::default() };
    validate_class(&class).unwrap();
    assert!(print_class(&class).contains("method f(Ljava/lang/StringBuilder;I)"));
    class.methods[0].access_flags = 0x0001; // now it needs a receiver first
    let e = validate_class(&class).unwrap_err();
    assert!(e.to_string().starts_with("class demo/A, method f (Ljava"), "{e}");
}

#[test]
fn builder_resolves_labels_and_reports_unbound_ones() {
    let mut b = FunctionBuilder::new(None);
    let x = b.new_param(Type::I32);
    let forward = b.new_label();
    let back = b.here();
    b.emit(Inst::BranchZero { cond: Cond::Eq, a: x, target: forward });
    b.emit(Inst::Jump { target: back });
    b.bind(forward);
    b.emit(Inst::Return { value: None });
    let f = b.finish().unwrap();
    assert_eq!(f.code[0].targets(), vec![2]);
    assert_eq!(f.code[1].targets(), vec![0]);
    validate_function(&f, &[] as &[Import]).unwrap();

    let mut b = FunctionBuilder::new(None);
    let never = b.new_label();
    b.emit(Inst::Jump { target: never });
    assert_eq!(b.finish().unwrap_err().label, never);
}
