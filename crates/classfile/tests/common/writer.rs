//! A tiny class-file writer for hand-built test inputs. It writes whatever it
//! is told, well-formed or not: tests use it to build exactly the broken
//! class files they need.

use std::collections::HashMap;

pub const MAGIC: u32 = 0xCAFE_BABE;

/// Big-endian byte building.
pub trait Put {
    fn u1(&mut self, v: u8) -> &mut Self;
    fn u2(&mut self, v: u16) -> &mut Self;
    fn u4(&mut self, v: u32) -> &mut Self;
    fn raw(&mut self, bytes: &[u8]) -> &mut Self;
}

impl Put for Vec<u8> {
    fn u1(&mut self, v: u8) -> &mut Self {
        self.push(v);
        self
    }
    fn u2(&mut self, v: u16) -> &mut Self {
        self.extend_from_slice(&v.to_be_bytes());
        self
    }
    fn u4(&mut self, v: u32) -> &mut Self {
        self.extend_from_slice(&v.to_be_bytes());
        self
    }
    fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.extend_from_slice(bytes);
        self
    }
}

/// A class file under construction. `new` makes a minimal valid class
/// (`public super class NAME extends java/lang/Object`, no members).
pub struct ClassWriter {
    pub magic: u32,
    pub minor: u16,
    pub major: u16,
    /// The entries as written, tags included.
    pool: Vec<u8>,
    /// The next free constant-pool index.
    next_index: u16,
    /// Overrides the written `constant_pool_count`.
    pub pool_count: Option<u16>,
    utf8_cache: HashMap<Vec<u8>, u16>,
    pub access: u16,
    pub this_class: u16,
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<Vec<u8>>,
    pub methods: Vec<Vec<u8>>,
    pub attributes: Vec<Vec<u8>>,
}

impl ClassWriter {
    pub fn new(major: u16, name: &str) -> ClassWriter {
        let mut w = ClassWriter::empty(major);
        w.access = 0x0021;
        w.this_class = w.class(name);
        w.super_class = w.class("java/lang/Object");
        w
    }

    /// No constants, no this_class: for module-info and odd headers.
    pub fn empty(major: u16) -> ClassWriter {
        ClassWriter {
            magic: MAGIC,
            minor: 0,
            major,
            pool: Vec::new(),
            next_index: 1,
            pool_count: None,
            utf8_cache: HashMap::new(),
            access: 0,
            this_class: 0,
            super_class: 0,
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            attributes: Vec::new(),
        }
    }

    /// Appends a raw constant-pool entry (tag included) taking `slots` slots.
    pub fn raw_constant(&mut self, bytes: &[u8], slots: u16) -> u16 {
        let index = self.next_index;
        self.pool.extend_from_slice(bytes);
        self.next_index += slots;
        index
    }

    /// The pool as written so far (without its count).
    pub fn pool_bytes(&self) -> &[u8] {
        &self.pool
    }

    pub fn next_index(&self) -> u16 {
        self.next_index
    }

    pub fn utf8_bytes(&mut self, bytes: &[u8]) -> u16 {
        if let Some(&index) = self.utf8_cache.get(bytes) {
            return index;
        }
        let mut entry = vec![1];
        entry.u2(bytes.len() as u16).raw(bytes);
        let index = self.raw_constant(&entry, 1);
        self.utf8_cache.insert(bytes.to_vec(), index);
        index
    }

    /// A Utf8 constant (plain ASCII or BMP text without NUL encodes the same
    /// in UTF-8 and modified UTF-8).
    pub fn utf8(&mut self, text: &str) -> u16 {
        self.utf8_bytes(text.as_bytes())
    }

    fn ref1(&mut self, tag: u8, a: u16) -> u16 {
        let mut entry = vec![tag];
        entry.u2(a);
        self.raw_constant(&entry, 1)
    }

    fn ref2(&mut self, tag: u8, a: u16, b: u16) -> u16 {
        let mut entry = vec![tag];
        entry.u2(a).u2(b);
        self.raw_constant(&entry, 1)
    }

    pub fn integer(&mut self, v: i32) -> u16 {
        let mut entry = vec![3];
        entry.u4(v as u32);
        self.raw_constant(&entry, 1)
    }

    pub fn float(&mut self, v: f32) -> u16 {
        let mut entry = vec![4];
        entry.u4(v.to_bits());
        self.raw_constant(&entry, 1)
    }

    pub fn long(&mut self, v: i64) -> u16 {
        let mut entry = vec![5];
        entry.raw(&v.to_be_bytes());
        self.raw_constant(&entry, 2)
    }

    pub fn double(&mut self, v: f64) -> u16 {
        let mut entry = vec![6];
        entry.raw(&v.to_bits().to_be_bytes());
        self.raw_constant(&entry, 2)
    }

    pub fn class(&mut self, name: &str) -> u16 {
        let name = self.utf8(name);
        self.ref1(7, name)
    }

    pub fn string(&mut self, text: &str) -> u16 {
        let text = self.utf8(text);
        self.ref1(8, text)
    }

    pub fn name_and_type(&mut self, name: &str, descriptor: &str) -> u16 {
        let name = self.utf8(name);
        let descriptor = self.utf8(descriptor);
        self.ref2(12, name, descriptor)
    }

    pub fn fieldref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let class = self.class(class);
        let nat = self.name_and_type(name, descriptor);
        self.ref2(9, class, nat)
    }

    pub fn methodref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let class = self.class(class);
        let nat = self.name_and_type(name, descriptor);
        self.ref2(10, class, nat)
    }

    pub fn interface_methodref(&mut self, class: &str, name: &str, descriptor: &str) -> u16 {
        let class = self.class(class);
        let nat = self.name_and_type(name, descriptor);
        self.ref2(11, class, nat)
    }

    pub fn method_handle(&mut self, kind: u8, reference: u16) -> u16 {
        let mut entry = vec![15, kind];
        entry.u2(reference);
        self.raw_constant(&entry, 1)
    }

    pub fn method_type(&mut self, descriptor: &str) -> u16 {
        let descriptor = self.utf8(descriptor);
        self.ref1(16, descriptor)
    }

    pub fn dynamic(&mut self, bootstrap: u16, name: &str, descriptor: &str) -> u16 {
        let nat = self.name_and_type(name, descriptor);
        self.ref2(17, bootstrap, nat)
    }

    pub fn invoke_dynamic(&mut self, bootstrap: u16, name: &str, descriptor: &str) -> u16 {
        let nat = self.name_and_type(name, descriptor);
        self.ref2(18, bootstrap, nat)
    }

    pub fn module(&mut self, name: &str) -> u16 {
        let name = self.utf8(name);
        self.ref1(19, name)
    }

    pub fn package(&mut self, name: &str) -> u16 {
        let name = self.utf8(name);
        self.ref1(20, name)
    }

    /// An attribute: name, u4 length, body.
    pub fn attribute(&mut self, name: &str, body: &[u8]) -> Vec<u8> {
        let name = self.utf8(name);
        let mut out = Vec::new();
        out.u2(name).u4(body.len() as u32).raw(body);
        out
    }

    /// A `Code` attribute with the given exception table
    /// (`start, end, handler, catch_type`) and attributes.
    pub fn code(
        &mut self,
        max_stack: u16,
        max_locals: u16,
        code: &[u8],
        handlers: &[(u16, u16, u16, u16)],
        attributes: &[Vec<u8>],
    ) -> Vec<u8> {
        let mut body = Vec::new();
        body.u2(max_stack).u2(max_locals).u4(code.len() as u32).raw(code);
        body.u2(handlers.len() as u16);
        for &(start, end, handler, catch_type) in handlers {
            body.u2(start).u2(end).u2(handler).u2(catch_type);
        }
        push_list(&mut body, attributes);
        self.attribute("Code", &body)
    }

    /// A member (`field_info` / `method_info`) as bytes.
    pub fn member(&mut self, access: u16, name: &str, descriptor: &str, attributes: &[Vec<u8>]) -> Vec<u8> {
        let name = self.utf8(name);
        let descriptor = self.utf8(descriptor);
        let mut out = Vec::new();
        out.u2(access).u2(name).u2(descriptor);
        push_list(&mut out, attributes);
        out
    }

    pub fn field(&mut self, access: u16, name: &str, descriptor: &str, attributes: &[Vec<u8>]) -> &mut Self {
        let field = self.member(access, name, descriptor, attributes);
        self.fields.push(field);
        self
    }

    pub fn method(&mut self, access: u16, name: &str, descriptor: &str, attributes: &[Vec<u8>]) -> &mut Self {
        let method = self.member(access, name, descriptor, attributes);
        self.methods.push(method);
        self
    }

    /// A method whose body is `code` (locals and stack generous enough).
    pub fn method_with_code(&mut self, access: u16, name: &str, descriptor: &str, code: &[u8]) -> &mut Self {
        let code = self.code(8, 8, code, &[], &[]);
        self.method(access, name, descriptor, &[code])
    }

    /// The usual `<init>()V` that calls `Object.<init>`.
    pub fn default_constructor(&mut self) -> &mut Self {
        let object_init = self.methodref("java/lang/Object", "<init>", "()V");
        let [hi, lo] = object_init.to_be_bytes();
        // aload_0; invokespecial Object.<init>; return
        self.method_with_code(0x0001, "<init>", "()V", &[0x2a, 0xb7, hi, lo, 0xb1])
    }

    pub fn class_attribute(&mut self, name: &str, body: &[u8]) -> &mut Self {
        let attribute = self.attribute(name, body);
        self.attributes.push(attribute);
        self
    }

    /// Magic, version and constant pool: everything before `access_flags`.
    pub fn head(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.u4(self.magic).u2(self.minor).u2(self.major);
        out.u2(self.pool_count.unwrap_or(self.next_index)).raw(&self.pool);
        out
    }

    /// Everything before `fields_count`.
    pub fn prefix(&self) -> Vec<u8> {
        let mut out = self.head();
        out.u2(self.access).u2(self.this_class).u2(self.super_class);
        out.u2(self.interfaces.len() as u16);
        for &interface in &self.interfaces {
            out.u2(interface);
        }
        out
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.prefix();
        push_list(&mut out, &self.fields);
        push_list(&mut out, &self.methods);
        push_list(&mut out, &self.attributes);
        out
    }
}

/// A u2 count followed by the items.
pub fn push_list(out: &mut Vec<u8>, items: &[Vec<u8>]) {
    out.u2(items.len() as u16);
    for item in items {
        out.raw(item);
    }
}
