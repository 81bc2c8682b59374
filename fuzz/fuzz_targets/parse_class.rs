//! Feeds arbitrary bytes to the class-file parser and the bytecode decoder.
//! Any input may be rejected; none may panic, hang or allocate without bound.
#![no_main]

use keel_classfile::bytecode::decode_all;
use keel_classfile::ClassFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The structural parse alone reaches code that the full checks would
    // stop early (e.g. attributes of classes with bad names).
    let structure = ClassFile::parse_structure(data);
    let Ok(class) = ClassFile::parse(data) else {
        if let Ok(class) = structure {
            exercise(&class);
        }
        return;
    };
    exercise(&class);
});

/// Walks what a consumer of a parsed class would: names, members, code.
fn exercise(class: &ClassFile<'_>) {
    let pool = &class.constant_pool;
    let _ = class.name();
    let _ = class.super_name();
    let _ = class.interface_names();
    let _ = class.signature();
    let _ = class.source_file();
    for index in 0..pool.len() {
        let index = index as u16;
        let _ = pool.class_name(index);
        let _ = pool.member_ref(index);
        let _ = pool.string(index).map(|s| s.to_utf16());
        let _ = pool.text(index);
    }
    for member in class.fields.iter().chain(&class.methods) {
        let _ = member.name(pool);
        let _ = member.descriptor(pool);
        let _ = member.signature(pool);
        if let Some(code) = member.code() {
            if let Ok(instructions) = decode_all(code.code) {
                for instruction in &instructions {
                    let _ = instruction.mnemonic();
                    let _ = instruction.branch_targets().count();
                    if let Some(index) = instruction.constant_pool_index() {
                        let _ = pool.get(index);
                    }
                }
            }
        }
    }
}
