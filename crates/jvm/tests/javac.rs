//! Per-opcode-family tests: Java sources compiled with the JDK's `javac` at
//! test time, translated, validated, and the KIR checked.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use keel_classfile::container::jdk::find_jdk;
use keel_classfile::ClassFile;
use keel_kir::validate::validate_class;
use keel_kir::*;

/// Every class of `tests/java` translated (main classes and generated ones),
/// or `None` without a JDK.
fn classes() -> Option<&'static Vec<Class>> {
    static CLASSES: OnceLock<Option<Vec<Class>>> = OnceLock::new();
    CLASSES.get_or_init(compile_and_translate).as_ref()
}

fn compile_and_translate() -> Option<Vec<Class>> {
    let jdk = find_jdk(None).ok()?;
    let out = std::env::temp_dir().join(format!("keel-jvm-javac-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/java/Ops.java");
    let status = Command::new(jdk.root().join("bin/javac"))
        .args(["-g", "-d"])
        .arg(&out)
        .arg(source)
        .status()
        .expect("run javac");
    assert!(status.success());
    let mut classes = Vec::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let cf = ClassFile::parse(&bytes).unwrap();
        let translation = keel_jvm::translate_class(&cf).unwrap_or_else(|e| panic!("{e}"));
        classes.push(translation.class);
        classes.extend(translation.generated);
    }
    let _ = std::fs::remove_dir_all(&out);
    for class in &classes {
        validate_class(class).unwrap_or_else(|e| panic!("{e}"));
    }
    Some(classes)
}

fn class(name: &str) -> &'static Class {
    classes().unwrap().iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no class {name}"))
}

fn body(name: &str) -> &'static Function {
    let ops = class("Ops");
    ops.methods.iter().find(|m| m.name == name).and_then(|m| m.body.as_ref()).unwrap()
}

fn binaries(f: &Function) -> Vec<(BinOp, Type)> {
    f.code
        .iter()
        .filter_map(|i| match i {
            Inst::Binary { op, dst, .. } => Some((*op, f.registers[dst.0 as usize])),
            _ => None,
        })
        .collect()
}

macro_rules! need_jdk {
    () => {
        // CI installs a JDK 17: without one these tests must fail, not pass quietly.
        assert!(classes().is_some(), "a JDK 17 with javac is needed for these tests");
    };
}

#[test]
fn arithmetic_of_each_type() {
    need_jdk!();
    for (method, ty) in
        [("ints", Type::I32), ("longs", Type::I64), ("floats", Type::F32), ("doubles", Type::F64)]
    {
        let ops = binaries(body(method));
        for op in [BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::Rem] {
            assert!(ops.contains(&(op, ty)), "{method}: no {op:?} on {ty}: {ops:?}");
        }
    }
    let ints = binaries(body("ints"));
    for op in [BinOp::Shl, BinOp::Shr, BinOp::UShr, BinOp::And, BinOp::Or, BinOp::Xor] {
        assert!(ints.contains(&(op, Type::I32)));
    }
    assert!(binaries(body("longs")).contains(&(BinOp::Shl, Type::I64)));
    assert!(body("floats").code.iter().any(|i| matches!(i, Inst::Unary { op: UnOp::Neg, .. })));
}

#[test]
fn conversions() {
    need_jdk!();
    let f = body("conversions");
    let ops: Vec<ConvOp> = f
        .code
        .iter()
        .filter_map(|i| if let Inst::Convert { op, .. } = i { Some(*op) } else { None })
        .collect();
    for op in [
        ConvOp::I32ToI8,
        ConvOp::I32ToU16,
        ConvOp::I32ToI16,
        ConvOp::F32ToI64,
        ConvOp::F64ToI32,
        ConvOp::I64ToF32,
        ConvOp::I32ToF64,
        ConvOp::I64ToI32,
        ConvOp::F64ToI64,
        ConvOp::F64ToF32,
        ConvOp::I32ToI64,
    ] {
        assert!(ops.contains(&op), "no {op:?} in {ops:?}");
    }
}

#[test]
fn compares_and_branches() {
    need_jdk!();
    let f = body("compares");
    let kinds: Vec<Cmp3> = f
        .code
        .iter()
        .filter_map(|i| if let Inst::Compare3 { kind, .. } = i { Some(*kind) } else { None })
        .collect();
    assert!(kinds.contains(&Cmp3::Int));
    // `f > 1.0f` branches when not greater: fcmpl (NaN gives -1, so NaN fails).
    assert!(kinds.contains(&Cmp3::FloatNanLess));
    assert!(kinds.contains(&Cmp3::FloatNanGreater));
    let branch_on_ref = f
        .code
        .iter()
        .any(|i| matches!(i, Inst::BranchZero { a, .. } if f.registers[a.0 as usize] == Type::Ref));
    let compare_refs =
        f.code.iter().any(|i| matches!(i, Inst::Branch { a, .. } if f.registers[a.0 as usize] == Type::Ref));
    assert!(branch_on_ref && compare_refs);
}

#[test]
fn switches() {
    need_jdk!();
    let f = body("switches");
    assert!(f
        .code
        .iter()
        .any(|i| matches!(i, Inst::TableSwitch { low: 1, targets, .. } if targets.len() == 3)));
    assert!(f.code.iter().any(|i| matches!(i, Inst::LookupSwitch { cases, .. } if cases.len() == 3)));
    for inst in &f.code {
        for target in inst.targets() {
            assert!((target as usize) < f.code.len());
        }
    }
}

#[test]
fn arrays_with_element_kinds() {
    need_jdk!();
    let f = body("arrays");
    let ops = class("Ops");
    let array_classes: Vec<&str> = f
        .code
        .iter()
        .filter_map(|i| match i {
            Inst::NewArray { class, .. } | Inst::NewMultiArray { class, .. } => {
                match &ops.imports[*class as usize] {
                    Import::Class { name } => Some(&**name),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    assert_eq!(array_classes, ["[I", "[Z", "[B", "[C", "[[J", "[Ljava/lang/String;"]);
    let stores: Vec<ElemKind> = f
        .code
        .iter()
        .filter_map(|i| if let Inst::ArrayStore { kind, .. } = i { Some(*kind) } else { None })
        .collect();
    assert!(
        stores.contains(&ElemKind::Boolean)
            && stores.contains(&ElemKind::Byte)
            && stores.contains(&ElemKind::Char)
    );
    let loads: Vec<ElemKind> = f
        .code
        .iter()
        .filter_map(|i| if let Inst::ArrayLoad { kind, .. } = i { Some(*kind) } else { None })
        .collect();
    assert!(
        loads.contains(&ElemKind::Boolean)
            && loads.contains(&ElemKind::Long)
            && loads.contains(&ElemKind::Ref)
    );
    assert!(f.code.iter().any(|i| matches!(i, Inst::ArrayLength { .. })));
}

#[test]
fn fields_and_calls() {
    need_jdk!();
    let f = body("fields");
    assert!(f.code.iter().any(|i| matches!(i, Inst::GetField { .. })));
    assert!(f.code.iter().any(|i| matches!(i, Inst::PutField { .. })));
    assert!(f.code.iter().any(|i| matches!(i, Inst::GetStatic { .. })));
    assert!(f.code.iter().any(|i| matches!(i, Inst::PutStatic { .. })));
    let c = body("calls");
    assert!(c.code.iter().any(|i| matches!(i, Inst::InvokeInterface { args, .. } if args.len() == 1)));
    assert!(c.code.iter().any(|i| matches!(i, Inst::InvokeVirtual { dst: Some(_), .. })));
    assert!(c.code.iter().any(|i| matches!(i, Inst::InvokeStatic { .. })));
    assert!(!c.positions.is_empty() && c.positions.iter().all(|p| p.line > 0));
}

#[test]
fn exceptions_and_finally() {
    need_jdk!();
    let f = body("exceptions");
    assert!(f.handlers.len() >= 2, "{:?}", f.handlers);
    assert!(f.handlers.iter().any(|h| h.catch_class.is_some()));
    assert!(f.handlers.iter().any(|h| h.catch_class.is_none()), "finally catches everything");
    for h in &f.handlers {
        assert_eq!(f.registers[h.exception.0 as usize], Type::Ref);
        assert!(h.start < h.end && (h.target as usize) < f.code.len());
    }
    assert!(f.code.iter().any(|i| matches!(i, Inst::Throw { .. })), "finally rethrows");
    let s = body("sync");
    assert!(s.code.iter().any(|i| matches!(i, Inst::MonitorEnter { .. })));
    assert!(s.code.iter().any(|i| matches!(i, Inst::MonitorExit { .. })));
}

#[test]
fn string_concat_with_every_kind() {
    need_jdk!();
    let f = body("concat");
    let ops = class("Ops");
    let parts = f
        .code
        .iter()
        .find_map(|i| if let Inst::Concat { parts, .. } = i { Some(parts) } else { None })
        .expect("one Concat");
    let kinds: Vec<ConcatKind> =
        parts.iter().filter_map(|p| if let ConcatPart::Value(_, k) = p { Some(*k) } else { None }).collect();
    use ConcatKind::*;
    assert_eq!(kinds, [Int, Char, Boolean, Byte, Short, Long, Float, Double, Object, Object]);
    let texts: Vec<String> = parts
        .iter()
        .filter_map(|p| match p {
            ConcatPart::Text(i) => match &ops.imports[*i as usize] {
                Import::String { utf16 } => Some(String::from_utf16(utf16).unwrap()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["i=", "!42"]);
}

fn lambda_classes() -> Vec<&'static Class> {
    classes().unwrap().iter().filter(|c| c.name.starts_with("Ops$$Lambda$")).collect()
}

#[test]
fn lambdas_capture_each_kind_of_value() {
    need_jdk!();
    let lambdas = lambda_classes();
    assert_eq!(lambdas.len(), 12);
    let implementing = |iface: &str| lambdas.iter().copied().find(|c| c.interfaces == [iface]).unwrap();
    let long_supplier = implementing("java/util/function/LongSupplier");
    let field_types: Vec<&str> = long_supplier.fields.iter().map(|f| &*f.descriptor).collect();
    assert_eq!(field_types, ["J", "I"]);
    assert_eq!(implementing("java/util/function/DoubleSupplier").fields[0].descriptor, "D");
    let get = long_supplier.methods.iter().find(|m| m.name == "getAsLong").unwrap();
    assert_eq!(get.descriptor, "()J");
    // Integer::parseInt as a Function<String, Integer>: the int result is boxed.
    let function = lambdas
        .iter()
        .find(|c| {
            c.interfaces == ["java/util/function/Function"]
                && c.fields.is_empty()
                && c.imports.iter().any(|i| matches!(i, Import::Method { name, .. } if name == "parseInt"))
        })
        .unwrap();
    let apply = function.methods.iter().find(|m| m.name == "apply").unwrap().body.as_ref().unwrap();
    let calls: Vec<String> = apply
        .code
        .iter()
        .filter_map(|i| match i {
            Inst::InvokeStatic { method, .. } | Inst::InvokeVirtual { method, .. } => {
                match &function.imports[*method as usize] {
                    Import::Method { name, .. } => Some(name.to_string()),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    assert_eq!(calls, ["parseInt", "valueOf"]);
    // Its Object argument is cast to String first.
    assert!(apply.code.iter().any(|i| matches!(i, Inst::CheckCast { .. })));
    // The call site: New of the generated class, then its constructor.
    let site = body("lambdas");
    assert!(site.code.iter().filter(|i| matches!(i, Inst::New { .. })).count() >= 6);
}

#[test]
fn lambda_classes_join_their_hosts_nest() {
    need_jdk!();
    let host = class("Ops");
    for lambda in lambda_classes() {
        assert_eq!(lambda.nest_host.as_deref(), Some("Ops"), "{}", lambda.name);
        assert!(
            host.nest_members.contains(&lambda.name.to_string()),
            "{} is not a member of Ops's nest",
            lambda.name
        );
        assert_eq!(lambda.source_version, host.source_version);
    }
}

#[test]
fn method_references_of_each_kind() {
    need_jdk!();
    let lambdas = lambda_classes();
    let kinds: Vec<&str> = lambdas
        .iter()
        .flat_map(|c| c.methods.iter().filter(|m| m.name != "<init>").map(move |m| (c, m)))
        .filter_map(|(c, m)| {
            m.body.as_ref().unwrap().code.iter().find_map(|i| match i {
                Inst::New { class, .. } => match &c.imports[*class as usize] {
                    Import::Class { name } if name == "Ops" => Some("constructor"),
                    _ => None,
                },
                Inst::InvokeStatic { .. } => Some("static"),
                Inst::InvokeVirtual { .. } => Some("virtual"),
                Inst::NewArray { .. } => Some("array"),
                _ => None,
            })
        })
        .collect();
    assert!(
        kinds.contains(&"constructor") && kinds.contains(&"static") && kinds.contains(&"virtual"),
        "{kinds:?}"
    );
    // int[]::new compiles to a synthetic static method of Ops that allocates.
    assert!(class("Ops").methods.iter().any(|m| m
        .body
        .as_ref()
        .is_some_and(|b| b.code.iter().any(|i| matches!(i, Inst::NewArray { .. })))
        && m.name.starts_with("lambda$")));
}

#[test]
fn records_get_generated_object_methods() {
    need_jdk!();
    let point = class("Ops$Point");
    let helper =
        |name: &str| point.methods.iter().find(|m| m.name == name).and_then(|m| m.body.as_ref()).unwrap();
    let to_string = helper("$keel$record$toString");
    let Some(Inst::Concat { parts, .. }) = to_string.code.iter().find(|i| matches!(i, Inst::Concat { .. }))
    else {
        panic!("no concat")
    };
    let first = match parts[0] {
        ConcatPart::Text(i) => match &point.imports[i as usize] {
            Import::String { utf16 } => String::from_utf16(utf16).unwrap(),
            _ => panic!(),
        },
        _ => panic!(),
    };
    assert_eq!(first, "Point[x=");
    let hash = helper("$keel$record$hashCode");
    assert_eq!(hash.code.iter().filter(|i| matches!(i, Inst::InvokeStatic { .. })).count(), 6);
    let equals = helper("$keel$record$equals");
    assert!(equals.code.iter().any(|i| matches!(i, Inst::InstanceOf { .. })));
    for name in ["toString", "hashCode", "equals"] {
        let method = point.methods.iter().find(|m| m.name == name).unwrap().body.as_ref().unwrap();
        assert!(method.code.iter().any(|i| matches!(i, Inst::InvokeStatic { .. })), "{name}");
        assert!(!method.code.iter().any(|i| matches!(i, Inst::Raise { .. })), "{name}");
    }
}
