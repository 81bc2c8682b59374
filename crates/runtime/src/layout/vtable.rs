//! Virtual method tables (design decision 7).
//!
//! # The rules
//!
//! A class's vtable starts as a copy of its superclass's, so an inherited
//! method keeps its slot in every subclass. Then, for each method the class
//! declares that is neither static nor private nor `<init>`/`<clinit>`:
//! every inherited slot with the same name and descriptor that it overrides
//! (JVMS 5.4.5) is replaced; if it overrides none, it gets a new slot at the
//! end. It overrides a slot when the slot's current method (the latest
//! override, which covers the transitive case of 5.4.5) is public or
//! protected, or package-private in the same runtime package (the internal
//! name up to its last `/`; one class loader for now). So a method can fill
//! several slots, and a package-private method overridden from another
//! package keeps its slot beside the new one. Final methods get slots like
//! any other (HotSpot leaves out new final ones; this is simpler). A static
//! method never overrides (a JVM rejects such a class when linking).
//!
//! Then interface methods (the class's superinterfaces, its superclasses'
//! and theirs, in the caller's order): for each name and descriptor, if a
//! class in the superclass chain declares a non-static non-private method
//! with it, that method (the deepest declaration's slot) implements it.
//! Otherwise the slot is chosen by JVMS 5.4.6: among the maximally-specific
//! superinterface methods, exactly one non-abstract one is selected; none
//! makes an [`SlotTarget::AbstractError`] slot (`AbstractMethodError` when
//! called), several a [`SlotTarget::DefaultConflict`] slot
//! (`IncompatibleClassChangeError: conflicting default methods`). Such
//! interface-provided slots are appended (or updated in place when inherited
//! from the superclass), so every interface method a class implements has a
//! vtable slot and the interface table can point at slots.
//!
//! An interface's own vtable is `java/lang/Object`'s (what `invokeinterface`
//! of `toString` needs).

use std::collections::HashMap;
use std::sync::Arc;

use keel_kir::Text;

use super::itable::{InterfaceMethodId, Itable, ItableBuilder};

/// The access flags dispatch depends on, from the class-file reader's table.
pub use keel_classfile::access::{
    ABSTRACT as ACC_ABSTRACT, PRIVATE as ACC_PRIVATE, PROTECTED as ACC_PROTECTED, PUBLIC as ACC_PUBLIC,
    STATIC as ACC_STATIC,
};

/// A loaded class or interface, numbered by whoever loads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);

/// A method: its class and its index among the class's declared methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodRef {
    pub class: ClassId,
    pub index: u32,
}

/// A method as declared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodDecl {
    /// Borrowed from the class's image in a running VM, so copying one
    /// into a vtable entry costs no allocation.
    pub name: Text,
    pub descriptor: Text,
    pub access_flags: u16,
}

impl MethodDecl {
    /// The methods a translated class declares, in declaration order.
    pub fn of_class(class: &keel_kir::Class) -> Vec<MethodDecl> {
        let decl = |m: &keel_kir::Method| MethodDecl {
            name: m.name.clone(),
            descriptor: m.descriptor.clone(),
            access_flags: m.access_flags,
        };
        class.methods.iter().map(decl).collect()
    }

    /// Whether the method takes part in virtual dispatch at all.
    pub fn is_virtual(&self) -> bool {
        self.access_flags & (ACC_STATIC | ACC_PRIVATE) == 0 && !self.name.starts_with('<')
    }
}

/// The class whose vtable is computed.
#[derive(Debug, Clone, Copy)]
pub struct ClassDecl<'a> {
    pub id: ClassId,
    /// Internal name (`java/lang/String`): its package decides
    /// package-private overriding.
    pub name: &'a str,
    pub methods: &'a [MethodDecl],
}

/// A superinterface, as the vtable needs it.
#[derive(Debug, Clone, Copy)]
pub struct InterfaceDecl<'a> {
    pub id: ClassId,
    pub name: &'a str,
    pub methods: &'a [MethodDecl],
    /// Every superinterface of this interface, transitively.
    pub superinterfaces: &'a [ClassId],
}

/// What a call through a slot does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SlotTarget {
    /// Runs this method.
    Method(MethodRef),
    /// Raises `AbstractMethodError`.
    AbstractError,
    /// Raises `IncompatibleClassChangeError: conflicting default methods`.
    DefaultConflict,
}

/// Where a slot's target came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotOrigin {
    /// A method declared by a class of the superclass chain (the latest
    /// override), `depth` classes below the root.
    Class { method: MethodRef, access_flags: u16, package: Arc<str>, depth: u32 },
    /// Chosen among superinterface methods.
    Interface,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VtableEntry {
    pub name: Text,
    pub descriptor: Text,
    pub target: SlotTarget,
    pub origin: SlotOrigin,
}

/// A class's vtable, and the slot implementing each interface method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vtable {
    pub entries: Vec<VtableEntry>,
    /// Superclasses above this class (0 for a root).
    pub depth: u32,
    /// Every interface method of every superinterface and the slot that
    /// implements it (for the interface table), in the order found.
    pub interface_methods: Vec<(InterfaceMethodId, u32)>,
}

/// The hash `Vtable::compute` files slots under (FNV-1a of name and
/// descriptor; different signatures may share one).
fn signature_hash(name: &str, descriptor: &str) -> u32 {
    super::itable::interface_method_hash("", name, descriptor)
}

/// The runtime package of an internal class name: everything before the
/// last `/` (empty for the unnamed package).
pub fn package_of(name: &str) -> &str {
    name.rfind('/').map_or("", |i| &name[..i])
}

impl Vtable {
    /// Computes `class`'s vtable from its superclass's (`None` for a root)
    /// and its superinterfaces: every one, transitively, each once, in a
    /// well-defined order (that order decides the order of new
    /// interface-provided slots).
    pub fn compute(
        class: &ClassDecl<'_>,
        parent: Option<&Vtable>,
        interfaces: &[InterfaceDecl<'_>],
    ) -> Vtable {
        let mut entries = parent.map_or_else(Vec::new, |p| p.entries.clone());
        let depth = parent.map_or(0, |p| p.depth + 1);
        let package: Arc<str> = package_of(class.name).into();
        // Slots by a hash of their signature; lookups compare the names,
        // so no key is allocated.
        let mut by_signature: HashMap<u32, Vec<u32>> = HashMap::new();
        for (slot, e) in entries.iter().enumerate() {
            by_signature.entry(signature_hash(&e.name, &e.descriptor)).or_default().push(slot as u32);
        }
        let has_signature =
            |e: &VtableEntry, name: &str, descriptor: &str| &*e.name == name && &*e.descriptor == descriptor;

        for (index, m) in class.methods.iter().enumerate() {
            if !m.is_virtual() {
                continue;
            }
            let method = MethodRef { class: class.id, index: index as u32 };
            let target = if m.access_flags & ACC_ABSTRACT != 0 {
                SlotTarget::AbstractError
            } else {
                SlotTarget::Method(method)
            };
            let origin =
                SlotOrigin::Class { method, access_flags: m.access_flags, package: package.clone(), depth };
            let slots = by_signature.entry(signature_hash(&m.name, &m.descriptor)).or_default();
            let mut overrides = false;
            for &slot in slots.iter() {
                let entry = &mut entries[slot as usize];
                if has_signature(entry, &m.name, &m.descriptor) && can_override(&entry.origin, &package) {
                    entry.target = target;
                    entry.origin = origin.clone();
                    overrides = true;
                }
            }
            if !overrides {
                slots.push(entries.len() as u32);
                let (name, descriptor) = (m.name.clone(), m.descriptor.clone());
                entries.push(VtableEntry { name, descriptor, target, origin });
            }
        }

        // Interface methods by signature, in first-seen order.
        let mut signatures: Vec<(&str, &str)> = Vec::new();
        let mut declarers: HashMap<(&str, &str), Vec<(usize, u32)>> = HashMap::new();
        for (i, interface) in interfaces.iter().enumerate() {
            for (index, m) in interface.methods.iter().enumerate() {
                if !m.is_virtual() {
                    continue;
                }
                let list = declarers.entry((&*m.name, &*m.descriptor)).or_default();
                if list.is_empty() {
                    signatures.push((&*m.name, &*m.descriptor));
                }
                list.push((i, index as u32));
            }
        }
        let mut interface_methods = Vec::new();
        for (name, descriptor) in signatures {
            let slots = by_signature.entry(signature_hash(name, descriptor)).or_default();
            let from_class = slots
                .iter()
                .filter(|&&s| has_signature(&entries[s as usize], name, descriptor))
                .filter_map(|&s| match &entries[s as usize].origin {
                    SlotOrigin::Class { depth, .. } => Some((std::cmp::Reverse(*depth), s)),
                    SlotOrigin::Interface => None,
                })
                .min()
                .map(|(_, s)| s);
            let candidates = &declarers[&(name, descriptor)];
            let slot = match from_class {
                Some(slot) => slot,
                None => {
                    let target = select_default(interfaces, candidates);
                    let inherited = slots.iter().copied().find(|&s| {
                        let e = &entries[s as usize];
                        has_signature(e, name, descriptor) && e.origin == SlotOrigin::Interface
                    });
                    match inherited {
                        Some(slot) => {
                            entries[slot as usize].target = target;
                            slot
                        }
                        None => {
                            let slot = entries.len() as u32;
                            slots.push(slot);
                            let origin = SlotOrigin::Interface;
                            let (i, index) = candidates[0];
                            let declared = &interfaces[i].methods[index as usize];
                            let (name, descriptor) = (declared.name.clone(), declared.descriptor.clone());
                            entries.push(VtableEntry { name, descriptor, target, origin });
                            slot
                        }
                    }
                }
            };
            for &(i, index) in candidates {
                let interface = &interfaces[i];
                let id = InterfaceMethodId::new(interface.id, index, interface.name, name, descriptor);
                interface_methods.push((id, slot));
            }
        }
        // Every class keeps its table for good: drop the spare capacity the
        // pushes after copying the parent's left (up to as much again).
        entries.shrink_to_fit();
        interface_methods.shrink_to_fit();
        Vtable { entries, depth, interface_methods }
    }

    /// The class's interface method table.
    pub fn itable(&self) -> Itable {
        let mut builder = ItableBuilder::new();
        for &(method, slot) in &self.interface_methods {
            builder.add(method, slot);
        }
        builder.build()
    }

    /// The slots with this name and descriptor (usually one).
    pub fn slots<'s>(&'s self, name: &'s str, descriptor: &'s str) -> impl Iterator<Item = u32> + 's {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, e)| &*e.name == name && &*e.descriptor == descriptor)
            .map(|(slot, _)| slot as u32)
    }
}

/// Whether a method declared in `package` overrides the slot's method.
fn can_override(origin: &SlotOrigin, package: &str) -> bool {
    match origin {
        SlotOrigin::Class { access_flags, package: theirs, .. } => {
            access_flags & (ACC_PUBLIC | ACC_PROTECTED) != 0 || **theirs == *package
        }
        // Interface methods are public.
        SlotOrigin::Interface => true,
    }
}

/// JVMS 5.4.6 for a signature no class declares: the one non-abstract
/// maximally-specific method, or the error a call raises.
fn select_default(interfaces: &[InterfaceDecl<'_>], candidates: &[(usize, u32)]) -> SlotTarget {
    let maximal = candidates.iter().filter(|&&(i, _)| {
        let id = interfaces[i].id;
        // Not maximal if a subinterface among the candidates declares it too.
        !candidates.iter().any(|&(j, _)| j != i && interfaces[j].superinterfaces.contains(&id))
    });
    let mut concrete =
        maximal.filter(|&&(i, index)| interfaces[i].methods[index as usize].access_flags & ACC_ABSTRACT == 0);
    match (concrete.next(), concrete.next()) {
        (Some(&(i, index)), None) => SlotTarget::Method(MethodRef { class: interfaces[i].id, index }),
        (None, _) => SlotTarget::AbstractError,
        (Some(_), Some(_)) => SlotTarget::DefaultConflict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::itable::itable_lookup;

    const PUB: u16 = ACC_PUBLIC;
    const PKG: u16 = 0;
    const ABS: u16 = ACC_PUBLIC | ACC_ABSTRACT;

    const fn m(name: &'static str, descriptor: &'static str, access_flags: u16) -> MethodDecl {
        MethodDecl { name: Text::Borrowed(name), descriptor: Text::Borrowed(descriptor), access_flags }
    }

    fn object() -> Vtable {
        let methods = [
            m("<init>", "()V", PUB),
            m("hashCode", "()I", PUB),
            m("equals", "(Ljava/lang/Object;)Z", PUB),
            m("clone", "()Ljava/lang/Object;", ACC_PROTECTED),
            m("toString", "()Ljava/lang/String;", PUB),
            m("registerNatives", "()V", ACC_PRIVATE | ACC_STATIC),
            m("<clinit>", "()V", ACC_STATIC),
        ];
        Vtable::compute(&ClassDecl { id: ClassId(0), name: "java/lang/Object", methods: &methods }, None, &[])
    }

    fn class(id: u32, name: &str, methods: &[MethodDecl], parent: &Vtable) -> Vtable {
        Vtable::compute(&ClassDecl { id: ClassId(id), name, methods }, Some(parent), &[])
    }

    fn method(class: u32, index: u32) -> SlotTarget {
        SlotTarget::Method(MethodRef { class: ClassId(class), index })
    }

    fn targets(v: &Vtable, name: &str, descriptor: &str) -> Vec<SlotTarget> {
        v.slots(name, descriptor).map(|s| v.entries[s as usize].target).collect()
    }

    #[test]
    fn object_has_four_slots() {
        let o = object();
        let names: Vec<&str> = o.entries.iter().map(|e| &*e.name).collect();
        assert_eq!(names, ["hashCode", "equals", "clone", "toString"]);
        assert_eq!(o.entries[0].target, method(0, 1));
        assert_eq!(o.depth, 0);
    }

    #[test]
    fn overriding_keeps_slots_and_new_methods_append() {
        let o = object();
        let methods =
            [m("<init>", "()V", PUB), m("toString", "()Ljava/lang/String;", PUB), m("size", "()I", PUB)];
        let a = class(1, "p/A", &methods, &o);
        assert_eq!(a.entries.len(), 5);
        assert_eq!(a.entries[3].target, method(1, 1));
        assert_eq!(a.entries[4].target, method(1, 2));
        assert_eq!(a.entries[0].target, method(0, 1));
        // Protected clone is overridden from any package; an overload is new.
        let methods =
            [m("clone", "()Ljava/lang/Object;", PUB), m("size", "(I)I", PUB), m("size", "()I", PUB)];
        let b = class(2, "q/B", &methods, &a);
        assert_eq!(b.entries.len(), 6);
        assert_eq!(b.entries[2].target, method(2, 0));
        assert_eq!(b.entries[4].target, method(2, 2));
        assert_eq!(b.entries[5].target, method(2, 1));
        assert_eq!(b.depth, 2);
    }

    #[test]
    fn package_private_methods_across_packages() {
        let o = object();
        let a = class(1, "p/A", &[m("m", "()V", PKG)], &o);
        // Another package: not an override, a new slot.
        let b = class(2, "q/B", &[m("m", "()V", PUB)], &a);
        assert_eq!(targets(&b, "m", "()V"), [method(1, 0), method(2, 0)]);
        // Same package as A, below B: overrides A.m directly and B.m (public).
        let c = class(3, "p/C", &[m("m", "()V", PKG)], &b);
        assert_eq!(targets(&c, "m", "()V"), [method(3, 0), method(3, 0)]);
        // Same package as A, direct subclass: overrides.
        let d = class(4, "p/D", &[m("m", "()V", PKG)], &a);
        assert_eq!(targets(&d, "m", "()V"), [method(4, 0)]);
        // Package-private in q/B, then r/E: E.m overrides neither A.m nor...
        let b2 = class(5, "q/B2", &[m("m", "()V", PKG)], &a);
        let e = class(6, "r/E", &[m("m", "()V", PUB)], &b2);
        assert_eq!(targets(&e, "m", "()V"), [method(1, 0), method(5, 0), method(6, 0)]);
        // The default package is a package too.
        let f = class(7, "F", &[m("m", "()V", PKG)], &a);
        assert_eq!(targets(&f, "m", "()V"), [method(1, 0), method(7, 0)]);
    }

    #[test]
    fn transitive_override_through_a_public_method() {
        // A.m package-private in p; B (p) makes it public; C (q) overrides B.m
        // and with it A.m: one slot.
        let o = object();
        let a = class(1, "p/A", &[m("m", "()V", PKG)], &o);
        let b = class(2, "p/B", &[m("m", "()V", ACC_PROTECTED)], &a);
        let c = class(3, "q/C", &[m("m", "()V", PUB)], &b);
        assert_eq!(targets(&c, "m", "()V"), [method(3, 0)]);
    }

    #[test]
    fn private_static_and_initializers_get_no_slot() {
        let o = object();
        let methods = [
            m("<init>", "(I)V", PUB),
            m("<clinit>", "()V", ACC_STATIC),
            m("hidden", "()V", ACC_PRIVATE),
            m("helper", "()V", ACC_STATIC | PUB),
            m("hashCode", "()I", ACC_PRIVATE),
            m("final", "()V", PUB | 0x0010),
        ];
        let a = class(1, "p/A", &methods, &o);
        // Only the final method is new; private hashCode does not override.
        assert_eq!(a.entries.len(), 5);
        assert_eq!(a.entries[4].target, method(1, 5));
        assert_eq!(a.entries[0].target, method(0, 1));
        // A subclass's method of the same name as the private one is new
        // too, and a static one never overrides.
        let b = class(
            2,
            "p/B",
            &[m("hidden", "()V", PUB), m("toString", "()Ljava/lang/String;", ACC_STATIC)],
            &a,
        );
        assert_eq!(b.entries.len(), 6);
        assert_eq!(b.entries[3].target, method(0, 4));
    }

    #[test]
    fn abstract_methods() {
        let o = object();
        let a = class(1, "p/A", &[m("run", "()V", ABS), m("toString", "()Ljava/lang/String;", ABS)], &o);
        assert_eq!(a.entries[4].target, SlotTarget::AbstractError);
        assert_eq!(a.entries[3].target, SlotTarget::AbstractError);
        let b = class(2, "p/B", &[m("run", "()V", PUB)], &a);
        assert_eq!(b.entries[4].target, method(2, 0));
        assert_eq!(b.entries[3].target, SlotTarget::AbstractError);
    }

    // Interfaces for the default-method tests: I { default m; abstract n },
    // J { default m }, K extends I, J { default m }, L extends I {}.
    static I_METHODS: [MethodDecl; 2] = [m("m", "()V", PUB), m("n", "()I", ABS)];
    static J_METHODS: [MethodDecl; 1] = [m("m", "()V", PUB)];
    const NO_SUPERS: [ClassId; 0] = [];
    const K_SUPERS: [ClassId; 2] = [ClassId(10), ClassId(11)];
    const L_SUPERS: [ClassId; 1] = [ClassId(10)];

    fn i() -> InterfaceDecl<'static> {
        InterfaceDecl { id: ClassId(10), name: "p/I", methods: &I_METHODS, superinterfaces: &NO_SUPERS }
    }
    fn j() -> InterfaceDecl<'static> {
        InterfaceDecl { id: ClassId(11), name: "q/J", methods: &J_METHODS, superinterfaces: &NO_SUPERS }
    }
    fn k() -> InterfaceDecl<'static> {
        InterfaceDecl { id: ClassId(12), name: "p/K", methods: &J_METHODS, superinterfaces: &K_SUPERS }
    }
    fn l() -> InterfaceDecl<'static> {
        InterfaceDecl { id: ClassId(13), name: "p/L", methods: &[], superinterfaces: &L_SUPERS }
    }

    fn implementing(
        id: u32,
        methods: &[MethodDecl],
        parent: &Vtable,
        interfaces: &[InterfaceDecl<'_>],
    ) -> Vtable {
        Vtable::compute(&ClassDecl { id: ClassId(id), name: "p/C", methods }, Some(parent), interfaces)
    }

    #[test]
    fn inherited_default_methods_get_slots() {
        let o = object();
        let c = implementing(1, &[], &o, &[i()]);
        assert_eq!(targets(&c, "m", "()V"), [method(10, 0)]);
        assert_eq!(targets(&c, "n", "()I"), [SlotTarget::AbstractError]);
        assert_eq!(c.entries[4].origin, SlotOrigin::Interface);
        // Through a subinterface that declares nothing.
        let c = implementing(1, &[], &o, &[l(), i()]);
        assert_eq!(targets(&c, "m", "()V"), [method(10, 0)]);
        // A class method wins over a default.
        let c = implementing(1, &[m("m", "()V", PUB), m("n", "()I", PUB)], &o, &[i()]);
        assert_eq!(targets(&c, "m", "()V"), [method(1, 0)]);
        assert_eq!(targets(&c, "n", "()I"), [method(1, 1)]);
        let table = c.itable();
        let im = InterfaceMethodId::new(ClassId(10), 0, "p/I", "m", "()V");
        let slot = itable_lookup(&table, im).unwrap();
        assert_eq!(c.entries[slot as usize].target, method(1, 0));
    }

    #[test]
    fn diamond_defaults_conflict_unless_one_is_more_specific() {
        let o = object();
        let c = implementing(1, &[], &o, &[i(), j()]);
        assert_eq!(targets(&c, "m", "()V"), [SlotTarget::DefaultConflict]);
        // K extends I and J and redeclares m: K.m is maximally specific.
        let c = implementing(1, &[], &o, &[k(), i(), j()]);
        assert_eq!(targets(&c, "m", "()V"), [method(12, 0)]);
        // The class resolves the conflict by declaring m.
        let c = implementing(1, &[m("m", "()V", PUB)], &o, &[i(), j()]);
        assert_eq!(targets(&c, "m", "()V"), [method(1, 0)]);
        // An abstract class method beats any default.
        let c = implementing(1, &[m("m", "()V", ABS)], &o, &[i(), j()]);
        assert_eq!(targets(&c, "m", "()V"), [SlotTarget::AbstractError]);
    }

    #[test]
    fn subclass_refines_an_inherited_default_in_place() {
        let o = object();
        let parent = implementing(1, &[], &o, &[i(), j()]);
        let slot = parent.slots("m", "()V").next().unwrap();
        assert_eq!(parent.entries[slot as usize].target, SlotTarget::DefaultConflict);
        let child = implementing(2, &[], &parent, &[k(), i(), j()]);
        assert_eq!(child.slots("m", "()V").collect::<Vec<_>>(), [slot]);
        assert_eq!(child.entries[slot as usize].target, method(12, 0));
        assert_eq!(child.entries.len(), parent.entries.len());
        // Every interface method of every superinterface is in the itable.
        let table = child.itable();
        for (id, index, name, mname, desc) in [
            (10, 0, "p/I", "m", "()V"),
            (10, 1, "p/I", "n", "()I"),
            (11, 0, "q/J", "m", "()V"),
            (12, 0, "p/K", "m", "()V"),
        ] {
            let im = InterfaceMethodId::new(ClassId(id), index, name, mname, desc);
            let slot = itable_lookup(&table, im).unwrap();
            assert_eq!(&*child.entries[slot as usize].name, mname);
        }
    }

    #[test]
    fn superclass_method_implements_interface_method() {
        let o = object();
        let a = class(1, "p/A", &[m("n", "()I", PUB)], &o);
        let c = implementing(2, &[], &a, &[i()]);
        let n_slot = a.slots("n", "()I").next().unwrap();
        let im = InterfaceMethodId::new(ClassId(10), 1, "p/I", "n", "()I");
        assert_eq!(itable_lookup(&c.itable(), im), Some(n_slot));
        assert_eq!(c.entries[n_slot as usize].target, method(1, 0));
    }

    #[test]
    fn vtables_are_deterministic() {
        let o = object();
        let one = implementing(1, &[m("x", "()V", PUB)], &o, &[k(), i(), j(), l()]);
        let two = implementing(1, &[m("x", "()V", PUB)], &o, &[k(), i(), j(), l()]);
        assert_eq!(one, two);
        assert_eq!(one.itable(), two.itable());
    }

    #[test]
    fn packages() {
        assert_eq!(package_of("java/lang/String"), "java/lang");
        assert_eq!(package_of("Main"), "");
    }
}
