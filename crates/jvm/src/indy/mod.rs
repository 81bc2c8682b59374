//! `invokedynamic` and dynamic constants, desugared at translation time
//! (DESIGN decision 3): string concatenation becomes `Concat`, lambdas and
//! method references become generated classes, record `ObjectMethods`
//! become generated helper methods; any other bootstrap raises
//! `BootstrapMethodError` when reached.

mod adapt;
mod concat;
mod lambda;
mod records;

use keel_classfile::bytecode::Instruction;
use keel_classfile::constant_pool::ReferenceKind;
use keel_classfile::descriptor::MethodDescriptor;
use keel_classfile::Constant;
use keel_kir::{Const, Inst, Reg};

use crate::error::{Failure, Result};
use crate::lower::Lowering;
use crate::vtype::Frame;

/// A resolved `invokedynamic` call site.
pub struct CallSite {
    pub name: String,
    pub descriptor: MethodDescriptor,
    /// The bootstrap method's static arguments (constant-pool indexes).
    pub arguments: Vec<u16>,
    /// The registers of the dynamic arguments, first first.
    pub args: Vec<Reg>,
    /// Where the result goes, if the site returns a value.
    pub dst: Option<Reg>,
}

pub fn lower_invokedynamic(
    low: &mut Lowering,
    insn: &Instruction,
    before: &Frame,
    after: &Frame,
) -> Result<()> {
    let index = insn.constant_pool_index().expect("invokedynamic has an operand");
    let (bootstrap, name, descriptor_text) = low.ctx.dynamic_site(index)?;
    let descriptor = MethodDescriptor::parse(&descriptor_text)?;
    let args = low.operands(before, descriptor.parameters.len());
    let dst = descriptor.return_type.is_some().then(|| low.operand(after, 0));
    let Some((owner, method, arguments)) = bootstrap_method(low, bootstrap) else {
        return raise_bootstrap_error(low, bootstrap, &name);
    };
    let site = CallSite { name, descriptor, arguments, args, dst };
    let handled = match (owner.as_str(), method.as_str()) {
        ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => {
            concat::lower(low, &site, true)?
        }
        ("java/lang/invoke/StringConcatFactory", "makeConcat") => concat::lower(low, &site, false)?,
        ("java/lang/invoke/LambdaMetafactory", "metafactory") => lambda::lower(low, &site, false)?,
        ("java/lang/invoke/LambdaMetafactory", "altMetafactory") => lambda::lower(low, &site, true)?,
        ("java/lang/runtime/ObjectMethods", "bootstrap") => records::lower(low, &site)?,
        _ => false,
    };
    if !handled {
        raise_bootstrap_error(low, bootstrap, &site.name)?;
    }
    Ok(())
}

/// `ldc` of a `CONSTANT_Dynamic`: `ConstantBootstraps.nullConstant` is
/// folded to `null`; anything else raises `BootstrapMethodError`.
pub fn lower_dynamic_constant(low: &mut Lowering, _insn: &Instruction, index: u16, dst: Reg) -> Result<()> {
    let (bootstrap, name, descriptor) = low.ctx.dynamic_site(index)?;
    let known = bootstrap_method(low, bootstrap);
    let is_null_constant = matches!(&known, Some((owner, method, _))
        if owner == "java/lang/invoke/ConstantBootstraps" && method == "nullConstant");
    if is_null_constant && (descriptor.starts_with('L') || descriptor.starts_with('[')) {
        low.body.emit(Inst::Const { dst, value: Const::Null });
        return Ok(());
    }
    raise_bootstrap_error(low, bootstrap, &name)
}

/// The bootstrap method's class and name, and its static arguments, when it
/// is an `invokestatic` handle.
fn bootstrap_method(low: &Lowering, bootstrap: u16) -> Option<(String, String, Vec<u16>)> {
    let entry = low.class.bootstrap_methods.get(usize::from(bootstrap))?;
    let Constant::MethodHandle { kind: ReferenceKind::InvokeStatic, reference } =
        *low.ctx.pool.get(entry.method).ok()?
    else {
        return None;
    };
    let member = low.ctx.pool.member_ref(reference).ok()?;
    Some((member.class.into_owned(), member.name.into_owned(), entry.arguments.clone()))
}

/// Emits a `Raise` of `BootstrapMethodError` naming the bootstrap method.
fn raise_bootstrap_error(low: &mut Lowering, bootstrap: u16, name: &str) -> Result<()> {
    let method = match bootstrap_method(low, bootstrap) {
        Some((owner, method, _)) => format!("{owner}.{method}"),
        None => format!("bootstrap method #{bootstrap}"),
    };
    let message = format!("Keel does not translate call site {name} bootstrapped by {method}");
    let error = low.class.imports.error("java/lang/BootstrapMethodError", message);
    low.body.emit(Inst::Raise { error });
    Ok(())
}

/// A static argument that must be a `CONSTANT_MethodType`: its descriptor.
fn method_type_argument(low: &Lowering, index: u16) -> Result<String> {
    match *low.ctx.pool.get(index)? {
        Constant::MethodType { descriptor } => Ok(low.ctx.pool.text(descriptor)?.into_owned()),
        _ => Err(Failure::format(None, format!("bootstrap argument #{index} is not a MethodType"))),
    }
}
