//! `jdk.internal.reflect.ConstantPool`: a class's class-file constant pool,
//! which java.base's annotation parser reads (annotations are kept raw in
//! images, and refer to constant-pool indexes).
//!
//! The constant pool is not in the image: it is read from the class's
//! original class file, kept when a class loader defined it, or read from
//! the JDK's `lib/modules` for a boot class. (Carrying the constants that
//! annotations use in the image itself would remove this dependency.)

use std::collections::HashMap;
use std::rc::Rc;

use keel_classfile::constant_pool::Constant;
use keel_classfile::container::{JImage, OpenOptions};
use keel_classfile::ClassFile;

use super::super::{JResult, Throw, Vm};
use super::lang::mirror_arg;
use super::Natives;
use crate::layout::ClassId;

const POOL: &str = "jdk/internal/reflect/ConstantPool";

/// Class-file bytes by class, and the JDK image to read boot classes from.
#[derive(Default)]
pub(crate) struct ClassFiles {
    bytes: HashMap<u32, Rc<Vec<u8>>>,
    jdk_image: Option<JImage>,
}

/// Registers `Class.getConstantPool` and the `ConstantPool` natives.
pub fn register(n: &mut Natives) {
    n.register("java/lang/Class", "getConstantPool", "()Ljdk/internal/reflect/ConstantPool;", |vm, a| {
        mirror_arg(vm, a[0])?;
        let class = vm.load_class(POOL)?;
        vm.initialize(class)?;
        let pool = vm.alloc_object(class)?;
        vm.set_field(pool, "constantPoolOop", a[0]);
        Ok(Some(pool.to_slot()))
    });
    n.register(POOL, "getSize0", "(Ljava/lang/Object;)I", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        let class = parse(vm, &bytes)?;
        Ok(Some(class.constant_pool.len() as u64))
    });
    n.register(POOL, "getUTF8At0", "(Ljava/lang/Object;I)Ljava/lang/String;", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        let utf16 = match constant(vm, &bytes, a[2])? {
            Constant::Utf8(text) => text.to_utf16(),
            _ => return Err(wrong_tag(vm)),
        };
        Ok(Some(vm.string_from_utf16(&utf16)?.to_slot()))
    });
    n.register(POOL, "getStringAt0", "(Ljava/lang/Object;I)Ljava/lang/String;", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        let class = parse(vm, &bytes)?;
        let text = class.constant_pool.string(a[2] as u16).map_err(|_| wrong_tag(vm))?;
        Ok(Some(vm.intern(&text.to_utf16())?.to_slot()))
    });
    n.register(POOL, "getIntAt0", "(Ljava/lang/Object;I)I", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        match constant(vm, &bytes, a[2])? {
            Constant::Integer(v) => Ok(Some(v as u32 as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getLongAt0", "(Ljava/lang/Object;I)J", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        match constant(vm, &bytes, a[2])? {
            Constant::Long(v) => Ok(Some(v as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getFloatAt0", "(Ljava/lang/Object;I)F", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        match constant(vm, &bytes, a[2])? {
            Constant::Float(v) => Ok(Some(v.to_bits() as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getDoubleAt0", "(Ljava/lang/Object;I)D", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        match constant(vm, &bytes, a[2])? {
            Constant::Double(v) => Ok(Some(v.to_bits())),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getClassAt0", "(Ljava/lang/Object;I)Ljava/lang/Class;", |vm, a| {
        let owner = mirror_arg(vm, a[1])?;
        let bytes = class_file(vm, a[1])?;
        let class = parse(vm, &bytes)?;
        let name = class.constant_pool.class_name(a[2] as u16).map_err(|_| wrong_tag(vm))?.into_owned();
        let found = vm.load_class_for(&name, owner)?;
        Ok(Some(vm.mirror(found)?.to_slot()))
    });
    n.register(POOL, "getTagAt0", "(Ljava/lang/Object;I)B", |vm, a| {
        let bytes = class_file(vm, a[1])?;
        let tag: u8 = match constant(vm, &bytes, a[2])? {
            Constant::Utf8(_) => 1,
            Constant::Integer(_) => 3,
            Constant::Float(_) => 4,
            Constant::Long(_) => 5,
            Constant::Double(_) => 6,
            Constant::Class { .. } => 7,
            Constant::String { .. } => 8,
            Constant::Fieldref { .. } => 9,
            Constant::Methodref { .. } => 10,
            Constant::InterfaceMethodref { .. } => 11,
            Constant::NameAndType { .. } => 12,
            Constant::MethodHandle { .. } => 15,
            Constant::MethodType { .. } => 16,
            Constant::Dynamic { .. } => 17,
            Constant::InvokeDynamic { .. } => 18,
            Constant::Module { .. } => 19,
            Constant::Package { .. } => 20,
            Constant::Unusable => 0,
        };
        Ok(Some(tag as u64))
    });
}

fn wrong_tag(vm: &mut Vm) -> Throw {
    vm.error("java/lang/IllegalArgumentException", "Wrong type at constant pool index")
}

fn parse<'a>(vm: &mut Vm, bytes: &'a [u8]) -> JResult<ClassFile<'a>> {
    ClassFile::parse(bytes).map_err(|e| vm.error("java/lang/ClassFormatError", &e.message))
}

/// Constant `index` (a slot holding an `int`) of a class file.
fn constant<'a>(vm: &mut Vm, bytes: &'a [u8], index: u64) -> JResult<Constant<'a>> {
    let class = parse(vm, bytes)?;
    let index = index as u32 as i32;
    match u16::try_from(index).ok().and_then(|i| class.constant_pool.get(i).ok().copied()) {
        Some(c) => Ok(c),
        None => Err(vm.error("java/lang/IllegalArgumentException", "Constant pool index out of bounds")),
    }
}

/// The class file of the class whose mirror is `mirror_slot`.
fn class_file(vm: &mut Vm, mirror_slot: u64) -> JResult<Rc<Vec<u8>>> {
    let class = mirror_arg(vm, mirror_slot)?;
    if let Some(bytes) = vm.native_state::<ClassFiles>().bytes.get(&class.0) {
        return Ok(bytes.clone());
    }
    let bytes = read_boot_class_file(vm, class)?;
    let bytes = Rc::new(bytes);
    vm.native_state::<ClassFiles>().bytes.insert(class.0, bytes.clone());
    Ok(bytes)
}

fn read_boot_class_file(vm: &mut Vm, class: ClassId) -> JResult<Vec<u8>> {
    let name = vm.class(class).name.clone();
    if !vm.class(class).loader.is_null() {
        return Err(Throw::Fatal(format!("{name}: its class file was not kept")));
    }
    let home = vm.java_home();
    let state = vm.native_state::<ClassFiles>();
    if state.jdk_image.is_none() {
        let path = std::path::Path::new(&home).join("lib/modules");
        let image = JImage::open(&path, &OpenOptions::default())
            .map_err(|e| Throw::Fatal(format!("{}: {e}", path.display())))?;
        state.jdk_image = Some(image);
    }
    let image = state.jdk_image.as_ref().expect("just opened");
    match image.read_class_in("java.base", &name) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(Throw::Fatal(format!("{name}: not in the JDK's java.base"))),
        Err(e) => Err(Throw::Fatal(format!("{name}: {e}"))),
    }
}

impl Vm {
    /// The class file `class` was defined from (kept, or read from the
    /// JDK's image for a boot class).
    pub(crate) fn class_file_bytes(&mut self, class: ClassId) -> JResult<Rc<Vec<u8>>> {
        if let Some(bytes) = self.native_state::<ClassFiles>().bytes.get(&class.0) {
            return Ok(bytes.clone());
        }
        let bytes = Rc::new(read_boot_class_file(self, class)?);
        self.native_state::<ClassFiles>().bytes.insert(class.0, bytes.clone());
        Ok(bytes)
    }

    /// Keeps the class file a class loader defined `class` from (for its
    /// constant pool).
    pub(crate) fn keep_class_file(&mut self, class: ClassId, bytes: Vec<u8>) {
        self.native_state::<ClassFiles>().bytes.insert(class.0, Rc::new(bytes));
    }

    /// `java.home`.
    pub(crate) fn java_home(&self) -> String {
        self.vm_properties.iter().find(|(k, _)| k == "java.home").map(|(_, v)| v.clone()).unwrap_or_default()
    }
}
