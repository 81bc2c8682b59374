//! Class loaders: which loader a class comes through, and classes that a
//! loader defines from bytes.
//!
//! The boot loader's classes come from the images given to [`Vm::new`]
//! (java.base first), found by name. Any other loader is the JDK's own Java
//! code (`ClassLoaders.AppClassLoader`, or the program's): a class it
//! defines reaches [`Vm::define_class`] through `ClassLoader.defineClass1`,
//! is translated (the image cached by content), and lives in an image of
//! its own. A class that such a class refers to is loaded by calling its
//! loader's `loadClass`, as HotSpot does.
//!
//! Classes are registered by name in one table: two loaders defining
//! classes of the same name is not supported yet (the second definition is
//! a `LinkageError`).

use keel_cache::{Digest, Key};
use keel_classfile::ClassFile;
use keel_jvm::TRANSLATOR_VERSION;

use super::{ImageSource, JResult, ObjRef, Throw, Vm};
use crate::image::MappedImage;
use crate::layout::ClassId;

impl Vm {
    /// The class `name` (internal form) as `loader` sees it: already loaded,
    /// an array of such a class, a boot class, or whatever `loader`'s
    /// `loadClass` returns.
    pub fn load_class_with_loader(&mut self, name: &str, loader: ObjRef) -> JResult<ClassId> {
        if let Some(&id) = self.by_name.get(name) {
            return Ok(id);
        }
        if loader.is_null() || name.starts_with('[') || self.pending_defined.contains_key(name) {
            return self.load_class_in(name, loader);
        }
        // java.base's classes are never loaded by another loader.
        if self.image_has_class(0, name) {
            return self.load_class(name);
        }
        let class_name = self.java_string(&name.replace('/', "."))?;
        let loader_class = self.class_of(loader);
        let slot = self
            .class(loader_class)
            .vtable
            .slots("loadClass", "(Ljava/lang/String;)Ljava/lang/Class;")
            .next();
        let Some(slot) = slot else { return Err(Throw::Fatal("a class loader without loadClass".into())) };
        let method = self.slot_target(loader_class, slot)?;
        let result = self.invoke(method, &[loader.to_slot(), class_name.to_slot()]);
        let mirror = match result {
            Ok(Some(m)) => ObjRef::from_slot(m),
            Ok(None) => ObjRef::NULL,
            Err(Throw::Java(e)) if self.is_instance_of(e, "java/lang/ClassNotFoundException") => {
                return Err(self.error("java/lang/NoClassDefFoundError", name));
            }
            Err(e) => return Err(e),
        };
        match self.mirror_class(mirror) {
            Some(c) => Ok(c),
            None => Err(self.error("java/lang/NoClassDefFoundError", name)),
        }
    }

    /// The class `name` as the defining loader of `requester` sees it.
    pub fn load_class_for(&mut self, name: &str, requester: ClassId) -> JResult<ClassId> {
        let loader = self.class(requester).loader;
        self.load_class_with_loader(name, loader)
    }

    /// `Class.forName`: a binary name (`java.lang.String`,
    /// `[Ljava.lang.String;`) through `loader`; `ClassNotFoundException`
    /// when it cannot be had.
    pub fn class_for_name(&mut self, name: &str, loader: ObjRef) -> JResult<ClassId> {
        let internal = name.replace('.', "/");
        let malformed = internal.contains("//") || name.contains('/') || internal.is_empty();
        let result = if malformed { None } else { Some(self.load_class_with_loader(&internal, loader)) };
        match result {
            Some(Ok(c)) => Ok(c),
            Some(Err(Throw::Java(e))) if !self.is_instance_of(e, "java/lang/NoClassDefFoundError") => {
                Err(Throw::Java(e))
            }
            Some(Err(e @ (Throw::Fatal(_) | Throw::Exit(_)))) => Err(e),
            _ => Err(self.error("java/lang/ClassNotFoundException", name)),
        }
    }

    /// A boot class, if java.base (or another boot image) has it; `None`
    /// rather than an error when it does not.
    pub fn find_boot_class(&mut self, name: &str) -> JResult<Option<ClassId>> {
        if let Some(&id) = self.by_name.get(name) {
            return Ok(self.class(id).loader.is_null().then_some(id));
        }
        let present =
            name.starts_with('[') || (0..self.searchable_images).any(|i| self.image_has_class(i, name));
        if !present {
            return Ok(None);
        }
        match self.load_class(name) {
            Ok(id) => Ok(Some(id)),
            Err(Throw::Java(e)) if self.is_instance_of(e, "java/lang/NoClassDefFoundError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Defines a class from class-file bytes for `loader`
    /// (`ClassLoader.defineClass`): parsed, translated (the image cached by
    /// the bytes' content), linked. `expected` is the name the caller asked
    /// for (internal form), if any.
    pub fn define_class(&mut self, loader: ObjRef, expected: Option<&str>, bytes: &[u8]) -> JResult<ClassId> {
        let image = self.defined_image(bytes)?;
        let index = self.add_defined_image(image);
        let names: Vec<String> = {
            let image = self.images[index].image()?;
            image.class_names().filter_map(|n| n.ok().map(str::to_string)).collect()
        };
        // The class itself comes first in its image's order only by name:
        // find it as the one whose name the bytes declare.
        let declared =
            ClassFile::parse(bytes).and_then(|c| c.name().map(|n| n.into_owned())).unwrap_or_default();
        if let Some(expected) = expected {
            if expected != declared {
                let message = format!("{expected} (wrong name: {declared})");
                return Err(self.error("java/lang/NoClassDefFoundError", &message));
            }
        }
        if self.by_name.contains_key(&declared) {
            let message = format!(
                "loader {}: attempted duplicate class definition for {}.",
                self.loader_description(loader),
                declared.replace('/', ".")
            );
            return Err(self.error("java/lang/LinkageError", &message));
        }
        let mut main = None;
        // Generated classes (lambdas) are linked lazily, by name, when the
        // class refers to them: register them as defined by the same loader.
        for name in names {
            if name == declared {
                let read =
                    self.read_class(index, &name)?.ok_or_else(|| Throw::Fatal("class vanished".into()))?;
                main = Some(self.link_class(&name, index, read, loader)?);
            } else {
                self.pending_defined.insert(name, (index, loader));
            }
        }
        main.ok_or_else(|| Throw::Fatal(format!("{declared}: not in its own image")))
    }

    fn loader_description(&self, loader: ObjRef) -> String {
        if loader.is_null() {
            return "'bootstrap'".into();
        }
        let name = self.get_field(loader, "name").map(ObjRef::from_slot).and_then(|n| self.rust_string(n));
        let class = self.class(self.class_of(loader)).name.replace('/', ".");
        match name {
            Some(n) => format!("'{n}' @{:x}", loader.addr()),
            None => format!("{class} @{:x}", loader.addr()),
        }
    }

    /// The image of a class's bytes: from the cache if this content was
    /// translated before, else translated now (and cached).
    fn defined_image(&mut self, bytes: &[u8]) -> JResult<ImageSource> {
        let key = Key::image(&Digest::of_bytes(bytes), TRANSLATOR_VERSION);
        if let Some(path) = self.cache.as_ref().and_then(|c| c.get(&key)) {
            if let Ok(mapped) = MappedImage::open(&path) {
                return Ok(ImageSource::Mapped(mapped));
            }
        }
        let class = match ClassFile::parse(bytes) {
            Ok(c) => c,
            Err(e) => {
                let class = e.kind.java_error().replace('.', "/");
                return Err(self.error(&class, &e.message));
            }
        };
        let mut translation = match keel_jvm::translate_class(&class) {
            Ok(t) => t,
            Err(e) => {
                let class = e.kind.java_error().replace('.', "/");
                let message = format!("{e}");
                return Err(self.error(&class, &message));
            }
        };
        translation.optimize();
        let mut classes = vec![translation.class];
        classes.extend(translation.generated);
        classes.sort_by(|a, b| a.name.cmp(&b.name));
        let module = keel_kir::Module { name: None, classes };
        let image = keel_kbf::write_module(&module, TRANSLATOR_VERSION);
        if let Some(cache) = &self.cache {
            if let Ok(path) = cache.put(&key, "class", &image) {
                if let Ok(mapped) = MappedImage::open(&path) {
                    return Ok(ImageSource::Mapped(mapped));
                }
            }
        }
        Ok(ImageSource::Bytes(image))
    }
}
