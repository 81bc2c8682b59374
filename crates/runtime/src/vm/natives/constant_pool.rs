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
    pools: HashMap<u32, Rc<Pool>>,
    jdk_image: Option<JImage>,
}

/// One constant of a pool, as the natives hand it out (decoded once per
/// class, when the annotation parser first asks).
enum Entry {
    Utf8(Vec<u16>),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    /// A class's internal name.
    Class(String),
    /// A string constant's text.
    String(Vec<u16>),
    /// Any other constant: its tag (0 for an unusable slot).
    Other(u8),
}

/// A class file's constant pool, decoded.
struct Pool(Vec<Entry>);

impl Pool {
    fn decode(class: &ClassFile) -> Pool {
        let pool = &class.constant_pool;
        let entries = pool
            .entries()
            .iter()
            .map(|c| match *c {
                Constant::Utf8(text) => Entry::Utf8(text.to_utf16()),
                Constant::Integer(v) => Entry::Int(v),
                Constant::Long(v) => Entry::Long(v),
                Constant::Float(v) => Entry::Float(v),
                Constant::Double(v) => Entry::Double(v),
                Constant::Class { name } => {
                    pool.text(name).map_or(Entry::Other(7), |n| Entry::Class(n.into_owned()))
                }
                Constant::String { utf8 } => {
                    pool.utf8(utf8).map_or(Entry::Other(8), |t| Entry::String(t.to_utf16()))
                }
                Constant::Fieldref { .. } => Entry::Other(9),
                Constant::Methodref { .. } => Entry::Other(10),
                Constant::InterfaceMethodref { .. } => Entry::Other(11),
                Constant::NameAndType { .. } => Entry::Other(12),
                Constant::MethodHandle { .. } => Entry::Other(15),
                Constant::MethodType { .. } => Entry::Other(16),
                Constant::Dynamic { .. } => Entry::Other(17),
                Constant::InvokeDynamic { .. } => Entry::Other(18),
                Constant::Module { .. } => Entry::Other(19),
                Constant::Package { .. } => Entry::Other(20),
                Constant::Unusable => Entry::Other(0),
            })
            .collect();
        Pool(entries)
    }

    fn tag(entry: &Entry) -> u8 {
        match entry {
            Entry::Utf8(_) => 1,
            Entry::Int(_) => 3,
            Entry::Float(_) => 4,
            Entry::Long(_) => 5,
            Entry::Double(_) => 6,
            Entry::Class(_) => 7,
            Entry::String(_) => 8,
            Entry::Other(tag) => *tag,
        }
    }
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
    n.register(POOL, "getSize0", "(Ljava/lang/Object;)I", |vm, a| Ok(Some(pool(vm, a[1])?.0.len() as u64)));
    n.register(POOL, "getUTF8At0", "(Ljava/lang/Object;I)Ljava/lang/String;", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::Utf8(text) => Ok(Some(vm.string_from_utf16(text)?.to_slot())),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getStringAt0", "(Ljava/lang/Object;I)Ljava/lang/String;", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::String(text) => Ok(Some(vm.intern(text)?.to_slot())),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getIntAt0", "(Ljava/lang/Object;I)I", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::Int(v) => Ok(Some(*v as u32 as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getLongAt0", "(Ljava/lang/Object;I)J", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::Long(v) => Ok(Some(*v as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getFloatAt0", "(Ljava/lang/Object;I)F", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::Float(v) => Ok(Some(v.to_bits() as u64)),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getDoubleAt0", "(Ljava/lang/Object;I)D", |vm, a| {
        let pool = pool(vm, a[1])?;
        match entry(vm, &pool, a[2])? {
            Entry::Double(v) => Ok(Some(v.to_bits())),
            _ => Err(wrong_tag(vm)),
        }
    });
    n.register(POOL, "getClassAt0", "(Ljava/lang/Object;I)Ljava/lang/Class;", |vm, a| {
        let owner = mirror_arg(vm, a[1])?;
        let pool = pool(vm, a[1])?;
        let Entry::Class(name) = entry(vm, &pool, a[2])? else { return Err(wrong_tag(vm)) };
        let found = vm.load_class_for(name, owner)?;
        Ok(Some(vm.mirror(found)?.to_slot()))
    });
    n.register(POOL, "getTagAt0", "(Ljava/lang/Object;I)B", |vm, a| {
        let pool = pool(vm, a[1])?;
        Ok(Some(Pool::tag(entry(vm, &pool, a[2])?) as u64))
    });
}

fn wrong_tag(vm: &mut Vm) -> Throw {
    vm.error("java/lang/IllegalArgumentException", "Wrong type at constant pool index")
}

/// Constant `index` (a slot holding an `int`) of a pool.
fn entry<'p>(vm: &mut Vm, pool: &'p Pool, index: u64) -> JResult<&'p Entry> {
    let index = index as u32 as i32;
    match usize::try_from(index).ok().and_then(|i| pool.0.get(i)) {
        Some(e) => Ok(e),
        None => Err(vm.error("java/lang/IllegalArgumentException", "Constant pool index out of bounds")),
    }
}

/// The decoded constant pool of the class whose mirror is `mirror_slot`.
fn pool(vm: &mut Vm, mirror_slot: u64) -> JResult<Rc<Pool>> {
    let class = mirror_arg(vm, mirror_slot)?;
    if let Some(pool) = vm.native_state::<ClassFiles>().pools.get(&class.0) {
        return Ok(pool.clone());
    }
    let bytes = vm.class_file_bytes(class)?;
    let file = ClassFile::parse(&bytes).map_err(|e| vm.error("java/lang/ClassFormatError", &e.message))?;
    let pool = Rc::new(Pool::decode(&file));
    vm.native_state::<ClassFiles>().pools.insert(class.0, pool.clone());
    Ok(pool)
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
