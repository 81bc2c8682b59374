//! Generic signatures (JVMS 4.7.9.1), as found in `Signature` attributes.

use crate::descriptor::DescriptorError;

/// A Java type in a signature: primitive or reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JavaTypeSignature {
    /// A primitive, by its descriptor letter (`I`, `J`, `Z`, ...).
    Base(char),
    Reference(ReferenceTypeSignature),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferenceTypeSignature {
    Class(ClassTypeSignature),
    TypeVariable(String),
    Array(Box<JavaTypeSignature>),
}

/// `Lpkg/Outer<TA;>.Inner<TB;>;`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassTypeSignature {
    /// The package prefix in internal form with its trailing `/`, or empty.
    pub package: String,
    /// The outermost class first, then each `.Inner` suffix.
    pub classes: Vec<SimpleClassTypeSignature>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimpleClassTypeSignature {
    pub name: String,
    pub type_arguments: Vec<TypeArgument>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeArgument {
    /// `*`
    Any,
    /// `+T`: `? extends T`
    Extends(ReferenceTypeSignature),
    /// `-T`: `? super T`
    Super(ReferenceTypeSignature),
    Exact(ReferenceTypeSignature),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeParameter {
    pub name: String,
    pub class_bound: Option<ReferenceTypeSignature>,
    pub interface_bounds: Vec<ReferenceTypeSignature>,
}

/// The `Signature` of a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSignature {
    pub type_parameters: Vec<TypeParameter>,
    pub superclass: ClassTypeSignature,
    pub interfaces: Vec<ClassTypeSignature>,
}

/// The `Signature` of a method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodSignature {
    pub type_parameters: Vec<TypeParameter>,
    pub parameters: Vec<JavaTypeSignature>,
    /// `None` for `void`.
    pub result: Option<JavaTypeSignature>,
    /// Class types or type variables after `^`.
    pub throws: Vec<ReferenceTypeSignature>,
}

impl ClassSignature {
    pub fn parse(text: &str) -> Result<Self, DescriptorError> {
        let mut p = Parser { text, pos: 0, depth: 0 };
        let type_parameters = p.type_parameters()?;
        let superclass = p.class_type()?;
        let mut interfaces = Vec::new();
        while !p.at_end() {
            interfaces.push(p.class_type()?);
        }
        Ok(ClassSignature { type_parameters, superclass, interfaces })
    }
}

impl MethodSignature {
    pub fn parse(text: &str) -> Result<Self, DescriptorError> {
        let mut p = Parser { text, pos: 0, depth: 0 };
        let type_parameters = p.type_parameters()?;
        p.expect(b'(')?;
        let mut parameters = Vec::new();
        while p.peek() != Some(b')') {
            parameters.push(p.java_type()?);
        }
        p.expect(b')')?;
        let result = if p.eat(b'V') { None } else { Some(p.java_type()?) };
        let mut throws = Vec::new();
        while p.eat(b'^') {
            throws.push(match p.peek() {
                Some(b'T') => p.type_variable()?,
                _ => ReferenceTypeSignature::Class(p.class_type()?),
            });
        }
        p.expect_end()?;
        Ok(MethodSignature { type_parameters, parameters, result, throws })
    }
}

/// Parses the `Signature` of a field (or a record component).
pub fn parse_field_signature(text: &str) -> Result<ReferenceTypeSignature, DescriptorError> {
    let mut p = Parser { text, pos: 0, depth: 0 };
    let ty = p.reference_type()?;
    p.expect_end()?;
    Ok(ty)
}

/// How deeply type arguments and array types may nest. Real signatures stay
/// far below it; the limit keeps hostile input from exhausting the stack.
const MAX_NESTING: usize = 255;

struct Parser<'s> {
    text: &'s str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn nested<T>(
        &mut self,
        parse: impl FnOnce(&mut Self) -> Result<T, DescriptorError>,
    ) -> Result<T, DescriptorError> {
        if self.depth >= MAX_NESTING {
            return self.fail("signature nests too deeply");
        }
        self.depth += 1;
        let result = parse(self);
        self.depth -= 1;
        result
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn fail<T>(&self, message: &'static str) -> Result<T, DescriptorError> {
        Err(DescriptorError { position: self.pos, message })
    }

    fn expect(&mut self, byte: u8) -> Result<(), DescriptorError> {
        if self.eat(byte) {
            Ok(())
        } else {
            self.fail("unexpected character in signature")
        }
    }

    fn expect_end(&self) -> Result<(), DescriptorError> {
        if self.at_end() {
            Ok(())
        } else {
            self.fail("unexpected characters after the signature")
        }
    }

    /// An identifier: up to the next character that the grammar uses.
    fn identifier(&mut self) -> Result<String, DescriptorError> {
        let rest = &self.text[self.pos..];
        let len = rest.find(['.', ';', '[', '/', '<', '>', ':']).unwrap_or(rest.len());
        if len == 0 {
            return self.fail("expected an identifier");
        }
        self.pos += len;
        Ok(rest[..len].to_string())
    }

    fn type_parameters(&mut self) -> Result<Vec<TypeParameter>, DescriptorError> {
        let mut params = Vec::new();
        if !self.eat(b'<') {
            return Ok(params);
        }
        while !self.eat(b'>') {
            params.push(self.type_parameter()?);
        }
        if params.is_empty() {
            return self.fail("empty type parameter list");
        }
        Ok(params)
    }

    fn type_parameter(&mut self) -> Result<TypeParameter, DescriptorError> {
        let name = self.identifier()?;
        self.expect(b':')?;
        let class_bound = match self.peek() {
            Some(b'L' | b'T' | b'[') => Some(self.reference_type()?),
            _ => None,
        };
        let mut interface_bounds = Vec::new();
        while self.eat(b':') {
            interface_bounds.push(self.reference_type()?);
        }
        Ok(TypeParameter { name, class_bound, interface_bounds })
    }

    fn java_type(&mut self) -> Result<JavaTypeSignature, DescriptorError> {
        match self.peek() {
            Some(c @ (b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z')) => {
                self.pos += 1;
                Ok(JavaTypeSignature::Base(c as char))
            }
            _ => Ok(JavaTypeSignature::Reference(self.reference_type()?)),
        }
    }

    fn reference_type(&mut self) -> Result<ReferenceTypeSignature, DescriptorError> {
        match self.peek() {
            Some(b'L') => Ok(ReferenceTypeSignature::Class(self.class_type()?)),
            Some(b'T') => self.type_variable(),
            Some(b'[') => {
                self.pos += 1;
                let element = self.nested(|p| p.java_type())?;
                Ok(ReferenceTypeSignature::Array(Box::new(element)))
            }
            _ => self.fail("expected a reference type"),
        }
    }

    fn type_variable(&mut self) -> Result<ReferenceTypeSignature, DescriptorError> {
        self.expect(b'T')?;
        let name = self.identifier()?;
        self.expect(b';')?;
        Ok(ReferenceTypeSignature::TypeVariable(name))
    }

    fn class_type(&mut self) -> Result<ClassTypeSignature, DescriptorError> {
        self.expect(b'L')?;
        let mut package = String::new();
        let mut name = self.identifier()?;
        while self.eat(b'/') {
            package.push_str(&name);
            package.push('/');
            name = self.identifier()?;
        }
        let mut classes = vec![self.simple_class_rest(name)?];
        while self.eat(b'.') {
            let inner = self.identifier()?;
            classes.push(self.simple_class_rest(inner)?);
        }
        self.expect(b';')?;
        Ok(ClassTypeSignature { package, classes })
    }

    fn simple_class_rest(&mut self, name: String) -> Result<SimpleClassTypeSignature, DescriptorError> {
        let mut type_arguments = Vec::new();
        if self.eat(b'<') {
            while !self.eat(b'>') {
                type_arguments.push(self.nested(|p| p.type_argument())?);
            }
            if type_arguments.is_empty() {
                return self.fail("empty type argument list");
            }
        }
        Ok(SimpleClassTypeSignature { name, type_arguments })
    }

    fn type_argument(&mut self) -> Result<TypeArgument, DescriptorError> {
        if self.eat(b'*') {
            Ok(TypeArgument::Any)
        } else if self.eat(b'+') {
            Ok(TypeArgument::Extends(self.reference_type()?))
        } else if self.eat(b'-') {
            Ok(TypeArgument::Super(self.reference_type()?))
        } else {
            Ok(TypeArgument::Exact(self.reference_type()?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_signature_of_hashmap() {
        let s = ClassSignature::parse(
            "<K:Ljava/lang/Object;V:Ljava/lang/Object;>Ljava/util/AbstractMap<TK;TV;>;Ljava/util/Map<TK;TV;>;Ljava/lang/Cloneable;",
        )
        .unwrap();
        assert_eq!(s.type_parameters.len(), 2);
        assert_eq!(s.superclass.package, "java/util/");
        assert_eq!(s.superclass.classes[0].name, "AbstractMap");
        assert_eq!(s.interfaces.len(), 2);
    }

    #[test]
    fn interface_only_bound_and_inner_classes() {
        let s = ClassSignature::parse("<T::Ljava/lang/Comparable<-TT;>;>Ljava/lang/Object;").unwrap();
        assert!(s.type_parameters[0].class_bound.is_none());
        assert_eq!(s.type_parameters[0].interface_bounds.len(), 1);
        let f = parse_field_signature("Ljava/util/Map<TK;TV;>.Entry<TK;TV;>;").unwrap();
        let ReferenceTypeSignature::Class(c) = f else { panic!() };
        assert_eq!(c.classes.len(), 2);
    }

    #[test]
    fn method_signature_with_throws() {
        let m = MethodSignature::parse(
            "<X:Ljava/lang/Throwable;>(Ljava/util/function/Supplier<+TX;>;[I)TT;^TX;^Ljava/io/IOException;",
        )
        .unwrap();
        assert_eq!(m.parameters.len(), 2);
        assert_eq!(m.throws.len(), 2);
        assert!(MethodSignature::parse("()V").unwrap().result.is_none());
    }

    #[test]
    fn hostile_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}I", "[".repeat(100_000));
        assert!(parse_field_signature(&deep).is_err());
        let generic = format!("{}{}", "La<".repeat(100_000), ">;".repeat(100_000));
        assert!(parse_field_signature(&generic).is_err());
    }

    #[test]
    fn rejects_malformed() {
        for s in ["", "<>Ljava/lang/Object;", "Ljava/lang/Object", "L;", "<T>Ljava/lang/Object;"] {
            assert!(ClassSignature::parse(s).is_err(), "{s}");
        }
        for s in ["(", "()", "(V)V", "()V^", "()VX"] {
            assert!(MethodSignature::parse(s).is_err(), "{s}");
        }
    }
}
