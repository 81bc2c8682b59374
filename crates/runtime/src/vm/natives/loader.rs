//! Class loading and modules: `ClassLoader`, `BootLoader`, `Module`.
//!
//! Modules are Java objects only: the VM remembers java.base's `Module`
//! (boot classes' mirrors point at it) and otherwise lets every module
//! read and export everything; access checks between modules are not
//! enforced.

use super::super::{ObjRef, Vm};
use super::Natives;

const CLASS_LOADER: &str = "java/lang/ClassLoader";

/// Registers the class-loading and module natives.
pub fn register(n: &mut Natives) {
    n.register(CLASS_LOADER, "registerNatives", "()V", |_, _| Ok(None));
    n.register(CLASS_LOADER, "findBootstrapClass", "(Ljava/lang/String;)Ljava/lang/Class;", |vm, a| {
        let name = vm.rust_string(ObjRef::from_slot(a[0])).unwrap_or_default();
        if name.contains('/') || name.starts_with('[') {
            return Ok(Some(0));
        }
        match vm.find_boot_class(&name.replace('.', "/"))? {
            Some(c) => Ok(Some(vm.mirror(c)?.to_slot())),
            None => Ok(Some(0)),
        }
    });
    n.register(CLASS_LOADER, "findLoadedClass0", "(Ljava/lang/String;)Ljava/lang/Class;", |vm, a| {
        let loader = ObjRef::from_slot(a[0]);
        let name = vm.rust_string(ObjRef::from_slot(a[1])).unwrap_or_default().replace('.', "/");
        match vm.loaded_class(&name) {
            Some(c) if vm.class(c).loader == loader => Ok(Some(vm.mirror(c)?.to_slot())),
            _ => Ok(Some(0)),
        }
    });
    n.register(
        CLASS_LOADER,
        "defineClass1",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;",
        |vm, a| {
            let loader = ObjRef::from_slot(a[0]);
            let name = vm.rust_string(ObjRef::from_slot(a[1])).map(|n| n.replace('.', "/"));
            let bytes = ObjRef::from_slot(a[2]);
            if bytes.is_null() {
                return Err(vm.bare_error("java/lang/NullPointerException"));
            }
            let bytes = vm.read_array_region(bytes, a[3] as i32, a[4] as i32)?;
            let class = vm.define_class(loader, name.as_deref(), &bytes)?;
            vm.keep_class_file(class, bytes);
            let mirror = vm.mirror(class)?;
            let domain = ObjRef::from_slot(a[5]);
            if !domain.is_null() {
                vm.set_protection_domain(class, domain);
            }
            Ok(Some(mirror.to_slot()))
        },
    );
    n.register(
        CLASS_LOADER,
        "defineClass2",
        "(Ljava/lang/ClassLoader;Ljava/lang/String;Ljava/nio/ByteBuffer;IILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;",
        |vm, _| Err(vm.error("java/lang/UnsupportedOperationException", "keel: defineClass from a ByteBuffer")),
    );
    n.register(CLASS_LOADER, "retrieveDirectives", "()Ljava/lang/AssertionStatusDirectives;", |vm, _| {
        let class = vm.load_class("java/lang/AssertionStatusDirectives")?;
        let directives = vm.alloc_object(class)?;
        let assertions = vm.assertions.clone();
        for (field, flags, packages) in
            [("classes", "classEnabled", false), ("packages", "packageEnabled", true)]
        {
            let chosen: Vec<&(String, bool, bool)> =
                assertions.directives.iter().filter(|d| d.1 == packages).collect();
            let names: Vec<String> = chosen.iter().map(|d| d.0.clone()).collect();
            let array = vm.string_array(&names)?;
            vm.set_field(directives, field, array.to_slot());
            let enabled = vm.new_array("[Z", chosen.len() as i32)?;
            let bytes: Vec<u8> = chosen.iter().map(|d| d.2 as u8).collect();
            vm.write_array_region(enabled, 0, &bytes)?;
            vm.set_field(directives, flags, enabled.to_slot());
        }
        vm.set_field(directives, "deflt", assertions.enabled as u64);
        Ok(Some(directives.to_slot()))
    });
    const BOOT_LOADER: &str = "jdk/internal/loader/BootLoader";
    n.register(BOOT_LOADER, "setBootLoaderUnnamedModule0", "(Ljava/lang/Module;)V", |_, _| Ok(None));
    // The boot loader's packages are those of the classes it has loaded
    // (as HotSpot's package table); all come from java.base's image.
    n.register(BOOT_LOADER, "getSystemPackageLocation", "(Ljava/lang/String;)Ljava/lang/String;", |vm, a| {
        let name = vm.rust_string(ObjRef::from_slot(a[0])).unwrap_or_default();
        if !vm.boot_packages().contains(&name) {
            return Ok(Some(0));
        }
        Ok(Some(vm.java_string("jrt:/java.base")?.to_slot()))
    });
    n.register(BOOT_LOADER, "getSystemPackageNames", "()[Ljava/lang/String;", |vm, _| {
        let names: Vec<String> = vm.boot_packages().into_iter().collect();
        Ok(Some(vm.string_array(&names)?.to_slot()))
    });
    register_modules(n);
}

fn register_modules(n: &mut Natives) {
    const MODULE: &str = "java/lang/Module";
    n.register(
        MODULE,
        "defineModule0",
        "(Ljava/lang/Module;ZLjava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V",
        |vm, a| {
            let module = ObjRef::from_slot(a[0]);
            if module.is_null() {
                return Err(vm.error("java/lang/NullPointerException", "Null module object"));
            }
            let name = vm.get_field(module, "name").map(ObjRef::from_slot).and_then(|n| vm.rust_string(n));
            if name.as_deref() == Some("java.base") {
                vm.set_java_base_module(module);
            }
            Ok(None)
        },
    );
    n.register(MODULE, "addReads0", "(Ljava/lang/Module;Ljava/lang/Module;)V", |_, _| Ok(None));
    n.register(MODULE, "addExports0", "(Ljava/lang/Module;Ljava/lang/String;Ljava/lang/Module;)V", |_, _| {
        Ok(None)
    });
    n.register(MODULE, "addExportsToAll0", "(Ljava/lang/Module;Ljava/lang/String;)V", |_, _| Ok(None));
    n.register(MODULE, "addExportsToAllUnnamed0", "(Ljava/lang/Module;Ljava/lang/String;)V", |_, _| Ok(None));
}

impl Vm {
    /// The packages (internal names, `java/lang`) of the classes the boot
    /// loader has loaded.
    fn boot_packages(&self) -> std::collections::BTreeSet<String> {
        (0..self.loaded_classes())
            .map(|i| self.class(crate::layout::ClassId(i as u32)))
            .filter(|c| c.loader.is_null() && c.array.is_none() && c.primitive.is_none())
            .filter_map(|c| c.name.rsplit_once('/').map(|(package, _)| package.to_string()))
            .collect()
    }

    /// The class registered under `name`, if loaded.
    pub(crate) fn loaded_class(&self, name: &str) -> Option<crate::layout::ClassId> {
        self.by_name.get(name).copied()
    }

    /// The protection domain `defineClass` gave `class` (null for a boot
    /// class).
    pub(crate) fn protection_domain(&mut self, class: crate::layout::ClassId) -> ObjRef {
        self.native_state::<ProtectionDomains>().0.get(&class.0).copied().unwrap_or(ObjRef::NULL)
    }

    /// Remembers a class's protection domain (`Class.getProtectionDomain`).
    fn set_protection_domain(&mut self, class: crate::layout::ClassId, domain: ObjRef) {
        self.native_state::<ProtectionDomains>().0.insert(class.0, domain);
    }
}

/// Protection domains given at `defineClass`, by class.
#[derive(Default)]
pub(crate) struct ProtectionDomains(std::collections::HashMap<u32, ObjRef>);

impl ProtectionDomains {
    /// The domains, for the root set.
    pub(crate) fn references(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.0.values().copied()
    }
}
