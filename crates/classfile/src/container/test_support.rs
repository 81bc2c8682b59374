//! Helpers for the container tests: temporary directories, zip and jimage
//! writers (so corruption can be tested on small files), and the JDK of
//! this machine, opened once for all tests.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::jimage::hash;
use super::{find_jdk, JImage, JdkHome, OpenOptions};

/// A directory under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "keel-container-{tag}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(unique);
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `relative` (creating parent directories); returns its path.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A zip holding `entries` (a name ending in `/` makes a directory), deflated.
pub fn zip_bytes(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        if name.ends_with('/') {
            writer.add_directory(*name, options).unwrap();
        } else {
            writer.start_file(*name, options).unwrap();
            writer.write_all(bytes).unwrap();
        }
    }
    writer.finish().unwrap().into_inner()
}

/// Small deterministic pseudo-random numbers (xorshift64) for fuzz-style tests.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }
}

/// The JDK 17 of this machine, or `None` (with a note) if there is none.
/// The JDK 17 the tests read. CI installs one (with jmods and jlink, which
/// Debian's `openjdk-17-jdk-headless` ships): without it the tests fail
/// rather than pass without having checked anything.
pub fn jdk() -> &'static JdkHome {
    static JDK: OnceLock<JdkHome> = OnceLock::new();
    JDK.get_or_init(|| find_jdk(None).unwrap_or_else(|e| panic!("these tests need a JDK 17: {e}")))
}

/// The JDK's `lib/modules`, read once for all tests.
pub fn jdk_image() -> &'static JImage {
    static IMAGE: OnceLock<JImage> = OnceLock::new();
    IMAGE.get_or_init(|| JImage::open(&jdk().modules_image(), &OpenOptions::default()).unwrap())
}

/// How a test resource is stored in a jimage.
#[derive(Clone, Copy)]
pub enum Packing {
    Plain,
    /// jlink's `zip` compressor: a compression header, then a zlib stream.
    Zip,
    /// A compression header naming this decompressor, then the bytes as they are.
    Named(&'static str),
}

pub struct ImageResource {
    pub module: &'static str,
    /// `parent/base.extension` inside the module.
    pub path: &'static str,
    pub content: Vec<u8>,
    pub packing: Packing,
}

impl ImageResource {
    pub fn new(module: &'static str, path: &'static str, content: &[u8]) -> ImageResource {
        ImageResource { module, path, content: content.to_vec(), packing: Packing::Plain }
    }

    pub fn packed(mut self, packing: Packing) -> ImageResource {
        self.packing = packing;
        self
    }
}

/// Writes a jimage as jlink does: perfect-hash table, attribute streams,
/// strings, then contents; with a `/packages/` entry for each package.
pub fn jimage_bytes(resources: &[ImageResource], big_endian: bool) -> Vec<u8> {
    let mut image = ImageWriter::new(big_endian);
    for resource in resources {
        image.add_resource(resource);
    }
    image.add_package_entries();
    image.finish()
}

#[derive(Clone)]
struct WrittenEntry {
    full_name: String,
    attributes: [u64; 8],
}

struct ImageWriter {
    big_endian: bool,
    strings: Vec<u8>,
    string_offsets: HashMap<String, u64>,
    entries: Vec<WrittenEntry>,
    content: Vec<u8>,
    /// package (dotted) -> modules that hold it
    packages: BTreeMap<String, Vec<&'static str>>,
}

impl ImageWriter {
    fn new(big_endian: bool) -> ImageWriter {
        let mut writer = ImageWriter {
            big_endian,
            strings: Vec::new(),
            string_offsets: HashMap::new(),
            entries: Vec::new(),
            content: Vec::new(),
            packages: BTreeMap::new(),
        };
        writer.intern("");
        writer
    }

    fn u32(&self, value: u32) -> [u8; 4] {
        if self.big_endian {
            value.to_be_bytes()
        } else {
            value.to_le_bytes()
        }
    }

    fn u64(&self, value: u64) -> [u8; 8] {
        if self.big_endian {
            value.to_be_bytes()
        } else {
            value.to_le_bytes()
        }
    }

    fn intern(&mut self, string: &str) -> u64 {
        if let Some(&offset) = self.string_offsets.get(string) {
            return offset;
        }
        let offset = self.strings.len() as u64;
        self.strings.extend_from_slice(string.as_bytes());
        self.strings.push(0);
        self.string_offsets.insert(string.to_owned(), offset);
        offset
    }

    fn add_resource(&mut self, resource: &ImageResource) {
        let (parent, file) = resource.path.rsplit_once('/').unwrap_or(("", resource.path));
        let (base, extension) = file.rsplit_once('.').unwrap_or((file, ""));
        if !parent.is_empty() {
            let modules = self.packages.entry(parent.replace('/', ".")).or_default();
            if !modules.contains(&resource.module) {
                modules.push(resource.module);
            }
        }
        let stored = self.pack(&resource.content, resource.packing);
        let compressed = match resource.packing {
            Packing::Plain => 0,
            _ => stored.len() as u64,
        };
        self.add_entry(
            [resource.module, parent, base, extension],
            &stored,
            compressed,
            resource.content.len() as u64,
        );
    }

    fn add_package_entries(&mut self) {
        for (package, modules) in self.packages.clone() {
            let mut content = Vec::new();
            for module in modules {
                content.extend_from_slice(&self.u32(0));
                let offset = self.intern(module) as u32;
                content.extend_from_slice(&self.u32(offset));
            }
            let size = content.len() as u64;
            self.add_entry(["packages", "", &package, ""], &content, 0, size);
        }
    }

    /// Adds an entry named by `[module, parent, base, extension]`.
    fn add_entry(&mut self, parts: [&str; 4], stored: &[u8], compressed: u64, size: u64) {
        let mut attributes = [0u64; 8];
        for (kind, part) in parts.iter().enumerate() {
            attributes[kind + 1] = self.intern(part);
        }
        attributes[5] = self.content.len() as u64;
        attributes[6] = compressed;
        attributes[7] = size;
        self.content.extend_from_slice(stored);
        let [module, parent, base, extension] = parts;
        let mut full_name = String::new();
        if !module.is_empty() {
            full_name += &format!("/{module}/");
        }
        if !parent.is_empty() {
            full_name += &format!("{parent}/");
        }
        full_name += base;
        if !extension.is_empty() {
            full_name += &format!(".{extension}");
        }
        self.entries.push(WrittenEntry { full_name, attributes });
    }

    fn pack(&mut self, content: &[u8], packing: Packing) -> Vec<u8> {
        let (decompressor, body) = match packing {
            Packing::Plain => return content.to_vec(),
            Packing::Zip => ("zip", zlib(content)),
            Packing::Named(name) => (name, content.to_vec()),
        };
        let name_offset = self.intern(decompressor) as u32;
        let mut stored = Vec::new();
        stored.extend_from_slice(&self.u32(0xCAFE_FAFA));
        stored.extend_from_slice(&self.u64(body.len() as u64));
        stored.extend_from_slice(&self.u64(content.len() as u64));
        stored.extend_from_slice(&self.u32(name_offset));
        stored.extend_from_slice(&self.u32(u32::MAX));
        stored.push(1);
        stored.extend_from_slice(&body);
        stored
    }

    fn finish(self) -> Vec<u8> {
        let (redirect, slots) = perfect_hash(&self.entries);
        let mut locations = Vec::new();
        let mut offsets = Vec::new();
        for &entry in &slots {
            offsets.push(locations.len() as u32);
            encode_attributes(&self.entries[entry].attributes, &mut locations);
        }
        let count = self.entries.len() as u32;
        let mut out = Vec::new();
        let header =
            [0xCAFE_DADA, 0x0001_0000, 0, count, count, locations.len() as u32, self.strings.len() as u32];
        for field in header {
            out.extend_from_slice(&self.u32(field));
        }
        for value in redirect {
            out.extend_from_slice(&self.u32(value as u32));
        }
        for value in offsets {
            out.extend_from_slice(&self.u32(value));
        }
        out.extend_from_slice(&locations);
        out.extend_from_slice(&self.strings);
        out.extend_from_slice(&self.content);
        out
    }
}

fn zlib(content: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(content).unwrap();
    encoder.finish().unwrap()
}

/// Each attribute that is not 0: `kind << 3 | (len - 1)`, then the value in
/// `len` big-endian bytes; then the end byte.
fn encode_attributes(attributes: &[u64; 8], out: &mut Vec<u8>) {
    for (kind, &value) in attributes.iter().enumerate().skip(1) {
        if value == 0 {
            continue;
        }
        let bytes = value.to_be_bytes();
        let skip = bytes.iter().take_while(|&&b| b == 0).count();
        let length = 8 - skip;
        out.push(((kind as u8) << 3) | (length as u8 - 1));
        out.extend_from_slice(&bytes[skip..]);
    }
    out.push(0);
}

/// jlink's scheme: buckets by hash; a bucket of several names gets a seed
/// that spreads them over free slots; a lone name gets `-1 - slot`.
/// Returns the redirect table and, per slot, the entry placed there.
fn perfect_hash(entries: &[WrittenEntry]) -> (Vec<i32>, Vec<usize>) {
    let n = entries.len() as u32;
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); n as usize];
    for (i, entry) in entries.iter().enumerate() {
        let bucket = hash(entry.full_name.as_bytes(), 0x0100_0193) % n;
        buckets[bucket as usize].push(i);
    }
    let mut order: Vec<usize> = (0..n as usize).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
    let mut redirect = vec![0i32; n as usize];
    let mut slots: Vec<Option<usize>> = vec![None; n as usize];
    for &bucket in order.iter().filter(|&&b| buckets[b].len() > 1) {
        // Tiny tables can be unhashable (with an even length, a name's slot
        // parity is fixed by its bytes): fail fast rather than try 2^31 seeds.
        let (seed, placed) = (1..10_000)
            .find_map(|seed| spread(&buckets[bucket], entries, seed, &slots).map(|p| (seed, p)))
            .expect("no perfect hash for these names: add or rename a resource");
        for (slot, entry) in placed {
            slots[slot] = Some(entry);
        }
        redirect[bucket] = seed as i32;
    }
    for &bucket in order.iter().filter(|&&b| buckets[b].len() == 1) {
        let slot = slots.iter().position(Option::is_none).unwrap();
        slots[slot] = Some(buckets[bucket][0]);
        redirect[bucket] = -1 - slot as i32;
    }
    (redirect, slots.into_iter().map(Option::unwrap).collect())
}

/// The slots the bucket's names go to with `seed`, if all are distinct and free.
fn spread(
    bucket: &[usize],
    entries: &[WrittenEntry],
    seed: u32,
    slots: &[Option<usize>],
) -> Option<Vec<(usize, usize)>> {
    let n = slots.len() as u32;
    let mut placed: Vec<(usize, usize)> = Vec::new();
    for &entry in bucket {
        let slot = (hash(entries[entry].full_name.as_bytes(), seed) % n) as usize;
        if slots[slot].is_some() || placed.iter().any(|&(s, _)| s == slot) {
            return None;
        }
        placed.push((slot, entry));
    }
    Some(placed)
}
