//! The JDK's jimage (`lib/modules`), the format jlink writes.
//!
//! Layout (every u4 in the byte order of the machine that wrote it; the
//! magic tells which):
//!
//! ```text
//! header     magic 0xCAFEDADA, version (major << 16 | minor = 1.0), flags,
//!            resource count, table length, locations size, strings size
//! redirect   s4[table length]  perfect-hash redirects
//! offsets    u4[table length]  where each location's attributes start
//! locations  attribute streams: bytes kind << 3 | (len - 1), then len
//!            big-endian value bytes; kind 0 ends the stream
//! strings    NUL-terminated UTF-8
//! content    resource bytes, at (index size + location offset)
//! ```
//!
//! A resource is named `/module/parent/base.extension`. jlink adds a tree
//! of directory entries under `/modules/` and `/packages/` (module names
//! `modules` and `packages`, and `""` for the roots); `/packages/p.q`
//! holds, for each module that has package `p.q`, a pair (is-empty, name
//! offset), which is how a class name without a module finds its module.
//!
//! The whole file is read into memory once (about 130 MB for JDK 17; this
//! crate forbids `unsafe`, so no mmap); every lookup is then O(1).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::error::{ContainerError, ContainerErrorKind};
use super::{ClassEntry, OpenOptions, ResourceEntry};

const MAGIC: u32 = 0xCAFE_DADA;
const MAJOR_VERSION: u32 = 1;
const MINOR_VERSION: u32 = 0;
const HEADER_SIZE: usize = 7 * 4;
/// Byte offset of the table-length field: what a too-large index blames.
const TABLE_LENGTH_FIELD: u64 = 16;

/// FNV-1-like hash of jimage names; also the seed for the first round.
const HASH_MULTIPLIER: u32 = 0x0100_0193;
const HASH_MASK: u32 = 0x7FFF_FFFF;

const ATTRIBUTE_END: u8 = 0;
const ATTRIBUTE_MODULE: usize = 1;
const ATTRIBUTE_PARENT: usize = 2;
const ATTRIBUTE_BASE: usize = 3;
const ATTRIBUTE_EXTENSION: usize = 4;
const ATTRIBUTE_OFFSET: usize = 5;
const ATTRIBUTE_COMPRESSED: usize = 6;
const ATTRIBUTE_UNCOMPRESSED: usize = 7;
const ATTRIBUTE_COUNT: usize = 8;

/// Each compression layer of a resource starts with this header:
/// magic u4, compressed size u8, uncompressed size u8, decompressor name
/// (string offset) u4, unused u4, is-terminal u1.
const COMPRESSED_MAGIC: u32 = 0xCAFE_FAFA;
const COMPRESSED_HEADER_SIZE: usize = 29;
/// jlink stacks at most a couple of compressors; more means a hostile file.
const MAX_COMPRESSION_LAYERS: usize = 8;

/// Module names of the directory tree jlink adds, which holds no resources.
const TREE_MODULES: [&str; 3] = ["", "modules", "packages"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

impl Endian {
    fn u32(self, bytes: [u8; 4]) -> u32 {
        match self {
            Endian::Little => u32::from_le_bytes(bytes),
            Endian::Big => u32::from_be_bytes(bytes),
        }
    }

    fn u64(self, bytes: [u8; 8]) -> u64 {
        match self {
            Endian::Little => u64::from_le_bytes(bytes),
            Endian::Big => u64::from_be_bytes(bytes),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Header {
    endian: Endian,
    flags: u32,
    resource_count: u32,
    table_length: u32,
    locations_size: u32,
    strings_size: u32,
}

/// Where the index tables lie in the file; checked to fit when opening.
#[derive(Debug, Clone)]
struct Layout {
    redirect_start: usize,
    offsets_start: usize,
    locations: Range<usize>,
    strings: Range<usize>,
    index_size: usize,
}

/// One resource's decoded attributes (string offsets, content offset and sizes).
#[derive(Debug, Clone, Copy, Default)]
struct Location {
    attributes: [u64; ATTRIBUTE_COUNT],
}

impl Location {
    fn get(&self, kind: usize) -> u64 {
        self.attributes[kind]
    }
}

/// The four name parts of a location.
struct Names<'a> {
    module: &'a str,
    parent: &'a str,
    base: &'a str,
    extension: &'a str,
}

impl Names<'_> {
    fn is_directory_tree(&self) -> bool {
        TREE_MODULES.contains(&self.module)
    }

    fn is_class(&self) -> bool {
        self.extension == "class" && !self.is_directory_tree()
    }

    /// `parent/base`: the class name for a class.
    fn path_without_extension(&self) -> String {
        if self.parent.is_empty() {
            self.base.to_owned()
        } else {
            format!("{}/{}", self.parent, self.base)
        }
    }

    /// `parent/base.extension`: the path inside the module.
    fn path_in_module(&self) -> String {
        let path = self.path_without_extension();
        if self.extension.is_empty() {
            path
        } else {
            format!("{path}.{}", self.extension)
        }
    }
}

/// A compression layer's header.
struct CompressionHeader {
    uncompressed_size: u64,
    decompressor_name: u32,
}

pub struct JImage {
    path: PathBuf,
    data: Vec<u8>,
    header: Header,
    layout: Layout,
    max_entry_size: u64,
    /// Filled by the first full scan: finding the modules visits every entry.
    modules: OnceLock<Vec<String>>,
}

impl JImage {
    pub fn open(path: &Path, options: &OpenOptions) -> Result<JImage, ContainerError> {
        let data = fs::read(path).map_err(|e| ContainerError::io(path, "cannot read", e))?;
        Self::from_bytes(path, data, options)
    }

    /// Reads an image already in memory; `path` only names it in errors.
    pub fn from_bytes(
        path: impl Into<PathBuf>,
        data: Vec<u8>,
        options: &OpenOptions,
    ) -> Result<JImage, ContainerError> {
        let path = path.into();
        let header = parse_header(&path, &data)?;
        let layout = layout_of(&path, &header, data.len())?;
        Ok(JImage {
            path,
            data,
            header,
            layout,
            max_entry_size: options.max_entry_size,
            modules: OnceLock::new(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The number of entries, directory-tree entries included.
    pub fn resource_count(&self) -> u32 {
        self.header.resource_count
    }

    /// The header's flags word (no flags are defined in version 1.0).
    pub fn flags(&self) -> u32 {
        self.header.flags
    }

    pub fn is_big_endian(&self) -> bool {
        self.header.endian == Endian::Big
    }

    /// Every class of every module, sorted by module then name.
    pub fn list_classes(&self) -> Result<Vec<ClassEntry>, ContainerError> {
        let mut classes = Vec::with_capacity(self.header.table_length as usize);
        for index in 0..self.header.table_length {
            let location = self.location(index)?;
            let names = self.names(&location)?;
            if names.is_class() {
                classes.push(ClassEntry {
                    module: Some(names.module.to_owned()),
                    name: names.path_without_extension(),
                });
            }
        }
        classes.sort();
        Ok(classes)
    }

    /// Every non-class resource (the directory tree left out), sorted.
    pub fn list_resources(&self) -> Result<Vec<ResourceEntry>, ContainerError> {
        let mut resources = Vec::new();
        for index in 0..self.header.table_length {
            let location = self.location(index)?;
            let names = self.names(&location)?;
            if !names.is_class() && !names.is_directory_tree() {
                resources.push(ResourceEntry {
                    module: Some(names.module.to_owned()),
                    name: names.path_in_module(),
                });
            }
        }
        resources.sort();
        Ok(resources)
    }

    /// The names of the modules in the image, sorted.
    pub fn modules(&self) -> Result<Vec<String>, ContainerError> {
        Ok(self.cached_modules()?.to_vec())
    }

    fn cached_modules(&self) -> Result<&[String], ContainerError> {
        if let Some(modules) = self.modules.get() {
            return Ok(modules);
        }
        let scanned = self.scan_modules()?;
        Ok(self.modules.get_or_init(|| scanned))
    }

    fn scan_modules(&self) -> Result<Vec<String>, ContainerError> {
        let mut modules = BTreeSet::new();
        for index in 0..self.header.table_length {
            let location = self.location(index)?;
            let names = self.names(&location)?;
            if !names.is_directory_tree() {
                modules.insert(names.module);
            }
        }
        Ok(modules.into_iter().map(str::to_owned).collect())
    }

    /// Class `name` (`java/lang/Object`) from whichever module holds its
    /// package; `None` at once for a package no module has.
    pub fn read_class(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_from_package_modules(&format!("{name}.class"))
    }

    /// Class `name` of `module`; the only way to reach a module's `module-info`.
    pub fn read_class_in(&self, module: &str, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_resource_in(module, &format!("{name}.class"))
    }

    /// Resource `path` (`java/lang/uniName.dat`) of `module`.
    pub fn read_resource_in(&self, module: &str, path: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        self.read_full_name(&format!("/{module}/{path}"))
    }

    /// Resource `name`: either the image's full form, `/module/a/b/c.ext`, or
    /// a path inside a module, `a/b/c.ext`. The module is the one holding
    /// package `a.b`; a path in no package (`META-INF/services/...`, data
    /// directories) is looked for in every module, first in name order wins.
    pub fn read_resource(&self, name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        if name.starts_with('/') {
            return self.read_full_name(name);
        }
        if let Some(bytes) = self.read_from_package_modules(name)? {
            return Ok(Some(bytes));
        }
        for module in self.cached_modules()? {
            if let Some(bytes) = self.read_resource_in(module, name)? {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    }

    /// `path` from the modules that `/packages/` lists for its directory.
    fn read_from_package_modules(&self, path: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        let Some((directory, _)) = path.rsplit_once('/') else {
            return Ok(None);
        };
        for module in self.modules_of_package(&directory.replace('/', "."))? {
            if let Some(bytes) = self.read_resource_in(module, path)? {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    }

    fn read_full_name(&self, full_name: &str) -> Result<Option<Vec<u8>>, ContainerError> {
        match self.find(full_name)? {
            Some(location) => self.content(&location, full_name).map(Some),
            None => Ok(None),
        }
    }

    /// The modules that hold classes in `package` (dotted form), from `/packages/`.
    fn modules_of_package(&self, package: &str) -> Result<Vec<&str>, ContainerError> {
        let entry = format!("/packages/{package}");
        let Some(location) = self.find(&entry)? else {
            return Ok(Vec::new());
        };
        let content = self.content(&location, &entry)?;
        if content.len() % 8 != 0 {
            let message = format!("package entry of {} bytes, not pairs of u4", content.len());
            return Err(self.malformed(message).in_entry(entry));
        }
        let mut modules = Vec::new();
        for pair in content.chunks_exact(8) {
            let is_empty = self.header.endian.u32(to_array(&pair[..4]));
            let module = self.header.endian.u32(to_array(&pair[4..]));
            if is_empty == 0 {
                modules.push(self.string(u64::from(module))?);
            }
        }
        Ok(modules)
    }

    /// The location named exactly `name`, via the perfect hash.
    fn find(&self, name: &str) -> Result<Option<Location>, ContainerError> {
        let Some(index) = self.slot_of(name)? else {
            return Ok(None);
        };
        let location = self.location(index)?;
        // The hash only says where `name` would be; any other name can be there.
        Ok((self.full_name(&location)? == name).then_some(location))
    }

    /// The location index `name` hashes to, `None` where the table is empty.
    fn slot_of(&self, name: &str) -> Result<Option<u32>, ContainerError> {
        let length = self.header.table_length;
        if length == 0 {
            return Ok(None);
        }
        let bucket = hash(name.as_bytes(), HASH_MULTIPLIER) % length;
        let redirect = self.redirect(bucket)?;
        let index = match redirect.cmp(&0) {
            // A lone name in its bucket: the index itself, as -1 - index.
            Ordering::Less => -1 - i64::from(redirect),
            // A shared bucket: rehash with the seed that separates its names.
            Ordering::Greater => i64::from(hash(name.as_bytes(), redirect as u32) % length),
            Ordering::Equal => return Ok(None),
        };
        if index >= i64::from(length) {
            let message = format!("redirect {redirect} points past the {length} locations");
            return Err(self.malformed(message).at(self.redirect_position(bucket)));
        }
        Ok(Some(index as u32))
    }

    fn redirect(&self, bucket: u32) -> Result<i32, ContainerError> {
        Ok(self.u32_at(self.redirect_position(bucket))? as i32)
    }

    fn redirect_position(&self, bucket: u32) -> u64 {
        self.layout.redirect_start as u64 + 4 * u64::from(bucket)
    }

    fn offset_position(&self, index: u32) -> u64 {
        self.layout.offsets_start as u64 + 4 * u64::from(index)
    }

    /// Decodes the attribute stream of location `index`.
    fn location(&self, index: u32) -> Result<Location, ContainerError> {
        let offset_position = self.offset_position(index);
        let offset = self.u32_at(offset_position)? as usize;
        let locations = &self.layout.locations;
        if offset >= locations.len() {
            let message =
                format!("location offset {offset} is outside the {}-byte locations table", locations.len());
            return Err(self.malformed(message).at(offset_position));
        }
        self.decode_attributes(locations.start + offset)
    }

    fn decode_attributes(&self, start: usize) -> Result<Location, ContainerError> {
        let end = self.layout.locations.end;
        let mut location = Location::default();
        let mut position = start;
        loop {
            let byte = self.location_byte(position, end)?;
            let kind = byte >> 3;
            if kind == ATTRIBUTE_END {
                return Ok(location);
            }
            let length = usize::from(byte & 7) + 1;
            let value_start = position + 1;
            if value_start + length > end {
                return Err(self.stream_overrun(position));
            }
            let value = self.data[value_start..value_start + length]
                .iter()
                .fold(0u64, |value, &b| value << 8 | u64::from(b));
            // kind is at most 31; only 1..=7 exist.
            match location.attributes.get_mut(usize::from(kind)) {
                Some(slot) => *slot = value,
                None => {
                    let message = format!("invalid location attribute kind {kind}");
                    return Err(self.malformed(message).at(position as u64));
                }
            }
            position = value_start + length;
        }
    }

    fn location_byte(&self, position: usize, end: usize) -> Result<u8, ContainerError> {
        if position >= end {
            return Err(self.stream_overrun(position));
        }
        Ok(self.data[position])
    }

    fn stream_overrun(&self, position: usize) -> ContainerError {
        self.malformed("location attributes run past the locations table").at(position as u64)
    }

    fn names(&self, location: &Location) -> Result<Names<'_>, ContainerError> {
        Ok(Names {
            module: self.string(location.get(ATTRIBUTE_MODULE))?,
            parent: self.string(location.get(ATTRIBUTE_PARENT))?,
            base: self.string(location.get(ATTRIBUTE_BASE))?,
            extension: self.string(location.get(ATTRIBUTE_EXTENSION))?,
        })
    }

    /// `/module/parent/base.extension`, built as jlink does: a part is left
    /// out (with its separator) when its string offset is 0.
    fn full_name(&self, location: &Location) -> Result<String, ContainerError> {
        let mut name = String::new();
        if location.get(ATTRIBUTE_MODULE) != 0 {
            name.push('/');
            name.push_str(self.string(location.get(ATTRIBUTE_MODULE))?);
            name.push('/');
        }
        if location.get(ATTRIBUTE_PARENT) != 0 {
            name.push_str(self.string(location.get(ATTRIBUTE_PARENT))?);
            name.push('/');
        }
        name.push_str(self.string(location.get(ATTRIBUTE_BASE))?);
        if location.get(ATTRIBUTE_EXTENSION) != 0 {
            name.push('.');
            name.push_str(self.string(location.get(ATTRIBUTE_EXTENSION))?);
        }
        Ok(name)
    }

    /// The NUL-terminated string at `offset` in the strings table.
    fn string(&self, offset: u64) -> Result<&str, ContainerError> {
        let strings = &self.data[self.layout.strings.clone()];
        let position = self.layout.strings.start as u64 + offset;
        let tail = usize::try_from(offset)
            .ok()
            .and_then(|offset| strings.get(offset..))
            .filter(|tail| !tail.is_empty())
            .ok_or_else(|| {
                let message = format!("string offset {offset} is outside the strings table");
                self.malformed(message)
            })?;
        let Some(length) = tail.iter().position(|&b| b == 0) else {
            return Err(self.malformed("string runs past the strings table").at(position));
        };
        std::str::from_utf8(&tail[..length]).map_err(|_| self.malformed("string is not UTF-8").at(position))
    }

    /// A resource's bytes, decompressed; `name` is for errors.
    fn content(&self, location: &Location, name: &str) -> Result<Vec<u8>, ContainerError> {
        let uncompressed = location.get(ATTRIBUTE_UNCOMPRESSED);
        if uncompressed > self.max_entry_size {
            let error = ContainerError::too_large(&self.path, uncompressed, self.max_entry_size);
            return Err(error.in_entry(name));
        }
        let compressed = location.get(ATTRIBUTE_COMPRESSED);
        let stored_size = if compressed == 0 { uncompressed } else { compressed };
        let (start, stored) =
            self.stored_bytes(location.get(ATTRIBUTE_OFFSET), stored_size).map_err(|e| e.in_entry(name))?;
        if compressed == 0 {
            return Ok(stored.to_vec());
        }
        self.decompress(stored, uncompressed).map_err(|e| e.in_entry(name).at(start))
    }

    /// The `size` bytes stored at content offset `offset`, and their file position.
    fn stored_bytes(&self, offset: u64, size: u64) -> Result<(u64, &[u8]), ContainerError> {
        let start = (self.layout.index_size as u64).saturating_add(offset);
        let end = start.saturating_add(size);
        if end > self.data.len() as u64 {
            let message =
                format!("content of {size} bytes runs past the end of the {}-byte file", self.data.len());
            return Err(self.malformed(message).at(start));
        }
        Ok((start, &self.data[start as usize..end as usize]))
    }

    /// Undoes every compression layer, as jlink's `Decompressor` does: while
    /// the bytes start with a compression header, run the named decompressor.
    fn decompress(&self, stored: &[u8], expected_size: u64) -> Result<Vec<u8>, ContainerError> {
        let mut content = Cow::Borrowed(stored);
        for _ in 0..MAX_COMPRESSION_LAYERS {
            let Some(header) = self.compression_header(&content) else {
                return self.check_final_size(content.into_owned(), expected_size);
            };
            let body = &content[COMPRESSED_HEADER_SIZE..];
            content = Cow::Owned(self.decompress_layer(&header, body)?);
        }
        Err(self.malformed(format!("more than {MAX_COMPRESSION_LAYERS} layers of compression")))
    }

    fn compression_header(&self, content: &[u8]) -> Option<CompressionHeader> {
        let header = content.get(..COMPRESSED_HEADER_SIZE)?;
        let endian = self.header.endian;
        if endian.u32(to_array(&header[0..4])) != COMPRESSED_MAGIC {
            return None;
        }
        Some(CompressionHeader {
            uncompressed_size: endian.u64(to_array(&header[12..20])),
            decompressor_name: endian.u32(to_array(&header[20..24])),
        })
    }

    fn decompress_layer(&self, header: &CompressionHeader, body: &[u8]) -> Result<Vec<u8>, ContainerError> {
        let decompressor = self.string(u64::from(header.decompressor_name))?;
        if header.uncompressed_size > self.max_entry_size {
            let size = header.uncompressed_size;
            return Err(ContainerError::too_large(&self.path, size, self.max_entry_size));
        }
        match decompressor {
            "zip" => self.inflate_zlib(body, header.uncompressed_size),
            other => Err(self.unsupported_decompressor(other)),
        }
    }

    /// jlink's "zip" compressor is `java.util.zip.Deflater`: zlib-wrapped deflate.
    fn inflate_zlib(&self, body: &[u8], expected_size: u64) -> Result<Vec<u8>, ContainerError> {
        let mut inflated = Vec::with_capacity(expected_size.min(16 << 20) as usize);
        // One byte more than expected is enough to notice a stream that lies.
        flate2::read::ZlibDecoder::new(body)
            .take(expected_size + 1)
            .read_to_end(&mut inflated)
            .map_err(|e| self.malformed("cannot inflate").with_source(e))?;
        self.check_final_size(inflated, expected_size)
    }

    fn check_final_size(&self, content: Vec<u8>, expected: u64) -> Result<Vec<u8>, ContainerError> {
        if content.len() as u64 != expected {
            let message = format!("decompresses to {} bytes, but {expected} were declared", content.len());
            return Err(self.malformed(message));
        }
        Ok(content)
    }

    fn unsupported_decompressor(&self, name: &str) -> ContainerError {
        let message = format!(
            "compressed with jlink's `{name}` decompressor, which Keel does not implement \
             (only `zip`); rebuild the image with `jlink --compress=0` or `--compress=2`"
        );
        ContainerError::new(ContainerErrorKind::UnsupportedCompression, &self.path, message)
    }

    fn u32_at(&self, position: u64) -> Result<u32, ContainerError> {
        let bytes = usize::try_from(position)
            .ok()
            .and_then(|p| self.data.get(p..p.checked_add(4)?))
            .ok_or_else(|| self.malformed("index table read past the end").at(position))?;
        Ok(self.header.endian.u32(to_array(bytes)))
    }

    fn malformed(&self, message: impl Into<String>) -> ContainerError {
        ContainerError::malformed(&self.path, message)
    }
}

fn parse_header(path: &Path, data: &[u8]) -> Result<Header, ContainerError> {
    let Some(header) = data.get(..HEADER_SIZE) else {
        let message =
            format!("file is {} bytes, shorter than the {HEADER_SIZE}-byte jimage header", data.len());
        return Err(ContainerError::malformed(path, message).at(data.len() as u64));
    };
    let magic = to_array(&header[0..4]);
    let endian = if u32::from_le_bytes(magic) == MAGIC {
        Endian::Little
    } else if u32::from_be_bytes(magic) == MAGIC {
        Endian::Big
    } else {
        return Err(ContainerError::malformed(path, "no jimage magic 0xCAFEDADA").at(0));
    };
    let field = |index: usize| endian.u32(to_array(&header[4 * index..4 * index + 4]));
    check_version(path, field(1))?;
    Ok(Header {
        endian,
        flags: field(2),
        resource_count: field(3),
        table_length: field(4),
        locations_size: field(5),
        strings_size: field(6),
    })
}

fn check_version(path: &Path, version: u32) -> Result<(), ContainerError> {
    let (major, minor) = (version >> 16, version & 0xFFFF);
    if (major, minor) != (MAJOR_VERSION, MINOR_VERSION) {
        let message = format!("jimage version {major}.{minor}, only 1.0 is supported");
        return Err(ContainerError::malformed(path, message).at(4));
    }
    Ok(())
}

/// Places the tables, refusing counts that claim more bytes than the file has
/// (u64 arithmetic: four u32 counts cannot overflow it).
fn layout_of(path: &Path, header: &Header, file_size: usize) -> Result<Layout, ContainerError> {
    let table_bytes = 4 * u64::from(header.table_length);
    let redirect_start = HEADER_SIZE as u64;
    let offsets_start = redirect_start + table_bytes;
    let locations_start = offsets_start + table_bytes;
    let strings_start = locations_start + u64::from(header.locations_size);
    let index_size = strings_start + u64::from(header.strings_size);
    if index_size > file_size as u64 {
        let message = format!(
            "index claims {index_size} bytes ({} locations, {} bytes of attributes, \
             {} bytes of strings) but the file has {file_size}",
            header.table_length, header.locations_size, header.strings_size
        );
        return Err(ContainerError::malformed(path, message).at(TABLE_LENGTH_FIELD));
    }
    // Everything is now known to be <= file_size, hence to fit in usize.
    Ok(Layout {
        redirect_start: redirect_start as usize,
        offsets_start: offsets_start as usize,
        locations: locations_start as usize..strings_start as usize,
        strings: strings_start as usize..index_size as usize,
        index_size: index_size as usize,
    })
}

/// The jimage name hash (`ImageStringsReader.hashCode`): for each UTF-8
/// byte, `h = h * 0x01000193 ^ byte` from `seed`, then the sign bit cleared.
pub(super) fn hash(bytes: &[u8], seed: u32) -> u32 {
    let unmasked = bytes.iter().fold(seed, |h, &b| h.wrapping_mul(HASH_MULTIPLIER) ^ u32::from(b));
    unmasked & HASH_MASK
}

/// Callers slice exactly N bytes; a mismatch would be a bug here, not bad input.
fn to_array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut array = [0; N];
    array.copy_from_slice(bytes);
    array
}
