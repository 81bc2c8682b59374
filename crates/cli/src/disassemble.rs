//! Prints a parsed class in the spirit of `javap -c -p` (and `-v` for the
//! constant pool): header, fields, methods and their bytecode, with
//! constant-pool references resolved into comments.

use std::fmt::Write;

use keel_classfile::access::{flag_names, modifier_keywords, FlagTarget};
use keel_classfile::attributes::AttributeInfo;
use keel_classfile::bytecode::{decode_all, Instruction, Operands};
use keel_classfile::constant_pool::Constant;
use keel_classfile::descriptor::{FieldType, MethodDescriptor};
use keel_classfile::{ClassFile, ConstantPool, Member};

pub fn class_to_string(class: &ClassFile<'_>, verbose: bool) -> String {
    let mut out = String::new();
    header(&mut out, class);
    if verbose {
        constant_pool(&mut out, &class.constant_pool);
    }
    declaration(&mut out, class);
    for field in &class.fields {
        member(&mut out, class, field, FlagTarget::Field);
    }
    for method in &class.methods {
        member(&mut out, class, method, FlagTarget::Method);
    }
    out.push_str("}\n");
    out
}

fn header(out: &mut String, class: &ClassFile<'_>) {
    let name = class.name().unwrap_or_default();
    let _ = writeln!(out, "Classfile {name}");
    if let Some(source) = class.source_file() {
        let _ = writeln!(out, "  Compiled from \"{source}\"");
    }
    let _ = writeln!(out, "  minor version: {}", class.minor_version);
    let _ = writeln!(out, "  major version: {}", class.major_version);
    let _ = writeln!(out, "  flags: {}", flags(class.access_flags, FlagTarget::Class));
    let _ = writeln!(out, "  this_class: #{:<26} // {name}", class.this_class);
    let super_name = class.super_name().ok().flatten().unwrap_or_default();
    let _ = writeln!(out, "  super_class: #{:<25} // {super_name}", class.super_class);
    let _ = writeln!(
        out,
        "  interfaces: {}, fields: {}, methods: {}, attributes: {}",
        class.interfaces.len(),
        class.fields.len(),
        class.methods.len(),
        class.attributes.len()
    );
    if let Some(signature) = class.signature() {
        let _ = writeln!(out, "  Signature: {signature}");
    }
}

fn flags(flags: u16, target: FlagTarget) -> String {
    format!("(0x{flags:04x}) {}", flag_names(flags, target).join(", "))
}

fn constant_pool(out: &mut String, pool: &ConstantPool<'_>) {
    out.push_str("Constant pool:\n");
    for (index, entry) in pool.entries().iter().enumerate() {
        if matches!(entry, Constant::Unusable) {
            continue;
        }
        let left = format!("#{index} = {}", entry.kind_name());
        let value = constant_operands(entry);
        let comment = constant_comment(pool, index as u16);
        if comment.is_empty() || matches!(entry, Constant::Utf8(_)) {
            let _ = writeln!(out, "  {left:>24} {value}");
        } else {
            let _ = writeln!(out, "  {left:>24} {value:<14} // {comment}");
        }
    }
}

fn constant_operands(entry: &Constant<'_>) -> String {
    match *entry {
        Constant::Utf8(text) => text.to_str().into_owned(),
        Constant::Integer(v) => v.to_string(),
        Constant::Float(v) => format!("{}f", java_float(v as f64)),
        Constant::Long(v) => format!("{v}l"),
        Constant::Double(v) => format!("{}d", java_float(v)),
        Constant::Class { name } | Constant::Module { name } | Constant::Package { name } => {
            format!("#{name}")
        }
        Constant::String { utf8 } => format!("#{utf8}"),
        Constant::MethodType { descriptor } => format!("#{descriptor}"),
        Constant::Fieldref { class, name_and_type }
        | Constant::Methodref { class, name_and_type }
        | Constant::InterfaceMethodref { class, name_and_type } => format!("#{class}.#{name_and_type}"),
        Constant::NameAndType { name, descriptor } => format!("#{name}:#{descriptor}"),
        Constant::MethodHandle { kind, reference } => format!("{}:#{reference}", kind as u8),
        Constant::Dynamic { bootstrap, name_and_type }
        | Constant::InvokeDynamic { bootstrap, name_and_type } => {
            format!("#{bootstrap}:#{name_and_type}")
        }
        Constant::Unusable => String::new(),
    }
}

/// A float or double the way Java's `toString` starts to (enough for a
/// listing: integral values keep a `.0`).
fn java_float(v: f64) -> String {
    if v.is_finite() && v == v.trunc() && v.abs() < 1e7 {
        format!("{v:.1}")
    } else if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        }
    } else {
        format!("{v}")
    }
}

/// The resolved meaning of a constant, as `javap` writes it after `//`.
fn constant_comment(pool: &ConstantPool<'_>, index: u16) -> String {
    let Ok(entry) = pool.get(index) else {
        return format!("<invalid #{index}>");
    };
    let quoted_name =
        |name: &str| if name.starts_with('<') { format!("\"{name}\"") } else { name.to_string() };
    match *entry {
        Constant::Class { .. } => pool.class_name(index).map(|n| quoted_class(&n)).unwrap_or_default(),
        Constant::String { .. } => pool.string(index).map(|s| s.to_str().into_owned()).unwrap_or_default(),
        Constant::Fieldref { .. } | Constant::Methodref { .. } | Constant::InterfaceMethodref { .. } => {
            match pool.member_ref(index) {
                Ok(r) => format!("{}.{}:{}", quoted_class(&r.class), quoted_name(&r.name), r.descriptor),
                Err(_) => String::new(),
            }
        }
        Constant::NameAndType { name, descriptor } => format!(
            "{}:{}",
            quoted_name(&pool.text(name).unwrap_or_default()),
            pool.text(descriptor).unwrap_or_default()
        ),
        Constant::MethodHandle { kind, reference } => {
            format!("{} {}", kind.javap_name(), constant_comment(pool, reference))
        }
        Constant::MethodType { descriptor } => pool.text(descriptor).unwrap_or_default().into_owned(),
        Constant::Dynamic { bootstrap, name_and_type }
        | Constant::InvokeDynamic { bootstrap, name_and_type } => {
            format!("#{bootstrap}:{}", constant_comment(pool, name_and_type))
        }
        Constant::Module { .. } | Constant::Package { .. } => {
            pool.module_or_package_name(index).unwrap_or_default().into_owned()
        }
        Constant::Integer(v) => v.to_string(),
        Constant::Float(v) => format!("{}f", java_float(v as f64)),
        Constant::Long(v) => format!("{v}l"),
        Constant::Double(v) => format!("{}d", java_float(v)),
        Constant::Utf8(_) | Constant::Unusable => String::new(),
    }
}

/// `javap` quotes array class names: `"[I"`.
fn quoted_class(name: &str) -> String {
    if name.starts_with('[') {
        format!("\"{name}\"")
    } else {
        name.to_string()
    }
}

/// What an instruction's constant operand is, as `javap -c` comments it.
fn operand_comment(pool: &ConstantPool<'_>, index: u16) -> String {
    let Ok(entry) = pool.get(index) else {
        return format!("<invalid #{index}>");
    };
    let what = match entry {
        Constant::Fieldref { .. } => "Field",
        Constant::Methodref { .. } => "Method",
        Constant::InterfaceMethodref { .. } => "InterfaceMethod",
        Constant::Class { .. } => "class",
        Constant::String { .. } => "String",
        Constant::Integer(_) => "int",
        Constant::Float(_) => "float",
        Constant::Long(_) => "long",
        Constant::Double(_) => "double",
        Constant::MethodHandle { .. } => "MethodHandle",
        Constant::MethodType { .. } => "MethodType",
        Constant::Dynamic { .. } => "Dynamic",
        Constant::InvokeDynamic { .. } => "InvokeDynamic",
        _ => entry.kind_name(),
    };
    // Numbers keep javap's type suffix (`1.5f`, `100l`). javap leaves out the
    // class of a member of the class being printed; Keel always names it,
    // which is clearer in a listing of many classes.
    format!("{what} {}", constant_comment(pool, index))
}

fn declaration(out: &mut String, class: &ClassFile<'_>) {
    let name = class.name().unwrap_or_default().replace('/', ".");
    let mut words: Vec<String> =
        modifier_keywords(class.access_flags, FlagTarget::Class).into_iter().map(String::from).collect();
    if class.is_module_info() {
        words.push(format!("module {name}"));
    } else if class.is_interface() {
        words.push(format!("interface {name}"));
    } else {
        words.push(format!("class {name}"));
        if let Ok(Some(super_name)) = class.super_name() {
            words.push(format!("extends {}", super_name.replace('/', ".")));
        }
    }
    let interfaces: Vec<String> =
        class.interface_names().unwrap_or_default().iter().map(|n| n.replace('/', ".")).collect();
    if !interfaces.is_empty() {
        let keyword = if class.is_interface() { "extends" } else { "implements" };
        words.push(format!("{keyword} {}", interfaces.join(",")));
    }
    let _ = writeln!(out, "{} {{", words.join(" "));
}

fn member(out: &mut String, class: &ClassFile<'_>, member: &Member<'_>, target: FlagTarget) {
    let pool = &class.constant_pool;
    let name = member.name(pool).unwrap_or_default();
    let descriptor = member.descriptor(pool).unwrap_or_default();
    let modifiers = modifier_keywords(member.access_flags, target).join(" ");
    let signature = match target {
        FlagTarget::Method => method_declaration(class, &name, &descriptor),
        _ => field_declaration(&name, &descriptor),
    };
    let space = if modifiers.is_empty() { "" } else { " " };
    let _ = writeln!(out, "  {modifiers}{space}{signature};");
    let _ = writeln!(out, "    descriptor: {descriptor}");
    let _ = writeln!(out, "    flags: {}", flags(member.access_flags, target));
    if let Some(index) = member.constant_value() {
        let _ = writeln!(out, "    ConstantValue: {}", operand_comment(pool, index));
    }
    if let Some(code) = member.code() {
        code_listing(out, pool, code, member);
    }
    let exceptions = member.exceptions();
    if !exceptions.is_empty() {
        out.push_str("    Exceptions:\n      throws ");
        let names: Vec<String> =
            exceptions.iter().map(|&i| pool.class_name(i).unwrap_or_default().replace('/', ".")).collect();
        let _ = writeln!(out, "{}", names.join(", "));
    }
    if let Some(signature) = member.signature(pool) {
        let _ = writeln!(out, "    Signature: {signature}");
    }
    out.push('\n');
}

fn field_declaration(name: &str, descriptor: &str) -> String {
    match FieldType::parse(descriptor) {
        Ok(ty) => format!("{} {name}", ty.java_name()),
        Err(_) => name.to_string(),
    }
}

fn method_declaration(class: &ClassFile<'_>, name: &str, descriptor: &str) -> String {
    let Ok(method) = MethodDescriptor::parse(descriptor) else {
        return name.to_string();
    };
    let params: Vec<String> = method.parameters.iter().map(FieldType::java_name).collect();
    let params = params.join(", ");
    match name {
        "<clinit>" => "static {}".to_string(),
        "<init>" => format!("{}({params})", class.name().unwrap_or_default().replace('/', ".")),
        _ => {
            let ret = method.return_type.as_ref().map_or("void".to_string(), FieldType::java_name);
            format!("{ret} {name}({params})")
        }
    }
}

fn code_listing(
    out: &mut String,
    pool: &ConstantPool<'_>,
    code: &keel_classfile::attributes::Code<'_>,
    method: &Member<'_>,
) {
    let args = MethodDescriptor::parse(&method.descriptor(pool).unwrap_or_default())
        .map(|d| d.parameter_slots() + usize::from(!method.has_flag(keel_classfile::access::STATIC)))
        .unwrap_or(0);
    out.push_str("    Code:\n");
    let _ = writeln!(out, "      stack={}, locals={}, args_size={args}", code.max_stack, code.max_locals);
    match decode_all(code.code) {
        Ok(instructions) => {
            for instruction in &instructions {
                instruction_line(out, pool, instruction);
            }
        }
        Err(e) => {
            let _ = writeln!(out, "      <cannot decode: {e}>");
        }
    }
    if !code.exception_table.is_empty() {
        out.push_str("      Exception table:\n         from    to  target type\n");
        for h in &code.exception_table {
            let kind = match pool.optional_class_name(h.catch_type) {
                Ok(Some(name)) => format!("Class {name}"),
                _ => "any".to_string(),
            };
            let _ = writeln!(out, "         {:5} {:5} {:5}   {kind}", h.start_pc, h.end_pc, h.handler_pc);
        }
    }
    for attribute in &code.attributes {
        if let AttributeInfo::LineNumberTable(lines) = &attribute.info {
            out.push_str("      LineNumberTable:\n");
            for line in lines {
                let _ = writeln!(out, "        line {}: {}", line.line, line.start_pc);
            }
        }
    }
}

fn instruction_line(out: &mut String, pool: &ConstantPool<'_>, instruction: &Instruction) {
    let mnemonic = instruction.mnemonic();
    let head = format!("{:>10}: {mnemonic}", instruction.offset);
    let line = match &instruction.operands {
        Operands::None => head,
        Operands::Local(index) => format!("{head:<23}{index}"),
        Operands::Iinc { index, delta } => format!("{head:<23}{index}, {delta}"),
        Operands::Immediate(value) => format!("{head:<23}{value}"),
        Operands::Branch(target) => format!("{head:<23}{target}"),
        Operands::NewArray(ty) => format!("{head:<23}{}", ty.name()),
        Operands::ConstantPool(index) => {
            format!("{:<42}// {}", format!("{head:<23}#{index}"), operand_comment(pool, *index))
        }
        Operands::InvokeInterface { index, count } => {
            format!("{:<42}// {}", format!("{head:<23}#{index},  {count}"), operand_comment(pool, *index))
        }
        Operands::MultiANewArray { index, dimensions } => {
            format!(
                "{:<42}// {}",
                format!("{head:<23}#{index},  {dimensions}"),
                operand_comment(pool, *index)
            )
        }
        Operands::TableSwitch(table) => {
            let mut text = format!("{head:<23}{{ // {} to {}\n", table.low, table.high);
            for (key, target) in (table.low..=table.high).zip(&table.targets) {
                let _ = writeln!(text, "{key:>24}: {target}");
            }
            let _ = write!(text, "{:>24}: {}\n{:>7}}}", "default", table.default, "");
            text
        }
        Operands::LookupSwitch(switch) => {
            let mut text = format!("{head:<23}{{ // {}\n", switch.cases.len());
            for case in &switch.cases {
                let _ = writeln!(text, "{:>24}: {}", case.key, case.target);
            }
            let _ = write!(text, "{:>24}: {}\n{:>7}}}", "default", switch.default, "");
            text
        }
    };
    let _ = writeln!(out, "{line}");
}
