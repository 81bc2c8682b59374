//! Compares what Keel parses with what the JDK's own `javap -v -p -c` prints,
//! for a handful of non-trivial JDK classes and for classes javac compiles
//! from the sample programs: the constant pool entry by entry, the class
//! header, every member's flags and descriptor, every method's limits,
//! instructions, exception table and line numbers, and the class attributes
//! that javap spells out (BootstrapMethods, InnerClasses, NestHost,
//! NestMembers, PermittedSubclasses, Record, Module, ModulePackages).

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::Command;

use keel_classfile::access;
use keel_classfile::attributes::{AttributeInfo, Code};
use keel_classfile::bytecode::{decode_all, Instruction, Operands};
use keel_classfile::constant_pool::Constant;
use keel_classfile::descriptor::MethodDescriptor;
use keel_classfile::{ClassFile, ConstantPool, Member};

/// The lists of a Module attribute whose lengths javap prints.
const MODULE_COUNTS: [&str; 5] = ["requires", "exports", "opens", "uses", "provides"];

/// JDK classes chosen for what they exercise.
const JDK_CLASSES: &[(&str, &str)] = &[
    // Large: 1,400 constants, lambdas, string switch, many attributes.
    ("java.base", "java/lang/String"),
    ("java.base", "java/util/HashMap"),
    // Nested class with lookupswitch, NestHost, many InnerClasses.
    ("java.base", "java/lang/invoke/MethodHandles$Lookup"),
    ("java.base", "java/lang/Record"),
    // A record: Record attribute, ObjectMethods bootstrap.
    ("jdk.net", "jdk/net/UnixDomainPrincipal"),
    ("java.base", "java/lang/Thread"),
    // tableswitch and lookupswitch.
    ("java.base", "java/util/regex/Pattern"),
    ("java.base", "java/lang/Character"),
    // Sealed: PermittedSubclasses.
    ("java.base", "java/lang/constant/ConstantDesc"),
    // Annotation-heavy (@PolymorphicSignature, @IntrinsicCandidate, ...).
    ("java.base", "java/lang/invoke/VarHandle"),
    ("java.base", "java/lang/annotation/Retention"),
    // An enum.
    ("java.base", "java/util/concurrent/TimeUnit"),
    // Module descriptors: Module, ModulePackages, Module and Package constants.
    ("java.base", "module-info"),
    ("java.sql", "module-info"),
];

#[test]
fn jdk_classes_match_javap() {
    let classes: Vec<(String, Vec<u8>)> = JDK_CLASSES
        .iter()
        .map(|&(module, name)| (format!("{module}/{name}"), common::jdk_class_in(module, name)))
        .collect();
    compare_with_javap(&classes);
}

#[test]
fn compiled_samples_match_javap() {
    let classes = common::compile_samples();
    assert!(classes.len() >= 15, "expected the samples to compile to many classes, got {}", classes.len());
    compare_with_javap(&classes);
}

/// Runs javap once over all `classes` and compares each one; fails listing
/// every mismatch found.
fn compare_with_javap(classes: &[(String, Vec<u8>)]) {
    let dir = common::ScratchDir::new("javap");
    let mut command = Command::new(common::jdk_tool("javap"));
    // Non-ASCII text comes out as UTF-8 whatever the locale.
    command.args(["-J-Dfile.encoding=UTF-8", "-v", "-p", "-c"]);
    for (i, (_, bytes)) in classes.iter().enumerate() {
        let path = dir.path().join(format!("c{i}.class"));
        std::fs::write(&path, bytes).unwrap();
        command.arg(path);
    }
    let output = common::run(&mut command);
    let sections = split_classes(&output);
    assert_eq!(
        sections.len(),
        classes.len(),
        "javap printed {} classes for {} files",
        sections.len(),
        classes.len()
    );

    let mut report = String::new();
    let mut compared = 0;
    for ((label, bytes), text) in classes.iter().zip(&sections) {
        let class = ClassFile::parse(bytes).unwrap_or_else(|e| panic!("{label}: {e}"));
        let javap =
            JavapClass::parse(text).unwrap_or_else(|e| panic!("{label}: cannot read javap's output: {e}"));
        let mut diff = Diff::default();
        compare_class(&class, bytes.len(), &javap, &mut diff);
        compared += diff.checks;
        if !diff.mismatches.is_empty() {
            let _ = writeln!(report, "{label}: {} mismatch(es) with javap:", diff.mismatches.len());
            for m in diff.mismatches.iter().take(40) {
                let _ = writeln!(report, "  {m}");
            }
        }
    }
    println!("{} classes, {compared} facts compared with javap", classes.len());
    assert!(report.is_empty(), "\n{report}");
}

/// javap's output for several files: one section per `Classfile` line.
fn split_classes(output: &str) -> Vec<String> {
    let mut sections: Vec<String> = Vec::new();
    for line in output.lines() {
        if line.starts_with("Classfile ") {
            sections.push(String::new());
        }
        if let Some(section) = sections.last_mut() {
            section.push_str(line);
            section.push('\n');
        }
    }
    sections
}

// ----- what javap printed -----

#[derive(Debug, Default)]
struct JavapClass {
    size: usize,
    minor: u16,
    major: u16,
    flags: u16,
    this_class: u16,
    super_class: u16,
    /// interfaces, fields, methods, attributes.
    counts: [usize; 4],
    constants: BTreeMap<u16, CpLine>,
    members: Vec<JavapMember>,
    /// Names of the class attributes, in order.
    attributes: Vec<String>,
    bootstrap: Vec<JavapBootstrap>,
    inner_classes: Option<usize>,
    nest_host: Option<String>,
    nest_members: Option<Vec<String>>,
    permitted: Option<Vec<String>>,
    /// Record components' descriptors.
    record: Option<Vec<String>>,
    /// `requires`, `exports`, `opens`, `uses`, `provides` counts.
    module: Option<BTreeMap<String, usize>>,
    module_packages: Option<usize>,
}

/// `  0: #66 REF_invokeStatic ...` and its `Method arguments:`.
#[derive(Debug)]
struct JavapBootstrap {
    index: u16,
    handle: u16,
    arguments: Vec<u16>,
    /// What javap prints after the handle's index.
    text: String,
}

#[derive(Debug)]
struct CpLine {
    kind: String,
    value: String,
    comment: Option<String>,
}

#[derive(Debug, Default)]
struct JavapMember {
    header: String,
    descriptor: String,
    flags: Option<u16>,
    constant_value: Option<String>,
    code: Option<JavapCode>,
}

#[derive(Debug, Default)]
struct JavapCode {
    stack: u16,
    locals: u16,
    args_size: usize,
    instructions: Vec<JavapInstruction>,
    /// from, to, target, type.
    exceptions: Vec<(u16, u16, u16, String)>,
    /// (line, start_pc).
    lines: Vec<(u16, u16)>,
}

#[derive(Debug)]
struct JavapInstruction {
    offset: u32,
    mnemonic: String,
    operand: String,
    comment: Option<String>,
    /// Switch cases: key (or `default`) and target.
    cases: Vec<(String, u32)>,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Splits `value // comment` (the comment kept exactly, minus one space).
fn split_comment(text: &str) -> (String, Option<String>) {
    match text.find("//") {
        Some(at) => {
            let comment = &text[at + 2..];
            let comment = comment.strip_prefix(' ').unwrap_or(comment);
            (text[..at].trim().to_owned(), Some(comment.to_owned()))
        }
        None => (text.trim().to_owned(), None),
    }
}

fn number<T: std::str::FromStr>(text: &str, what: &str) -> Result<T, String> {
    text.trim().parse().map_err(|_| format!("bad {what}: {text:?}"))
}

/// `(0x0421) ACC_PUBLIC, ...` -> 0x0421.
fn hex_flags(text: &str) -> Result<u16, String> {
    let inner =
        text.trim().strip_prefix("(0x").and_then(|t| t.get(..4)).ok_or(format!("bad flags {text:?}"))?;
    u16::from_str_radix(inner, 16).map_err(|_| format!("bad flags {text:?}"))
}

/// `#12` -> 12.
fn cp_index(text: &str) -> Result<u16, String> {
    let text = text.trim();
    let digits = text.strip_prefix('#').ok_or(format!("expected #index, found {text:?}"))?;
    let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    number(&digits[..end], "constant index")
}

impl JavapClass {
    fn parse(text: &str) -> Result<JavapClass, String> {
        let lines: Vec<&str> = text.lines().collect();
        let mut class = JavapClass::default();
        let mut i = 0;
        // The header, up to the constant pool.
        while i < lines.len() && lines[i] != "Constant pool:" {
            let line = lines[i].trim();
            if let Some(rest) = line.strip_prefix("Last modified ") {
                let size = rest.rsplit_once("size ").ok_or("no size")?.1.trim_end_matches(" bytes");
                class.size = number(size, "size")?;
            } else if let Some(rest) = line.strip_prefix("minor version: ") {
                class.minor = number(rest, "minor version")?;
            } else if let Some(rest) = line.strip_prefix("major version: ") {
                class.major = number(rest, "major version")?;
            } else if let Some(rest) = line.strip_prefix("flags: ") {
                class.flags = hex_flags(rest)?;
            } else if let Some(rest) = line.strip_prefix("this_class: ") {
                class.this_class = cp_index(rest)?;
            } else if let Some(rest) = line.strip_prefix("super_class: ") {
                class.super_class = cp_index(rest)?;
            } else if line.starts_with("interfaces: ") {
                for (slot, part) in line.split(", ").enumerate().take(4) {
                    let value = part.rsplit_once(": ").ok_or("bad counts line")?.1;
                    class.counts[slot] = number(value, "count")?;
                }
            }
            i += 1;
        }
        i += 1;
        // The constant pool, up to the members' opening brace.
        while i < lines.len() && lines[i] != "{" {
            let line = lines[i];
            let (index, rest) =
                line.trim_start().split_once(" = ").ok_or(format!("bad constant line {line:?}"))?;
            let index = cp_index(index)?;
            let kind_end = rest.find(' ').unwrap_or(rest.len());
            let kind = rest[..kind_end].to_owned();
            let entry = if kind == "Utf8" {
                // `%-18s ` then the text, which may itself hold `//` or spaces.
                CpLine { kind, value: rest.get(19..).unwrap_or("").to_owned(), comment: None }
            } else {
                let (value, comment) = split_comment(&rest[kind_end..]);
                CpLine { kind, value, comment }
            };
            class.constants.insert(index, entry);
            i += 1;
        }
        i += 1;
        // Fields and methods, up to the closing brace.
        let mut member: Option<JavapMember> = None;
        while i < lines.len() && lines[i] != "}" {
            let line = lines[i];
            let indent = indent_of(line);
            if line.trim().is_empty() {
                i += 1;
                continue;
            }
            if indent == 2 {
                class.members.extend(member.take());
                member = Some(JavapMember { header: line.trim().to_owned(), ..Default::default() });
                i += 1;
                continue;
            }
            let m = member.as_mut().ok_or(format!("member detail before any member: {line:?}"))?;
            let text = line.trim();
            if indent == 4 {
                if let Some(rest) = text.strip_prefix("descriptor: ") {
                    m.descriptor = rest.to_owned();
                } else if let Some(rest) = text.strip_prefix("flags: ") {
                    m.flags = Some(hex_flags(rest)?);
                } else if let Some(rest) = text.strip_prefix("ConstantValue: ") {
                    m.constant_value = Some(rest.to_owned());
                } else if text == "Code:" {
                    let (code, next) = parse_code(&lines, i + 1)?;
                    m.code = Some(code);
                    i = next;
                    continue;
                }
            }
            i += 1;
        }
        class.members.extend(member.take());
        i += 1;
        // Class attributes: each starts at column 0.
        while i < lines.len() {
            let line = lines[i];
            let name = line.split(':').next().unwrap_or("").to_owned();
            let starts_attribute = |j: usize| indent_of(lines[j]) == 0 && !lines[j].is_empty();
            let body_end = (i + 1..lines.len()).find(|&j| starts_attribute(j)).unwrap_or(lines.len());
            let body = &lines[i + 1..body_end];
            match name.as_str() {
                "InnerClasses" => class.inner_classes = Some(body.iter().filter(|l| !l.is_empty()).count()),
                "NestHost" => class.nest_host = Some(line["NestHost: ".len()..].trim().to_owned()),
                "NestMembers" => {
                    class.nest_members = Some(body.iter().map(|l| l.trim().to_owned()).collect())
                }
                "PermittedSubclasses" => {
                    class.permitted = Some(body.iter().map(|l| l.trim().to_owned()).collect())
                }
                "Record" => {
                    let descriptors = body.iter().filter_map(|l| l.trim().strip_prefix("descriptor: "));
                    class.record = Some(descriptors.map(str::to_owned).collect());
                }
                "BootstrapMethods" => class.bootstrap = parse_bootstrap(body)?,
                "Module" => {
                    let mut counts = BTreeMap::new();
                    for l in body {
                        let (value, comment) = split_comment(l);
                        let what = comment.unwrap_or_default();
                        let what = what.trim();
                        if let (Ok(n), true) = (value.parse::<usize>(), MODULE_COUNTS.contains(&what)) {
                            counts.insert(what.to_owned(), n);
                        }
                    }
                    class.module = Some(counts);
                }
                "ModulePackages" => class.module_packages = Some(body.len()),
                _ => {}
            }
            class.attributes.push(name);
            i = body_end;
        }
        Ok(class)
    }
}

/// A method's `Code:` section starting at `lines[start]`; returns it and the
/// index of the first line after it.
fn parse_code(lines: &[&str], start: usize) -> Result<(JavapCode, usize), String> {
    let mut code = JavapCode::default();
    let mut i = start;
    let limits = lines.get(i).ok_or("no stack= line")?.trim();
    for part in limits.split(", ") {
        let (key, value) = part.split_once('=').ok_or(format!("bad limits {limits:?}"))?;
        match key {
            "stack" => code.stack = number(value, "stack")?,
            "locals" => code.locals = number(value, "locals")?,
            "args_size" => code.args_size = number(value, "args_size")?,
            _ => return Err(format!("bad limits {limits:?}")),
        }
    }
    i += 1;
    // Instructions: `%4d: %-13s operands // comment`, until a code attribute.
    // (`%4d` overflows for offsets of 1000 and more, so go by the digits.)
    while i < lines.len() && lines[i].trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        let line = lines[i].trim();
        let (offset, rest) = line.split_once(": ").ok_or(format!("bad instruction {line:?}"))?;
        let (mnemonic, operands) = rest.split_once(' ').unwrap_or((rest, ""));
        let (operand, comment) = split_comment(operands);
        let mut instruction = JavapInstruction {
            offset: number(offset, "instruction offset")?,
            mnemonic: mnemonic.to_owned(),
            operand,
            comment,
            cases: Vec::new(),
        };
        i += 1;
        if instruction.mnemonic.ends_with("switch") {
            while i < lines.len() && lines[i].trim() != "}" {
                let (key, target) =
                    lines[i].trim().split_once(": ").ok_or(format!("bad case {:?}", lines[i]))?;
                instruction.cases.push((key.to_owned(), number(target, "switch target")?));
                i += 1;
            }
            i += 1;
        }
        code.instructions.push(instruction);
    }
    // Code attributes at indent 6, their bodies deeper, until the member's
    // next attribute (indent 4) or the next member.
    while i < lines.len() && indent_of(lines[i]) >= 6 && !lines[i].trim().is_empty() {
        let header = lines[i].trim();
        i += 1;
        let body_start = i;
        while i < lines.len() && indent_of(lines[i]) > 6 {
            i += 1;
        }
        let body = &lines[body_start..i];
        match header {
            "Exception table:" => {
                for row in body.iter().skip(1) {
                    let parts: Vec<&str> = row.split_whitespace().collect();
                    let [from, to, target, ..] = parts[..] else {
                        return Err(format!("bad handler {row:?}"));
                    };
                    let kind = parts[3..].join(" ");
                    code.exceptions.push((
                        number(from, "from")?,
                        number(to, "to")?,
                        number(target, "target")?,
                        kind,
                    ));
                }
            }
            "LineNumberTable:" => {
                for row in body {
                    let rest = row.trim().strip_prefix("line ").ok_or(format!("bad line number {row:?}"))?;
                    let (line, pc) = rest.split_once(": ").ok_or(format!("bad line number {row:?}"))?;
                    code.lines.push((number(line, "line")?, number(pc, "pc")?));
                }
            }
            _ => {}
        }
    }
    Ok((code, i))
}

/// `  0: #66 REF_invokeStatic ...` / `    Method arguments:` / `      #73 ()V`.
fn parse_bootstrap(body: &[&str]) -> Result<Vec<JavapBootstrap>, String> {
    let mut methods: Vec<JavapBootstrap> = Vec::new();
    for line in body {
        let text = line.trim();
        if indent_of(line) == 2 {
            let (index, rest) = text.split_once(": ").ok_or(format!("bad bootstrap method {text:?}"))?;
            let (handle, description) = rest.split_once(' ').unwrap_or((rest, ""));
            methods.push(JavapBootstrap {
                index: number(index, "bootstrap index")?,
                handle: cp_index(handle)?,
                arguments: Vec::new(),
                text: description.to_owned(),
            });
        } else if text.starts_with('#') {
            let last = methods.last_mut().ok_or("bootstrap argument before any method")?;
            last.arguments.push(cp_index(text)?);
        }
    }
    Ok(methods)
}

// ----- what javap would print for what Keel parsed -----

/// javap's escaping of constant text (`ConstantWriter.visitUtf8`). Lone
/// surrogates cannot be encoded, so Java prints `?` for them.
fn javap_escape(units: &[u16]) -> String {
    let mut out = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok('\t') => out.push_str("\\t"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('"') => out.push_str("\\\""),
            Ok('\'') => out.push_str("\\'"),
            Ok('\\') => out.push_str("\\\\"),
            Ok(c) if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            Ok(c) => out.push(c),
            Err(_) => out.push('?'),
        }
    }
    out
}

/// javap's `checkName`: names that are not Java identifiers (separated by
/// `/`) are quoted.
fn javap_name(name: &str) -> String {
    let mut previous = '/';
    let plain = !name.is_empty()
        && name.chars().all(|c| {
            let start = c.is_alphabetic() || c == '$' || c == '_';
            let part = start || c.is_alphanumeric();
            let ok = (start || previous != '/') && (part || c == '/');
            previous = c;
            ok
        });
    if plain {
        name.to_owned()
    } else {
        let escaped =
            name.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\t', "\\t");
        format!("\"{escaped}\"")
    }
}

/// What javap prints for a constant: its value and its comment.
struct Renderer<'p, 'a> {
    pool: &'p ConstantPool<'a>,
    this_class: u16,
}

/// A number javap prints with Java's formatting, compared by value.
enum Expected {
    Text(String),
    Float(f32, &'static str),
    Double(f64, &'static str),
}

impl Expected {
    /// javap strips trailing spaces from its lines, so text that ends a line
    /// is compared without them.
    fn matches(&self, actual: &str) -> bool {
        match self {
            Expected::Text(text) => text.trim_end_matches(' ') == actual,
            Expected::Float(v, prefix) => actual
                .strip_prefix(prefix)
                .and_then(|t| t.strip_suffix('f'))
                .and_then(|t| t.parse::<f32>().ok())
                .is_some_and(|p| p.to_bits() == v.to_bits() || (p.is_nan() && v.is_nan())),
            Expected::Double(v, prefix) => actual
                .strip_prefix(prefix)
                .and_then(|t| t.strip_suffix('d'))
                .and_then(|t| t.parse::<f64>().ok())
                .is_some_and(|p| p.to_bits() == v.to_bits() || (p.is_nan() && v.is_nan())),
        }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expected::Text(text) => write!(f, "{text:?}"),
            Expected::Float(v, prefix) => write!(f, "\"{prefix}{v:?}f\""),
            Expected::Double(v, prefix) => write!(f, "\"{prefix}{v:?}d\""),
        }
    }
}

impl Renderer<'_, '_> {
    fn utf8(&self, index: u16) -> String {
        match self.pool.utf8(index) {
            Ok(text) => javap_escape(&text.to_utf16()),
            Err(e) => format!("<{e}>"),
        }
    }

    fn name(&self, index: u16) -> String {
        match self.pool.text(index) {
            Ok(text) => javap_name(&text),
            Err(e) => format!("<{e}>"),
        }
    }

    /// `stringValue` in javap's ConstantWriter.
    fn string_value(&self, index: u16) -> String {
        let Ok(constant) = self.pool.get(index) else { return format!("<bad index #{index}>") };
        match *constant {
            Constant::Utf8(_) => self.utf8(index),
            Constant::Integer(v) => v.to_string(),
            Constant::Long(v) => format!("{v}l"),
            Constant::Float(v) => format!("{v:?}f"),
            Constant::Double(v) => format!("{v:?}d"),
            Constant::Class { name } | Constant::Module { name } | Constant::Package { name } => {
                self.name(name)
            }
            Constant::String { utf8 } => self.utf8(utf8),
            Constant::Fieldref { class, name_and_type }
            | Constant::Methodref { class, name_and_type }
            | Constant::InterfaceMethodref { class, name_and_type } => {
                format!("{}.{}", self.string_value(class), self.string_value(name_and_type))
            }
            Constant::NameAndType { name, descriptor } => {
                format!("{}:{}", self.name(name), self.utf8(descriptor))
            }
            Constant::MethodHandle { kind, reference } => {
                format!("{} {}", kind.javap_name(), self.string_value(reference))
            }
            Constant::MethodType { descriptor } => format!(" {}", self.utf8(descriptor)),
            Constant::Dynamic { bootstrap, name_and_type }
            | Constant::InvokeDynamic { bootstrap, name_and_type } => {
                format!("#{bootstrap}:{}", self.string_value(name_and_type))
            }
            Constant::Unusable => "<unusable>".into(),
        }
    }

    /// A constant-pool line: `(kind, value, comment)`.
    fn pool_line(&self, index: u16) -> (String, Expected, Option<Expected>) {
        let constant = self.pool.get(index).expect("a usable entry");
        let text = |s: String| Expected::Text(s);
        let (value, comment) = match *constant {
            Constant::Utf8(_) => (text(self.utf8(index)), None),
            Constant::Integer(v) => (text(v.to_string()), None),
            Constant::Long(v) => (text(format!("{v}l")), None),
            Constant::Float(v) => (Expected::Float(v, ""), None),
            Constant::Double(v) => (Expected::Double(v, ""), None),
            Constant::Class { name }
            | Constant::String { utf8: name }
            | Constant::MethodType { descriptor: name }
            | Constant::Module { name }
            | Constant::Package { name } => (text(format!("#{name}")), Some(text(self.string_value(index)))),
            Constant::Fieldref { class: a, name_and_type: b }
            | Constant::Methodref { class: a, name_and_type: b }
            | Constant::InterfaceMethodref { class: a, name_and_type: b } => {
                (text(format!("#{a}.#{b}")), Some(text(self.string_value(index))))
            }
            Constant::NameAndType { name: a, descriptor: b }
            | Constant::Dynamic { bootstrap: a, name_and_type: b }
            | Constant::InvokeDynamic { bootstrap: a, name_and_type: b } => {
                (text(format!("#{a}:#{b}")), Some(text(self.string_value(index))))
            }
            Constant::MethodHandle { kind, reference } => {
                (text(format!("{}:#{reference}", kind as u8)), Some(text(self.string_value(index))))
            }
            Constant::Unusable => unreachable!(),
        };
        (constant.kind_name().to_owned(), value, comment)
    }

    /// What javap's `ConstantWriter.write` prints for an instruction operand
    /// or a ConstantValue: a tag word, then the value, with references into
    /// this class shortened to name and type.
    fn operand_comment(&self, index: u16) -> Expected {
        let Ok(constant) = self.pool.get(index) else {
            return Expected::Text(format!("<bad index #{index}>"));
        };
        let tag = match constant {
            Constant::Integer(_) => "int",
            Constant::Float(v) => return Expected::Float(*v, "float "),
            Constant::Double(v) => return Expected::Double(*v, "double "),
            Constant::Long(_) => "long",
            Constant::Class { .. } => "class",
            Constant::String { .. } => "String",
            Constant::Fieldref { .. } => "Field",
            Constant::Methodref { .. } => "Method",
            Constant::InterfaceMethodref { .. } => "InterfaceMethod",
            other => other.kind_name(),
        };
        let value = match *constant {
            Constant::Fieldref { class, name_and_type }
            | Constant::Methodref { class, name_and_type }
            | Constant::InterfaceMethodref { class, name_and_type }
                if class == self.this_class =>
            {
                self.string_value(name_and_type)
            }
            _ => self.string_value(index),
        };
        Expected::Text(format!("{tag} {value}"))
    }
}

// ----- the comparison -----

#[derive(Default)]
struct Diff {
    checks: usize,
    mismatches: Vec<String>,
}

impl Diff {
    fn eq<T: PartialEq + std::fmt::Debug>(&mut self, what: impl FnOnce() -> String, keel: T, javap: T) {
        self.checks += 1;
        if keel != javap {
            self.mismatches.push(format!("{}: keel {keel:?}, javap {javap:?}", what()));
        }
    }

    fn expect(&mut self, what: impl FnOnce() -> String, keel: &Expected, javap: &str) {
        self.checks += 1;
        if !keel.matches(javap) {
            self.mismatches.push(format!("{}: keel {keel}, javap {javap:?}", what()));
        }
    }

    fn fail(&mut self, message: String) {
        self.checks += 1;
        self.mismatches.push(message);
    }
}

fn compare_class(class: &ClassFile<'_>, size: usize, javap: &JavapClass, diff: &mut Diff) {
    let pool = &class.constant_pool;
    let render = Renderer { pool, this_class: class.this_class };
    diff.eq(|| "size".into(), size, javap.size);
    diff.eq(|| "minor version".into(), class.minor_version, javap.minor);
    diff.eq(|| "major version".into(), class.major_version, javap.major);
    diff.eq(|| "class flags".into(), class.access_flags, javap.flags);
    diff.eq(|| "this_class".into(), class.this_class, javap.this_class);
    diff.eq(|| "super_class".into(), class.super_class, javap.super_class);
    let counts = [class.interfaces.len(), class.fields.len(), class.methods.len(), class.attributes.len()];
    diff.eq(|| "interfaces, fields, methods, attributes".into(), counts, javap.counts);

    compare_constant_pool(&render, javap, diff);

    let members: Vec<(&str, &Member<'_>)> = class
        .fields
        .iter()
        .map(|f| ("field", f))
        .chain(class.methods.iter().map(|m| ("method", m)))
        .collect();
    diff.eq(|| "member count".into(), members.len(), javap.members.len());
    for ((what, member), jm) in members.iter().zip(&javap.members) {
        let name = member.name(pool).unwrap_or_default();
        let descriptor = member.descriptor(pool).unwrap_or_default();
        let label =
            format!("{what} {name}{}{descriptor} ({})", if *what == "field" { " " } else { "" }, jm.header);
        diff.eq(|| format!("{label}: descriptor"), descriptor.to_string(), jm.descriptor.clone());
        diff.eq(|| format!("{label}: flags"), Some(member.access_flags), jm.flags);
        if let Some(index) = member.constant_value() {
            match &jm.constant_value {
                Some(text) => {
                    diff.expect(|| format!("{label}: ConstantValue"), &render.operand_comment(index), text)
                }
                None => diff.fail(format!("{label}: keel has a ConstantValue, javap none")),
            }
        }
        match (member.code(), &jm.code) {
            (Some(code), Some(jc)) => compare_code(&render, member, code, jc, &label, diff),
            (None, None) => {}
            (keel, _) => diff.fail(format!(
                "{label}: Code present in keel: {}, in javap: {}",
                keel.is_some(),
                keel.is_none()
            )),
        }
    }

    let names: Vec<String> =
        class.attributes.iter().map(|a| pool.text(a.name_index).unwrap_or_default().into_owned()).collect();
    diff.eq(|| "class attributes".into(), names, javap.attributes.clone());
    compare_class_attributes(class, &render, javap, diff);
}

fn compare_constant_pool(render: &Renderer<'_, '_>, javap: &JavapClass, diff: &mut Diff) {
    let pool = render.pool;
    let usable: Vec<u16> = (1..pool.len() as u16).filter(|&i| pool.get(i).is_ok()).collect();
    let listed: Vec<u16> = javap.constants.keys().copied().collect();
    diff.eq(|| "constant-pool indexes".into(), &usable, &listed);
    for &index in &usable {
        let Some(line) = javap.constants.get(&index) else { continue };
        let (kind, value, comment) = render.pool_line(index);
        diff.eq(|| format!("constant #{index}: kind"), kind.as_str(), line.kind.as_str());
        diff.expect(|| format!("constant #{index} ({kind}): value"), &value, &line.value);
        match (&comment, &line.comment) {
            (Some(expected), Some(actual)) => {
                diff.expect(|| format!("constant #{index} ({kind}): comment"), expected, actual)
            }
            (None, None) => {}
            _ => diff.fail(format!(
                "constant #{index} ({kind}): comment keel {:?}, javap {:?}",
                comment.is_some(),
                line.comment
            )),
        }
    }
}

fn compare_code(
    render: &Renderer<'_, '_>,
    method: &Member<'_>,
    code: &Code<'_>,
    jc: &JavapCode,
    label: &str,
    diff: &mut Diff,
) {
    diff.eq(|| format!("{label}: max_stack"), code.max_stack, jc.stack);
    diff.eq(|| format!("{label}: max_locals"), code.max_locals, jc.locals);
    let descriptor = method.descriptor(render.pool).unwrap_or_default();
    // javap counts parameters, not the slots they take.
    let args = MethodDescriptor::parse(&descriptor)
        .map(|d| d.parameters.len() + usize::from(!method.has_flag(access::STATIC)))
        .ok();
    diff.eq(|| format!("{label}: args_size"), args, Some(jc.args_size));

    let instructions = match decode_all(code.code) {
        Ok(instructions) => instructions,
        Err(e) => return diff.fail(format!("{label}: cannot decode: {e}")),
    };
    diff.eq(|| format!("{label}: instruction count"), instructions.len(), jc.instructions.len());
    for (instruction, ji) in instructions.iter().zip(&jc.instructions) {
        compare_instruction(render, instruction, ji, label, diff);
    }

    let handlers: Vec<(u16, u16, u16, String)> = code
        .exception_table
        .iter()
        .map(|h| {
            let kind = match render.pool.optional_class_name(h.catch_type) {
                Ok(Some(name)) => format!("Class {}", javap_name(&name)),
                Ok(None) => "any".to_owned(),
                Err(e) => format!("<{e}>"),
            };
            (h.start_pc, h.end_pc, h.handler_pc, kind)
        })
        .collect();
    diff.eq(|| format!("{label}: exception table"), handlers, jc.exceptions.clone());
    let lines: Vec<(u16, u16)> = code.line_numbers().map(|l| (l.line, l.start_pc)).collect();
    diff.eq(|| format!("{label}: LineNumberTable"), lines, jc.lines.clone());
}

fn compare_instruction(
    render: &Renderer<'_, '_>,
    instruction: &Instruction,
    ji: &JavapInstruction,
    label: &str,
    diff: &mut Diff,
) {
    let at = instruction.offset;
    diff.eq(|| format!("{label}: instruction offset"), at, ji.offset);
    diff.eq(|| format!("{label}: mnemonic at {at}"), instruction.mnemonic(), ji.mnemonic.as_str());
    let (operand, cases) = match &instruction.operands {
        Operands::None => (String::new(), Vec::new()),
        Operands::Local(index) => (index.to_string(), Vec::new()),
        Operands::Iinc { index, delta } => (format!("{index}, {delta}"), Vec::new()),
        Operands::Immediate(value) => (value.to_string(), Vec::new()),
        Operands::ConstantPool(index) if instruction.mnemonic() == "invokedynamic" => {
            (format!("#{index},  0"), Vec::new())
        }
        Operands::ConstantPool(index) => (format!("#{index}"), Vec::new()),
        Operands::Branch(target) => (target.to_string(), Vec::new()),
        Operands::NewArray(kind) => (kind.name().to_owned(), Vec::new()),
        Operands::InvokeInterface { index, count } => (format!("#{index},  {count}"), Vec::new()),
        Operands::MultiANewArray { index, dimensions } => (format!("#{index},  {dimensions}"), Vec::new()),
        Operands::TableSwitch(switch) => {
            let mut cases: Vec<(String, u32)> = switch
                .targets
                .iter()
                .enumerate()
                .map(|(i, &t)| ((switch.low + i as i32).to_string(), t))
                .collect();
            cases.push(("default".into(), switch.default));
            ("{".to_owned(), cases)
        }
        Operands::LookupSwitch(switch) => {
            let mut cases: Vec<(String, u32)> =
                switch.cases.iter().map(|c| (c.key.to_string(), c.target)).collect();
            cases.push(("default".into(), switch.default));
            ("{".to_owned(), cases)
        }
    };
    diff.eq(|| format!("{label}: operand of {} at {at}", ji.mnemonic), operand, ji.operand.clone());
    diff.eq(|| format!("{label}: cases of {} at {at}", ji.mnemonic), cases, ji.cases.clone());
    match (&instruction.operands, &ji.comment) {
        (Operands::TableSwitch(s), Some(comment)) => diff.eq(
            || format!("{label}: tableswitch range at {at}"),
            format!("{} to {}", s.low, s.high),
            comment.clone(),
        ),
        (Operands::LookupSwitch(s), Some(comment)) => diff.eq(
            || format!("{label}: lookupswitch count at {at}"),
            s.cases.len().to_string(),
            comment.clone(),
        ),
        (_, Some(comment)) => match instruction.constant_pool_index() {
            Some(index) => diff.expect(
                || format!("{label}: constant of {} at {at}", ji.mnemonic),
                &render.operand_comment(index),
                comment,
            ),
            None => diff.fail(format!(
                "{label}: javap comments {} at {at} ({comment:?}), keel sees no constant",
                ji.mnemonic
            )),
        },
        (_, None) => {
            if instruction.constant_pool_index().is_some() {
                diff.fail(format!("{label}: keel sees a constant at {at}, javap prints none"));
            }
        }
    }
}

fn compare_class_attributes(
    class: &ClassFile<'_>,
    render: &Renderer<'_, '_>,
    javap: &JavapClass,
    diff: &mut Diff,
) {
    let pool = render.pool;
    let class_names = |list: &[u16]| -> Vec<String> {
        list.iter()
            .map(|&i| pool.class_name(i).map(|n| n.into_owned()).unwrap_or_else(|e| e.to_string()))
            .collect()
    };
    for attribute in &class.attributes {
        match &attribute.info {
            AttributeInfo::InnerClasses(entries) => {
                diff.eq(|| "InnerClasses count".into(), Some(entries.len()), javap.inner_classes)
            }
            AttributeInfo::NestHost(index) => {
                let expected = format!("class {}", render.string_value(*index));
                diff.eq(|| "NestHost".into(), Some(expected), javap.nest_host.clone())
            }
            AttributeInfo::NestMembers(list) => {
                diff.eq(|| "NestMembers".into(), Some(class_names(list)), javap.nest_members.clone())
            }
            AttributeInfo::PermittedSubclasses(list) => {
                diff.eq(|| "PermittedSubclasses".into(), Some(class_names(list)), javap.permitted.clone())
            }
            AttributeInfo::Record(components) => {
                let descriptors =
                    components.iter().map(|c| pool.text(c.descriptor).unwrap_or_default().into_owned());
                diff.eq(|| "Record components".into(), Some(descriptors.collect()), javap.record.clone())
            }
            AttributeInfo::BootstrapMethods(methods) => {
                diff.eq(|| "BootstrapMethods count".into(), methods.len(), javap.bootstrap.len());
                for (i, (method, jb)) in methods.iter().zip(&javap.bootstrap).enumerate() {
                    diff.eq(|| format!("bootstrap method {i}: index"), i as u16, jb.index);
                    diff.eq(|| format!("bootstrap method {i}: handle"), method.method, jb.handle);
                    diff.eq(
                        || format!("bootstrap method {i}: arguments"),
                        method.arguments.clone(),
                        jb.arguments.clone(),
                    );
                    diff.eq(
                        || format!("bootstrap method {i}: text"),
                        render.string_value(method.method),
                        jb.text.clone(),
                    );
                }
            }
            AttributeInfo::Module(module) => {
                let counts = BTreeMap::from([
                    ("requires".to_owned(), module.requires.len()),
                    ("exports".to_owned(), module.exports.len()),
                    ("opens".to_owned(), module.opens.len()),
                    ("uses".to_owned(), module.uses.len()),
                    ("provides".to_owned(), module.provides.len()),
                ]);
                diff.eq(|| "Module counts".into(), Some(counts), javap.module.clone())
            }
            AttributeInfo::ModulePackages(list) => {
                diff.eq(|| "ModulePackages count".into(), Some(list.len()), javap.module_packages)
            }
            _ => {}
        }
    }
}
