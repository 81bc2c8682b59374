//! Value adaptation between a functional interface's method type and an
//! implementation method's type, as `LambdaMetafactory` does: casts,
//! boxing, unboxing and primitive widening.

use keel_classfile::descriptor::FieldType;
use keel_kir::{ConvOp, Inst, Reg, Type};

use crate::body::Body;
use crate::imports::ImportTable;
use crate::vtype::VType;

pub fn register_type(ty: &FieldType) -> Type {
    VType::from_field_type(ty).register_type().expect("field types have register types")
}

/// Code turning `value` (of type `from`) into a value of type `to`; the
/// register holding the result.
pub fn adapt(
    body: &mut Body,
    imports: &mut ImportTable,
    value: Reg,
    from: &FieldType,
    to: &FieldType,
) -> Reg {
    if from == to {
        return value;
    }
    match (from.is_reference(), to.is_reference()) {
        (true, true) => {
            if *to != FieldType::Object("java/lang/Object".into()) {
                let class = imports.class(&class_name(to));
                body.emit(Inst::CheckCast { object: value, class });
            }
            value
        }
        (false, true) => {
            let boxed = box_value(body, imports, value, from);
            adapt(body, imports, boxed, &FieldType::Object(wrapper(from).into()), to)
        }
        (true, false) => {
            // Unbox through the wrapper the source names if it is one (then
            // widen), else through the target's own wrapper.
            let primitive = match from {
                FieldType::Object(name) => primitive_of_wrapper(name).unwrap_or_else(|| to.clone()),
                _ => to.clone(),
            };
            let unboxed = unbox(body, imports, value, &primitive);
            widen(body, unboxed, &primitive, to)
        }
        (false, false) => widen(body, value, from, to),
    }
}

fn class_name(ty: &FieldType) -> String {
    match ty {
        FieldType::Object(name) => name.clone(),
        other => other.to_string(),
    }
}

fn box_value(body: &mut Body, imports: &mut ImportTable, value: Reg, primitive: &FieldType) -> Reg {
    let wrapper = wrapper(primitive);
    let method = imports.method(wrapper, "valueOf", &format!("({primitive})L{wrapper};"), false);
    let dst = body.fresh(Type::Ref);
    body.emit(Inst::InvokeStatic { dst: Some(dst), method, args: vec![value] });
    dst
}

fn unbox(body: &mut Body, imports: &mut ImportTable, value: Reg, primitive: &FieldType) -> Reg {
    let wrapper = wrapper(primitive);
    let class = imports.class(wrapper);
    body.emit(Inst::CheckCast { object: value, class });
    let name = format!("{}Value", primitive.java_name());
    let method = imports.method(wrapper, &name, &format!("(){primitive}"), false);
    let dst = body.fresh(register_type(primitive));
    body.emit(Inst::InvokeVirtual { dst: Some(dst), method, args: vec![value] });
    dst
}

/// Primitive widening (JLS 5.1.2); narrow int types share `I32` registers.
fn widen(body: &mut Body, value: Reg, from: &FieldType, to: &FieldType) -> Reg {
    let (source, target) = (register_type(from), register_type(to));
    let op = match (source, target) {
        (a, b) if a == b => return value,
        (Type::I32, Type::I64) => ConvOp::I32ToI64,
        (Type::I32, Type::F32) => ConvOp::I32ToF32,
        (Type::I32, Type::F64) => ConvOp::I32ToF64,
        (Type::I64, Type::F32) => ConvOp::I64ToF32,
        (Type::I64, Type::F64) => ConvOp::I64ToF64,
        (Type::F32, Type::F64) => ConvOp::F32ToF64,
        _ => return value,
    };
    let dst = body.fresh(target);
    body.emit(Inst::Convert { op, dst, src: value });
    dst
}

pub fn wrapper(primitive: &FieldType) -> &'static str {
    match primitive {
        FieldType::Int => "java/lang/Integer",
        FieldType::Long => "java/lang/Long",
        FieldType::Float => "java/lang/Float",
        FieldType::Double => "java/lang/Double",
        FieldType::Boolean => "java/lang/Boolean",
        FieldType::Char => "java/lang/Character",
        FieldType::Byte => "java/lang/Byte",
        FieldType::Short => "java/lang/Short",
        _ => "java/lang/Object",
    }
}

fn primitive_of_wrapper(name: &str) -> Option<FieldType> {
    Some(match name {
        "java/lang/Integer" => FieldType::Int,
        "java/lang/Long" => FieldType::Long,
        "java/lang/Float" => FieldType::Float,
        "java/lang/Double" => FieldType::Double,
        "java/lang/Boolean" => FieldType::Boolean,
        "java/lang/Character" => FieldType::Char,
        "java/lang/Byte" => FieldType::Byte,
        "java/lang/Short" => FieldType::Short,
        _ => return None,
    })
}
