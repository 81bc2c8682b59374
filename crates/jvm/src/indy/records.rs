//! `ObjectMethods.bootstrap` (a record's `toString`, `hashCode`, `equals`)
//! becomes a call to a private static helper generated into the record
//! class itself, written in KIR to behave as `java.lang.runtime.ObjectMethods`:
//! `toString` gives `Name[a=1, b=x]`; `hashCode` is `31 * h + hash(c)` per
//! component starting from 0, with the wrappers' `hashCode` for primitives
//! and `Objects.hashCode` for references; `equals` checks the other object's
//! class, then compares ints by value, floats and doubles by
//! `Float.compare`/`Double.compare`, and references by `Objects.equals`.

use keel_classfile::access;
use keel_classfile::descriptor::FieldType;
use keel_classfile::Constant;
use keel_kir as kir;
use keel_kir::{BinOp, ConcatPart, Cond, Const, Inst, Reg, Type};

use super::adapt::{register_type, wrapper};
use super::concat::concat_kind;
use super::CallSite;
use crate::body::Body;
use crate::error::Result;
use crate::imports::ImportTable;
use crate::lower::Lowering;

struct Component {
    name: String,
    ty: FieldType,
    descriptor: String,
}

pub fn lower(low: &mut Lowering, site: &CallSite) -> Result<bool> {
    let Some(components) = read_components(low, site)? else { return Ok(false) };
    let record = low.class.name.clone();
    let (helper, descriptor) = match site.name.as_str() {
        "toString" => ("$keel$record$toString", format!("(L{record};)Ljava/lang/String;")),
        "hashCode" => ("$keel$record$hashCode", format!("(L{record};)I")),
        "equals" => ("$keel$record$equals", format!("(L{record};Ljava/lang/Object;)Z")),
        _ => return Ok(false),
    };
    // `ObjectMethods.bootstrap` refuses a call site of any other type.
    if site.descriptor.to_string() != descriptor {
        return Ok(false);
    }
    if !low.class.extra_methods.iter().any(|m| m.name == helper) {
        let imports = &mut low.class.imports;
        let body = match site.name.as_str() {
            "toString" => to_string(&record, &components, imports),
            "hashCode" => hash_code(&record, &components, imports),
            _ => equals(&record, &components, imports),
        };
        let flags = access::PRIVATE | access::STATIC | access::SYNTHETIC;
        low.class.extra_methods.push(kir::Method::generated(helper, descriptor.clone(), flags, body));
    }
    let method = low.class.imports.method(&record, helper, &descriptor, false);
    low.body.emit(Inst::InvokeStatic { dst: site.dst, method, args: site.args.clone() });
    Ok(true)
}

/// The components named by the bootstrap arguments `(Class, "a;b", getters…)`.
fn read_components(low: &Lowering, site: &CallSite) -> Result<Option<Vec<Component>>> {
    let pool = low.ctx.pool;
    if site.arguments.len() < 2 {
        return Ok(None);
    }
    let names = pool.string(site.arguments[1])?.to_str().into_owned();
    let names: Vec<&str> = if names.is_empty() { Vec::new() } else { names.split(';').collect() };
    let getters = &site.arguments[2..];
    if names.len() != getters.len() {
        return Ok(None);
    }
    let mut components = Vec::new();
    for (&name, &getter) in names.iter().zip(getters) {
        let Constant::MethodHandle { reference, .. } = *pool.get(getter)? else { return Ok(None) };
        let field = pool.member_ref(reference)?;
        let ty = FieldType::parse(&field.descriptor)?;
        components.push(Component { name: name.to_string(), ty, descriptor: field.descriptor.into_owned() });
    }
    Ok(Some(components))
}

fn load(body: &mut Body, imports: &mut ImportTable, record: &str, object: Reg, c: &Component) -> Reg {
    let field = imports.field(record, &c.name, &c.descriptor);
    let dst = body.fresh(register_type(&c.ty));
    body.emit(Inst::GetField { dst, object, field });
    dst
}

/// The simple name `Class.getSimpleName` gives for a top-level, nested or
/// local class (javac names a local class `Outer$1Name`).
fn simple_name(record: &str) -> &str {
    let name = record.rsplit('/').next().unwrap_or(record);
    let last = name.rsplit('$').next().unwrap_or(name);
    let stripped = last.trim_start_matches(|c: char| c.is_ascii_digit());
    if stripped.is_empty() {
        last
    } else {
        stripped
    }
}

fn to_string(record: &str, components: &[Component], imports: &mut ImportTable) -> kir::Function {
    let mut body = Body::default();
    let this = body.fresh(Type::Ref);
    let mut parts = Vec::new();
    let mut text = format!("{}[", simple_name(record));
    for (i, c) in components.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&c.name);
        text.push('=');
        parts.push(ConcatPart::Text(imports.string(&std::mem::take(&mut text))));
        let value = load(&mut body, imports, record, this, c);
        parts.push(ConcatPart::Value(value, concat_kind(&c.ty)));
    }
    text.push(']');
    parts.push(ConcatPart::Text(imports.string(&text)));
    let dst = body.fresh(Type::Ref);
    body.emit(Inst::Concat { dst, parts });
    body.emit(Inst::Return { value: Some(dst) });
    body.into_function(vec![this], Some(Type::Ref))
}

fn hash_code(record: &str, components: &[Component], imports: &mut ImportTable) -> kir::Function {
    let mut body = Body::default();
    let this = body.fresh(Type::Ref);
    let (result, hash, thirty_one) = (body.fresh(Type::I32), body.fresh(Type::I32), body.fresh(Type::I32));
    body.emit(Inst::Const { dst: result, value: Const::I32(0) });
    body.emit(Inst::Const { dst: thirty_one, value: Const::I32(31) });
    for c in components {
        let value = load(&mut body, imports, record, this, c);
        let method = if c.ty.is_reference() {
            imports.method("java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false)
        } else {
            imports.method(wrapper(&c.ty), "hashCode", &format!("({})I", c.ty), false)
        };
        body.emit(Inst::InvokeStatic { dst: Some(hash), method, args: vec![value] });
        body.emit(Inst::Binary { op: BinOp::Mul, dst: result, a: result, b: thirty_one });
        body.emit(Inst::Binary { op: BinOp::Add, dst: result, a: result, b: hash });
    }
    body.emit(Inst::Return { value: Some(result) });
    body.into_function(vec![this], Some(Type::I32))
}

fn equals(record: &str, components: &[Component], imports: &mut ImportTable) -> kir::Function {
    let mut body = Body::default();
    let (this, other) = (body.fresh(Type::Ref), body.fresh(Type::Ref));
    let (is_instance, answer) = (body.fresh(Type::I32), body.fresh(Type::I32));
    let class = imports.class(record);
    body.emit(Inst::InstanceOf { dst: is_instance, object: other, class });
    // Branches to "return false" are patched once its index is known.
    let mut to_false = vec![body.len()];
    body.emit(Inst::BranchZero { cond: Cond::Eq, a: is_instance, target: 0 });
    body.emit(Inst::CheckCast { object: other, class });
    for c in components {
        let a = load(&mut body, imports, record, this, c);
        let b = load(&mut body, imports, record, other, c);
        let comparison = match &c.ty {
            FieldType::Float | FieldType::Double => {
                Some((wrapper(&c.ty), "compare", format!("({0}{0})I", c.ty)))
            }
            ty if ty.is_reference() => {
                Some(("java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z".to_string()))
            }
            _ => None,
        };
        to_false.push(body.len() + u32::from(comparison.is_some()));
        match comparison {
            None => body.emit(Inst::Branch { cond: Cond::Ne, a, b, target: 0 }),
            Some((owner, name, descriptor)) => {
                let method = imports.method(owner, name, &descriptor, false);
                let result = body.fresh(Type::I32);
                body.emit(Inst::InvokeStatic { dst: Some(result), method, args: vec![a, b] });
                // compare() is 0 when equal; Objects.equals is 1.
                let cond = if name == "compare" { Cond::Ne } else { Cond::Eq };
                body.emit(Inst::BranchZero { cond, a: result, target: 0 });
            }
        }
    }
    body.emit(Inst::Const { dst: answer, value: Const::I32(1) });
    body.emit(Inst::Return { value: Some(answer) });
    let false_at = body.len();
    for index in to_false {
        crate::body::map_targets(&mut body.code[index as usize], |_| false_at);
    }
    body.emit(Inst::Const { dst: answer, value: Const::I32(0) });
    body.emit(Inst::Return { value: Some(answer) });
    body.into_function(vec![this, other], Some(Type::I32))
}
