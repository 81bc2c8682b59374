//! Attributes (JVMS 4.7): every attribute the specification defines becomes a
//! typed structure; anything else is kept as raw bytes.

use crate::constant_pool::ConstantPool;
use crate::error::{ClassFileError, Result};
use crate::reader::Reader;

/// Where an attribute appears; an attribute the JVMS does not define for a
/// location is kept raw and otherwise ignored, as JVMS 4.7 requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Class,
    Field,
    Method,
    Code,
    RecordComponent,
}

/// One attribute: where it is, its raw bytes, and its parsed form.
#[derive(Debug, Clone)]
pub struct Attribute<'a> {
    pub name_index: u16,
    /// File offset of the attribute's `info` bytes.
    pub offset: usize,
    /// The `info` bytes (reflection hands annotations out raw).
    pub data: &'a [u8],
    pub info: AttributeInfo<'a>,
}

#[derive(Debug, Clone)]
pub enum AttributeInfo<'a> {
    ConstantValue(u16),
    Code(Code<'a>),
    StackMapTable(Vec<StackMapFrame>),
    Exceptions(Vec<u16>),
    InnerClasses(Vec<InnerClass>),
    EnclosingMethod {
        class: u16,
        method: u16,
    },
    Synthetic,
    Signature(u16),
    SourceFile(u16),
    SourceDebugExtension(&'a [u8]),
    LineNumberTable(Vec<LineNumber>),
    LocalVariableTable(Vec<LocalVariable>),
    LocalVariableTypeTable(Vec<LocalVariable>),
    Deprecated,
    RuntimeVisibleAnnotations(Vec<Annotation>),
    RuntimeInvisibleAnnotations(Vec<Annotation>),
    RuntimeVisibleParameterAnnotations(Vec<Vec<Annotation>>),
    RuntimeInvisibleParameterAnnotations(Vec<Vec<Annotation>>),
    RuntimeVisibleTypeAnnotations(Vec<TypeAnnotation>),
    RuntimeInvisibleTypeAnnotations(Vec<TypeAnnotation>),
    AnnotationDefault(ElementValue),
    BootstrapMethods(Vec<BootstrapMethod>),
    MethodParameters(Vec<MethodParameter>),
    Module(Box<Module>),
    ModulePackages(Vec<u16>),
    ModuleMainClass(u16),
    NestHost(u16),
    NestMembers(Vec<u16>),
    Record(Vec<RecordComponent<'a>>),
    PermittedSubclasses(Vec<u16>),
    /// An attribute this parser does not know, or one found where the JVMS
    /// does not define it: only its raw bytes are kept.
    Unknown,
}

impl AttributeInfo<'_> {
    /// The attribute's name as it appears in class files.
    pub fn name(&self) -> &'static str {
        use AttributeInfo::*;
        match self {
            ConstantValue(_) => "ConstantValue",
            Code(_) => "Code",
            StackMapTable(_) => "StackMapTable",
            Exceptions(_) => "Exceptions",
            InnerClasses(_) => "InnerClasses",
            EnclosingMethod { .. } => "EnclosingMethod",
            Synthetic => "Synthetic",
            Signature(_) => "Signature",
            SourceFile(_) => "SourceFile",
            SourceDebugExtension(_) => "SourceDebugExtension",
            LineNumberTable(_) => "LineNumberTable",
            LocalVariableTable(_) => "LocalVariableTable",
            LocalVariableTypeTable(_) => "LocalVariableTypeTable",
            Deprecated => "Deprecated",
            RuntimeVisibleAnnotations(_) => "RuntimeVisibleAnnotations",
            RuntimeInvisibleAnnotations(_) => "RuntimeInvisibleAnnotations",
            RuntimeVisibleParameterAnnotations(_) => "RuntimeVisibleParameterAnnotations",
            RuntimeInvisibleParameterAnnotations(_) => "RuntimeInvisibleParameterAnnotations",
            RuntimeVisibleTypeAnnotations(_) => "RuntimeVisibleTypeAnnotations",
            RuntimeInvisibleTypeAnnotations(_) => "RuntimeInvisibleTypeAnnotations",
            AnnotationDefault(_) => "AnnotationDefault",
            BootstrapMethods(_) => "BootstrapMethods",
            MethodParameters(_) => "MethodParameters",
            Module(_) => "Module",
            ModulePackages(_) => "ModulePackages",
            ModuleMainClass(_) => "ModuleMainClass",
            NestHost(_) => "NestHost",
            NestMembers(_) => "NestMembers",
            Record(_) => "Record",
            PermittedSubclasses(_) => "PermittedSubclasses",
            Unknown => "Unknown",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Code<'a> {
    pub max_stack: u16,
    pub max_locals: u16,
    /// File offset of the first bytecode byte.
    pub code_offset: usize,
    pub code: &'a [u8],
    pub exception_table: Vec<ExceptionHandler>,
    pub attributes: Vec<Attribute<'a>>,
}

impl<'a> Code<'a> {
    pub fn line_numbers(&self) -> impl Iterator<Item = &LineNumber> {
        self.attributes.iter().flat_map(|a| match &a.info {
            AttributeInfo::LineNumberTable(lines) => lines.as_slice(),
            _ => &[],
        })
    }

    pub fn stack_map_table(&self) -> Option<&[StackMapFrame]> {
        self.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::StackMapTable(frames) => Some(frames.as_slice()),
            _ => None,
        })
    }

    pub fn local_variables(&self) -> impl Iterator<Item = &LocalVariable> {
        self.attributes.iter().flat_map(|a| match &a.info {
            AttributeInfo::LocalVariableTable(vars) => vars.as_slice(),
            _ => &[],
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// A `CONSTANT_Class`, or 0 to catch everything (`finally`).
    pub catch_type: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerificationType {
    Top,
    Integer,
    Float,
    Double,
    Long,
    Null,
    UninitializedThis,
    /// A `CONSTANT_Class` index.
    Object(u16),
    /// The offset of the `new` instruction that made the object.
    Uninitialized(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameKind {
    Same,
    SameLocals1StackItem(VerificationType),
    /// Drops the last `k` locals (1 to 3).
    Chop(u8),
    Append(Vec<VerificationType>),
    Full {
        locals: Vec<VerificationType>,
        stack: Vec<VerificationType>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackMapFrame {
    pub frame_type: u8,
    pub offset_delta: u16,
    pub kind: FrameKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InnerClass {
    pub inner_class: u16,
    pub outer_class: u16,
    pub inner_name: u16,
    pub access_flags: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineNumber {
    pub start_pc: u16,
    pub line: u16,
}

/// An entry of `LocalVariableTable` (descriptor) or `LocalVariableTypeTable`
/// (signature): `descriptor` holds whichever the table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalVariable {
    pub start_pc: u16,
    pub length: u16,
    pub name: u16,
    pub descriptor: u16,
    pub index: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    /// A `CONSTANT_Utf8` holding a field descriptor.
    pub type_index: u16,
    pub elements: Vec<(u16, ElementValue)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ElementValue {
    /// `B C D F I J S Z s`: a constant of the tag's type.
    Const {
        tag: u8,
        index: u16,
    },
    Enum {
        type_name: u16,
        const_name: u16,
    },
    /// A return descriptor (`Ljava/lang/String;`, `V`, ...).
    Class(u16),
    Annotation(Box<Annotation>),
    Array(Vec<ElementValue>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeAnnotation {
    pub target_type: u8,
    pub target: TargetInfo,
    /// `(type_path_kind, type_argument_index)` steps.
    pub path: Vec<(u8, u8)>,
    pub annotation: Annotation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetInfo {
    TypeParameter(u8),
    Supertype(u16),
    TypeParameterBound {
        parameter: u8,
        bound: u8,
    },
    Empty,
    FormalParameter(u8),
    Throws(u16),
    /// `(start_pc, length, index)` ranges.
    LocalVar(Vec<(u16, u16, u16)>),
    Catch(u16),
    Offset(u16),
    TypeArgument {
        offset: u16,
        index: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootstrapMethod {
    /// A `CONSTANT_MethodHandle`.
    pub method: u16,
    pub arguments: Vec<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodParameter {
    /// A `CONSTANT_Utf8`, or 0 for a parameter without a name.
    pub name: u16,
    pub access_flags: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub name: u16,
    pub flags: u16,
    pub version: u16,
    pub requires: Vec<ModuleRequires>,
    pub exports: Vec<ModuleExports>,
    pub opens: Vec<ModuleExports>,
    pub uses: Vec<u16>,
    pub provides: Vec<ModuleProvides>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModuleRequires {
    pub module: u16,
    pub flags: u16,
    pub version: u16,
}

/// An `exports` or `opens` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleExports {
    pub package: u16,
    pub flags: u16,
    pub to: Vec<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleProvides {
    pub service: u16,
    pub with: Vec<u16>,
}

#[derive(Debug, Clone)]
pub struct RecordComponent<'a> {
    pub name: u16,
    pub descriptor: u16,
    pub attributes: Vec<Attribute<'a>>,
}

/// What attribute parsing needs to know about the class around it.
#[derive(Clone, Copy)]
pub struct Context<'p, 'a> {
    pub pool: &'p ConstantPool<'a>,
    pub major: u16,
}

/// The first class-file major version in which the JVMS defines each
/// attribute, and where it may appear (JVMS Tables 4.7-A to 4.7-C).
fn definition(name: &str) -> Option<(u16, &'static [Location])> {
    use Location::*;
    const ANNOTATED: &[Location] = &[Class, Field, Method, RecordComponent];
    const TYPE_ANNOTATED: &[Location] = &[Class, Field, Method, Code, RecordComponent];
    Some(match name {
        "ConstantValue" => (45, &[Field]),
        "Code" => (45, &[Method]),
        "StackMapTable" => (50, &[Code]),
        "Exceptions" => (45, &[Method]),
        "InnerClasses" => (45, &[Class]),
        "EnclosingMethod" => (49, &[Class]),
        "Synthetic" => (45, &[Class, Field, Method]),
        "Signature" => (49, ANNOTATED),
        "SourceFile" => (45, &[Class]),
        "SourceDebugExtension" => (49, &[Class]),
        "LineNumberTable" => (45, &[Code]),
        "LocalVariableTable" => (45, &[Code]),
        "LocalVariableTypeTable" => (49, &[Code]),
        "Deprecated" => (45, &[Class, Field, Method]),
        "RuntimeVisibleAnnotations" | "RuntimeInvisibleAnnotations" => (49, ANNOTATED),
        "RuntimeVisibleParameterAnnotations" | "RuntimeInvisibleParameterAnnotations" => (49, &[Method]),
        "RuntimeVisibleTypeAnnotations" | "RuntimeInvisibleTypeAnnotations" => (52, TYPE_ANNOTATED),
        "AnnotationDefault" => (49, &[Method]),
        "BootstrapMethods" => (51, &[Class]),
        "MethodParameters" => (52, &[Method]),
        "Module" | "ModulePackages" | "ModuleMainClass" => (53, &[Class]),
        "NestHost" | "NestMembers" => (55, &[Class]),
        "Record" => (60, &[Class]),
        "PermittedSubclasses" => (61, &[Class]),
        _ => return None,
    })
}

/// Reads `attributes_count` and the attributes that follow.
pub fn parse_attributes<'a>(
    r: &mut Reader<'a>,
    cx: Context<'_, 'a>,
    location: Location,
) -> Result<Vec<Attribute<'a>>> {
    let count = r.u2()? as usize;
    // Each attribute header takes 6 bytes: refuse counts the data cannot hold.
    let mut attributes = Vec::with_capacity(count.min(r.remaining() / 6));
    for _ in 0..count {
        attributes.push(parse_attribute(r, cx, location)?);
    }
    Ok(attributes)
}

fn parse_attribute<'a>(r: &mut Reader<'a>, cx: Context<'_, 'a>, location: Location) -> Result<Attribute<'a>> {
    let header = r.offset();
    let name_index = r.u2()?;
    let name = cx
        .pool
        .text(name_index)
        .map_err(|e| ClassFileError::new(header, format!("attribute name: {}", e.message)))?;
    let length = r.u4()? as usize;
    let mut body = r.sub(length).map_err(|e| e.within(format!("attribute {name}")))?;
    let offset = body.offset();
    let data = body.clone().bytes(length)?;
    let recognized =
        matches!(definition(&name), Some((since, places)) if cx.major >= since && places.contains(&location));
    let info = if recognized {
        let info = parse_info(&name, &mut body, cx).map_err(|e| e.within(format!("attribute {name}")))?;
        body.expect_end(&format!("attribute {name}"))?;
        info
    } else {
        AttributeInfo::Unknown
    };
    Ok(Attribute { name_index, offset, data, info })
}

fn parse_info<'a>(name: &str, r: &mut Reader<'a>, cx: Context<'_, 'a>) -> Result<AttributeInfo<'a>> {
    use AttributeInfo as A;
    Ok(match name {
        "ConstantValue" => A::ConstantValue(r.u2()?),
        "Code" => A::Code(parse_code(r, cx)?),
        "StackMapTable" => A::StackMapTable(list(r, 1, parse_frame)?),
        "Exceptions" => A::Exceptions(u2_list(r)?),
        "InnerClasses" => A::InnerClasses(list(r, 8, |r| {
            Ok(InnerClass {
                inner_class: r.u2()?,
                outer_class: r.u2()?,
                inner_name: r.u2()?,
                access_flags: r.u2()?,
            })
        })?),
        "EnclosingMethod" => A::EnclosingMethod { class: r.u2()?, method: r.u2()? },
        "Synthetic" => A::Synthetic,
        "Signature" => A::Signature(r.u2()?),
        "SourceFile" => A::SourceFile(r.u2()?),
        "SourceDebugExtension" => A::SourceDebugExtension(r.bytes(r.remaining())?),
        "LineNumberTable" => {
            A::LineNumberTable(list(r, 4, |r| Ok(LineNumber { start_pc: r.u2()?, line: r.u2()? }))?)
        }
        "LocalVariableTable" => A::LocalVariableTable(list(r, 10, parse_local_variable)?),
        "LocalVariableTypeTable" => A::LocalVariableTypeTable(list(r, 10, parse_local_variable)?),
        "Deprecated" => A::Deprecated,
        "RuntimeVisibleAnnotations" => A::RuntimeVisibleAnnotations(annotations(r)?),
        "RuntimeInvisibleAnnotations" => A::RuntimeInvisibleAnnotations(annotations(r)?),
        "RuntimeVisibleParameterAnnotations" => {
            A::RuntimeVisibleParameterAnnotations(parameter_annotations(r)?)
        }
        "RuntimeInvisibleParameterAnnotations" => {
            A::RuntimeInvisibleParameterAnnotations(parameter_annotations(r)?)
        }
        "RuntimeVisibleTypeAnnotations" => {
            A::RuntimeVisibleTypeAnnotations(list(r, 4, parse_type_annotation)?)
        }
        "RuntimeInvisibleTypeAnnotations" => {
            A::RuntimeInvisibleTypeAnnotations(list(r, 4, parse_type_annotation)?)
        }
        "AnnotationDefault" => A::AnnotationDefault(parse_element_value(r, 0)?),
        "BootstrapMethods" => A::BootstrapMethods(list(r, 4, |r| {
            Ok(BootstrapMethod { method: r.u2()?, arguments: u2_list(r)? })
        })?),
        "MethodParameters" => A::MethodParameters(list_u1(r, 4, |r| {
            Ok(MethodParameter { name: r.u2()?, access_flags: r.u2()? })
        })?),
        "Module" => A::Module(Box::new(parse_module(r)?)),
        "ModulePackages" => A::ModulePackages(u2_list(r)?),
        "ModuleMainClass" => A::ModuleMainClass(r.u2()?),
        "NestHost" => A::NestHost(r.u2()?),
        "NestMembers" => A::NestMembers(u2_list(r)?),
        "Record" => A::Record(list(r, 6, |r| {
            Ok(RecordComponent {
                name: r.u2()?,
                descriptor: r.u2()?,
                attributes: parse_attributes(r, cx, Location::RecordComponent)?,
            })
        })?),
        "PermittedSubclasses" => A::PermittedSubclasses(u2_list(r)?),
        _ => A::Unknown,
    })
}

/// A u2 count, then that many items of at least `min_size` bytes each.
fn list<'a, T>(
    r: &mut Reader<'a>,
    min_size: usize,
    item: impl FnMut(&mut Reader<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    let count = r.u2()? as usize;
    items(r, count, min_size, item)
}

/// A u1 count, then that many items.
fn list_u1<'a, T>(
    r: &mut Reader<'a>,
    min_size: usize,
    item: impl FnMut(&mut Reader<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    let count = r.u1()? as usize;
    items(r, count, min_size, item)
}

fn items<'a, T>(
    r: &mut Reader<'a>,
    count: usize,
    min_size: usize,
    mut item: impl FnMut(&mut Reader<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    if count * min_size > r.remaining() {
        return Err(r.error(format!("{count} entries cannot fit in the {} byte(s) left", r.remaining())));
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        out.push(item(r)?);
    }
    Ok(out)
}

pub(crate) fn u2_list(r: &mut Reader<'_>) -> Result<Vec<u16>> {
    list(r, 2, |r| r.u2())
}

fn parse_code<'a>(r: &mut Reader<'a>, cx: Context<'_, 'a>) -> Result<Code<'a>> {
    let max_stack = r.u2()?;
    let max_locals = r.u2()?;
    let length_at = r.offset();
    let code_length = r.u4()? as usize;
    if code_length == 0 || code_length > 65535 {
        return Err(ClassFileError::new(
            length_at,
            format!("code_length {code_length} is outside 1..=65535"),
        ));
    }
    let code_offset = r.offset();
    let code = r.bytes(code_length)?;
    let exception_table = list(r, 8, |r| {
        Ok(ExceptionHandler { start_pc: r.u2()?, end_pc: r.u2()?, handler_pc: r.u2()?, catch_type: r.u2()? })
    })?;
    let attributes = parse_attributes(r, cx, Location::Code)?;
    Ok(Code { max_stack, max_locals, code_offset, code, exception_table, attributes })
}

fn parse_local_variable(r: &mut Reader<'_>) -> Result<LocalVariable> {
    Ok(LocalVariable {
        start_pc: r.u2()?,
        length: r.u2()?,
        name: r.u2()?,
        descriptor: r.u2()?,
        index: r.u2()?,
    })
}

fn parse_verification_type(r: &mut Reader<'_>) -> Result<VerificationType> {
    let at = r.offset();
    Ok(match r.u1()? {
        0 => VerificationType::Top,
        1 => VerificationType::Integer,
        2 => VerificationType::Float,
        3 => VerificationType::Double,
        4 => VerificationType::Long,
        5 => VerificationType::Null,
        6 => VerificationType::UninitializedThis,
        7 => VerificationType::Object(r.u2()?),
        8 => VerificationType::Uninitialized(r.u2()?),
        tag => return Err(ClassFileError::new(at, format!("bad verification type tag {tag}"))),
    })
}

fn parse_frame(r: &mut Reader<'_>) -> Result<StackMapFrame> {
    let at = r.offset();
    let frame_type = r.u1()?;
    let (offset_delta, kind) = match frame_type {
        0..=63 => (frame_type as u16, FrameKind::Same),
        64..=127 => ((frame_type - 64) as u16, FrameKind::SameLocals1StackItem(parse_verification_type(r)?)),
        247 => (r.u2()?, FrameKind::SameLocals1StackItem(parse_verification_type(r)?)),
        248..=250 => (r.u2()?, FrameKind::Chop(251 - frame_type)),
        251 => (r.u2()?, FrameKind::Same),
        252..=254 => {
            let delta = r.u2()?;
            let count = (frame_type - 251) as usize;
            (delta, FrameKind::Append(items(r, count, 1, parse_verification_type)?))
        }
        255 => {
            let delta = r.u2()?;
            let locals = list(r, 1, parse_verification_type)?;
            let stack = list(r, 1, parse_verification_type)?;
            (delta, FrameKind::Full { locals, stack })
        }
        _ => return Err(ClassFileError::new(at, format!("reserved stack map frame type {frame_type}"))),
    };
    Ok(StackMapFrame { frame_type, offset_delta, kind })
}

fn annotations(r: &mut Reader<'_>) -> Result<Vec<Annotation>> {
    list(r, 4, |r| parse_annotation(r, 0))
}

fn parameter_annotations(r: &mut Reader<'_>) -> Result<Vec<Vec<Annotation>>> {
    list_u1(r, 2, annotations)
}

/// How deeply annotations and arrays of element values may nest. javac never
/// comes near it; it keeps hostile input from exhausting the stack.
const MAX_ANNOTATION_NESTING: usize = 64;

fn parse_annotation(r: &mut Reader<'_>, depth: usize) -> Result<Annotation> {
    let type_index = r.u2()?;
    let elements = list(r, 3, |r| Ok((r.u2()?, parse_element_value(r, depth)?)))?;
    Ok(Annotation { type_index, elements })
}

fn parse_element_value(r: &mut Reader<'_>, depth: usize) -> Result<ElementValue> {
    if depth > MAX_ANNOTATION_NESTING {
        return Err(r.error("annotation element values nest too deeply"));
    }
    let at = r.offset();
    let tag = r.u1()?;
    Ok(match tag {
        b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' | b's' => {
            ElementValue::Const { tag, index: r.u2()? }
        }
        b'e' => ElementValue::Enum { type_name: r.u2()?, const_name: r.u2()? },
        b'c' => ElementValue::Class(r.u2()?),
        b'@' => ElementValue::Annotation(Box::new(parse_annotation(r, depth + 1)?)),
        b'[' => ElementValue::Array(list(r, 3, |r| parse_element_value(r, depth + 1))?),
        _ => return Err(ClassFileError::new(at, format!("bad element value tag {:?}", tag as char))),
    })
}

fn parse_type_annotation(r: &mut Reader<'_>) -> Result<TypeAnnotation> {
    let at = r.offset();
    let target_type = r.u1()?;
    let target = match target_type {
        0x00 | 0x01 => TargetInfo::TypeParameter(r.u1()?),
        0x10 => TargetInfo::Supertype(r.u2()?),
        0x11 | 0x12 => TargetInfo::TypeParameterBound { parameter: r.u1()?, bound: r.u1()? },
        0x13..=0x15 => TargetInfo::Empty,
        0x16 => TargetInfo::FormalParameter(r.u1()?),
        0x17 => TargetInfo::Throws(r.u2()?),
        0x40 | 0x41 => TargetInfo::LocalVar(list(r, 6, |r| Ok((r.u2()?, r.u2()?, r.u2()?)))?),
        0x42 => TargetInfo::Catch(r.u2()?),
        0x43..=0x46 => TargetInfo::Offset(r.u2()?),
        0x47..=0x4B => TargetInfo::TypeArgument { offset: r.u2()?, index: r.u1()? },
        other => {
            return Err(ClassFileError::new(at, format!("bad type annotation target type {other:#04x}")))
        }
    };
    let path = list_u1(r, 2, |r| Ok((r.u1()?, r.u1()?)))?;
    let annotation = parse_annotation(r, 0)?;
    Ok(TypeAnnotation { target_type, target, path, annotation })
}

fn parse_module(r: &mut Reader<'_>) -> Result<Module> {
    let exports_entry =
        |r: &mut Reader<'_>| Ok(ModuleExports { package: r.u2()?, flags: r.u2()?, to: u2_list(r)? });
    Ok(Module {
        name: r.u2()?,
        flags: r.u2()?,
        version: r.u2()?,
        requires: list(r, 6, |r| Ok(ModuleRequires { module: r.u2()?, flags: r.u2()?, version: r.u2()? }))?,
        exports: list(r, 6, exports_entry)?,
        opens: list(r, 6, exports_entry)?,
        uses: u2_list(r)?,
        provides: list(r, 4, |r| Ok(ModuleProvides { service: r.u2()?, with: u2_list(r)? }))?,
    })
}
