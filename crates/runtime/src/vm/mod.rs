//! The virtual machine: classes loaded from mapped images, linked lazily,
//! objects on the heap, and the tier-0 interpreter.
//!
//! - this module: [`Vm`], the class registry ([`RtClass`] per loaded class),
//!   allocation, errors as Java exceptions, class initialization (JLS 12.4).
//! - [`link`]: per-class linkage slots resolved lazily from import tables.
//! - [`boot`]: booting java.base and launching a program, as `java` does.
//! - [`loader`]: class loaders and classes defined from bytes.
//! - [`interp`]: the interpreter, running KIR in place from the image.
//! - [`natives`]: the native method registry, one file per area.
//! - [`polymorphic`]: signature-polymorphic calls (`MethodHandle`, `VarHandle`).
//! - [`npe`]: helpful `NullPointerException` messages.
//! - [`text`]: Java strings (JDK 17 layout) and `String.valueOf` formatting.
//! - [`value`]: references, register slots, raw memory access.
//!
//! Single-threaded for now: the VM is one thread (monitors count entries,
//! with no contention), and "being initialized by thread T" is always this
//! thread.

pub mod boot;
pub mod gc;
pub mod interp;
pub mod link;
pub mod loader;
mod method_constants;
pub mod natives;
pub mod npe;
pub mod polymorphic;
pub mod text;
pub mod value;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use keel_kbf::{FunctionRef, Image, ImportsView};
use keel_kir::{ElemKind, FieldConstant, Import};

use crate::heap::Heap;
use crate::image::MappedImage;
use crate::layout::object::field_kind;
use crate::layout::{
    ArrayLayout, ClassDecl, ClassId, ClassLayout, FieldDecl, InterfaceDecl, Itable, MethodDecl, Target,
    Vtable,
};
use keel_runtime_heap::object::{ObjectShape, ReferenceKind};
pub use link::Link;
pub use value::{ObjRef, Value};

pub use keel_classfile::access::{
    ABSTRACT as ACC_ABSTRACT, INTERFACE as ACC_INTERFACE, NATIVE as ACC_NATIVE, PRIVATE as ACC_PRIVATE,
    STATIC as ACC_STATIC,
};

/// The longest array HotSpot makes on a 64-bit machine (`Integer.MAX_VALUE`
/// less the header's two words); longer ones are an `OutOfMemoryError`
/// whatever the heap's size.
pub const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Java frames one thread may hold before `StackOverflowError`.
pub const MAX_FRAMES: usize = 6000;
/// Nested interpreter entries (class initializers, `toString` in string
/// concatenation, natives calling back) before `StackOverflowError`: each
/// costs some native stack.
pub const MAX_NESTING: usize = 200;

/// Something thrown: a Java exception object, or a failure of the VM
/// itself that Java code cannot catch (a missing boot class needed to
/// report an error, a damaged image).
#[derive(Debug, Clone, PartialEq)]
pub enum Throw {
    Java(ObjRef),
    Fatal(String),
    /// `Runtime.halt` (so `System.exit` too): the process ends with this
    /// status; no Java code runs on the way out.
    Exit(i32),
}

pub type JResult<T> = Result<T, Throw>;

/// A class as read from its image, before it is linked.
pub(crate) struct ReadClass {
    decl: keel_kir::Class,
    method_code: Vec<Option<FunctionRef>>,
    imports: ImportsView<'static>,
}

/// Where an image's bytes live.
pub enum ImageSource {
    Mapped(MappedImage),
    Bytes(Vec<u8>),
}

impl ImageSource {
    /// The image's bytes for the rest of the process. Classes are never
    /// unloaded, so an image stays in use as long as its VM; keeping it to
    /// the end lets the names and descriptors read from it borrow its bytes
    /// (`Text::Borrowed`) instead of each being copied into an allocation.
    fn into_lasting(self) -> LastingImage {
        let bytes: &'static [u8] = match self {
            ImageSource::Mapped(mapped) => Box::leak(Box::new(mapped)).bytes(),
            ImageSource::Bytes(bytes) => Box::leak(bytes.into_boxed_slice()),
        };
        LastingImage(Image::open_lasting(bytes))
    }
}

/// An image kept until the process ends ([`ImageSource::into_lasting`]),
/// opened once (or why it could not be, said on each use).
struct LastingImage(Result<Image<'static>, keel_kbf::KbfError>);

impl LastingImage {
    fn image(&self) -> Result<Image<'static>, Throw> {
        self.0.as_ref().copied().map_err(|e| Throw::Fatal(e.to_string()))
    }
}

/// JLS 12.4.2's states of a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitState {
    Uninitialized,
    /// Being initialized by the (one) thread.
    BeingInitialized,
    Initialized,
    Erroneous,
}

/// What an array class knows about its elements.
#[derive(Debug, Clone, Copy)]
pub struct ArrayInfo {
    pub kind: ElemKind,
    /// The component class, for arrays of references.
    pub component: Option<ClassId>,
    pub layout: ArrayLayout,
}

/// A loaded class: what was read from its image, and this process's
/// runtime data for it. An object's class word points here: the collector
/// reads the [`ObjectShape`] it begins with (`#[repr(C)]` keeps it first).
#[repr(C)]
pub struct RtClass {
    /// What the collector reads: instance size and where references are.
    pub(crate) shape: ObjectShape,
    /// The first [`DISPLAY_DEPTH`] entries of `supers`, inline so that a
    /// subclass test reads the class's first cache lines only (unused
    /// entries are `ClassId(u32::MAX)`).
    pub(crate) display: [ClassId; DISPLAY_DEPTH],
    pub id: ClassId,
    pub name: String,
    pub access_flags: u16,
    pub super_class: Option<ClassId>,
    /// Direct superinterfaces.
    pub interfaces: Vec<ClassId>,
    /// Every superinterface, transitively (superclasses' included).
    pub all_interfaces: Vec<ClassId>,
    /// The class as read from its image (metadata; method bodies are
    /// decoded on first call into `code`, imports when used). `None` for
    /// arrays.
    /// What only reflection reads (annotations, signatures, inner classes,
    /// record components, source file, …) is left out: see
    /// [`Vm::reflection_decl`].
    pub decl: Option<keel_kir::Class>,
    /// The whole metadata, read from the image when reflection first asks.
    reflection: std::cell::OnceCell<Rc<keel_kir::Class>>,
    method_code: Vec<Option<FunctionRef>>,
    image: usize,
    /// The import table, read in place from the image entry by entry (it
    /// was checked when the class was read). `None` for arrays and
    /// primitive classes, which have none.
    imports: Option<ImportsView<'static>>,
    pub layout: ClassLayout,
    pub vtable: Vtable,
    pub itable: Itable,
    pub array: Option<ArrayInfo>,
    /// The statics block (`layout.static_size` bytes), zeroed then given
    /// the `ConstantValue`s. Outside the heap, for the life of the process
    /// (a class is never unloaded); its references are roots.
    statics: *mut u8,
    pub init: Cell<InitState>,
    /// Linkage slots, one per import, resolved on first use.
    pub(crate) links: Box<[Cell<Option<Link>>]>,
    /// Each native method's Rust function, bound on its first call.
    pub(crate) native_fns: Box<[Cell<Option<natives::NativeFn>>]>,
    /// Resolved method imports (`Link::Method` indexes this).
    pub(crate) method_links: RefCell<Vec<link::MethodLink>>,
    /// The superclass chain from `java.lang.Object` down to this class
    /// (itself last): a subclass test is one comparison (Cohen's display).
    pub(crate) supers: Vec<ClassId>,
    /// Checked method bodies, by method index.
    code: RefCell<Vec<Option<Rc<interp::Body>>>>,
    pub(crate) mirror: Cell<ObjRef>,
    /// The defining class loader (null: the boot loader).
    pub loader: ObjRef,
    /// For the nine primitive pseudo-classes (`int`, …, `void`): their
    /// descriptor letter. They have mirrors and nothing else.
    pub primitive: Option<u8>,
}

/// Which classes run their `assert` statements, as `java`'s `-ea`/`-da`
/// options say (JLS 14.10): per class, per package and its subpackages,
/// else the default for classes of class loaders (`-ea`) and for system
/// classes (`-esa`). A later option overrides an earlier one.
#[derive(Debug, Clone, Default)]
pub struct Assertions {
    /// Non-system classes with no more specific directive.
    pub enabled: bool,
    /// Boot (system) classes with no more specific directive.
    pub system_enabled: bool,
    /// (name, is a package, enabled), in command-line order. A package
    /// `""` is the unnamed package (`-ea:...`).
    pub directives: Vec<(String, bool, bool)>,
}

impl Assertions {
    /// Whether class `name` (binary name, `a.b.C`) has assertions enabled.
    pub fn enabled_for(&self, name: &str, system: bool) -> bool {
        let latest = |package: bool, wanted: &str| {
            self.directives.iter().rev().find(|(n, p, _)| *p == package && n == wanted).map(|d| d.2)
        };
        if let Some(enabled) = latest(false, name) {
            return enabled;
        }
        let mut package = name.rsplit_once('.').map_or("", |(p, _)| p);
        loop {
            if let Some(enabled) = latest(true, package) {
                return enabled;
            }
            match package.rsplit_once('.') {
                Some((parent, _)) => package = parent,
                None if package.is_empty() => break,
                // A named package's ancestors stop short of the unnamed one.
                None => break,
            }
        }
        if system {
            self.system_enabled
        } else {
            self.enabled
        }
    }
}

/// How many superclasses a class keeps inline (HotSpot keeps eight
/// "primary supers" too): deeper ones are read from `supers`.
pub(crate) const DISPLAY_DEPTH: usize = 8;

/// The inline part of a superclass display.
fn inline_display(supers: &[ClassId]) -> [ClassId; DISPLAY_DEPTH] {
    let mut display = [ClassId(u32::MAX); DISPLAY_DEPTH];
    for (d, s) in display.iter_mut().zip(supers) {
        *d = *s;
    }
    display
}

/// A zeroed statics block of `size` bytes (at least one word), 8-aligned.
/// Classes are never unloaded, so the block is never freed.
fn statics_block(size: usize) -> *mut u8 {
    let words = size.div_ceil(8).max(1);
    Box::leak(vec![0u64; words].into_boxed_slice()).as_mut_ptr().cast()
}

/// The field injected into `java.lang.Class` (as HotSpot injects `klass`):
/// the `ClassId` a mirror stands for, plus one (0: not yet set).
pub const MIRROR_CLASS_FIELD: &str = "keel$class";

impl RtClass {
    /// Whether `class`, whose display has `depth` entries, is this class or
    /// one of its superclasses.
    #[inline(always)]
    pub(crate) fn has_super_at(&self, class: ClassId, depth: usize) -> bool {
        let i = depth.wrapping_sub(1);
        match self.display.get(i) {
            Some(&c) => c == class,
            None => self.supers.get(i) == Some(&class),
        }
    }

    pub fn is_interface(&self) -> bool {
        self.access_flags & ACC_INTERFACE != 0
    }

    pub fn methods(&self) -> &[keel_kir::Method] {
        self.decl.as_ref().map_or(&[], |d| &d.methods)
    }

    /// Import `index` of the class, decoded from its image.
    pub fn import(&self, index: keel_kir::ImportIndex) -> JResult<Import> {
        let Some(imports) = self.imports.filter(|table| (index as usize) < table.len()) else {
            return Err(Throw::Fatal(format!("{}: import {index} out of range", self.name)));
        };
        imports.get(index).map_err(|e| Throw::Fatal(format!("class {}: {e}", self.name)))
    }

    /// The index of the declared method `name` + `descriptor`.
    pub fn find_method(&self, name: &str, descriptor: &str) -> Option<u32> {
        self.methods().iter().position(|m| m.name == name && m.descriptor == descriptor).map(|i| i as u32)
    }
}

/// A class registry, a heap and an interpreter: one Java process (one
/// thread, for now).
pub struct Vm {
    images: Vec<LastingImage>,
    classes: Vec<Rc<RtClass>>,
    by_name: HashMap<String, ClassId>,
    /// Classes whose loading is under way (for `ClassCircularityError`).
    loading: Vec<String>,
    pub target: Target,
    pub heap: Heap,
    interned: HashMap<Vec<u16>, ObjRef>,
    pub(crate) natives: natives::Natives,
    pub(crate) interp: interp::Interp,
    next_hash: u32,
    /// State that natives keep between calls (open inflaters, …), one
    /// value per Rust type: see [`Vm::native_state`].
    native_state: HashMap<std::any::TypeId, Box<dyn std::any::Any>>,
    /// `java.base`'s `Module`, once `Module.defineModule0` has defined it:
    /// every boot class's mirror then points at it.
    pub(crate) java_base_module: ObjRef,
    /// The images searched by name (those given to [`Vm::new`]); images
    /// after them hold classes defined by class loaders.
    searchable_images: usize,
    /// The running thread's `java.lang.Thread`.
    pub(crate) current_thread: ObjRef,
    /// When the VM started (`System.nanoTime`'s origin).
    pub(crate) started: std::time::Instant,
    /// `-ea`/`-da`/`-esa`/`-dsa` and their per-class and per-package forms.
    pub assertions: Assertions,
    /// Where translated classes of class loaders are kept by content.
    pub cache: Option<keel_cache::Cache>,
    /// System properties the VM reports (`-D`, `java.home`, …), in order.
    pub(crate) vm_properties: Vec<(String, String)>,
    /// The JDK's version, read from its `release` file on first use.
    java_version: std::cell::OnceCell<String>,
    /// Classes a loader defined along with another (lambda classes
    /// generated from it), linked on first use: their image and loader.
    pending_defined: HashMap<String, (usize, ObjRef)>,
    /// Monitors this thread holds, by object address: how many times each
    /// was entered. (A moving collector will need the lock word instead.)
    pub(crate) monitors: HashMap<usize, u32>,
    /// Local handles: objects Rust code holds (see `gc`).
    handles: Vec<ObjRef>,
    /// Where each nested interpreter level's handles begin.
    handle_marks: Vec<usize>,
    /// `-Xlog:gc`: a line per collection on stdout.
    pub log_gc: bool,
    /// `Reference.processPendingReferences` is running (it allocates, so
    /// it may collect again: it does not re-enter itself).
    processing_references: bool,
}

impl Vm {
    /// A VM over `images`, searched in order (the boot image, java.base,
    /// first: no other image can replace a boot class), with a heap of at
    /// most `heap_limit` bytes.
    pub fn new(images: Vec<ImageSource>, heap_limit: usize) -> Vm {
        Vm::with_heap(images, Heap::new(heap_limit))
    }

    /// A VM over `images` (as [`Vm::new`]) with its heap.
    pub fn with_heap(images: Vec<ImageSource>, heap: Heap) -> Vm {
        Vm {
            searchable_images: images.len(),
            images: images.into_iter().map(ImageSource::into_lasting).collect(),
            classes: Vec::new(),
            by_name: HashMap::new(),
            loading: Vec::new(),
            target: Target::host(),
            heap,
            interned: HashMap::new(),
            natives: natives::Natives::standard(),
            interp: interp::Interp::default(),
            next_hash: 0x2545_f491,
            native_state: HashMap::new(),
            java_base_module: ObjRef::NULL,
            current_thread: ObjRef::NULL,
            started: std::time::Instant::now(),
            assertions: Assertions::default(),
            cache: None,
            vm_properties: Vec::new(),
            java_version: std::cell::OnceCell::new(),
            pending_defined: HashMap::new(),
            monitors: HashMap::new(),
            handles: Vec::new(),
            handle_marks: Vec::new(),
            log_gc: false,
            processing_references: false,
        }
    }

    /// The state of type `T` that natives keep in this VM (made with
    /// `Default` on first use): a native area defines its own type, so areas
    /// never see each other's state.
    pub fn native_state<T: Default + 'static>(&mut self) -> &mut T {
        self.native_state
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("keyed by its own TypeId")
    }

    /// The state of type `T` natives keep, if they made it.
    fn native_state_if_made<T: 'static>(&self) -> Option<&T> {
        self.native_state.get(&std::any::TypeId::of::<T>())?.downcast_ref::<T>()
    }

    /// The references natives keep in their state (part of the root set).
    pub(crate) fn native_state_roots(&self, add: &mut impl FnMut(ObjRef)) {
        if let Some(domains) = self.native_state_if_made::<natives::loader::ProtectionDomains>() {
            domains.references().for_each(&mut *add);
        }
        if let Some(state) = self.native_state_if_made::<polymorphic::PolymorphicState>() {
            state.references().for_each(&mut *add);
        }
    }

    #[inline]
    pub fn class(&self, id: ClassId) -> &Rc<RtClass> {
        &self.classes[id.0 as usize]
    }

    pub fn loaded_classes(&self) -> usize {
        self.classes.len()
    }

    /// The runtime class of a non-null object, read from its header.
    #[inline(always)]
    pub(crate) fn rt_class_of(&self, object: ObjRef) -> &RtClass {
        debug_assert!(!object.is_null());
        // SAFETY: a non-null ObjRef is a live object whose header starts
        // with the address of its `RtClass` (written by `alloc_*`), and
        // every RtClass lives as long as the VM.
        unsafe { &*(*(object.0 as *const *const RtClass)) }
    }

    /// The names of the loaded classes, in the order they were linked
    /// (supertypes first): arrays and primitive pseudo-classes included.
    pub fn loaded_class_names(&self) -> impl Iterator<Item = &str> {
        self.classes.iter().map(|c| c.name.as_str())
    }

    /// The class of a non-null object.
    #[inline]
    pub fn class_of(&self, object: ObjRef) -> ClassId {
        debug_assert!(!object.is_null());
        // SAFETY: a non-null ObjRef is a live object whose header starts
        // with the address of its `RtClass` (written by `alloc_*`), and
        // every RtClass lives as long as the VM.
        let class = unsafe { &*(*(object.0 as *const *const RtClass)) };
        class.id
    }

    // ----- loading -----

    /// The class named `name` (internal name or array descriptor), loading
    /// it and its supertypes if needed; `NoClassDefFoundError` if no image
    /// has it.
    pub fn load_class(&mut self, name: &str) -> JResult<ClassId> {
        self.load_class_in(name, ObjRef::NULL)
    }

    /// Loads `name` for `loader` from what the VM itself holds: the boot
    /// images, classes a loader defined along with another, arrays.
    fn load_class_in(&mut self, name: &str, loader: ObjRef) -> JResult<ClassId> {
        if let Some(&id) = self.by_name.get(name) {
            return Ok(id);
        }
        if let Some((image, loader)) = self.pending_defined.remove(name) {
            let read =
                self.read_class(image, name)?.ok_or_else(|| Throw::Fatal(format!("{name} vanished")))?;
            return self.link_class(name, image, read, loader);
        }
        if self.loading.iter().any(|n| n == name) {
            return Err(self.error("java/lang/ClassCircularityError", name));
        }
        self.loading.push(name.to_string());
        let result =
            if name.starts_with('[') { self.load_array(name, loader) } else { self.load_from_images(name) };
        self.loading.pop();
        result
    }

    fn load_from_images(&mut self, name: &str) -> JResult<ClassId> {
        let mut found = None;
        for i in 0..self.searchable_images {
            if let Some(class) = self.read_class(i, name)? {
                found = Some((i, class));
                break;
            }
        }
        let Some((image, read)) = found else {
            return Err(self.error("java/lang/NoClassDefFoundError", name));
        };
        self.link_class(name, image, read, ObjRef::NULL)
    }

    /// Whether image `image` has class `name` (its index only is read).
    pub(crate) fn image_has_class(&self, image: usize, name: &str) -> bool {
        let Some(source) = self.images.get(image) else { return false };
        matches!(source.image().map(|i| i.find_class(name).map(|c| c.is_some())), Ok(Ok(true)))
    }

    /// Class `name` of image `image`, if it has it: its metadata, its
    /// import table (checked, and left in the image) and where its method
    /// bodies are.
    pub(crate) fn read_class(&self, image: usize, name: &str) -> JResult<Option<ReadClass>> {
        let image = self.images[image].image()?;
        let Some(view) = image.find_class(name).map_err(|e| Throw::Fatal(e.to_string()))? else {
            return Ok(None);
        };
        let meta = view.runtime_metadata().map_err(|e| Throw::Fatal(e.to_string()))?;
        let imports = view.imports_of(&meta).map_err(|e| Throw::Fatal(e.to_string()))?;
        keel_kir::validate::validate_imports(&imports)
            .map_err(|e| Throw::Fatal(format!("class {name}: {e}")))?;
        Ok(Some(ReadClass { decl: meta.class, method_code: meta.method_code, imports }))
    }

    /// The whole metadata of `class` as its image has it, with what
    /// reflection reads and [`RtClass::decl`] leaves out (methods and fields
    /// in the same order, without bodies or imports); read once, on first
    /// use. `None` for arrays and primitive pseudo-classes.
    pub(crate) fn reflection_decl(&self, class: ClassId) -> JResult<Option<Rc<keel_kir::Class>>> {
        let rt = self.class(class);
        if rt.decl.is_none() {
            return Ok(None);
        }
        if let Some(decl) = rt.reflection.get() {
            return Ok(Some(decl.clone()));
        }
        let image = self.images[rt.image].image()?;
        let fatal = |e: keel_kbf::KbfError| Throw::Fatal(format!("class {}: {e}", rt.name));
        let view = image
            .find_class(&rt.name)
            .map_err(fatal)?
            .ok_or_else(|| Throw::Fatal(format!("class {} vanished from its image", rt.name)))?;
        let decl = Rc::new(view.metadata().map_err(fatal)?.class);
        Ok(Some(rt.reflection.get_or_init(|| decl).clone()))
    }

    /// Adds an image of classes defined by a class loader (not searched by
    /// name); its index.
    pub(crate) fn add_defined_image(&mut self, source: ImageSource) -> usize {
        self.images.push(source.into_lasting());
        self.images.len() - 1
    }

    /// Links a class read from image `image`, defined by `loader`: its
    /// supertypes (loaded through the same loader), layout, dispatch tables
    /// and statics.
    pub(crate) fn link_class(
        &mut self,
        name: &str,
        image: usize,
        read: ReadClass,
        loader: ObjRef,
    ) -> JResult<ClassId> {
        let ReadClass { decl, method_code, imports } = read;
        let super_class = match &decl.super_class {
            Some(s) => Some(self.load_class_with_loader(s, loader)?),
            None if name == "java/lang/Object" => None,
            None => {
                return Err(self.error("java/lang/ClassFormatError", &format!("{name} has no superclass")))
            }
        };
        let is_interface = decl.access_flags & ACC_INTERFACE != 0;
        if loader.is_null() {
            // The natives registered for a boot class must be native methods
            // it declares, with those descriptors (design decision 2).
            let wrong = self.natives.mismatches(name, &decl.methods);
            if !wrong.is_empty() {
                return Err(Throw::Fatal(format!(
                    "natives registered for no native method: {}",
                    wrong.join(", ")
                )));
            }
        }
        if let Some(s) = super_class {
            if self.class(s).is_interface() && !is_interface {
                let message = format!("class {name} has interface {} as super class", self.class(s).name);
                return Err(self.error("java/lang/IncompatibleClassChangeError", &message));
            }
        }
        let mut interfaces = Vec::new();
        for i in &decl.interfaces {
            let id = self.load_class_with_loader(i, loader)?;
            if !self.class(id).is_interface() {
                let message = format!("class {name} can not implement {i}, because it is not an interface");
                return Err(self.error("java/lang/IncompatibleClassChangeError", &message));
            }
            interfaces.push(id);
        }
        let mut all_interfaces = match super_class {
            Some(s) if !is_interface => self.class(s).all_interfaces.clone(),
            _ => Vec::new(),
        };
        for &i in &interfaces {
            for j in std::iter::once(i).chain(self.class(i).all_interfaces.iter().copied()) {
                if !all_interfaces.contains(&j) {
                    all_interfaces.push(j);
                }
            }
        }
        let id = ClassId(self.classes.len() as u32);
        let mut fields = FieldDecl::of_class(&decl);
        if name == "java/lang/Class" {
            fields.push(FieldDecl::instance(MIRROR_CLASS_FIELD, "I"));
        }
        if name == "java/lang/invoke/MemberName" {
            // What HotSpot injects as `vmindex`/`vmtarget` (natives::invoke).
            fields.push(FieldDecl::instance(natives::invoke::MEMBER_HOLDER_FIELD, "I"));
            fields.push(FieldDecl::instance(natives::invoke::MEMBER_INDEX_FIELD, "I"));
        }
        let parent_layout = super_class.filter(|_| !is_interface).map(|s| &self.class(s).layout);
        let layout = ClassLayout::compute(&self.target, parent_layout, &fields)
            .map_err(|e| Throw::Fatal(format!("class {name}: {e}")))?;
        let methods = MethodDecl::of_class(&decl);
        let (vtable, itable) = if is_interface {
            let object = self.load_class("java/lang/Object")?;
            (self.class(object).vtable.clone(), self.class(object).itable.clone())
        } else {
            let interface_methods: Vec<Vec<MethodDecl>> = all_interfaces
                .iter()
                .map(|&i| MethodDecl::of_class(self.class(i).decl.as_ref().expect("interface")))
                .collect();
            let decls: Vec<InterfaceDecl> = all_interfaces
                .iter()
                .zip(&interface_methods)
                .map(|(&i, methods)| InterfaceDecl {
                    id: i,
                    name: &self.class(i).name,
                    methods,
                    superinterfaces: &self.class(i).all_interfaces,
                })
                .collect();
            let parent = super_class.map(|s| &self.class(s).vtable);
            let vtable = Vtable::compute(&ClassDecl { id, name, methods: &methods }, parent, &decls);
            let itable = vtable.itable();
            (vtable, itable)
        };
        let statics = statics_block(layout.static_size as usize);
        let method_count = decl.methods.len();
        let import_count = imports.len();
        let reference_kind = match name {
            "java/lang/ref/SoftReference" => ReferenceKind::Soft,
            "java/lang/ref/WeakReference" => ReferenceKind::Weak,
            "java/lang/ref/PhantomReference" => ReferenceKind::Phantom,
            _ => super_class.map_or(ReferenceKind::None, |s| self.class(s).shape.reference_kind),
        };
        if name == "java/lang/ref/Reference" {
            let offset = |field: &str| layout.fields.iter().find(|f| f.name == field).map(|f| f.offset);
            if let (Some(referent), Some(discovered)) = (offset("referent"), offset("discovered")) {
                keel_runtime_heap::collector::set_reference_layout(referent, discovered);
            }
        }
        let supers = Self::supers_of(&self.classes, super_class.filter(|_| !is_interface), id);
        let class = RtClass {
            shape: ObjectShape::instance(layout.instance_size, &layout.reference_offsets, reference_kind),
            id,
            name: name.to_string(),
            access_flags: decl.access_flags,
            super_class,
            interfaces,
            all_interfaces,
            decl: Some(decl),
            method_code,
            image,
            imports: Some(imports),
            layout,
            vtable,
            itable,
            array: None,
            statics,
            init: Cell::new(InitState::Uninitialized),
            links: (0..import_count).map(|_| Cell::new(None)).collect(),
            native_fns: (0..method_count).map(|_| Cell::new(None)).collect(),
            method_links: RefCell::new(Vec::new()),
            display: inline_display(&supers),
            supers,
            code: RefCell::new(vec![None; method_count]),
            reflection: std::cell::OnceCell::new(),
            mirror: Cell::new(ObjRef::NULL),
            loader,
            primitive: None,
        };
        self.classes.push(Rc::new(class));
        self.by_name.insert(name.to_string(), id);
        self.prepare_constants(id)?;
        Ok(id)
    }

    /// Stores the static fields' `ConstantValue`s (JVMS 5.5 step 6 does it
    /// at initialization; doing it at preparation is indistinguishable,
    /// since nothing can read them in between).
    fn prepare_constants(&mut self, id: ClassId) -> JResult<()> {
        let class = self.class(id).clone();
        let Some(decl) = &class.decl else { return Ok(()) };
        for field in &decl.fields {
            let Some(constant) = &field.constant else { continue };
            if field.access_flags & ACC_STATIC == 0 {
                continue;
            }
            let Some(slot) = class.layout.static_field(&field.name, &field.descriptor) else { continue };
            let value = match constant {
                FieldConstant::Value(c) => match *c {
                    keel_kir::Const::I32(v) => v as u32 as u64,
                    keel_kir::Const::I64(v) => v as u64,
                    keel_kir::Const::F32(v) => v as u64,
                    keel_kir::Const::F64(v) => v,
                    keel_kir::Const::Null => 0,
                },
                FieldConstant::String(utf16) => self.intern(utf16)?.to_slot(),
            };
            let kind_ok = match constant {
                FieldConstant::String(_) => slot.kind == ElemKind::Ref,
                FieldConstant::Value(c) => c.ty() == slot.kind.register_type(),
            };
            if kind_ok {
                // SAFETY: the slot lies inside the class's statics block
                // (its layout says so) and is aligned for its kind.
                unsafe { value::store(slot.kind, class.statics.add(slot.offset as usize), value) };
            }
        }
        Ok(())
    }

    fn load_array(&mut self, name: &str, loader: ObjRef) -> JResult<ClassId> {
        let component_name = &name[1..];
        let (kind, component) = match component_name.as_bytes().first() {
            Some(b'L') if component_name.ends_with(';') => {
                let element = &component_name[1..component_name.len() - 1];
                (ElemKind::Ref, Some(self.load_class_with_loader(element, loader)?))
            }
            Some(b'[') => (ElemKind::Ref, Some(self.load_class_with_loader(component_name, loader)?)),
            _ => match field_kind(component_name) {
                Some(kind) if component_name.len() == 1 => (kind, None),
                _ => return Err(self.error("java/lang/NoClassDefFoundError", name)),
            },
        };
        let object = self.load_class("java/lang/Object")?;
        let cloneable = self.load_class("java/lang/Cloneable")?;
        let serializable = self.load_class("java/io/Serializable")?;
        let id = ClassId(self.classes.len() as u32);
        let object_class = self.class(object).clone();
        let statics = statics_block(0);
        let layout = ArrayLayout::new(&self.target, kind);
        let class = RtClass {
            shape: ObjectShape::array(
                layout.elements_offset,
                layout.element_size,
                layout.length_offset,
                layout.elements_offset,
                kind == ElemKind::Ref,
            ),
            id,
            name: name.to_string(),
            access_flags: 0x0411, // public final abstract, as HotSpot reports
            super_class: Some(object),
            interfaces: vec![cloneable, serializable],
            all_interfaces: vec![cloneable, serializable],
            decl: None,
            method_code: Vec::new(),
            image: 0,
            imports: None,
            layout: object_class.layout.clone(),
            vtable: object_class.vtable.clone(),
            itable: object_class.itable.clone(),
            array: Some(ArrayInfo { kind, component, layout }),
            statics,
            init: Cell::new(InitState::Initialized),
            links: Box::new([]),
            native_fns: Box::new([]),
            method_links: RefCell::new(Vec::new()),
            display: inline_display(&[object, id]),
            supers: vec![object, id],
            code: RefCell::new(Vec::new()),
            reflection: std::cell::OnceCell::new(),
            mirror: Cell::new(ObjRef::NULL),
            loader: component.map_or(ObjRef::NULL, |c| self.class(c).loader),
            primitive: None,
        };
        self.classes.push(Rc::new(class));
        self.by_name.insert(name.to_string(), id);
        Ok(id)
    }

    /// The primitive pseudo-class of a descriptor letter (`I`, `V`, …),
    /// registered under its Java name (`int`, `void`).
    pub fn primitive_class(&mut self, letter: u8) -> JResult<ClassId> {
        let name = match letter {
            b'Z' => "boolean",
            b'B' => "byte",
            b'C' => "char",
            b'S' => "short",
            b'I' => "int",
            b'J' => "long",
            b'F' => "float",
            b'D' => "double",
            b'V' => "void",
            _ => return Err(Throw::Fatal(format!("no primitive type {}", letter as char))),
        };
        if let Some(&id) = self.by_name.get(name) {
            return Ok(id);
        }
        let object = self.load_class("java/lang/Object")?;
        let object_class = self.class(object).clone();
        let id = ClassId(self.classes.len() as u32);
        let statics = statics_block(0);
        let class = RtClass {
            shape: ObjectShape::fixed(object_class.layout.instance_size),
            id,
            name: name.to_string(),
            access_flags: 0x0411, // public final abstract, as HotSpot reports
            super_class: None,
            interfaces: Vec::new(),
            all_interfaces: Vec::new(),
            decl: None,
            method_code: Vec::new(),
            image: 0,
            imports: None,
            layout: object_class.layout.clone(),
            vtable: object_class.vtable.clone(),
            itable: object_class.itable.clone(),
            array: None,
            statics,
            init: Cell::new(InitState::Initialized),
            links: Box::new([]),
            native_fns: Box::new([]),
            method_links: RefCell::new(Vec::new()),
            display: inline_display(&[id]),
            supers: vec![id],
            code: RefCell::new(Vec::new()),
            reflection: std::cell::OnceCell::new(),
            mirror: Cell::new(ObjRef::NULL),
            loader: ObjRef::NULL,
            primitive: Some(letter),
        };
        self.classes.push(Rc::new(class));
        self.by_name.insert(name.to_string(), id);
        Ok(id)
    }

    /// The statics block of a class.
    pub(crate) fn statics(&self, id: ClassId) -> *mut u8 {
        self.class(id).statics
    }

    /// Method `index` of `class`'s KIR, decoded from its image (not
    /// validated), handed to `use_it` with its view in the image; `None` if
    /// the method has no body.
    fn with_decoded<R>(
        &self,
        class: ClassId,
        index: u32,
        use_it: impl FnOnce(&keel_kbf::FunctionView<'_>, keel_kir::Function) -> Result<R, String>,
    ) -> JResult<Option<R>> {
        let rt = self.class(class);
        let Some(code) = rt.method_code.get(index as usize).copied().flatten() else { return Ok(None) };
        let method = &rt.methods()[index as usize];
        let image = self.images[rt.image].image()?;
        let decoded = image.function(code).map_err(|e| e.to_string()).and_then(|view| {
            view.decode().map_err(|e| e.to_string()).and_then(|function| use_it(&view, function))
        });
        decoded
            .map(Some)
            .map_err(|e| Throw::Fatal(format!("{}.{}{}: {e}", rt.name, method.name, method.descriptor)))
    }

    /// Method `index` of `class`'s KIR, decoded from its image (not
    /// validated); `None` if it has no body.
    pub(crate) fn decode(&self, class: ClassId, index: u32) -> JResult<Option<keel_kir::Function>> {
        self.with_decoded(class, index, |_, function| Ok(function))
    }

    /// Method `index` of `class`'s body, as the interpreter runs it:
    /// checked on its first call (decoded from its image, validated so that
    /// registers, types and operands can be trusted) and quickened; the
    /// decoded KIR is dropped.
    pub(crate) fn body(&mut self, class: ClassId, index: u32) -> JResult<Option<Rc<interp::Body>>> {
        let rt = self.class(class).clone();
        if let Some(body) = &rt.code.borrow()[index as usize] {
            return Ok(Some(body.clone()));
        }
        let method = &rt.methods()[index as usize];
        let checked = self.with_decoded(class, index, |_, function| {
            let imports = rt.imports.ok_or("a method body in a class without imports")?;
            keel_kir::validate_function(&function, &imports).map_err(|e| e.to_string())?;
            let is_static = method.access_flags & ACC_STATIC != 0;
            keel_kir::validate::check_signature(&function, &method.descriptor, is_static)
                .map_err(|e| e.to_string())?;
            interp::Body::new(&function, method.access_flags)
        })?;
        let Some(body) = checked.map(Rc::new) else { return Ok(None) };
        rt.code.borrow_mut()[index as usize] = Some(body.clone());
        Ok(Some(body))
    }

    /// The source positions of method `index` of `class` (read from its
    /// image when a stack trace needs them).
    pub(crate) fn positions(&self, class: ClassId, index: u32) -> Option<Vec<keel_kir::Position>> {
        let rt = self.class(class);
        let code = rt.method_code.get(index as usize).copied().flatten()?;
        let image = self.images[rt.image].image().ok()?;
        let view = image.function(code).ok()?;
        Some(view.positions().to_vec())
    }

    // ----- subtyping -----

    /// The display of a class with superclass `parent` (none for `Object`
    /// and interfaces, whose display is just themselves).
    fn supers_of(classes: &[Rc<RtClass>], parent: Option<ClassId>, id: ClassId) -> Vec<ClassId> {
        let mut supers = parent.map_or_else(Vec::new, |p| classes[p.0 as usize].supers.clone());
        supers.push(id);
        supers
    }

    /// Whether class `from` is `to` or a subclass of it (`to` a class, not
    /// an interface or array): one look at `from`'s display.
    #[inline]
    pub(crate) fn is_subclass(&self, from: ClassId, to: ClassId) -> bool {
        self.class(from).has_super_at(to, self.class(to).supers.len())
    }

    /// Whether a value of class `from` may be assigned to `to` (JVMS
    /// 6.5 `checkcast` rules: classes, interfaces, arrays).
    pub fn is_assignable(&self, from: ClassId, to: ClassId) -> bool {
        if from == to {
            return true;
        }
        let (f, t) = (self.class(from), self.class(to));
        if t.super_class.is_none() && t.array.is_none() && !t.is_interface() {
            return true; // java/lang/Object
        }
        if let Some(fa) = &f.array {
            return match &t.array {
                Some(ta) => match (fa.component, ta.component) {
                    (Some(fc), Some(tc)) => self.is_assignable(fc, tc),
                    (None, None) => fa.kind == ta.kind,
                    _ => false,
                },
                None => t.is_interface() && f.all_interfaces.contains(&to),
            };
        }
        if t.is_interface() {
            return f.all_interfaces.contains(&to);
        }
        t.array.is_none() && self.is_subclass(from, to)
    }

    /// Whether `object` (non-null) is an instance of the class called `name`.
    pub fn is_instance_of(&mut self, object: ObjRef, name: &str) -> bool {
        match self.by_name.get(name) {
            Some(&to) => self.is_assignable(self.class_of(object), to),
            None => false,
        }
    }

    // ----- allocation -----

    /// Memory for an object Rust code makes: never a safepoint.
    fn alloc_raw(&mut self, size: usize, align: usize) -> JResult<*mut u8> {
        match self.heap.alloc(size, align) {
            Some(p) => {
                self.handles.push(ObjRef(p.as_ptr()));
                Ok(p.as_ptr())
            }
            None => Err(self.out_of_memory()),
        }
    }

    /// Memory for an object the interpreter makes, at a safepoint: when
    /// the heap is full, collect and try again; then collect clearing soft
    /// references and try again; then `OutOfMemoryError`.
    fn alloc_raw_at_safepoint(&mut self, size: usize, align: usize) -> JResult<*mut u8> {
        self.safepoint()?;
        if let Some(p) = self.heap.alloc_at_safepoint(size, align) {
            return Ok(p.as_ptr());
        }
        for cause in [gc::GcCause::AllocationFailure, gc::GcCause::LastDitch] {
            self.collect_garbage(cause)?;
            if let Some(p) = self.heap.alloc_at_safepoint(size, align) {
                return Ok(p.as_ptr());
            }
        }
        Err(self.out_of_memory())
    }

    fn write_header(&self, memory: *mut u8, class: ClassId) {
        let pointer = Rc::as_ptr(self.class(class));
        // SAFETY: `memory` is a fresh allocation of at least the header's
        // size, aligned to 8; word 0 is the class pointer (Target's layout).
        unsafe { *(memory as *mut *const RtClass) = pointer };
    }

    /// A new instance of `class` (not initialized: callers that follow
    /// `new`'s rules initialize first), fields zeroed.
    pub fn alloc_object(&mut self, class: ClassId) -> JResult<ObjRef> {
        self.new_object(class, false)
    }

    /// `alloc_object` for the interpreter, at a safepoint.
    pub(crate) fn alloc_object_at_safepoint(&mut self, class: ClassId) -> JResult<ObjRef> {
        self.new_object(class, true)
    }

    fn new_object(&mut self, class: ClassId, at_safepoint: bool) -> JResult<ObjRef> {
        let c = self.class(class);
        if c.array.is_some() || c.access_flags & (ACC_INTERFACE | ACC_ABSTRACT) != 0 {
            let name = c.name.replace('/', ".");
            return Err(self.error("java/lang/InstantiationError", &name));
        }
        let size = c.layout.instance_size as usize;
        let align = self.target.object_align as usize;
        let memory = if at_safepoint {
            self.alloc_raw_at_safepoint(size, align)?
        } else {
            self.alloc_raw(size, align)?
        };
        self.write_header(memory, class);
        Ok(ObjRef(memory))
    }

    /// A new array of the array class `class`, elements zeroed.
    pub fn alloc_array(&mut self, class: ClassId, length: i32) -> JResult<ObjRef> {
        self.new_array_of(class, length, false)
    }

    /// `alloc_array` for the interpreter, at a safepoint.
    pub(crate) fn alloc_array_at_safepoint(&mut self, class: ClassId, length: i32) -> JResult<ObjRef> {
        self.new_array_of(class, length, true)
    }

    fn new_array_of(&mut self, class: ClassId, length: i32, at_safepoint: bool) -> JResult<ObjRef> {
        if length < 0 {
            return Err(self.error("java/lang/NegativeArraySizeException", &length.to_string()));
        }
        let Some(info) = self.class(class).array else {
            return Err(Throw::Fatal(format!("{} is not an array class", self.class(class).name)));
        };
        if length > MAX_ARRAY_LENGTH {
            let message = "Requested array size exceeds VM limit";
            return Err(self.make_error("java/lang/OutOfMemoryError", Some(message), true));
        }
        let size = info.layout.size(length as u32) as usize;
        let align = self.target.object_align as usize;
        let memory = if at_safepoint {
            self.alloc_raw_at_safepoint(size, align)?
        } else {
            self.alloc_raw(size, align)?
        };
        self.write_header(memory, class);
        // SAFETY: the length field lies inside the fresh array's header
        // (ArrayLayout), aligned to 4.
        unsafe { *(memory.add(info.layout.length_offset as usize) as *mut i32) = length };
        Ok(ObjRef(memory))
    }

    /// A new array of the array class named `name` (`[I`, `[Ljava/lang/String;`).
    pub fn new_array(&mut self, name: &str, length: i32) -> JResult<ObjRef> {
        let class = self.load_class(name)?;
        self.alloc_array(class, length)
    }

    /// The length of a non-null array.
    pub fn array_length(&self, array: ObjRef) -> i32 {
        let info = self.class(self.class_of(array)).array.expect("an array");
        // SAFETY: `array` is a live array, whose length field is at
        // `length_offset`.
        unsafe { *(array.0.add(info.layout.length_offset as usize) as *const i32) }
    }

    /// Element `index` of a non-null array, bounds-checked.
    pub fn array_get(&mut self, array: ObjRef, index: i32) -> JResult<u64> {
        let addr = self.element_address(array, index)?;
        let kind = self.class(self.class_of(array)).array.expect("an array").kind;
        // SAFETY: `element_address` checked the index against the length.
        Ok(unsafe { value::load(kind, addr) })
    }

    /// The address of element `index`, or `ArrayIndexOutOfBoundsException`.
    pub(crate) fn element_address(&mut self, array: ObjRef, index: i32) -> JResult<*mut u8> {
        let length = self.array_length(array);
        if index < 0 || index >= length {
            let message = format!("Index {index} out of bounds for length {length}");
            return Err(self.error("java/lang/ArrayIndexOutOfBoundsException", &message));
        }
        let info = self.class(self.class_of(array)).array.expect("an array");
        // SAFETY: 0 <= index < length, so the element is inside the array.
        Ok(unsafe { array.0.add(info.layout.element_offset(index as u32) as usize) })
    }

    /// The element bytes of `array[offset .. offset + count]` (a primitive
    /// array; elements in the machine's byte order), checked as
    /// `System.arraycopy` checks: `ArrayIndexOutOfBoundsException` when the
    /// region is not inside the array.
    pub fn read_array_region(&mut self, array: ObjRef, offset: i32, count: i32) -> JResult<Vec<u8>> {
        let (start, bytes) = self.array_region(array, offset, count)?;
        // SAFETY: `array_region` checked that the `bytes` bytes from `start`
        // are elements of the live array.
        Ok(unsafe { std::slice::from_raw_parts(start, bytes) }.to_vec())
    }

    /// Writes `data` over the elements of a primitive `array` from element
    /// `offset` on (`data.len()` must be a whole number of elements), checked
    /// as [`Vm::read_array_region`].
    pub fn write_array_region(&mut self, array: ObjRef, offset: i32, data: &[u8]) -> JResult<()> {
        let size = self.array_element_size(array)?;
        let count = i32::try_from(data.len() / size).unwrap_or(i32::MAX);
        let (start, bytes) = self.array_region(array, offset, count)?;
        // SAFETY: as `read_array_region`; `bytes` is at most `data.len()`.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), start, bytes.min(data.len())) };
        Ok(())
    }

    fn array_element_size(&mut self, array: ObjRef) -> JResult<usize> {
        if array.is_null() {
            return Err(self.bare_error("java/lang/NullPointerException"));
        }
        match self.class(self.class_of(array)).array {
            Some(info) if info.kind != ElemKind::Ref => Ok(info.layout.element_size as usize),
            _ => Err(self.error("java/lang/IllegalArgumentException", "not a primitive array")),
        }
    }

    /// The start address and byte length of a checked region of a
    /// primitive array.
    fn array_region(&mut self, array: ObjRef, offset: i32, count: i32) -> JResult<(*mut u8, usize)> {
        let size = self.array_element_size(array)?;
        let length = self.array_length(array);
        if offset < 0 || count < 0 || offset as i64 + count as i64 > length as i64 {
            let message = format!("Range [{offset}, {offset} + {count}) out of bounds for length {length}");
            return Err(self.error("java/lang/ArrayIndexOutOfBoundsException", &message));
        }
        let info = self.class(self.class_of(array)).array.expect("an array");
        // SAFETY: 0 <= offset <= length, so the address is inside the array
        // or one past its last element.
        let start = unsafe { array.0.add(info.layout.element_offset(offset as u32) as usize) };
        Ok((start, count as usize * size))
    }

    /// The identity hash of `object`, kept in its lock word.
    pub fn identity_hash(&mut self, object: ObjRef) -> i32 {
        let offset = self.target.lock_word_offset() as usize;
        // SAFETY: every object has a pointer-sized lock word at this offset.
        let word = unsafe { &mut *(object.0.add(offset) as *mut usize) };
        if *word == 0 {
            // xorshift; never 0.
            let mut x = self.next_hash;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            self.next_hash = x;
            *word = (x & 0x7fff_ffff).max(1) as usize;
        }
        *word as i32
    }

    // ----- fields by name, for the runtime's own use -----

    /// The offset and kind of instance field `name` declared by `class` or
    /// a superclass.
    pub fn instance_field(&self, class: ClassId, name: &str) -> Option<(u32, ElemKind)> {
        let mut c = Some(class);
        while let Some(id) = c {
            let rt = self.class(id);
            if let Some(f) = rt.layout.fields.iter().find(|f| f.name == name) {
                return Some((f.offset, f.kind));
            }
            c = rt.super_class;
        }
        None
    }

    /// Reads instance field `name` of a non-null object.
    pub fn get_field(&self, object: ObjRef, name: &str) -> Option<u64> {
        let (offset, kind) = self.instance_field(self.class_of(object), name)?;
        // SAFETY: the field belongs to the object's class or a superclass,
        // so it lies inside the object.
        Some(unsafe { value::load(kind, object.0.add(offset as usize)) })
    }

    /// Writes instance field `name` of a non-null object.
    pub fn set_field(&self, object: ObjRef, name: &str, value: u64) -> bool {
        let Some((offset, kind)) = self.instance_field(self.class_of(object), name) else { return false };
        // SAFETY: as `get_field`.
        unsafe { value::store(kind, object.0.add(offset as usize), value) };
        true
    }

    // ----- errors -----

    /// A new exception of class `name` with `message` as its detail message,
    /// made without running a constructor (the header and `detailMessage`
    /// set; the other fields of `Throwable` stay zero, so no stack trace
    /// yet). Becomes a `Fatal` if the class itself cannot be had.
    pub fn error(&mut self, name: &str, message: &str) -> Throw {
        self.make_error(name, Some(message), false)
    }

    /// An exception of class `name` with no detail message (`getMessage()`
    /// is null), as HotSpot raises many from its natives.
    pub fn bare_error(&mut self, name: &str) -> Throw {
        self.make_error(name, None, false)
    }

    fn make_error(&mut self, name: &str, message: Option<&str>, reserve: bool) -> Throw {
        let context = |e: &Throw| match e {
            Throw::Fatal(m) => format!("cannot raise {name}({message:?}): {m}"),
            _ => format!("cannot raise {name}({message:?}): loading it threw"),
        };
        let class = match self.load_class(name) {
            Ok(c) => c,
            Err(e) => return Throw::Fatal(context(&e)),
        };
        let object = if reserve {
            let size = self.class(class).layout.instance_size as usize;
            match self.heap.alloc_reserve(size, 8) {
                Some(p) => {
                    self.write_header(p.as_ptr(), class);
                    Ok(self.hold(ObjRef(p.as_ptr())))
                }
                None => Err(Throw::Fatal("heap exhausted, reserve too".into())),
            }
        } else {
            self.alloc_object(class)
        };
        let object = match object {
            Ok(o) => o,
            Err(e) => return e,
        };
        if let Some(message) = message {
            let text = match self.java_string(message) {
                Ok(s) => s,
                Err(e) => return e,
            };
            self.set_field(object, "detailMessage", text.to_slot());
        }
        if !reserve {
            // The Java frames, as HotSpot records them for the exceptions it
            // raises itself (no constructor frames to skip).
            if let Err(e) = self.fill_in_stack_trace(object, false) {
                return e;
            }
        }
        Throw::Java(object)
    }

    pub(crate) fn out_of_memory(&mut self) -> Throw {
        self.make_error("java/lang/OutOfMemoryError", Some("Java heap space"), true)
    }

    pub(crate) fn stack_overflow(&mut self) -> Throw {
        self.make_error("java/lang/StackOverflowError", None, true)
    }

    /// The class name and detail message of a thrown exception (for tests
    /// and messages).
    pub fn describe(&self, thrown: &Throw) -> String {
        match thrown {
            Throw::Fatal(m) => format!("fatal: {m}"),
            Throw::Exit(status) => format!("exit {status}"),
            Throw::Java(e) => {
                let name = self.class(self.class_of(*e)).name.replace('/', ".");
                match self.get_field(*e, "detailMessage").map(ObjRef::from_slot) {
                    Some(m) if !m.is_null() => format!("{name}: {}", self.rust_string(m).unwrap_or_default()),
                    _ => name,
                }
            }
        }
    }

    // ----- mirrors -----

    /// The `java.lang.Class` object of `class`, made on first use: its
    /// injected [`MIRROR_CLASS_FIELD`], `classLoader`, `componentType` and
    /// `module` set as HotSpot sets them (the name is filled lazily by
    /// `Class.initClassName`).
    pub fn mirror(&mut self, class: ClassId) -> JResult<ObjRef> {
        let existing = self.class(class).mirror.get();
        if !existing.is_null() {
            return Ok(existing);
        }
        let class_class = self.load_class("java/lang/Class")?;
        let mirror = self.alloc_object(class_class)?;
        self.set_field(mirror, MIRROR_CLASS_FIELD, class.0 as u64 + 1);
        let rt = self.class(class).clone();
        self.set_field(mirror, "classLoader", rt.loader.to_slot());
        if let Some(info) = rt.array {
            let component = match info.component {
                Some(c) => c,
                None => self.primitive_class(info.kind.descriptor_letter())?,
            };
            let component_mirror = self.mirror(component)?;
            self.set_field(mirror, "componentType", component_mirror.to_slot());
        }
        let module = self.module_of(class);
        self.set_field(mirror, "module", module.to_slot());
        self.class(class).mirror.set(mirror);
        Ok(mirror)
    }

    /// The `Module` of a class: java.base's for boot classes (null until
    /// it is defined), the defining loader's unnamed module for others;
    /// an array's is its element class's.
    fn module_of(&self, class: ClassId) -> ObjRef {
        let mut c = class;
        while let Some(component) = self.class(c).array.and_then(|a| a.component) {
            c = component;
        }
        let loader = self.class(c).loader;
        if loader.is_null() {
            return self.java_base_module;
        }
        self.get_field(loader, "unnamedModule").map_or(ObjRef::NULL, ObjRef::from_slot)
    }

    /// Points every boot class's mirror made so far at java.base's newly
    /// defined `Module` (HotSpot's module fixup).
    pub(crate) fn set_java_base_module(&mut self, module: ObjRef) {
        self.java_base_module = module;
        for class in &self.classes {
            let mirror = class.mirror.get();
            if !mirror.is_null() && class.loader.is_null() {
                self.set_field(mirror, "module", module.to_slot());
            }
        }
    }

    /// The class a mirror stands for (`None` if `mirror` is not a
    /// `java.lang.Class`).
    pub fn mirror_class(&self, mirror: ObjRef) -> Option<ClassId> {
        if mirror.is_null() {
            return None;
        }
        let class_class = *self.by_name.get("java/lang/Class")?;
        if self.class_of(mirror) != class_class {
            return None;
        }
        let id = self.get_field(mirror, MIRROR_CLASS_FIELD)?;
        let id = (id as u32).checked_sub(1)?;
        ((id as usize) < self.classes.len()).then_some(ClassId(id))
    }

    // ----- initialization (JLS 12.4.2, one thread) -----

    /// Initializes `class` if it is not: superclass first, then its static
    /// initializer. A failure marks it erroneous: the exception (wrapped in
    /// `ExceptionInInitializerError` unless it is an `Error`) now, and
    /// `NoClassDefFoundError` on later attempts.
    pub fn initialize(&mut self, class: ClassId) -> JResult<()> {
        let rt = self.class(class).clone();
        match rt.init.get() {
            InitState::Initialized | InitState::BeingInitialized => return Ok(()),
            InitState::Erroneous => {
                let message = format!("Could not initialize class {}", rt.name.replace('/', "."));
                return Err(self.error("java/lang/NoClassDefFoundError", &message));
            }
            InitState::Uninitialized => {}
        }
        rt.init.set(InitState::BeingInitialized);
        let mut result = Ok(());
        if !rt.is_interface() {
            if let Some(s) = rt.super_class {
                result = self.initialize(s);
            }
            // Superinterfaces that declare default methods (JLS 12.4.1).
            for &i in &rt.interfaces {
                if result.is_ok() && self.declares_defaults(i) {
                    result = self.initialize(i);
                }
            }
        }
        if result.is_ok() {
            if let Some(index) = rt.find_method("<clinit>", "()V") {
                result = self.invoke(crate::layout::MethodRef { class, index }, &[]).map(|_| ());
                if let Err(Throw::Java(e)) = result {
                    if !self.is_instance_of(e, "java/lang/Error") {
                        result = Err(self.wrap_in_initializer_error(e));
                    }
                }
            }
        }
        rt.init.set(if result.is_ok() { InitState::Initialized } else { InitState::Erroneous });
        result
    }

    fn declares_defaults(&self, interface: ClassId) -> bool {
        self.class(interface)
            .methods()
            .iter()
            .any(|m| m.access_flags & (ACC_STATIC | ACC_ABSTRACT) == 0 && !m.name.starts_with('<'))
    }

    fn wrap_in_initializer_error(&mut self, cause: ObjRef) -> Throw {
        match self.make_error("java/lang/ExceptionInInitializerError", None, false) {
            Throw::Java(e) => {
                if !self.set_field(e, "exception", cause.to_slot()) {
                    self.set_field(e, "cause", cause.to_slot());
                }
                Throw::Java(e)
            }
            fatal => fatal,
        }
    }

    // ----- calls from Rust -----

    /// Calls static method `name` + `descriptor` of class `class`
    /// (initialized first) with register slots; the result slot.
    pub(crate) fn call_static_slots(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[u64],
    ) -> JResult<Option<u64>> {
        let id = self.load_class(class)?;
        let Some(index) = self.class(id).find_method(name, descriptor) else {
            return Err(Throw::Fatal(format!("{class}.{name}{descriptor} missing")));
        };
        self.initialize(id)?;
        self.invoke(crate::layout::MethodRef { class: id, index }, args)
    }

    /// Calls static method `name` + `descriptor` of the class `class`
    /// (initializing it first), with `args`; the result, if not void.
    pub fn call_static(
        &mut self,
        class: &str,
        name: &str,
        descriptor: &str,
        args: &[Value],
    ) -> JResult<Option<Value>> {
        let id = self.load_class(class)?;
        let Some(index) = self.class(id).find_method(name, descriptor) else {
            let message = format!("{}.{name}{descriptor}", class.replace('/', "."));
            return Err(self.error("java/lang/NoSuchMethodError", &message));
        };
        if self.class(id).methods()[index as usize].access_flags & ACC_STATIC == 0 {
            return Err(
                self.error("java/lang/IncompatibleClassChangeError", &format!("{name} is not static"))
            );
        }
        self.initialize(id)?;
        let slots: Vec<u64> = args.iter().map(|a| a.to_slot()).collect();
        let result = self.invoke(crate::layout::MethodRef { class: id, index }, &slots)?;
        let returns = keel_kir::descriptor::method_sig(descriptor).and_then(|s| s.returns);
        Ok(match (result, returns) {
            (Some(slot), Some(ty)) => Some(Value::from_slot(ty, slot)),
            _ => None,
        })
    }
}
