//! Field and method descriptors (JVMS 4.3).

use std::fmt;

/// A field type as a descriptor spells it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    Byte,
    Char,
    Double,
    Float,
    Int,
    Long,
    Short,
    Boolean,
    /// A class or interface, by internal name (`java/lang/String`).
    Object(String),
    /// An array of the element type.
    Array(Box<FieldType>),
}

/// The most array dimensions a descriptor may have (JVMS 4.3.2).
pub const MAX_ARRAY_DIMENSIONS: usize = 255;

impl FieldType {
    /// Parses a whole field descriptor such as `[Ljava/lang/String;`.
    pub fn parse(descriptor: &str) -> Result<FieldType, DescriptorError> {
        let mut p = Parser::new(descriptor);
        let ty = p.field_type()?;
        p.expect_end()?;
        Ok(ty)
    }

    /// Whether the type takes two operand-stack slots (`long`, `double`).
    pub fn is_wide(&self) -> bool {
        matches!(self, FieldType::Long | FieldType::Double)
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, FieldType::Object(_) | FieldType::Array(_))
    }

    /// The number of array dimensions (0 for a non-array).
    pub fn dimensions(&self) -> usize {
        match self {
            FieldType::Array(elem) => 1 + elem.dimensions(),
            _ => 0,
        }
    }

    /// The Java source spelling, as `javap` prints it (`java.lang.String[]`).
    pub fn java_name(&self) -> String {
        match self {
            FieldType::Object(name) => name.replace('/', "."),
            FieldType::Array(elem) => format!("{}[]", elem.java_name()),
            primitive => primitive.primitive_name().to_string(),
        }
    }

    fn primitive_name(&self) -> &'static str {
        match self {
            FieldType::Byte => "byte",
            FieldType::Char => "char",
            FieldType::Double => "double",
            FieldType::Float => "float",
            FieldType::Int => "int",
            FieldType::Long => "long",
            FieldType::Short => "short",
            FieldType::Boolean => "boolean",
            _ => "",
        }
    }
}

impl fmt::Display for FieldType {
    /// Writes the descriptor form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldType::Byte => f.write_str("B"),
            FieldType::Char => f.write_str("C"),
            FieldType::Double => f.write_str("D"),
            FieldType::Float => f.write_str("F"),
            FieldType::Int => f.write_str("I"),
            FieldType::Long => f.write_str("J"),
            FieldType::Short => f.write_str("S"),
            FieldType::Boolean => f.write_str("Z"),
            FieldType::Object(name) => write!(f, "L{name};"),
            FieldType::Array(elem) => write!(f, "[{elem}"),
        }
    }
}

/// A method's parameter and return types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    pub parameters: Vec<FieldType>,
    /// `None` for `void`.
    pub return_type: Option<FieldType>,
}

impl MethodDescriptor {
    /// Parses a method descriptor such as `(I[JLjava/lang/Object;)V`.
    pub fn parse(descriptor: &str) -> Result<MethodDescriptor, DescriptorError> {
        let mut p = Parser::new(descriptor);
        p.expect(b'(')?;
        let mut parameters = Vec::new();
        while p.peek() != Some(b')') {
            parameters.push(p.field_type()?);
        }
        p.expect(b')')?;
        let return_type = if p.peek() == Some(b'V') {
            p.pos += 1;
            None
        } else {
            Some(p.field_type()?)
        };
        p.expect_end()?;
        Ok(MethodDescriptor { parameters, return_type })
    }

    /// The number of local-variable slots the parameters take (JVMS 4.3.3:
    /// at most 255 including `this`).
    pub fn parameter_slots(&self) -> usize {
        self.parameters.iter().map(|p| if p.is_wide() { 2 } else { 1 }).sum()
    }
}

impl fmt::Display for MethodDescriptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for p in &self.parameters {
            write!(f, "{p}")?;
        }
        f.write_str(")")?;
        match &self.return_type {
            Some(t) => write!(f, "{t}"),
            None => f.write_str("V"),
        }
    }
}

/// A malformed descriptor: what was wrong and at which character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptorError {
    pub position: usize,
    pub message: &'static str,
}

impl fmt::Display for DescriptorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at character {}", self.message, self.position)
    }
}

struct Parser<'s> {
    text: &'s str,
    pos: usize,
}

impl<'s> Parser<'s> {
    fn new(text: &'s str) -> Self {
        Parser { text, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn fail<T>(&self, message: &'static str) -> Result<T, DescriptorError> {
        Err(DescriptorError { position: self.pos, message })
    }

    fn expect(&mut self, byte: u8) -> Result<(), DescriptorError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            self.fail(match byte {
                b'(' => "expected '('",
                b')' => "expected ')'",
                _ => "unexpected character",
            })
        }
    }

    fn expect_end(&self) -> Result<(), DescriptorError> {
        if self.pos == self.text.len() {
            Ok(())
        } else {
            self.fail("unexpected characters after the descriptor")
        }
    }

    fn field_type(&mut self) -> Result<FieldType, DescriptorError> {
        let mut dims = 0;
        while self.peek() == Some(b'[') {
            dims += 1;
            self.pos += 1;
        }
        if dims > MAX_ARRAY_DIMENSIONS {
            return self.fail("more than 255 array dimensions");
        }
        let mut ty = self.non_array_type()?;
        for _ in 0..dims {
            ty = FieldType::Array(Box::new(ty));
        }
        Ok(ty)
    }

    fn non_array_type(&mut self) -> Result<FieldType, DescriptorError> {
        let Some(byte) = self.peek() else {
            return self.fail("descriptor ends where a type was expected");
        };
        self.pos += 1;
        Ok(match byte {
            b'B' => FieldType::Byte,
            b'C' => FieldType::Char,
            b'D' => FieldType::Double,
            b'F' => FieldType::Float,
            b'I' => FieldType::Int,
            b'J' => FieldType::Long,
            b'S' => FieldType::Short,
            b'Z' => FieldType::Boolean,
            b'L' => FieldType::Object(self.class_name()?),
            _ => {
                self.pos -= 1;
                return self.fail("not a field type");
            }
        })
    }

    /// The internal class name after an `L`, up to its `;`.
    fn class_name(&mut self) -> Result<String, DescriptorError> {
        let rest = &self.text[self.pos..];
        let Some(end) = rest.find(';') else {
            return self.fail("class name without ';'");
        };
        let name = &rest[..end];
        if !crate::names::is_binary_class_name(name) {
            return self.fail("malformed class name");
        }
        self.pos += end + 1;
        Ok(name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_field_types() {
        for d in ["I", "J", "Z", "[[D", "Ljava/lang/String;", "[Ljava/util/Map$Entry;"] {
            assert_eq!(FieldType::parse(d).unwrap().to_string(), d);
        }
        assert_eq!(FieldType::parse("[[I").unwrap().dimensions(), 2);
        assert_eq!(FieldType::parse("[Ljava/lang/String;").unwrap().java_name(), "java.lang.String[]");
    }

    #[test]
    fn parses_method_descriptors() {
        let m = MethodDescriptor::parse("(IDLjava/lang/Thread;[J)Ljava/lang/Object;").unwrap();
        assert_eq!(m.parameters.len(), 4);
        assert_eq!(m.parameter_slots(), 5);
        assert_eq!(m.return_type, Some(FieldType::Object("java/lang/Object".into())));
        assert_eq!(m.to_string(), "(IDLjava/lang/Thread;[J)Ljava/lang/Object;");
        assert_eq!(MethodDescriptor::parse("()V").unwrap().return_type, None);
    }

    #[test]
    fn rejects_malformed_descriptors() {
        for d in ["", "V", "L;", "Ljava/lang/String", "II", "[", "Q", "L/a;", "La//b;", "La.b;"] {
            assert!(FieldType::parse(d).is_err(), "{d}");
        }
        for d in ["", "(", "()", "(V)V", "()VV", "(I", "I)V", "()[V"] {
            assert!(MethodDescriptor::parse(d).is_err(), "{d}");
        }
        let deep = format!("{}I", "[".repeat(256));
        assert!(FieldType::parse(&deep).is_err());
        assert!(FieldType::parse(&deep[1..]).is_ok());
    }
}

/// Checks a field descriptor without building it (the format checks run
/// over every reference in every class, so they must not allocate).
pub fn is_field_descriptor(text: &str) -> bool {
    matches!(scan_field_type(text.as_bytes(), 0), Some(end) if end == text.len())
}

/// Checks a method descriptor without building it.
pub fn is_method_descriptor(text: &str) -> bool {
    method_descriptor_slots(text).is_some()
}

/// The number of parameter slots of a valid method descriptor (`long` and
/// `double` take two), or `None` if it is malformed.
pub fn method_descriptor_slots(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'(') {
        return None;
    }
    let mut pos = 1;
    let mut slots = 0;
    while *bytes.get(pos)? != b')' {
        let wide = matches!(bytes[pos], b'J' | b'D');
        pos = scan_field_type(bytes, pos)?;
        slots += if wide { 2 } else { 1 };
    }
    pos += 1;
    let end = if bytes.get(pos) == Some(&b'V') { pos + 1 } else { scan_field_type(bytes, pos)? };
    (end == bytes.len()).then_some(slots)
}

/// The end of the field type starting at `pos`, if one does.
fn scan_field_type(bytes: &[u8], mut pos: usize) -> Option<usize> {
    let start = pos;
    while bytes.get(pos) == Some(&b'[') {
        pos += 1;
    }
    if pos - start > MAX_ARRAY_DIMENSIONS {
        return None;
    }
    match bytes.get(pos)? {
        b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' => Some(pos + 1),
        b'L' => {
            let len = bytes[pos + 1..].iter().position(|&b| b == b';')?;
            let name = std::str::from_utf8(&bytes[pos + 1..pos + 1 + len]).ok()?;
            crate::names::is_binary_class_name(name).then_some(pos + len + 2)
        }
        _ => None,
    }
}

#[cfg(test)]
mod validator_tests {
    use super::*;

    #[test]
    fn validators_agree_with_the_parsers() {
        let fields = ["I", "[[D", "Ljava/lang/String;", "", "V", "L;", "[", "II", "La//b;", "Lx"];
        for d in fields {
            assert_eq!(is_field_descriptor(d), FieldType::parse(d).is_ok(), "{d}");
        }
        let methods = ["()V", "(IJ)D", "([Ljava/lang/Object;)[I", "(", "()", "(V)V", "()VV", "()[V", "(I"];
        for d in methods {
            assert_eq!(is_method_descriptor(d), MethodDescriptor::parse(d).is_ok(), "{d}");
        }
        assert_eq!(method_descriptor_slots("(IJDLa;)V"), Some(6));
    }
}
