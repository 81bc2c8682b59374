//! The JVM instruction set of Java SE 17 (JVMS chapter 6): one [`Opcode`] per
//! instruction, with its `javap` mnemonic and its control-flow properties.

use std::fmt;

/// Declares [`Opcode`] from one table so that the byte value, the variant
/// and the mnemonic can never disagree.
macro_rules! opcodes {
    ($($variant:ident = $byte:literal, $mnemonic:literal;)*) => {
        /// A JVM opcode. The reserved opcodes (`breakpoint`, `impdep1`,
        /// `impdep2`) are not variants: they must never appear in a class file
        /// (JVMS 6.2), so [`Opcode::from_u8`] rejects them like unknown bytes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $($variant = $byte,)*
        }

        impl Opcode {
            /// Every opcode, in byte order (0x00 `nop` to 0xc9 `jsr_w`).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The opcode with this byte value, if it is one a class file may hold.
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $($byte => Some(Opcode::$variant),)*
                    _ => None,
                }
            }

            /// The name `javap` prints for this opcode.
            pub const fn mnemonic(self) -> &'static str {
                match self {
                    $(Opcode::$variant => $mnemonic,)*
                }
            }
        }
    };
}

opcodes! {
    Nop = 0x00, "nop";
    AconstNull = 0x01, "aconst_null";
    IconstM1 = 0x02, "iconst_m1";
    Iconst0 = 0x03, "iconst_0";
    Iconst1 = 0x04, "iconst_1";
    Iconst2 = 0x05, "iconst_2";
    Iconst3 = 0x06, "iconst_3";
    Iconst4 = 0x07, "iconst_4";
    Iconst5 = 0x08, "iconst_5";
    Lconst0 = 0x09, "lconst_0";
    Lconst1 = 0x0a, "lconst_1";
    Fconst0 = 0x0b, "fconst_0";
    Fconst1 = 0x0c, "fconst_1";
    Fconst2 = 0x0d, "fconst_2";
    Dconst0 = 0x0e, "dconst_0";
    Dconst1 = 0x0f, "dconst_1";
    Bipush = 0x10, "bipush";
    Sipush = 0x11, "sipush";
    Ldc = 0x12, "ldc";
    LdcW = 0x13, "ldc_w";
    Ldc2W = 0x14, "ldc2_w";
    Iload = 0x15, "iload";
    Lload = 0x16, "lload";
    Fload = 0x17, "fload";
    Dload = 0x18, "dload";
    Aload = 0x19, "aload";
    Iload0 = 0x1a, "iload_0";
    Iload1 = 0x1b, "iload_1";
    Iload2 = 0x1c, "iload_2";
    Iload3 = 0x1d, "iload_3";
    Lload0 = 0x1e, "lload_0";
    Lload1 = 0x1f, "lload_1";
    Lload2 = 0x20, "lload_2";
    Lload3 = 0x21, "lload_3";
    Fload0 = 0x22, "fload_0";
    Fload1 = 0x23, "fload_1";
    Fload2 = 0x24, "fload_2";
    Fload3 = 0x25, "fload_3";
    Dload0 = 0x26, "dload_0";
    Dload1 = 0x27, "dload_1";
    Dload2 = 0x28, "dload_2";
    Dload3 = 0x29, "dload_3";
    Aload0 = 0x2a, "aload_0";
    Aload1 = 0x2b, "aload_1";
    Aload2 = 0x2c, "aload_2";
    Aload3 = 0x2d, "aload_3";
    Iaload = 0x2e, "iaload";
    Laload = 0x2f, "laload";
    Faload = 0x30, "faload";
    Daload = 0x31, "daload";
    Aaload = 0x32, "aaload";
    Baload = 0x33, "baload";
    Caload = 0x34, "caload";
    Saload = 0x35, "saload";
    Istore = 0x36, "istore";
    Lstore = 0x37, "lstore";
    Fstore = 0x38, "fstore";
    Dstore = 0x39, "dstore";
    Astore = 0x3a, "astore";
    Istore0 = 0x3b, "istore_0";
    Istore1 = 0x3c, "istore_1";
    Istore2 = 0x3d, "istore_2";
    Istore3 = 0x3e, "istore_3";
    Lstore0 = 0x3f, "lstore_0";
    Lstore1 = 0x40, "lstore_1";
    Lstore2 = 0x41, "lstore_2";
    Lstore3 = 0x42, "lstore_3";
    Fstore0 = 0x43, "fstore_0";
    Fstore1 = 0x44, "fstore_1";
    Fstore2 = 0x45, "fstore_2";
    Fstore3 = 0x46, "fstore_3";
    Dstore0 = 0x47, "dstore_0";
    Dstore1 = 0x48, "dstore_1";
    Dstore2 = 0x49, "dstore_2";
    Dstore3 = 0x4a, "dstore_3";
    Astore0 = 0x4b, "astore_0";
    Astore1 = 0x4c, "astore_1";
    Astore2 = 0x4d, "astore_2";
    Astore3 = 0x4e, "astore_3";
    Iastore = 0x4f, "iastore";
    Lastore = 0x50, "lastore";
    Fastore = 0x51, "fastore";
    Dastore = 0x52, "dastore";
    Aastore = 0x53, "aastore";
    Bastore = 0x54, "bastore";
    Castore = 0x55, "castore";
    Sastore = 0x56, "sastore";
    Pop = 0x57, "pop";
    Pop2 = 0x58, "pop2";
    Dup = 0x59, "dup";
    DupX1 = 0x5a, "dup_x1";
    DupX2 = 0x5b, "dup_x2";
    Dup2 = 0x5c, "dup2";
    Dup2X1 = 0x5d, "dup2_x1";
    Dup2X2 = 0x5e, "dup2_x2";
    Swap = 0x5f, "swap";
    Iadd = 0x60, "iadd";
    Ladd = 0x61, "ladd";
    Fadd = 0x62, "fadd";
    Dadd = 0x63, "dadd";
    Isub = 0x64, "isub";
    Lsub = 0x65, "lsub";
    Fsub = 0x66, "fsub";
    Dsub = 0x67, "dsub";
    Imul = 0x68, "imul";
    Lmul = 0x69, "lmul";
    Fmul = 0x6a, "fmul";
    Dmul = 0x6b, "dmul";
    Idiv = 0x6c, "idiv";
    Ldiv = 0x6d, "ldiv";
    Fdiv = 0x6e, "fdiv";
    Ddiv = 0x6f, "ddiv";
    Irem = 0x70, "irem";
    Lrem = 0x71, "lrem";
    Frem = 0x72, "frem";
    Drem = 0x73, "drem";
    Ineg = 0x74, "ineg";
    Lneg = 0x75, "lneg";
    Fneg = 0x76, "fneg";
    Dneg = 0x77, "dneg";
    Ishl = 0x78, "ishl";
    Lshl = 0x79, "lshl";
    Ishr = 0x7a, "ishr";
    Lshr = 0x7b, "lshr";
    Iushr = 0x7c, "iushr";
    Lushr = 0x7d, "lushr";
    Iand = 0x7e, "iand";
    Land = 0x7f, "land";
    Ior = 0x80, "ior";
    Lor = 0x81, "lor";
    Ixor = 0x82, "ixor";
    Lxor = 0x83, "lxor";
    Iinc = 0x84, "iinc";
    I2l = 0x85, "i2l";
    I2f = 0x86, "i2f";
    I2d = 0x87, "i2d";
    L2i = 0x88, "l2i";
    L2f = 0x89, "l2f";
    L2d = 0x8a, "l2d";
    F2i = 0x8b, "f2i";
    F2l = 0x8c, "f2l";
    F2d = 0x8d, "f2d";
    D2i = 0x8e, "d2i";
    D2l = 0x8f, "d2l";
    D2f = 0x90, "d2f";
    I2b = 0x91, "i2b";
    I2c = 0x92, "i2c";
    I2s = 0x93, "i2s";
    Lcmp = 0x94, "lcmp";
    Fcmpl = 0x95, "fcmpl";
    Fcmpg = 0x96, "fcmpg";
    Dcmpl = 0x97, "dcmpl";
    Dcmpg = 0x98, "dcmpg";
    Ifeq = 0x99, "ifeq";
    Ifne = 0x9a, "ifne";
    Iflt = 0x9b, "iflt";
    Ifge = 0x9c, "ifge";
    Ifgt = 0x9d, "ifgt";
    Ifle = 0x9e, "ifle";
    IfIcmpeq = 0x9f, "if_icmpeq";
    IfIcmpne = 0xa0, "if_icmpne";
    IfIcmplt = 0xa1, "if_icmplt";
    IfIcmpge = 0xa2, "if_icmpge";
    IfIcmpgt = 0xa3, "if_icmpgt";
    IfIcmple = 0xa4, "if_icmple";
    IfAcmpeq = 0xa5, "if_acmpeq";
    IfAcmpne = 0xa6, "if_acmpne";
    Goto = 0xa7, "goto";
    Jsr = 0xa8, "jsr";
    Ret = 0xa9, "ret";
    Tableswitch = 0xaa, "tableswitch";
    Lookupswitch = 0xab, "lookupswitch";
    Ireturn = 0xac, "ireturn";
    Lreturn = 0xad, "lreturn";
    Freturn = 0xae, "freturn";
    Dreturn = 0xaf, "dreturn";
    Areturn = 0xb0, "areturn";
    Return = 0xb1, "return";
    Getstatic = 0xb2, "getstatic";
    Putstatic = 0xb3, "putstatic";
    Getfield = 0xb4, "getfield";
    Putfield = 0xb5, "putfield";
    Invokevirtual = 0xb6, "invokevirtual";
    Invokespecial = 0xb7, "invokespecial";
    Invokestatic = 0xb8, "invokestatic";
    Invokeinterface = 0xb9, "invokeinterface";
    Invokedynamic = 0xba, "invokedynamic";
    New = 0xbb, "new";
    Newarray = 0xbc, "newarray";
    Anewarray = 0xbd, "anewarray";
    Arraylength = 0xbe, "arraylength";
    Athrow = 0xbf, "athrow";
    Checkcast = 0xc0, "checkcast";
    Instanceof = 0xc1, "instanceof";
    Monitorenter = 0xc2, "monitorenter";
    Monitorexit = 0xc3, "monitorexit";
    Wide = 0xc4, "wide";
    Multianewarray = 0xc5, "multianewarray";
    Ifnull = 0xc6, "ifnull";
    Ifnonnull = 0xc7, "ifnonnull";
    GotoW = 0xc8, "goto_w";
    JsrW = 0xc9, "jsr_w";
}

/// The name of a reserved opcode (JVMS 6.2), which a class file must not
/// contain; used to give a precise error message instead of "unknown opcode".
pub const fn reserved_opcode_name(byte: u8) -> Option<&'static str> {
    match byte {
        0xca => Some("breakpoint"),
        0xfe => Some("impdep1"),
        0xff => Some("impdep2"),
        _ => None,
    }
}

impl Opcode {
    /// The byte that encodes this opcode.
    pub const fn byte(self) -> u8 {
        self as u8
    }

    /// The name `javap` prints for this opcode after a `wide` prefix
    /// (`iload_w`, `iinc_w`, …), or `None` if `wide` cannot modify it.
    pub const fn wide_mnemonic(self) -> Option<&'static str> {
        use Opcode::*;
        Some(match self {
            Iload => "iload_w",
            Lload => "lload_w",
            Fload => "fload_w",
            Dload => "dload_w",
            Aload => "aload_w",
            Istore => "istore_w",
            Lstore => "lstore_w",
            Fstore => "fstore_w",
            Dstore => "dstore_w",
            Astore => "astore_w",
            Ret => "ret_w",
            Iinc => "iinc_w",
            _ => return None,
        })
    }

    /// Whether `wide` may precede this opcode (JVMS 6.5 `wide`).
    pub const fn is_wideable(self) -> bool {
        self.wide_mnemonic().is_some()
    }

    /// The local variable that the one-byte forms (`iload_2`, `astore_0`, …)
    /// name in the opcode itself.
    pub const fn implicit_local(self) -> Option<u16> {
        let byte = self.byte();
        // Each family is four consecutive opcodes for locals 0 to 3, and the
        // five load (and five store) families are contiguous.
        match byte {
            0x1a..=0x2d => Some(((byte - 0x1a) % 4) as u16),
            0x3b..=0x4e => Some(((byte - 0x3b) % 4) as u16),
            _ => None,
        }
    }

    /// `if<cond>`, `if_icmp<cond>`, `if_acmp<cond>`, `ifnull`, `ifnonnull`:
    /// they either branch or fall through.
    pub const fn is_conditional_branch(self) -> bool {
        matches!(self.byte(), 0x99..=0xa6 | 0xc6 | 0xc7)
    }

    /// `tableswitch` and `lookupswitch`.
    pub const fn is_switch(self) -> bool {
        matches!(self, Opcode::Tableswitch | Opcode::Lookupswitch)
    }

    /// `jsr` and `jsr_w`: jump to a subroutine, pushing the return address.
    pub const fn is_subroutine_call(self) -> bool {
        matches!(self, Opcode::Jsr | Opcode::JsrW)
    }

    /// Whether the instruction names explicit branch targets in its operands
    /// (conditional branches, `goto`, `jsr`, both switches, and their wide
    /// forms). `ret` is not: its target is a value held in a local.
    pub const fn is_branch(self) -> bool {
        self.is_conditional_branch()
            || self.is_switch()
            || self.is_subroutine_call()
            || matches!(self, Opcode::Goto | Opcode::GotoW)
    }

    /// Whether the instruction returns from the method (`ireturn` … `return`).
    /// `ret` returns from a subroutine, not the method, and is not included.
    pub const fn is_return(self) -> bool {
        matches!(self.byte(), 0xac..=0xb1)
    }

    /// Whether execution may continue directly with the next instruction.
    ///
    /// False for `jsr`/`jsr_w`: the next instruction is reached only through
    /// the subroutine's `ret`, which a control-flow graph must model itself.
    pub const fn falls_through(self) -> bool {
        !(self.is_return()
            || self.is_switch()
            || self.is_subroutine_call()
            || matches!(self, Opcode::Goto | Opcode::GotoW | Opcode::Ret | Opcode::Athrow))
    }

    /// Whether the instruction is the last of its basic block: it branches
    /// or does not fall through. Instructions that merely may throw do not
    /// end a block; exception edges are modelled by handler ranges.
    pub const fn ends_basic_block(self) -> bool {
        self.is_branch() || !self.falls_through()
    }

    /// Whether the instruction may complete abruptly with an exception that a
    /// handler of this method could catch (the "Linking Exceptions" and
    /// "Run-time Exceptions" of JVMS 6.5), counting `athrow`.
    ///
    /// Not counted: `VirtualMachineError`s, which may happen anywhere, and the
    /// `IllegalMonitorStateException` of the return instructions, which is
    /// raised as the frame is removed, so no handler of the method sees it.
    /// `ldc`/`ldc_w`/`ldc2_w` count because resolving a class, method type,
    /// method handle or dynamic constant may fail; whether a given one can is
    /// known only from its constant-pool entry.
    pub const fn can_throw(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            Ldc | LdcW
                | Ldc2W
                | Iaload
                | Laload
                | Faload
                | Daload
                | Aaload
                | Baload
                | Caload
                | Saload
                | Iastore
                | Lastore
                | Fastore
                | Dastore
                | Aastore
                | Bastore
                | Castore
                | Sastore
                | Idiv
                | Ldiv
                | Irem
                | Lrem
                | Getstatic
                | Putstatic
                | Getfield
                | Putfield
                | Invokevirtual
                | Invokespecial
                | Invokestatic
                | Invokeinterface
                | Invokedynamic
                | New
                | Newarray
                | Anewarray
                | Arraylength
                | Athrow
                | Checkcast
                | Instanceof
                | Monitorenter
                | Monitorexit
                | Multianewarray
        )
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mnemonic())
    }
}
