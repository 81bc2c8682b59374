//! The constant pool (JVMS 4.4): parsing, and typed, checked access by index.

use std::borrow::Cow;

use crate::error::{ClassFileError, Result};
use crate::mutf8::Mutf8;
use crate::reader::Reader;

/// A constant-pool tag (JVMS Table 4.4-B).
pub mod tag {
    pub const UTF8: u8 = 1;
    pub const INTEGER: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const LONG: u8 = 5;
    pub const DOUBLE: u8 = 6;
    pub const CLASS: u8 = 7;
    pub const STRING: u8 = 8;
    pub const FIELDREF: u8 = 9;
    pub const METHODREF: u8 = 10;
    pub const INTERFACE_METHODREF: u8 = 11;
    pub const NAME_AND_TYPE: u8 = 12;
    pub const METHOD_HANDLE: u8 = 15;
    pub const METHOD_TYPE: u8 = 16;
    pub const DYNAMIC: u8 = 17;
    pub const INVOKE_DYNAMIC: u8 = 18;
    pub const MODULE: u8 = 19;
    pub const PACKAGE: u8 = 20;
}

/// A method handle's kind (JVMS Table 5.4.3.5-A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ReferenceKind {
    GetField = 1,
    GetStatic = 2,
    PutField = 3,
    PutStatic = 4,
    InvokeVirtual = 5,
    InvokeStatic = 6,
    InvokeSpecial = 7,
    NewInvokeSpecial = 8,
    InvokeInterface = 9,
}

impl ReferenceKind {
    pub fn from_u8(kind: u8) -> Option<Self> {
        use ReferenceKind::*;
        Some(match kind {
            1 => GetField,
            2 => GetStatic,
            3 => PutField,
            4 => PutStatic,
            5 => InvokeVirtual,
            6 => InvokeStatic,
            7 => InvokeSpecial,
            8 => NewInvokeSpecial,
            9 => InvokeInterface,
            _ => return None,
        })
    }

    /// The name `javap` prints for the kind, e.g. `REF_invokeStatic`.
    pub fn javap_name(self) -> &'static str {
        use ReferenceKind::*;
        match self {
            GetField => "REF_getField",
            GetStatic => "REF_getStatic",
            PutField => "REF_putField",
            PutStatic => "REF_putStatic",
            InvokeVirtual => "REF_invokeVirtual",
            InvokeStatic => "REF_invokeStatic",
            InvokeSpecial => "REF_invokeSpecial",
            NewInvokeSpecial => "REF_newInvokeSpecial",
            InvokeInterface => "REF_invokeInterface",
        }
    }

    pub fn is_field(self) -> bool {
        (self as u8) <= 4
    }
}

/// One constant-pool entry. Indexes are into the same pool and were checked
/// to point at an entry of the right tag when the class was parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constant<'a> {
    /// Index 0 and the slot after a `Long` or `Double`.
    Unusable,
    Utf8(Mutf8<'a>),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class {
        name: u16,
    },
    String {
        utf8: u16,
    },
    Fieldref {
        class: u16,
        name_and_type: u16,
    },
    Methodref {
        class: u16,
        name_and_type: u16,
    },
    InterfaceMethodref {
        class: u16,
        name_and_type: u16,
    },
    NameAndType {
        name: u16,
        descriptor: u16,
    },
    MethodHandle {
        kind: ReferenceKind,
        reference: u16,
    },
    MethodType {
        descriptor: u16,
    },
    Dynamic {
        bootstrap: u16,
        name_and_type: u16,
    },
    InvokeDynamic {
        bootstrap: u16,
        name_and_type: u16,
    },
    Module {
        name: u16,
    },
    Package {
        name: u16,
    },
}

impl Constant<'_> {
    /// The tag name as `javap -v` prints it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Constant::Unusable => "Unusable",
            Constant::Utf8(_) => "Utf8",
            Constant::Integer(_) => "Integer",
            Constant::Float(_) => "Float",
            Constant::Long(_) => "Long",
            Constant::Double(_) => "Double",
            Constant::Class { .. } => "Class",
            Constant::String { .. } => "String",
            Constant::Fieldref { .. } => "Fieldref",
            Constant::Methodref { .. } => "Methodref",
            Constant::InterfaceMethodref { .. } => "InterfaceMethodref",
            Constant::NameAndType { .. } => "NameAndType",
            Constant::MethodHandle { .. } => "MethodHandle",
            Constant::MethodType { .. } => "MethodType",
            Constant::Dynamic { .. } => "Dynamic",
            Constant::InvokeDynamic { .. } => "InvokeDynamic",
            Constant::Module { .. } => "Module",
            Constant::Package { .. } => "Package",
        }
    }
}

/// A resolved symbolic reference to a field or method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRef<'a> {
    pub class: Cow<'a, str>,
    pub name: Cow<'a, str>,
    pub descriptor: Cow<'a, str>,
    /// True for a `CONSTANT_InterfaceMethodref`.
    pub is_interface: bool,
}

/// The constant pool of one class file.
#[derive(Debug, Clone)]
pub struct ConstantPool<'a> {
    entries: Vec<Constant<'a>>,
    /// File offset of each entry's tag byte, for error messages.
    offsets: Vec<u32>,
}

impl<'a> ConstantPool<'a> {
    /// Reads `constant_pool_count` and the entries that follow it.
    /// Only tags are checked here; cross-references are checked by
    /// [`crate::check`] once the class version is known.
    pub fn parse(r: &mut Reader<'a>) -> Result<Self> {
        let count = r.u2()? as usize;
        if count == 0 {
            return Err(r.error("constant_pool_count is 0"));
        }
        // Every entry takes at least 3 bytes, so a count the data cannot hold
        // is refused before anything is allocated for it.
        let capacity = count.min(r.remaining() / 3 + 1);
        let mut entries = Vec::with_capacity(capacity);
        let mut offsets = Vec::with_capacity(capacity);
        entries.push(Constant::Unusable);
        offsets.push(r.offset() as u32);
        while entries.len() < count {
            let at = r.offset();
            let entry = parse_entry(r).map_err(|e| e.within(format!("constant #{}", entries.len())))?;
            let wide = matches!(entry, Constant::Long(_) | Constant::Double(_));
            entries.push(entry);
            offsets.push(at as u32);
            if wide {
                if entries.len() == count {
                    return Err(ClassFileError::new(at, "8-byte constant takes the last constant-pool slot"));
                }
                entries.push(Constant::Unusable);
                offsets.push(at as u32);
            }
        }
        Ok(ConstantPool { entries, offsets })
    }

    /// `constant_pool_count`: one more than the highest index.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    /// The file offset of entry `index` (of the pool's start if out of range).
    pub fn offset_of(&self, index: u16) -> usize {
        self.offsets.get(index as usize).or(self.offsets.first()).copied().unwrap_or(0) as usize
    }

    pub fn entries(&self) -> &[Constant<'a>] {
        &self.entries
    }

    /// The entry at `index`, or an error if it is out of range or unusable.
    pub fn get(&self, index: u16) -> Result<&Constant<'a>> {
        match self.entries.get(index as usize) {
            Some(Constant::Unusable) | None => Err(ClassFileError::new(
                self.offset_of(index),
                format!("invalid constant-pool index #{index}"),
            )),
            Some(entry) => Ok(entry),
        }
    }

    fn wrong_tag(&self, index: u16, wanted: &str) -> ClassFileError {
        let found = self.entries.get(index as usize).map_or("nothing", |e| e.kind_name());
        ClassFileError::new(
            self.offset_of(index),
            format!("constant #{index} should be {wanted}, is {found}"),
        )
    }

    pub fn utf8(&self, index: u16) -> Result<Mutf8<'a>> {
        match self.get(index)? {
            Constant::Utf8(s) => Ok(*s),
            _ => Err(self.wrong_tag(index, "Utf8")),
        }
    }

    /// A `CONSTANT_Utf8` as text.
    pub fn text(&self, index: u16) -> Result<Cow<'a, str>> {
        Ok(self.utf8(index)?.to_str())
    }

    /// The internal name of the `CONSTANT_Class` at `index` (e.g.
    /// `java/lang/String`, or an array descriptor such as `[I`).
    pub fn class_name(&self, index: u16) -> Result<Cow<'a, str>> {
        match self.get(index)? {
            Constant::Class { name } => self.text(*name),
            _ => Err(self.wrong_tag(index, "Class")),
        }
    }

    /// Like [`Self::class_name`], but index 0 means "none" (as for
    /// `super_class` of `java/lang/Object` or an any-type handler).
    pub fn optional_class_name(&self, index: u16) -> Result<Option<Cow<'a, str>>> {
        if index == 0 {
            Ok(None)
        } else {
            self.class_name(index).map(Some)
        }
    }

    pub fn name_and_type(&self, index: u16) -> Result<(Cow<'a, str>, Cow<'a, str>)> {
        match self.get(index)? {
            Constant::NameAndType { name, descriptor } => Ok((self.text(*name)?, self.text(*descriptor)?)),
            _ => Err(self.wrong_tag(index, "NameAndType")),
        }
    }

    /// A field, method or interface-method reference.
    pub fn member_ref(&self, index: u16) -> Result<MemberRef<'a>> {
        let (class, nat, is_interface) = match self.get(index)? {
            Constant::Fieldref { class, name_and_type } | Constant::Methodref { class, name_and_type } => {
                (*class, *name_and_type, false)
            }
            Constant::InterfaceMethodref { class, name_and_type } => (*class, *name_and_type, true),
            _ => return Err(self.wrong_tag(index, "a field or method reference")),
        };
        let (name, descriptor) = self.name_and_type(nat)?;
        Ok(MemberRef { class: self.class_name(class)?, name, descriptor, is_interface })
    }

    /// The text of a `CONSTANT_String`.
    pub fn string(&self, index: u16) -> Result<Mutf8<'a>> {
        match self.get(index)? {
            Constant::String { utf8 } => self.utf8(*utf8),
            _ => Err(self.wrong_tag(index, "String")),
        }
    }

    /// The name of a `CONSTANT_Module` or `CONSTANT_Package`.
    pub fn module_or_package_name(&self, index: u16) -> Result<Cow<'a, str>> {
        match self.get(index)? {
            Constant::Module { name } | Constant::Package { name } => self.text(*name),
            _ => Err(self.wrong_tag(index, "Module or Package")),
        }
    }
}

fn parse_entry<'a>(r: &mut Reader<'a>) -> Result<Constant<'a>> {
    let at = r.offset();
    let tag_byte = r.u1()?;
    Ok(match tag_byte {
        tag::UTF8 => {
            let len = r.u2()? as usize;
            let start = r.offset();
            let bytes = r.bytes(len)?;
            let text = Mutf8::new(bytes).map_err(|bad| {
                ClassFileError::new(start + bad.offset, "illegal modified UTF-8 byte in CONSTANT_Utf8")
            })?;
            Constant::Utf8(text)
        }
        tag::INTEGER => Constant::Integer(r.i4()?),
        tag::FLOAT => Constant::Float(f32::from_bits(r.u4()?)),
        tag::LONG => Constant::Long(r.u8()? as i64),
        tag::DOUBLE => Constant::Double(f64::from_bits(r.u8()?)),
        tag::CLASS => Constant::Class { name: r.u2()? },
        tag::STRING => Constant::String { utf8: r.u2()? },
        tag::FIELDREF => Constant::Fieldref { class: r.u2()?, name_and_type: r.u2()? },
        tag::METHODREF => Constant::Methodref { class: r.u2()?, name_and_type: r.u2()? },
        tag::INTERFACE_METHODREF => Constant::InterfaceMethodref { class: r.u2()?, name_and_type: r.u2()? },
        tag::NAME_AND_TYPE => Constant::NameAndType { name: r.u2()?, descriptor: r.u2()? },
        tag::METHOD_HANDLE => {
            let kind_byte = r.u1()?;
            let kind = ReferenceKind::from_u8(kind_byte)
                .ok_or_else(|| ClassFileError::new(at + 1, format!("bad method handle kind {kind_byte}")))?;
            Constant::MethodHandle { kind, reference: r.u2()? }
        }
        tag::METHOD_TYPE => Constant::MethodType { descriptor: r.u2()? },
        tag::DYNAMIC => Constant::Dynamic { bootstrap: r.u2()?, name_and_type: r.u2()? },
        tag::INVOKE_DYNAMIC => Constant::InvokeDynamic { bootstrap: r.u2()?, name_and_type: r.u2()? },
        tag::MODULE => Constant::Module { name: r.u2()? },
        tag::PACKAGE => Constant::Package { name: r.u2()? },
        other => return Err(ClassFileError::new(at, format!("unknown constant-pool tag {other}"))),
    })
}
