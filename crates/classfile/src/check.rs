//! The format checks of JVMS 4.8 that need no other class: constant-pool
//! references and tags, names and descriptors, access-flag combinations,
//! and the consistency of attributes with what they describe.

use std::collections::HashSet;

use crate::access::*;
use crate::attributes::{Attribute, AttributeInfo, Code, ElementValue};
use crate::classfile::{member_label, ClassFile, Member};
use crate::constant_pool::{Constant, ConstantPool, ReferenceKind};
use crate::descriptor::{is_field_descriptor, is_method_descriptor, method_descriptor_slots};
use crate::error::{ClassFileError, Result};
use crate::names::{is_class_constant_name, is_method_name, is_unqualified_name};

/// Runs every check; the first problem found is returned.
pub fn check_format(class: &ClassFile<'_>) -> Result<()> {
    let checker = Checker { class, pool: &class.constant_pool, major: class.major_version };
    checker.constant_pool()?;
    checker.class_header()?;
    checker.members(&class.fields, "field", Checker::field)?;
    checker.members(&class.methods, "method", Checker::method)?;
    checker.class_attributes()
}

struct Checker<'c, 'a> {
    class: &'c ClassFile<'a>,
    pool: &'c ConstantPool<'a>,
    major: u16,
}

/// Fails with a message at `offset` when `ok` is false.
fn ensure(ok: bool, offset: usize, message: impl FnOnce() -> String) -> Result<()> {
    if ok {
        Ok(())
    } else {
        Err(ClassFileError::new(offset, message()))
    }
}

impl<'a> Checker<'_, 'a> {
    // ----- the constant pool -----

    fn constant_pool(&self) -> Result<()> {
        for (index, entry) in self.pool.entries().iter().enumerate() {
            let index = index as u16;
            self.constant(entry).map_err(|e| {
                ClassFileError { offset: self.pool.offset_of(index), ..e }
                    .within(format!("constant #{index}"))
            })?;
        }
        Ok(())
    }

    fn require_version(&self, since: u16, what: &str) -> Result<()> {
        ensure(self.major >= since, 0, || {
            format!("{what} constants need class file version {since} or later, not {}", self.major)
        })
    }

    fn constant(&self, entry: &Constant<'a>) -> Result<()> {
        match *entry {
            Constant::Class { name } => {
                let text = self.pool.text(name)?;
                ensure(is_class_constant_name(&text), 0, || format!("illegal class name {text:?}"))
            }
            Constant::String { utf8 } => self.pool.utf8(utf8).map(drop),
            Constant::Fieldref { class, name_and_type } => {
                self.pool.class_name(class)?;
                self.field_name_and_type(name_and_type)
            }
            Constant::Methodref { class, name_and_type }
            | Constant::InterfaceMethodref { class, name_and_type } => {
                self.pool.class_name(class)?;
                self.method_name_and_type(name_and_type, true)
            }
            Constant::NameAndType { name, descriptor } => {
                self.pool.utf8(name)?;
                self.pool.utf8(descriptor).map(drop)
            }
            Constant::MethodHandle { kind, reference } => {
                self.require_version(51, "MethodHandle")?;
                self.method_handle(kind, reference)
            }
            Constant::MethodType { descriptor } => {
                self.require_version(51, "MethodType")?;
                let text = self.pool.text(descriptor)?;
                ensure(is_method_descriptor(&text), 0, || format!("illegal method descriptor {text:?}"))
            }
            Constant::Dynamic { name_and_type, .. } => {
                self.require_version(55, "Dynamic")?;
                self.field_name_and_type(name_and_type)
            }
            Constant::InvokeDynamic { name_and_type, .. } => {
                self.require_version(51, "InvokeDynamic")?;
                self.method_name_and_type(name_and_type, false)
            }
            Constant::Module { name } | Constant::Package { name } => {
                self.require_version(53, "Module and Package")?;
                ensure(self.class.is_module_info(), 0, || {
                    "Module and Package constants may only appear in module-info".into()
                })?;
                self.pool.utf8(name).map(drop)
            }
            Constant::Unusable
            | Constant::Utf8(_)
            | Constant::Integer(_)
            | Constant::Float(_)
            | Constant::Long(_)
            | Constant::Double(_) => Ok(()),
        }
    }

    fn field_name_and_type(&self, index: u16) -> Result<()> {
        let (name, descriptor) = self.pool.name_and_type(index)?;
        ensure(is_unqualified_name(&name), 0, || format!("illegal field name {name:?}"))?;
        ensure(is_field_descriptor(&descriptor), 0, || format!("illegal field descriptor {descriptor:?}"))
    }

    /// `<init>` is allowed in a method reference (and must return void) but
    /// never in an invokedynamic call site.
    fn method_name_and_type(&self, index: u16, allow_init: bool) -> Result<()> {
        let (name, descriptor) = self.pool.name_and_type(index)?;
        let name_ok = if allow_init {
            is_method_name(&name) && name != "<clinit>"
        } else {
            is_unqualified_name(&name) && !name.contains(['<', '>'])
        };
        ensure(name_ok, 0, || format!("illegal method name {name:?}"))?;
        ensure(is_method_descriptor(&descriptor), 0, || format!("illegal method descriptor {descriptor:?}"))?;
        ensure(name != "<init>" || descriptor.ends_with(")V"), 0, || {
            format!("<init> must return void, not {descriptor:?}")
        })
    }

    fn method_handle(&self, kind: ReferenceKind, reference: u16) -> Result<()> {
        use ReferenceKind::*;
        let target = self.pool.get(reference)?;
        let fits = match (kind, target) {
            (GetField | GetStatic | PutField | PutStatic, Constant::Fieldref { .. }) => true,
            (InvokeVirtual | NewInvokeSpecial, Constant::Methodref { .. }) => true,
            (InvokeStatic | InvokeSpecial, Constant::Methodref { .. }) => true,
            (InvokeStatic | InvokeSpecial, Constant::InterfaceMethodref { .. }) => self.major >= 52,
            (InvokeInterface, Constant::InterfaceMethodref { .. }) => true,
            _ => false,
        };
        ensure(fits, 0, || {
            format!("{} handle cannot refer to a {} constant", kind.javap_name(), target.kind_name())
        })?;
        if kind.is_field() {
            return Ok(());
        }
        let name = self.pool.member_ref(reference)?.name;
        let name_ok = match kind {
            NewInvokeSpecial => name == "<init>",
            _ => name != "<init>" && name != "<clinit>",
        };
        ensure(name_ok, 0, || format!("{} handle cannot refer to method {name}", kind.javap_name()))
    }

    // ----- the class as a whole -----

    fn class_header(&self) -> Result<()> {
        let class = self.class;
        let name = self.pool.class_name(class.this_class).map_err(|e| e.within("this_class"))?;
        ensure(!name.starts_with('['), 8, || format!("this_class is an array type {name:?}"))?;
        if class.is_module_info() {
            return self.module_info_header(&name);
        }
        self.class_flags(class.access_flags)?;
        match class.super_name().map_err(|e| e.within("super_class"))? {
            Some(super_name) => ensure(!super_name.starts_with('['), 0, || {
                format!("superclass is an array type {super_name:?}")
            })?,
            None => ensure(name == "java/lang/Object", 0, || {
                format!("class {name} has no superclass (only java/lang/Object may)")
            })?,
        }
        if class.is_interface() {
            let super_name = class.super_name()?;
            ensure(super_name.as_deref() == Some("java/lang/Object"), 0, || {
                "an interface's superclass must be java/lang/Object".into()
            })?;
        }
        let mut seen = HashSet::new();
        for &index in &class.interfaces {
            let interface = self.pool.class_name(index).map_err(|e| e.within("interfaces"))?;
            ensure(!interface.starts_with('['), 0, || format!("interface is an array type {interface:?}"))?;
            ensure(seen.insert(interface.clone()), 0, || format!("duplicate interface {interface}"))?;
        }
        Ok(())
    }

    fn module_info_header(&self, name: &str) -> Result<()> {
        let class = self.class;
        ensure(self.major >= 53, 0, || "ACC_MODULE needs class file version 53 or later".into())?;
        // JVMS 4.1: "If ACC_MODULE is set, then no other flag may be set."
        ensure(class.access_flags == MODULE, 0, || {
            format!("module-info flags {:#06x} have more than ACC_MODULE", class.access_flags)
        })?;
        ensure(name == "module-info", 0, || {
            format!("a module's this_class must be module-info, not {name}")
        })?;
        ensure(class.super_class == 0 && class.interfaces.is_empty(), 0, || {
            "module-info may have no superclass or interfaces".into()
        })?;
        ensure(class.fields.is_empty() && class.methods.is_empty(), 0, || {
            "module-info may have no fields or methods".into()
        })?;
        let has_module = class.attributes.iter().any(|a| matches!(a.info, AttributeInfo::Module(_)));
        ensure(has_module, 0, || "module-info has no Module attribute".into())
    }

    fn class_flags(&self, flags: u16) -> Result<()> {
        if flags & INTERFACE != 0 {
            // Before Java 6, javac could leave ACC_ABSTRACT off interfaces.
            let abstract_ok = flags & ABSTRACT != 0 || self.major < 50;
            let bad = flags & (FINAL | ENUM | MODULE) != 0 || (flags & SUPER != 0 && self.major >= 53);
            ensure(abstract_ok && !bad, 0, || format!("illegal interface flags {flags:#06x}"))
        } else {
            let bad = flags & ANNOTATION != 0 || (flags & FINAL != 0 && flags & ABSTRACT != 0);
            ensure(!bad, 0, || format!("illegal class flags {flags:#06x}"))
        }
    }

    // ----- fields and methods -----

    fn members(
        &self,
        members: &[Member<'a>],
        what: &str,
        check: fn(&Self, &Member<'a>) -> Result<()>,
    ) -> Result<()> {
        let mut seen = HashSet::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            let label = || member_label(self.pool, what, index, member.name_index, member.descriptor_index);
            let locate = |e: ClassFileError| {
                let offset = if e.offset == 0 { member.offset } else { e.offset };
                ClassFileError { offset, ..e }.within(label())
            };
            check(self, member).map_err(locate)?;
            // Checked above: both are readable Utf8 constants.
            let key = (member.name(self.pool)?, member.descriptor(self.pool)?);
            ensure(seen.insert(key), member.offset, || format!("duplicate {}", label()))?;
        }
        Ok(())
    }

    fn field(&self, field: &Member<'a>) -> Result<()> {
        let name = field.name(self.pool)?;
        ensure(is_unqualified_name(&name), 0, || format!("illegal field name {name:?}"))?;
        let descriptor = field.descriptor(self.pool)?;
        ensure(is_field_descriptor(&descriptor), 0, || format!("illegal field descriptor {descriptor:?}"))?;
        self.field_flags(field.access_flags)?;
        self.at_most_once(&field.attributes, &["ConstantValue", "Signature"])?;
        if let (Some(index), true) = (field.constant_value(), field.has_flag(STATIC)) {
            self.constant_value(index, &descriptor)?;
        }
        self.member_attributes(&field.attributes)
    }

    fn field_flags(&self, flags: u16) -> Result<()> {
        let visibility = (flags & (PUBLIC | PRIVATE | PROTECTED)).count_ones();
        let mut ok = visibility <= 1 && !(flags & FINAL != 0 && flags & VOLATILE != 0);
        if self.class.is_interface() {
            let required = PUBLIC | STATIC | FINAL;
            ok &= flags & required == required && flags & !(required | SYNTHETIC) == 0;
        }
        ensure(ok, 0, || format!("illegal field flags {flags:#06x}"))
    }

    /// JVMS 4.7.2: the constant's kind must match the field's type.
    fn constant_value(&self, index: u16, descriptor: &str) -> Result<()> {
        let constant = self.pool.get(index)?;
        let fits = matches!(
            (descriptor, constant),
            ("J", Constant::Long(_))
                | ("F", Constant::Float(_))
                | ("D", Constant::Double(_))
                | ("I" | "S" | "C" | "B" | "Z", Constant::Integer(_))
                | ("Ljava/lang/String;", Constant::String { .. })
        );
        ensure(fits, 0, || {
            format!(
                "ConstantValue of kind {} does not fit a field of type {descriptor}",
                constant.kind_name()
            )
        })
    }

    fn method(&self, method: &Member<'a>) -> Result<()> {
        let name = method.name(self.pool)?;
        ensure(is_method_name(&name), 0, || format!("illegal method name {name:?}"))?;
        let descriptor = method.descriptor(self.pool)?;
        let Some(slots) = method_descriptor_slots(&descriptor) else {
            return Err(ClassFileError::new(0, format!("illegal method descriptor {descriptor:?}")));
        };
        let is_static = method.has_flag(STATIC);
        let is_initializer = name == "<clinit>" && (is_static || self.major < 51);
        let slots = slots + usize::from(!is_static);
        ensure(slots <= 255, 0, || format!("parameters take {slots} slots, more than 255"))?;
        if is_initializer {
            ensure(descriptor == "()V", 0, || format!("<clinit> must be ()V, not {descriptor}"))?;
        } else {
            ensure(name != "<clinit>", 0, || "<clinit> must be static".into())?;
            self.method_flags(method.access_flags, &name, &descriptor)?;
        }
        self.at_most_once(
            &method.attributes,
            &["Code", "Exceptions", "Signature", "AnnotationDefault", "MethodParameters"],
        )?;
        self.method_code(method, is_initializer, slots)?;
        for &exception in method.exceptions() {
            self.pool.class_name(exception).map_err(|e| e.within("Exceptions"))?;
        }
        self.member_attributes(&method.attributes)
    }

    fn method_flags(&self, flags: u16, name: &str, descriptor: &str) -> Result<()> {
        let visibility = (flags & (PUBLIC | PRIVATE | PROTECTED)).count_ones();
        let mut ok = visibility <= 1;
        // JVMS 4.6: ACC_STRICT means something in versions 46.0 to 60.0 inclusive.
        let strict_conflicts = (46..=60).contains(&self.major);
        if flags & ABSTRACT != 0 {
            let mut excluded = PRIVATE | STATIC | FINAL | SYNCHRONIZED | NATIVE;
            if strict_conflicts {
                excluded |= STRICT;
            }
            ok &= flags & excluded == 0;
        }
        if name == "<init>" {
            ok &= !self.class.is_interface() && descriptor.ends_with(")V");
            let mut excluded = STATIC | FINAL | SYNCHRONIZED | NATIVE | ABSTRACT;
            if self.major >= 52 {
                excluded |= BRIDGE;
            }
            ok &= flags & excluded == 0;
        } else if self.class.is_interface() {
            ok &= self.interface_method_flags(flags);
        }
        ensure(ok, 0, || format!("illegal method flags {flags:#06x}"))
    }

    fn interface_method_flags(&self, flags: u16) -> bool {
        if self.major < 52 {
            flags & (PUBLIC | ABSTRACT) == PUBLIC | ABSTRACT
                && flags & (PRIVATE | PROTECTED | STATIC | FINAL | SYNCHRONIZED | NATIVE) == 0
        } else {
            (flags & (PUBLIC | PRIVATE)).count_ones() == 1
                && flags & (PROTECTED | FINAL | SYNCHRONIZED | NATIVE) == 0
        }
    }

    /// A method has exactly one `Code` attribute unless it is native or
    /// abstract, in which case it has none.
    fn method_code(&self, method: &Member<'a>, is_initializer: bool, parameter_slots: usize) -> Result<()> {
        let bodiless = !is_initializer && method.has_flag(NATIVE | ABSTRACT);
        match (method.code(), bodiless) {
            (Some(_), true) => Err(ClassFileError::new(0, "native or abstract method has a Code attribute")),
            (None, false) => {
                Err(ClassFileError::new(0, "method that is not native or abstract has no Code attribute"))
            }
            (None, true) => Ok(()),
            (Some(code), false) => self.code(code, parameter_slots).map_err(|e| e.within("Code")),
        }
    }

    fn code(&self, code: &Code<'a>, parameter_slots: usize) -> Result<()> {
        let length = code.code.len();
        ensure(parameter_slots <= code.max_locals as usize, 0, || {
            format!("parameters take {parameter_slots} slots but max_locals is {}", code.max_locals)
        })?;
        for handler in &code.exception_table {
            let ok = handler.start_pc < handler.end_pc
                && handler.end_pc as usize <= length
                && (handler.handler_pc as usize) < length;
            ensure(ok, 0, || {
                format!("exception table entry {handler:?} is outside the code ({length} bytes)")
            })?;
            self.pool.optional_class_name(handler.catch_type).map_err(|e| e.within("exception table"))?;
        }
        self.at_most_once(&code.attributes, &["StackMapTable"])?;
        for attribute in &code.attributes {
            self.code_attribute(attribute, length, code.max_locals)
                .map_err(|e| e.within(attribute.info.name()))?;
        }
        Ok(())
    }

    fn code_attribute(&self, attribute: &Attribute<'a>, length: usize, max_locals: u16) -> Result<()> {
        let at = attribute.offset;
        match &attribute.info {
            AttributeInfo::LineNumberTable(lines) => lines.iter().try_for_each(|line| {
                ensure((line.start_pc as usize) < length, at, || {
                    format!("line number start_pc {} is outside the code", line.start_pc)
                })
            }),
            AttributeInfo::LocalVariableTable(vars) | AttributeInfo::LocalVariableTypeTable(vars) => {
                let is_types = matches!(attribute.info, AttributeInfo::LocalVariableTypeTable(_));
                vars.iter().try_for_each(|var| {
                    let in_code = var.start_pc as usize + var.length as usize <= length;
                    ensure(in_code && var.index < max_locals, at, || {
                        format!("local variable {var:?} is outside the code or locals")
                    })?;
                    let name = self.pool.text(var.name)?;
                    ensure(is_unqualified_name(&name), at, || {
                        format!("illegal local variable name {name:?}")
                    })?;
                    let descriptor = self.pool.text(var.descriptor)?;
                    ensure(is_types || is_field_descriptor(&descriptor), at, || {
                        format!("illegal local variable descriptor {descriptor:?}")
                    })
                })
            }
            _ => Ok(()),
        }
    }

    // ----- attributes -----

    /// JVMS 4.7: several attributes may appear at most once where they are.
    fn at_most_once(&self, attributes: &[Attribute<'a>], names: &[&str]) -> Result<()> {
        for name in names {
            let mut copies = attributes.iter().filter(|a| a.info.name() == *name);
            if let (Some(_), Some(second)) = (copies.next(), copies.next()) {
                return Err(ClassFileError::new(second.offset, format!("more than one {name} attribute")));
            }
        }
        Ok(())
    }

    /// Checks the references of attributes common to classes and members.
    fn member_attributes(&self, attributes: &[Attribute<'a>]) -> Result<()> {
        for attribute in attributes {
            self.common_attribute(attribute).map_err(|e| {
                let offset = if e.offset == 0 { attribute.offset } else { e.offset };
                ClassFileError { offset, ..e }.within(attribute.info.name())
            })?;
        }
        Ok(())
    }

    fn common_attribute(&self, attribute: &Attribute<'a>) -> Result<()> {
        match &attribute.info {
            AttributeInfo::Signature(index) | AttributeInfo::SourceFile(index) => {
                self.pool.utf8(*index).map(drop)
            }
            AttributeInfo::RuntimeVisibleAnnotations(list)
            | AttributeInfo::RuntimeInvisibleAnnotations(list) => {
                list.iter().try_for_each(|a| self.annotation(a))
            }
            AttributeInfo::RuntimeVisibleParameterAnnotations(params)
            | AttributeInfo::RuntimeInvisibleParameterAnnotations(params) => {
                params.iter().flatten().try_for_each(|a| self.annotation(a))
            }
            AttributeInfo::AnnotationDefault(value) => self.element_value(value),
            AttributeInfo::MethodParameters(params) => params.iter().try_for_each(|p| {
                if p.name == 0 {
                    return Ok(());
                }
                let name = self.pool.text(p.name)?;
                ensure(is_unqualified_name(&name), 0, || format!("illegal parameter name {name:?}"))
            }),
            _ => Ok(()),
        }
    }

    fn annotation(&self, annotation: &crate::attributes::Annotation) -> Result<()> {
        let descriptor = self.pool.text(annotation.type_index)?;
        ensure(is_field_descriptor(&descriptor), 0, || format!("illegal annotation type {descriptor:?}"))?;
        for (name, value) in &annotation.elements {
            self.pool.utf8(*name)?;
            self.element_value(value)?;
        }
        Ok(())
    }

    fn element_value(&self, value: &ElementValue) -> Result<()> {
        match value {
            ElementValue::Const { tag, index } => {
                let constant = self.pool.get(*index)?;
                let fits = matches!(
                    (tag, constant),
                    (b'B' | b'C' | b'I' | b'S' | b'Z', Constant::Integer(_))
                        | (b'D', Constant::Double(_))
                        | (b'F', Constant::Float(_))
                        | (b'J', Constant::Long(_))
                        | (b's', Constant::Utf8(_))
                );
                ensure(fits, 0, || {
                    format!("element value '{}' refers to a {}", *tag as char, constant.kind_name())
                })
            }
            ElementValue::Enum { type_name, const_name } => {
                self.pool.utf8(*type_name)?;
                self.pool.utf8(*const_name).map(drop)
            }
            ElementValue::Class(index) => self.pool.utf8(*index).map(drop),
            ElementValue::Annotation(inner) => self.annotation(inner),
            ElementValue::Array(values) => values.iter().try_for_each(|v| self.element_value(v)),
        }
    }

    fn class_attributes(&self) -> Result<()> {
        let attributes = &self.class.attributes;
        self.at_most_once(
            attributes,
            &[
                "SourceFile",
                "InnerClasses",
                "EnclosingMethod",
                "SourceDebugExtension",
                "BootstrapMethods",
                "Module",
                "ModulePackages",
                "ModuleMainClass",
                "NestHost",
                "NestMembers",
                "Record",
                "PermittedSubclasses",
                "Signature",
            ],
        )?;
        self.member_attributes(attributes)?;
        for attribute in attributes {
            self.class_attribute(attribute).map_err(|e| {
                let offset = if e.offset == 0 { attribute.offset } else { e.offset };
                ClassFileError { offset, ..e }.within(attribute.info.name())
            })?;
        }
        self.bootstrap_references()
    }

    fn class_attribute(&self, attribute: &Attribute<'a>) -> Result<()> {
        let pool = self.pool;
        let classes = |list: &[u16]| list.iter().try_for_each(|&i| pool.class_name(i).map(drop));
        match &attribute.info {
            AttributeInfo::InnerClasses(entries) => entries.iter().try_for_each(|entry| {
                pool.class_name(entry.inner_class)?;
                pool.optional_class_name(entry.outer_class)?;
                if entry.inner_name != 0 {
                    pool.utf8(entry.inner_name)?;
                }
                Ok(())
            }),
            AttributeInfo::EnclosingMethod { class, method } => {
                pool.class_name(*class)?;
                if *method != 0 {
                    pool.name_and_type(*method)?;
                }
                Ok(())
            }
            AttributeInfo::NestHost(class) => pool.class_name(*class).map(drop),
            AttributeInfo::NestMembers(list) | AttributeInfo::PermittedSubclasses(list) => classes(list),
            AttributeInfo::Record(components) => components.iter().try_for_each(|c| {
                let name = pool.text(c.name)?;
                ensure(is_unqualified_name(&name), 0, || format!("illegal record component name {name:?}"))?;
                let descriptor = pool.text(c.descriptor)?;
                ensure(is_field_descriptor(&descriptor), 0, || {
                    format!("illegal record component type {descriptor:?}")
                })?;
                self.member_attributes(&c.attributes)
            }),
            AttributeInfo::BootstrapMethods(methods) => methods.iter().try_for_each(|m| {
                ensure(matches!(pool.get(m.method)?, Constant::MethodHandle { .. }), 0, || {
                    format!("bootstrap method #{} is not a MethodHandle", m.method)
                })?;
                m.arguments.iter().try_for_each(|&a| self.loadable(a))
            }),
            AttributeInfo::ModuleMainClass(class) => pool.class_name(*class).map(drop),
            AttributeInfo::ModulePackages(list) => {
                list.iter().try_for_each(|&i| pool.module_or_package_name(i).map(drop))
            }
            _ => Ok(()),
        }
    }

    /// JVMS 4.4: what a bootstrap argument or `ldc` may load.
    fn loadable(&self, index: u16) -> Result<()> {
        let constant = self.pool.get(index)?;
        let ok = matches!(
            constant,
            Constant::Integer(_)
                | Constant::Float(_)
                | Constant::Long(_)
                | Constant::Double(_)
                | Constant::Class { .. }
                | Constant::String { .. }
                | Constant::MethodHandle { .. }
                | Constant::MethodType { .. }
                | Constant::Dynamic { .. }
        );
        ensure(ok, 0, || format!("constant #{index} ({}) is not loadable", constant.kind_name()))
    }

    /// Every Dynamic and InvokeDynamic constant names an existing bootstrap
    /// method.
    fn bootstrap_references(&self) -> Result<()> {
        let count = self.class.bootstrap_methods().len();
        for (index, entry) in self.pool.entries().iter().enumerate() {
            if let Constant::Dynamic { bootstrap, .. } | Constant::InvokeDynamic { bootstrap, .. } = entry {
                ensure((*bootstrap as usize) < count, self.pool.offset_of(index as u16), || {
                    format!(
                        "constant #{index} refers to bootstrap method {bootstrap}, but the class has {count}"
                    )
                })?;
            }
        }
        Ok(())
    }
}
