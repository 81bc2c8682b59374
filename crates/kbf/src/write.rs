//! Writing an image. Deterministic: output depends only on the module's
//! contents and order (strings are numbered class names first, in the class
//! index's order, then in order of first use; the class index is sorted by
//! name), never on hash-map iteration order.

use std::collections::HashMap;

use keel_kir::*;

use crate::bytes::Writer;
use crate::code::{encode_inst, enum_byte, write_const, TYPES};
use crate::{import_tag, section, FORMAT_VERSION, HASHED_FROM, HASH_OFFSET, MAGIC};

/// `Class::enclosing_method`: the class, and the method's name and descriptor.
type EnclosingMethod = (String, Option<(String, String)>);

/// Byte strings, each stored once, numbered in order of first use.
#[derive(Default)]
struct StringPool {
    ids: HashMap<Vec<u8>, u32>,
    entries: Vec<Vec<u8>>,
}

impl StringPool {
    fn id(&mut self, bytes: &[u8]) -> u32 {
        if let Some(&id) = self.ids.get(bytes) {
            return id;
        }
        let id = self.entries.len() as u32;
        self.entries.push(bytes.to_vec());
        self.ids.insert(bytes.to_vec(), id);
        id
    }

    fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32_le(self.entries.len() as u32);
        let mut start = 0u32;
        w.u32_le(0);
        for entry in &self.entries {
            start += entry.len() as u32;
            w.u32_le(start);
        }
        self.entries.iter().for_each(|entry| w.buf.extend_from_slice(entry));
        w.buf
    }
}

fn utf16_bytes(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

/// The sections being built; strings are interned as records are written.
#[derive(Default)]
struct ImageWriter {
    strings: StringPool,
    classes: Writer,
    imports: Writer,
    code: Writer,
}

impl ImageWriter {
    fn str(&mut self, w: Which, text: &str) {
        let id = self.strings.id(text.as_bytes());
        self.out(w).uleb(id.into());
    }

    fn blob(&mut self, w: Which, bytes: &[u8]) {
        let id = self.strings.id(bytes);
        self.out(w).uleb(id.into());
    }

    fn opt_str(&mut self, w: Which, text: Option<&str>) {
        self.opt_blob(w, text.map(str::as_bytes));
    }

    fn opt_blob(&mut self, w: Which, bytes: Option<&[u8]>) {
        let value = bytes.map_or(0, |b| u64::from(self.strings.id(b)) + 1);
        self.out(w).uleb(value);
    }

    fn str_list(&mut self, w: Which, list: &[impl AsRef<str>]) {
        self.out(w).uleb(list.len() as u64);
        list.iter().for_each(|s| self.str(w, s.as_ref()));
    }

    fn out(&mut self, which: Which) -> &mut Writer {
        match which {
            Which::Classes => &mut self.classes,
            Which::Imports => &mut self.imports,
        }
    }
}

/// Which section a value is written to.
#[derive(Clone, Copy)]
enum Which {
    Classes,
    Imports,
}

/// Writes `module` as image bytes; `translator_version` goes in the header
/// (the cache keys images by it).
pub fn write_module(module: &Module, translator_version: &str) -> Vec<u8> {
    let mut iw = ImageWriter::default();
    // Class names first, in the index's order: finding a class by name (a
    // binary search) then reads one compact run of the string section, not
    // a page here and there over all of it.
    for (name, _) in sorted_class_names(module) {
        iw.strings.id(name.as_bytes());
    }
    let module_name = module.name.as_ref().map(|n| iw.strings.id(n.as_bytes()));
    let mut record_offsets = Vec::with_capacity(module.classes.len());
    for class in &module.classes {
        record_offsets.push(iw.classes.len() as u32);
        write_class(&mut iw, class);
    }
    let classes = classes_section(module_name, &record_offsets, &iw.classes.buf);
    let index = class_index_section(&mut iw.strings, module);
    let sections = [iw.strings.encode(), classes, index, iw.imports.buf, iw.code.buf];
    assemble(translator_version, &sections)
}

fn classes_section(module_name: Option<u32>, record_offsets: &[u32], records: &[u8]) -> Vec<u8> {
    let mut w = Writer::default();
    w.u32_le(module_name.map_or(0, |id| id + 1));
    w.u32_le(record_offsets.len() as u32);
    // Offsets in the table are relative to the section start.
    let table_end = 8 + 4 * record_offsets.len() as u32;
    record_offsets.iter().for_each(|&offset| w.u32_le(table_end + offset));
    w.buf.extend_from_slice(records);
    w.buf
}

/// `(name, class number)` of every class, sorted by name bytes (the class
/// index's order).
fn sorted_class_names(module: &Module) -> Vec<(&str, u32)> {
    let mut entries: Vec<(&str, u32)> =
        module.classes.iter().enumerate().map(|(i, class)| (&*class.name, i as u32)).collect();
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()).then(a.1.cmp(&b.1)));
    entries
}

fn class_index_section(strings: &mut StringPool, module: &Module) -> Vec<u8> {
    let entries = sorted_class_names(module);
    let mut w = Writer::default();
    w.u32_le(entries.len() as u32);
    for (name, number) in entries {
        w.u32_le(strings.id(name.as_bytes()));
        w.u32_le(number);
    }
    w.buf
}

fn assemble(translator_version: &str, sections: &[Vec<u8>; 5]) -> Vec<u8> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(&MAGIC);
    w.u32_le(FORMAT_VERSION);
    w.buf.extend_from_slice(&[0; 32]);
    w.u32_le(translator_version.len() as u32);
    w.buf.extend_from_slice(translator_version.as_bytes());
    w.u32_le(sections.len() as u32);
    let mut offset = (w.len() + 12 * sections.len()) as u32;
    for (id, bytes) in section::ALL.iter().zip(sections) {
        w.u32_le(*id);
        w.u32_le(offset);
        w.u32_le(bytes.len() as u32);
        offset += bytes.len() as u32;
    }
    sections.iter().for_each(|bytes| w.buf.extend_from_slice(bytes));
    let hash = blake3::hash(&w.buf[HASHED_FROM..]);
    w.buf[HASH_OFFSET..HASHED_FROM].copy_from_slice(hash.as_bytes());
    w.buf
}

fn write_class(iw: &mut ImageWriter, class: &Class) {
    const C: Which = Which::Classes;
    iw.str(C, &class.name);
    iw.classes.uleb(class.access_flags.into());
    iw.opt_str(C, class.super_class.as_deref());
    iw.str_list(C, &class.interfaces);
    iw.opt_str(C, class.source_file.as_deref());
    iw.opt_str(C, class.signature.as_deref());
    iw.opt_blob(C, class.annotations.as_deref());
    write_inner_classes(iw, &class.inner_classes);
    write_enclosing_method(iw, &class.enclosing_method);
    iw.opt_str(C, class.nest_host.as_deref());
    iw.str_list(C, &class.nest_members);
    iw.str_list(C, &class.permitted_subclasses);
    write_record_components(iw, class.record_components.as_deref());
    iw.classes.uleb(class.source_version.0.into());
    iw.classes.uleb(class.source_version.1.into());
    let imports_offset = write_imports(iw, &class.imports);
    iw.classes.uleb(imports_offset.into());
    iw.classes.uleb(class.fields.len() as u64);
    class.fields.iter().for_each(|field| write_field(iw, field));
    iw.classes.uleb(class.methods.len() as u64);
    class.methods.iter().for_each(|method| write_method(iw, method));
}

fn write_inner_classes(iw: &mut ImageWriter, inner_classes: &[InnerClass]) {
    const C: Which = Which::Classes;
    iw.classes.uleb(inner_classes.len() as u64);
    for inner in inner_classes {
        iw.str(C, &inner.inner);
        iw.opt_str(C, inner.outer.as_deref());
        iw.opt_str(C, inner.simple_name.as_deref());
        iw.classes.uleb(inner.access_flags.into());
    }
}

fn write_enclosing_method(iw: &mut ImageWriter, enclosing: &Option<EnclosingMethod>) {
    const C: Which = Which::Classes;
    match enclosing {
        None => iw.classes.u8(0),
        Some((class, None)) => {
            iw.classes.u8(1);
            iw.str(C, class);
        }
        Some((class, Some((name, descriptor)))) => {
            iw.classes.u8(2);
            iw.str(C, class);
            iw.str(C, name);
            iw.str(C, descriptor);
        }
    }
}

fn write_record_components(iw: &mut ImageWriter, components: Option<&[RecordComponent]>) {
    const C: Which = Which::Classes;
    // 0 for no Record attribute, else the component count plus one.
    iw.classes.uleb(components.map_or(0, |c| c.len() as u64 + 1));
    for component in components.unwrap_or_default() {
        iw.str(C, &component.name);
        iw.str(C, &component.descriptor);
        iw.opt_str(C, component.signature.as_deref());
        iw.opt_blob(C, component.annotations.as_deref());
    }
}

fn write_field(iw: &mut ImageWriter, field: &Field) {
    const C: Which = Which::Classes;
    iw.str(C, &field.name);
    iw.str(C, &field.descriptor);
    iw.classes.uleb(field.access_flags.into());
    match &field.constant {
        None => iw.classes.u8(0),
        Some(FieldConstant::Value(value)) => {
            iw.classes.u8(1);
            write_const(&mut iw.classes, *value);
        }
        Some(FieldConstant::String(utf16)) => {
            iw.classes.u8(2);
            iw.blob(C, &utf16_bytes(utf16));
        }
    }
    iw.opt_str(C, field.signature.as_deref());
    iw.opt_blob(C, field.annotations.as_deref());
}

fn write_method(iw: &mut ImageWriter, method: &Method) {
    const C: Which = Which::Classes;
    iw.str(C, &method.name);
    iw.str(C, &method.descriptor);
    iw.classes.uleb(method.access_flags.into());
    let body = method.body.as_ref().map_or(0, |body| u64::from(write_function(iw, body)) + 1);
    iw.classes.uleb(body);
    let reflection = method.reflection();
    iw.str_list(C, &reflection.exceptions);
    iw.opt_str(C, reflection.signature.as_deref());
    iw.opt_blob(C, reflection.annotations.as_deref());
    iw.opt_blob(C, reflection.parameter_annotations.as_deref());
    iw.opt_blob(C, reflection.annotation_default.as_deref());
    iw.classes.uleb(reflection.parameters.len() as u64);
    for (name, flags) in &reflection.parameters {
        iw.opt_str(C, name.as_deref());
        iw.classes.uleb((*flags).into());
    }
}

/// Writes an import table record; returns its offset in the imports section.
fn write_imports(iw: &mut ImageWriter, imports: &[Import]) -> u32 {
    let mut entries = Vec::with_capacity(imports.len());
    for import in imports {
        let start = std::mem::take(&mut iw.imports);
        write_import(iw, import);
        entries.push(std::mem::replace(&mut iw.imports, start).buf);
    }
    let record = iw.imports.len() as u32;
    iw.imports.u32_le(imports.len() as u32);
    let mut offset = 4 + 4 * imports.len() as u32;
    for entry in &entries {
        iw.imports.u32_le(offset);
        offset += entry.len() as u32;
    }
    entries.iter().for_each(|entry| iw.imports.buf.extend_from_slice(entry));
    record
}

fn write_import(iw: &mut ImageWriter, import: &Import) {
    const I: Which = Which::Imports;
    match import {
        Import::Class { name } => {
            iw.imports.u8(import_tag::CLASS);
            iw.str(I, name);
        }
        Import::Field { class, name, descriptor } => {
            iw.imports.u8(import_tag::FIELD);
            iw.imports.uleb((*class).into());
            iw.str(I, name);
            iw.str(I, descriptor);
        }
        Import::Method { class, name, descriptor, interface } => {
            iw.imports.u8(import_tag::METHOD);
            iw.imports.uleb((*class).into());
            iw.str(I, name);
            iw.str(I, descriptor);
            iw.imports.u8(u8::from(*interface));
        }
        Import::String { utf16 } => {
            iw.imports.u8(import_tag::STRING);
            iw.blob(I, &utf16_bytes(utf16));
        }
        Import::MethodType { descriptor } => {
            iw.imports.u8(import_tag::METHOD_TYPE);
            iw.str(I, descriptor);
        }
        Import::MethodHandle { kind, member } => {
            iw.imports.u8(import_tag::METHOD_HANDLE);
            iw.imports.u8(*kind);
            iw.imports.uleb((*member).into());
        }
        Import::Error { class, message } => {
            iw.imports.u8(import_tag::ERROR);
            iw.imports.uleb((*class).into());
            iw.str(I, message);
        }
    }
}

/// Writes a function record; returns its offset in the code section.
fn write_function(iw: &mut ImageWriter, function: &Function) -> u32 {
    let record = iw.code.len() as u32;
    let w = &mut iw.code;
    w.uleb(function.registers.len() as u64);
    function.registers.iter().for_each(|ty| w.u8(enum_byte(&TYPES, ty)));
    w.uleb(function.params.len() as u64);
    function.params.iter().for_each(|r| w.uleb(r.0.into()));
    w.u8(function.returns.map_or(0, |ty| enum_byte(&TYPES, &ty) + 1));
    w.uleb(function.handlers.len() as u64);
    for handler in &function.handlers {
        w.uleb(handler.start.into());
        w.uleb(handler.end.into());
        w.uleb(handler.target.into());
        w.uleb(handler.catch_class.map_or(0, |c| u64::from(c) + 1));
        w.uleb(handler.exception.0.into());
    }
    w.uleb(function.positions.len() as u64);
    for position in &function.positions {
        w.uleb(position.instruction.into());
        w.uleb(position.source_offset.into());
        w.uleb(position.line.into());
    }
    let mut code = Writer::default();
    let mut offsets = Vec::with_capacity(function.code.len());
    for inst in &function.code {
        offsets.push(code.len() as u32);
        encode_inst(&mut code, inst);
    }
    w.uleb(offsets.len() as u64);
    offsets.iter().for_each(|&offset| w.u32_le(offset));
    w.uleb(code.len() as u64);
    w.buf.extend_from_slice(&code.buf);
    record
}
