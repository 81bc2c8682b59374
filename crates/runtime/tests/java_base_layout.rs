//! Real input: lays out every class of java.base, as translated into a KBF
//! image, on the host and on i686, and checks the layout invariants; builds
//! every class's vtable and interface table and checks dispatch invariants.

use std::collections::HashMap;

use keel_classfile::container::{find_jdk, Container};
use keel_kbf::Image;
use keel_kir::{Class, ElemKind};
use keel_runtime::layout::object::field_align;
use keel_runtime::layout::vtable::ACC_ABSTRACT;
use keel_runtime::layout::{
    itable_lookup, ClassDecl, ClassId, ClassLayout, FieldDecl, InterfaceDecl, MethodDecl, SlotOrigin,
    SlotTarget, Target, Vtable,
};

const ACC_INTERFACE: u16 = 0x0200;

/// Translates java.base and writes it as an image, as `keel compile` does.
fn java_base_image() -> Vec<u8> {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for these tests (CI installs one)");
    let containers = vec![Container::open(jdk.modules_image()).expect("open lib/modules")];
    let modules = vec!["java.base".to_string()];
    let sources = keel_jvm::module::list_sources(&containers, &modules).expect("list java.base");
    let translation = keel_jvm::module::translate_module(Some("java.base".into()), &sources, &mut |_| {});
    assert!(
        translation.failures.is_empty(),
        "{:?}",
        &translation.failures[..translation.failures.len().min(5)]
    );
    keel_kbf::write_module(&translation.module, keel_jvm::TRANSLATOR_VERSION)
}

struct Hierarchy {
    classes: Vec<Class>,
    by_name: HashMap<String, usize>,
    /// Per class: every superinterface, transitively, in a fixed order.
    interfaces: Vec<Option<Vec<usize>>>,
}

impl Hierarchy {
    fn superclass(&self, i: usize) -> Option<usize> {
        let name = self.classes[i].super_class.as_ref()?;
        Some(
            *self
                .by_name
                .get(&**name)
                .unwrap_or_else(|| panic!("{}: superclass {name} missing", self.classes[i].name)),
        )
    }

    fn is_interface(&self, i: usize) -> bool {
        self.classes[i].access_flags & ACC_INTERFACE != 0
    }

    /// The superclass's interfaces, then each direct interface followed by
    /// its own superinterfaces, each once.
    fn all_interfaces(&mut self, i: usize) -> Vec<usize> {
        if let Some(list) = &self.interfaces[i] {
            return list.clone();
        }
        let mut list = match self.superclass(i) {
            Some(s) if !self.is_interface(i) => self.all_interfaces(s),
            _ => Vec::new(),
        };
        for name in self.classes[i].interfaces.clone() {
            let j = self.by_name[&*name];
            for k in std::iter::once(j).chain(self.all_interfaces(j)) {
                if !list.contains(&k) {
                    list.push(k);
                }
            }
        }
        self.interfaces[i] = Some(list.clone());
        list
    }
}

fn compute_layout(h: &Hierarchy, target: &Target, layouts: &mut Vec<Option<ClassLayout>>, i: usize) {
    if layouts[i].is_some() {
        return;
    }
    let parent = match h.superclass(i) {
        Some(s) if !h.is_interface(i) => {
            compute_layout(h, target, layouts, s);
            layouts[s].clone()
        }
        _ => None,
    };
    let class = &h.classes[i];
    let fields = FieldDecl::of_class(class);
    let layout = ClassLayout::compute(target, parent.as_ref(), &fields).expect(&class.name);
    check_layout(target, class, parent.as_ref(), &layout);
    layouts[i] = Some(layout);
}

fn check_layout(target: &Target, class: &Class, parent: Option<&ClassLayout>, layout: &ClassLayout) {
    let name = &class.name;
    let start = parent.map_or(target.header_size(), |p| p.fields_end);
    assert!(
        layout.instance_size.is_multiple_of(target.object_align) && layout.instance_size >= layout.fields_end
    );
    assert!(layout.static_size.is_multiple_of(target.object_align));
    let mut spans = Vec::new();
    for f in &layout.fields {
        assert_eq!(f.offset % field_align(target, f.kind), 0, "{name}.{}", f.name);
        assert!(f.offset >= start, "{name}.{}: not past the parent's fields", f.name);
        assert!(f.offset + f.size <= layout.fields_end, "{name}.{}", f.name);
        spans.push((f.offset, f.offset + f.size));
    }
    check_disjoint(name, &mut spans);
    let mut spans = Vec::new();
    for f in &layout.static_fields {
        assert_eq!(f.offset % field_align(target, f.kind), 0, "{name}.{}", f.name);
        assert!(f.offset + f.size <= layout.static_size, "{name}.{}", f.name);
        spans.push((f.offset, f.offset + f.size));
    }
    check_disjoint(name, &mut spans);
    // Prefix property: the parent's reference map is kept, and the new
    // references come after the parent's fields.
    let inherited = parent.map_or(&[][..], |p| &p.reference_offsets);
    let own: Vec<u32> = layout.fields.iter().filter(|f| f.kind == ElemKind::Ref).map(|f| f.offset).collect();
    let mut expected: Vec<u32> = inherited.iter().copied().chain(own.iter().copied()).collect();
    expected.sort_unstable();
    assert_eq!(layout.reference_offsets, expected, "{name}");
    assert!(own.iter().all(|&o| o >= start && o.is_multiple_of(target.pointer_size)), "{name}");
    if let Some(p) = parent {
        assert!(layout.fields_end >= p.fields_end && layout.instance_size >= p.instance_size, "{name}");
        assert!(layout.reference_offsets.starts_with(&p.reference_offsets), "{name}");
    }
}

fn check_disjoint(name: &str, spans: &mut [(u32, u32)]) {
    spans.sort_unstable();
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "{name}: fields overlap: {pair:?}");
    }
}

#[test]
fn java_base_layouts_and_dispatch_tables() {
    let bytes = java_base_image();
    let image = Image::open(&bytes).unwrap();
    let classes: Vec<Class> =
        (0..image.class_count()).map(|n| image.class(n).unwrap().metadata().unwrap().class).collect();
    assert!(classes.len() > 6000, "{} classes", classes.len());
    let by_name = classes.iter().enumerate().map(|(i, c)| (c.name.to_string(), i)).collect();
    let count = classes.len();
    let mut h = Hierarchy { classes, by_name, interfaces: vec![None; count] };

    // Layouts on two targets.
    for target in [Target::host(), Target::i686()] {
        let mut layouts = vec![None; count];
        for i in 0..count {
            compute_layout(&h, &target, &mut layouts, i);
        }
        let of = |name: &str| layouts[h.by_name[name]].as_ref().unwrap();
        let hs = target.header_size();
        assert_eq!(of("java/lang/Object").instance_size, hs);
        assert_eq!(of("java/lang/Integer").field("value", "I").unwrap().offset, hs);
        assert_eq!(
            of("java/lang/Long").field("value", "J").unwrap().offset,
            hs.next_multiple_of(target.i64_align)
        );
        let string = of("java/lang/String");
        assert_eq!(string.reference_offsets, vec![string.field("value", "[B").unwrap().offset]);
        // Thread has many reference fields, all in its map.
        let thread = of("java/lang/Thread");
        let refs = thread.fields.iter().filter(|f| f.kind == ElemKind::Ref).count();
        assert_eq!(thread.reference_offsets.len(), refs);
    }

    // Vtables (interfaces take Object's) and interface tables.
    let object = h.by_name["java/lang/Object"];
    let mut vtables: Vec<Option<Vtable>> = vec![None; count];
    let mut order = Vec::new();
    let mut stack: Vec<usize> = (0..count).rev().collect();
    let mut seen = vec![false; count];
    while let Some(i) = stack.pop() {
        if seen[i] {
            continue;
        }
        match h.superclass(i).filter(|_| !h.is_interface(i)) {
            Some(s) if !seen[s] => {
                stack.push(i);
                stack.push(s);
            }
            _ => {
                seen[i] = true;
                order.push(i);
            }
        }
    }
    let all_interfaces: Vec<Vec<usize>> = (0..count).map(|i| h.all_interfaces(i)).collect();
    let method_decls: Vec<Vec<MethodDecl>> = h.classes.iter().map(MethodDecl::of_class).collect();
    let supers_ids: Vec<Vec<ClassId>> =
        all_interfaces.iter().map(|list| list.iter().map(|&j| ClassId(j as u32)).collect()).collect();
    let (mut conflicts, mut interface_calls, mut stubs) = (0, 0, 0);
    for &i in &order {
        let class = &h.classes[i];
        if h.is_interface(i) {
            continue;
        }
        let parent = h.superclass(i).map(|s| vtables[s].as_ref().unwrap());
        let interfaces: Vec<InterfaceDecl> = all_interfaces[i]
            .iter()
            .map(|&j| InterfaceDecl {
                id: ClassId(j as u32),
                name: &h.classes[j].name,
                methods: &method_decls[j],
                superinterfaces: &supers_ids[j],
            })
            .collect();
        let decl = ClassDecl { id: ClassId(i as u32), name: &class.name, methods: &method_decls[i] };
        let vtable = Vtable::compute(&decl, parent, &interfaces);
        if let Some(p) = parent {
            assert!(vtable.entries.len() >= p.entries.len());
            for (mine, theirs) in vtable.entries.iter().zip(&p.entries) {
                assert_eq!(
                    (&mine.name, &mine.descriptor),
                    (&theirs.name, &theirs.descriptor),
                    "{}",
                    class.name
                );
            }
        }
        let concrete = class.access_flags & ACC_ABSTRACT == 0;
        for e in &vtable.entries {
            match e.target {
                SlotTarget::DefaultConflict => conflicts += 1,
                SlotTarget::AbstractError if concrete => {
                    panic!("{}: abstract {}{} in a concrete class", class.name, e.name, e.descriptor)
                }
                _ => {}
            }
            if let (SlotOrigin::Class { method, .. }, SlotTarget::Method(target)) = (&e.origin, e.target) {
                assert_eq!(*method, target);
            }
        }
        let itable = vtable.itable();
        stubs += itable.conflicts();
        for &(method, slot) in &vtable.interface_methods {
            interface_calls += 1;
            assert_eq!(itable_lookup(&itable, method), Some(slot));
            let declared = &h.classes[method.interface.0 as usize].methods[method.method as usize];
            let entry = &vtable.entries[slot as usize];
            assert_eq!((&*entry.name, &*entry.descriptor), (&*declared.name, &*declared.descriptor));
        }
        vtables[i] = Some(vtable);
    }
    assert_eq!(conflicts, 0, "java.base has no conflicting defaults");
    assert!(interface_calls > 10_000, "{interface_calls}");
    let built = vtables.iter().flatten().count();
    eprintln!("{built} vtables, {interface_calls} interface methods, {stubs} conflict stubs");
    let object_vtable = vtables[object].as_ref().unwrap();
    let hash_map = vtables[h.by_name["java/util/HashMap"]].as_ref().unwrap();
    assert!(hash_map.entries.len() > object_vtable.entries.len());
    let slot = object_vtable.slots("hashCode", "()I").next().unwrap();
    assert_eq!(hash_map.slots("hashCode", "()I").collect::<Vec<_>>(), [slot]);
}
