//! A hand-built module using every instruction, every import kind and every
//! piece of class metadata, valid by `keel_kir::validate`.

use keel_kir::builder::{FunctionBuilder, ImportTableBuilder};
use keel_kir::*;

pub fn imports() -> Vec<Import> {
    let mut t = ImportTableBuilder::new();
    t.class("java/lang/Object"); // 0
    t.field("demo/Sample", "count", "I"); // 1 demo/Sample, 2
    t.field("demo/Sample", "NAME", "Ljava/lang/String;"); // 3
    t.method("java/lang/Object", "<init>", "()V", false); // 4
    t.method("demo/Sample", "twice", "(I)I", false); // 5
    t.method("java/lang/Object", "toString", "()Ljava/lang/String;", false); // 6
    t.method("java/lang/Runnable", "run", "()V", true); // 7 class, 8
    t.string_utf16(vec![0x68, 0x69, 0xd800]); // 9: "hi" + an unpaired surrogate
    t.class("[I"); // 10
    t.class("[[J"); // 11
    t.intern(Import::MethodType { descriptor: "(I)V".into() }); // 12
    t.intern(Import::MethodHandle { kind: 6, member: 5 }); // 13
    let error = t.class("java/lang/Error"); // 14
    t.intern(Import::Error { class: error, message: "boom".into() }); // 15
    t.class("java/lang/Throwable"); // 16
    assert_eq!(t.class("java/lang/Object"), 0, "interned once");
    t.finish()
}

/// `int all(int, long, float, double)`, an instance method.
pub fn function() -> Function {
    use Type::*;
    let mut b = FunctionBuilder::new(Some(I32));
    let (this, i, l, f, d) =
        (b.new_param(Ref), b.new_param(I32), b.new_param(I64), b.new_param(F32), b.new_param(F64));
    let (ti, tl, tf, td) = (b.new_reg(I32), b.new_reg(I64), b.new_reg(F32), b.new_reg(F64));
    let (obj, p, exc) = (b.new_reg(Ref), b.new_reg(Ptr), b.new_reg(Ref));
    let (end, handler, rethrow) = (b.new_label(), b.new_label(), b.new_label());
    let start = b.here();
    b.set_position(0, 10);
    b.emit(Inst::Const { dst: ti, value: Const::I32(-5) });
    b.emit(Inst::Const { dst: tl, value: Const::I64(i64::MIN) });
    b.emit(Inst::Const { dst: tf, value: Const::F32(0x7fc0_0001) });
    b.emit(Inst::Const { dst: td, value: Const::F64((-0.0f64).to_bits()) });
    b.emit(Inst::Const { dst: obj, value: Const::Null });
    b.set_position(3, 11);
    b.emit(Inst::Move { dst: ti, src: i });
    b.emit(Inst::Binary { op: BinOp::Add, dst: ti, a: ti, b: i });
    b.emit(Inst::Binary { op: BinOp::Shl, dst: tl, a: tl, b: ti });
    b.emit(Inst::Binary { op: BinOp::Rem, dst: td, a: td, b: d });
    b.emit(Inst::Unary { op: UnOp::Neg, dst: tf, src: tf });
    b.emit(Inst::Unary { op: UnOp::Not, dst: tl, src: tl });
    b.emit(Inst::Convert { op: ConvOp::I64ToI32, dst: ti, src: l });
    b.emit(Inst::Convert { op: ConvOp::F64ToF32, dst: tf, src: d });
    b.emit(Inst::Convert { op: ConvOp::I32ToI8, dst: ti, src: ti });
    b.emit(Inst::Compare { cond: Cond::Lt, dst: ti, a: f, b: tf });
    b.emit(Inst::Compare3 { kind: Cmp3::Int, dst: ti, a: l, b: tl });
    b.emit(Inst::Compare3 { kind: Cmp3::FloatNanLess, dst: ti, a: d, b: td });
    let next = b.new_label();
    b.emit(Inst::Jump { target: next });
    b.bind(next);
    b.emit(Inst::Branch { cond: Cond::ULt, a: i, b: ti, target: end });
    b.emit(Inst::BranchZero { cond: Cond::Eq, a: obj, target: end });
    let (switch2, switch3) = (b.new_label(), b.new_label());
    b.emit(Inst::TableSwitch { key: ti, low: -1, targets: vec![switch2, end], default: switch2 });
    b.bind(switch2);
    b.emit(Inst::LookupSwitch { key: ti, cases: vec![(-1, switch3), (7, end)], default: switch3 });
    b.bind(switch3);
    b.emit(Inst::Call { dst: Some(ti), function: 5, args: vec![i] });
    b.emit(Inst::Load { kind: MemKind::I16, dst: ti, addr: p, offset: -4 });
    b.emit(Inst::Store { kind: MemKind::Ptr, addr: p, offset: 8, value: p });
    b.emit(Inst::AtomicRmw { op: AtomicOp::Add, kind: MemKind::I64, dst: tl, addr: p, value: tl });
    b.emit(Inst::CompareExchange { kind: MemKind::Ref, dst: obj, addr: p, expected: obj, new: obj });
    b.emit(Inst::Fence { kind: FenceKind::Full });
    b.emit(Inst::New { dst: obj, class: 1 });
    b.emit(Inst::NewArray { dst: obj, class: 10, length: ti });
    b.emit(Inst::NewMultiArray { dst: obj, class: 11, lengths: vec![ti, ti] });
    b.emit(Inst::GetField { dst: ti, object: this, field: 2 });
    b.emit(Inst::PutField { object: this, field: 2, value: ti });
    b.emit(Inst::GetStatic { dst: obj, field: 3 });
    b.emit(Inst::PutStatic { field: 3, value: obj });
    b.emit(Inst::ArrayLoad { kind: ElemKind::Long, dst: tl, array: obj, index: ti });
    b.emit(Inst::ArrayStore { kind: ElemKind::Boolean, array: obj, index: ti, value: ti });
    b.emit(Inst::ArrayLength { dst: ti, array: obj });
    b.emit(Inst::InvokeStatic { dst: Some(ti), method: 5, args: vec![ti] });
    b.emit(Inst::InvokeSpecial { dst: None, method: 4, args: vec![this] });
    b.emit(Inst::InvokeVirtual { dst: Some(obj), method: 6, args: vec![this] });
    b.emit(Inst::InvokeInterface { dst: None, method: 8, args: vec![obj] });
    b.emit(Inst::InstanceOf { dst: ti, object: obj, class: 7 });
    b.emit(Inst::CheckCast { object: obj, class: 1 });
    b.emit(Inst::NullCheck { object: obj });
    b.emit(Inst::LoadString { dst: obj, string: 9 });
    b.emit(Inst::LoadClass { dst: obj, class: 11 });
    b.emit(Inst::LoadConstant { dst: obj, constant: 13 });
    b.emit(Inst::LoadConstant { dst: obj, constant: 12 });
    let parts = vec![
        ConcatPart::Value(i, ConcatKind::Int),
        ConcatPart::Value(ti, ConcatKind::Char),
        ConcatPart::Value(ti, ConcatKind::Boolean),
        ConcatPart::Value(ti, ConcatKind::Byte),
        ConcatPart::Value(ti, ConcatKind::Short),
        ConcatPart::Value(tl, ConcatKind::Long),
        ConcatPart::Text(9),
        ConcatPart::Value(tf, ConcatKind::Float),
        ConcatPart::Value(td, ConcatKind::Double),
        ConcatPart::Value(obj, ConcatKind::Object),
    ];
    b.emit(Inst::Concat { dst: obj, parts });
    b.emit(Inst::MonitorEnter { object: this });
    b.emit(Inst::MonitorExit { object: this });
    b.bind(end);
    b.set_position(40, 20);
    b.emit(Inst::Return { value: Some(ti) });
    b.bind(handler);
    b.emit(Inst::BranchZero { cond: Cond::Ne, a: exc, target: rethrow });
    b.emit(Inst::Raise { error: 15 });
    b.bind(rethrow);
    b.emit(Inst::Throw { exception: exc });
    b.add_handler(start, end, handler, Some(16), exc);
    b.add_handler(start, end, handler, None, exc);
    b.finish().expect("all labels bound")
}

fn method(name: &str, descriptor: &str, access_flags: u16, body: Option<Function>) -> Method {
    Method {
        name: name.to_owned().into(),
        descriptor: descriptor.to_owned().into(),
        access_flags,
        body: body.map(Box::new),
        reflection: None,
    }
}

fn field(name: &str, descriptor: &str, constant: Option<FieldConstant>) -> Field {
    Field {
        name: name.to_owned().into(),
        descriptor: descriptor.to_owned().into(),
        access_flags: 0x0018,
        constant,
        signature: None,
        annotations: None,
    }
}

fn twice() -> Function {
    let mut b = FunctionBuilder::new(Some(Type::I32));
    let x = b.new_param(Type::I32);
    b.emit(Inst::Binary { op: BinOp::Add, dst: x, a: x, b: x });
    b.emit(Inst::Return { value: Some(x) });
    b.finish().unwrap()
}

pub fn full_class() -> Class {
    let mut abstract_method = method("work", "(Ljava/lang/String;)V", 0x0401, None);
    abstract_method.reflection = Some(Box::new(MethodReflection {
        exceptions: vec!["java/io/IOException".into()],
        signature: Some("<T:Ljava/lang/Object;>(TT;)V".into()),
        annotations: Some(vec![0, 1, 2]),
        parameter_annotations: Some(vec![1, 0]),
        annotation_default: Some(vec![0x73, 0, 5]),
        parameters: vec![(Some("text".into()), 0x0010), (None, 0)],
    }));
    let mut annotated = field("list", "Ljava/util/List;", None);
    annotated.signature = Some("Ljava/util/List<Ljava/lang/String;>;".into());
    annotated.annotations = Some(vec![0, 0]);
    annotated.access_flags = 0x0002;
    Class {
        name: "demo/Sample".into(),
        access_flags: 0x0421,
        super_class: Some("java/lang/Object".into()),
        interfaces: vec!["java/lang/Runnable".into(), "java/io/Serializable".into()],
        fields: vec![
            field("A", "I", Some(FieldConstant::Value(Const::I32(i32::MIN)))),
            field("B", "J", Some(FieldConstant::Value(Const::I64(-1)))),
            field("C", "F", Some(FieldConstant::Value(Const::F32(f32::NAN.to_bits() | 1)))),
            field("D", "D", Some(FieldConstant::Value(Const::F64(1.5f64.to_bits())))),
            field("E", "Ljava/lang/String;", Some(FieldConstant::String(vec![0xdc00, 0x41]))),
            field("count", "I", None),
            annotated,
        ],
        methods: vec![
            method("all", "(IJFD)I", 0x0001, Some(function())),
            method("twice", "(I)I", 0x0009, Some(twice())),
            abstract_method,
        ],
        imports: imports(),
        source_file: Some("Sample.java".into()),
        signature: Some("Ljava/lang/Object;Ljava/lang/Runnable;".into()),
        annotations: Some(vec![0, 1, 0, 7, 0]),
        inner_classes: vec![
            InnerClass {
                inner: "demo/Sample$Inner".into(),
                outer: Some("demo/Sample".into()),
                simple_name: Some("Inner".into()),
                access_flags: 0x0008,
            },
            InnerClass { inner: "demo/Sample$1".into(), outer: None, simple_name: None, access_flags: 0 },
        ],
        enclosing_method: Some(("demo/Outer".into(), Some(("make".into(), "()V".into())))),
        nest_host: Some("demo/Outer".into()),
        nest_members: vec!["demo/Sample$Inner".into()],
        permitted_subclasses: vec!["demo/Sub".into()],
        record_components: Some(vec![
            RecordComponent { name: "x".into(), descriptor: "I".into(), signature: None, annotations: None },
            RecordComponent {
                name: "y".into(),
                descriptor: "Ljava/util/List;".into(),
                signature: Some("Ljava/util/List<TT;>;".into()),
                annotations: Some(vec![9]),
            },
        ]),
        source_version: (61, 0),
    }
}

pub fn module() -> Module {
    let small = Class {
        name: "demo/Sample$1".into(),
        enclosing_method: Some(("demo/Sample".into(), None)),
        record_components: Some(vec![]),
        source_version: (52, 3),
        ..Class::default()
    };
    let empty = Class { name: "a/First".into(), ..Class::default() };
    Module { name: Some("demo".into()), classes: vec![full_class(), small, empty] }
}
