//! The opcode table itself: coverage of all 256 byte values, mnemonics and
//! control-flow properties.

use super::*;

#[test]
fn every_byte_is_a_known_opcode_or_rejected() {
    for byte in 0..=255u8 {
        // Enough zero operand bytes for any fixed-length instruction.
        let code = [byte, 0, 0, 0, 0];
        let first = decode(&code).next().expect("one result");
        match Opcode::from_u8(byte) {
            Some(opcode) => {
                assert!(byte <= 0xc9, "{byte:#04x}");
                assert_eq!(opcode.byte(), byte);
                // Zero operands are invalid for a few opcodes (newarray's
                // atype, invokeinterface's count…); the rest must decode.
                if let Ok(instruction) = first {
                    assert_eq!(instruction.opcode.byte() == byte, !instruction.wide);
                }
            }
            None => {
                assert!(byte > 0xc9, "{byte:#04x}");
                let error = first.expect_err("unknown opcodes are rejected");
                assert_eq!(error.offset, 0);
                assert!(error.message.contains("opcode"), "{}", error.message);
            }
        }
    }
}

#[test]
fn the_table_holds_every_opcode_once_in_byte_order() {
    assert_eq!(Opcode::ALL.len(), 0xca);
    for (byte, opcode) in Opcode::ALL.iter().enumerate() {
        assert_eq!(usize::from(opcode.byte()), byte);
        assert_eq!(Opcode::from_u8(opcode.byte()), Some(*opcode));
    }
    let mut mnemonics: Vec<_> = Opcode::ALL.iter().map(|op| op.mnemonic()).collect();
    mnemonics.sort_unstable();
    mnemonics.dedup();
    assert_eq!(mnemonics.len(), Opcode::ALL.len(), "mnemonics are unique");
}

#[test]
fn mnemonics_are_the_ones_javap_prints() {
    let expected = [
        (0x00, "nop"),
        (0x01, "aconst_null"),
        (0x02, "iconst_m1"),
        (0x08, "iconst_5"),
        (0x0f, "dconst_1"),
        (0x13, "ldc_w"),
        (0x14, "ldc2_w"),
        (0x2a, "aload_0"),
        (0x4e, "astore_3"),
        (0x5b, "dup_x2"),
        (0x5e, "dup2_x2"),
        (0x7d, "lushr"),
        (0x84, "iinc"),
        (0x93, "i2s"),
        (0x98, "dcmpg"),
        (0x9f, "if_icmpeq"),
        (0xa6, "if_acmpne"),
        (0xa8, "jsr"),
        (0xa9, "ret"),
        (0xaa, "tableswitch"),
        (0xab, "lookupswitch"),
        (0xb1, "return"),
        (0xb9, "invokeinterface"),
        (0xba, "invokedynamic"),
        (0xbc, "newarray"),
        (0xbf, "athrow"),
        (0xc1, "instanceof"),
        (0xc4, "wide"),
        (0xc5, "multianewarray"),
        (0xc7, "ifnonnull"),
        (0xc8, "goto_w"),
        (0xc9, "jsr_w"),
    ];
    for (byte, mnemonic) in expected {
        assert_eq!(Opcode::from_u8(byte).unwrap().mnemonic(), mnemonic);
    }
    for opcode in Opcode::ALL {
        let name = opcode.mnemonic();
        assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        assert_eq!(opcode.to_string(), name);
    }
}

#[test]
fn reserved_opcodes_are_named_and_rejected() {
    for (byte, name) in [(0xca, "breakpoint"), (0xfe, "impdep1"), (0xff, "impdep2")] {
        assert_eq!(reserved_opcode_name(byte), Some(name));
        assert_eq!(Opcode::from_u8(byte), None);
        let error = decode_error(&[byte]);
        assert_eq!(error.offset, 0);
        assert!(error.message.contains(name), "{}", error.message);
    }
    assert_eq!(reserved_opcode_name(0xcb), None);
    assert!(decode_error(&[0xcb]).message.contains("unknown opcode 0xcb"));
}

#[test]
fn only_local_variable_opcodes_and_iinc_are_wideable() {
    use Opcode::*;
    let wideable = [
        (Iload, "iload_w"),
        (Lload, "lload_w"),
        (Fload, "fload_w"),
        (Dload, "dload_w"),
        (Aload, "aload_w"),
        (Istore, "istore_w"),
        (Lstore, "lstore_w"),
        (Fstore, "fstore_w"),
        (Dstore, "dstore_w"),
        (Astore, "astore_w"),
        (Ret, "ret_w"),
        (Iinc, "iinc_w"),
    ];
    for opcode in Opcode::ALL {
        let expected = wideable.iter().find(|(op, _)| op == opcode).map(|(_, name)| *name);
        assert_eq!(opcode.wide_mnemonic(), expected, "{opcode}");
        assert_eq!(opcode.is_wideable(), expected.is_some(), "{opcode}");
    }
}

#[test]
fn short_forms_name_their_local() {
    use Opcode::*;
    let families = [
        [Iload0, Iload1, Iload2, Iload3],
        [Lload0, Lload1, Lload2, Lload3],
        [Fload0, Fload1, Fload2, Fload3],
        [Dload0, Dload1, Dload2, Dload3],
        [Aload0, Aload1, Aload2, Aload3],
        [Istore0, Istore1, Istore2, Istore3],
        [Lstore0, Lstore1, Lstore2, Lstore3],
        [Fstore0, Fstore1, Fstore2, Fstore3],
        [Dstore0, Dstore1, Dstore2, Dstore3],
        [Astore0, Astore1, Astore2, Astore3],
    ];
    let mut with_implicit_local = 0;
    for family in families {
        for (local, opcode) in family.into_iter().enumerate() {
            assert_eq!(opcode.implicit_local(), Some(local as u16), "{opcode}");
            assert!(opcode.mnemonic().ends_with(&format!("_{local}")));
        }
    }
    for opcode in Opcode::ALL {
        with_implicit_local += usize::from(opcode.implicit_local().is_some());
    }
    assert_eq!(with_implicit_local, 40);
}

/// The opcodes for which `predicate` holds, for comparing against JVMS lists.
fn opcodes_where(predicate: fn(Opcode) -> bool) -> Vec<Opcode> {
    Opcode::ALL.iter().copied().filter(|op| predicate(*op)).collect()
}

#[test]
fn branches_are_the_instructions_with_target_operands() {
    use Opcode::*;
    let conditional = vec![
        Ifeq, Ifne, Iflt, Ifge, Ifgt, Ifle, IfIcmpeq, IfIcmpne, IfIcmplt, IfIcmpge, IfIcmpgt, IfIcmple,
        IfAcmpeq, IfAcmpne, Ifnull, Ifnonnull,
    ];
    assert_eq!(opcodes_where(Opcode::is_conditional_branch), conditional);
    assert_eq!(opcodes_where(Opcode::is_switch), vec![Tableswitch, Lookupswitch]);
    assert_eq!(opcodes_where(Opcode::is_subroutine_call), vec![Jsr, JsrW]);
    let mut branches = conditional;
    branches.extend([Goto, Jsr, Tableswitch, Lookupswitch, GotoW, JsrW]);
    branches.sort();
    assert_eq!(opcodes_where(Opcode::is_branch), branches);
}

#[test]
fn returns_and_block_ends() {
    use Opcode::*;
    let returns = vec![Ireturn, Lreturn, Freturn, Dreturn, Areturn, Return];
    assert_eq!(opcodes_where(Opcode::is_return), returns);
    let mut no_fall_through = returns;
    no_fall_through.extend([Goto, Jsr, Ret, Tableswitch, Lookupswitch, Athrow, GotoW, JsrW]);
    no_fall_through.sort();
    assert_eq!(opcodes_where(|op| !op.falls_through()), no_fall_through);
    for opcode in Opcode::ALL {
        let expected = opcode.is_branch() || no_fall_through.contains(opcode);
        assert_eq!(opcode.ends_basic_block(), expected, "{opcode}");
    }
    // A conditional branch both branches and falls through.
    assert!(Ifeq.falls_through() && Ifeq.ends_basic_block());
    assert!(!Ret.is_branch() && Ret.ends_basic_block());
}

#[test]
fn throwing_instructions_follow_the_jvms_exception_lists() {
    use Opcode::*;
    let throwing = vec![
        Ldc,
        LdcW,
        Ldc2W,
        Iaload,
        Laload,
        Faload,
        Daload,
        Aaload,
        Baload,
        Caload,
        Saload,
        Iastore,
        Lastore,
        Fastore,
        Dastore,
        Aastore,
        Bastore,
        Castore,
        Sastore,
        Idiv,
        Ldiv,
        Irem,
        Lrem,
        Getstatic,
        Putstatic,
        Getfield,
        Putfield,
        Invokevirtual,
        Invokespecial,
        Invokestatic,
        Invokeinterface,
        Invokedynamic,
        New,
        Newarray,
        Anewarray,
        Arraylength,
        Athrow,
        Checkcast,
        Instanceof,
        Monitorenter,
        Monitorexit,
        Multianewarray,
    ];
    assert_eq!(opcodes_where(Opcode::can_throw), throwing);
    // Floating-point division never throws.
    assert!(!Fdiv.can_throw() && !Drem.can_throw());
}
