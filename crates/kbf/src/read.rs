//! Reading an image in place. Opening checks the header and the section
//! table; everything else is decoded on request and checked as it is read.

use keel_kir::validate::ImportKind;
use keel_kir::*;

use crate::bytes::{Reader, Result};
use crate::code::{decode_inst, read_const, TYPES};
use crate::{import_tag, section, KbfError, FORMAT_VERSION, HASHED_FROM, HASH_OFFSET, MAGIC};

/// One section: its bytes and where they start in the file.
#[derive(Debug, Clone, Copy)]
struct Section<'a> {
    bytes: &'a [u8],
    base: usize,
    name: &'static str,
}

impl<'a> Section<'a> {
    fn reader(&self) -> Reader<'a> {
        Reader::new(self.bytes, self.base, self.name)
    }

    fn reader_at(&self, offset: usize) -> Result<Reader<'a>> {
        Reader::at(self.bytes, self.base, self.name, offset)
    }

    /// The little-endian u32 at `offset`.
    fn u32_at(&self, offset: usize) -> Result<u32> {
        self.reader_at(offset)?.u32_le()
    }
}

/// An opened image: borrowed bytes plus the section table. Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Image<'a> {
    bytes: &'a [u8],
    /// The same bytes when they live as long as the process
    /// ([`Image::open_lasting`]): names and descriptors are then borrowed
    /// from them rather than copied.
    lasting: Option<&'static [u8]>,
    translator_version: &'a str,
    strings: Section<'a>,
    string_count: usize,
    classes: Section<'a>,
    class_count: usize,
    index: Section<'a>,
    imports: Section<'a>,
    code: Section<'a>,
}

fn header_error(offset: usize, message: impl Into<String>) -> KbfError {
    KbfError { section: "header", offset, message: message.into() }
}

impl<'a> Image<'a> {
    /// Opens an image, checking magic, version and section bounds but not
    /// the content hash: for images the runtime itself wrote into its cache
    /// (whose names are their digests), where rehashing every mapped byte at
    /// each start would cost more than it protects. Corrupted content is
    /// still caught by the checked decoding, never undefined behaviour.
    pub fn open(bytes: &'a [u8]) -> Result<Image<'a>> {
        let mut r = Reader::new(bytes, 0, "header");
        if r.bytes(4).ok() != Some(&MAGIC[..]) {
            return Err(header_error(0, "not a KBF image (bad magic)"));
        }
        let version = r.u32_le()?;
        if version != FORMAT_VERSION {
            return Err(header_error(4, format!("format version {version}, expected {FORMAT_VERSION}")));
        }
        r.bytes(32)?;
        let version_len = r.u32_le()? as usize;
        let version_text = r.bytes(version_len)?;
        let translator_version = std::str::from_utf8(version_text)
            .map_err(|_| header_error(HASHED_FROM + 4, "translator version is not UTF-8"))?;
        let sections = read_section_table(&mut r, bytes)?;
        let [strings, classes, index, imports, code] = sections;
        let string_count = strings.u32_at(0)? as usize;
        // Each string has a 4-byte table entry, so the count is bounded.
        if string_count > strings.bytes.len() / 4 {
            return Err(strings.reader().error(format!("string count {string_count} too large")));
        }
        let class_count = classes.u32_at(4)? as usize;
        if class_count > classes.bytes.len() / 4 || index.u32_at(0)? as usize != class_count {
            return Err(classes.reader().error(format!("class count {class_count} inconsistent")));
        }
        if index.bytes.len() < 4 + 8 * class_count {
            return Err(index.reader().error("class index shorter than its count"));
        }
        let image = Image {
            bytes,
            lasting: None,
            translator_version,
            strings,
            string_count,
            classes,
            class_count,
            index,
            imports,
            code,
        };
        Ok(image)
    }

    /// [`Image::open`] for bytes that live as long as the process (a mapping
    /// never unmapped): the [`Text`] it reads borrows from them.
    pub fn open_lasting(bytes: &'static [u8]) -> Result<Image<'static>> {
        Ok(Image { lasting: Some(bytes), ..Image::open(bytes)? })
    }

    /// Opens an image and checks its content hash (blake3 of every byte after
    /// the hash): for images from elsewhere, or when the cache is in doubt.
    pub fn open_verified(bytes: &'a [u8]) -> Result<Image<'a>> {
        let image = Image::open(bytes)?;
        if blake3::hash(&bytes[HASHED_FROM..]).as_bytes() != &image.content_hash() {
            return Err(header_error(HASH_OFFSET, "content hash mismatch"));
        }
        Ok(image)
    }

    /// The content hash recorded in the header.
    pub fn content_hash(&self) -> [u8; 32] {
        let mut hash = [0; 32];
        hash.copy_from_slice(&self.bytes[HASH_OFFSET..HASHED_FROM]);
        hash
    }

    pub fn translator_version(&self) -> &'a str {
        self.translator_version
    }

    /// String (byte string) number `id` of the string section.
    pub fn string(&self, id: u32) -> Result<&'a [u8]> {
        let (start, end) = self.string_span(id)?;
        Ok(&self.bytes[start..end])
    }

    /// Where string `id` lies in the image's bytes, checked.
    fn string_span(&self, id: u32) -> Result<(usize, usize)> {
        let id = id as usize;
        let r = self.strings.reader();
        if id >= self.string_count {
            return Err(r.error(format!("string {id} out of range ({})", self.string_count)));
        }
        let data_start = 4 + 4 * (self.string_count + 1);
        let start = self.strings.u32_at(4 + 4 * id)? as usize;
        let end = self.strings.u32_at(8 + 4 * id)? as usize;
        let data = self.strings.bytes.get(data_start..).unwrap_or_default();
        match data.get(start..end) {
            Some(_) => Ok((self.strings.base + data_start + start, self.strings.base + data_start + end)),
            None => Err(r.error(format!("string {id} spans {start}..{end}, beyond {} bytes", data.len()))),
        }
    }

    /// String `id` as a [`Text`]: borrowed if the image lasts, else copied.
    pub fn text(&self, id: u32) -> Result<Text> {
        let Some(bytes) = self.lasting else {
            return self.str(id).map(|s| Text::Owned(s.to_owned()));
        };
        let (start, end) = self.string_span(id)?;
        std::str::from_utf8(&bytes[start..end])
            .map(Text::Borrowed)
            .map_err(|_| self.strings.reader().error(format!("string {id} is not UTF-8")))
    }

    /// String `id` as UTF-8 text.
    pub fn str(&self, id: u32) -> Result<&'a str> {
        std::str::from_utf8(self.string(id)?)
            .map_err(|_| self.strings.reader().error(format!("string {id} is not UTF-8")))
    }

    pub fn module_name(&self) -> Result<Option<&'a str>> {
        match self.classes.u32_at(0)? {
            0 => Ok(None),
            id => self.str(id - 1).map(Some),
        }
    }

    pub fn class_count(&self) -> usize {
        self.class_count
    }

    /// Class number `number`, in the module's order.
    pub fn class(&self, number: usize) -> Result<ClassView<'a>> {
        if number >= self.class_count {
            let message = format!("class {number} out of range ({})", self.class_count);
            return Err(self.classes.reader().error(message));
        }
        let record = self.classes.u32_at(8 + 4 * number)? as usize;
        Ok(ClassView { image: *self, record })
    }

    /// The class names in sorted (byte) order, from the class index.
    pub fn class_names(&self) -> impl Iterator<Item = Result<&'a str>> + 'a {
        let image = *self;
        (0..self.class_count).map(move |i| image.str(image.index.u32_at(4 + 8 * i)?))
    }

    /// Finds a class by internal name with a binary search of the index.
    pub fn find_class(&self, name: &str) -> Result<Option<ClassView<'a>>> {
        let (mut low, mut high) = (0, self.class_count);
        while low < high {
            let middle = low + (high - low) / 2;
            let entry_name = self.string(self.index.u32_at(4 + 8 * middle)?)?;
            match entry_name.cmp(name.as_bytes()) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => {
                    let class = self.class(self.index.u32_at(8 + 8 * middle)? as usize)?;
                    // A hostile index could point at another class.
                    if class.name()? != name {
                        return Err(self
                            .index
                            .reader()
                            .error(format!("index entry for {name} names another class")));
                    }
                    return Ok(Some(class));
                }
            }
        }
        Ok(None)
    }

    /// The function record at `code` (from [`ClassMetadata::method_code`]).
    pub fn function(&self, code: FunctionRef) -> Result<FunctionView<'a>> {
        FunctionView::open(self.code.reader_at(code.0 as usize)?)
    }

    /// Decodes every class: for tools, tests and checking a whole image.
    pub fn decode_module(&self) -> Result<Module> {
        let name = self.module_name()?.map(str::to_owned);
        let classes = (0..self.class_count).map(|i| self.class(i)?.decode()).collect::<Result<_>>()?;
        Ok(Module { name, classes })
    }

    fn opt_str(&self, r: &mut Reader) -> Result<Option<String>> {
        match r.uleb32()? {
            0 => Ok(None),
            id => Ok(Some(self.str(id - 1)?.to_owned())),
        }
    }

    fn opt_blob(&self, r: &mut Reader) -> Result<Option<Vec<u8>>> {
        match r.uleb32()? {
            0 => Ok(None),
            id => Ok(Some(self.string(id - 1)?.to_vec())),
        }
    }

    fn read_str(&self, r: &mut Reader) -> Result<String> {
        Ok(self.str(r.uleb32()?)?.to_owned())
    }

    fn read_text(&self, r: &mut Reader) -> Result<Text> {
        self.text(r.uleb32()?)
    }

    fn opt_text(&self, r: &mut Reader) -> Result<Option<Text>> {
        match r.uleb32()? {
            0 => Ok(None),
            id => self.text(id - 1).map(Some),
        }
    }

    fn text_list(&self, r: &mut Reader) -> Result<Vec<Text>> {
        let count = r.count(1)?;
        list(count, || self.read_text(r))
    }

    fn str_list(&self, r: &mut Reader) -> Result<Vec<String>> {
        let count = r.count(1)?;
        list(count, || self.read_str(r))
    }

    fn utf16(&self, r: &mut Reader) -> Result<Vec<u16>> {
        let bytes = self.string(r.uleb32()?)?;
        if bytes.len() % 2 != 0 {
            return Err(r.error("UTF-16 string of odd byte length"));
        }
        Ok(bytes.chunks_exact(2).map(|pair| u16::from_le_bytes([pair[0], pair[1]])).collect())
    }
}

fn read_section_table<'a>(r: &mut Reader<'a>, bytes: &'a [u8]) -> Result<[Section<'a>; 5]> {
    let count = r.u32_le()?;
    if count as usize != section::ALL.len() {
        return Err(r.error(format!("{count} sections, expected {}", section::ALL.len())));
    }
    let header_end = r.position() + 12 * section::ALL.len();
    let mut sections = [Section { bytes: &[], base: 0, name: "" }; 5];
    for (i, (&id, &name)) in section::ALL.iter().zip(&section::NAMES).enumerate() {
        let (actual_id, offset, len) = (r.u32_le()?, r.u32_le()? as usize, r.u32_le()? as usize);
        if actual_id != id {
            return Err(r.error(format!("section {i} has id {actual_id}, expected {id}")));
        }
        let in_bounds = offset >= header_end && offset.checked_add(len).is_some_and(|end| end <= bytes.len());
        if !in_bounds {
            return Err(
                r.error(format!("{name} section {offset}+{len} outside the {} byte file", bytes.len()))
            );
        }
        sections[i] = Section { bytes: &bytes[offset..offset + len], base: offset, name };
    }
    Ok(sections)
}

/// `Class::enclosing_method`: the class, and the method's name and descriptor.
type EnclosingMethod = (String, Option<(String, String)>);

/// A handle on one class record of an image.
#[derive(Debug, Clone, Copy)]
pub struct ClassView<'a> {
    image: Image<'a>,
    record: usize,
}

/// Where a function record is in the code section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FunctionRef(pub u32);

/// A class's metadata without its code: `class.methods[i].body` is `None`
/// and `class.imports` empty; `method_code[i]` says where method `i`'s body
/// is, if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassMetadata {
    pub class: Class,
    pub method_code: Vec<Option<FunctionRef>>,
    /// Where the class's import table is (for [`ClassView::imports`]).
    imports_record: usize,
}

impl<'a> ClassView<'a> {
    fn reader(&self) -> Result<Reader<'a>> {
        self.image.classes.reader_at(self.record)
    }

    /// The class's internal name, read without decoding the rest.
    pub fn name(&self) -> Result<&'a str> {
        let mut r = self.reader()?;
        self.image.str(r.uleb32()?)
    }

    /// The class's metadata, all of it.
    pub fn metadata(&self) -> Result<ClassMetadata> {
        self.read_metadata(true)
    }

    /// The metadata a runtime links and runs a class with: names, flags,
    /// supertypes, fields (with their constants) and methods (with where
    /// their code is). What only reflection reads is left out, its bytes
    /// stepped over without reading the strings they name: source file,
    /// signatures, annotations, inner classes, enclosing method, nest,
    /// permitted subclasses, record components, declared exceptions and
    /// parameters (empty or `None`; [`ClassView::metadata`] has them).
    pub fn runtime_metadata(&self) -> Result<ClassMetadata> {
        self.read_metadata(false)
    }

    fn read_metadata(&self, reflection: bool) -> Result<ClassMetadata> {
        let image = &self.image;
        let mut r = self.reader()?;
        let name = image.read_text(&mut r)?;
        let access_flags = read_u16(&mut r)?;
        let super_class = image.opt_text(&mut r)?;
        let interfaces = image.text_list(&mut r)?;
        let mut class = if reflection {
            Class {
                name,
                access_flags,
                super_class,
                interfaces,
                source_file: image.opt_str(&mut r)?,
                signature: image.opt_str(&mut r)?,
                annotations: image.opt_blob(&mut r)?,
                inner_classes: self.inner_classes(&mut r)?,
                enclosing_method: self.enclosing_method(&mut r)?,
                nest_host: image.opt_str(&mut r)?,
                nest_members: image.str_list(&mut r)?,
                permitted_subclasses: image.str_list(&mut r)?,
                record_components: self.record_components(&mut r)?,
                ..Class::default()
            }
        } else {
            skip_reflection_of_class(&mut r)?;
            Class { name, access_flags, super_class, interfaces, ..Class::default() }
        };
        class.source_version = (read_u16(&mut r)?, read_u16(&mut r)?);
        let imports_record = r.uleb32()? as usize;
        let field_count = r.count(4)?;
        class.fields = list(field_count, || self.field(&mut r, reflection))?;
        let method_count = r.count(5)?;
        class.methods.reserve_exact(method_count);
        let mut method_code = Vec::with_capacity(method_count);
        for _ in 0..method_count {
            let (method, code) = self.method(&mut r, reflection)?;
            class.methods.push(method);
            method_code.push(code);
        }
        Ok(ClassMetadata { class, method_code, imports_record })
    }

    /// The class's import table, read in place.
    pub fn imports(&self) -> Result<ImportsView<'a>> {
        self.imports_at(self.runtime_metadata()?.imports_record)
    }

    /// The import table of the class whose metadata `meta` is (read from
    /// this view), without reading the metadata again.
    pub fn imports_of(&self, meta: &ClassMetadata) -> Result<ImportsView<'a>> {
        self.imports_at(meta.imports_record)
    }

    fn imports_at(&self, record: usize) -> Result<ImportsView<'a>> {
        let section = self.image.imports;
        let count = section.u32_at(record)? as usize;
        let table_end = 4 + 4 * count;
        if count > section.bytes.len() / 4 || record + table_end > section.bytes.len() {
            return Err(section.reader_at(record)?.error(format!("import count {count} too large")));
        }
        Ok(ImportsView { image: self.image, record, count })
    }

    /// Everything: metadata, imports and decoded method bodies.
    pub fn decode(&self) -> Result<Class> {
        let ClassMetadata { mut class, method_code, imports_record } = self.metadata()?;
        class.imports = self.imports_at(imports_record)?.decode_all()?;
        for (method, code) in class.methods.iter_mut().zip(method_code) {
            if let Some(code) = code {
                method.body = Some(Box::new(self.image.function(code)?.decode()?));
            }
        }
        Ok(class)
    }

    fn inner_classes(&self, r: &mut Reader) -> Result<Vec<InnerClass>> {
        let count = r.count(4)?;
        let image = &self.image;
        list(count, || {
            Ok(InnerClass {
                inner: image.read_str(r)?,
                outer: image.opt_str(r)?,
                simple_name: image.opt_str(r)?,
                access_flags: read_u16(r)?,
            })
        })
    }

    fn enclosing_method(&self, r: &mut Reader) -> Result<Option<EnclosingMethod>> {
        let image = &self.image;
        Ok(match r.u8()? {
            0 => None,
            1 => Some((image.read_str(r)?, None)),
            2 => Some((image.read_str(r)?, Some((image.read_str(r)?, image.read_str(r)?)))),
            tag => return Err(r.error(format!("bad enclosing method tag {tag}"))),
        })
    }

    fn record_components(&self, r: &mut Reader) -> Result<Option<Vec<RecordComponent>>> {
        let count = match r.uleb32()? {
            0 => return Ok(None),
            n => n as usize - 1,
        };
        if count * 4 > r.remaining() {
            return Err(r.error(format!("record component count {count} too large")));
        }
        let image = &self.image;
        let components = list(count, || {
            Ok(RecordComponent {
                name: image.read_str(r)?,
                descriptor: image.read_str(r)?,
                signature: image.opt_str(r)?,
                annotations: image.opt_blob(r)?,
            })
        })?;
        Ok(Some(components))
    }

    fn field(&self, r: &mut Reader, reflection: bool) -> Result<Field> {
        let image = &self.image;
        let (name, descriptor, access_flags) = (image.read_text(r)?, image.read_text(r)?, read_u16(r)?);
        let constant = match r.u8()? {
            0 => None,
            1 => Some(FieldConstant::Value(read_const(r)?)),
            2 => Some(FieldConstant::String(image.utf16(r)?)),
            tag => return Err(r.error(format!("bad field constant tag {tag}"))),
        };
        let (signature, annotations) = if reflection {
            (image.opt_str(r)?, image.opt_blob(r)?)
        } else {
            skip_ids(r, 2)?;
            (None, None)
        };
        Ok(Field { name, descriptor, access_flags, constant, signature, annotations })
    }

    fn method(&self, r: &mut Reader, reflection: bool) -> Result<(Method, Option<FunctionRef>)> {
        let image = &self.image;
        let (name, descriptor, access_flags) = (image.read_text(r)?, image.read_text(r)?, read_u16(r)?);
        let code = match r.uleb32()? {
            0 => None,
            n => Some(FunctionRef(n - 1)),
        };
        if !reflection {
            skip_list(r, 1, 1)?; // exceptions
            skip_ids(r, 4)?; // signature, annotations, parameter annotations, default
            skip_list(r, 2, 2)?; // parameters: name, flags
            return Ok((Method::declared(name, descriptor, access_flags), code));
        }
        let reflection = MethodReflection {
            exceptions: image.str_list(r)?,
            signature: image.opt_str(r)?,
            annotations: image.opt_blob(r)?,
            parameter_annotations: image.opt_blob(r)?,
            annotation_default: image.opt_blob(r)?,
            parameters: self.parameters(r)?,
        };
        let method =
            Method { reflection: reflection.boxed(), ..Method::declared(name, descriptor, access_flags) };
        Ok((method, code))
    }

    fn parameters(&self, r: &mut Reader) -> Result<Vec<(Option<String>, u16)>> {
        let count = r.count(2)?;
        list(count, || Ok((self.image.opt_str(r)?, read_u16(r)?)))
    }
}

/// Steps over `n` string ids (or optional ones), reading no string.
fn skip_ids(r: &mut Reader, n: usize) -> Result<()> {
    for _ in 0..n {
        r.uleb32()?;
    }
    Ok(())
}

/// Steps over a list (a count, then `count` elements of `ids` numbers
/// each, at least `min_size` bytes each).
fn skip_list(r: &mut Reader, min_size: usize, ids: usize) -> Result<()> {
    let count = r.count(min_size)?;
    for _ in 0..count {
        skip_ids(r, ids)?;
    }
    Ok(())
}

/// Steps over what only reflection reads of a class record: from the
/// source file to the record components (see [`ClassView::read_metadata`]).
fn skip_reflection_of_class(r: &mut Reader) -> Result<()> {
    skip_ids(r, 3)?; // source file, signature, annotations
    skip_list(r, 4, 4)?; // inner classes: inner, outer, simple name, flags
    match r.u8()? {
        0 => {}
        1 => skip_ids(r, 1)?,
        2 => skip_ids(r, 3)?,
        tag => return Err(r.error(format!("bad enclosing method tag {tag}"))),
    }
    skip_ids(r, 1)?; // nest host
    skip_list(r, 1, 1)?; // nest members
    skip_list(r, 1, 1)?; // permitted subclasses
    match r.uleb32()? {
        0 => {}
        n => {
            let count = n as usize - 1;
            if count * 4 > r.remaining() {
                return Err(r.error(format!("record component count {count} too large")));
            }
            for _ in 0..count {
                skip_ids(r, 4)?;
            }
        }
    }
    Ok(())
}

/// `count` elements read by `element`, in a vector of exactly that
/// capacity (collecting fallible reads would grow it by doubling: up to
/// half of it unused for as long as the class stays loaded). Callers have
/// checked `count` against the bytes left, so it is never absurd.
fn list<T>(count: usize, mut element: impl FnMut() -> Result<T>) -> Result<Vec<T>> {
    let mut elements = Vec::with_capacity(count);
    for _ in 0..count {
        elements.push(element()?);
    }
    Ok(elements)
}

fn read_u16(r: &mut Reader) -> Result<u16> {
    let value = r.uleb32()?;
    u16::try_from(value).map_err(|_| r.error(format!("value {value} overflows 16 bits")))
}

/// A class's import table, read entry by entry in place.
#[derive(Debug, Clone, Copy)]
pub struct ImportsView<'a> {
    image: Image<'a>,
    record: usize,
    count: usize,
}

impl ImportsView<'_> {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Import number `index`.
    pub fn get(&self, index: ImportIndex) -> Result<Import> {
        self.decode_entry(&mut self.entry(index)?)
    }

    /// The kind of import number `index`, from its tag alone.
    pub fn kind(&self, index: ImportIndex) -> Result<ImportKind> {
        let mut r = self.entry(index)?;
        Ok(match r.u8()? {
            import_tag::CLASS => ImportKind::Class,
            import_tag::FIELD => ImportKind::Field,
            import_tag::METHOD => ImportKind::Method,
            import_tag::STRING => ImportKind::String,
            import_tag::METHOD_TYPE => ImportKind::MethodType,
            import_tag::METHOD_HANDLE => ImportKind::MethodHandle,
            import_tag::ERROR => ImportKind::Error,
            tag => return Err(r.error(format!("bad import tag {tag}"))),
        })
    }

    /// A reader at the start of import `index`'s entry.
    fn entry(&self, index: ImportIndex) -> Result<Reader<'_>> {
        let section = self.image.imports;
        let index = index as usize;
        if index >= self.count {
            return Err(section
                .reader_at(self.record)?
                .error(format!("import {index} out of range ({})", self.count)));
        }
        let entry = section.u32_at(self.record + 4 + 4 * index)? as usize;
        section.reader_at(self.record.saturating_add(entry))
    }

    pub fn decode_all(&self) -> Result<Vec<Import>> {
        let mut index = 0;
        list(self.count, || {
            index += 1;
            self.get(index - 1)
        })
    }

    fn decode_entry(&self, r: &mut Reader) -> Result<Import> {
        let image = &self.image;
        Ok(match r.u8()? {
            import_tag::CLASS => Import::Class { name: image.read_text(r)? },
            import_tag::FIELD => Import::Field {
                class: r.uleb32()?,
                name: image.read_text(r)?,
                descriptor: image.read_text(r)?,
            },
            import_tag::METHOD => Import::Method {
                class: r.uleb32()?,
                name: image.read_text(r)?,
                descriptor: image.read_text(r)?,
                interface: match r.u8()? {
                    0 => false,
                    1 => true,
                    other => return Err(r.error(format!("bad interface flag {other}"))),
                },
            },
            import_tag::STRING => Import::String { utf16: image.utf16(r)? },
            import_tag::METHOD_TYPE => Import::MethodType { descriptor: image.read_text(r)? },
            import_tag::METHOD_HANDLE => Import::MethodHandle { kind: r.u8()?, member: r.uleb32()? },
            import_tag::ERROR => Import::Error { class: r.uleb32()?, message: image.read_str(r)? },
            tag => return Err(r.error(format!("bad import tag {tag}"))),
        })
    }
}

/// A function record, opened in place: the header is decoded, the
/// instructions are read on demand through [`FunctionView::instruction`] or
/// an [`InstCursor`].
#[derive(Debug, Clone)]
pub struct FunctionView<'a> {
    /// One type code per register, all checked when the view was opened.
    register_types: &'a [u8],
    params: Vec<Reg>,
    returns: Option<Type>,
    handlers: Vec<Handler>,
    positions: Vec<Position>,
    instruction_count: usize,
    /// `instruction_count` little-endian u32 offsets into `code`.
    offsets: Reader<'a>,
    code: Reader<'a>,
}

impl<'a> FunctionView<'a> {
    fn open(mut r: Reader<'a>) -> Result<FunctionView<'a>> {
        let register_count = r.count(1)?;
        let register_types = r.bytes(register_count)?;
        if let Some(bad) = register_types.iter().find(|&&code| code as usize >= TYPES.len()) {
            return Err(r.error(format!("bad register type code {bad}")));
        }
        let param_count = r.count(1)?;
        let params = list(param_count, || Ok(Reg(r.uleb32()?)))?;
        let returns = match r.u8()? {
            0 => None,
            code => Some(
                *TYPES.get(code as usize - 1).ok_or_else(|| r.error(format!("bad return type {code}")))?,
            ),
        };
        let handlers = read_handlers(&mut r)?;
        let positions = read_positions(&mut r)?;
        let instruction_count = r.count(4)?;
        let offsets = r.sub_reader(4 * instruction_count)?;
        let code_len = r.count(1)?;
        let code = r.sub_reader(code_len)?;
        Ok(FunctionView {
            register_types,
            params,
            returns,
            handlers,
            positions,
            instruction_count,
            offsets,
            code,
        })
    }

    pub fn register_count(&self) -> usize {
        self.register_types.len()
    }

    /// The byte offset of instruction `index` in the function's code bytes
    /// (the code's length for `index == instruction_count`, 0 if out of range).
    pub fn instruction_offset(&self, index: usize) -> usize {
        if index == self.instruction_count {
            return self.code.all().len();
        }
        let table = self.offsets.all();
        match table.get(4 * index..4 * index + 4) {
            Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize,
            None => 0,
        }
    }

    pub fn register_type(&self, reg: Reg) -> Option<Type> {
        self.register_types.get(reg.0 as usize).map(|&code| TYPES[code as usize])
    }

    pub fn params(&self) -> &[Reg] {
        &self.params
    }

    pub fn returns(&self) -> Option<Type> {
        self.returns
    }

    pub fn handlers(&self) -> &[Handler] {
        &self.handlers
    }

    pub fn positions(&self) -> &[Position] {
        &self.positions
    }

    pub fn instruction_count(&self) -> usize {
        self.instruction_count
    }

    /// Decodes instruction `index` in place.
    pub fn instruction(&self, index: Label) -> Result<Inst> {
        self.cursor(index)?.next().unwrap_or_else(|| Err(self.code.error("instruction out of range")))
    }

    /// A cursor that decodes instructions from `index` on.
    pub fn cursor(&self, index: Label) -> Result<InstCursor<'a>> {
        let index = index as usize;
        if index > self.instruction_count {
            return Err(self
                .code
                .error(format!("instruction {index} out of range ({})", self.instruction_count)));
        }
        let mut code = self.code.clone();
        if index < self.instruction_count {
            let mut offsets = self.offsets.clone();
            offsets.bytes(4 * index)?;
            let offset = offsets.u32_le()? as usize;
            code.bytes(offset)?;
        } else {
            code.bytes(code.remaining())?;
        }
        Ok(InstCursor { code, index, count: self.instruction_count })
    }

    /// The whole function, checking that the offset table matches the code.
    pub fn decode(&self) -> Result<Function> {
        let mut cursor = self.cursor(0)?;
        let mut code = Vec::with_capacity(self.instruction_count);
        let mut offsets = self.offsets.clone();
        while cursor.index < cursor.count {
            if offsets.u32_le()? as usize != cursor.code.position() {
                return Err(cursor
                    .code
                    .error(format!("instruction {} is not where the offset table says", cursor.index)));
            }
            code.push(cursor.next().expect("index < count")?);
        }
        if cursor.code.remaining() != 0 {
            return Err(cursor.code.error("bytes after the last instruction"));
        }
        let registers = self.register_types.iter().map(|&c| TYPES[c as usize]).collect();
        Ok(Function {
            registers,
            params: self.params.clone(),
            returns: self.returns,
            code,
            handlers: self.handlers.clone(),
            positions: self.positions.clone(),
        })
    }
}

fn read_handlers(r: &mut Reader) -> Result<Vec<Handler>> {
    let count = r.count(5)?;
    list(count, || {
        Ok(Handler {
            start: r.uleb32()?,
            end: r.uleb32()?,
            target: r.uleb32()?,
            catch_class: match r.uleb64()? {
                0 => None,
                n => Some(u32::try_from(n - 1).map_err(|_| r.error("catch class overflows 32 bits"))?),
            },
            exception: Reg(r.uleb32()?),
        })
    })
}

fn read_positions(r: &mut Reader) -> Result<Vec<Position>> {
    let count = r.count(3)?;
    list(count, || Ok(Position { instruction: r.uleb32()?, source_offset: r.uleb32()?, line: r.uleb32()? }))
}

/// Decodes a function's instructions one at a time, in place. Yields
/// `Err` once and then stops if the bytes are bad.
#[derive(Debug, Clone)]
pub struct InstCursor<'a> {
    code: Reader<'a>,
    index: usize,
    count: usize,
}

impl InstCursor<'_> {
    /// The index of the instruction `next` will decode.
    pub fn index(&self) -> Label {
        self.index as Label
    }
}

impl Iterator for InstCursor<'_> {
    type Item = Result<Inst>;

    fn next(&mut self) -> Option<Result<Inst>> {
        if self.index >= self.count {
            return None;
        }
        let inst = decode_inst(&mut self.code);
        // After an error, stop: the rest cannot be found.
        self.index = if inst.is_ok() { self.index + 1 } else { self.count };
        Some(inst)
    }
}

/// Validation reads a class's imports in place, one entry at a time.
impl keel_kir::ImportTable for ImportsView<'_> {
    fn len(&self) -> usize {
        self.count
    }

    fn get(&self, index: ImportIndex) -> std::result::Result<std::borrow::Cow<'_, Import>, String> {
        ImportsView::get(self, index).map(std::borrow::Cow::Owned).map_err(|e| e.to_string())
    }

    fn kind(&self, index: ImportIndex) -> std::result::Result<ImportKind, String> {
        ImportsView::kind(self, index).map_err(|e| e.to_string())
    }
}
