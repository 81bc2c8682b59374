//! `ldc` of `MethodType` and `MethodHandle` constants (JVMS 5.4.3.5),
//! resolved as HotSpot resolves them: a method type through
//! `MethodHandleNatives.findMethodHandleType(rtype, ptypes)`, a method
//! handle through `MethodHandleNatives.linkMethodHandleConstant(caller,
//! kind, defc, name, type)`, with every class its descriptor names loaded
//! by the caller's loader. The resolved object is kept in the caller's
//! linkage slot (a root for the collector), so each constant resolves once.

use keel_kir::{Import, ImportIndex};

use super::link::Link;
use super::natives::reflect::{descriptor_class, descriptor_classes, split_descriptor};
use super::{JResult, ObjRef, Throw, Vm};
use crate::layout::ClassId;

const NATIVES: &str = "java/lang/invoke/MethodHandleNatives";

impl Vm {
    /// Import `index` of `class`, a `MethodType` or `MethodHandle`
    /// constant: the resolved object.
    pub(crate) fn resolve_method_constant(&mut self, class: ClassId, index: ImportIndex) -> JResult<ObjRef> {
        if let Some(Some(Link::Constant(o))) = self.class(class).links.get(index as usize).map(|l| l.get()) {
            return Ok(o);
        }
        let resolved = match self.class(class).import(index)? {
            Import::MethodType { descriptor } => self.method_type(class, &descriptor)?,
            Import::MethodHandle { kind, member } => self.method_handle(class, kind, member)?,
            _ => return Err(Throw::Fatal(format!("import {index} is not a method type or handle"))),
        };
        if let Some(slot) = self.class(class).links.get(index as usize) {
            slot.set(Some(Link::Constant(resolved)));
        }
        Ok(resolved)
    }

    /// The `MethodType` of a method descriptor, its classes loaded by
    /// `class`'s loader.
    fn method_type(&mut self, class: ClassId, descriptor: &str) -> JResult<ObjRef> {
        let Some((params, returns)) = split_descriptor(descriptor) else {
            return Err(Throw::Fatal(format!("bad method descriptor {descriptor}")));
        };
        let rtype = descriptor_class(self, returns, class)?;
        let rtype = self.mirror(rtype)?;
        self.hold(rtype);
        let ptypes = descriptor_classes(self, &params, class)?;
        let result = self.call_static_slots(
            NATIVES,
            "findMethodHandleType",
            "(Ljava/lang/Class;[Ljava/lang/Class;)Ljava/lang/invoke/MethodType;",
            &[rtype.to_slot(), ptypes.to_slot()],
        )?;
        Ok(result.map_or(ObjRef::NULL, ObjRef::from_slot))
    }

    /// The `MethodHandle` of reference kind `kind` to field or method
    /// import `member`, as `class` may see it.
    fn method_handle(&mut self, class: ClassId, kind: u8, member: ImportIndex) -> JResult<ObjRef> {
        let (owner, name, descriptor, is_field) = match self.class(class).import(member)? {
            Import::Field { class: owner, name, descriptor } => (owner, name, descriptor, true),
            Import::Method { class: owner, name, descriptor, .. } => (owner, name, descriptor, false),
            _ => return Err(Throw::Fatal(format!("import {member} is not a field or method"))),
        };
        let defc = self.resolve_class(class, owner)?;
        let defc = self.mirror(defc)?;
        let caller = self.mirror(class)?;
        let member_type = if is_field {
            let field_class = descriptor_class(self, &descriptor, class)?;
            self.mirror(field_class)?
        } else {
            self.method_type(class, &descriptor)?
        };
        self.hold(member_type);
        let name = self.java_string(&name)?;
        let result = self.call_static_slots(
            NATIVES,
            "linkMethodHandleConstant",
            "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;",
            &[caller.to_slot(), u64::from(kind), defc.to_slot(), name.to_slot(), member_type.to_slot()],
        )?;
        Ok(result.map_or(ObjRef::NULL, ObjRef::from_slot))
    }
}
