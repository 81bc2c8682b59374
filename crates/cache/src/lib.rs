//! Keel's content-addressed cache: translated images (and, later, native
//! code) stored on disk under a key that digests everything they depend on
//! (design decision 9).
//!
//! **Where.** `$KEEL_CACHE_DIR` if set (tests use it), else
//! `$XDG_CACHE_HOME/keel`, else `$HOME/.cache/keel` (`%LOCALAPPDATA%\keel` on
//! Windows). See [`default_dir`].
//!
//! **Entries.** Each entry is two files named by its key's hex digest: the
//! data (`<hex>.kbf` for an image) and a small text file beside it
//! (`<hex>.meta`) with its kind, label (`java.base`), size and a fingerprint
//! (BLAKE3 of the size and the first and last 4 KiB). A key is the BLAKE3 of
//! the entry's kind, its input digest and the translator version (and, for
//! native code later, the target and code-generator settings): see [`Key`].
//!
//! **Writing.** [`Cache::put`] writes the meta file, then the data, each to a
//! fresh temporary file in the cache directory (`.tmp-…` with the pid, a
//! counter and the time in its name, created with `create_new`), flushed to
//! disk, then renamed over the final name. A rename within one directory is
//! atomic, so a reader sees the old file, the new file or none, never a
//! half-written one; two processes putting the same key both succeed (the
//! last rename wins, and both wrote the same bytes: entries are content
//! addressed, so one key always has one content). Files are never modified
//! in place, only replaced or deleted, which is what makes memory-mapping
//! them sound (see `keel-runtime`'s `image` module).
//!
//! **Reading.** [`Cache::get`] returns an entry only if its meta file is
//! there and the data's size and fingerprint match it: a truncated or
//! overwritten entry (a crash on a file system that lost the data, a disk
//! full, someone's editor) is reported as missing, and the caller rebuilds
//! it. It does not hash the whole entry: the image reader checks every
//! bound anyway, so a corrupt image that slips past gives an error, never
//! undefined behaviour; the caller then [`Cache::remove`]s it and rebuilds.
#![forbid(unsafe_code)]

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The first line of every meta file; a different one is not ours (or is
/// from another version of this format) and makes the entry missing.
const META_MAGIC: &str = "keel-cache 1";

/// How many bytes of each end of an entry its fingerprint covers.
const FINGERPRINT_SPAN: u64 = 4096;

/// Prefix of the temporary files `put` writes before renaming them.
const TEMP_PREFIX: &str = ".tmp-";

/// The size of the writes that fill an entry: the kernel's fault-around
/// window (16 pages), so mapping one page of an entry maps no more than
/// touching it would anyway.
const WRITE_PIECE: usize = 64 << 10;

/// A 32-byte BLAKE3 digest of some input (a file, a JDK's modules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digest(pub [u8; 32]);

impl Digest {
    /// The digest of some bytes.
    pub fn of_bytes(bytes: &[u8]) -> Digest {
        Digest(*blake3::hash(bytes).as_bytes())
    }

    /// The digest of a file's content (reads all of it).
    pub fn of_file(path: &Path) -> Result<Digest, CacheError> {
        let mut hasher = blake3::Hasher::new();
        let mut file = fs::File::open(path).map_err(|e| CacheError::new("cannot read", path, e))?;
        io::copy(&mut file, &mut hasher).map_err(|e| CacheError::new("cannot read", path, e))?;
        Ok(Digest(*hasher.finalize().as_bytes()))
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }
}

/// The identity of a JDK's class library, `<jdk>/lib/modules`, without reading
/// it: the digest of its canonical path, size and modification time (to the
/// nanosecond, where the file system keeps them) and the content of the JDK's
/// `release` file.
///
/// Hashing the 130 MB jimage itself would cost 50 ms or more at every start,
/// for every program. A JDK is not edited in place: an update installs a new
/// `lib/modules` (new mtime, usually new size) and a new `release` (new
/// version), and moving the JDK changes the path. The risk is a file replaced
/// by one of the same size with its mtime forged back, which only a deliberate
/// act does; `keel cache clear` undoes it.
pub fn jdk_modules_identity(jdk_home: &Path) -> Result<Digest, CacheError> {
    let modules = jdk_home.join("lib").join("modules");
    let canonical = fs::canonicalize(&modules).map_err(|e| CacheError::new("cannot find", &modules, e))?;
    let metadata = fs::metadata(&canonical).map_err(|e| CacheError::new("cannot stat", &canonical, e))?;
    let mtime = metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let release_path = jdk_home.join("release");
    let release = fs::read(&release_path).map_err(|e| CacheError::new("cannot read", &release_path, e))?;
    let mut hasher = blake3::Hasher::new();
    field(&mut hasher, b"jdk lib/modules identity 1");
    field(&mut hasher, canonical.as_os_str().as_encoded_bytes());
    field(&mut hasher, &metadata.len().to_le_bytes());
    field(&mut hasher, &mtime.to_le_bytes());
    field(&mut hasher, &release);
    Ok(Digest(*hasher.finalize().as_bytes()))
}

/// Hashes one length-prefixed field, so that fields cannot run into each other.
fn field(hasher: &mut blake3::Hasher, bytes: &[u8]) {
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// What an entry holds; decides the data file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A KBF image (`.kbf`).
    Image,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Image => "image",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Kind::Image => "kbf",
        }
    }

    fn from_name(name: &str) -> Option<Kind> {
        match name {
            "image" => Some(Kind::Image),
            _ => None,
        }
    }

    const ALL: [Kind; 1] = [Kind::Image];
}

/// An entry's name in the cache: a digest of everything its content depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    kind: Kind,
    digest: [u8; 32],
}

impl Key {
    /// The key of the image translated from `input` by `translator_version`
    /// (e.g. `keel_jvm::TRANSLATOR_VERSION`).
    pub fn image(input: &Digest, translator_version: &str) -> Key {
        KeyBuilder::new(Kind::Image).field(&input.0).field(translator_version.as_bytes()).finish()
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The digest, in lowercase hex: the entry's file name.
    pub fn to_hex(&self) -> String {
        hex(&self.digest)
    }
}

/// Builds a [`Key`] from any number of fields (input digest, translator
/// version, later target and code-generator settings), each length-prefixed.
pub struct KeyBuilder {
    kind: Kind,
    hasher: blake3::Hasher,
}

impl KeyBuilder {
    pub fn new(kind: Kind) -> KeyBuilder {
        let mut hasher = blake3::Hasher::new();
        field(&mut hasher, b"keel cache key 1");
        field(&mut hasher, kind.name().as_bytes());
        KeyBuilder { kind, hasher }
    }

    pub fn field(mut self, bytes: &[u8]) -> KeyBuilder {
        field(&mut self.hasher, bytes);
        self
    }

    pub fn finish(self) -> Key {
        Key { kind: self.kind, digest: *self.hasher.finalize().as_bytes() }
    }
}

/// An entry found by [`Cache::list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The data file.
    pub path: PathBuf,
    /// The key's digest in hex (the file's stem).
    pub key_hex: String,
    /// The kind from the meta file, if it has a readable one.
    pub kind: Option<Kind>,
    /// What it is, e.g. `java.base` (empty if the meta file is missing).
    pub label: String,
    /// Size of the data file, in bytes.
    pub size: u64,
    pub modified: Option<SystemTime>,
    /// Whether the data matches its meta file (what [`Cache::get`] checks).
    pub valid: bool,
}

/// A failed file-system operation on the cache.
#[derive(Debug)]
pub struct CacheError {
    pub action: &'static str,
    pub path: PathBuf,
    pub source: io::Error,
}

impl CacheError {
    fn new(action: &'static str, path: &Path, source: io::Error) -> CacheError {
        CacheError { action, path: path.to_path_buf(), source }
    }
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cache: {} {}: {}", self.action, self.path.display(), self.source)
    }
}

impl std::error::Error for CacheError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The cache directory from the environment: `KEEL_CACHE_DIR`, else
/// `XDG_CACHE_HOME/keel` (if absolute, as the XDG spec asks), else
/// `HOME/.cache/keel`, else `LOCALAPPDATA/keel`. `None` if none is set.
pub fn default_dir() -> Option<PathBuf> {
    dir_from_env(|name| std::env::var_os(name))
}

/// [`default_dir`] with the environment given (for tests).
pub fn dir_from_env(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = set("KEEL_CACHE_DIR") {
        return Some(dir);
    }
    if let Some(xdg) = set("XDG_CACHE_HOME").filter(|p| p.is_absolute()) {
        return Some(xdg.join("keel"));
    }
    if let Some(home) = set("HOME") {
        return Some(home.join(".cache").join("keel"));
    }
    set("LOCALAPPDATA").map(|dir| dir.join("keel"))
}

/// The cache: a directory of entries.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// Opens (creating it if needed) the cache at [`default_dir`].
    pub fn open_default() -> Result<Cache, CacheError> {
        let dir = default_dir().ok_or_else(|| {
            CacheError::new(
                "cannot locate",
                Path::new("the cache directory"),
                io::Error::new(io::ErrorKind::NotFound, "set KEEL_CACHE_DIR, XDG_CACHE_HOME or HOME"),
            )
        })?;
        Cache::open(dir)
    }

    /// Opens (creating it if needed) the cache in `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Cache, CacheError> {
        let dir = dir.into();
        fs::create_dir_all(&dir).map_err(|e| CacheError::new("cannot create", &dir, e))?;
        Ok(Cache { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where `key`'s data lives (whether or not it is there).
    pub fn path_for(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.{}", key.to_hex(), key.kind.extension()))
    }

    fn meta_path(&self, key_hex: &str) -> PathBuf {
        self.dir.join(format!("{key_hex}.meta"))
    }

    /// The entry's data file, if it is there and matches its meta file (size
    /// and fingerprint). A missing, truncated or overwritten entry is `None`.
    pub fn get(&self, key: &Key) -> Option<PathBuf> {
        let path = self.path_for(key);
        let meta = read_meta(&self.meta_path(&key.to_hex()))?;
        (meta.kind == Some(key.kind) && matches_meta(&path, &meta)).then_some(path)
    }

    /// Stores `bytes` as `key`'s entry, labelled `label` (e.g. `java.base`),
    /// and returns its path. Atomic: see the crate documentation.
    pub fn put(&self, key: &Key, label: &str, bytes: &[u8]) -> Result<PathBuf, CacheError> {
        let key_hex = key.to_hex();
        let label: String = label.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let meta = format!(
            "{META_MAGIC}\nkind {}\nlabel {label}\nsize {}\nfingerprint {}\n",
            key.kind.name(),
            bytes.len(),
            hex(&fingerprint_of_bytes(bytes))
        );
        self.write_atomically(&self.meta_path(&key_hex), meta.as_bytes())?;
        let path = self.path_for(key);
        self.write_atomically(&path, bytes)?;
        Ok(path)
    }

    /// Deletes `key`'s entry, if any. Processes that have it mapped keep
    /// their mapping (on Unix; elsewhere the deletion may fail while mapped).
    pub fn remove(&self, key: &Key) -> Result<(), CacheError> {
        remove_if_present(&self.path_for(key))?;
        remove_if_present(&self.meta_path(&key.to_hex()))
    }

    /// Every entry, valid or not, sorted by label then key.
    pub fn list(&self) -> Result<Vec<Entry>, CacheError> {
        let mut entries = Vec::new();
        for (path, name) in self.files()? {
            let Some((stem, extension)) = name.rsplit_once('.') else { continue };
            if !Kind::ALL.iter().any(|k| k.extension() == extension) || !is_key_hex(stem) {
                continue;
            }
            let Ok(metadata) = fs::metadata(&path) else { continue };
            let meta = read_meta(&self.meta_path(stem));
            let valid = meta.as_ref().is_some_and(|m| {
                m.kind.is_some_and(|k| k.extension() == extension) && matches_meta(&path, m)
            });
            entries.push(Entry {
                key_hex: stem.to_string(),
                kind: meta.as_ref().and_then(|m| m.kind),
                label: meta.map(|m| m.label).unwrap_or_default(),
                size: metadata.len(),
                modified: metadata.modified().ok(),
                valid,
                path,
            });
        }
        entries.sort_by(|a, b| (&a.label, &a.key_hex).cmp(&(&b.label, &b.key_hex)));
        Ok(entries)
    }

    /// Deletes every entry, meta file and leftover temporary file; returns
    /// how many entries there were. A `put` running meanwhile in another
    /// process may then fail (its temporary file is gone).
    pub fn clear(&self) -> Result<usize, CacheError> {
        let mut removed = 0;
        for (path, name) in self.files()? {
            let is_entry = name.rsplit_once('.').is_some_and(|(stem, ext)| {
                is_key_hex(stem) && Kind::ALL.iter().any(|k| k.extension() == ext)
            });
            let is_meta = name.strip_suffix(".meta").is_some_and(is_key_hex);
            if is_entry || is_meta || name.starts_with(TEMP_PREFIX) {
                remove_if_present(&path)?;
                removed += usize::from(is_entry);
            }
        }
        Ok(removed)
    }

    /// The files of the cache directory, with their names.
    fn files(&self) -> Result<Vec<(PathBuf, String)>, CacheError> {
        let read = fs::read_dir(&self.dir).map_err(|e| CacheError::new("cannot list", &self.dir, e))?;
        let mut files = Vec::new();
        for entry in read {
            let entry = entry.map_err(|e| CacheError::new("cannot list", &self.dir, e))?;
            if let Ok(name) = entry.file_name().into_string() {
                files.push((entry.path(), name));
            }
        }
        Ok(files)
    }

    /// Writes `bytes` to a new temporary file in the cache directory, flushes
    /// it to disk, and renames it to `path`.
    fn write_atomically(&self, path: &Path, bytes: &[u8]) -> Result<(), CacheError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("entry");
        let temporary = self.dir.join(format!(
            "{TEMP_PREFIX}{stem}-{}-{}-{nanos:x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let written = (|| {
            let mut file = fs::OpenOptions::new().write(true).create_new(true).open(&temporary)?;
            // In pieces of 64 KiB: a file system with large folios (ext4 and
            // XFS on Linux 6.x) sizes the page cache's folios by the write,
            // and a process that maps the entry gets a whole folio mapped
            // (and counted in its resident memory) at its first touch. One
            // 22 MB write made 2 MiB folios, and a Hello World that reads a
            // few pages here and there had 14 MB of java.base resident.
            for piece in bytes.chunks(WRITE_PIECE) {
                file.write_all(piece)?;
            }
            file.sync_all()
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&temporary);
            return Err(CacheError::new("cannot write", &temporary, e));
        }
        if let Err(e) = fs::rename(&temporary, path) {
            let _ = fs::remove_file(&temporary);
            // Where a file in use cannot be replaced (Windows), another
            // process's identical entry being there already is success.
            let same = fs::read(path).is_ok_and(|existing| existing == bytes);
            if !same {
                return Err(CacheError::new("cannot rename into", path, e));
            }
        }
        Ok(())
    }
}

fn is_key_hex(stem: &str) -> bool {
    stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn remove_if_present(path: &Path) -> Result<(), CacheError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(CacheError::new("cannot remove", path, e)),
        _ => Ok(()),
    }
}

/// A parsed meta file.
struct Meta {
    kind: Option<Kind>,
    label: String,
    size: u64,
    fingerprint: String,
}

fn read_meta(path: &Path) -> Option<Meta> {
    let text = fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    if lines.next()? != META_MAGIC {
        return None;
    }
    let (mut kind, mut label, mut size, mut fingerprint) = (None, String::new(), None, None);
    for line in lines {
        let (name, value) = line.split_once(' ').unwrap_or((line, ""));
        match name {
            "kind" => kind = Kind::from_name(value),
            "label" => label = value.to_string(),
            "size" => size = value.parse().ok(),
            "fingerprint" => fingerprint = Some(value.to_string()),
            _ => {}
        }
    }
    Some(Meta { kind, label, size: size?, fingerprint: fingerprint? })
}

/// Whether the file at `path` has the size and fingerprint `meta` records.
fn matches_meta(path: &Path, meta: &Meta) -> bool {
    let fingerprint = (|| -> io::Result<[u8; 32]> {
        let mut file = fs::File::open(path)?;
        let size = file.metadata()?.len();
        if size != meta.size {
            return Err(io::ErrorKind::InvalidData.into());
        }
        let head_len = size.min(FINGERPRINT_SPAN);
        let mut head = vec![0; head_len as usize];
        file.read_exact(&mut head)?;
        let tail_start = size.saturating_sub(FINGERPRINT_SPAN);
        let mut tail = vec![0; (size - tail_start) as usize];
        file.seek(SeekFrom::Start(tail_start))?;
        file.read_exact(&mut tail)?;
        Ok(fingerprint(size, &head, &tail))
    })();
    fingerprint.is_ok_and(|f| hex(&f) == meta.fingerprint)
}

fn fingerprint_of_bytes(bytes: &[u8]) -> [u8; 32] {
    let size = bytes.len() as u64;
    let span = FINGERPRINT_SPAN as usize;
    fingerprint(size, &bytes[..bytes.len().min(span)], &bytes[bytes.len().saturating_sub(span)..])
}

fn fingerprint(size: u64, head: &[u8], tail: &[u8]) -> [u8; 32] {
    let mut hasher = blake3::Hasher::new();
    field(&mut hasher, &size.to_le_bytes());
    field(&mut hasher, head);
    field(&mut hasher, tail);
    *hasher.finalize().as_bytes()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
