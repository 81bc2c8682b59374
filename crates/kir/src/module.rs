//! Functions, classes and their linkage tables: what a KBF image stores.

use crate::inst::Inst;
use crate::types::*;

/// A name or descriptor. A runtime reading a mapped image that lives as long
/// as the process borrows it from the image's bytes (no copy, no allocation);
/// a translator, or a reader of an image held only for a while, owns it.
pub type Text = std::borrow::Cow<'static, str>;

/// A function body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Function {
    /// The type of every register, indexed by [`Reg`].
    pub registers: Vec<Type>,
    /// The registers that receive the arguments, in order (the receiver
    /// first for instance methods).
    pub params: Vec<Reg>,
    /// The return type, `None` for void.
    pub returns: Option<Type>,
    pub code: Vec<Inst>,
    /// Exception handlers, innermost first (the first that matches wins).
    pub handlers: Vec<Handler>,
    /// Source positions, sorted by instruction: each applies from its
    /// instruction up to the next entry's.
    pub positions: Vec<Position>,
}

/// An exception handler range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    /// Instructions `start..end` are covered.
    pub start: Label,
    pub end: Label,
    /// Where control goes, with the exception in `exception`.
    pub target: Label,
    /// The class (an import) the exception must be an instance of; `None`
    /// catches everything.
    pub catch_class: Option<ImportIndex>,
    /// A `Ref` register that receives the exception.
    pub exception: Reg,
}

/// Where an instruction came from: for stack traces and debugging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub instruction: Label,
    /// Offset in the source (a class file's bytecode offset).
    pub source_offset: u32,
    /// Source line, 0 if unknown.
    pub line: u32,
}

/// One entry of a class's linkage import table: everything its code refers
/// to, symbolically. Names and descriptors use the JVM's internal forms, the
/// object model's naming scheme for any language on it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Import {
    /// A class by internal name (`java/lang/String`) or array descriptor (`[I`).
    Class { name: Text },
    /// A field of the class at import `class`.
    Field { class: ImportIndex, name: Text, descriptor: Text },
    /// A method of the class at import `class`; `interface` when the class is
    /// an interface (JVMS `InterfaceMethodref`).
    Method { class: ImportIndex, name: Text, descriptor: Text, interface: bool },
    /// A string constant, as UTF-16 code units (Java strings may hold
    /// unpaired surrogates).
    String { utf16: Vec<u16> },
    /// A method type constant (a method descriptor).
    MethodType { descriptor: Text },
    /// A method handle constant: the JVMS reference kind (1 to 9) and the
    /// field or method import it refers to.
    MethodHandle { kind: u8, member: ImportIndex },
    /// An error to raise: its class (an import) and message.
    Error { class: ImportIndex, message: String },
}

/// A field declared by a class.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: Text,
    pub descriptor: Text,
    pub access_flags: u16,
    /// The `ConstantValue` of a static field.
    pub constant: Option<FieldConstant>,
    pub signature: Option<String>,
    /// Raw `RuntimeVisibleAnnotations` bytes, for reflection.
    pub annotations: Option<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FieldConstant {
    Value(Const),
    /// A string, as UTF-16 code units.
    String(Vec<u16>),
}

/// A method declared by a class.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub name: Text,
    pub descriptor: Text,
    pub access_flags: u16,
    /// `None` for abstract and native methods.
    pub body: Option<Box<Function>>,
    /// What only reflection reads, `None` when there is none (most methods
    /// of a running program never need it, so it takes one pointer here).
    pub reflection: Option<Box<MethodReflection>>,
}

/// The parts of a method only reflection reads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodReflection {
    /// Declared exceptions (internal class names).
    pub exceptions: Vec<String>,
    pub signature: Option<String>,
    pub annotations: Option<Vec<u8>>,
    pub parameter_annotations: Option<Vec<u8>>,
    pub annotation_default: Option<Vec<u8>>,
    /// `(name, access flags)` per parameter, when the class file says.
    pub parameters: Vec<(Option<String>, u16)>,
}

impl MethodReflection {
    /// None of it.
    pub const NONE: MethodReflection = MethodReflection {
        exceptions: Vec::new(),
        signature: None,
        annotations: None,
        parameter_annotations: None,
        annotation_default: None,
        parameters: Vec::new(),
    };

    /// Boxed, or `None` if there is nothing in it.
    pub fn boxed(self) -> Option<Box<MethodReflection>> {
        (self != MethodReflection::NONE).then(|| Box::new(self))
    }
}

impl Method {
    /// A method with only a name, descriptor and flags (no body, no
    /// annotations, signature or parameter names).
    pub fn declared(name: impl Into<Text>, descriptor: impl Into<Text>, access_flags: u16) -> Method {
        Method {
            name: name.into(),
            descriptor: descriptor.into(),
            access_flags,
            body: None,
            reflection: None,
        }
    }

    /// A method made by a translator rather than read from a class file: a
    /// body and nothing else (no annotations, signature or parameter names).
    pub fn generated(name: &str, descriptor: String, access_flags: u16, body: Function) -> Method {
        Method { body: Some(Box::new(body)), ..Method::declared(name.to_string(), descriptor, access_flags) }
    }

    /// What reflection reads of the method (all empty if nothing).
    pub fn reflection(&self) -> &MethodReflection {
        static NONE: MethodReflection = MethodReflection::NONE;
        self.reflection.as_deref().unwrap_or(&NONE)
    }
}

/// One inner-class record (JVMS `InnerClasses`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InnerClass {
    pub inner: String,
    pub outer: Option<String>,
    pub simple_name: Option<String>,
    pub access_flags: u16,
}

/// One record component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordComponent {
    pub name: String,
    pub descriptor: String,
    pub signature: Option<String>,
    pub annotations: Option<Vec<u8>>,
}

/// A class (or interface) with its members, metadata and linkage table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Class {
    pub name: Text,
    pub access_flags: u16,
    pub super_class: Option<Text>,
    pub interfaces: Vec<Text>,
    pub fields: Vec<Field>,
    pub methods: Vec<Method>,
    pub imports: Vec<Import>,
    pub source_file: Option<String>,
    pub signature: Option<String>,
    pub annotations: Option<Vec<u8>>,
    pub inner_classes: Vec<InnerClass>,
    /// `(class, method name, method descriptor)` of `EnclosingMethod`.
    pub enclosing_method: Option<(String, Option<(String, String)>)>,
    pub nest_host: Option<String>,
    pub nest_members: Vec<String>,
    pub permitted_subclasses: Vec<String>,
    pub record_components: Option<Vec<RecordComponent>>,
    /// The class-file version the class was translated from.
    pub source_version: (u16, u16),
}

/// What one image holds: the classes of one module (a jar, jmod, directory).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Module {
    /// The module's name, if it has one (`java.base`).
    pub name: Option<String>,
    pub classes: Vec<Class>,
}
