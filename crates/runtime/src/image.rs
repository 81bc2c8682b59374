//! Images mapped into memory (design decisions 6 and 9), and the cached
//! java.base image.
//!
//! A [`MappedImage`] maps a KBF file read-only; its pages are shared by every
//! process that maps the same file, and [`MappedImage::image`] reads it in
//! place. [`jdk_base_image`] gives java.base's image from the cache,
//! translating it on first use.
//!
//! **Why mapping is sound here.** Rust requires that the bytes behind a
//! `&[u8]` do not change while it lives. Cache entries are never modified in
//! place: `keel-cache` writes each one under a temporary name and renames it
//! into place, replaces it only by another rename, and deletes it only by
//! unlinking; a mapped file that is replaced or unlinked keeps its old,
//! unchanged pages for as long as it is mapped. The remaining risk is another
//! program writing into or truncating the file itself (a user's tool, not
//! Keel). Writing would change bytes under us (the checked reader still
//! gives errors, not wild reads, since every read is bounds-checked against
//! the mapping's fixed length); truncating makes the kernel deliver `SIGBUS`
//! when a page beyond the new end is touched. We mitigate what we can: the
//! mapping is read-only and private, entries live in Keel's own cache
//! directory, and the cache's size-and-fingerprint check at `get` catches a
//! file truncated before it is mapped. The same holds for images the user
//! names, which are opened with their content hash checked.

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use keel_cache::{jdk_modules_identity, Cache, CacheError, Key, KeyBuilder, Kind};
use keel_classfile::container::{Container, ContainerError, JdkHome};
use keel_jvm::module::{list_sources, translate_module, ClassOutcome};
use keel_jvm::TRANSLATOR_VERSION;
use keel_kbf::{Image, KbfError};
use memmap2::Mmap;

/// The module the runtime boots from.
pub const JAVA_BASE: &str = "java.base";

/// A problem getting or opening an image.
#[derive(Debug)]
pub enum Error {
    /// The file cannot be opened or mapped.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not a good KBF image.
    Kbf {
        path: PathBuf,
        source: KbfError,
    },
    /// The JDK's class library cannot be read.
    Container(ContainerError),
    Cache(CacheError),
    /// The image is a good KBF image, but of another module.
    WrongModule {
        path: PathBuf,
        expected: String,
        found: Option<String>,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Kbf { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Container(e) => write!(f, "{e}"),
            Error::Cache(e) => write!(f, "{e}"),
            Error::WrongModule { path, expected, found } => write!(
                f,
                "{}: image of module {}, expected {expected}",
                path.display(),
                found.as_deref().unwrap_or("(unnamed)")
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<CacheError> for Error {
    fn from(e: CacheError) -> Error {
        Error::Cache(e)
    }
}

impl From<ContainerError> for Error {
    fn from(e: ContainerError) -> Error {
        Error::Container(e)
    }
}

/// A KBF image file mapped read-only into memory, its header checked.
pub struct MappedImage {
    path: PathBuf,
    map: Mmap,
}

impl fmt::Debug for MappedImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MappedImage").field("path", &self.path).field("len", &self.map.len()).finish()
    }
}

impl MappedImage {
    /// Maps an image from Keel's cache: checks the header and section table,
    /// not the content hash (entries are named by their key and written
    /// atomically; every later read is bounds-checked anyway).
    pub fn open(path: &Path) -> Result<MappedImage, Error> {
        let mapped = MappedImage::map(path)?;
        Image::open(&mapped.map).map_err(|source| Error::Kbf { path: path.to_path_buf(), source })?;
        Ok(mapped)
    }

    /// Maps an image from elsewhere (one a user names): also checks the
    /// content hash, which reads every byte once.
    pub fn open_verified(path: &Path) -> Result<MappedImage, Error> {
        let mapped = MappedImage::map(path)?;
        Image::open_verified(&mapped.map)
            .map_err(|source| Error::Kbf { path: path.to_path_buf(), source })?;
        Ok(mapped)
    }

    fn map(path: &Path) -> Result<MappedImage, Error> {
        let io_error = |source| Error::Io { path: path.to_path_buf(), source };
        let file = File::open(path).map_err(io_error)?;
        // SAFETY: `Mmap::map` is unsafe because the mapped bytes must not
        // change (or vanish) while the mapping lives. The map is read-only
        // and images are never modified in place by Keel: cache entries are
        // written once under a temporary name and renamed into place,
        // replaced only by another rename and removed only by unlinking,
        // none of which touches the pages of an existing mapping. Another
        // program truncating or rewriting the file in place is the remaining
        // risk, documented at the top of this module.
        let map = unsafe { Mmap::map(&file) }.map_err(io_error)?;
        Ok(MappedImage { path: path.to_path_buf(), map })
    }

    /// The image, read in place from the mapping.
    pub fn image(&self) -> Image<'_> {
        // `open` already accepted these same bytes, and `Image::open` is a
        // pure function of them: it cannot fail now.
        Image::open(&self.map).expect("image header was checked when it was mapped")
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The mapped bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.map
    }
}

/// How java.base's image orders its classes (part of its cache key, with
/// [`KEEL_STARTUP_CLASSES`]: an entry laid out otherwise is made again).
const BASE_IMAGE_LAYOUT: &str =
    "classes in start-up order (Keel's list, then lib/classlist); class names first among strings";

/// The java.base classes Keel loads to run a Hello World, in load order
/// (written by `startup-classes.sh`).
const KEEL_STARTUP_CLASSES: &str = include_str!("../startup-classes.txt");

/// The cache key of `jdk`'s java.base image for this translator.
pub fn jdk_base_key(jdk: &JdkHome) -> Result<Key, Error> {
    Ok(KeyBuilder::new(Kind::Image)
        .field(&jdk_modules_identity(jdk.root())?.0)
        .field(TRANSLATOR_VERSION.as_bytes())
        .field(BASE_IMAGE_LAYOUT.as_bytes())
        .field(KEEL_STARTUP_CLASSES.as_bytes())
        .finish())
}

/// java.base's image for `jdk`: from `cache`, or translated from the JDK's
/// `lib/modules` and stored there on first use. A cached entry that is
/// missing, truncated or does not open as java.base's image is deleted and
/// translated again. With `progress`, says on stderr what it is doing (and
/// draws a progress bar when stderr is a terminal); without, it is silent.
pub fn jdk_base_image(jdk: &JdkHome, cache: &Cache, progress: bool) -> Result<MappedImage, Error> {
    let key = jdk_base_key(jdk)?;
    if let Some(path) = cache.get(&key) {
        match MappedImage::open(&path).and_then(|m| check_module(m, JAVA_BASE)) {
            Ok(mapped) => return Ok(mapped),
            Err(e) => {
                if progress {
                    eprintln!("keel: cached java.base image is damaged ({e}); translating it again");
                }
                cache.remove(&key)?;
            }
        }
    }
    let bytes = translate_jdk_module(jdk, JAVA_BASE, progress)?;
    let path = cache.put(&key, JAVA_BASE, &bytes)?;
    drop(bytes);
    check_module(MappedImage::open(&path)?, JAVA_BASE)
}

fn check_module(mapped: MappedImage, expected: &str) -> Result<MappedImage, Error> {
    let found = mapped
        .image()
        .module_name()
        .map_err(|source| Error::Kbf { path: mapped.path.clone(), source })?
        .map(str::to_string);
    if found.as_deref() != Some(expected) {
        return Err(Error::WrongModule { path: mapped.path, expected: expected.to_string(), found });
    }
    Ok(mapped)
}

/// The classes a program is likely to load first, each with its rank:
/// those Keel loads for a Hello World ([`KEEL_STARTUP_CLASSES`]), then
/// those of the JDK's `lib/classlist` (the list HotSpot's build records for
/// its CDS archive from `java -version` and a small program; skipped if the
/// JDK has none). Lines that name no class (`#` comments, `@` entries for
/// lambda forms and proxies) are skipped.
fn startup_classes(jdk: &JdkHome) -> HashMap<String, usize> {
    let classlist = std::fs::read_to_string(jdk.root().join("lib").join("classlist")).unwrap_or_default();
    let mut order = HashMap::new();
    for line in KEEL_STARTUP_CLASSES.lines().chain(classlist.lines()) {
        let Some(name) = line.split_whitespace().next() else { continue };
        if !name.starts_with(['#', '@']) {
            let rank = order.len();
            order.entry(name.to_string()).or_insert(rank);
        }
    }
    order
}

/// Puts the classes of the start-up list first, in its order, and the rest
/// after them in the order they had (by name). An image's class records,
/// import tables, code and strings follow its class order, so what a small
/// program reads of java.base then lies in a few megabytes at its start
/// instead of a page here and there over all of it, and a process has that
/// much less of the image mapped (Hello World: 3.1 MB of java.base's
/// 22.5 MB resident; 7.5 MB with lib/classlist's order alone, 12.1 MB in
/// name order). The class index is sorted by name either way.
fn order_for_startup(classes: &mut [keel_kir::Class], startup: &HashMap<String, usize>) {
    classes.sort_by_key(|class| startup.get(&*class.name).copied().unwrap_or(usize::MAX));
}

/// Translates one module of the JDK's `lib/modules` into KBF bytes. Classes
/// that fail to translate are left out (and counted on stderr with
/// `progress`); using one later raises `NoClassDefFoundError`.
fn translate_jdk_module(jdk: &JdkHome, module: &str, progress: bool) -> Result<Vec<u8>, Error> {
    let started = Instant::now();
    if progress {
        eprintln!("keel: translating {module} (first run)…");
    }
    let containers = [Container::open(jdk.modules_image())?];
    let sources = list_sources(&containers, &[module.to_string()])?;
    let bar = if progress && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(sources.len() as u64);
        let style = ProgressStyle::with_template("translating {bar:40} {pos}/{len} classes ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar
    } else {
        ProgressBar::hidden()
    };
    let translation = translate_module(Some(module.to_string()), &sources, &mut |outcome| {
        if let (ClassOutcome::Failed(message), true) = (outcome, progress) {
            bar.suspend(|| eprintln!("keel: {message}"));
        }
        bar.inc(1);
    });
    bar.finish_and_clear();
    let mut translated = translation.module;
    order_for_startup(&mut translated.classes, &startup_classes(jdk));
    let bytes = keel_kbf::write_module(&translated, TRANSLATOR_VERSION);
    if progress {
        eprintln!(
            "keel: translated {module}: {} classes (+{} generated), {} failed, {} bytes, in {:.2} s",
            translation.classes,
            translation.generated,
            translation.failures.len(),
            bytes.len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(bytes)
}
