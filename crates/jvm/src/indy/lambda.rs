//! `LambdaMetafactory` call sites become generated classes: one per call
//! site, named `Outer$$Lambda$N`, final and synthetic, implementing the
//! functional interface (and, for `altMetafactory`, its marker interfaces
//! and bridge methods). Captured values become fields set by the
//! constructor; the interface method loads them, adapts its arguments to
//! the implementation method's types, and calls it. The call site becomes
//! `New` + `InvokeSpecial <init>` (a singleton for non-capturing lambdas is
//! left to a later optimization).

use keel_classfile::access;
use keel_classfile::constant_pool::ReferenceKind;
use keel_classfile::descriptor::{FieldType, MethodDescriptor};
use keel_classfile::Constant;
use keel_kir as kir;
use keel_kir::{Inst, Type};

use super::adapt::{adapt, register_type};
use super::{method_type_argument, CallSite};
use crate::body::Body;
use crate::error::Result;
use crate::imports::ImportTable;
use crate::lower::Lowering;

const FLAG_SERIALIZABLE: i32 = 1;
const FLAG_MARKERS: i32 = 2;
const FLAG_BRIDGES: i32 = 4;

/// What the generated class implements, read from the bootstrap arguments.
struct LambdaSpec {
    interface: String,
    method_name: String,
    /// The interface method's erased descriptor.
    sam: String,
    instantiated: MethodDescriptor,
    implementation: Implementation,
    markers: Vec<String>,
    bridges: Vec<String>,
    captured: Vec<FieldType>,
}

struct Implementation {
    kind: ReferenceKind,
    class: String,
    name: String,
    descriptor: String,
    interface: bool,
}

pub fn lower(low: &mut Lowering, site: &CallSite, alternate: bool) -> Result<bool> {
    let Some(spec) = read_spec(low, site, alternate)? else { return Ok(false) };
    let Some(dst) = site.dst else { return Ok(false) };
    let number = low.class.generated.len() + 1;
    let name = format!("{}$$Lambda${number}", low.class.name);
    let class = generate_class(&name, &spec);
    low.class.generated.push(class);
    let class_import = low.class.imports.class(&name);
    let constructor = low.class.imports.method(&name, "<init>", &constructor_descriptor(&spec), false);
    // A fresh register: the result's stack slot may hold a captured value.
    let object = low.body.fresh(Type::Ref);
    low.body.emit(Inst::New { dst: object, class: class_import });
    let args = std::iter::once(object).chain(site.args.iter().copied()).collect();
    low.body.emit(Inst::InvokeSpecial { dst: None, method: constructor, args });
    low.body.emit(Inst::Move { dst, src: object });
    Ok(true)
}

fn read_spec(low: &Lowering, site: &CallSite, alternate: bool) -> Result<Option<LambdaSpec>> {
    let pool = low.ctx.pool;
    let args = &site.arguments;
    if args.len() < 3 {
        return Ok(None);
    }
    let Some(FieldType::Object(interface)) = site.descriptor.return_type.clone() else { return Ok(None) };
    let sam = method_type_argument(low, args[0])?;
    let instantiated = MethodDescriptor::parse(&method_type_argument(low, args[2])?)?;
    let Constant::MethodHandle { kind, reference } = *pool.get(args[1])? else { return Ok(None) };
    if kind.is_field() {
        return Ok(None);
    }
    let member = pool.member_ref(reference)?;
    let implementation = Implementation {
        kind,
        class: member.class.into_owned(),
        name: member.name.into_owned(),
        descriptor: member.descriptor.into_owned(),
        interface: member.is_interface,
    };
    let (mut markers, mut bridges) = (Vec::new(), Vec::new());
    if alternate {
        let int_at = |i: usize| -> Option<i32> {
            match pool.get(*args.get(i)?).ok()? {
                Constant::Integer(v) => Some(*v),
                _ => None,
            }
        };
        // A count that is negative or runs past the arguments makes the
        // bootstrap method fail: `BootstrapMethodError` when reached.
        let count_at = |i: usize| -> Option<usize> {
            let count = usize::try_from(int_at(i)?).ok()?;
            (i + 1 + count <= args.len()).then_some(count)
        };
        let Some(flags) = int_at(3) else { return Ok(None) };
        let mut next = 4;
        if flags & FLAG_MARKERS != 0 {
            let Some(count) = count_at(next) else { return Ok(None) };
            for i in 0..count {
                markers.push(pool.class_name(args[next + 1 + i])?.into_owned());
            }
            next += 1 + count;
        }
        if flags & FLAG_BRIDGES != 0 {
            let Some(count) = count_at(next) else { return Ok(None) };
            for i in 0..count {
                bridges.push(method_type_argument(low, args[next + 1 + i])?);
            }
        }
        if flags & FLAG_SERIALIZABLE != 0 {
            markers.push("java/io/Serializable".into());
        }
    }
    // `LambdaMetafactory` refuses (`BootstrapMethodError` when reached) a
    // site whose types do not line up: the generated class relies on them.
    let Ok(sam_type) = MethodDescriptor::parse(&sam) else { return Ok(None) };
    let Ok(target) = MethodDescriptor::parse(&implementation.descriptor) else { return Ok(None) };
    let receiver =
        usize::from(!matches!(kind, ReferenceKind::InvokeStatic | ReferenceKind::NewInvokeSpecial));
    let arity = sam_type.parameters.len();
    let bridges_fit =
        bridges.iter().all(|b| MethodDescriptor::parse(b).is_ok_and(|b| b.parameters.len() == arity));
    if instantiated.parameters.len() != arity
        || site.descriptor.parameters.len() + arity != receiver + target.parameters.len()
        || !bridges_fit
    {
        return Ok(None);
    }
    Ok(Some(LambdaSpec {
        interface,
        method_name: site.name.clone(),
        sam,
        instantiated,
        implementation,
        markers,
        bridges,
        captured: site.descriptor.parameters.clone(),
    }))
}

fn constructor_descriptor(spec: &LambdaSpec) -> String {
    MethodDescriptor { parameters: spec.captured.clone(), return_type: None }.to_string()
}

fn field_name(i: usize) -> String {
    format!("arg${}", i + 1)
}

fn generate_class(name: &str, spec: &LambdaSpec) -> kir::Class {
    let mut imports = ImportTable::default();
    let mut methods = vec![constructor(name, spec, &mut imports)];
    let mut descriptors = vec![spec.sam.clone()];
    for bridge in &spec.bridges {
        if !descriptors.contains(bridge) {
            descriptors.push(bridge.clone());
        }
    }
    for descriptor in descriptors {
        methods.push(interface_method(name, spec, &descriptor, &mut imports));
    }
    let fields = spec
        .captured
        .iter()
        .enumerate()
        .map(|(i, ty)| kir::Field {
            name: field_name(i).into(),
            descriptor: ty.to_string().into(),
            access_flags: access::PRIVATE | access::FINAL,
            constant: None,
            signature: None,
            annotations: None,
        })
        .collect();
    kir::Class {
        name: name.to_string().into(),
        access_flags: access::FINAL | access::SYNTHETIC | access::SUPER,
        super_class: Some("java/lang/Object".into()),
        interfaces: std::iter::once(spec.interface.clone())
            .chain(spec.markers.iter().cloned())
            .map(Into::into)
            .collect(),
        fields,
        methods,
        imports: imports.into_vec(),
        ..kir::Class::default()
    }
}

/// `<init>(captured…)`: calls `Object.<init>` and stores each captured value.
fn constructor(class: &str, spec: &LambdaSpec, imports: &mut ImportTable) -> kir::Method {
    let mut body = Body::default();
    let this = body.fresh(Type::Ref);
    let values: Vec<_> = spec.captured.iter().map(|ty| body.fresh(register_type(ty))).collect();
    let object_init = imports.method("java/lang/Object", "<init>", "()V", false);
    body.emit(Inst::InvokeSpecial { dst: None, method: object_init, args: vec![this] });
    for (i, (&value, ty)) in values.iter().zip(&spec.captured).enumerate() {
        let field = imports.field(class, &field_name(i), &ty.to_string());
        body.emit(Inst::PutField { object: this, field, value });
    }
    body.emit(Inst::Return { value: None });
    let params = std::iter::once(this).chain(values).collect();
    kir::Method::generated(
        "<init>",
        constructor_descriptor(spec),
        access::PRIVATE,
        body.into_function(params, None),
    )
}

/// The interface method (or a bridge with `descriptor`): loads the captured
/// values, adapts the arguments, calls the implementation, adapts the result.
fn interface_method(
    class: &str,
    spec: &LambdaSpec,
    descriptor: &str,
    imports: &mut ImportTable,
) -> kir::Method {
    let signature =
        MethodDescriptor::parse(descriptor).expect("bootstrap method types are valid descriptors");
    let mut body = Body::default();
    let this = body.fresh(Type::Ref);
    let params: Vec<_> = signature.parameters.iter().map(|ty| body.fresh(register_type(ty))).collect();
    // The values the implementation receives, with their static types:
    // captured ones first, then the arguments, cast to the instantiated types.
    let mut values = Vec::new();
    for (i, ty) in spec.captured.iter().enumerate() {
        let field = imports.field(class, &field_name(i), &ty.to_string());
        let value = body.fresh(register_type(ty));
        body.emit(Inst::GetField { dst: value, object: this, field });
        values.push((value, ty.clone()));
    }
    for (i, (&param, ty)) in params.iter().zip(&signature.parameters).enumerate() {
        let instantiated = spec.instantiated.parameters.get(i).unwrap_or(ty);
        let value = adapt(&mut body, imports, param, ty, instantiated);
        values.push((value, instantiated.clone()));
    }
    let result = call_implementation(&mut body, imports, &spec.implementation, values);
    let returns = signature.return_type.as_ref().map(register_type);
    let value = match (&signature.return_type, result) {
        (Some(target), Some((value, ty))) => Some(adapt(&mut body, imports, value, &ty, target)),
        _ => None,
    };
    body.emit(Inst::Return { value });
    let params = std::iter::once(this).chain(params).collect();
    kir::Method::generated(
        &spec.method_name,
        descriptor.to_string(),
        access::PUBLIC,
        body.into_function(params, returns),
    )
}

/// Calls the implementation method with `values` (receiver first for
/// instance methods), adapting each to its parameter type; the result and
/// its type, if any.
fn call_implementation(
    body: &mut Body,
    imports: &mut ImportTable,
    implementation: &Implementation,
    values: Vec<(keel_kir::Reg, FieldType)>,
) -> Option<(keel_kir::Reg, FieldType)> {
    let target = MethodDescriptor::parse(&implementation.descriptor).expect("checked descriptor");
    let method = imports.method(
        &implementation.class,
        &implementation.name,
        &implementation.descriptor,
        implementation.interface,
    );
    let owner = FieldType::Object(implementation.class.clone());
    let mut args = Vec::new();
    let mut values = values.into_iter();
    let receiver_type = match implementation.kind {
        ReferenceKind::InvokeStatic | ReferenceKind::NewInvokeSpecial => None,
        _ => Some(owner.clone()),
    };
    if let Some(receiver_type) = &receiver_type {
        let (value, ty) = values.next().expect("an instance method handle has a receiver");
        args.push(adapt(body, imports, value, &ty, receiver_type));
    }
    for ((value, ty), parameter) in values.zip(&target.parameters) {
        args.push(adapt(body, imports, value, &ty, parameter));
    }
    if implementation.kind == ReferenceKind::NewInvokeSpecial {
        let object = body.fresh(Type::Ref);
        let class = imports.class(&implementation.class);
        body.emit(Inst::New { dst: object, class });
        args.insert(0, object);
        body.emit(Inst::InvokeSpecial { dst: None, method, args });
        return Some((object, owner));
    }
    let dst = target.return_type.as_ref().map(|ty| body.fresh(register_type(ty)));
    body.emit(match implementation.kind {
        ReferenceKind::InvokeStatic => Inst::InvokeStatic { dst, method, args },
        ReferenceKind::InvokeSpecial => Inst::InvokeSpecial { dst, method, args },
        ReferenceKind::InvokeInterface => Inst::InvokeInterface { dst, method, args },
        _ => Inst::InvokeVirtual { dst, method, args },
    });
    dst.zip(target.return_type)
}
