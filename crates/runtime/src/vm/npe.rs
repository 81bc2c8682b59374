//! Helpful `NullPointerException` messages (JEP 358), as HotSpot's
//! `ExceptionMessageBuilder` writes them: what failed ("Cannot invoke
//! \"String.length()\"") and, when it can be told, where the null came from
//! ("because \"`<local1>`\" is null").
//!
//! The message is made when `getMessage` asks for it (the exception's
//! `extendedMessageState` is 1), from the top frame of its backtrace: the
//! failing bytecode is found through the KIR position of the instruction
//! that raised the exception (positions keep bytecode offsets),
//! in the class file the method came from (the same one `ConstantPool`
//! reads). The source of the null is found by simulating the operand stack
//! through the basic block that holds the failing instruction, slot by
//! slot; a value that comes from before the block, or from an instruction
//! this simulation does not model, leaves the "because" part out.

use keel_classfile::bytecode::{decode_all, Instruction, Opcode, Operands};
use keel_classfile::constant_pool::ConstantPool;
use keel_classfile::ClassFile;

use super::Vm;
use crate::layout::ClassId;

/// Where a stack slot's value came from.
#[derive(Debug, Clone, PartialEq)]
enum Source {
    Unknown,
    Null,
    Int(i32),
    Local(u16),
    /// `getfield`: the object's source and the field's name.
    Field(Box<Source>, String),
    /// `getstatic`: class and field.
    Static(String, String),
    /// An invocation's result: the method as HotSpot prints it.
    Returned(String),
    /// `aaload`: the array's source and the index's.
    Element(Box<Source>, Box<Source>),
}

impl Vm {
    /// The helpful message of a `NullPointerException` whose backtrace's top
    /// frame is (`class`, `method`, instruction `pc`), if one can be made:
    /// `None` when that frame is not at a bytecode that fails on null, such
    /// as the `invokespecial` of the constructor of an explicitly made one
    /// (HotSpot's `NPE_EXPLICIT_CONSTRUCTED`).
    pub(crate) fn helpful_npe_message(&mut self, class: ClassId, method: u32, pc: u32) -> Option<String> {
        if self.class(class).name == "jdk/internal/reflect/NativeConstructorAccessorImpl" {
            return None;
        }
        let positions = self.positions(class, method)?;
        let bci = positions.iter().take_while(|p| p.instruction <= pc).last()?.source_offset;
        let bytes = self.class_file_bytes(class).ok()?;
        let rt = self.class(class).clone();
        let m = rt.methods().get(method as usize)?;
        let is_static = m.access_flags & super::ACC_STATIC != 0;
        let file = ClassFile::parse(&bytes).ok()?;
        let member = file.methods.iter().find(|member| {
            member.name(&file.constant_pool).is_ok_and(|n| n == m.name)
                && member.descriptor(&file.constant_pool).is_ok_and(|d| d == m.descriptor)
        })?;
        let code = member.code()?;
        let instructions = decode_all(code.code).ok()?;
        let at = instructions.iter().position(|i| i.offset == bci)?;
        let pool = &file.constant_pool;
        let (action, depth) = failed_action(&instructions[at], pool)?;
        let names = |slot: u16, offset: u32| -> Option<String> {
            code.local_variables()
                .find(|v| {
                    v.index == slot
                        && offset >= v.start_pc as u32
                        && offset < v.start_pc as u32 + v.length as u32 + 3
                })
                .and_then(|v| pool.text(v.name).ok().map(|n| n.into_owned()))
        };
        let handlers: Vec<u32> = code.exception_table.iter().map(|h| h.handler_pc as u32).collect();
        let source = source_of(&instructions, at, depth, pool, &handlers);
        let cause = describe(&source, is_static, &|slot| names(slot, bci));
        Some(match cause {
            Some(Cause::Quoted(text)) => format!("{action} because \"{text}\" is null"),
            Some(Cause::Returned(method)) => {
                format!("{action} because the return value of \"{method}\" is null")
            }
            None => action,
        })
    }
}

/// How HotSpot names a class in these messages: its binary name, with
/// `Object` and `String` of `java.lang` shortened.
fn external(internal: &str) -> String {
    match internal {
        "java/lang/Object" => "Object".into(),
        "java/lang/String" => "String".into(),
        other => other.replace('/', "."),
    }
}

/// A field descriptor's type as the messages print it.
fn type_name(descriptor: &str) -> Option<(String, &str)> {
    let (base, rest) = match descriptor.as_bytes().first()? {
        b'B' => ("byte".to_string(), &descriptor[1..]),
        b'C' => ("char".to_string(), &descriptor[1..]),
        b'D' => ("double".to_string(), &descriptor[1..]),
        b'F' => ("float".to_string(), &descriptor[1..]),
        b'I' => ("int".to_string(), &descriptor[1..]),
        b'J' => ("long".to_string(), &descriptor[1..]),
        b'S' => ("short".to_string(), &descriptor[1..]),
        b'Z' => ("boolean".to_string(), &descriptor[1..]),
        b'V' => ("void".to_string(), &descriptor[1..]),
        b'L' => {
            let end = descriptor.find(';')?;
            (external(&descriptor[1..end]), &descriptor[end + 1..])
        }
        b'[' => {
            let (inner, rest) = type_name(&descriptor[1..])?;
            (format!("{inner}[]"), rest)
        }
        _ => return None,
    };
    Some((base, rest))
}

/// `Class.method(int, String)`, as the messages print a method.
fn method_text(class: &str, name: &str, descriptor: &str) -> Option<String> {
    let mut params = Vec::new();
    let mut rest = descriptor.strip_prefix('(')?;
    while !rest.starts_with(')') {
        let (ty, next) = type_name(rest)?;
        params.push(ty);
        rest = next;
    }
    Some(format!("{}.{name}({})", external(class), params.join(", ")))
}

/// Stack slots a field or return descriptor takes.
fn slots(descriptor: &str) -> usize {
    match descriptor.as_bytes().first() {
        Some(b'J' | b'D') => 2,
        Some(b'V') | None => 0,
        _ => 1,
    }
}

/// Stack slots of a method descriptor's parameters.
fn parameter_slots(descriptor: &str) -> Option<usize> {
    let mut total = 0;
    let mut rest = descriptor.strip_prefix('(')?;
    while !rest.starts_with(')') {
        let (_, next) = type_name(rest)?;
        total += slots(&rest[..rest.len() - next.len()]);
        rest = next;
    }
    Some(total)
}

/// What failed, and how deep below the top of the stack the null slot is.
fn failed_action(inst: &Instruction, pool: &ConstantPool) -> Option<(String, usize)> {
    use Opcode::*;
    Some(match inst.opcode {
        Iaload => ("Cannot load from int array".into(), 1),
        Laload => ("Cannot load from long array".into(), 1),
        Faload => ("Cannot load from float array".into(), 1),
        Daload => ("Cannot load from double array".into(), 1),
        Aaload => ("Cannot load from object array".into(), 1),
        Baload => ("Cannot load from byte/boolean array".into(), 1),
        Caload => ("Cannot load from char array".into(), 1),
        Saload => ("Cannot load from short array".into(), 1),
        Iastore => ("Cannot store to int array".into(), 2),
        Lastore => ("Cannot store to long array".into(), 3),
        Fastore => ("Cannot store to float array".into(), 2),
        Dastore => ("Cannot store to double array".into(), 3),
        Aastore => ("Cannot store to object array".into(), 2),
        Bastore => ("Cannot store to byte/boolean array".into(), 2),
        Castore => ("Cannot store to char array".into(), 2),
        Sastore => ("Cannot store to short array".into(), 2),
        Arraylength => ("Cannot read the array length".into(), 0),
        Athrow => ("Cannot throw exception".into(), 0),
        Monitorenter => ("Cannot enter synchronized block".into(), 0),
        Monitorexit => ("Cannot exit synchronized block".into(), 0),
        Getfield | Putfield => {
            let Operands::ConstantPool(index) = inst.operands else { return None };
            let field = pool.member_ref(index).ok()?;
            if inst.opcode == Getfield {
                (format!("Cannot read field \"{}\"", field.name), 0)
            } else {
                (format!("Cannot assign field \"{}\"", field.name), slots(&field.descriptor))
            }
        }
        Invokevirtual | Invokespecial | Invokeinterface => {
            let index = match inst.operands {
                Operands::ConstantPool(index) | Operands::InvokeInterface { index, .. } => index,
                _ => return None,
            };
            let method = pool.member_ref(index).ok()?;
            if method.name == "<init>" {
                return None;
            }
            let text = method_text(&method.class, &method.name, &method.descriptor)?;
            (format!("Cannot invoke \"{text}\""), parameter_slots(&method.descriptor)?)
        }
        _ => return None,
    })
}

/// The source of the slot `depth` below the top of the stack just before
/// instruction `at`, simulated from the start of its basic block.
fn source_of(
    instructions: &[Instruction],
    at: usize,
    depth: usize,
    pool: &ConstantPool,
    handlers: &[u32],
) -> Source {
    let leaders = block_starts(instructions, handlers);
    let start = (0..=at).rev().find(|&i| leaders.contains(&instructions[i].offset)).unwrap_or(0);
    // Slots below what the block pushed are unknown; `None` marks them.
    let mut stack: Vec<Option<Source>> = Vec::new();
    for inst in &instructions[start..at] {
        if !simulate(inst, pool, &mut stack) {
            return Source::Unknown;
        }
    }
    match stack.len().checked_sub(depth + 1).and_then(|i| stack.get(i)) {
        Some(Some(source)) => source.clone(),
        _ => Source::Unknown,
    }
}

fn block_starts(instructions: &[Instruction], handlers: &[u32]) -> Vec<u32> {
    let mut starts: Vec<u32> = handlers.to_vec();
    for (i, inst) in instructions.iter().enumerate() {
        let targets: Vec<u32> = match &inst.operands {
            Operands::Branch(t) => vec![*t],
            Operands::TableSwitch(s) => s.targets.iter().copied().chain([s.default]).collect(),
            Operands::LookupSwitch(s) => s.cases.iter().map(|c| c.target).chain([s.default]).collect(),
            _ => continue,
        };
        starts.extend(targets);
        if let Some(next) = instructions.get(i + 1) {
            starts.push(next.offset);
        }
    }
    starts
}

/// Pops `n` slots (unknown below what the block pushed).
fn pop(stack: &mut Vec<Option<Source>>, n: usize) -> Vec<Option<Source>> {
    let keep = stack.len().saturating_sub(n);
    let mut popped: Vec<Option<Source>> = stack.split_off(keep);
    while popped.len() < n {
        popped.insert(0, None);
    }
    popped
}

fn push(stack: &mut Vec<Option<Source>>, source: Source, slots: usize) {
    if slots == 0 {
        return;
    }
    for _ in 1..slots {
        stack.push(Some(Source::Unknown));
    }
    stack.push(Some(source));
}

/// One instruction's effect on the simulated stack; false for an
/// instruction the simulation does not model.
fn simulate(inst: &Instruction, pool: &ConstantPool, stack: &mut Vec<Option<Source>>) -> bool {
    use Opcode::*;
    let u = Source::Unknown;
    match inst.opcode {
        Nop | Iinc | Goto | GotoW => {}
        AconstNull => push(stack, Source::Null, 1),
        IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 => {
            push(stack, Source::Int(inst.opcode as i32 - Iconst0 as i32), 1)
        }
        Bipush | Sipush => {
            let Operands::Immediate(v) = inst.operands else { return false };
            push(stack, Source::Int(v.into()), 1);
        }
        Fconst0 | Fconst1 | Fconst2 | Ldc | LdcW => push(stack, u, 1),
        Lconst0 | Lconst1 | Dconst0 | Dconst1 | Ldc2W => push(stack, u, 2),
        Iload | Fload | Aload | Iload0 | Iload1 | Iload2 | Iload3 | Fload0 | Fload1 | Fload2 | Fload3
        | Aload0 | Aload1 | Aload2 | Aload3 => {
            let slot = match inst.operands {
                Operands::Local(n) => n,
                _ => match inst.opcode {
                    Iload0 | Fload0 | Aload0 => 0,
                    Iload1 | Fload1 | Aload1 => 1,
                    Iload2 | Fload2 | Aload2 => 2,
                    _ => 3,
                },
            };
            push(stack, Source::Local(slot), 1);
        }
        Lload | Dload | Lload0 | Lload1 | Lload2 | Lload3 | Dload0 | Dload1 | Dload2 | Dload3 => {
            push(stack, u, 2)
        }
        Aaload => {
            let popped = pop(stack, 2);
            let array = popped[0].clone().unwrap_or(Source::Unknown);
            let index = popped[1].clone().unwrap_or(Source::Unknown);
            push(stack, Source::Element(Box::new(array), Box::new(index)), 1);
        }
        Iaload | Faload | Baload | Caload | Saload => {
            pop(stack, 2);
            push(stack, u, 1);
        }
        Laload | Daload => {
            pop(stack, 2);
            push(stack, u, 2);
        }
        Istore | Fstore | Astore | Istore0 | Istore1 | Istore2 | Istore3 | Fstore0 | Fstore1 | Fstore2
        | Fstore3 | Astore0 | Astore1 | Astore2 | Astore3 | Pop => {
            pop(stack, 1);
        }
        Lstore | Dstore | Lstore0 | Lstore1 | Lstore2 | Lstore3 | Dstore0 | Dstore1 | Dstore2 | Dstore3
        | Pop2 => {
            pop(stack, 2);
        }
        Iastore | Fastore | Aastore | Bastore | Castore | Sastore => {
            pop(stack, 3);
        }
        Lastore | Dastore => {
            pop(stack, 4);
        }
        Dup => {
            let top = pop(stack, 1);
            stack.extend(top.iter().cloned().chain(top.iter().cloned()));
        }
        DupX1 => {
            let v = pop(stack, 2);
            stack.extend([v[1].clone(), v[0].clone(), v[1].clone()]);
        }
        Dup2 => {
            let v = pop(stack, 2);
            stack.extend(v.iter().cloned().chain(v.iter().cloned()));
        }
        Swap => {
            let v = pop(stack, 2);
            stack.extend([v[1].clone(), v[0].clone()]);
        }
        Iadd | Isub | Imul | Idiv | Irem | Iand | Ior | Ixor | Ishl | Ishr | Iushr | Fadd | Fsub | Fmul
        | Fdiv | Frem | Fcmpl | Fcmpg => {
            pop(stack, 2);
            push(stack, u, 1);
        }
        Ladd | Lsub | Lmul | Ldiv | Lrem | Land | Lor | Lxor | Dadd | Dsub | Dmul | Ddiv | Drem => {
            pop(stack, 4);
            push(stack, u, 2);
        }
        Lshl | Lshr | Lushr => {
            pop(stack, 3);
            push(stack, u, 2);
        }
        Lcmp | Dcmpl | Dcmpg => {
            pop(stack, 4);
            push(stack, u, 1);
        }
        Ineg | Fneg | I2f | F2i | I2b | I2c | I2s => {
            pop(stack, 1);
            push(stack, u, 1);
        }
        Lneg | Dneg | L2d | D2l => {
            pop(stack, 2);
            push(stack, u, 2);
        }
        I2l | I2d | F2l | F2d => {
            pop(stack, 1);
            push(stack, u, 2);
        }
        L2i | L2f | D2i | D2f => {
            pop(stack, 2);
            push(stack, u, 1);
        }
        Getstatic | Putstatic | Getfield | Putfield => {
            let Operands::ConstantPool(index) = inst.operands else { return false };
            let Ok(field) = pool.member_ref(index) else { return false };
            let size = slots(&field.descriptor);
            match inst.opcode {
                Getstatic => {
                    push(stack, Source::Static(external(&field.class), field.name.into_owned()), size)
                }
                Putstatic => {
                    pop(stack, size);
                }
                Getfield => {
                    let object = pop(stack, 1).remove(0).unwrap_or(Source::Unknown);
                    push(stack, Source::Field(Box::new(object), field.name.into_owned()), size);
                }
                _ => {
                    pop(stack, size + 1);
                }
            }
        }
        Invokevirtual | Invokespecial | Invokestatic | Invokeinterface => {
            let index = match inst.operands {
                Operands::ConstantPool(index) | Operands::InvokeInterface { index, .. } => index,
                _ => return false,
            };
            let Ok(method) = pool.member_ref(index) else { return false };
            let Some(params) = parameter_slots(&method.descriptor) else { return false };
            let receiver = usize::from(inst.opcode != Invokestatic);
            pop(stack, params + receiver);
            let returns = method.descriptor.rsplit(')').next().unwrap_or("V");
            let size = slots(returns);
            if size > 0 {
                match method_text(&method.class, &method.name, &method.descriptor) {
                    Some(text) => push(stack, Source::Returned(text), size),
                    None => push(stack, u, size),
                }
            }
        }
        Invokedynamic => {
            let Operands::ConstantPool(index) = inst.operands else { return false };
            let Ok(keel_classfile::constant_pool::Constant::InvokeDynamic { name_and_type, .. }) =
                pool.get(index).copied()
            else {
                return false;
            };
            let Ok((_, descriptor)) = pool.name_and_type(name_and_type) else { return false };
            let Some(params) = parameter_slots(&descriptor) else { return false };
            pop(stack, params);
            push(stack, u, slots(descriptor.rsplit(')').next().unwrap_or("V")));
        }
        New => push(stack, u, 1),
        Newarray | Anewarray | Arraylength | Instanceof => {
            pop(stack, 1);
            push(stack, u, 1);
        }
        // A cast passes its operand through.
        Checkcast => {}
        _ => return false,
    }
    true
}

/// How the source of the null is written.
enum Cause {
    Quoted(String),
    Returned(String),
}

fn describe(source: &Source, is_static: bool, local_name: &dyn Fn(u16) -> Option<String>) -> Option<Cause> {
    match source {
        Source::Returned(method) => Some(Cause::Returned(method.clone())),
        other => quoted(other, is_static, local_name).map(Cause::Quoted),
    }
}

fn quoted(source: &Source, is_static: bool, local_name: &dyn Fn(u16) -> Option<String>) -> Option<String> {
    Some(match source {
        Source::Null => "null".into(),
        Source::Int(v) => v.to_string(),
        Source::Local(0) if !is_static => "this".into(),
        Source::Local(n) => local_name(*n).unwrap_or_else(|| format!("<local{n}>")),
        Source::Field(object, name) => format!("{}.{name}", quoted(object, is_static, local_name)?),
        Source::Static(class, name) => format!("{class}.{name}"),
        Source::Element(array, index) => {
            let index = quoted(index, is_static, local_name).unwrap_or_else(|| "...".into());
            format!("{}[{index}]", quoted(array, is_static, local_name)?)
        }
        Source::Returned(_) | Source::Unknown => return None,
    })
}
