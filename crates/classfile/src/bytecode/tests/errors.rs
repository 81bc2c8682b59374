//! Malformed code: every problem is an error at the offending instruction's
//! offset, and nothing panics or allocates for counts the bytes do not hold.

use super::decode::sample_method;
use super::*;
use Opcode::*;

/// Asserts that decoding `code` fails at `offset` with a message containing
/// `words`.
fn assert_rejected(code: &[u8], offset: usize, words: &str) {
    let error = decode_error(code);
    assert_eq!(error.offset, offset, "{error}");
    assert!(error.message.contains(words), "expected {words:?} in {:?}", error.message);
    assert_eq!(error.kind, ErrorKind::ClassFormat);
}

#[test]
fn truncation_at_every_cut_point_of_a_sample_method() {
    let code = sample_method();
    let instructions = decode_all(&code).unwrap();
    for instruction in &instructions {
        let (start, end) = (instruction.offset as usize, instruction.end() as usize);
        // Cut at an instruction boundary: a shorter, still valid method.
        if start > 0 {
            assert!(decode_all(&code[..start]).is_ok(), "cut at {start}");
        }
        for cut in start + 1..end {
            let error = decode_error(&code[..cut]);
            assert_eq!(error.offset, start, "cut at {cut}: {error}");
            assert!(error.message.contains("truncated"), "cut at {cut}: {error}");
            assert!(error.message.starts_with(instruction.opcode.mnemonic()) || instruction.wide);
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    // A fixed linear congruential generator: reproducible without a crate.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as u8
    };
    // Bias towards the variable-length opcodes, where the tricky cases are.
    let interesting = [0xaa, 0xab, 0xc4, 0x84, 0xb9, 0xba, 0xc5, 0xbc, 0xa7, 0xc8];
    for _ in 0..20_000 {
        let length = usize::from(next() % 40);
        let code: Vec<u8> = (0..length)
            .map(|_| match next() % 4 {
                0 => interesting[usize::from(next()) % interesting.len()],
                1 => 0,
                _ => next(),
            })
            .collect();
        let _ = decode_all(&code);
        for instruction in decode(&code).flatten() {
            assert!(instruction.end() as usize <= code.len());
        }
    }
}

#[test]
fn unknown_opcodes_are_reported_at_their_instruction() {
    assert_rejected(&[0x00, 0x00, 0xcb], 2, "unknown opcode 0xcb");
    assert_rejected(&[0x00, 0xca], 1, "reserved opcode breakpoint");
    assert_rejected(&[0x00, 0x00, 0x00, 0xfe], 3, "impdep1");
}

#[test]
fn wide_before_an_opcode_it_cannot_modify() {
    assert_rejected(&[0x00, 0xc4, 0x60, 0x00, 0x00], 1, "wide: cannot modify iadd");
    assert_rejected(&[0xc4, 0xc4, 0x15, 0x00, 0x00], 0, "cannot modify wide");
    assert_rejected(&[0xc4, 0x10, 0x05], 0, "cannot modify bipush");
    assert_rejected(&[0xc4, 0x2a], 0, "cannot modify aload_0");
    assert_rejected(&[0xc4, 0xa7, 0x00, 0x00], 0, "cannot modify goto");
    assert_rejected(&[0xc4, 0xcb, 0x00, 0x00], 0, "wide: unknown opcode 0xcb");
    assert_rejected(&[0xc4, 0xff, 0x00, 0x00], 0, "reserved opcode impdep2");
    assert_rejected(&[0x00, 0xc4], 1, "wide: truncated");
    assert_rejected(&[0xc4, 0x15, 0x00], 0, "wide: truncated");
    assert_rejected(&[0xc4, 0x84, 0x00, 0x01, 0x00], 0, "wide: truncated");
}

#[test]
fn branch_targets_outside_the_code() {
    assert_rejected(&[0x00, 0xa7, 0xff, 0xfe], 1, "goto: branch target -1 is outside the code");
    assert_rejected(&[0xa7, 0x00, 0x03], 0, "branch target 3 is outside the code (length 3)");
    assert_rejected(&[0xc8, 0x7f, 0xff, 0xff, 0xff], 0, "goto_w: branch target 2147483647");
    assert_rejected(&[0x00, 0xc9, 0x80, 0x00, 0x00, 0x00], 1, "jsr_w: branch target -2147483647");
    // tableswitch: default and then a case outside the code.
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(100).i4(0).i4(0).to32(0);
    assert_rejected(&code.bytes, 0, "tableswitch: branch target 100");
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(0).i4(0).i4(0).i4(-1);
    assert_rejected(&code.bytes, 0, "branch target -1");
    // lookupswitch: a case target outside the code.
    let mut code = Code::default();
    code.op(Nop).op(Lookupswitch).pad().to32(0).i4(1).i4(7).to32(1000);
    assert_rejected(&code.bytes, 1, "lookupswitch: branch target 1000");
}

#[test]
fn branch_targets_inside_an_instruction() {
    // sipush 1; goto -2 (into sipush's operand)
    let code = [0x11, 0x00, 0x01, 0xa7, 0xff, 0xfe];
    assert!(decode(&code).all(|result| result.is_ok()), "the iterator checks only the range");
    assert_rejected(&code, 3, "goto: branch target 1 is not the start of an instruction");
    // A switch case into the middle of the switch itself.
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(1).i4(1).to32(5);
    assert_rejected(&code.bytes, 0, "lookupswitch: branch target 5 is not the start");
    // A wide instruction's target must be its prefix, not the opcode it modifies.
    let code = [0xc4, 0x15, 0x00, 0x01, 0xa7, 0xff, 0xfd];
    assert_rejected(&code, 4, "branch target 1 is not the start");
    assert!(check_branch_targets(&[]).is_ok());
}

#[test]
fn lookupswitch_keys_must_be_strictly_increasing() {
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(2).i4(5).to32(0).i4(4).to32(0);
    assert_rejected(&code.bytes, 0, "lookupswitch: keys are not in strictly increasing order (5 then 4)");
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(2).i4(5).to32(0).i4(5).to32(0);
    assert_rejected(&code.bytes, 0, "(5 then 5)");
    // Ordered as signed numbers, not as unsigned bytes.
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(2).i4(1).to32(0).i4(-1).to32(0);
    assert_rejected(&code.bytes, 0, "(1 then -1)");
}

#[test]
fn switch_counts_are_checked_before_anything_is_allocated() {
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(-1);
    assert_rejected(&code.bytes, 0, "npairs -1 is negative");
    let mut code = Code::default();
    code.op(Lookupswitch).pad().to32(0).i4(i32::MAX).i4(0).to32(0);
    assert_rejected(&code.bytes, 0, "2147483647 entries need 17179869176 bytes, 8 left");
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(0).i4(1).i4(0);
    assert_rejected(&code.bytes, 0, "tableswitch: low 1 is greater than high 0");
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(0).i4(i32::MIN).i4(i32::MAX).to32(0);
    assert_rejected(&code.bytes, 0, "4294967296 entries need 17179869184 bytes, 4 left");
    // One entry short.
    let mut code = Code::default();
    code.op(Tableswitch).pad().to32(0).i4(0).i4(2).to32(0).to32(0);
    assert_rejected(&code.bytes, 0, "3 entries need 12 bytes, 8 left");
}

#[test]
fn switch_padding_must_be_present() {
    assert_rejected(&[0x00, 0xaa, 0x00], 1, "tableswitch: truncated");
    assert_rejected(&[0xab], 0, "lookupswitch: truncated");
}

#[test]
fn invalid_operands() {
    for atype in [0, 1, 2, 3, 12, 255] {
        assert_rejected(&[0xbc, atype], 0, &format!("newarray: invalid array type {atype}"));
    }
    assert_rejected(&[0xb9, 0, 1, 0, 0], 0, "invokeinterface: the count operand must not be zero");
    assert_rejected(&[0xb9, 0, 1, 1, 1], 0, "invokeinterface: the fourth operand byte must be zero");
    assert_rejected(&[0xba, 0, 1, 0, 1], 0, "invokedynamic: the third and fourth operand bytes");
    assert_rejected(&[0xba, 0, 1, 1, 0], 0, "invokedynamic: the third and fourth operand bytes");
    assert_rejected(&[0xc5, 0, 1, 0], 0, "multianewarray: the dimensions operand must be at least 1");
}

#[test]
fn code_length_limits() {
    assert_rejected(&[], 0, "empty");
    assert_eq!(decode(&[]).count(), 0);
    let mut code = vec![0x00; MAX_CODE_LENGTH];
    assert_eq!(decode_all(&code).unwrap().len(), MAX_CODE_LENGTH);
    code.push(0xb1);
    assert_rejected(&code, 0, "code length 65536 exceeds the maximum of 65535");
}

#[test]
fn the_iterator_stops_after_an_error() {
    let code = [0x00, 0xcb, 0x00, 0x00];
    let results: Vec<_> = decode(&code).collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert_eq!(results[1].as_ref().unwrap_err().offset, 1);
    let mut iterator = decode(&code);
    iterator.by_ref().for_each(drop);
    assert!(iterator.next().is_none());
}
