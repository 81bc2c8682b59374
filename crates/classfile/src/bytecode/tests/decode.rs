//! Decoding each opcode family from hand-encoded code arrays, with the
//! stack effect each one has.

use super::*;
use Opcode::*;

#[test]
fn constants() {
    check_plain(Nop, fixed(&[], &[]));
    check_plain(AconstNull, fixed(&[], &[A]));
    for opcode in [IconstM1, Iconst0, Iconst1, Iconst2, Iconst3, Iconst4, Iconst5] {
        check_plain(opcode, fixed(&[], &[I]));
    }
    for opcode in [Lconst0, Lconst1] {
        check_plain(opcode, fixed(&[], &[L]));
    }
    for opcode in [Fconst0, Fconst1, Fconst2] {
        check_plain(opcode, fixed(&[], &[F]));
    }
    for opcode in [Dconst0, Dconst1] {
        check_plain(opcode, fixed(&[], &[D]));
    }
}

#[test]
fn bipush_and_sipush_sign_extend_their_immediates() {
    let push_int = fixed(&[], &[I]);
    check(&[0x10, 0x7f], Bipush, Operands::Immediate(127), push_int);
    check(&[0x10, 0x80], Bipush, Operands::Immediate(-128), push_int);
    check(&[0x10, 0xff], Bipush, Operands::Immediate(-1), push_int);
    check(&[0x11, 0x7f, 0xff], Sipush, Operands::Immediate(32767), push_int);
    check(&[0x11, 0x80, 0x00], Sipush, Operands::Immediate(-32768), push_int);
    check(&[0x11, 0x01, 0x2c], Sipush, Operands::Immediate(300), push_int);
}

#[test]
fn ldc_takes_a_one_byte_index_and_the_wide_forms_two() {
    let one = StackEffect::LoadConstant { category: Category::One };
    let two = StackEffect::LoadConstant { category: Category::Two };
    check(&[0x12, 0xfe], Ldc, Operands::ConstantPool(254), one);
    check(&[0x13, 0x01, 0x02], LdcW, Operands::ConstantPool(0x0102), one);
    check(&[0x14, 0xff, 0xfe], Ldc2W, Operands::ConstantPool(0xfffe), two);
}

#[test]
fn loads_with_an_index_operand() {
    let cases = [(Iload, I), (Lload, L), (Fload, F), (Dload, D), (Aload, A)];
    for (opcode, pushed) in cases {
        let instruction = check(&[opcode.byte(), 200], opcode, Operands::Local(200), opcode.stack_effect());
        assert_eq!(opcode.stack_effect().fixed().unwrap().pushes, vec![pushed]);
        assert_eq!(instruction.local_index(), Some(200));
        assert_eq!(instruction.mnemonic(), opcode.mnemonic());
    }
}

#[test]
fn loads_with_an_implicit_index() {
    let families: [([Opcode; 4], &'static [StackType]); 5] = [
        ([Iload0, Iload1, Iload2, Iload3], &[I]),
        ([Lload0, Lload1, Lload2, Lload3], &[L]),
        ([Fload0, Fload1, Fload2, Fload3], &[F]),
        ([Dload0, Dload1, Dload2, Dload3], &[D]),
        ([Aload0, Aload1, Aload2, Aload3], &[A]),
    ];
    for (family, pushed) in families {
        for (local, opcode) in family.into_iter().enumerate() {
            let effect = fixed(&[], pushed);
            let instruction = check(&[opcode.byte()], opcode, Operands::None, effect);
            assert_eq!(instruction.local_index(), Some(local as u16));
        }
    }
}

#[test]
fn stores_with_an_index_operand() {
    let cases: [(Opcode, &'static [StackType]); 4] =
        [(Istore, &[I]), (Lstore, &[L]), (Fstore, &[F]), (Dstore, &[D])];
    for (opcode, popped) in cases {
        let effect = fixed(popped, &[]);
        let instruction = check(&[opcode.byte(), 7], opcode, Operands::Local(7), effect);
        assert_eq!(instruction.local_index(), Some(7));
    }
    let astore = StackEffect::StoreReferenceOrReturnAddress;
    check(&[0x3a, 0xff], Astore, Operands::Local(255), astore);
}

#[test]
fn stores_with_an_implicit_index() {
    let families: [([Opcode; 4], Option<&'static [StackType]>); 5] = [
        ([Istore0, Istore1, Istore2, Istore3], Some(&[I])),
        ([Lstore0, Lstore1, Lstore2, Lstore3], Some(&[L])),
        ([Fstore0, Fstore1, Fstore2, Fstore3], Some(&[F])),
        ([Dstore0, Dstore1, Dstore2, Dstore3], Some(&[D])),
        ([Astore0, Astore1, Astore2, Astore3], None),
    ];
    for (family, popped) in families {
        for (local, opcode) in family.into_iter().enumerate() {
            let effect = match popped {
                Some(popped) => fixed(popped, &[]),
                None => StackEffect::StoreReferenceOrReturnAddress,
            };
            let instruction = check(&[opcode.byte()], opcode, Operands::None, effect);
            assert_eq!(instruction.local_index(), Some(local as u16));
        }
    }
}

#[test]
fn array_loads_and_stores() {
    check_plain(Iaload, fixed(&[A, I], &[I]));
    check_plain(Laload, fixed(&[A, I], &[L]));
    check_plain(Faload, fixed(&[A, I], &[F]));
    check_plain(Daload, fixed(&[A, I], &[D]));
    check_plain(Aaload, fixed(&[A, I], &[A]));
    check_plain(Baload, fixed(&[A, I], &[I]));
    check_plain(Caload, fixed(&[A, I], &[I]));
    check_plain(Saload, fixed(&[A, I], &[I]));
    check_plain(Iastore, fixed(&[A, I, I], &[]));
    check_plain(Lastore, fixed(&[A, I, L], &[]));
    check_plain(Fastore, fixed(&[A, I, F], &[]));
    check_plain(Dastore, fixed(&[A, I, D], &[]));
    check_plain(Aastore, fixed(&[A, I, A], &[]));
    check_plain(Bastore, fixed(&[A, I, I], &[]));
    check_plain(Castore, fixed(&[A, I, I], &[]));
    check_plain(Sastore, fixed(&[A, I, I], &[]));
}

#[test]
fn stack_shuffles_are_single_bytes() {
    for opcode in [Pop, Pop2, Dup, DupX1, DupX2, Dup2, Dup2X1, Dup2X2, Swap] {
        let effect = opcode.stack_effect();
        assert!(matches!(effect, StackEffect::Shuffle(_)), "{opcode}");
        check_plain(opcode, effect);
    }
}

#[test]
fn arithmetic_and_logic() {
    for opcode in [Iadd, Isub, Imul, Idiv, Irem, Iand, Ior, Ixor, Ishl, Ishr, Iushr] {
        check_plain(opcode, fixed(&[I, I], &[I]));
    }
    for opcode in [Ladd, Lsub, Lmul, Ldiv, Lrem, Land, Lor, Lxor] {
        check_plain(opcode, fixed(&[L, L], &[L]));
    }
    for opcode in [Lshl, Lshr, Lushr] {
        check_plain(opcode, fixed(&[L, I], &[L]));
    }
    for opcode in [Fadd, Fsub, Fmul, Fdiv, Frem] {
        check_plain(opcode, fixed(&[F, F], &[F]));
    }
    for opcode in [Dadd, Dsub, Dmul, Ddiv, Drem] {
        check_plain(opcode, fixed(&[D, D], &[D]));
    }
    check_plain(Ineg, fixed(&[I], &[I]));
    check_plain(Lneg, fixed(&[L], &[L]));
    check_plain(Fneg, fixed(&[F], &[F]));
    check_plain(Dneg, fixed(&[D], &[D]));
}

#[test]
fn iinc_has_an_index_and_a_signed_delta() {
    let none = fixed(&[], &[]);
    let instruction = check(&[0x84, 9, 0xff], Iinc, Operands::Iinc { index: 9, delta: -1 }, none);
    assert_eq!(instruction.local_index(), Some(9));
    check(&[0x84, 255, 0x7f], Iinc, Operands::Iinc { index: 255, delta: 127 }, none);
}

#[test]
fn conversions() {
    let cases: [(Opcode, &'static [StackType], &'static [StackType]); 15] = [
        (I2l, &[I], &[L]),
        (I2f, &[I], &[F]),
        (I2d, &[I], &[D]),
        (L2i, &[L], &[I]),
        (L2f, &[L], &[F]),
        (L2d, &[L], &[D]),
        (F2i, &[F], &[I]),
        (F2l, &[F], &[L]),
        (F2d, &[F], &[D]),
        (D2i, &[D], &[I]),
        (D2l, &[D], &[L]),
        (D2f, &[D], &[F]),
        (I2b, &[I], &[I]),
        (I2c, &[I], &[I]),
        (I2s, &[I], &[I]),
    ];
    for (opcode, pops, pushes) in cases {
        check_plain(opcode, fixed(pops, pushes));
    }
}

#[test]
fn comparisons() {
    check_plain(Lcmp, fixed(&[L, L], &[I]));
    check_plain(Fcmpl, fixed(&[F, F], &[I]));
    check_plain(Fcmpg, fixed(&[F, F], &[I]));
    check_plain(Dcmpl, fixed(&[D, D], &[I]));
    check_plain(Dcmpg, fixed(&[D, D], &[I]));
}

/// Decodes a conditional branch `opcode` at offset 2 (after two `nop`s)
/// jumping back to 0 and forward to the final `nop`.
fn check_conditional_branch(opcode: Opcode, effect: StackEffect) {
    let code = [0x00, 0x00, opcode.byte(), 0xff, 0xfe, opcode.byte(), 0x00, 0x03, 0x00];
    let instructions = decode_all(&code).unwrap();
    assert_eq!(instructions.len(), 5);
    let (back, forward) = (&instructions[2], &instructions[3]);
    assert_eq!((back.offset, back.length), (2, 3));
    assert_eq!(back.operands, Operands::Branch(0));
    assert_eq!((forward.offset, forward.length), (5, 3));
    assert_eq!(forward.operands, Operands::Branch(8));
    assert_eq!(forward.branch_targets().collect::<Vec<_>>(), vec![8]);
    assert_eq!(opcode.stack_effect(), effect, "{opcode}");
}

#[test]
fn conditional_branches_resolve_relative_offsets() {
    for opcode in [Ifeq, Ifne, Iflt, Ifge, Ifgt, Ifle] {
        check_conditional_branch(opcode, fixed(&[I], &[]));
    }
    for opcode in [IfIcmpeq, IfIcmpne, IfIcmplt, IfIcmpge, IfIcmpgt, IfIcmple] {
        check_conditional_branch(opcode, fixed(&[I, I], &[]));
    }
    for opcode in [IfAcmpeq, IfAcmpne, Ifnull, Ifnonnull] {
        check_conditional_branch(opcode, fixed(if opcode.byte() < 0xc6 { &[A, A] } else { &[A] }, &[]));
    }
}

#[test]
fn goto_and_jsr_with_16_and_32_bit_offsets() {
    check(&[0xa7, 0x00, 0x00], Goto, Operands::Branch(0), fixed(&[], &[]));
    check(&[0xa8, 0x00, 0x00], Jsr, Operands::Branch(0), fixed(&[], &[R]));
    check(&[0xc8, 0, 0, 0, 0], GotoW, Operands::Branch(0), fixed(&[], &[]));
    check(&[0xc9, 0, 0, 0, 0], JsrW, Operands::Branch(0), fixed(&[], &[R]));
    // goto_w 0; jsr_w -5 (back to 0); goto +5 (forward to the return)
    let mut code = Code::default();
    code.op(GotoW).to32(13).op(JsrW).to32(0).op(Goto).to16(13).op(Return);
    let instructions = decode_all(&code.bytes).unwrap();
    let targets: Vec<_> = instructions.iter().map(|i| i.operands.clone()).collect();
    assert_eq!(targets, [Operands::Branch(13), Operands::Branch(0), Operands::Branch(13), Operands::None]);
    assert_eq!(instructions[1].offset, 5);
    assert_eq!(instructions[2].offset, 10);
}

#[test]
fn ret_reads_its_return_address_from_a_local() {
    let instruction = check(&[0xa9, 3], Ret, Operands::Local(3), fixed(&[], &[]));
    assert_eq!(instruction.branch_targets().count(), 0);
}

#[test]
fn returns() {
    check_plain(Ireturn, fixed(&[I], &[]));
    check_plain(Lreturn, fixed(&[L], &[]));
    check_plain(Freturn, fixed(&[F], &[]));
    check_plain(Dreturn, fixed(&[D], &[]));
    check_plain(Areturn, fixed(&[A], &[]));
    check_plain(Return, fixed(&[], &[]));
}

#[test]
fn field_access() {
    let cases = [
        (Getstatic, StackEffect::FieldGet { is_static: true }),
        (Putstatic, StackEffect::FieldPut { is_static: true }),
        (Getfield, StackEffect::FieldGet { is_static: false }),
        (Putfield, StackEffect::FieldPut { is_static: false }),
    ];
    for (opcode, effect) in cases {
        let instruction = check(&[opcode.byte(), 0x12, 0x34], opcode, Operands::ConstantPool(0x1234), effect);
        assert_eq!(instruction.constant_pool_index(), Some(0x1234));
    }
}

#[test]
fn invocations() {
    let receiver = StackEffect::Invoke { has_receiver: true };
    let no_receiver = StackEffect::Invoke { has_receiver: false };
    check(&[0xb6, 0, 7], Invokevirtual, Operands::ConstantPool(7), receiver);
    check(&[0xb7, 0, 8], Invokespecial, Operands::ConstantPool(8), receiver);
    check(&[0xb8, 1, 0], Invokestatic, Operands::ConstantPool(256), no_receiver);
    let interface = Operands::InvokeInterface { index: 9, count: 3 };
    let instruction = check(&[0xb9, 0, 9, 3, 0], Invokeinterface, interface, receiver);
    assert_eq!(instruction.constant_pool_index(), Some(9));
    check(&[0xba, 0, 10, 0, 0], Invokedynamic, Operands::ConstantPool(10), no_receiver);
}

#[test]
fn object_and_array_creation() {
    check(&[0xbb, 0, 2], New, Operands::ConstantPool(2), fixed(&[], &[A]));
    check(&[0xbd, 0, 3], Anewarray, Operands::ConstantPool(3), fixed(&[I], &[A]));
    let types = [
        (4, ArrayType::Boolean, "boolean", I),
        (5, ArrayType::Char, "char", I),
        (6, ArrayType::Float, "float", F),
        (7, ArrayType::Double, "double", D),
        (8, ArrayType::Byte, "byte", I),
        (9, ArrayType::Short, "short", I),
        (10, ArrayType::Int, "int", I),
        (11, ArrayType::Long, "long", L),
    ];
    for (atype, array_type, name, element) in types {
        check(&[0xbc, atype], Newarray, Operands::NewArray(array_type), fixed(&[I], &[A]));
        assert_eq!(array_type.atype(), atype);
        assert_eq!(array_type.name(), name);
        assert_eq!(array_type.stack_type(), element);
        let tag = array_type.descriptor() as u8;
        assert_eq!(StackType::from_descriptor_tag(tag), Some(element));
    }
    let dims = Operands::MultiANewArray { index: 0x0a0b, dimensions: 3 };
    let instruction = check(&[0xc5, 0x0a, 0x0b, 3], Multianewarray, dims, StackEffect::MultiANewArray);
    assert_eq!(instruction.constant_pool_index(), Some(0x0a0b));
}

#[test]
fn other_object_operations() {
    check_plain(Arraylength, fixed(&[A], &[I]));
    check_plain(Athrow, fixed(&[A], &[]));
    check_plain(Monitorenter, fixed(&[A], &[]));
    check_plain(Monitorexit, fixed(&[A], &[]));
    check(&[0xc0, 0, 5], Checkcast, Operands::ConstantPool(5), fixed(&[A], &[A]));
    check(&[0xc1, 0, 6], Instanceof, Operands::ConstantPool(6), fixed(&[A], &[I]));
}

#[test]
fn wide_widens_local_indexes_and_iinc() {
    let locals = [Iload, Lload, Fload, Dload, Aload, Istore, Lstore, Fstore, Dstore, Astore, Ret];
    for opcode in locals {
        let code = [0xc4, opcode.byte(), 0x12, 0x34];
        let instruction = check(&code, opcode, Operands::Local(0x1234), opcode.stack_effect());
        assert!(instruction.wide);
        assert_eq!(instruction.local_index(), Some(0x1234));
        assert_eq!(instruction.mnemonic(), opcode.wide_mnemonic().unwrap());
    }
    let code = [0xc4, 0x84, 0x01, 0x00, 0x80, 0x00];
    let iinc = Operands::Iinc { index: 256, delta: -32768 };
    let instruction = check(&code, Iinc, iinc, fixed(&[], &[]));
    assert!(instruction.wide);
    assert_eq!(instruction.mnemonic(), "iinc_w");
    assert_eq!(Wide.stack_effect(), fixed(&[], &[]));
}

#[test]
fn wide_instructions_among_others_keep_their_offsets() {
    // nop; wide iload 300; wide iinc 300, 5; iload 1
    let code = [0x00, 0xc4, 0x15, 0x01, 0x2c, 0xc4, 0x84, 0x01, 0x2c, 0x00, 0x05, 0x15, 0x01];
    let instructions = decode_all(&code).unwrap();
    let layout: Vec<_> = instructions.iter().map(|i| (i.offset, i.length, i.wide, i.end())).collect();
    assert_eq!(layout, [(0, 1, false, 1), (1, 4, true, 5), (5, 6, true, 11), (11, 2, false, 13)]);
    assert_eq!(instructions[2].operands, Operands::Iinc { index: 300, delta: 5 });
}

/// A `tableswitch` after `nops` nops: keys -1 to 1 jump to 0, to the switch
/// itself and to the final `nop`; the default jumps to the final `nop` too.
fn tableswitch_after(nops: usize, padding_byte: u8) -> (Vec<u8>, usize) {
    let mut code = Code::default();
    for _ in 0..nops {
        code.op(Nop);
    }
    code.op(Tableswitch);
    let padding = (4 - code.bytes.len() % 4) % 4;
    code.bytes.extend(std::iter::repeat_n(padding_byte, padding));
    let end = code.bytes.len() + 12 + 12;
    code.to32(end).i4(-1).i4(1).to32(0).to32(nops).to32(end).op(Nop);
    (code.bytes, padding)
}

#[test]
fn tableswitch_padding_at_each_alignment() {
    for nops in 0..4 {
        for padding_byte in [0x00, 0xff] {
            let (code, padding) = tableswitch_after(nops, padding_byte);
            assert_eq!(padding, (3 - nops) % 4);
            let instructions = decode_all(&code).unwrap();
            let switch = &instructions[nops];
            assert_eq!(switch.offset as usize, nops);
            assert_eq!(switch.length as usize, 1 + padding + 24);
            let end = switch.end();
            let expected = TableSwitch { default: end, low: -1, high: 1, targets: vec![0, nops as u32, end] };
            assert_eq!(switch.operands, Operands::TableSwitch(expected));
            assert_eq!(switch.branch_targets().collect::<Vec<_>>(), [end, 0, nops as u32, end]);
            assert_eq!(Tableswitch.stack_effect(), fixed(&[I], &[]));
        }
    }
}

/// A `lookupswitch` after `nops` nops with cases -5 → 0 and 70000 → the
/// final `nop`, defaulting to the switch itself.
fn lookupswitch_after(nops: usize) -> (Vec<u8>, usize) {
    let mut code = Code::default();
    for _ in 0..nops {
        code.op(Nop);
    }
    code.op(Lookupswitch);
    let padding = (4 - code.bytes.len() % 4) % 4;
    code.pad();
    let end = code.bytes.len() + 8 + 16;
    code.to32(nops).i4(2).i4(-5).to32(0).i4(70000).to32(end).op(Nop);
    (code.bytes, padding)
}

#[test]
fn lookupswitch_padding_at_each_alignment() {
    for nops in 0..4 {
        let (code, padding) = lookupswitch_after(nops);
        let instructions = decode_all(&code).unwrap();
        let switch = &instructions[nops];
        assert_eq!(switch.offset as usize, nops);
        assert_eq!(switch.length as usize, 1 + padding + 24);
        let cases = vec![SwitchCase { key: -5, target: 0 }, SwitchCase { key: 70000, target: switch.end() }];
        let expected = LookupSwitch { default: nops as u32, cases };
        assert_eq!(switch.operands, Operands::LookupSwitch(expected));
        assert_eq!(Lookupswitch.stack_effect(), fixed(&[I], &[]));
    }
}

#[test]
fn empty_lookupswitch_and_single_entry_tableswitch() {
    // lookupswitch with no pairs: padding 3, default 0, npairs 0.
    let code = [0xab, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    let empty = LookupSwitch { default: 0, cases: vec![] };
    check(&code, Lookupswitch, Operands::LookupSwitch(empty), fixed(&[I], &[]));
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(0).i4(i32::MAX).i4(i32::MAX).to32(0);
    let single = TableSwitch { default: 0, low: i32::MAX, high: i32::MAX, targets: vec![0] };
    check(&code.bytes, Tableswitch, Operands::TableSwitch(single), fixed(&[I], &[]));
}

/// A method using every kind of operand, whose branches all jump back to 0
/// so that cutting it short only ever breaks the instruction that is cut.
pub(super) fn sample_method() -> Vec<u8> {
    let mut code = Code::default();
    code.op(Iconst0);
    code.op(Bipush).u1(5);
    code.op(Sipush).u2(300);
    code.op(Ldc).u1(1);
    code.op(LdcW).u2(2);
    code.op(Ldc2W).u2(3);
    code.op(Iload).u1(4);
    code.op(Wide).u1(Iload.byte()).u2(300);
    code.op(Wide).u1(Iinc.byte()).u2(300).u2(0xfffe);
    code.op(Iinc).u1(1).u1(1);
    code.op(Ifeq).to16(0);
    code.op(GotoW).to32(0);
    code.op(Tableswitch).pad().to32(0).i4(0).i4(1).to32(0).to32(0);
    code.op(Lookupswitch).pad().to32(0).i4(2).i4(1).to32(0).i4(2).to32(0);
    code.op(Invokeinterface).u2(5).u1(2).u1(0);
    code.op(Invokedynamic).u2(6).u2(0);
    code.op(Newarray).u1(10);
    code.op(Multianewarray).u2(7).u1(2);
    code.op(Getfield).u2(8);
    code.op(Jsr).to16(0);
    code.op(Ret).u1(3);
    code.op(Return);
    code.bytes
}

#[test]
fn the_sample_method_decodes() {
    let instructions = decode_all(&sample_method()).unwrap();
    let mnemonics: Vec<_> = instructions.iter().map(Instruction::mnemonic).collect();
    assert_eq!(
        mnemonics,
        [
            "iconst_0",
            "bipush",
            "sipush",
            "ldc",
            "ldc_w",
            "ldc2_w",
            "iload",
            "iload_w",
            "iinc_w",
            "iinc",
            "ifeq",
            "goto_w",
            "tableswitch",
            "lookupswitch",
            "invokeinterface",
            "invokedynamic",
            "newarray",
            "multianewarray",
            "getfield",
            "jsr",
            "ret",
            "return",
        ]
    );
    // Each instruction starts where the previous one ends.
    for pair in instructions.windows(2) {
        assert_eq!(pair[0].end(), pair[1].offset);
    }
    assert_eq!(instructions[12].offset, 37);
    assert_eq!(instructions[12].length, 23);
    assert_eq!(instructions[13].offset, 60);
    assert_eq!(instructions[13].length, 28);
    for (index, instruction) in instructions.iter().enumerate() {
        assert_eq!(find_instruction(&instructions, instruction.offset), Some(index));
        let next = (index + 1 < instructions.len()).then_some(index + 1);
        assert_eq!(find_instruction(&instructions, instruction.end()), next);
        for inside in instruction.offset + 1..instruction.end() {
            assert_eq!(find_instruction(&instructions, inside), None);
        }
    }
}

#[test]
fn the_iterator_yields_what_decode_all_returns() {
    let code = sample_method();
    let one_by_one: Vec<_> = decode(&code).map(Result::unwrap).collect();
    assert_eq!(one_by_one, decode_all(&code).unwrap());
}

#[test]
fn fixed_length_instructions_have_their_jvms_lengths() {
    // Operand bytes per opcode, from the instruction formats of JVMS 6.5.
    let operand_bytes = |opcode: Opcode| match opcode {
        Bipush | Ldc | Iload | Lload | Fload | Dload | Aload | Istore | Lstore | Fstore | Dstore | Astore
        | Ret | Newarray => 1,
        Sipush | LdcW | Ldc2W | Iinc | Getstatic | Putstatic | Getfield | Putfield | Invokevirtual
        | Invokespecial | Invokestatic | New | Anewarray | Checkcast | Instanceof => 2,
        _ if opcode.is_conditional_branch() || matches!(opcode, Goto | Jsr) => 2,
        Multianewarray => 3,
        Invokeinterface | Invokedynamic | GotoW | JsrW => 4,
        _ => 0,
    };
    for &opcode in Opcode::ALL {
        if opcode.is_switch() || opcode == Wide {
            continue;
        }
        // Operand bytes that are valid for every opcode: a branch to itself,
        // count/atype/dimensions of 1… then the zero invokedynamic needs.
        let length = 1 + operand_bytes(opcode);
        let mut code = vec![opcode.byte(), 0, 0, 1, 0];
        if opcode == Newarray {
            code[1] = 10;
        }
        if matches!(opcode, GotoW | JsrW | Invokedynamic) {
            code[3] = 0;
        }
        code.truncate(length);
        let instruction = decode(&code).next().unwrap().unwrap_or_else(|e| panic!("{opcode}: {e}"));
        assert_eq!(instruction.length as usize, length, "{opcode}");
    }
}
