//! Access and property flags (JVMS Tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A).

pub const PUBLIC: u16 = 0x0001;
pub const PRIVATE: u16 = 0x0002;
pub const PROTECTED: u16 = 0x0004;
pub const STATIC: u16 = 0x0008;
pub const FINAL: u16 = 0x0010;
/// `ACC_SUPER` on classes, `ACC_SYNCHRONIZED` on methods.
pub const SUPER: u16 = 0x0020;
pub const SYNCHRONIZED: u16 = 0x0020;
/// `ACC_VOLATILE` on fields, `ACC_BRIDGE` on methods.
pub const VOLATILE: u16 = 0x0040;
pub const BRIDGE: u16 = 0x0040;
/// `ACC_TRANSIENT` on fields, `ACC_VARARGS` on methods.
pub const TRANSIENT: u16 = 0x0080;
pub const VARARGS: u16 = 0x0080;
pub const NATIVE: u16 = 0x0100;
pub const INTERFACE: u16 = 0x0200;
pub const ABSTRACT: u16 = 0x0400;
pub const STRICT: u16 = 0x0800;
pub const SYNTHETIC: u16 = 0x1000;
pub const ANNOTATION: u16 = 0x2000;
pub const ENUM: u16 = 0x4000;
/// `ACC_MODULE` on classes, `ACC_MANDATED` on parameters and module entries.
pub const MODULE: u16 = 0x8000;

/// What a set of flags is attached to; the same bit means different things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagTarget {
    Class,
    InnerClass,
    Field,
    Method,
}

/// The flag keywords in the order and spelling `javap` uses
/// (e.g. `ACC_PUBLIC, ACC_STATIC`).
pub fn flag_names(flags: u16, target: FlagTarget) -> Vec<&'static str> {
    let table: &[(u16, &str)] = match target {
        FlagTarget::Class => &[
            (PUBLIC, "ACC_PUBLIC"),
            (FINAL, "ACC_FINAL"),
            (SUPER, "ACC_SUPER"),
            (INTERFACE, "ACC_INTERFACE"),
            (ABSTRACT, "ACC_ABSTRACT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
            (ANNOTATION, "ACC_ANNOTATION"),
            (ENUM, "ACC_ENUM"),
            (MODULE, "ACC_MODULE"),
        ],
        FlagTarget::InnerClass => &[
            (PUBLIC, "ACC_PUBLIC"),
            (PRIVATE, "ACC_PRIVATE"),
            (PROTECTED, "ACC_PROTECTED"),
            (STATIC, "ACC_STATIC"),
            (FINAL, "ACC_FINAL"),
            (INTERFACE, "ACC_INTERFACE"),
            (ABSTRACT, "ACC_ABSTRACT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
            (ANNOTATION, "ACC_ANNOTATION"),
            (ENUM, "ACC_ENUM"),
        ],
        FlagTarget::Field => &[
            (PUBLIC, "ACC_PUBLIC"),
            (PRIVATE, "ACC_PRIVATE"),
            (PROTECTED, "ACC_PROTECTED"),
            (STATIC, "ACC_STATIC"),
            (FINAL, "ACC_FINAL"),
            (VOLATILE, "ACC_VOLATILE"),
            (TRANSIENT, "ACC_TRANSIENT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
            (ENUM, "ACC_ENUM"),
        ],
        FlagTarget::Method => &[
            (PUBLIC, "ACC_PUBLIC"),
            (PRIVATE, "ACC_PRIVATE"),
            (PROTECTED, "ACC_PROTECTED"),
            (STATIC, "ACC_STATIC"),
            (FINAL, "ACC_FINAL"),
            (SYNCHRONIZED, "ACC_SYNCHRONIZED"),
            (BRIDGE, "ACC_BRIDGE"),
            (VARARGS, "ACC_VARARGS"),
            (NATIVE, "ACC_NATIVE"),
            (ABSTRACT, "ACC_ABSTRACT"),
            (STRICT, "ACC_STRICT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
        ],
    };
    table.iter().filter(|(bit, _)| flags & bit != 0).map(|&(_, name)| name).collect()
}

/// The Java modifiers in source order, as `javap` prints a declaration.
pub fn modifier_keywords(flags: u16, target: FlagTarget) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |bit: u16, word: &'static str| {
        if flags & bit != 0 {
            out.push(word);
        }
    };
    add(PUBLIC, "public");
    add(PRIVATE, "private");
    add(PROTECTED, "protected");
    add(STATIC, "static");
    match target {
        FlagTarget::Method => {
            add(ABSTRACT, "abstract");
            add(FINAL, "final");
            add(SYNCHRONIZED, "synchronized");
            add(NATIVE, "native");
            add(STRICT, "strictfp");
        }
        FlagTarget::Field => {
            add(FINAL, "final");
            add(TRANSIENT, "transient");
            add(VOLATILE, "volatile");
        }
        FlagTarget::Class | FlagTarget::InnerClass => {
            if flags & INTERFACE == 0 {
                add(ABSTRACT, "abstract");
            }
            add(FINAL, "final");
        }
    }
    out
}
