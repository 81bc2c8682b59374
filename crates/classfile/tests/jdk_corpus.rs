//! The JDK is the corpus: every class of the installed JDK 17's `lib/modules`
//! must parse, pass the format checks and decode, and the decoded bytecode
//! must agree with the rest of the class (constant-pool kinds, exception
//! ranges and line numbers on instruction boundaries).

mod common;

use std::collections::BTreeSet;
use std::time::Instant;

use keel_classfile::bytecode::{decode_all, Instruction, Opcode};
use keel_classfile::constant_pool::Constant;
use keel_classfile::{ClassFile, ConstantPool};

/// JDK 17's image holds about 26,500 class files (module descriptors included).
const MIN_CLASSES: usize = 26_000;

#[derive(Default)]
struct Tally {
    classes: usize,
    module_infos: usize,
    methods: usize,
    instructions: usize,
    bytes: usize,
    failures: Vec<String>,
}

#[test]
fn every_jdk_class_parses_checks_and_decodes() {
    let image = common::image();
    let started = Instant::now();
    let entries = image.list_classes().expect("cannot list the JDK image's classes");
    let modules = image.modules().expect("cannot list the JDK image's modules");
    let mut tally = Tally::default();
    let mut modules_with_descriptor = BTreeSet::new();
    for entry in &entries {
        let module = entry.module.as_deref().expect("a jimage knows each class's module");
        let label = format!("{module}/{}", entry.name);
        // Read by module: module descriptors have no package to find them by.
        let bytes = match image.read_class_in(module, &entry.name) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                tally.failures.push(format!("{label}: listed but cannot be read"));
                continue;
            }
            Err(e) => {
                tally.failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        tally.classes += 1;
        tally.bytes += bytes.len();
        if entry.is_module_info() {
            tally.module_infos += 1;
            modules_with_descriptor.insert(module.to_owned());
        }
        if let Err(message) = check_class(&bytes, &entry.name, &mut tally) {
            tally.failures.push(format!("{label}: {message}"));
        }
    }
    println!(
        "{} classes ({} module descriptors, {} modules), {} methods, {} instructions, {:.1} MB in {:.2?}; {} failures",
        tally.classes,
        tally.module_infos,
        modules.len(),
        tally.methods,
        tally.instructions,
        tally.bytes as f64 / 1e6,
        started.elapsed(),
        tally.failures.len()
    );
    for failure in tally.failures.iter().take(30) {
        println!("  {failure}");
    }
    assert!(tally.failures.is_empty(), "{} JDK classes failed (first ones above)", tally.failures.len());
    assert!(
        tally.classes > MIN_CLASSES,
        "only {} classes in the JDK image, expected more than {MIN_CLASSES}",
        tally.classes
    );
    let missing: Vec<_> = modules.iter().filter(|m| !modules_with_descriptor.contains(*m)).collect();
    assert!(missing.is_empty(), "modules without a module-info: {missing:?}");
}

fn check_class(bytes: &[u8], name: &str, tally: &mut Tally) -> Result<(), String> {
    let class = ClassFile::parse(bytes).map_err(|e| e.to_string())?;
    let this = class.name().map_err(|e| e.to_string())?;
    if this != name {
        return Err(format!("the container calls it {name}, the class file {this}"));
    }
    if class.is_module_info() != (name == "module-info") {
        return Err("ACC_MODULE disagrees with the name".into());
    }
    let pool = &class.constant_pool;
    for method in &class.methods {
        tally.methods += 1;
        let Some(code) = method.code() else { continue };
        let label = || {
            let name = method.name(pool).unwrap_or_default();
            let descriptor = method.descriptor(pool).unwrap_or_default();
            format!("method {name}{descriptor}")
        };
        let instructions = decode_all(code.code).map_err(|e| format!("{}: {e}", label()))?;
        tally.instructions += instructions.len();
        check_code(pool, &instructions, code).map_err(|e| format!("{}: {e}", label()))?;
    }
    Ok(())
}

/// What the decoded instructions must agree with.
fn check_code(
    pool: &ConstantPool<'_>,
    instructions: &[Instruction],
    code: &keel_classfile::attributes::Code<'_>,
) -> Result<(), String> {
    let mut starts = BTreeSet::new();
    let mut next = 0;
    for instruction in instructions {
        if instruction.offset != next {
            return Err(format!("instruction at {} follows one that ends at {next}", instruction.offset));
        }
        next = instruction.end();
        starts.insert(instruction.offset);
        if let Some(index) = instruction.constant_pool_index() {
            let constant = pool
                .get(index)
                .map_err(|e| format!("{} at {}: {e}", instruction.mnemonic(), instruction.offset))?;
            if !operand_fits(instruction.opcode, constant) {
                return Err(format!(
                    "{} at {} refers to constant #{index}, a {}",
                    instruction.mnemonic(),
                    instruction.offset,
                    constant.kind_name()
                ));
            }
        }
    }
    if next as usize != code.code.len() {
        return Err(format!("instructions end at {next}, the code at {}", code.code.len()));
    }
    let length = code.code.len() as u32;
    for handler in &code.exception_table {
        let ends = [handler.start_pc as u32, handler.handler_pc as u32];
        let end_ok = handler.end_pc as u32 == length || starts.contains(&(handler.end_pc as u32));
        if !ends.iter().all(|pc| starts.contains(pc)) || !end_ok {
            return Err(format!("exception handler {handler:?} is not on instruction boundaries"));
        }
    }
    for line in code.line_numbers() {
        if !starts.contains(&(line.start_pc as u32)) {
            return Err(format!("line {} starts at {}, inside an instruction", line.line, line.start_pc));
        }
    }
    Ok(())
}

/// JVMS 4.9.1 / chapter 6: the kind of constant each instruction may name.
fn operand_fits(opcode: Opcode, constant: &Constant<'_>) -> bool {
    use Opcode::*;
    match opcode {
        Getfield | Putfield | Getstatic | Putstatic => matches!(constant, Constant::Fieldref { .. }),
        Invokevirtual => matches!(constant, Constant::Methodref { .. }),
        Invokespecial | Invokestatic => {
            matches!(constant, Constant::Methodref { .. } | Constant::InterfaceMethodref { .. })
        }
        Invokeinterface => matches!(constant, Constant::InterfaceMethodref { .. }),
        Invokedynamic => matches!(constant, Constant::InvokeDynamic { .. }),
        New | Anewarray | Checkcast | Instanceof | Multianewarray => {
            matches!(constant, Constant::Class { .. })
        }
        Ldc | LdcW => matches!(
            constant,
            Constant::Integer(_)
                | Constant::Float(_)
                | Constant::String { .. }
                | Constant::Class { .. }
                | Constant::MethodHandle { .. }
                | Constant::MethodType { .. }
                | Constant::Dynamic { .. }
        ),
        Ldc2W => matches!(constant, Constant::Long(_) | Constant::Double(_) | Constant::Dynamic { .. }),
        _ => false,
    }
}
