//! JVM descriptors as KIR register types.
//!
//! KIR must not depend on the class-file crate, and only needs the register
//! type of each parameter and of the result, so this is a small parser of its
//! own: `B C S Z I` are `I32`, `J` is `I64`, `F` is `F32`, `D` is `F64`,
//! classes (`L…;`) and arrays (`[…`) are `Ref`.

use crate::types::Type;

/// A method descriptor's parameter types and its return type (`None` for `V`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodSig {
    pub params: Vec<Type>,
    pub returns: Option<Type>,
}

/// The register type of a field descriptor (`I`, `Ljava/lang/String;`, `[J`),
/// or `None` if it is not a well-formed field descriptor.
pub fn field_type(descriptor: &str) -> Option<Type> {
    match parse_one(descriptor.as_bytes())? {
        (ty, []) => Some(ty),
        _ => None,
    }
}

/// Parses a method descriptor `(params)ret`, or `None` if it is malformed.
pub fn method_sig(descriptor: &str) -> Option<MethodSig> {
    let mut rest = descriptor.as_bytes().strip_prefix(b"(")?;
    let mut params = Vec::new();
    loop {
        if let Some(after) = rest.strip_prefix(b")") {
            let returns = match after {
                b"V" => None,
                _ => match parse_one(after)? {
                    (ty, []) => Some(ty),
                    _ => return None,
                },
            };
            return Some(MethodSig { params, returns });
        }
        let (ty, after) = parse_one(rest)?;
        params.push(ty);
        rest = after;
    }
}

/// The number of leading `[` of an array descriptor (0 for other names).
pub fn array_dimensions(name: &str) -> usize {
    name.bytes().take_while(|&b| b == b'[').count()
}

/// Parses one field type at the start of `bytes`; returns it and the rest.
fn parse_one(bytes: &[u8]) -> Option<(Type, &[u8])> {
    let (&first, rest) = bytes.split_first()?;
    match first {
        b'B' | b'C' | b'S' | b'Z' | b'I' => Some((Type::I32, rest)),
        b'J' => Some((Type::I64, rest)),
        b'F' => Some((Type::F32, rest)),
        b'D' => Some((Type::F64, rest)),
        b'L' => {
            let end = rest.iter().position(|&b| b == b';')?;
            if end == 0 {
                return None;
            }
            Some((Type::Ref, &rest[end + 1..]))
        }
        b'[' => {
            let dims = array_dimensions(std::str::from_utf8(bytes).ok()?);
            // The JVMS limit; also keeps hostile descriptors cheap.
            if dims > 255 {
                return None;
            }
            let (_, after) = parse_one(&bytes[dims..])?;
            Some((Type::Ref, after))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_types() {
        assert_eq!(field_type("Z"), Some(Type::I32));
        assert_eq!(field_type("J"), Some(Type::I64));
        assert_eq!(field_type("Ljava/lang/String;"), Some(Type::Ref));
        assert_eq!(field_type("[[D"), Some(Type::Ref));
        assert_eq!(field_type("V"), None);
        assert_eq!(field_type("L;"), None);
        assert_eq!(field_type("II"), None);
        assert_eq!(field_type("["), None);
    }

    #[test]
    fn method_sigs() {
        let sig = method_sig("(IJ[Ljava/lang/Object;DF)Ljava/lang/String;").unwrap();
        assert_eq!(sig.params, vec![Type::I32, Type::I64, Type::Ref, Type::F64, Type::F32]);
        assert_eq!(sig.returns, Some(Type::Ref));
        assert_eq!(method_sig("()V").unwrap(), MethodSig { params: vec![], returns: None });
        assert_eq!(method_sig("(I"), None);
        assert_eq!(method_sig("()"), None);
        assert_eq!(method_sig("()II"), None);
        assert_eq!(method_sig("I)V"), None);
    }
}
