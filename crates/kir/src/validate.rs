//! Checks that a function is well-typed against its class's import table.
//!
//! The translator's output and every decoded image go through here before the
//! interpreter or code generator trust them: they rely on registers being in
//! range and typed as each instruction expects, on every import being of the
//! right kind, and on control never running off the end of the code.

use std::borrow::Cow;
use std::fmt;

use crate::descriptor::{array_dimensions, field_type, method_sig, MethodSig};
use crate::inst::*;
use crate::module::*;
use crate::types::*;

/// Where in a function (or class) a problem was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The function as a whole (its parameters, its end).
    Function,
    Instruction(u32),
    Handler(usize),
    Position(usize),
    Import(u32),
}

/// One validation failure: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::Function => write!(f, "{}", self.message),
            Location::Instruction(i) => write!(f, "instruction {i}: {}", self.message),
            Location::Handler(i) => write!(f, "handler {i}: {}", self.message),
            Location::Position(i) => write!(f, "position {i}: {}", self.message),
            Location::Import(i) => write!(f, "import #{i}: {}", self.message),
        }
    }
}

impl std::error::Error for ValidationError {}

/// A validation error in a named method of a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassValidationError {
    pub class: String,
    /// `name descriptor` of the method, `None` for the import table.
    pub method: Option<String>,
    pub error: ValidationError,
}

impl fmt::Display for ClassValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.method {
            Some(method) => write!(f, "class {}, method {method}: {}", self.class, self.error),
            None => write!(f, "class {}: {}", self.class, self.error),
        }
    }
}

impl std::error::Error for ClassValidationError {}

type Result<T = ()> = std::result::Result<T, ValidationError>;

fn err<T>(location: Location, message: impl Into<String>) -> Result<T> {
    Err(ValidationError { location, message: message.into() })
}

/// The JVM's `ACC_STATIC`: static methods take no receiver.
const ACC_STATIC: u16 = 0x0008;

/// Validates the import table, then every method body against its
/// descriptor (parameter and return types) and the table.
pub fn validate_class(class: &Class) -> std::result::Result<(), ClassValidationError> {
    let in_class = |method: Option<String>| {
        move |error| ClassValidationError { class: class.name.to_string(), method: method.clone(), error }
    };
    validate_imports(&class.imports).map_err(in_class(None))?;
    for method in &class.methods {
        let Some(body) = &method.body else { continue };
        let name = Some(format!("{} {}", method.name, method.descriptor));
        let is_static = method.access_flags & ACC_STATIC != 0;
        check_signature(body, &method.descriptor, is_static).map_err(in_class(name.clone()))?;
        validate_function(body, &class.imports).map_err(in_class(name))?;
    }
    Ok(())
}

/// Checks that the body's parameters and return type are those of the
/// method descriptor (plus a `Ref` receiver first when not static).
pub fn check_signature(function: &Function, descriptor: &str, is_static: bool) -> Result {
    let Some(sig) = method_sig(descriptor) else {
        return err(Location::Function, format!("malformed method descriptor {descriptor}"));
    };
    let receiver = if is_static { None } else { Some(Type::Ref) };
    let expected: Vec<Type> = receiver.into_iter().chain(sig.params).collect();
    let actual: Vec<Option<Type>> =
        function.params.iter().map(|r| function.registers.get(r.0 as usize).copied()).collect();
    if actual != expected.iter().map(|&t| Some(t)).collect::<Vec<_>>() {
        return err(Location::Function, format!("parameters {actual:?} do not match {descriptor}"));
    }
    if function.returns != sig.returns {
        return err(
            Location::Function,
            format!("returns {:?} but the descriptor is {descriptor}", function.returns),
        );
    }
    Ok(())
}

/// A class's import table as validation reads it: decoded (`[Import]`), or
/// read in place from an image one entry at a time, so a runtime need not
/// keep every class's table decoded.
pub trait ImportTable {
    fn len(&self) -> usize;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Import `index` (below `len`), or what is wrong with its encoding.
    fn get(&self, index: ImportIndex) -> std::result::Result<Cow<'_, Import>, String>;

    /// The kind of import `index` (below `len`), without the rest of it.
    fn kind(&self, index: ImportIndex) -> std::result::Result<ImportKind, String> {
        self.get(index).map(|import| ImportKind::of(&import))
    }
}

impl ImportTable for [Import] {
    fn len(&self) -> usize {
        <[Import]>::len(self)
    }

    fn get(&self, index: ImportIndex) -> std::result::Result<Cow<'_, Import>, String> {
        match <[Import]>::get(self, index as usize) {
            Some(import) => Ok(Cow::Borrowed(import)),
            None => Err(format!("import #{index} out of range ({} imports)", self.len())),
        }
    }
}

impl ImportTable for Vec<Import> {
    fn len(&self) -> usize {
        <[Import]>::len(self)
    }

    fn get(&self, index: ImportIndex) -> std::result::Result<Cow<'_, Import>, String> {
        ImportTable::get(self.as_slice(), index)
    }
}

/// Checks that every import refers to imports of the right kind.
pub fn validate_imports<T: ImportTable + ?Sized>(imports: &T) -> Result {
    for index in 0..imports.len() as u32 {
        let here = Location::Import(index);
        let import = imports.get(index).or_else(|message| err(here, message))?;
        let expect = |i: ImportIndex, kind: ImportKind| expect_kind(imports, here, i, kind);
        match &*import {
            Import::Class { name } if name.is_empty() => return err(here, "empty class name"),
            Import::Field { class, descriptor, .. } => {
                expect(*class, ImportKind::Class)?;
                if field_type(descriptor).is_none() {
                    return err(here, format!("malformed field descriptor {descriptor}"));
                }
            }
            Import::Method { class, descriptor, .. } => {
                expect(*class, ImportKind::Class)?;
                if method_sig(descriptor).is_none() {
                    return err(here, format!("malformed method descriptor {descriptor}"));
                }
            }
            Import::MethodType { descriptor } if method_sig(descriptor).is_none() => {
                return err(here, format!("malformed method descriptor {descriptor}"));
            }
            Import::MethodHandle { kind, member } => {
                let wanted = if (1..=4).contains(kind) { ImportKind::Field } else { ImportKind::Method };
                if !(1..=9).contains(kind) {
                    return err(here, format!("method handle kind {kind} is not 1 to 9"));
                }
                expect(*member, wanted)?;
            }
            Import::Error { class, .. } => expect(*class, ImportKind::Class)?,
            _ => {}
        }
    }
    Ok(())
}

/// The kinds of [`Import`], for error messages and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Class,
    Field,
    Method,
    String,
    MethodType,
    MethodHandle,
    Error,
}

impl ImportKind {
    pub fn of(import: &Import) -> ImportKind {
        match import {
            Import::Class { .. } => ImportKind::Class,
            Import::Field { .. } => ImportKind::Field,
            Import::Method { .. } => ImportKind::Method,
            Import::String { .. } => ImportKind::String,
            Import::MethodType { .. } => ImportKind::MethodType,
            Import::MethodHandle { .. } => ImportKind::MethodHandle,
            Import::Error { .. } => ImportKind::Error,
        }
    }
}

/// The kind of import `index`, checked to be in range.
fn kind_of<T: ImportTable + ?Sized>(imports: &T, at: Location, index: ImportIndex) -> Result<ImportKind> {
    if index as usize >= imports.len() {
        return err(at, format!("import #{index} out of range ({} imports)", imports.len()));
    }
    imports.kind(index).or_else(|message| err(at, message))
}

/// Checks that import `index` is in range and of `kind`.
fn expect_kind<T: ImportTable + ?Sized>(
    imports: &T,
    at: Location,
    index: ImportIndex,
    kind: ImportKind,
) -> Result {
    let actual = kind_of(imports, at, index)?;
    if actual != kind {
        return err(at, format!("import #{index} is a {actual:?}, expected a {kind:?}"));
    }
    Ok(())
}

/// Validates one function against its class's import table.
pub fn validate_function<T: ImportTable + ?Sized>(function: &Function, imports: &T) -> Result {
    let checker = Checker { function, imports, at: Location::Function };
    checker.check_params()?;
    for (index, inst) in function.code.iter().enumerate() {
        Checker { at: Location::Instruction(index as u32), ..checker }.check_inst(inst)?;
    }
    match function.code.last() {
        None => return err(Location::Function, "empty code"),
        Some(last) if last.falls_through() => {
            return err(
                Location::Instruction(function.code.len() as u32 - 1),
                "the last instruction falls through",
            );
        }
        _ => {}
    }
    for (index, handler) in function.handlers.iter().enumerate() {
        Checker { at: Location::Handler(index), ..checker }.check_handler(handler)?;
    }
    checker.check_positions()
}

struct Checker<'a, I: ?Sized> {
    function: &'a Function,
    imports: &'a I,
    at: Location,
}

// Not derived: a derive would ask `I: Copy` of the table itself.
impl<I: ?Sized> Clone for Checker<'_, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: ?Sized> Copy for Checker<'_, I> {}

impl<I: ImportTable + ?Sized> Checker<'_, I> {
    fn fail<T>(&self, message: impl Into<String>) -> Result<T> {
        err(self.at, message)
    }

    fn reg(&self, reg: Reg) -> Result<Type> {
        match self.function.registers.get(reg.0 as usize) {
            Some(&ty) => Ok(ty),
            None => self.fail(format!("{reg} out of range ({} registers)", self.function.registers.len())),
        }
    }

    fn expect(&self, reg: Reg, ty: Type) -> Result {
        let actual = self.reg(reg)?;
        if actual != ty {
            return self.fail(format!("{reg} is {actual}, expected {ty}"));
        }
        Ok(())
    }

    fn same(&self, regs: &[Reg]) -> Result<Type> {
        let ty = self.reg(regs[0])?;
        for &reg in &regs[1..] {
            self.expect(reg, ty)?;
        }
        Ok(ty)
    }

    /// Checks that import `index` is of `kind`.
    fn import(&self, index: ImportIndex, kind: ImportKind) -> Result {
        expect_kind(self.imports, self.at, index, kind)
    }

    /// Import `index`, checked to be of `kind`.
    fn decoded(&self, index: ImportIndex, kind: ImportKind) -> Result<Cow<'_, Import>> {
        self.import(index, kind)?;
        self.imports.get(index).or_else(|message| self.fail(message))
    }

    fn target(&self, target: Label) -> Result {
        if target as usize >= self.function.code.len() {
            return self
                .fail(format!("target {target} out of range ({} instructions)", self.function.code.len()));
        }
        Ok(())
    }

    fn check_params(&self) -> Result {
        for &param in &self.function.params {
            self.reg(param)?;
        }
        Ok(())
    }

    fn check_inst(&self, inst: &Inst) -> Result {
        for target in inst.targets() {
            self.target(target)?;
        }
        match inst {
            Inst::Const { dst, value } => self.expect(*dst, value.ty()),
            Inst::Move { dst, src } => self.same(&[*dst, *src]).map(drop),
            Inst::Binary { op, dst, a, b } => self.check_binary(*op, *dst, *a, *b),
            Inst::Unary { op, dst, src } => self.check_unary(*op, *dst, *src),
            Inst::Convert { op, dst, src } => self.check_convert(*op, *dst, *src),
            Inst::Compare { cond, dst, a, b } => {
                self.expect(*dst, Type::I32)?;
                self.check_cond(*cond, *a, *b)
            }
            Inst::Compare3 { kind, dst, a, b } => self.check_compare3(*kind, *dst, *a, *b),
            Inst::Jump { .. } => Ok(()),
            Inst::Branch { cond, a, b, .. } => self.check_cond(*cond, *a, *b),
            Inst::BranchZero { cond, a, .. } => self.check_branch_zero(*cond, *a),
            Inst::TableSwitch { key, .. } => self.expect(*key, Type::I32),
            Inst::LookupSwitch { key, cases, .. } => self.check_lookup_switch(*key, cases),
            Inst::Return { value } => self.check_return(*value),
            Inst::Call { dst, function, args } => self.check_call(*dst, *function, args, true),
            Inst::Load { kind, dst, addr, .. } => {
                self.expect(*addr, Type::Ptr)?;
                self.expect(*dst, kind.register_type())
            }
            Inst::Store { kind, addr, value, .. } => {
                self.expect(*addr, Type::Ptr)?;
                self.expect(*value, kind.register_type())
            }
            Inst::AtomicRmw { op, kind, dst, addr, value } => {
                self.check_atomic_rmw(*op, *kind, *dst, *addr, *value)
            }
            Inst::CompareExchange { kind, dst, addr, expected, new } => {
                self.check_atomic_kind(*kind, false)?;
                self.expect(*addr, Type::Ptr)?;
                self.expect(*dst, kind.register_type())?;
                self.same(&[*dst, *expected, *new]).map(drop)
            }
            Inst::Fence { .. } => Ok(()),
            Inst::New { dst, class } => {
                self.import(*class, ImportKind::Class)?;
                self.expect(*dst, Type::Ref)
            }
            Inst::NewArray { dst, class, length } => {
                self.check_new_array(*dst, *class, std::slice::from_ref(length))
            }
            Inst::NewMultiArray { dst, class, lengths } => self.check_new_array(*dst, *class, lengths),
            Inst::GetField { dst, object, field } => {
                self.expect(*object, Type::Ref)?;
                self.expect(*dst, self.field_type(*field)?)
            }
            Inst::PutField { object, field, value } => {
                self.expect(*object, Type::Ref)?;
                self.expect(*value, self.field_type(*field)?)
            }
            Inst::GetStatic { dst, field } => self.expect(*dst, self.field_type(*field)?),
            Inst::PutStatic { field, value } => self.expect(*value, self.field_type(*field)?),
            Inst::ArrayLoad { kind, dst, array, index } => {
                self.check_array_access(*kind, *dst, *array, *index)
            }
            Inst::ArrayStore { kind, array, index, value } => {
                self.check_array_access(*kind, *value, *array, *index)
            }
            Inst::ArrayLength { dst, array } => {
                self.expect(*array, Type::Ref)?;
                self.expect(*dst, Type::I32)
            }
            Inst::InvokeStatic { dst, method, args } => self.check_call(*dst, *method, args, true),
            Inst::InvokeSpecial { dst, method, args }
            | Inst::InvokeVirtual { dst, method, args }
            | Inst::InvokeInterface { dst, method, args } => self.check_call(*dst, *method, args, false),
            Inst::InstanceOf { dst, object, class } => {
                self.import(*class, ImportKind::Class)?;
                self.expect(*object, Type::Ref)?;
                self.expect(*dst, Type::I32)
            }
            Inst::CheckCast { object, class } => {
                self.import(*class, ImportKind::Class)?;
                self.expect(*object, Type::Ref)
            }
            Inst::NullCheck { object }
            | Inst::MonitorEnter { object }
            | Inst::MonitorExit { object }
            | Inst::Throw { exception: object } => self.expect(*object, Type::Ref),
            Inst::LoadString { dst, string } => {
                self.import(*string, ImportKind::String)?;
                self.expect(*dst, Type::Ref)
            }
            Inst::LoadClass { dst, class } => {
                self.import(*class, ImportKind::Class)?;
                self.expect(*dst, Type::Ref)
            }
            Inst::LoadConstant { dst, constant } => self.check_load_constant(*dst, *constant),
            Inst::Concat { dst, parts } => self.check_concat(*dst, parts),
            Inst::Raise { error } => self.import(*error, ImportKind::Error).map(drop),
        }
    }

    fn check_binary(&self, op: BinOp, dst: Reg, a: Reg, b: Reg) -> Result {
        use BinOp::*;
        let ty = match op {
            Shl | Shr | UShr => {
                self.expect(b, Type::I32)?;
                self.same(&[dst, a])?
            }
            _ => self.same(&[dst, a, b])?,
        };
        let allowed = match op {
            Add | Sub | Mul | Div | Rem => ty.is_integer() || ty.is_float(),
            UDiv | URem | And | Or | Xor | Shl | Shr | UShr => ty.is_integer(),
        };
        if !allowed {
            return self.fail(format!("{op:?} is not defined on {ty}"));
        }
        Ok(())
    }

    fn check_unary(&self, op: UnOp, dst: Reg, src: Reg) -> Result {
        let ty = self.same(&[dst, src])?;
        let allowed = match op {
            UnOp::Neg => ty.is_integer() || ty.is_float(),
            UnOp::Not => ty.is_integer(),
        };
        if !allowed {
            return self.fail(format!("{op:?} is not defined on {ty}"));
        }
        Ok(())
    }

    fn check_convert(&self, op: ConvOp, dst: Reg, src: Reg) -> Result {
        let (from, to) = conversion_types(op);
        self.expect(src, from)?;
        self.expect(dst, to)
    }

    /// Integers and pointers take every condition, floats the ordered ones,
    /// references only `Eq` and `Ne`.
    fn check_cond(&self, cond: Cond, a: Reg, b: Reg) -> Result {
        let ty = self.same(&[a, b])?;
        self.cond_allowed(cond, ty)
    }

    fn cond_allowed(&self, cond: Cond, ty: Type) -> Result {
        let unsigned = matches!(cond, Cond::ULt | Cond::ULe | Cond::UGt | Cond::UGe);
        let allowed = match ty {
            Type::I32 | Type::I64 | Type::Ptr => true,
            Type::F32 | Type::F64 => !unsigned,
            Type::Ref => matches!(cond, Cond::Eq | Cond::Ne),
        };
        if !allowed {
            return self.fail(format!("condition {cond:?} is not defined on {ty}"));
        }
        Ok(())
    }

    fn check_branch_zero(&self, cond: Cond, a: Reg) -> Result {
        let ty = self.reg(a)?;
        if !(ty.is_integer() || ty == Type::Ref) {
            return self.fail(format!("{a} is {ty}, expected an integer or ref"));
        }
        self.cond_allowed(cond, ty)
    }

    fn check_compare3(&self, kind: Cmp3, dst: Reg, a: Reg, b: Reg) -> Result {
        self.expect(dst, Type::I32)?;
        let ty = self.same(&[a, b])?;
        let allowed = match kind {
            Cmp3::Int => ty.is_integer(),
            Cmp3::FloatNanLess | Cmp3::FloatNanGreater => ty.is_float(),
        };
        if !allowed {
            return self.fail(format!("{kind:?} is not defined on {ty}"));
        }
        Ok(())
    }

    fn check_lookup_switch(&self, key: Reg, cases: &[(i32, Label)]) -> Result {
        self.expect(key, Type::I32)?;
        if cases.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
            return self.fail("lookup switch keys are not strictly increasing");
        }
        Ok(())
    }

    fn check_return(&self, value: Option<Reg>) -> Result {
        match (value, self.function.returns) {
            (None, None) => Ok(()),
            (Some(reg), Some(ty)) => self.expect(reg, ty),
            (Some(_), None) => self.fail("returns a value from a void function"),
            (None, Some(ty)) => self.fail(format!("returns no value, expected {ty}")),
        }
    }

    fn method_sig(&self, method: ImportIndex) -> Result<MethodSig> {
        let import = self.decoded(method, ImportKind::Method)?;
        let Import::Method { descriptor, .. } = &*import else { unreachable!() };
        match method_sig(descriptor) {
            Some(sig) => Ok(sig),
            None => self.fail(format!("import #{method} has a malformed descriptor {descriptor}")),
        }
    }

    fn field_type(&self, field: ImportIndex) -> Result<Type> {
        let import = self.decoded(field, ImportKind::Field)?;
        let Import::Field { descriptor, .. } = &*import else { unreachable!() };
        match field_type(descriptor) {
            Some(ty) => Ok(ty),
            None => self.fail(format!("import #{field} has a malformed descriptor {descriptor}")),
        }
    }

    /// `args` are the descriptor's parameters, after a `Ref` receiver unless
    /// `is_static`.
    fn check_call(&self, dst: Option<Reg>, method: ImportIndex, args: &[Reg], is_static: bool) -> Result {
        let sig = self.method_sig(method)?;
        let receiver = if is_static { None } else { Some(Type::Ref) };
        let expected: Vec<Type> = receiver.into_iter().chain(sig.params).collect();
        if args.len() != expected.len() {
            return self.fail(format!("{} arguments, expected {}", args.len(), expected.len()));
        }
        for (&arg, &ty) in args.iter().zip(&expected) {
            self.expect(arg, ty)?;
        }
        match (dst, sig.returns) {
            (Some(dst), Some(ty)) => self.expect(dst, ty),
            (Some(dst), None) => self.fail(format!("{dst} receives the result of a void method")),
            (None, _) => Ok(()),
        }
    }

    fn check_atomic_kind(&self, kind: MemKind, arithmetic: bool) -> Result {
        let allowed = match kind {
            MemKind::I32 | MemKind::I64 => true,
            MemKind::Ref | MemKind::Ptr => !arithmetic,
            _ => false,
        };
        if !allowed {
            return self.fail(format!("atomic access of kind {kind:?}"));
        }
        Ok(())
    }

    fn check_atomic_rmw(&self, op: AtomicOp, kind: MemKind, dst: Reg, addr: Reg, value: Reg) -> Result {
        self.check_atomic_kind(kind, op != AtomicOp::Exchange)?;
        self.expect(addr, Type::Ptr)?;
        self.expect(dst, kind.register_type())?;
        self.expect(value, kind.register_type())
    }

    fn check_new_array(&self, dst: Reg, class: ImportIndex, lengths: &[Reg]) -> Result {
        let import = self.decoded(class, ImportKind::Class)?;
        let Import::Class { name } = &*import else { unreachable!() };
        let dims = array_dimensions(name);
        if dims == 0 || field_type(name).is_none() {
            return self.fail(format!("import #{class} ({name}) is not an array class"));
        }
        if lengths.is_empty() || lengths.len() > dims {
            return self.fail(format!("{} lengths for the {dims}-dimensional {name}", lengths.len()));
        }
        for &length in lengths {
            self.expect(length, Type::I32)?;
        }
        self.expect(dst, Type::Ref)
    }

    fn check_array_access(&self, kind: ElemKind, value: Reg, array: Reg, index: Reg) -> Result {
        self.expect(array, Type::Ref)?;
        self.expect(index, Type::I32)?;
        self.expect(value, kind.register_type())
    }

    fn check_load_constant(&self, dst: Reg, constant: ImportIndex) -> Result {
        let kind = kind_of(self.imports, self.at, constant)?;
        if !matches!(kind, ImportKind::MethodType | ImportKind::MethodHandle) {
            return self
                .fail(format!("import #{constant} is a {kind:?}, expected a MethodType or MethodHandle"));
        }
        self.expect(dst, Type::Ref)
    }

    fn check_concat(&self, dst: Reg, parts: &[ConcatPart]) -> Result {
        for part in parts {
            match part {
                ConcatPart::Value(reg, kind) => self.expect(*reg, concat_kind_type(*kind))?,
                ConcatPart::Text(string) => self.import(*string, ImportKind::String).map(drop)?,
            }
        }
        self.expect(dst, Type::Ref)
    }

    fn check_handler(&self, handler: &Handler) -> Result {
        let len = self.function.code.len() as u32;
        if handler.start >= handler.end || handler.end > len {
            return self.fail(format!(
                "range {}..{} is empty or beyond {len} instructions",
                handler.start, handler.end
            ));
        }
        self.target(handler.target)?;
        self.expect(handler.exception, Type::Ref)?;
        if let Some(class) = handler.catch_class {
            self.import(class, ImportKind::Class)?;
        }
        Ok(())
    }

    fn check_positions(&self) -> Result {
        let len = self.function.code.len() as u32;
        let mut previous: Option<Label> = None;
        for (index, position) in self.function.positions.iter().enumerate() {
            let at = Location::Position(index);
            if position.instruction >= len {
                return err(at, format!("instruction {} out of range", position.instruction));
            }
            if previous.is_some_and(|p| p > position.instruction) {
                return err(at, "positions are not sorted by instruction");
            }
            previous = Some(position.instruction);
        }
        Ok(())
    }
}

/// The source and destination register types of a conversion.
pub fn conversion_types(op: ConvOp) -> (Type, Type) {
    use ConvOp::*;
    use Type::*;
    match op {
        I32ToI64 | U32ToI64 => (I32, I64),
        I64ToI32 => (I64, I32),
        I32ToF32 => (I32, F32),
        I32ToF64 => (I32, F64),
        I64ToF32 => (I64, F32),
        I64ToF64 => (I64, F64),
        F32ToI32 => (F32, I32),
        F32ToI64 => (F32, I64),
        F64ToI32 => (F64, I32),
        F64ToI64 => (F64, I64),
        F32ToF64 => (F32, F64),
        F64ToF32 => (F64, F32),
        I32ToI8 | I32ToU16 | I32ToI16 => (I32, I32),
        F32BitsToI32 => (F32, I32),
        I32BitsToF32 => (I32, F32),
        F64BitsToI64 => (F64, I64),
        I64BitsToF64 => (I64, F64),
    }
}

/// The register type a concatenated value of this kind is read from.
pub fn concat_kind_type(kind: ConcatKind) -> Type {
    match kind {
        ConcatKind::Int | ConcatKind::Char | ConcatKind::Boolean | ConcatKind::Byte | ConcatKind::Short => {
            Type::I32
        }
        ConcatKind::Long => Type::I64,
        ConcatKind::Float => Type::F32,
        ConcatKind::Double => Type::F64,
        ConcatKind::Object => Type::Ref,
    }
}
