//! Translating a whole class: its members and metadata, and the state its
//! methods share (the import table, classes generated for lambdas, helper
//! methods generated for records).

use keel_classfile::attributes::{Attribute, AttributeInfo, BootstrapMethod};
use keel_classfile::{access, ClassFile, Constant, Member};
use keel_kir as kir;

use crate::error::{Failure, TranslateError};
use crate::frames::infer_frames;
use crate::imports::ImportTable;
use crate::lower::lower_method;
use crate::method::MethodContext;

/// The state shared by the translation of all methods of one class.
pub struct ClassState<'c, 'a> {
    _pool: std::marker::PhantomData<&'c keel_classfile::ConstantPool<'a>>,
    pub name: String,
    pub bootstrap_methods: &'c [BootstrapMethod],
    pub imports: ImportTable,
    /// Classes generated for lambda call sites.
    pub generated: Vec<kir::Class>,
    /// Methods generated into this class (record `ObjectMethods` helpers).
    pub extra_methods: Vec<kir::Method>,
}

/// A translated class and the classes generated for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub class: kir::Class,
    /// One class per lambda or method-reference call site.
    pub generated: Vec<kir::Class>,
}

impl Translation {
    /// Runs the KIR optimization passes (`keel_opt::optimize`) on every
    /// method body: what goes into an image is optimized; what
    /// `translate_class` returns is the plain translation.
    pub fn optimize(&mut self) {
        for class in std::iter::once(&mut self.class).chain(self.generated.iter_mut()) {
            for body in class.methods.iter_mut().filter_map(|m| m.body.as_mut()) {
                keel_opt::optimize(body);
            }
        }
    }
}

/// Translates a parsed class file to KIR.
pub fn translate_class(cf: &ClassFile<'_>) -> Result<Translation, TranslateError> {
    let name = cf.name().map_err(|e| Failure::from(e).within("?", None))?.into_owned();
    let fail = |e: Failure| e.within(&name, None);
    let mut state = ClassState {
        _pool: std::marker::PhantomData,
        name: name.clone(),
        bootstrap_methods: cf.bootstrap_methods(),
        imports: ImportTable::default(),
        generated: Vec::new(),
        extra_methods: Vec::new(),
    };
    let fields = cf.fields.iter().map(|f| field(cf, f)).collect::<Result<Vec<_>, _>>().map_err(fail)?;
    let mut methods = Vec::with_capacity(cf.methods.len());
    for member in &cf.methods {
        methods.push(method(cf, member, &mut state)?);
    }
    methods.append(&mut state.extra_methods);
    let class = metadata(cf, name.clone(), fields, methods).map_err(fail)?;
    let mut class = kir::Class { imports: state.imports.into_vec(), ..class };
    let mut generated = state.generated;
    join_host_nest(&mut class, &mut generated);
    Ok(Translation { class, generated })
}

/// Lambda classes call their host's private `lambda$…` methods, so, like
/// HotSpot's hidden classes, they join the host's nest and keep its version.
/// When the host heads its own nest it also lists them as members, so the
/// nestmate check holds from both sides; when it is itself a member of
/// another class's nest, that class's list cannot change here, and the
/// runtime accepts a synthetic class whose `nest_host` claim names it.
fn join_host_nest(host: &mut kir::Class, generated: &mut [kir::Class]) {
    let nest_host = host.nest_host.clone().unwrap_or_else(|| host.name.to_string());
    for class in generated.iter_mut() {
        class.nest_host = Some(nest_host.clone());
        class.source_version = host.source_version;
        if host.nest_host.is_none() {
            host.nest_members.push(class.name.to_string());
        }
    }
}

fn field(cf: &ClassFile, member: &Member) -> Result<kir::Field, Failure> {
    let pool = &cf.constant_pool;
    let constant = match member.constant_value() {
        None => None,
        Some(index) => Some(match *pool.get(index)? {
            Constant::Integer(v) => kir::FieldConstant::Value(kir::Const::I32(v)),
            Constant::Float(v) => kir::FieldConstant::Value(kir::Const::F32(v.to_bits())),
            Constant::Long(v) => kir::FieldConstant::Value(kir::Const::I64(v)),
            Constant::Double(v) => kir::FieldConstant::Value(kir::Const::F64(v.to_bits())),
            Constant::String { .. } => kir::FieldConstant::String(pool.string(index)?.to_utf16()),
            _ => return Err(Failure::format(None, "bad ConstantValue")),
        }),
    };
    Ok(kir::Field {
        name: member.name(pool)?.into_owned().into(),
        descriptor: member.descriptor(pool)?.into_owned().into(),
        access_flags: member.access_flags,
        constant,
        signature: member.signature(pool).map(|s| s.into_owned()),
        annotations: raw(&member.attributes, |a| matches!(a, AttributeInfo::RuntimeVisibleAnnotations(_))),
    })
}

fn raw(attributes: &[Attribute], pick: impl Fn(&AttributeInfo) -> bool) -> Option<Vec<u8>> {
    attributes.iter().find(|a| pick(&a.info)).map(|a| a.data.to_vec())
}

fn method<'c, 'a>(
    cf: &'c ClassFile<'a>,
    member: &'c Member<'a>,
    state: &mut ClassState<'c, 'a>,
) -> Result<kir::Method, TranslateError> {
    let pool = &cf.constant_pool;
    let class = state.name.clone();
    let fail = |e: Failure, label: Option<String>| e.within(&class, label);
    let name = member.name(pool).map_err(|e| fail(e.into(), None))?;
    let descriptor = member.descriptor(pool).map_err(|e| fail(e.into(), None))?;
    let label = Some(format!("{name}{descriptor}"));
    let body = match member.code() {
        None => None,
        Some(code) => {
            let is_static = member.has_flag(access::STATIC);
            let class_name = state.name.clone();
            let translate = |state: &mut ClassState<'c, 'a>| -> Result<kir::Function, Failure> {
                let ctx =
                    MethodContext::new(pool, &class_name, &descriptor, is_static, code, cf.major_version)?;
                let states = infer_frames(&ctx).map_err(|e| ctx.locate(e))?;
                lower_method(&ctx, &states, state).map_err(|e| ctx.locate(e))
            };
            Some(translate(state).map_err(|e| fail(e, label.clone()))?)
        }
    };
    let exceptions = member
        .exceptions()
        .iter()
        .map(|&i| pool.class_name(i).map(|n| n.into_owned()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| fail(e.into(), label.clone()))?;
    let parameters = member
        .attributes
        .iter()
        .find_map(|a| match &a.info {
            AttributeInfo::MethodParameters(list) => Some(list.clone()),
            _ => None,
        })
        .unwrap_or_default()
        .into_iter()
        .map(|p| {
            ((p.name != 0).then(|| pool.text(p.name).ok().map(|n| n.into_owned())).flatten(), p.access_flags)
        })
        .collect();
    Ok(kir::Method {
        name: name.into_owned().into(),
        descriptor: descriptor.into_owned().into(),
        access_flags: member.access_flags,
        body: body.map(Box::new),
        reflection: kir::MethodReflection {
            exceptions,
            signature: member.signature(pool).map(|s| s.into_owned()),
            annotations: raw(&member.attributes, |a| {
                matches!(a, AttributeInfo::RuntimeVisibleAnnotations(_))
            }),
            parameter_annotations: raw(&member.attributes, |a| {
                matches!(a, AttributeInfo::RuntimeVisibleParameterAnnotations(_))
            }),
            annotation_default: raw(&member.attributes, |a| matches!(a, AttributeInfo::AnnotationDefault(_))),
            parameters,
        }
        .boxed(),
    })
}

fn metadata(
    cf: &ClassFile,
    name: String,
    fields: Vec<kir::Field>,
    methods: Vec<kir::Method>,
) -> Result<kir::Class, Failure> {
    let pool = &cf.constant_pool;
    let class_name = |i: u16| pool.class_name(i).map(|n| n.into_owned());
    let optional_name = |i: u16| pool.optional_class_name(i).map(|n| n.map(|n| n.into_owned()));
    let inner_classes = cf
        .inner_classes()
        .iter()
        .map(|ic| {
            Ok(kir::InnerClass {
                inner: class_name(ic.inner_class)?,
                outer: optional_name(ic.outer_class)?,
                simple_name: if ic.inner_name == 0 {
                    None
                } else {
                    Some(pool.text(ic.inner_name)?.into_owned())
                },
                access_flags: ic.access_flags,
            })
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let mut enclosing_method = None;
    let mut nest_host = None;
    let mut nest_members = Vec::new();
    let mut permitted_subclasses = Vec::new();
    for attribute in &cf.attributes {
        match &attribute.info {
            AttributeInfo::EnclosingMethod { class, method } => {
                let method = if *method == 0 {
                    None
                } else {
                    let (n, d) = pool.name_and_type(*method)?;
                    Some((n.into_owned(), d.into_owned()))
                };
                enclosing_method = Some((class_name(*class)?, method));
            }
            AttributeInfo::NestHost(host) => nest_host = Some(class_name(*host)?),
            AttributeInfo::NestMembers(list) => {
                nest_members = list.iter().map(|&i| class_name(i)).collect::<Result<_, _>>()?
            }
            AttributeInfo::PermittedSubclasses(list) => {
                permitted_subclasses = list.iter().map(|&i| class_name(i)).collect::<Result<_, _>>()?
            }
            _ => {}
        }
    }
    let record_components = match cf.record_components() {
        None => None,
        Some(components) => Some(
            components
                .iter()
                .map(|c| {
                    Ok(kir::RecordComponent {
                        name: pool.text(c.name)?.into_owned(),
                        descriptor: pool.text(c.descriptor)?.into_owned(),
                        signature: c.attributes.iter().find_map(|a| match a.info {
                            AttributeInfo::Signature(i) => pool.text(i).ok().map(|s| s.into_owned()),
                            _ => None,
                        }),
                        annotations: raw(&c.attributes, |a| {
                            matches!(a, AttributeInfo::RuntimeVisibleAnnotations(_))
                        }),
                    })
                })
                .collect::<Result<Vec<_>, Failure>>()?,
        ),
    };
    Ok(kir::Class {
        name: name.into(),
        access_flags: cf.access_flags,
        super_class: cf.super_name()?.map(|n| n.into_owned().into()),
        interfaces: cf.interface_names()?.into_iter().map(|n| n.into_owned().into()).collect(),
        fields,
        methods,
        imports: Vec::new(),
        source_file: cf.source_file().map(|s| s.into_owned()),
        signature: cf.signature().map(|s| s.into_owned()),
        annotations: raw(&cf.attributes, |a| matches!(a, AttributeInfo::RuntimeVisibleAnnotations(_))),
        inner_classes,
        enclosing_method,
        nest_host,
        nest_members,
        permitted_subclasses,
        record_components,
        source_version: (cf.major_version, cf.minor_version),
    })
}
