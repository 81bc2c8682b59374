//! `java.lang.invoke.MethodHandleNatives`: what the JDK's method handle
//! code asks of the VM (HotSpot's `methodHandles.cpp`), plus hidden classes
//! (`ClassLoader.defineClass0`), which `LambdaForm`s are compiled into.
//!
//! A resolved `MemberName` keeps what HotSpot keeps in its injected
//! `vmindex` and `vmtarget` in two injected `int` fields
//! ([`MEMBER_HOLDER_FIELD`], [`MEMBER_INDEX_FIELD`]): the declaring class
//! (`ClassId` + 1) and, for a method or constructor, its index in that
//! class + 1, for a field its offset + 1 (the offset `Unsafe` uses; statics
//! are reached through the holder's mirror and [`STATIC_OFFSET_TAG`]).
//! Both are checked against the class whenever they are read.

use keel_kir::ElemKind;

use super::super::{JResult, ObjRef, Throw, Vm, ACC_PRIVATE, ACC_STATIC};
use super::lang::mirror_arg;
use super::reflect::{box_value, split_descriptor};
use super::unsafe_memory::STATIC_OFFSET_TAG;
use super::{null_check, Natives};
use crate::layout::{ClassId, MethodRef};

/// Injected into `java.lang.invoke.MemberName`: the declaring class's
/// `ClassId` + 1 once resolved (0: not resolved).
pub const MEMBER_HOLDER_FIELD: &str = "keel$vmholder";
/// Injected into `java.lang.invoke.MemberName`: method index + 1, or field
/// offset + 1.
pub const MEMBER_INDEX_FIELD: &str = "keel$vmindex";

const MHN: &str = "java/lang/invoke/MethodHandleNatives";

pub(crate) const IS_METHOD: u32 = 0x0001_0000;
pub(crate) const IS_CONSTRUCTOR: u32 = 0x0002_0000;
pub(crate) const IS_FIELD: u32 = 0x0004_0000;
const IS_TYPE: u32 = 0x0008_0000;
const TRUSTED_FINAL: u32 = 0x0020_0000;
const ALL_KINDS: u32 = IS_METHOD | IS_CONSTRUCTOR | IS_FIELD | IS_TYPE;
const REF_SHIFT: u32 = 24;
const SEARCH_SUPERCLASSES: u32 = 0x0010_0000;
const SEARCH_INTERFACES: u32 = 0x0020_0000;
const RECOGNIZED_METHOD_MODIFIERS: u32 = 0x1dff;
const RECOGNIZED_FIELD_MODIFIERS: u32 = 0x50df;
const ACC_FINAL: u16 = 0x0010;

pub(crate) const REF_GET_FIELD: u32 = 1;
pub(crate) const REF_GET_STATIC: u32 = 2;
pub(crate) const REF_PUT_FIELD: u32 = 3;
pub(crate) const REF_INVOKE_VIRTUAL: u32 = 5;
pub(crate) const REF_INVOKE_STATIC: u32 = 6;
pub(crate) const REF_INVOKE_SPECIAL: u32 = 7;
pub(crate) const REF_INVOKE_INTERFACE: u32 = 9;

/// What a resolved `MemberName` stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Member {
    Method(MethodRef),
    Field { holder: ClassId, offset: u32, is_static: bool, kind: ElemKind },
}

/// Registers the `MethodHandleNatives` natives and `defineClass0`.
pub fn register(n: &mut Natives) {
    const MN: &str = "Ljava/lang/invoke/MemberName;";
    n.register(MHN, "registerNatives", "()V", |_, _| Ok(None));
    n.register(MHN, "init", "(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V", |vm, a| {
        let member = null_check(vm, a[0])?;
        let reflected = null_check(vm, a[1])?;
        init_from_reflected(vm, member, reflected)?;
        Ok(None)
    });
    n.register(MHN, "expand", &format!("({MN})V"), |vm, a| {
        let member = null_check(vm, a[0])?;
        expand(vm, member)?;
        Ok(None)
    });
    n.register(MHN, "resolve", &format!("({MN}Ljava/lang/Class;IZ){MN}"), |vm, a| {
        let member = null_check(vm, a[0])?;
        let speculative = a[3] & 1 != 0;
        match resolve(vm, member) {
            Ok(()) => Ok(Some(member.to_slot())),
            Err(Throw::Java(_)) if speculative => Ok(Some(0)),
            Err(e) => Err(e),
        }
    });
    n.register(
        MHN,
        "getMembers",
        "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;ILjava/lang/Class;I[Ljava/lang/invoke/MemberName;)I",
        |vm, a| get_members(vm, a).map(|n| Some(n as u32 as u64)),
    );
    n.register(MHN, "objectFieldOffset", &format!("({MN})J"), |vm, a| match field_of(vm, a[0])? {
        Member::Field { offset, is_static: false, .. } => Ok(Some(offset as u64)),
        _ => Err(vm.error("java/lang/InternalError", "not a non-static field")),
    });
    n.register(MHN, "staticFieldOffset", &format!("({MN})J"), |vm, a| match field_of(vm, a[0])? {
        Member::Field { offset, is_static: true, .. } => Ok(Some((STATIC_OFFSET_TAG + offset as i64) as u64)),
        _ => Err(vm.error("java/lang/InternalError", "not a static field")),
    });
    n.register(MHN, "staticFieldBase", &format!("({MN})Ljava/lang/Object;"), |vm, a| {
        match field_of(vm, a[0])? {
            Member::Field { holder, is_static: true, .. } => Ok(Some(vm.mirror(holder)?.to_slot())),
            _ => Err(vm.error("java/lang/InternalError", "not a static field")),
        }
    });
    n.register(MHN, "getMemberVMInfo", &format!("({MN})Ljava/lang/Object;"), |vm, a| {
        let member = null_check(vm, a[0])?;
        let info = vm.new_array("[Ljava/lang/Object;", 2)?;
        let (index, target) = match member_of(vm, member) {
            Some(Member::Field { holder, offset, .. }) => (offset as u64, vm.mirror(holder)?),
            Some(Member::Method(m)) => (m.index as u64, member),
            None => (0, ObjRef::NULL),
        };
        let index = box_value(vm, "J", index)?;
        vm.array_store_ref(info, 0, index)?;
        vm.array_store_ref(info, 1, target)?;
        Ok(Some(info.to_slot()))
    });
    n.register(MHN, "getNamedCon", "(I[Ljava/lang/Object;)I", |_, _| Ok(Some(0)));
    for name in ["setCallSiteTargetNormal", "setCallSiteTargetVolatile"] {
        n.register(MHN, name, "(Ljava/lang/invoke/CallSite;Ljava/lang/invoke/MethodHandle;)V", |vm, a| {
            let site = null_check(vm, a[0])?;
            vm.set_field(site, "target", a[1]);
            Ok(None)
        });
    }
    n.register(
        MHN,
        "clearCallSiteContext",
        "(Ljava/lang/invoke/MethodHandleNatives$CallSiteContext;)V",
        |_, _| Ok(None),
    );
    n.register(
        "java/lang/ClassLoader",
        "defineClass0",
        "(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;",
        define_hidden_class,
    );
}

fn field_of(vm: &mut Vm, slot: u64) -> JResult<Member> {
    let member = null_check(vm, slot)?;
    match member_of(vm, member) {
        Some(f @ Member::Field { .. }) => Ok(f),
        _ => Err(vm.error("java/lang/InternalError", "not a resolved field")),
    }
}

fn flags_of(vm: &Vm, member: ObjRef) -> u32 {
    vm.get_field(member, "flags").unwrap_or(0) as u32
}

/// What a resolved `MemberName` stands for, checked against its class;
/// `None` if it is not resolved.
pub(crate) fn member_of(vm: &Vm, member: ObjRef) -> Option<Member> {
    let holder = (vm.get_field(member, MEMBER_HOLDER_FIELD)? as u32).checked_sub(1)?;
    if holder as usize >= vm.loaded_classes() {
        return None;
    }
    let holder = ClassId(holder);
    let index = (vm.get_field(member, MEMBER_INDEX_FIELD)? as u32).checked_sub(1)?;
    let flags = flags_of(vm, member);
    let rt = vm.class(holder);
    if flags & IS_FIELD != 0 {
        let is_static = flags & ACC_STATIC as u32 != 0;
        let fields = if is_static { &rt.layout.static_fields } else { &rt.layout.fields };
        let f = fields.iter().find(|f| f.offset == index)?;
        return Some(Member::Field { holder, offset: index, is_static, kind: f.kind });
    }
    ((index as usize) < rt.methods().len()).then_some(Member::Method(MethodRef { class: holder, index }))
}

fn set_member(vm: &mut Vm, member: ObjRef, target: Member, flags: u32, clazz: ClassId) -> JResult<()> {
    let (holder, index) = match target {
        Member::Method(m) => (m.class, m.index),
        Member::Field { holder, offset, .. } => (holder, offset),
    };
    let mirror = vm.mirror(clazz)?;
    vm.set_field(member, "clazz", mirror.to_slot());
    vm.set_field(member, "flags", flags as u64);
    vm.set_field(member, MEMBER_HOLDER_FIELD, holder.0 as u64 + 1);
    vm.set_field(member, MEMBER_INDEX_FIELD, index as u64 + 1);
    Ok(())
}

/// `MethodHandleNatives.init`: a `MemberName` from a `Field`, `Method` or
/// `Constructor`.
fn init_from_reflected(vm: &mut Vm, member: ObjRef, reflected: ObjRef) -> JResult<()> {
    let kind = vm.class(vm.class_of(reflected)).name.clone();
    let mirror = vm.get_field(reflected, "clazz").unwrap_or(0);
    let class = mirror_arg(vm, mirror)?;
    let slot = vm.get_field(reflected, "slot").unwrap_or(0) as u32;
    match kind.as_str() {
        "java/lang/reflect/Field" => {
            let Some(f) = vm.class(class).decl.as_ref().and_then(|d| d.fields.get(slot as usize)).cloned()
            else {
                return Err(Throw::Fatal("a reflected field with a bad slot".into()));
            };
            let trusted = vm.get_field(reflected, "trustedFinal").unwrap_or(0) & 1 != 0;
            init_field(vm, member, class, &f.name, &f.descriptor, trusted, false)
        }
        "java/lang/reflect/Method" | "java/lang/reflect/Constructor" => {
            if slot as usize >= vm.class(class).methods().len() {
                return Err(Throw::Fatal("a reflected method with a bad slot".into()));
            }
            init_method(vm, member, MethodRef { class, index: slot }, class, None)
        }
        _ => Err(vm.error("java/lang/IllegalArgumentException", "unrecognized MemberName target")),
    }
}

/// Fills in a field `MemberName` (HotSpot's `init_field_MemberName`).
fn init_field(
    vm: &mut Vm,
    member: ObjRef,
    class: ClassId,
    name: &str,
    descriptor: &str,
    trusted_final: bool,
    setter: bool,
) -> JResult<()> {
    let Some(link) = vm.find_field(class, name, descriptor) else {
        return Err(vm.error("java/lang/NoSuchFieldError", name));
    };
    let access = vm
        .class(link.holder)
        .decl
        .as_ref()
        .and_then(|d| d.fields.iter().find(|f| f.name == name && f.descriptor == descriptor))
        .map_or(0, |f| f.access_flags);
    let mut flags = (access as u32 & RECOGNIZED_FIELD_MODIFIERS) | IS_FIELD;
    let ref_kind = if link.is_static { REF_GET_STATIC } else { REF_GET_FIELD };
    flags |= (ref_kind + if setter { REF_PUT_FIELD - REF_GET_FIELD } else { 0 }) << REF_SHIFT;
    if trusted_final {
        flags |= TRUSTED_FINAL;
    }
    let target = Member::Field {
        holder: link.holder,
        offset: link.offset,
        is_static: link.is_static,
        kind: link.kind,
    };
    set_member(vm, member, target, flags, link.holder)?;
    let name = vm.intern(&name.encode_utf16().collect::<Vec<_>>())?;
    vm.set_field(member, "name", name.to_slot());
    if vm.get_field(member, "type").unwrap_or(0) == 0 {
        let ty = vm.java_string(descriptor)?;
        vm.set_field(member, "type", ty.to_slot());
    }
    Ok(())
}

/// Whether a field is a trusted final one (its value may be constant-folded).
fn is_trusted_final(vm: &Vm, holder: ClassId, access: u16) -> JResult<bool> {
    if access & ACC_FINAL == 0 {
        return Ok(false);
    }
    let record = vm.reflection_decl(holder)?.is_some_and(|d| d.record_components.is_some());
    Ok(access & ACC_STATIC != 0 || record)
}

/// Fills in a method `MemberName` (HotSpot's `init_method_MemberName`):
/// `resolved` is the class the lookup started from (the `clazz` of a
/// virtual call of an interface's default method), `forced_kind` the
/// reference kind a resolution chose.
fn init_method(
    vm: &mut Vm,
    member: ObjRef,
    method: MethodRef,
    resolved: ClassId,
    forced_kind: Option<u32>,
) -> JResult<()> {
    let holder = vm.class(method.class).clone();
    let m = &holder.methods()[method.index as usize];
    let access = m.access_flags;
    let mut clazz = method.class;
    let mut flags = access as u32 & RECOGNIZED_METHOD_MODIFIERS;
    if m.name == "<init>" {
        flags |= IS_CONSTRUCTOR | (REF_INVOKE_SPECIAL << REF_SHIFT);
    } else {
        let statically_bound = access & (ACC_STATIC | ACC_PRIVATE) != 0
            || (!holder.is_interface() && (access & ACC_FINAL != 0 || holder.access_flags & ACC_FINAL != 0));
        let kind = if access & ACC_STATIC != 0 {
            REF_INVOKE_STATIC
        } else if statically_bound {
            REF_INVOKE_SPECIAL
        } else if let Some(k) = forced_kind {
            k
        } else if !holder.is_interface() || !vm.class(resolved).is_interface() {
            // A class's method, or an interface's default or miranda one
            // reached through a class.
            REF_INVOKE_VIRTUAL
        } else {
            REF_INVOKE_INTERFACE
        };
        if kind == REF_INVOKE_VIRTUAL && holder.is_interface() {
            // A default or miranda method reached through a class.
            clazz =
                if vm.class(resolved).is_interface() { vm.load_class("java/lang/Object")? } else { resolved };
        }
        flags |= IS_METHOD | (kind << REF_SHIFT);
    }
    set_member(vm, member, Member::Method(method), flags, clazz)
}

/// `MethodHandleNatives.expand`: the name and type of a resolved member.
fn expand(vm: &mut Vm, member: ObjRef) -> JResult<()> {
    let Some(target) = member_of(vm, member) else {
        return Err(vm.error("java/lang/IllegalArgumentException", "MemberName not resolved"));
    };
    let (name, descriptor) = match target {
        Member::Method(m) => {
            let method = &vm.class(m.class).methods()[m.index as usize];
            (method.name.to_string(), method.descriptor.to_string())
        }
        Member::Field { holder, offset, is_static, .. } => {
            let rt = vm.class(holder);
            let fields = if is_static { &rt.layout.static_fields } else { &rt.layout.fields };
            match fields.iter().find(|f| f.offset == offset) {
                Some(f) => (f.name.clone(), f.descriptor.clone()),
                None => return Ok(()),
            }
        }
    };
    if vm.get_field(member, "name").unwrap_or(0) == 0 {
        let name = vm.intern(&name.encode_utf16().collect::<Vec<_>>())?;
        vm.set_field(member, "name", name.to_slot());
    }
    if vm.get_field(member, "type").unwrap_or(0) == 0 {
        let ty = vm.java_string(&descriptor)?;
        vm.set_field(member, "type", ty.to_slot());
    }
    Ok(())
}

/// The descriptor of a class.
pub(crate) fn class_descriptor(vm: &Vm, class: ClassId) -> String {
    let rt = vm.class(class);
    match rt.primitive {
        Some(letter) => (letter as char).to_string(),
        None if rt.array.is_some() => rt.name.clone(),
        None => format!("L{};", rt.name),
    }
}

/// The descriptor a `MemberName`'s type stands for: a `MethodType`, a
/// `Class` or a descriptor string.
pub(crate) fn type_descriptor(vm: &mut Vm, ty: ObjRef) -> Option<String> {
    if ty.is_null() {
        return None;
    }
    if let Some(c) = vm.mirror_class(ty) {
        return Some(class_descriptor(vm, c));
    }
    if let Some(s) = vm.rust_string(ty) {
        return Some(s);
    }
    if vm.class(vm.class_of(ty)).name == "java/lang/invoke/MethodType" {
        let rtype = ObjRef::from_slot(vm.get_field(ty, "rtype")?);
        let ptypes = ObjRef::from_slot(vm.get_field(ty, "ptypes")?);
        let mut out = String::from("(");
        for i in 0..vm.array_length(ptypes) {
            let p = ObjRef::from_slot(vm.array_get(ptypes, i).ok()?);
            out.push_str(&class_descriptor(vm, vm.mirror_class(p)?));
        }
        out.push(')');
        out.push_str(&class_descriptor(vm, vm.mirror_class(rtype)?));
        return Some(out);
    }
    None
}

/// A field descriptor as Java spells the type (`int`, `java.lang.String[]`).
fn java_type_name(descriptor: &str) -> String {
    let dims = descriptor.bytes().take_while(|&b| b == b'[').count();
    let element = &descriptor[dims..];
    let base = match element {
        "Z" => "boolean".to_string(),
        "B" => "byte".to_string(),
        "C" => "char".to_string(),
        "S" => "short".to_string(),
        "I" => "int".to_string(),
        "J" => "long".to_string(),
        "F" => "float".to_string(),
        "D" => "double".to_string(),
        "V" => "void".to_string(),
        _ => element.trim_start_matches('L').trim_end_matches(';').replace('/', "."),
    };
    format!("{base}{}", "[]".repeat(dims))
}

/// HotSpot's way of naming a method in linkage errors: `'int Main.f(long)'`.
fn method_text(vm: &Vm, class: ClassId, name: &str, descriptor: &str) -> String {
    let (params, returns) = split_descriptor(descriptor).unwrap_or_default();
    let params: Vec<String> = params.iter().map(|p| java_type_name(p)).collect();
    let owner = vm.class(class).name.replace('/', ".");
    format!("'{} {owner}.{name}({})'", java_type_name(returns), params.join(", "))
}

/// `MethodHandleNatives.resolve` (HotSpot's `resolve_MemberName`): finds
/// the member and fills in the `MemberName`, or throws the linkage error
/// a bytecode doing the same would.
fn resolve(vm: &mut Vm, member: ObjRef) -> JResult<()> {
    if member_of(vm, member).is_some() {
        return Ok(());
    }
    let flags = flags_of(vm, member);
    let ref_kind = (flags >> REF_SHIFT) & 0xf;
    if !(1..=9).contains(&ref_kind) {
        return Err(vm.error("java/lang/InternalError", "obsolete MemberName format"));
    }
    let clazz = ObjRef::from_slot(vm.get_field(member, "clazz").unwrap_or(0));
    let name = ObjRef::from_slot(vm.get_field(member, "name").unwrap_or(0));
    let ty = ObjRef::from_slot(vm.get_field(member, "type").unwrap_or(0));
    if clazz.is_null() || name.is_null() || ty.is_null() {
        return Err(vm.error("java/lang/IllegalArgumentException", "nothing to resolve"));
    }
    let defc = mirror_arg(vm, clazz.to_slot())?;
    let name = vm.rust_string(name).unwrap_or_default();
    let Some(descriptor) = type_descriptor(vm, ty) else {
        return Err(vm.error("java/lang/IllegalArgumentException", "bad MemberName type"));
    };
    match flags & ALL_KINDS {
        IS_FIELD => {
            let trusted = match vm.find_field(defc, &name, &descriptor) {
                Some(link) => {
                    let access = vm
                        .class(link.holder)
                        .decl
                        .as_ref()
                        .and_then(|d| d.fields.iter().find(|f| f.name == name && f.descriptor == descriptor))
                        .map_or(0, |f| f.access_flags);
                    is_trusted_final(vm, link.holder, access)?
                }
                None => false,
            };
            let setter = ref_kind == REF_PUT_FIELD || ref_kind == 4;
            init_field(vm, member, defc, &name, &descriptor, trusted, setter)
        }
        IS_CONSTRUCTOR => {
            let found = if name == "<init>" { vm.class(defc).find_method(&name, &descriptor) } else { None };
            match found {
                Some(index) => init_method(vm, member, MethodRef { class: defc, index }, defc, None),
                None => {
                    let message = method_text(vm, defc, &name, &descriptor);
                    Err(vm.error("java/lang/NoSuchMethodError", &message))
                }
            }
        }
        IS_METHOD => resolve_method(vm, member, defc, &name, &descriptor, ref_kind),
        _ => Err(vm.error("java/lang/InternalError", "unrecognized MemberName format")),
    }
}

fn resolve_method(
    vm: &mut Vm,
    member: ObjRef,
    defc: ClassId,
    name: &str,
    descriptor: &str,
    ref_kind: u32,
) -> JResult<()> {
    if name == "<clinit>" || name == "<init>" {
        let message = method_text(vm, defc, name, descriptor);
        return Err(vm.error("java/lang/NoSuchMethodError", &message));
    }
    let defc_rt = vm.class(defc).clone();
    let interface = defc_rt.is_interface();
    if ref_kind == REF_INVOKE_INTERFACE && !interface && defc_rt.array.is_none() {
        let message = format!("Found class {}, but interface was expected", defc_rt.name.replace('/', "."));
        return Err(vm.error("java/lang/IncompatibleClassChangeError", &message));
    }
    if ref_kind == REF_INVOKE_VIRTUAL && interface {
        let message = format!("Found interface {}, but class was expected", defc_rt.name.replace('/', "."));
        return Err(vm.error("java/lang/IncompatibleClassChangeError", &message));
    }
    let found = vm.find_method(defc, name, descriptor).or_else(|| vm.signature_polymorphic(defc, name));
    let Some(method) = found else {
        let message = method_text(vm, defc, name, descriptor);
        return Err(vm.error("java/lang/NoSuchMethodError", &message));
    };
    let access = vm.class(method.class).methods()[method.index as usize].access_flags;
    let is_static = access & ACC_STATIC != 0;
    if ref_kind == REF_INVOKE_STATIC && !is_static {
        let message = format!("Expected static method {}", method_text(vm, defc, name, descriptor));
        return Err(vm.error("java/lang/IncompatibleClassChangeError", &message));
    }
    if ref_kind != REF_INVOKE_STATIC && is_static {
        let message = format!("Expecting non-static method {}", method_text(vm, defc, name, descriptor));
        return Err(vm.error("java/lang/IncompatibleClassChangeError", &message));
    }
    let forced = match ref_kind {
        REF_INVOKE_SPECIAL => Some(REF_INVOKE_SPECIAL),
        REF_INVOKE_INTERFACE if vm.class(method.class).is_interface() => Some(REF_INVOKE_INTERFACE),
        REF_INVOKE_INTERFACE | REF_INVOKE_VIRTUAL => Some(REF_INVOKE_VIRTUAL),
        _ => None,
    };
    init_method(vm, member, method, defc, forced)
}

/// `MethodHandleNatives.getMembers`: the members of `defc` matching a
/// name, a signature and kinds, written into `results` from the `skip`th
/// match on; the number of matches.
fn get_members(vm: &mut Vm, a: &[u64]) -> JResult<i32> {
    let defc = mirror_arg(vm, a[0])?;
    let match_name = vm.rust_string(ObjRef::from_slot(a[1]));
    let match_sig = vm.rust_string(ObjRef::from_slot(a[2]));
    let match_flags = a[3] as u32;
    let skip = a[5] as i32;
    let results = null_check(vm, a[6])?;
    let capacity = vm.array_length(results);
    let mut classes = vec![defc];
    if match_flags & SEARCH_SUPERCLASSES != 0 {
        let mut c = vm.class(defc).super_class;
        while let Some(s) = c {
            classes.push(s);
            c = vm.class(s).super_class;
        }
    }
    if match_flags & SEARCH_INTERFACES != 0 {
        classes.extend(vm.class(defc).all_interfaces.iter().copied());
    }
    let mut matched = 0;
    for class in classes {
        let rt = vm.class(class).clone();
        let Some(decl) = rt.decl.as_ref() else { continue };
        let mut candidates: Vec<(bool, usize)> = Vec::new();
        if match_flags & IS_FIELD != 0 {
            for (i, f) in decl.fields.iter().enumerate() {
                if match_name.as_deref().is_none_or(|n| n == f.name)
                    && match_sig.as_deref().is_none_or(|s| s == f.descriptor)
                {
                    candidates.push((true, i));
                }
            }
        }
        for (i, m) in decl.methods.iter().enumerate() {
            let wanted = if m.name == "<init>" { IS_CONSTRUCTOR } else { IS_METHOD };
            if m.name != "<clinit>"
                && match_flags & wanted != 0
                && match_name.as_deref().is_none_or(|n| n == m.name)
                && match_sig.as_deref().is_none_or(|s| s == m.descriptor)
            {
                candidates.push((false, i));
            }
        }
        for (is_field, i) in candidates {
            let slot = matched - skip;
            matched += 1;
            if slot < 0 || slot >= capacity {
                continue;
            }
            let target = ObjRef::from_slot(vm.array_get(results, slot)?);
            if target.is_null() {
                continue;
            }
            if is_field {
                let f = &decl.fields[i];
                let trusted = is_trusted_final(vm, class, f.access_flags)?;
                init_field(vm, target, class, &f.name, &f.descriptor, trusted, false)?;
            } else {
                init_method(vm, target, MethodRef { class, index: i as u32 }, class, None)?;
                expand(vm, target)?;
            }
        }
    }
    Ok(matched - skip.max(0))
}

/// `ClassLoader.defineClass0`: a hidden class (or a class defined through
/// a `Lookup`). A hidden class gets a name of its own (its class file's
/// name with a `$$keel$N` suffix) so that it never clashes with another
/// definition of the same bytes; its class data is stored in the mirror.
fn define_hidden_class(vm: &mut Vm, a: &[u64]) -> JResult<Option<u64>> {
    const HIDDEN_CLASS: u64 = 0x2;
    let loader = ObjRef::from_slot(a[0]);
    let bytes_array = null_check(vm, a[3])?;
    let (offset, length) = (a[4] as i32, a[5] as i32);
    let initialize = a[7] & 1 != 0;
    let flags = a[8] as u32 as u64;
    let class_data = a[9];
    if offset < 0 || length < 0 || offset.checked_add(length).is_none_or(|e| e > vm.array_length(bytes_array))
    {
        return Err(vm.bare_error("java/lang/ArrayIndexOutOfBoundsException"));
    }
    let mut bytes = vm.read_array_region(bytes_array, offset, length)?;
    if flags & HIDDEN_CLASS != 0 {
        let counter = {
            let state = vm.native_state::<HiddenClasses>();
            state.count += 1;
            state.count
        };
        match rename_class(&bytes, counter) {
            Some(renamed) => bytes = renamed,
            None => return Err(vm.error("java/lang/ClassFormatError", "bad hidden class bytes")),
        }
    }
    let class = vm.define_class(loader, None, &bytes)?;
    let mirror = vm.mirror(class)?;
    vm.set_field(mirror, "classData", class_data);
    if initialize {
        vm.initialize(class)?;
    }
    Ok(Some(mirror.to_slot()))
}

/// What a hidden class's name gets, before its number.
const HIDDEN_SUFFIX: &str = "$$keel$";

#[derive(Default)]
struct HiddenClasses {
    count: u32,
}

/// The class file `bytes` with its own name (the `CONSTANT_Utf8` that its
/// `this_class` names) given a `$$keel$N` suffix.
fn rename_class(bytes: &[u8], counter: u32) -> Option<Vec<u8>> {
    let u2 = |at: usize| -> Option<usize> {
        Some(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]) as usize)
    };
    let count = u2(8)?;
    // Byte offset of each constant (index 1..count).
    let mut offsets = vec![0usize; count];
    let mut at = 10;
    let mut i = 1;
    while i < count {
        offsets[i] = at;
        let tag = *bytes.get(at)?;
        let size = match tag {
            1 => 3 + u2(at + 1)?,
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => 5,
            5 | 6 => 9,
            7 | 8 | 16 | 19 | 20 => 3,
            15 => 4,
            _ => return None,
        };
        if tag == 5 || tag == 6 {
            i += 1;
        }
        at += size;
        i += 1;
    }
    let this_class = u2(at + 2)?;
    let class_entry = *offsets.get(this_class)?;
    if bytes.get(class_entry) != Some(&7) {
        return None;
    }
    let utf8 = *offsets.get(u2(class_entry + 1)?)?;
    if bytes.get(utf8) != Some(&1) {
        return None;
    }
    let old_length = u2(utf8 + 1)?;
    let old = bytes.get(utf8 + 3..utf8 + 3 + old_length)?;
    let mut name = old.to_vec();
    name.extend_from_slice(format!("{HIDDEN_SUFFIX}{counter}").as_bytes());
    let new_length = u16::try_from(name.len()).ok()?;
    let mut out = Vec::with_capacity(bytes.len() + 16);
    out.extend_from_slice(&bytes[..utf8 + 1]);
    out.extend_from_slice(&new_length.to_be_bytes());
    out.extend_from_slice(&name);
    out.extend_from_slice(&bytes[utf8 + 3 + old_length..]);
    Some(out)
}

/// Whether `class` was defined by `ClassLoader.defineClass0` as a hidden
/// class (its name carries [`HIDDEN_SUFFIX`]).
pub(crate) fn is_hidden_class(vm: &Vm, class: ClassId) -> bool {
    vm.class(class).name.contains(HIDDEN_SUFFIX)
}

/// Whether the frames of `class` are left out of stack traces, as HotSpot
/// leaves out hidden classes and `@Hidden` methods (without
/// `-XX:+ShowHiddenFrames`): generated `LambdaForm` classes and the
/// pregenerated holders of `LambdaForm` methods and `VarHandle` guards.
pub(crate) fn is_hidden_frame(vm: &Vm, class: ClassId) -> bool {
    let name = vm.class(class).name.as_str();
    is_hidden_class(vm, class)
        || matches!(
            name,
            "java/lang/invoke/VarHandleGuards"
                | "java/lang/invoke/Invokers$Holder"
                | "java/lang/invoke/DirectMethodHandle$Holder"
                | "java/lang/invoke/DelegatingMethodHandle$Holder"
                | "java/lang/invoke/LambdaForm$Holder"
        )
}
