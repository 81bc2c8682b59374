//! A readable text listing of functions and classes, one instruction a line:
//!
//! ```text
//!   12: r5:ref = invokevirtual #3 java/lang/StringBuilder.append(I)Ljava/lang/StringBuilder; (r4, r2)
//! ```
//!
//! Registers written are shown with their type; imports with their index and
//! resolved name. Printing never fails: out-of-range registers and imports
//! are shown as `?`, so a broken function can be printed to see what is wrong.

use std::fmt::Write;

use crate::inst::*;
use crate::module::*;
use crate::types::*;

/// A whole class: header, imports, fields, then methods with their code.
pub fn print_class(class: &Class) -> String {
    let mut out = String::new();
    print_class_header(&mut out, class);
    print_imports(&mut out, &class.imports);
    for field in &class.fields {
        print_field(&mut out, field);
    }
    for method in &class.methods {
        print_method(&mut out, method, &class.imports);
    }
    out
}

/// A function's code, handlers and positions, resolving imports in `imports`.
pub fn print_function(function: &Function, imports: &[Import]) -> String {
    let mut out = String::new();
    write_function(&mut out, function, imports);
    out
}

/// One instruction (no index, no newline).
pub fn print_inst(inst: &Inst, function: &Function, imports: &[Import]) -> String {
    Printer { function, imports }.inst(inst)
}

/// An import as text, e.g. `java/lang/String.length()I`; `?` if out of range.
pub fn describe_import(imports: &[Import], index: ImportIndex) -> String {
    let class_name = |class: ImportIndex| match imports.get(class as usize) {
        Some(Import::Class { name }) => name.to_string(),
        _ => format!("#{class}?"),
    };
    match imports.get(index as usize) {
        None => "?".to_owned(),
        Some(Import::Class { name }) => name.to_string(),
        Some(Import::Field { class, name, descriptor }) => {
            format!("{}.{name}:{descriptor}", class_name(*class))
        }
        Some(Import::Method { class, name, descriptor, interface }) => {
            let marker = if *interface { " (interface)" } else { "" };
            format!("{}.{name}{descriptor}{marker}", class_name(*class))
        }
        Some(Import::String { utf16 }) => format!("{:?}", String::from_utf16_lossy(utf16)),
        Some(Import::MethodType { descriptor }) => format!("methodtype {descriptor}"),
        Some(Import::MethodHandle { kind, member }) => {
            format!("methodhandle kind {kind} {}", describe_import(imports, *member))
        }
        Some(Import::Error { class, message }) => format!("error {} {message:?}", class_name(*class)),
    }
}

fn print_class_header(out: &mut String, class: &Class) {
    let _ = write!(out, "class {} flags 0x{:04x}", class.name, class.access_flags);
    if let Some(super_class) = &class.super_class {
        let _ = write!(out, " extends {super_class}");
    }
    if !class.interfaces.is_empty() {
        let _ = write!(out, " implements {}", class.interfaces.join(", "));
    }
    let _ = writeln!(out, "  // version {}.{}", class.source_version.0, class.source_version.1);
    let optional = [
        ("source file", &class.source_file),
        ("signature", &class.signature),
        ("nest host", &class.nest_host),
    ];
    for (what, value) in optional {
        if let Some(value) = value {
            let _ = writeln!(out, "  {what}: {value}");
        }
    }
    for (what, list) in [("nest members", &class.nest_members), ("permitted", &class.permitted_subclasses)] {
        if !list.is_empty() {
            let _ = writeln!(out, "  {what}: {}", list.join(", "));
        }
    }
    print_class_attributes(out, class);
}

fn print_class_attributes(out: &mut String, class: &Class) {
    if let Some((outer, method)) = &class.enclosing_method {
        let method = method.as_ref().map(|(name, desc)| format!(".{name}{desc}")).unwrap_or_default();
        let _ = writeln!(out, "  enclosing method: {outer}{method}");
    }
    for inner in &class.inner_classes {
        let _ = writeln!(
            out,
            "  inner class {} outer {} name {} flags 0x{:04x}",
            inner.inner,
            inner.outer.as_deref().unwrap_or("-"),
            inner.simple_name.as_deref().unwrap_or("-"),
            inner.access_flags
        );
    }
    for component in class.record_components.iter().flatten() {
        let _ = writeln!(out, "  record component {} {}", component.name, component.descriptor);
    }
    if let Some(annotations) = &class.annotations {
        let _ = writeln!(out, "  annotations: {} bytes", annotations.len());
    }
}

fn print_imports(out: &mut String, imports: &[Import]) {
    for index in 0..imports.len() as ImportIndex {
        let _ = writeln!(out, "  import #{index} = {}", describe_import(imports, index));
    }
}

fn print_field(out: &mut String, field: &Field) {
    let _ = write!(out, "  field {} {} flags 0x{:04x}", field.name, field.descriptor, field.access_flags);
    match &field.constant {
        Some(FieldConstant::Value(value)) => {
            let _ = write!(out, " = {}", const_text(*value));
        }
        Some(FieldConstant::String(utf16)) => {
            let _ = write!(out, " = {:?}", String::from_utf16_lossy(utf16));
        }
        None => {}
    }
    out.push('\n');
}

fn print_method(out: &mut String, method: &Method, imports: &[Import]) {
    let _ = write!(out, "  method {}{} flags 0x{:04x}", method.name, method.descriptor, method.access_flags);
    let exceptions = &method.reflection().exceptions;
    if !exceptions.is_empty() {
        let _ = write!(out, " throws {}", exceptions.join(", "));
    }
    out.push('\n');
    if let Some(body) = &method.body {
        write_function(out, body, imports);
    }
}

fn write_function(out: &mut String, function: &Function, imports: &[Import]) {
    let printer = Printer { function, imports };
    let params: Vec<String> = function.params.iter().map(|&r| printer.typed(r)).collect();
    let returns = function.returns.map_or("void", Type::name);
    let _ = writeln!(out, "    ({}) -> {returns}, {} registers", params.join(", "), function.registers.len());
    for (index, inst) in function.code.iter().enumerate() {
        let _ = writeln!(out, "    {index:4}: {}", printer.inst(inst));
    }
    for handler in &function.handlers {
        let catch =
            handler.catch_class.map_or("any".to_owned(), |c| format!("#{c} {}", describe_import(imports, c)));
        let _ = writeln!(
            out,
            "    handler {}..{} -> {} catch {catch} into {}",
            handler.start,
            handler.end,
            handler.target,
            printer.typed(handler.exception)
        );
    }
    for position in &function.positions {
        let _ = writeln!(
            out,
            "    position {}: offset {} line {}",
            position.instruction, position.source_offset, position.line
        );
    }
}

fn const_text(value: Const) -> String {
    match value {
        Const::I32(v) => format!("{v}"),
        Const::I64(v) => format!("{v}L"),
        Const::F32(bits) => format!("{:?}f (0x{bits:08x})", f32::from_bits(bits)),
        Const::F64(bits) => format!("{:?} (0x{bits:016x})", f64::from_bits(bits)),
        Const::Null => "null".to_owned(),
    }
}

/// Lower-case Debug names of the small enums (`Add` → `add`).
fn lower(value: impl std::fmt::Debug) -> String {
    format!("{value:?}").to_lowercase()
}

struct Printer<'a> {
    function: &'a Function,
    imports: &'a [Import],
}

impl Printer<'_> {
    /// A written register: `r5:ref`.
    fn typed(&self, reg: Reg) -> String {
        match self.function.registers.get(reg.0 as usize) {
            Some(ty) => format!("{reg}:{ty}"),
            None => format!("{reg}:?"),
        }
    }

    fn import(&self, index: ImportIndex) -> String {
        format!("#{index} {}", describe_import(self.imports, index))
    }

    fn regs(regs: &[Reg]) -> String {
        let names: Vec<String> = regs.iter().map(Reg::to_string).collect();
        format!("({})", names.join(", "))
    }

    /// `r1:i32 = ` for a written register, nothing for none.
    fn assign(&self, dst: Option<Reg>) -> String {
        dst.map(|d| format!("{} = ", self.typed(d))).unwrap_or_default()
    }

    fn inst(&self, inst: &Inst) -> String {
        let d = |reg: Reg| self.typed(reg);
        match inst {
            Inst::Const { dst, value } => format!("{} = const {}", d(*dst), const_text(*value)),
            Inst::Move { dst, src } => format!("{} = move {src}", d(*dst)),
            Inst::Binary { op, dst, a, b } => format!("{} = {} {a}, {b}", d(*dst), lower(op)),
            Inst::Unary { op, dst, src } => format!("{} = {} {src}", d(*dst), lower(op)),
            Inst::Convert { op, dst, src } => format!("{} = convert.{} {src}", d(*dst), lower(op)),
            Inst::Compare { cond, dst, a, b } => format!("{} = compare.{} {a}, {b}", d(*dst), lower(cond)),
            Inst::Compare3 { kind, dst, a, b } => format!("{} = compare3.{} {a}, {b}", d(*dst), lower(kind)),
            Inst::Jump { target } => format!("jump {target}"),
            Inst::Branch { cond, a, b, target } => format!("branch.{} {a}, {b} -> {target}", lower(cond)),
            Inst::BranchZero { cond, a, target } => format!("branchzero.{} {a} -> {target}", lower(cond)),
            Inst::TableSwitch { key, low, targets, default } => {
                let cases: Vec<String> = targets
                    .iter()
                    .enumerate()
                    .map(|(i, t)| format!("{}: {t}", *low as i64 + i as i64))
                    .collect();
                format!("tableswitch {key} [{}] default {default}", cases.join(", "))
            }
            Inst::LookupSwitch { key, cases, default } => {
                let cases: Vec<String> = cases.iter().map(|(k, t)| format!("{k}: {t}")).collect();
                format!("lookupswitch {key} [{}] default {default}", cases.join(", "))
            }
            Inst::Return { value: Some(value) } => format!("return {value}"),
            Inst::Return { value: None } => "return".to_owned(),
            Inst::Call { dst, function, args } => self.call("call", *dst, *function, args),
            _ => self.memory_or_object(inst),
        }
    }

    fn call(&self, name: &str, dst: Option<Reg>, method: ImportIndex, args: &[Reg]) -> String {
        format!("{}{name} {} {}", self.assign(dst), self.import(method), Self::regs(args))
    }

    fn memory_or_object(&self, inst: &Inst) -> String {
        let d = |reg: Reg| self.typed(reg);
        match inst {
            Inst::Load { kind, dst, addr, offset } => {
                format!("{} = load.{} [{addr} + {offset}]", d(*dst), lower(kind))
            }
            Inst::Store { kind, addr, offset, value } => {
                format!("store.{} [{addr} + {offset}], {value}", lower(kind))
            }
            Inst::AtomicRmw { op, kind, dst, addr, value } => {
                format!("{} = atomic.{}.{} [{addr}], {value}", d(*dst), lower(op), lower(kind))
            }
            Inst::CompareExchange { kind, dst, addr, expected, new } => {
                format!("{} = cmpxchg.{} [{addr}], {expected}, {new}", d(*dst), lower(kind))
            }
            Inst::Fence { kind } => format!("fence.{}", lower(kind)),
            Inst::New { dst, class } => format!("{} = new {}", d(*dst), self.import(*class)),
            Inst::NewArray { dst, class, length } => {
                format!("{} = newarray {} [{length}]", d(*dst), self.import(*class))
            }
            Inst::NewMultiArray { dst, class, lengths } => {
                format!("{} = newmultiarray {} {}", d(*dst), self.import(*class), Self::regs(lengths))
            }
            Inst::GetField { dst, object, field } => {
                format!("{} = getfield {object}.{}", d(*dst), self.import(*field))
            }
            Inst::PutField { object, field, value } => {
                format!("putfield {object}.{} = {value}", self.import(*field))
            }
            Inst::GetStatic { dst, field } => format!("{} = getstatic {}", d(*dst), self.import(*field)),
            Inst::PutStatic { field, value } => format!("putstatic {} = {value}", self.import(*field)),
            Inst::ArrayLoad { kind, dst, array, index } => {
                format!("{} = arrayload.{} {array}[{index}]", d(*dst), lower(kind))
            }
            Inst::ArrayStore { kind, array, index, value } => {
                format!("arraystore.{} {array}[{index}] = {value}", lower(kind))
            }
            Inst::ArrayLength { dst, array } => format!("{} = arraylength {array}", d(*dst)),
            Inst::InvokeStatic { dst, method, args } => self.call("invokestatic", *dst, *method, args),
            Inst::InvokeSpecial { dst, method, args } => self.call("invokespecial", *dst, *method, args),
            Inst::InvokeVirtual { dst, method, args } => self.call("invokevirtual", *dst, *method, args),
            Inst::InvokeInterface { dst, method, args } => self.call("invokeinterface", *dst, *method, args),
            _ => self.types_and_exceptions(inst),
        }
    }

    fn types_and_exceptions(&self, inst: &Inst) -> String {
        let d = |reg: Reg| self.typed(reg);
        match inst {
            Inst::InstanceOf { dst, object, class } => {
                format!("{} = instanceof {object}, {}", d(*dst), self.import(*class))
            }
            Inst::CheckCast { object, class } => format!("checkcast {object}, {}", self.import(*class)),
            Inst::NullCheck { object } => format!("nullcheck {object}"),
            Inst::LoadString { dst, string } => format!("{} = loadstring {}", d(*dst), self.import(*string)),
            Inst::LoadClass { dst, class } => format!("{} = loadclass {}", d(*dst), self.import(*class)),
            Inst::LoadConstant { dst, constant } => {
                format!("{} = loadconstant {}", d(*dst), self.import(*constant))
            }
            Inst::Concat { dst, parts } => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|part| match part {
                        ConcatPart::Value(reg, kind) => format!("{reg}:{}", lower(kind)),
                        ConcatPart::Text(string) => self.import(*string),
                    })
                    .collect();
                format!("{} = concat ({})", d(*dst), parts.join(", "))
            }
            Inst::MonitorEnter { object } => format!("monitorenter {object}"),
            Inst::MonitorExit { object } => format!("monitorexit {object}"),
            Inst::Throw { exception } => format!("throw {exception}"),
            Inst::Raise { error } => format!("raise {}", self.import(*error)),
            other => unreachable!("printed by an earlier match: {other:?}"),
        }
    }
}
