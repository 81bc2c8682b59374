//! The containers class files come in: a directory tree, a single `.class`
//! file, a jar (or any zip), a jmod, and the JDK's jimage (`lib/modules`).
//!
//! A container hands out raw class-file bytes by internal name
//! (`java/lang/String`); it does not parse them. [`Container::open`] looks at
//! the file to decide its kind, so callers need not care which kind they hold.
//!
//! Nothing here trusts the file: counts and offsets are checked against the
//! file's length before use, and decompressed sizes are capped
//! ([`OpenOptions::max_entry_size`]), so a hostile container yields a
//! [`ContainerError`], never a panic or a huge allocation.

mod dir;
mod error;
mod jar;
pub mod jdk;
mod jimage;
mod jmod;
mod zip_store;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

use std::fs::File;
use std::io::Read;
use std::path::Path;

pub use dir::{Directory, SingleClassFile};
pub use error::{ContainerError, ContainerErrorKind};
pub use jar::{Jar, Manifest};
pub use jdk::{find_jdk, JdkHome, JdkNotFound};
pub use jimage::JImage;
pub use jmod::Jmod;

/// The Java feature release whose multi-release jar entries are used by default.
pub const DEFAULT_RELEASE: u32 = 17;

/// No single entry may decompress to more than this by default (zip bombs).
pub const DEFAULT_MAX_ENTRY_SIZE: u64 = 1 << 30;

/// The name the module descriptor's class file has in every container.
pub const MODULE_INFO: &str = "module-info";

/// Choices that affect what a container returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOptions {
    /// Feature release for multi-release jars: `META-INF/versions/N/` entries
    /// with `9 <= N <= release` override the base entries.
    pub release: u32,
    /// The largest entry (after decompression) that will be read, in bytes.
    pub max_entry_size: u64,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions { release: DEFAULT_RELEASE, max_entry_size: DEFAULT_MAX_ENTRY_SIZE }
    }
}

/// A class a container holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassEntry {
    /// The module, where the container knows it (jimage, jmod).
    pub module: Option<String>,
    /// Internal binary name, e.g. `java/lang/String`, or `module-info`.
    pub name: String,
}

impl ClassEntry {
    /// The module descriptor is a class file too, but declares no class.
    pub fn is_module_info(&self) -> bool {
        self.name == MODULE_INFO
    }
}

/// A non-class entry (a resource a class loader can find), e.g. `java/lang/uniName.dat`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceEntry {
    /// The module, where the container knows it (jimage, jmod).
    pub module: Option<String>,
    /// Path inside the container (or module), `/`-separated, no leading `/`.
    pub name: String,
}

/// The kinds of container, as detected by [`Container::open`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContainerKind {
    Directory,
    ClassFile,
    Jar,
    Jmod,
    JImage,
}

/// Any container, opened by [`Container::open`].
pub enum Container {
    Directory(Directory),
    ClassFile(SingleClassFile),
    Jar(Jar),
    Jmod(Jmod),
    JImage(JImage),
}

impl Container {
    /// Opens `path` with the default options, detecting its kind.
    pub fn open(path: impl AsRef<Path>) -> Result<Container, ContainerError> {
        Self::open_with(path, &OpenOptions::default())
    }

    /// Opens `path`, detecting its kind from its content (a directory, or the
    /// file's first bytes), and from a `.class` extension as a last resort.
    pub fn open_with(path: impl AsRef<Path>, options: &OpenOptions) -> Result<Container, ContainerError> {
        let path = path.as_ref();
        Ok(match detect_kind(path)? {
            ContainerKind::Directory => Container::Directory(Directory::open(path, options)?),
            ContainerKind::ClassFile => Container::ClassFile(SingleClassFile::open(path, options)?),
            ContainerKind::Jar => Container::Jar(Jar::open(path, options)?),
            ContainerKind::Jmod => Container::Jmod(Jmod::open(path, options)?),
            ContainerKind::JImage => Container::JImage(JImage::open(path, options)?),
        })
    }

    pub fn kind(&self) -> ContainerKind {
        match self {
            Container::Directory(_) => ContainerKind::Directory,
            Container::ClassFile(_) => ContainerKind::ClassFile,
            Container::Jar(_) => ContainerKind::Jar,
            Container::Jmod(_) => ContainerKind::Jmod,
            Container::JImage(_) => ContainerKind::JImage,
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            Container::Directory(c) => c.path(),
            Container::ClassFile(c) => c.path(),
            Container::Jar(c) => c.path(),
            Container::Jmod(c) => c.path(),
            Container::JImage(c) => c.path(),
        }
    }

    /// Every class file the container holds, sorted, each once (a
    /// multi-release jar lists an overridden class under its base name).
    pub fn list_classes(&self) -> Result<Vec<ClassEntry>, ContainerError> {
        match self {
            Container::Directory(c) => c.list_classes(),
            Container::ClassFile(c) => Ok(c.list_classes()),
            Container::Jar(c) => Ok(c.list_classes()),
            Container::Jmod(c) => Ok(c.list_classes()),
            Container::JImage(c) => c.list_classes(),
        }
    }

    /// The bytes of a listed entry. Unlike [`Self::read_class`], this also
    /// reaches a jimage's `module-info` files (one per module, found by module).
    pub fn read_entry(&self, entry: &ClassEntry) -> Result<Option<Vec<u8>>, ContainerError> {
        match (self, &entry.module) {
            (Container::JImage(image), Some(module)) => image.read_class_in(module, &entry.name),
            _ => self.read_class(&entry.name),
        }
    }

    /// The bytes of class `name` (internal form, `a/b/C`), `None` if absent.
    ///
    /// A jimage finds the module through its package table, so `module-info`
    /// (which has no package) needs [`JImage::read_class_in`].
    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        match self {
            Container::Directory(c) => c.read_class(name),
            Container::ClassFile(c) => c.read_class(name),
            Container::Jar(c) => c.read_class(name),
            Container::Jmod(c) => c.read_class(name),
            Container::JImage(c) => c.read_class(name),
        }
    }

    /// The modules the container holds: all of a jimage's, a jmod's one, and
    /// none for the others (a modular jar's name is inside its `module-info`).
    pub fn modules(&self) -> Result<Vec<String>, ContainerError> {
        match self {
            Container::Jmod(c) => Ok(vec![c.module().to_owned()]),
            Container::JImage(c) => c.modules(),
            _ => Ok(Vec::new()),
        }
    }

    /// Every non-class entry, sorted.
    pub fn list_resources(&self) -> Result<Vec<ResourceEntry>, ContainerError> {
        match self {
            Container::Directory(c) => c.list_resources(),
            Container::ClassFile(_) => Ok(Vec::new()),
            Container::Jar(c) => Ok(c.list_resources()),
            Container::Jmod(c) => Ok(c.list_resources()),
            Container::JImage(c) => c.list_resources(),
        }
    }

    /// The bytes of resource `name` (any entry, classes included, by path:
    /// `META-INF/MANIFEST.MF`, `a/b/C.class`), `None` if absent. A jimage also
    /// takes its own full form, `/module/path`.
    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        match self {
            Container::Directory(c) => c.read_resource(name),
            Container::ClassFile(_) => Ok(None),
            Container::Jar(c) => c.read_resource(name),
            Container::Jmod(c) => c.read_resource(name),
            Container::JImage(c) => c.read_resource(name),
        }
    }
}

/// Decides a path's container kind from what it is, not what it is called;
/// only a file with no known magic falls back to its extension.
pub fn detect_kind(path: &Path) -> Result<ContainerKind, ContainerError> {
    let metadata = std::fs::metadata(path).map_err(|e| ContainerError::io(path, "cannot open", e))?;
    if metadata.is_dir() {
        return Ok(ContainerKind::Directory);
    }
    let magic = read_magic(path)?;
    if let Some(kind) = kind_from_magic(&magic) {
        return Ok(kind);
    }
    if path.extension().is_some_and(|ext| ext == "class") {
        return Ok(ContainerKind::ClassFile);
    }
    Err(ContainerError::new(
        ContainerErrorKind::UnknownFormat,
        path,
        format!("not a directory, class file, jar, jmod or jimage (starts with {})", hex(&magic)),
    ))
}

/// The first (up to) 4 bytes of a file.
fn read_magic(path: &Path) -> Result<Vec<u8>, ContainerError> {
    let file = File::open(path).map_err(|e| ContainerError::io(path, "cannot open", e))?;
    let mut magic = Vec::with_capacity(4);
    file.take(4).read_to_end(&mut magic).map_err(|e| ContainerError::io(path, "cannot read", e))?;
    Ok(magic)
}

fn kind_from_magic(magic: &[u8]) -> Option<ContainerKind> {
    match magic {
        [0xCA, 0xFE, 0xBA, 0xBE] => Some(ContainerKind::ClassFile),
        // A local file header, or the end record of an empty zip.
        [b'P', b'K', 3, 4] | [b'P', b'K', 5, 6] => Some(ContainerKind::Jar),
        [b'J', b'M', 1, 0] => Some(ContainerKind::Jmod),
        // 0xCAFEDADA in either byte order: jimages are written in the native one.
        [0xDA, 0xDA, 0xFE, 0xCA] | [0xCA, 0xFE, 0xDA, 0xDA] => Some(ContainerKind::JImage),
        _ => None,
    }
}

fn hex(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "nothing: the file is empty".to_owned();
    }
    bytes.iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(" ")
}

/// `a/b/C.class` -> `a/b/C`; `None` for entries that are not class files.
fn class_name_of(entry: &str) -> Option<&str> {
    let name = entry.strip_suffix(".class")?;
    (!name.is_empty() && !name.ends_with('/')).then_some(name)
}

/// Entries under `META-INF/` are never classes: it is no legal package name,
/// and multi-release versions are listed under their base names instead.
fn is_meta_inf(entry: &str) -> bool {
    entry.starts_with("META-INF/")
}
