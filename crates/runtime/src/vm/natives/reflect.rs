//! Reflection: `Class.getDeclaredFields0/Methods0/Constructors0` and
//! friends, and the native accessors behind `Method.invoke` and
//! `Constructor.newInstance`.
//!
//! A `Method`'s or `Constructor`'s `slot` is the method's index in its
//! class, a `Field`'s the field's index: the VM finds the member again from
//! (class, slot).

use super::super::{JResult, ObjRef, Throw, Vm, ACC_STATIC};
use super::lang::mirror_arg;
use super::Natives;
use crate::layout::{ClassId, MethodRef};

const CLASS: &str = "java/lang/Class";

/// Registers the reflection natives.
pub fn register(n: &mut Natives) {
    n.register(CLASS, "getDeclaredFields0", "(Z)[Ljava/lang/reflect/Field;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(declared_fields(vm, class, a[1] & 1 != 0)?.to_slot()))
    });
    n.register(CLASS, "getDeclaredMethods0", "(Z)[Ljava/lang/reflect/Method;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(declared_methods(vm, class, a[1] & 1 != 0, false)?.to_slot()))
    });
    n.register(CLASS, "getDeclaredConstructors0", "(Z)[Ljava/lang/reflect/Constructor;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(declared_methods(vm, class, a[1] & 1 != 0, true)?.to_slot()))
    });
    register_arrays(n);
    n.register(CLASS, "getRecordComponents0", "()[Ljava/lang/reflect/RecordComponent;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        Ok(Some(record_components(vm, class)?.to_slot()))
    });
    n.register(CLASS, "getDeclaredClasses0", "()[Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let rt = vm.class(class).clone();
        let names: Vec<String> = vm
            .reflection_decl(class)?
            .map(|d| {
                d.inner_classes
                    .iter()
                    .filter(|ic| ic.outer.as_deref() == Some(rt.name.as_str()) && ic.inner != rt.name)
                    .map(|ic| ic.inner.clone())
                    .collect()
            })
            .unwrap_or_default();
        Ok(Some(class_array(vm, class, &names)?.to_slot()))
    });
    n.register(CLASS, "getPermittedSubclasses0", "()[Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let names = vm.reflection_decl(class)?.map(|d| d.permitted_subclasses.clone()).unwrap_or_default();
        if names.is_empty() {
            return Ok(Some(0));
        }
        Ok(Some(class_array(vm, class, &names)?.to_slot()))
    });
    n.register(CLASS, "getNestMembers0", "()[Ljava/lang/Class;", |vm, a| {
        let class = mirror_arg(vm, a[0])?;
        let mut names = vec![vm.class(class).name.clone()];
        names.extend(vm.reflection_decl(class)?.map(|d| d.nest_members.clone()).unwrap_or_default());
        Ok(Some(class_array(vm, class, &names)?.to_slot()))
    });
    n.register(
        "jdk/internal/reflect/NativeMethodAccessorImpl",
        "invoke0",
        "(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
        |vm, a| invoke_method(vm, ObjRef::from_slot(a[0]), ObjRef::from_slot(a[1]), ObjRef::from_slot(a[2])),
    );
    n.register(
        "jdk/internal/reflect/NativeConstructorAccessorImpl",
        "newInstance0",
        "(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;",
        |vm, a| new_instance(vm, ObjRef::from_slot(a[0]), ObjRef::from_slot(a[1])),
    );
}

fn register_arrays(n: &mut Natives) {
    const ARRAY: &str = "java/lang/reflect/Array";
    n.register(ARRAY, "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", |vm, a| {
        if a[0] == 0 {
            return Err(vm.bare_error("java/lang/NullPointerException"));
        }
        let component = mirror_arg(vm, a[0])?;
        if (a[1] as i32) < 0 {
            return Err(vm.error("java/lang/NegativeArraySizeException", &(a[1] as i32).to_string()));
        }
        // No arrays of void, nor of more than 255 dimensions (JVMS 4.3.2).
        if vm.class(component).primitive == Some(b'V') || array_dimensions(vm, component) >= MAX_DIMENSIONS {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        let array_class = vm.array_class_of(component)?;
        Ok(Some(vm.alloc_array(array_class, a[1] as i32)?.to_slot()))
    });
    n.register(ARRAY, "multiNewArray", "(Ljava/lang/Class;[I)Ljava/lang/Object;", |vm, a| {
        let dimensions = ObjRef::from_slot(a[1]);
        if a[0] == 0 || dimensions.is_null() {
            return Err(vm.bare_error("java/lang/NullPointerException"));
        }
        let mut class = mirror_arg(vm, a[0])?;
        let count = vm.array_length(dimensions);
        if count <= 0 || count as usize > MAX_DIMENSIONS {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        let bytes = vm.read_array_region(dimensions, 0, count)?;
        let lengths: Vec<i32> =
            bytes.chunks_exact(4).map(|b| i32::from_ne_bytes([b[0], b[1], b[2], b[3]])).collect();
        if let Some(&negative) = lengths.iter().find(|&&l| l < 0) {
            return Err(vm.error("java/lang/NegativeArraySizeException", &negative.to_string()));
        }
        if vm.class(class).primitive == Some(b'V')
            || array_dimensions(vm, class) + count as usize > MAX_DIMENSIONS
        {
            return Err(vm.bare_error("java/lang/IllegalArgumentException"));
        }
        for _ in 0..count {
            class = vm.array_class_of(class)?;
        }
        Ok(Some(vm.multi_array(class, &lengths)?.to_slot()))
    });
    n.register(ARRAY, "getLength", "(Ljava/lang/Object;)I", |vm, a| {
        let array = array_arg(vm, a[0], false)?;
        Ok(Some(vm.array_length(array) as u32 as u64))
    });
    n.register(ARRAY, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;", |vm, a| {
        let array = array_arg(vm, a[0], false)?;
        let (kind, value) = array_load(vm, array, a[1] as i32)?;
        if kind == keel_kir::ElemKind::Ref {
            return Ok(Some(value));
        }
        let letter = [kind.descriptor_letter()];
        let descriptor = std::str::from_utf8(&letter).unwrap_or("I");
        Ok(Some(box_value(vm, descriptor, value)?.to_slot()))
    });
    n.register(ARRAY, "set", "(Ljava/lang/Object;ILjava/lang/Object;)V", |vm, a| {
        let array = array_arg(vm, a[0], false)?;
        let info = vm.class(vm.class_of(array)).array.expect("an array");
        let value = ObjRef::from_slot(a[2]);
        let index = a[1] as i32;
        match info.component {
            Some(component) => {
                let addr = reflective_element(vm, array, index)?;
                if !value.is_null() && !vm.is_assignable(vm.class_of(value), component) {
                    return Err(vm.error("java/lang/IllegalArgumentException", "array element type mismatch"));
                }
                // SAFETY: in bounds; the value is an instance of the element type.
                unsafe { super::super::value::store(info.kind, addr, value.to_slot()) };
            }
            None => {
                if value.is_null() {
                    return Err(vm.bare_error("java/lang/IllegalArgumentException"));
                }
                // What is not a primitive wrapper matches no element type.
                let (from, bits) = unbox(vm, value).unwrap_or((b'L', 0));
                array_store_primitive(vm, array, index, from, bits)?;
            }
        }
        Ok(None)
    });
    // (name suffix, descriptor letter) of the typed accessors.
    macro_rules! typed {
        ($($get:literal, $set:literal, $letter:literal);* $(;)?) => {$(
            n.register(ARRAY, $get, concat!("(Ljava/lang/Object;I)", $letter), |vm, a| {
                let array = array_arg(vm, a[0], true)?;
                let (kind, value) = array_load(vm, array, a[1] as i32)?;
                let from = kind.descriptor_letter();
                match widen(from, $letter.as_bytes()[0], value) {
                    Some(widened) => Ok(Some(widened)),
                    None => Err(mismatch(vm)),
                }
            });
            n.register(ARRAY, $set, concat!("(Ljava/lang/Object;I", $letter, ")V"), |vm, a| {
                let array = array_arg(vm, a[0], true)?;
                array_store_primitive(vm, array, a[1] as i32, $letter.as_bytes()[0], a[2])?;
                Ok(None)
            });
        )*};
    }
    typed! {
        "getBoolean", "setBoolean", "Z";
        "getByte", "setByte", "B";
        "getChar", "setChar", "C";
        "getShort", "setShort", "S";
        "getInt", "setInt", "I";
        "getLong", "setLong", "J";
        "getFloat", "setFloat", "F";
        "getDouble", "setDouble", "D";
    }
}

/// The most dimensions an array class may have (JVMS 4.3.2).
const MAX_DIMENSIONS: usize = 255;

/// How many dimensions `class` has (0: not an array class).
fn array_dimensions(vm: &Vm, class: ClassId) -> usize {
    vm.class(class).name.bytes().take_while(|&b| b == b'[').count()
}

/// The array argument of a `java.lang.reflect.Array` native, checked as
/// HotSpot's `check_array` does (`primitive`: it must be a primitive array).
fn array_arg(vm: &mut Vm, slot: u64, primitive: bool) -> JResult<ObjRef> {
    let array = ObjRef::from_slot(slot);
    if array.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let Some(info) = vm.class(vm.class_of(array)).array else {
        return Err(vm.error("java/lang/IllegalArgumentException", "Argument is not an array"));
    };
    if primitive && info.component.is_some() {
        let message = "Argument is not an array of primitive type";
        return Err(vm.error("java/lang/IllegalArgumentException", message));
    }
    Ok(array)
}

/// The address of element `index` for reflective access: out of bounds is
/// an `ArrayIndexOutOfBoundsException` without a message, as in HotSpot.
fn reflective_element(vm: &mut Vm, array: ObjRef, index: i32) -> JResult<*mut u8> {
    if index < 0 || index >= vm.array_length(array) {
        return Err(vm.bare_error("java/lang/ArrayIndexOutOfBoundsException"));
    }
    vm.element_address(array, index)
}

/// Element `index` of `array`, with the array's element kind.
fn array_load(vm: &mut Vm, array: ObjRef, index: i32) -> JResult<(keel_kir::ElemKind, u64)> {
    let kind = vm.class(vm.class_of(array)).array.expect("an array").kind;
    let addr = reflective_element(vm, array, index)?;
    // SAFETY: `reflective_element` checked the index against the length.
    Ok((kind, unsafe { super::super::value::load(kind, addr) }))
}

/// Stores a primitive value of kind `from` (a descriptor letter; `L` for a
/// non-wrapper object) into element `index` of `array`, widened to the
/// element type: "argument type mismatch" if it cannot be.
fn array_store_primitive(vm: &mut Vm, array: ObjRef, index: i32, from: u8, bits: u64) -> JResult<()> {
    let info = vm.class(vm.class_of(array)).array.expect("an array");
    let addr = reflective_element(vm, array, index)?;
    if info.component.is_some() {
        // HotSpot stores nothing when a primitive meets an object array.
        return Ok(());
    }
    let Some(value) = widen(from, info.kind.descriptor_letter(), bits) else { return Err(mismatch(vm)) };
    // SAFETY: in bounds; the value has been widened to the element type.
    unsafe { super::super::value::store(info.kind, addr, value) };
    Ok(())
}

/// The field descriptors of a method descriptor's parameters, and its
/// return descriptor.
pub(crate) fn split_descriptor(descriptor: &str) -> Option<(Vec<&str>, &str)> {
    let inner = descriptor.strip_prefix('(')?;
    let (params, returns) = inner.split_once(')')?;
    let mut out = Vec::new();
    let bytes = params.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while bytes.get(i) == Some(&b'[') {
            i += 1;
        }
        match bytes.get(i)? {
            b'L' => i += params[i..].find(';')? + 1,
            _ => i += 1,
        }
        out.push(&params[start..i]);
    }
    Some((out, returns))
}

/// The class of a field descriptor as `requester`'s loader sees it.
pub(crate) fn descriptor_class(vm: &mut Vm, descriptor: &str, requester: ClassId) -> JResult<ClassId> {
    match descriptor.as_bytes().first() {
        Some(b'L') => vm.load_class_for(&descriptor[1..descriptor.len() - 1], requester),
        Some(b'[') => vm.load_class_for(descriptor, requester),
        Some(&letter) => vm.primitive_class(letter),
        None => Err(Throw::Fatal("empty descriptor".into())),
    }
}

fn class_array(vm: &mut Vm, requester: ClassId, names: &[String]) -> JResult<ObjRef> {
    let array = vm.new_array("[Ljava/lang/Class;", names.len() as i32)?;
    for (i, name) in names.iter().enumerate() {
        let c = vm.load_class_for(name, requester)?;
        let m = vm.mirror(c)?;
        vm.array_store_ref(array, i as i32, m)?;
    }
    Ok(array)
}

pub(crate) fn descriptor_classes(vm: &mut Vm, descriptors: &[&str], requester: ClassId) -> JResult<ObjRef> {
    let array = vm.new_array("[Ljava/lang/Class;", descriptors.len() as i32)?;
    for (i, d) in descriptors.iter().enumerate() {
        let c = descriptor_class(vm, d, requester)?;
        let m = vm.mirror(c)?;
        vm.array_store_ref(array, i as i32, m)?;
    }
    Ok(array)
}

fn optional_string(vm: &mut Vm, s: &Option<String>) -> JResult<u64> {
    Ok(match s {
        Some(s) => vm.java_string(s)?.to_slot(),
        None => 0,
    })
}

fn optional_bytes(vm: &mut Vm, bytes: &Option<Vec<u8>>) -> JResult<u64> {
    Ok(match bytes {
        Some(b) => {
            let array = vm.new_array("[B", b.len() as i32)?;
            vm.write_array_region(array, 0, b)?;
            array.to_slot()
        }
        None => 0,
    })
}

const ACC_PUBLIC: u16 = 0x0001;

fn declared_fields(vm: &mut Vm, class: ClassId, public_only: bool) -> JResult<ObjRef> {
    let decl = vm.reflection_decl(class)?;
    let fields: Vec<(usize, &keel_kir::Field)> = decl
        .as_ref()
        .map(|d| {
            d.fields
                .iter()
                .enumerate()
                .filter(|(_, f)| !public_only || f.access_flags & ACC_PUBLIC != 0)
                .collect()
        })
        .unwrap_or_default();
    let field_class = vm.load_class("java/lang/reflect/Field")?;
    vm.initialize(field_class)?;
    let array = vm.new_array("[Ljava/lang/reflect/Field;", fields.len() as i32)?;
    let mirror = vm.mirror(class)?;
    for (i, (slot, f)) in fields.into_iter().enumerate() {
        let name = vm.intern(&f.name.encode_utf16().collect::<Vec<_>>())?;
        let ty = descriptor_class(vm, &f.descriptor, class)?;
        let ty = vm.mirror(ty)?;
        let signature = optional_string(vm, &f.signature)?;
        let annotations = optional_bytes(vm, &f.annotations)?;
        let is_final = f.access_flags & 0x0010 != 0;
        let trusted_final = is_final
            && (f.access_flags & ACC_STATIC != 0
                || decl.as_ref().is_some_and(|d| d.record_components.is_some()));
        let object = vm.alloc_object(field_class)?;
        vm.call_constructor(
            object,
            "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V",
            &[
                mirror.to_slot(),
                name.to_slot(),
                ty.to_slot(),
                (f.access_flags & 0x50df) as u64,
                trusted_final as u64,
                slot as u64,
                signature,
                annotations,
            ],
        )?;
        vm.array_store_ref(array, i as i32, object)?;
    }
    Ok(array)
}

fn declared_methods(vm: &mut Vm, class: ClassId, public_only: bool, constructors: bool) -> JResult<ObjRef> {
    let rt = vm.class(class).clone();
    let slots: Vec<usize> = rt
        .methods()
        .iter()
        .enumerate()
        .filter(|(_, m)| (m.name == "<init>") == constructors && m.name != "<clinit>")
        .filter(|(_, m)| !public_only || m.access_flags & ACC_PUBLIC != 0)
        .map(|(i, _)| i)
        .collect();
    let array_name =
        if constructors { "[Ljava/lang/reflect/Constructor;" } else { "[Ljava/lang/reflect/Method;" };
    let array = vm.new_array(array_name, slots.len() as i32)?;
    for (i, slot) in slots.into_iter().enumerate() {
        let object = method_object(vm, class, slot)?;
        vm.array_store_ref(array, i as i32, object)?;
    }
    Ok(array)
}

/// A new `Method` (or `Constructor`, for `<init>`) for method `slot` of
/// `class`.
fn method_object(vm: &mut Vm, class: ClassId, slot: usize) -> JResult<ObjRef> {
    let Some(decl) = vm.reflection_decl(class)? else {
        return Err(Throw::Fatal(format!("{} has no methods", vm.class(class).name)));
    };
    let Some(m) = decl.methods.get(slot) else {
        return Err(Throw::Fatal(format!("{} has no method {slot}", vm.class(class).name)));
    };
    let constructor = m.name == "<init>";
    let member_class = vm.load_class(if constructor {
        "java/lang/reflect/Constructor"
    } else {
        "java/lang/reflect/Method"
    })?;
    vm.initialize(member_class)?;
    let mirror = vm.mirror(class)?;
    let Some((params, returns)) = split_descriptor(&m.descriptor) else {
        return Err(Throw::Fatal(format!("bad descriptor {}", m.descriptor)));
    };
    let parameter_types = descriptor_classes(vm, &params, class)?;
    let reflection = m.reflection();
    let exceptions = class_array(vm, class, &reflection.exceptions)?;
    let signature = optional_string(vm, &reflection.signature)?;
    let annotations = optional_bytes(vm, &reflection.annotations)?;
    let parameter_annotations = optional_bytes(vm, &reflection.parameter_annotations)?;
    let modifiers = (m.access_flags & 0x1dff) as u64;
    let object = vm.alloc_object(member_class)?;
    if constructor {
        vm.call_constructor(
            object,
            "(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V",
            &[
                mirror.to_slot(),
                parameter_types.to_slot(),
                exceptions.to_slot(),
                modifiers,
                slot as u64,
                signature,
                annotations,
                parameter_annotations,
            ],
        )?;
    } else {
        let name = vm.intern(&m.name.encode_utf16().collect::<Vec<_>>())?;
        let return_type = descriptor_class(vm, returns, class)?;
        let return_type = vm.mirror(return_type)?;
        let default = optional_bytes(vm, &reflection.annotation_default)?;
        vm.call_constructor(
            object,
            "(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B[B)V",
            &[
                mirror.to_slot(),
                name.to_slot(),
                parameter_types.to_slot(),
                return_type.to_slot(),
                exceptions.to_slot(),
                modifiers,
                slot as u64,
                signature,
                annotations,
                parameter_annotations,
                default,
            ],
        )?;
    }
    Ok(object)
}

/// `Class.getRecordComponents0`: one `RecordComponent` per component, with
/// its accessor method.
fn record_components(vm: &mut Vm, class: ClassId) -> JResult<ObjRef> {
    let rt = vm.class(class).clone();
    let Some(components) = vm.reflection_decl(class)?.and_then(|d| d.record_components.clone()) else {
        return Ok(ObjRef::NULL);
    };
    let component_class = vm.load_class("java/lang/reflect/RecordComponent")?;
    vm.initialize(component_class)?;
    let array = vm.new_array("[Ljava/lang/reflect/RecordComponent;", components.len() as i32)?;
    let mirror = vm.mirror(class)?;
    for (i, c) in components.iter().enumerate() {
        let object = vm.alloc_object(component_class)?;
        vm.set_field(object, "clazz", mirror.to_slot());
        let name = vm.intern(&c.name.encode_utf16().collect::<Vec<_>>())?;
        vm.set_field(object, "name", name.to_slot());
        let ty = descriptor_class(vm, &c.descriptor, class)?;
        let ty = vm.mirror(ty)?;
        vm.set_field(object, "type", ty.to_slot());
        if let Some(slot) = rt.find_method(&c.name, &format!("(){}", c.descriptor)) {
            let accessor = method_object(vm, class, slot as usize)?;
            vm.set_field(object, "accessor", accessor.to_slot());
        }
        let signature = optional_string(vm, &c.signature)?;
        vm.set_field(object, "signature", signature);
        let annotations = optional_bytes(vm, &c.annotations)?;
        vm.set_field(object, "annotations", annotations);
        vm.array_store_ref(array, i as i32, object)?;
    }
    Ok(array)
}

/// The (class, method index) a `Method` or `Constructor` object stands for.
fn reflected_method(vm: &mut Vm, member: ObjRef) -> JResult<MethodRef> {
    if member.is_null() {
        return Err(vm.bare_error("java/lang/NullPointerException"));
    }
    let mirror = vm.get_field(member, "clazz").unwrap_or(0);
    let class = mirror_arg(vm, mirror)?;
    let slot = vm.get_field(member, "slot").unwrap_or(0) as u32;
    if slot as usize >= vm.class(class).methods().len() {
        return Err(Throw::Fatal("a reflected method with a bad slot".into()));
    }
    Ok(MethodRef { class, index: slot })
}

fn wrong_arguments(vm: &mut Vm) -> Throw {
    vm.error("java/lang/IllegalArgumentException", "wrong number of arguments")
}

/// Unboxes `args` (an `Object[]`, null for none) into register slots for
/// parameters `params`, widening as `Method.invoke` allows.
fn unbox_arguments(vm: &mut Vm, params: &[&str], args: ObjRef) -> JResult<Vec<u64>> {
    let count = if args.is_null() { 0 } else { vm.array_length(args) };
    if count as usize != params.len() {
        return Err(wrong_arguments(vm));
    }
    let mut out = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let value = ObjRef::from_slot(vm.array_get(args, i as i32)?);
        out.push(unbox_argument(vm, p, value)?);
    }
    Ok(out)
}

fn mismatch(vm: &mut Vm) -> Throw {
    vm.error("java/lang/IllegalArgumentException", "argument type mismatch")
}

/// A primitive wrapper's kind and value slot.
fn unbox(vm: &Vm, value: ObjRef) -> Option<(u8, u64)> {
    let name = vm.class(vm.class_of(value)).name.as_str();
    let letter = match name {
        "java/lang/Boolean" => b'Z',
        "java/lang/Byte" => b'B',
        "java/lang/Character" => b'C',
        "java/lang/Short" => b'S',
        "java/lang/Integer" => b'I',
        "java/lang/Long" => b'J',
        "java/lang/Float" => b'F',
        "java/lang/Double" => b'D',
        _ => return None,
    };
    Some((letter, vm.get_field(value, "value")?))
}

fn unbox_argument(vm: &mut Vm, descriptor: &str, value: ObjRef) -> JResult<u64> {
    let target = descriptor.as_bytes()[0];
    if target == b'L' || target == b'[' {
        if value.is_null() {
            return Ok(0);
        }
        let class = descriptor_class(vm, descriptor, vm.class_of(value))?;
        if !vm.is_assignable(vm.class_of(value), class) {
            return Err(mismatch(vm));
        }
        return Ok(value.to_slot());
    }
    if value.is_null() {
        return Err(mismatch(vm));
    }
    let Some((from, bits)) = unbox(vm, value) else { return Err(mismatch(vm)) };
    widen(from, target, bits).ok_or_else(|| mismatch(vm))
}

/// JLS 5.1.2 widening of a primitive value from one kind to another.
fn widen(from: u8, to: u8, bits: u64) -> Option<u64> {
    let as_long = |bits: u64| -> i64 {
        match from {
            b'J' => bits as i64,
            b'C' => bits as u16 as i64,
            _ => bits as u32 as i32 as i64,
        }
    };
    if from == to {
        return Some(bits);
    }
    let integral = matches!(from, b'B' | b'S' | b'C' | b'I' | b'J');
    let allowed = match to {
        b'S' => from == b'B',
        b'I' => matches!(from, b'B' | b'S' | b'C'),
        b'J' | b'F' | b'D' => integral || (to == b'D' && from == b'F'),
        _ => false,
    };
    if !allowed {
        return None;
    }
    Some(match to {
        b'S' | b'I' => as_long(bits) as i32 as u32 as u64,
        b'J' => as_long(bits) as u64,
        b'F' => (as_long(bits) as f32).to_bits() as u64,
        _ if from == b'F' => (f32::from_bits(bits as u32) as f64).to_bits(),
        _ => (as_long(bits) as f64).to_bits(),
    })
}

/// Boxes a result slot of return descriptor `returns`.
pub(crate) fn box_value(vm: &mut Vm, returns: &str, slot: u64) -> JResult<ObjRef> {
    let (class, descriptor) = match returns.as_bytes().first() {
        Some(b'Z') => ("java/lang/Boolean", "(Z)Ljava/lang/Boolean;"),
        Some(b'B') => ("java/lang/Byte", "(B)Ljava/lang/Byte;"),
        Some(b'C') => ("java/lang/Character", "(C)Ljava/lang/Character;"),
        Some(b'S') => ("java/lang/Short", "(S)Ljava/lang/Short;"),
        Some(b'I') => ("java/lang/Integer", "(I)Ljava/lang/Integer;"),
        Some(b'J') => ("java/lang/Long", "(J)Ljava/lang/Long;"),
        Some(b'F') => ("java/lang/Float", "(F)Ljava/lang/Float;"),
        Some(b'D') => ("java/lang/Double", "(D)Ljava/lang/Double;"),
        Some(b'V') => return Ok(ObjRef::NULL),
        _ => return Ok(ObjRef::from_slot(slot)),
    };
    let id = vm.load_class(class)?;
    vm.initialize(id)?;
    let Some(index) = vm.class(id).find_method("valueOf", descriptor) else {
        return Err(Throw::Fatal(format!("{class}.valueOf missing")));
    };
    let result = vm.invoke(MethodRef { class: id, index }, &[slot])?;
    Ok(result.map_or(ObjRef::NULL, ObjRef::from_slot))
}

/// Wraps what a reflectively called method threw in
/// `InvocationTargetException`.
fn wrap_target_exception(vm: &mut Vm, thrown: Throw) -> Throw {
    let Throw::Java(cause) = thrown else { return thrown };
    let class = match vm.load_class("java/lang/reflect/InvocationTargetException") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let result = vm.alloc_object(class).and_then(|wrapper| {
        vm.call_constructor(wrapper, "(Ljava/lang/Throwable;)V", &[cause.to_slot()])?;
        Ok(wrapper)
    });
    match result {
        Ok(wrapper) => Throw::Java(wrapper),
        Err(e) => e,
    }
}

fn invoke_method(vm: &mut Vm, method: ObjRef, receiver: ObjRef, args: ObjRef) -> JResult<Option<u64>> {
    let target = reflected_method(vm, method)?;
    let m = vm.class(target.class).methods()[target.index as usize].clone();
    let Some((params, returns)) = split_descriptor(&m.descriptor) else {
        return Err(Throw::Fatal("bad descriptor".into()));
    };
    let mut slots = Vec::new();
    let mut selected = target;
    if m.access_flags & ACC_STATIC == 0 {
        if receiver.is_null() {
            return Err(vm.bare_error("java/lang/NullPointerException"));
        }
        if !vm.is_assignable(vm.class_of(receiver), target.class) {
            return Err(vm.error(
                "java/lang/IllegalArgumentException",
                "object is not an instance of declaring class",
            ));
        }
        if m.access_flags & 0x0002 == 0 {
            let receiver_class = vm.class_of(receiver);
            if let Some(found) = vm.select_override(receiver_class, &m.name, &m.descriptor) {
                selected = found;
            }
        }
        slots.push(receiver.to_slot());
    } else {
        vm.initialize(target.class)?;
    }
    slots.extend(unbox_arguments(vm, &params, args)?);
    let result = vm.invoke(selected, &slots).map_err(|e| wrap_target_exception(vm, e))?;
    let boxed = box_value(vm, returns, result.unwrap_or(0))?;
    Ok(Some(boxed.to_slot()))
}

fn new_instance(vm: &mut Vm, constructor: ObjRef, args: ObjRef) -> JResult<Option<u64>> {
    let target = reflected_method(vm, constructor)?;
    let rt = vm.class(target.class).clone();
    if rt.access_flags & (super::super::ACC_ABSTRACT | super::super::ACC_INTERFACE) != 0 {
        return Err(vm.error("java/lang/InstantiationException", &rt.name.replace('/', ".")));
    }
    let descriptor = rt.methods()[target.index as usize].descriptor.clone();
    let Some((params, _)) = split_descriptor(&descriptor) else {
        return Err(Throw::Fatal("bad descriptor".into()));
    };
    vm.initialize(target.class)?;
    let object = vm.alloc_object(target.class)?;
    let mut slots = vec![object.to_slot()];
    slots.extend(unbox_arguments(vm, &params, args)?);
    vm.invoke(target, &slots).map_err(|e| wrap_target_exception(vm, e))?;
    Ok(Some(object.to_slot()))
}

impl Vm {
    /// The class of arrays of `component` (`IllegalArgumentException` for
    /// `void`).
    pub(crate) fn array_class_of(&mut self, component: ClassId) -> JResult<ClassId> {
        let rt = self.class(component).clone();
        let name = match rt.primitive {
            Some(b'V') => return Err(self.error("java/lang/IllegalArgumentException", "")),
            Some(letter) => format!("[{}", letter as char),
            None if rt.array.is_some() => format!("[{}", rt.name),
            None => format!("[L{};", rt.name),
        };
        self.load_class_with_loader(&name, rt.loader)
    }

    /// The method a virtual call of `name` + `descriptor` on an instance of
    /// `receiver` runs.
    pub(crate) fn select_override(
        &mut self,
        receiver: ClassId,
        name: &str,
        descriptor: &str,
    ) -> Option<MethodRef> {
        let slot = self.class(receiver).vtable.slots(name, descriptor).next()?;
        self.slot_target(receiver, slot).ok()
    }
}
