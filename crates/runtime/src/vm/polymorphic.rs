//! Signature-polymorphic calls (JVMS 2.9.3): `MethodHandle.invoke`,
//! `invokeExact`, the internal `invokeBasic` and `linkTo*`, and
//! `VarHandle`'s access modes (`get`, `set`, `compareAndSet`, …), whose call
//! sites carry their own descriptors.
//!
//! They link as in HotSpot, to the JDK's own Java code:
//! - `invokeExact`/`invoke` and `VarHandle` access modes: on first use, a
//!   call site asks `MethodHandleNatives.linkMethod` for its invoker (a
//!   `LambdaForm` method of `Invokers$Holder`, a `VarHandleGuards` method,
//!   or a generated hidden class) and the appendix (the call's
//!   `MethodType`, or a `VarHandle.AccessDescriptor`); each call then runs
//!   the invoker with the appendix added as last argument. The invoker
//!   checks the handle's type (`WrongMethodTypeException`) and adapts.
//! - `invokeBasic(mh, args…)` runs `mh.form.vmentry`, with the same
//!   arguments;
//! - `linkToStatic/Special/Virtual/Interface(args…, member)` run the method
//!   the trailing `MemberName` names (selected on the receiver's class for
//!   the virtual kinds).
//! - A `VarHandle` access mode whose handle is not exact and whose call
//!   site's argument and result kinds fit the handle class's own static
//!   method of that name (`VarHandleInts$FieldInstanceReadWrite.
//!   compareAndSet(VarHandle, Object, int, int)`, …) calls that method
//!   directly, skipping the guard.
//!
//! The interpreter trusts register types, so every method entered here is
//! checked against what is passed: the kinds of all arguments (reference,
//! int, long, float, double), the class of every reference argument whose
//! parameter type is not `Object`, and the receiver's class. Results of an
//! invoker are trusted as HotSpot trusts them: the invoker has checked the
//! handle's type against the call site's.

use std::collections::HashMap;
use std::rc::Rc;

use keel_kir::{Import, ImportIndex};

use super::link::MethodLink;
use super::natives::invoke::{member_of, Member};
use super::natives::reflect::split_descriptor;
use super::{JResult, ObjRef, Throw, Vm, ACC_STATIC};
use crate::layout::{ClassId, MethodRef};

/// A call site's descriptor, by kinds.
struct Site {
    name: String,
    descriptor: String,
    /// One kind (`L I J F D`) per argument after the handle.
    kinds: Vec<u8>,
    /// The result's kind, `V` for none.
    result: u8,
    /// The result is `java.lang.Object` (or void).
    result_is_object: bool,
}

/// What a method entered from here expects.
struct Target {
    /// Kinds of the parameters (the receiver first for an instance method).
    kinds: Vec<u8>,
    /// The class each reference parameter must be an instance of (`None`:
    /// any, for `Object` and for primitives).
    classes: Vec<Option<ClassId>>,
    result: u8,
    is_static: bool,
}

#[derive(Default)]
pub(crate) struct PolymorphicState {
    sites: HashMap<(ClassId, ImportIndex), Rc<Site>>,
    targets: HashMap<MethodRef, Rc<Target>>,
    /// The invoker and appendix a call site was linked to.
    linked: HashMap<(ClassId, ImportIndex), (MethodRef, ObjRef)>,
    /// A call site's access mode method of a `VarHandle` class, if the site
    /// fits it.
    direct: HashMap<(ClassId, ImportIndex, ClassId), Option<MethodRef>>,
    /// Offset and kind of `VarHandle.exact`.
    exact_field: Option<(u32, keel_kir::ElemKind)>,
}

impl PolymorphicState {
    /// The call sites' appendices, for the root set.
    pub(crate) fn references(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.linked.values().map(|&(_, appendix)| appendix)
    }
}

fn kind(descriptor: &str) -> u8 {
    match descriptor.as_bytes().first() {
        Some(b'L' | b'[') => b'L',
        Some(b'Z' | b'B' | b'C' | b'S' | b'I') => b'I',
        Some(&k) => k,
        None => b'V',
    }
}

const REF_INVOKE_VIRTUAL: u64 = 5;

impl Vm {
    /// The method a signature-polymorphic call (import `method` of `class`,
    /// resolved to `link`) runs, with `args` (the handle first) rewritten for
    /// it.
    pub(crate) fn polymorphic_target(
        &mut self,
        class: ClassId,
        method: ImportIndex,
        link: MethodLink,
        args: &mut Vec<u64>,
    ) -> JResult<MethodRef> {
        let site = self.site(class, method)?;
        let owner = self.class(link.method.class).name.clone();
        match (owner.as_str(), site.name.as_str()) {
            ("java/lang/invoke/MethodHandle", "invokeBasic") => {
                self.check_handle(link.method.class, args)?;
                self.invoke_basic(&site, args)
            }
            ("java/lang/invoke/MethodHandle", "linkToStatic") => self.link_to(&site, args, false, false),
            ("java/lang/invoke/MethodHandle", "linkToSpecial") => self.link_to(&site, args, true, false),
            ("java/lang/invoke/MethodHandle", "linkToVirtual" | "linkToInterface") => {
                self.link_to(&site, args, true, true)
            }
            ("java/lang/invoke/MethodHandle", "invokeExact" | "invoke") => {
                self.linked_site(class, method, link.method.class, &site, args)
            }
            ("java/lang/invoke/VarHandle", _) => {
                self.check_handle(link.method.class, args)?;
                if let Some(target) = self.var_handle_direct(class, method, &site, args)? {
                    return Ok(target);
                }
                self.linked_site(class, method, link.method.class, &site, args)
            }
            _ => {
                let message = format!(
                    "keel: signature-polymorphic call {}.{}{} is not supported",
                    owner.replace('/', "."),
                    site.name,
                    site.descriptor
                );
                Err(self.error("java/lang/UnsupportedOperationException", &message))
            }
        }
    }

    /// Checks that the handle (the first argument) is a non-null instance
    /// of `owner` (`MethodHandle` or `VarHandle`): the code reads its
    /// fields.
    fn check_handle(&mut self, owner: ClassId, args: &[u64]) -> JResult<()> {
        let handle = ObjRef::from_slot(args.first().copied().unwrap_or(0));
        if handle.is_null() {
            return Err(self.bare_error("java/lang/NullPointerException"));
        }
        let class = self.class_of(handle);
        if !self.is_assignable(class, owner) {
            let message = self.class_cast_message(class, owner);
            return Err(self.error("java/lang/ClassCastException", &message));
        }
        Ok(())
    }

    fn site(&mut self, class: ClassId, method: ImportIndex) -> JResult<Rc<Site>> {
        if let Some(site) = self.native_state::<PolymorphicState>().sites.get(&(class, method)) {
            return Ok(site.clone());
        }
        let Import::Method { name, descriptor, .. } = self.class(class).import(method)? else {
            return Err(Throw::Fatal("a polymorphic call without a method import".into()));
        };
        let Some((params, result)) = split_descriptor(&descriptor) else {
            return Err(Throw::Fatal(format!("bad descriptor {descriptor}")));
        };
        let site = Rc::new(Site {
            kinds: params.iter().map(|p| kind(p)).collect(),
            result: kind(result),
            result_is_object: result == "Ljava/lang/Object;" || result == "V",
            name: name.to_string(),
            descriptor: descriptor.to_string(),
        });
        self.native_state::<PolymorphicState>().sites.insert((class, method), site.clone());
        Ok(site)
    }

    fn target(&mut self, method: MethodRef) -> JResult<Rc<Target>> {
        if let Some(t) = self.native_state::<PolymorphicState>().targets.get(&method) {
            return Ok(t.clone());
        }
        let m = self.class(method.class).methods()[method.index as usize].clone();
        let Some((params, result)) = split_descriptor(&m.descriptor) else {
            return Err(Throw::Fatal(format!("bad descriptor {}", m.descriptor)));
        };
        let is_static = m.access_flags & ACC_STATIC != 0;
        let mut kinds = Vec::new();
        let mut classes = Vec::new();
        if !is_static {
            kinds.push(b'L');
            classes.push(Some(method.class));
        }
        for p in params {
            kinds.push(kind(p));
            classes.push(match p.as_bytes()[0] {
                b'L' if p == "Ljava/lang/Object;" => None,
                b'L' => Some(self.load_class_for(&p[1..p.len() - 1], method.class)?),
                b'[' => Some(self.load_class_for(p, method.class)?),
                _ => None,
            });
        }
        let target = Rc::new(Target { kinds, classes, result: kind(result), is_static });
        self.native_state::<PolymorphicState>().targets.insert(method, target.clone());
        Ok(target)
    }

    /// Checks that `args`, of kinds `kinds`, fit `method`, and that its
    /// result fits a call site expecting `result` (`V`: anything).
    fn check_call(&mut self, method: MethodRef, kinds: &[u8], args: &[u64], result: u8) -> JResult<()> {
        let target = self.target(method)?;
        let fits = target.kinds == kinds && (result == b'V' || result == target.result);
        if !fits {
            let m = &self.class(method.class).methods()[method.index as usize];
            let message = format!(
                "keel: a method handle call does not fit {}.{}{}",
                self.class(method.class).name.replace('/', "."),
                m.name,
                m.descriptor
            );
            return Err(self.error("java/lang/InternalError", &message));
        }
        for (&class, &slot) in target.classes.iter().zip(args) {
            let Some(class) = class else { continue };
            let value = ObjRef::from_slot(slot);
            if value.is_null() {
                continue;
            }
            let from = self.class_of(value);
            if !self.is_assignable(from, class) {
                let message = self.class_cast_message(from, class);
                return Err(self.error("java/lang/ClassCastException", &message));
            }
        }
        if target.is_static {
            let init = self.class(method.class).init.get();
            if init != super::InitState::Initialized {
                self.initialize(method.class)?;
            }
        }
        Ok(())
    }

    /// `mh.invokeBasic(args…)`: `mh.form.vmentry` with the same arguments.
    fn invoke_basic(&mut self, site: &Site, args: &mut [u64]) -> JResult<MethodRef> {
        let handle = ObjRef::from_slot(args.first().copied().unwrap_or(0));
        if handle.is_null() {
            return Err(self.bare_error("java/lang/NullPointerException"));
        }
        let form = self.get_field(handle, "form").map_or(ObjRef::NULL, ObjRef::from_slot);
        let entry = if form.is_null() {
            ObjRef::NULL
        } else {
            self.get_field(form, "vmentry").map_or(ObjRef::NULL, ObjRef::from_slot)
        };
        let Some(Member::Method(target)) = (!entry.is_null()).then(|| member_of(self, entry)).flatten()
        else {
            return Err(self.error("java/lang/InternalError", "keel: a method handle without an entry point"));
        };
        let mut kinds = vec![b'L'];
        kinds.extend_from_slice(&site.kinds);
        self.check_call(target, &kinds, args, site.result)?;
        Ok(target)
    }

    /// `MethodHandle.linkTo*(args…, member)`: the member's method (selected
    /// on the receiver's class if `dispatch`), without the member.
    fn link_to(
        &mut self,
        site: &Site,
        args: &mut Vec<u64>,
        receiver: bool,
        dispatch: bool,
    ) -> JResult<MethodRef> {
        let member = ObjRef::from_slot(args.pop().unwrap_or(0));
        let kinds = &site.kinds[..site.kinds.len().saturating_sub(1)];
        let Some(Member::Method(method)) = (!member.is_null()).then(|| member_of(self, member)).flatten()
        else {
            return Err(self.error("java/lang/InternalError", "keel: linkTo* without a resolved MemberName"));
        };
        let mut target = method;
        if receiver {
            let object = ObjRef::from_slot(args.first().copied().unwrap_or(0));
            if object.is_null() {
                return Err(self.bare_error("java/lang/NullPointerException"));
            }
            if dispatch {
                let m = &self.class(method.class).methods()[method.index as usize];
                let (name, descriptor) = (m.name.clone(), m.descriptor.clone());
                let receiver_class = self.class_of(object);
                if let Some(found) = self.select_override(receiver_class, &name, &descriptor) {
                    target = found;
                }
                // The declared method must still fit the receiver.
                if !self.is_assignable(receiver_class, method.class) {
                    let message = self.class_cast_message(receiver_class, method.class);
                    return Err(self.error("java/lang/ClassCastException", &message));
                }
            }
        }
        self.check_call(target, kinds, args, site.result)?;
        Ok(target)
    }

    /// `invokeExact`/`invoke`/a `VarHandle` access mode through the
    /// invoker `MethodHandleNatives.linkMethod` gives the call site.
    fn linked_site(
        &mut self,
        class: ClassId,
        method: ImportIndex,
        owner: ClassId,
        site: &Site,
        args: &mut Vec<u64>,
    ) -> JResult<MethodRef> {
        if ObjRef::from_slot(args.first().copied().unwrap_or(0)).is_null() {
            return Err(self.bare_error("java/lang/NullPointerException"));
        }
        let linked = self.native_state::<PolymorphicState>().linked.get(&(class, method)).copied();
        let (invoker, appendix) = match linked {
            Some(l) => l,
            None => {
                let l = self.link_site(class, owner, site)?;
                self.native_state::<PolymorphicState>().linked.insert((class, method), l);
                l
            }
        };
        let mut kinds = vec![b'L'];
        kinds.extend_from_slice(&site.kinds);
        let takes_appendix = self.target(invoker)?.kinds.len() == kinds.len() + 1;
        if takes_appendix {
            kinds.push(b'L');
            args.push(appendix.to_slot());
        }
        self.check_call(invoker, &kinds, args, site.result)?;
        Ok(invoker)
    }

    fn link_site(&mut self, class: ClassId, owner: ClassId, site: &Site) -> JResult<(MethodRef, ObjRef)> {
        let caller = self.mirror(class)?;
        let defc = self.mirror(owner)?;
        let name = self.java_string(&site.name)?;
        let descriptor = self.java_string(&site.descriptor)?;
        let appendix = self.new_array("[Ljava/lang/Object;", 1)?;
        let member = self.call_static_slots(
            "java/lang/invoke/MethodHandleNatives",
            "linkMethod",
            "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;",
            &[caller.to_slot(), REF_INVOKE_VIRTUAL, defc.to_slot(), name.to_slot(), descriptor.to_slot(), appendix.to_slot()],
        )?;
        let member = member.map_or(ObjRef::NULL, ObjRef::from_slot);
        let Some(Member::Method(invoker)) = (!member.is_null()).then(|| member_of(self, member)).flatten()
        else {
            return Err(self.error("java/lang/InternalError", "keel: linkMethod gave no invoker"));
        };
        let appendix = ObjRef::from_slot(self.array_get(appendix, 0)?);
        Ok((invoker, appendix))
    }

    /// A `VarHandle` access mode straight to the handle class's static
    /// method of that name, when the call site fits it; `None` otherwise.
    fn var_handle_direct(
        &mut self,
        class: ClassId,
        method: ImportIndex,
        site: &Site,
        args: &[u64],
    ) -> JResult<Option<MethodRef>> {
        let handle = ObjRef::from_slot(args.first().copied().unwrap_or(0));
        if handle.is_null() {
            return Err(self.bare_error("java/lang/NullPointerException"));
        }
        let exact = match self.native_state::<PolymorphicState>().exact_field {
            Some(field) => field,
            None => {
                let var_handle = self.load_class("java/lang/invoke/VarHandle")?;
                let Some(field) = self.instance_field(var_handle, "exact") else {
                    return Err(Throw::Fatal("VarHandle.exact missing".into()));
                };
                self.native_state::<PolymorphicState>().exact_field = Some(field);
                field
            }
        };
        // SAFETY: `check_handle` made sure `handle` is an instance of
        // `VarHandle`, so its field `exact` lies inside it.
        let is_exact = unsafe { super::value::load(exact.1, handle.0.add(exact.0 as usize)) };
        if is_exact & 1 != 0 {
            return Ok(None);
        }
        let handle_class = self.class_of(handle);
        let key = (class, method, handle_class);
        let cached = self.native_state::<PolymorphicState>().direct.get(&key).copied();
        let found = match cached {
            Some(found) => found,
            None => {
                let found = self.find_access_mode_method(handle_class, site)?;
                self.native_state::<PolymorphicState>().direct.insert(key, found);
                found
            }
        };
        // `find_access_mode_method` checked the site against the method
        // (argument kinds, no parameter of a class narrower than `Object`
        // but the handle itself, which is an instance of the class the
        // method was found in, hence initialized): nothing to check per call.
        Ok(found)
    }

    fn find_access_mode_method(&mut self, handle_class: ClassId, site: &Site) -> JResult<Option<MethodRef>> {
        let mut c = Some(handle_class);
        while let Some(id) = c {
            let rt = self.class(id).clone();
            if rt.name == "java/lang/invoke/VarHandle" {
                break;
            }
            for (index, m) in rt.methods().iter().enumerate() {
                if m.name != site.name || m.access_flags & ACC_STATIC == 0 {
                    continue;
                }
                let target = self.target(MethodRef { class: id, index: index as u32 })?;
                let fits_args = target.kinds.len() == site.kinds.len() + 1
                    && target.kinds[1..] == site.kinds[..]
                    && target.classes[1..].iter().all(Option::is_none);
                let fits_result = site.result == b'V'
                    || (site.result == target.result && (site.result != b'L' || site.result_is_object));
                return Ok((fits_args && fits_result).then_some(MethodRef { class: id, index: index as u32 }));
            }
            c = rt.super_class;
        }
        Ok(None)
    }
}
