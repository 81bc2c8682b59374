//! Verification types: what the verifier knows about a local or stack value.
//!
//! Only the category of a value is checked (int, long, float, double,
//! reference). Reference types carry a class name where one is known, but
//! assignability between reference types is NOT checked: that needs the
//! class hierarchy, which a single class file does not have. The name is
//! used only to pick array element kinds (`boolean[]` vs `byte[]`).

use std::rc::Rc;

use keel_classfile::bytecode::StackType;
use keel_classfile::descriptor::FieldType;
use keel_kir::Type;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VType {
    /// Unusable: never written, or conflicting types merged.
    Top,
    Int,
    Float,
    Long,
    Double,
    Null,
    /// A reference (possibly uninitialized), with its class name or array
    /// descriptor where known.
    Ref(Option<Rc<str>>),
    /// What `jsr` pushes: the (virtual) offset its subroutine returns to.
    /// Only `astore`, `ret` and stack shuffles may touch it.
    ReturnAddress(u32),
}

impl VType {
    pub fn named(name: &str) -> VType {
        VType::Ref(Some(Rc::from(name)))
    }

    pub fn from_field_type(ty: &FieldType) -> VType {
        match ty {
            FieldType::Byte | FieldType::Char | FieldType::Short | FieldType::Boolean | FieldType::Int => {
                VType::Int
            }
            FieldType::Long => VType::Long,
            FieldType::Float => VType::Float,
            FieldType::Double => VType::Double,
            FieldType::Object(name) => VType::named(name),
            FieldType::Array(_) => VType::named(&ty.to_string()),
        }
    }

    pub fn from_stack_type(ty: StackType) -> VType {
        match ty {
            StackType::Int | StackType::ReturnAddress => VType::Int,
            StackType::Long => VType::Long,
            StackType::Float => VType::Float,
            StackType::Double => VType::Double,
            StackType::Reference => VType::Ref(None),
        }
    }

    pub fn is_wide(&self) -> bool {
        matches!(self, VType::Long | VType::Double)
    }

    pub fn slots(&self) -> u16 {
        if self.is_wide() {
            2
        } else {
            1
        }
    }

    /// The register type that holds this value; `None` for `Top`.
    pub fn register_type(&self) -> Option<Type> {
        Some(match self {
            VType::Top => return None,
            // Holds a dummy value: `ret` targets are known statically.
            VType::Int | VType::ReturnAddress(_) => Type::I32,
            VType::Float => Type::F32,
            VType::Long => Type::I64,
            VType::Double => Type::F64,
            VType::Null | VType::Ref(_) => Type::Ref,
        })
    }

    /// Whether the value can be used where `expected` is required.
    pub fn matches(&self, expected: StackType) -> bool {
        matches!(
            (self, expected),
            (VType::Int, StackType::Int)
                | (VType::Float, StackType::Float)
                | (VType::Long, StackType::Long)
                | (VType::Double, StackType::Double)
                | (VType::Null | VType::Ref(_), StackType::Reference)
                | (VType::ReturnAddress(_), StackType::ReturnAddress)
        )
    }

    /// Whether a value of this type may flow where a frame declares
    /// `declared` (category only; `Top` accepts anything).
    pub fn fits(&self, declared: &VType) -> bool {
        match declared {
            VType::Top => true,
            VType::Null => *self == VType::Null,
            VType::Ref(_) => matches!(self, VType::Null | VType::Ref(_)),
            other => self == other,
        }
    }

    /// The least type both values fit, for merging at control-flow joins
    /// when there are no stack map frames.
    pub fn merge(&self, other: &VType) -> VType {
        match (self, other) {
            (a, b) if a == b => a.clone(),
            (VType::Null, VType::Ref(n)) | (VType::Ref(n), VType::Null) => VType::Ref(n.clone()),
            (VType::Ref(_), VType::Ref(_)) => VType::Ref(None),
            _ => VType::Top,
        }
    }

    /// The class name or array descriptor, if known.
    pub fn name(&self) -> Option<&str> {
        match self {
            VType::Ref(Some(name)) => Some(name),
            _ => None,
        }
    }

    /// A short name for messages.
    pub fn describe(&self) -> String {
        match self {
            VType::Top => "top (unusable)".into(),
            VType::Int => "int".into(),
            VType::Float => "float".into(),
            VType::Long => "long".into(),
            VType::Double => "double".into(),
            VType::Null => "null".into(),
            VType::Ref(Some(name)) => format!("reference {name}"),
            VType::Ref(None) => "reference".into(),
            VType::ReturnAddress(_) => "returnAddress".into(),
        }
    }
}

pub fn describe_stack_type(ty: StackType) -> &'static str {
    match ty {
        StackType::Int => "int",
        StackType::Long => "long",
        StackType::Float => "float",
        StackType::Double => "double",
        StackType::Reference => "reference",
        StackType::ReturnAddress => "returnAddress",
    }
}

/// The types of the locals and operand stack before an instruction.
/// Locals are one entry per slot (a long's second slot is `Top`); the stack
/// is one entry per value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub locals: Vec<VType>,
    pub stack: Vec<VType>,
}

impl Frame {
    /// The stack depth in slots.
    pub fn stack_slots(&self) -> u16 {
        self.stack.iter().map(VType::slots).sum()
    }
}
