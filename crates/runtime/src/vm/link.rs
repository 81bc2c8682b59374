//! Linkage slots (design decision 6): each class's imports, resolved on
//! first use into this process's slots, like an ELF GOT. A failure raises
//! the Java error (`NoClassDefFoundError`, `NoSuchFieldError`,
//! `NoSuchMethodError`, `IncompatibleClassChangeError`) and leaves the slot
//! unresolved (JVMS 5.4.3 lets a failed resolution be retried or not; we
//! retry, which only costs time).

use std::cell::Cell;
use std::rc::Rc;

use keel_kir::{ElemKind, Import, ImportIndex};

use super::{JResult, ObjRef, Throw, Vm, ACC_NATIVE, ACC_PRIVATE, ACC_STATIC};
use crate::layout::{ClassId, InterfaceMethodId, MethodRef};

/// One resolved import.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Link {
    Class(ClassId),
    Field(FieldLink),
    /// An index into the class's `method_links` (a method link is large;
    /// keeping it apart keeps every slot small and cheap to read).
    Method(u32),
    String(ObjRef),
    /// A resolved `MethodType` or `MethodHandle` constant.
    Constant(ObjRef),
}

/// A resolved field: its declaring class and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldLink {
    pub holder: ClassId,
    /// The length of the holder's superclass display: an object is an
    /// instance of the holder if its class's display has the holder there.
    pub holder_depth: u32,
    /// The address of the holder's `RtClass`, what an exact instance's
    /// header holds: the commonest instance test is one comparison.
    pub holder_address: usize,
    pub is_static: bool,
    /// In the object, or in the holder's statics block.
    pub offset: u32,
    pub kind: ElemKind,
}

/// A resolved method: the class the import names, the method resolution
/// found, and how virtual and interface calls dispatch it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodLink {
    pub class: ClassId,
    pub method: MethodRef,
    pub access_flags: u16,
    /// The vtable slot, for a virtual method of a class.
    pub vtable_slot: Option<u32>,
    /// The interface method identity, for an abstract or default method of
    /// an interface.
    pub interface_method: Option<InterfaceMethodId>,
    /// A signature-polymorphic method (`MethodHandle.invoke*`,
    /// `VarHandle.get/set/compareAndSet…`, JVMS 2.9.3): `method` is the
    /// native varargs declaration, and the call site's own descriptor says
    /// what is passed and returned (see `vm::polymorphic`).
    pub polymorphic: bool,
}

fn dotted(name: &str) -> String {
    name.replace('/', ".")
}

impl Vm {
    #[inline]
    fn cached_link(&self, class: ClassId, index: ImportIndex) -> Option<Link> {
        self.class(class).links.get(index as usize).and_then(Cell::get)
    }

    fn remember(&self, class: ClassId, index: ImportIndex, link: Link) {
        if let Some(slot) = self.class(class).links.get(index as usize) {
            slot.set(Some(link));
        }
    }

    /// Import `index` of `class`, a class reference.
    pub fn resolve_class(&mut self, class: ClassId, index: ImportIndex) -> JResult<ClassId> {
        if let Some(Link::Class(id)) = self.cached_link(class, index) {
            return Ok(id);
        }
        let Import::Class { name } = self.class(class).import(index)? else {
            return Err(Throw::Fatal(format!("import {index} is not a class")));
        };
        let id = self.load_class_for(&name, class)?;
        self.remember(class, index, Link::Class(id));
        Ok(id)
    }

    /// Import `index` of `class`, a string constant: the interned string.
    pub fn resolve_string(&mut self, class: ClassId, index: ImportIndex) -> JResult<ObjRef> {
        if let Some(Link::String(s)) = self.cached_link(class, index) {
            return Ok(s);
        }
        let Import::String { utf16 } = self.class(class).import(index)? else {
            return Err(Throw::Fatal(format!("import {index} is not a string")));
        };
        let s = self.intern(&utf16)?;
        self.remember(class, index, Link::String(s));
        Ok(s)
    }

    /// Import `index` of `class`, a field (JVMS 5.4.3.2).
    #[inline]
    pub fn resolve_field(&mut self, class: ClassId, index: ImportIndex) -> JResult<FieldLink> {
        if let Some(Link::Field(f)) = self.cached_link(class, index) {
            return Ok(f);
        }
        let Import::Field { class: owner, name, descriptor } = self.class(class).import(index)? else {
            return Err(Throw::Fatal(format!("import {index} is not a field")));
        };
        let owner = self.resolve_class(class, owner)?;
        let Some(link) = self.find_field(owner, &name, &descriptor) else {
            return Err(self.error("java/lang/NoSuchFieldError", &name));
        };
        self.remember(class, index, Link::Field(link));
        Ok(link)
    }

    /// Field lookup: the class, its superinterfaces, then its superclass.
    pub(crate) fn find_field(&self, class: ClassId, name: &str, descriptor: &str) -> Option<FieldLink> {
        let rt = self.class(class);
        let declared = (rt.layout.field(name, descriptor).map(|f| (f, false)))
            .or_else(|| rt.layout.static_field(name, descriptor).map(|f| (f, true)));
        if let Some((f, is_static)) = declared {
            let (holder_depth, holder_address) = (rt.supers.len() as u32, Rc::as_ptr(rt) as usize);
            return Some(FieldLink {
                holder: class,
                holder_depth,
                holder_address,
                is_static,
                offset: f.offset,
                kind: f.kind,
            });
        }
        for &i in &rt.interfaces {
            if let Some(found) = self.find_field(i, name, descriptor) {
                return Some(found);
            }
        }
        rt.super_class.and_then(|s| self.find_field(s, name, descriptor))
    }

    /// Import `index` of `class`, a method (JVMS 5.4.3.3 and 5.4.3.4).
    #[inline]
    pub fn resolve_method(&mut self, class: ClassId, index: ImportIndex) -> JResult<MethodLink> {
        if let Some(Link::Method(m)) = self.cached_link(class, index) {
            if let Some(link) = self.class(class).method_links.borrow().get(m as usize) {
                return Ok(*link);
            }
        }
        let Import::Method { class: owner, name, descriptor, interface } = self.class(class).import(index)?
        else {
            return Err(Throw::Fatal(format!("import {index} is not a method")));
        };
        let owner = self.resolve_class(class, owner)?;
        let owner_rt = self.class(owner).clone();
        if owner_rt.is_interface() != interface && owner_rt.array.is_none() {
            let message = if interface {
                format!("Found class {}, but interface was expected", dotted(&owner_rt.name))
            } else {
                format!("Found interface {}, but class was expected", dotted(&owner_rt.name))
            };
            return Err(self.error("java/lang/IncompatibleClassChangeError", &message));
        }
        // A signature-polymorphic method is one whatever the descriptor
        // (even its own `([Ljava/lang/Object;)Ljava/lang/Object;`).
        let polymorphic = self.signature_polymorphic(owner, &name);
        let found = if polymorphic.is_some() { None } else { self.find_method(owner, &name, &descriptor) };
        let Some(method) = found.or(polymorphic) else {
            let message = format!("{}.{name}{descriptor}", dotted(&owner_rt.name));
            return Err(self.error("java/lang/NoSuchMethodError", &message));
        };
        let declarer = self.class(method.class).clone();
        let access_flags = declarer.methods()[method.index as usize].access_flags;
        let is_virtual = access_flags & (ACC_STATIC | ACC_PRIVATE) == 0 && !name.starts_with('<');
        let vtable_slot = if is_virtual { owner_rt.vtable.slots(&name, &descriptor).next() } else { None };
        let interface_method = (is_virtual && declarer.is_interface())
            .then(|| InterfaceMethodId::new(method.class, method.index, &declarer.name, &name, &descriptor));
        let link = MethodLink {
            class: owner,
            method,
            access_flags,
            vtable_slot: if polymorphic.is_some() { None } else { vtable_slot },
            interface_method,
            polymorphic: polymorphic.is_some(),
        };
        let slot = {
            let mut links = self.class(class).method_links.borrow_mut();
            links.push(link);
            links.len() as u32 - 1
        };
        self.remember(class, index, Link::Method(slot));
        Ok(link)
    }

    /// The signature-polymorphic method `name` of `class`, if it is one
    /// (JVMS 2.9.3): declared by `java.lang.invoke.MethodHandle` or
    /// `VarHandle`, native, varargs, taking one `Object[]`.
    pub(crate) fn signature_polymorphic(&self, class: ClassId, name: &str) -> Option<MethodRef> {
        const ACC_VARARGS: u16 = 0x0080;
        let rt = self.class(class);
        if !matches!(rt.name.as_str(), "java/lang/invoke/MethodHandle" | "java/lang/invoke/VarHandle") {
            return None;
        }
        let index = rt.methods().iter().position(|m| {
            m.name == name
                && m.access_flags & (ACC_NATIVE | ACC_VARARGS) == (ACC_NATIVE | ACC_VARARGS)
                && m.descriptor.starts_with("([Ljava/lang/Object;)")
        })?;
        Some(MethodRef { class, index: index as u32 })
    }

    /// Method lookup: the class and its superclasses, then its
    /// superinterfaces (a non-abstract one first, JVMS 5.4.3.3 step 3).
    pub fn find_method(&self, class: ClassId, name: &str, descriptor: &str) -> Option<MethodRef> {
        let mut c = Some(class);
        while let Some(id) = c {
            let rt = self.class(id);
            if let Some(index) = rt.find_method(name, descriptor) {
                return Some(MethodRef { class: id, index });
            }
            // An interface's superclass for lookup is Object (5.4.3.4).
            c = if rt.is_interface() {
                self.by_name.get("java/lang/Object").copied()
            } else {
                rt.super_class
            };
            if c == Some(id) {
                break;
            }
        }
        let interfaces = &self.class(class).all_interfaces;
        let mut abstract_one = None;
        for &i in interfaces {
            if let Some(index) = self.class(i).find_method(name, descriptor) {
                let flags = self.class(i).methods()[index as usize].access_flags;
                if flags & (ACC_PRIVATE | ACC_STATIC) != 0 {
                    continue;
                }
                if flags & super::ACC_ABSTRACT == 0 {
                    return Some(MethodRef { class: i, index });
                }
                abstract_one.get_or_insert(MethodRef { class: i, index });
            }
        }
        abstract_one
    }
}
