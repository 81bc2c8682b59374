//! The top-level class-file structure (JVMS 4.1) and its members.

use std::borrow::Cow;

use crate::attributes::{
    parse_attributes, u2_list, Attribute, AttributeInfo, BootstrapMethod, Code, Context, InnerClass,
    Location, RecordComponent,
};
use crate::constant_pool::ConstantPool;
use crate::error::{ClassFileError, Result};
use crate::reader::Reader;

pub const MAGIC: u32 = 0xCAFE_BABE;
/// The oldest class-file major version Keel reads (JDK 1.0.2).
pub const MIN_MAJOR_VERSION: u16 = 45;
/// The newest class-file major version Keel reads (Java SE 25).
pub const MAX_MAJOR_VERSION: u16 = 69;
/// The minor version that marks a class file using preview features.
pub const PREVIEW_MINOR_VERSION: u16 = 0xFFFF;

/// A parsed class file, borrowing from its bytes.
#[derive(Debug, Clone)]
pub struct ClassFile<'a> {
    pub minor_version: u16,
    pub major_version: u16,
    pub constant_pool: ConstantPool<'a>,
    pub access_flags: u16,
    pub this_class: u16,
    /// 0 for `java/lang/Object` and `module-info`.
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<Member<'a>>,
    pub methods: Vec<Member<'a>>,
    pub attributes: Vec<Attribute<'a>>,
}

/// A field or a method (`field_info` and `method_info` share a layout).
#[derive(Debug, Clone)]
pub struct Member<'a> {
    /// File offset of the member's `access_flags`.
    pub offset: usize,
    pub access_flags: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute<'a>>,
}

impl<'a> ClassFile<'a> {
    /// Parses a class file and runs the format checks of JVMS 4.8 that need
    /// no other class.
    pub fn parse(bytes: &'a [u8]) -> Result<ClassFile<'a>> {
        let class = Self::parse_structure(bytes)?;
        crate::check::check_format(&class)?;
        Ok(class)
    }

    /// Parses the structure only: every length and tag is checked, but not
    /// the cross-references, flags and names that [`crate::check`] covers.
    pub fn parse_structure(bytes: &'a [u8]) -> Result<ClassFile<'a>> {
        let mut r = Reader::new(bytes);
        let magic = r.u4()?;
        if magic != MAGIC {
            return Err(ClassFileError::new(0, format!("bad magic number {magic:#010x}")));
        }
        let minor_version = r.u2()?;
        let major_version = r.u2()?;
        check_version(major_version, minor_version)?;
        let constant_pool = ConstantPool::parse(&mut r)?;
        let access_flags = r.u2()?;
        let this_class = r.u2()?;
        let super_class = r.u2()?;
        let interfaces = u2_list(&mut r)?;
        let cx = Context { pool: &constant_pool, major: major_version };
        let fields = parse_members(&mut r, cx, Location::Field, "field")?;
        let methods = parse_members(&mut r, cx, Location::Method, "method")?;
        let attributes = parse_attributes(&mut r, cx, Location::Class)?;
        r.expect_end("class file")?;
        Ok(ClassFile {
            minor_version,
            major_version,
            constant_pool,
            access_flags,
            this_class,
            super_class,
            interfaces,
            fields,
            methods,
            attributes,
        })
    }

    /// This class's internal name (`java/lang/String`).
    pub fn name(&self) -> Result<Cow<'a, str>> {
        self.constant_pool.class_name(self.this_class)
    }

    pub fn super_name(&self) -> Result<Option<Cow<'a, str>>> {
        self.constant_pool.optional_class_name(self.super_class)
    }

    pub fn interface_names(&self) -> Result<Vec<Cow<'a, str>>> {
        self.interfaces.iter().map(|&i| self.constant_pool.class_name(i)).collect()
    }

    pub fn is_interface(&self) -> bool {
        self.access_flags & crate::access::INTERFACE != 0
    }

    pub fn is_module_info(&self) -> bool {
        self.access_flags & crate::access::MODULE != 0
    }

    /// The first attribute of the class satisfying `pick`.
    fn find<'s, T>(&'s self, pick: impl Fn(&'s AttributeInfo<'a>) -> Option<T>) -> Option<T> {
        self.attributes.iter().find_map(|a| pick(&a.info))
    }

    pub fn source_file(&self) -> Option<Cow<'a, str>> {
        let index = self.find(|a| match a {
            AttributeInfo::SourceFile(i) => Some(*i),
            _ => None,
        })?;
        self.constant_pool.text(index).ok()
    }

    pub fn bootstrap_methods(&self) -> &[BootstrapMethod] {
        self.find(|a| match a {
            AttributeInfo::BootstrapMethods(b) => Some(b.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
    }

    pub fn inner_classes(&self) -> &[InnerClass] {
        self.find(|a| match a {
            AttributeInfo::InnerClasses(c) => Some(c.as_slice()),
            _ => None,
        })
        .unwrap_or(&[])
    }

    pub fn record_components(&self) -> Option<&[RecordComponent<'a>]> {
        self.find(|a| match a {
            AttributeInfo::Record(c) => Some(c.as_slice()),
            _ => None,
        })
    }

    pub fn signature(&self) -> Option<Cow<'a, str>> {
        signature_of(&self.attributes, &self.constant_pool)
    }
}

impl<'a> Member<'a> {
    pub fn name(&self, pool: &ConstantPool<'a>) -> Result<Cow<'a, str>> {
        pool.text(self.name_index)
    }

    pub fn descriptor(&self, pool: &ConstantPool<'a>) -> Result<Cow<'a, str>> {
        pool.text(self.descriptor_index)
    }

    /// The method's `Code` attribute, if it has one.
    pub fn code(&self) -> Option<&Code<'a>> {
        self.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::Code(code) => Some(code),
            _ => None,
        })
    }

    /// The class indexes of a method's `Exceptions` attribute.
    pub fn exceptions(&self) -> &[u16] {
        self.attributes
            .iter()
            .find_map(|a| match &a.info {
                AttributeInfo::Exceptions(list) => Some(list.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// A field's `ConstantValue` index.
    pub fn constant_value(&self) -> Option<u16> {
        self.attributes.iter().find_map(|a| match a.info {
            AttributeInfo::ConstantValue(index) => Some(index),
            _ => None,
        })
    }

    pub fn signature(&self, pool: &ConstantPool<'a>) -> Option<Cow<'a, str>> {
        signature_of(&self.attributes, pool)
    }

    pub fn has_flag(&self, flag: u16) -> bool {
        self.access_flags & flag != 0
    }
}

fn signature_of<'a>(attributes: &[Attribute<'a>], pool: &ConstantPool<'a>) -> Option<Cow<'a, str>> {
    let index = attributes.iter().find_map(|a| match a.info {
        AttributeInfo::Signature(i) => Some(i),
        _ => None,
    })?;
    pool.text(index).ok()
}

fn check_version(major: u16, minor: u16) -> Result<()> {
    if !(MIN_MAJOR_VERSION..=MAX_MAJOR_VERSION).contains(&major) {
        return Err(ClassFileError::unsupported_version(
            6,
            format!(
                "class file version {major}.{minor} is outside {MIN_MAJOR_VERSION}.0 to {MAX_MAJOR_VERSION}.0"
            ),
        ));
    }
    if major >= 56 && minor == PREVIEW_MINOR_VERSION {
        return Err(ClassFileError::unsupported_version(
            4,
            format!("class file version {major}.{minor} uses preview features, which Keel does not enable"),
        ));
    }
    // JVMS 5.3.5: an unsupported version, of either number, is an
    // UnsupportedClassVersionError (HotSpot: "invalid non-zero minor version").
    if major >= 56 && minor != 0 {
        return Err(ClassFileError::unsupported_version(
            4,
            format!("class file version {major}.{minor}: minor version must be 0 or 65535"),
        ));
    }
    Ok(())
}

fn parse_members<'a>(
    r: &mut Reader<'a>,
    cx: Context<'_, 'a>,
    location: Location,
    what: &str,
) -> Result<Vec<Member<'a>>> {
    let count = r.u2()? as usize;
    // A member takes at least 8 bytes: refuse counts the data cannot hold.
    if count * 8 > r.remaining() {
        return Err(r.error(format!("{count} {what}s cannot fit in the {} byte(s) left", r.remaining())));
    }
    let mut members = Vec::with_capacity(count);
    for index in 0..count {
        let offset = r.offset();
        let access_flags = r.u2()?;
        let name_index = r.u2()?;
        let descriptor_index = r.u2()?;
        let attributes = parse_attributes(r, cx, location).map_err(|e| {
            let label = member_label(cx.pool, what, index, name_index, descriptor_index);
            e.within(label)
        })?;
        members.push(Member { offset, access_flags, name_index, descriptor_index, attributes });
    }
    Ok(members)
}

/// `method foo(I)V`, or `method #3` if the name cannot be read.
pub(crate) fn member_label(
    pool: &ConstantPool<'_>,
    what: &str,
    index: usize,
    name: u16,
    descriptor: u16,
) -> String {
    match (pool.text(name), pool.text(descriptor)) {
        (Ok(n), Ok(d)) if what == "method" => format!("method {n}{d}"),
        (Ok(n), Ok(d)) => format!("field {n} {d}"),
        _ => format!("{what} #{index}"),
    }
}
