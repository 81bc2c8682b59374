//! Well-formedness of names (JVMS 4.2).

/// An unqualified name (field, method or local variable, or one segment of a
/// binary name): non-empty, without `.`, `;`, `[` or `/`.
pub fn is_unqualified_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['.', ';', '[', '/'])
}

/// A method name: an unqualified name without `<` or `>`, or exactly
/// `<init>` or `<clinit>`.
pub fn is_method_name(name: &str) -> bool {
    name == "<init>" || name == "<clinit>" || (is_unqualified_name(name) && !name.contains(['<', '>']))
}

/// A binary class name in internal form: unqualified segments joined by `/`.
pub fn is_binary_class_name(name: &str) -> bool {
    !name.is_empty() && name.split('/').all(is_unqualified_name)
}

/// What a `CONSTANT_Class` may name: a binary class name, or an array type
/// descriptor (JVMS 4.4.1).
pub fn is_class_constant_name(name: &str) -> bool {
    if name.starts_with('[') {
        crate::descriptor::FieldType::parse(name).is_ok()
    } else {
        is_binary_class_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(is_binary_class_name("java/lang/Object"));
        assert!(is_binary_class_name("Foo$1"));
        assert!(!is_binary_class_name("java.lang.Object"));
        assert!(!is_binary_class_name("/a"));
        assert!(!is_binary_class_name("a/"));
        assert!(is_method_name("<init>"));
        assert!(!is_method_name("<foo>"));
        assert!(is_method_name("lambda$main$0"));
        assert!(is_class_constant_name("[[Ljava/lang/String;"));
        assert!(!is_class_constant_name("[V"));
    }
}
