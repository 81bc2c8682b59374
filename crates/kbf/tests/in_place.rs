//! Reading code in place gives what decoding gives: every instruction of the
//! sample module, walked operand by operand with `InPlace`, lands on the
//! next instruction's offset, and its constants and numbers read the same.

mod sample;

use keel_kbf::in_place::{opcode, register_type, InPlace};
use keel_kbf::{write_module, Image};
use keel_kir::builder::FunctionBuilder;
use keel_kir::*;

#[test]
fn in_place_reads_agree_with_decoding() {
    let module = sample::module();
    let bytes = write_module(&module, "v");
    let image = Image::open(&bytes).unwrap();
    let mut instructions = 0;
    for number in 0..image.class_count() {
        let class = image.class(number).unwrap();
        let meta = class.metadata().unwrap();
        for code in meta.method_code.iter().flatten() {
            let view = image.function(*code).unwrap();
            let decoded = view.decode().unwrap();
            for (r, ty) in decoded.registers.iter().enumerate() {
                assert_eq!(register_type(view.register_type_codes()[r]), *ty);
            }
            for (index, inst) in decoded.code.iter().enumerate() {
                instructions += 1;
                let start = view.instruction_offset(index);
                let end = view.instruction_offset(index + 1);
                let mut r = InPlace::new(view.code_bytes(), start);
                assert_eq!(r.decode_from(start).as_ref(), Some(inst));
                assert_eq!(r.at, end, "decode_from moves past {inst:?}");
                let mut r = InPlace::new(view.code_bytes(), start);
                let op = r.u8();
                match inst {
                    Inst::Const { dst, value } => {
                        assert_eq!(op, opcode::CONST);
                        assert_eq!((r.reg(), r.constant()), (*dst, *value));
                        assert_eq!(r.at, end);
                    }
                    Inst::Binary { op: o, dst, a, b } => {
                        assert_eq!(op, opcode::BINARY);
                        assert_eq!((r.bin_op(), r.reg(), r.reg(), r.reg()), (*o, *dst, *a, *b));
                        assert_eq!(r.at, end);
                    }
                    Inst::Branch { cond, a, b, target } => {
                        assert_eq!(op, opcode::BRANCH);
                        assert_eq!((r.cond(), r.reg(), r.reg(), r.num()), (*cond, *a, *b, *target));
                        assert_eq!(r.at, end);
                    }
                    Inst::InvokeVirtual { dst, method, args } => {
                        assert_eq!(op, opcode::INVOKE_VIRTUAL);
                        assert_eq!((r.opt_reg(), r.num()), (*dst, *method));
                        let count = r.num() as usize;
                        let read: Vec<Reg> = (0..count).map(|_| r.reg()).collect();
                        assert_eq!(&read, args);
                        assert_eq!(r.at, end);
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(instructions > 20, "the sample has {instructions} instructions");
}

#[test]
fn numbers_and_constants_of_every_size_read_back() {
    let values: Vec<i64> = vec![
        0,
        1,
        -1,
        63,
        -64,
        64,
        -65,
        127,
        128,
        8191,
        -8192,
        1 << 20,
        i32::MAX as i64,
        i32::MIN as i64,
        i64::MAX,
        i64::MIN,
        0x1234_5678_9abc,
    ];
    let mut body = FunctionBuilder::new(None);
    for &v in &values {
        let r32 = body.new_reg(Type::I32);
        body.emit(Inst::Const { dst: r32, value: Const::I32(v as i32) });
        let r64 = body.new_reg(Type::I64);
        body.emit(Inst::Const { dst: r64, value: Const::I64(v) });
        let f = body.new_reg(Type::F64);
        body.emit(Inst::Const { dst: f, value: Const::F64(v as u64) });
    }
    body.emit(Inst::Return { value: None });
    let function = body.finish().unwrap();
    let mut module = sample::module();
    let method =
        module.classes.iter_mut().flat_map(|c| c.methods.iter_mut()).find(|m| m.body.is_some()).unwrap();
    method.body = Some(Box::new(function.clone()));
    let bytes = write_module(&module, "v");
    let image = Image::open(&bytes).unwrap();
    let mut found = false;
    for number in 0..image.class_count() {
        let meta = image.class(number).unwrap().metadata().unwrap();
        for code in meta.method_code.iter().flatten() {
            let view = image.function(*code).unwrap();
            if view.decode().unwrap() != function {
                continue;
            }
            found = true;
            let mut r = InPlace::new(view.code_bytes(), 0);
            for inst in &function.code {
                let op = r.u8();
                if let Inst::Const { dst, value } = inst {
                    assert_eq!(op, opcode::CONST);
                    assert_eq!((r.reg(), r.constant()), (*dst, *value));
                }
            }
        }
    }
    assert!(found);
}
