//! `StringConcatFactory` call sites become one `Concat` instruction.

use keel_classfile::descriptor::FieldType;
use keel_classfile::Constant;
use keel_kir::{ConcatKind, ConcatPart, Import, Inst};

use super::CallSite;
use crate::error::Result;
use crate::lower::Lowering;

const ARGUMENT: u16 = 1;
const CONSTANT: u16 = 2;

/// Lowers a `makeConcatWithConstants` (`with_recipe`) or `makeConcat`
/// site; `false` if a constant is of a kind it cannot fold to text.
pub fn lower(low: &mut Lowering, site: &CallSite, with_recipe: bool) -> Result<bool> {
    let Some(dst) = site.dst else { return Ok(false) };
    let mut values =
        site.args.iter().zip(&site.descriptor.parameters).map(|(&reg, ty)| (reg, concat_kind(ty)));
    if !with_recipe {
        let parts = values.map(|(reg, kind)| ConcatPart::Value(reg, kind)).collect();
        low.body.emit(Inst::Concat { dst, parts });
        return Ok(true);
    }
    let Some(&recipe_index) = site.arguments.first() else { return Ok(false) };
    let recipe = low.ctx.pool.string(recipe_index)?.to_utf16();
    let mut constants = site.arguments[1..].iter();
    let mut parts = Vec::new();
    let mut text: Vec<u16> = Vec::new();
    for unit in recipe {
        match unit {
            ARGUMENT => {
                flush(low, &mut text, &mut parts);
                let Some((reg, kind)) = values.next() else { return Ok(false) };
                parts.push(ConcatPart::Value(reg, kind));
            }
            CONSTANT => {
                let Some(&index) = constants.next() else { return Ok(false) };
                let Some(constant) = constant_text(low, index)? else { return Ok(false) };
                text.extend(constant);
            }
            _ => text.push(unit),
        }
    }
    flush(low, &mut text, &mut parts);
    low.body.emit(Inst::Concat { dst, parts });
    Ok(true)
}

fn flush(low: &mut Lowering, text: &mut Vec<u16>, parts: &mut Vec<ConcatPart>) {
    if !text.is_empty() {
        let index = low.class.imports.add(Import::String { utf16: std::mem::take(text) });
        parts.push(ConcatPart::Text(index));
    }
}

/// The text of a recipe constant (`\u0002`), as `String.valueOf` gives it.
fn constant_text(low: &Lowering, index: u16) -> Result<Option<Vec<u16>>> {
    let text = match *low.ctx.pool.get(index)? {
        Constant::String { .. } => return Ok(Some(low.ctx.pool.string(index)?.to_utf16())),
        Constant::Integer(v) => v.to_string(),
        Constant::Long(v) => v.to_string(),
        _ => return Ok(None),
    };
    Ok(Some(text.encode_utf16().collect()))
}

pub fn concat_kind(ty: &FieldType) -> ConcatKind {
    match ty {
        FieldType::Int => ConcatKind::Int,
        FieldType::Char => ConcatKind::Char,
        FieldType::Boolean => ConcatKind::Boolean,
        FieldType::Byte => ConcatKind::Byte,
        FieldType::Short => ConcatKind::Short,
        FieldType::Long => ConcatKind::Long,
        FieldType::Float => ConcatKind::Float,
        FieldType::Double => ConcatKind::Double,
        FieldType::Object(_) | FieldType::Array(_) => ConcatKind::Object,
    }
}
