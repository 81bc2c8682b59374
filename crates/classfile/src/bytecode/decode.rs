//! Decodes a method's code array into instructions with typed operands.
//!
//! Every error is reported at the offset of the instruction that caused it,
//! relative to the start of the code array; the caller adds the class and
//! method as context.

use std::iter::FusedIterator;

use super::opcode::{reserved_opcode_name, Opcode};
use super::stack_effect::StackType;
use crate::error::{ClassFileError, Result};
use crate::reader::Reader;

/// The largest code array a `Code` attribute may hold (JVMS 4.7.3).
pub const MAX_CODE_LENGTH: usize = 65535;

/// One decoded instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Offset of the instruction (of its `wide` prefix, if any) in the code.
    pub offset: u32,
    /// The operation; for a `wide` instruction, the opcode it modifies.
    pub opcode: Opcode,
    /// Whether a `wide` prefix widened the local index (and `iinc`'s delta).
    pub wide: bool,
    /// Length in bytes, counting the `wide` prefix and any switch padding.
    pub length: u32,
    pub operands: Operands,
}

/// The operands of an instruction, typed by what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operands {
    /// The opcode alone says everything (`iadd`, `iload_1`, `return`, …).
    None,
    /// A local variable index: loads, stores and `ret`.
    Local(u16),
    /// `iinc`: the local to increment and by how much.
    Iinc {
        index: u16,
        delta: i16,
    },
    /// The value `bipush` (sign-extended from a byte) or `sipush` pushes.
    Immediate(i16),
    /// A constant-pool index: `ldc` (one byte, widened), `ldc_w`, `ldc2_w`,
    /// field access, `invokevirtual`/`special`/`static`/`dynamic`, `new`,
    /// `anewarray`, `checkcast`, `instanceof`.
    ConstantPool(u16),
    /// The absolute offset a branch, `goto` or `jsr` (or their wide forms)
    /// jumps to.
    Branch(u32),
    /// `newarray`: the primitive element type.
    NewArray(ArrayType),
    /// `invokeinterface`: the method reference and the argument slot count
    /// (including the receiver) that the instruction redundantly encodes.
    InvokeInterface {
        index: u16,
        count: u8,
    },
    /// `multianewarray`: the array class and how many dimensions to create.
    MultiANewArray {
        index: u16,
        dimensions: u8,
    },
    TableSwitch(TableSwitch),
    LookupSwitch(LookupSwitch),
}

/// The element type operand of `newarray` (JVMS 6.5 `newarray`, Table 6.5.newarray-A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ArrayType {
    Boolean = 4,
    Char = 5,
    Float = 6,
    Double = 7,
    Byte = 8,
    Short = 9,
    Int = 10,
    Long = 11,
}

impl ArrayType {
    pub const fn from_atype(atype: u8) -> Option<ArrayType> {
        Some(match atype {
            4 => ArrayType::Boolean,
            5 => ArrayType::Char,
            6 => ArrayType::Float,
            7 => ArrayType::Double,
            8 => ArrayType::Byte,
            9 => ArrayType::Short,
            10 => ArrayType::Int,
            11 => ArrayType::Long,
            _ => return None,
        })
    }

    /// The operand byte that encodes this type.
    pub const fn atype(self) -> u8 {
        self as u8
    }

    /// The Java name of the element type, as `javap` prints it.
    pub const fn name(self) -> &'static str {
        match self {
            ArrayType::Boolean => "boolean",
            ArrayType::Char => "char",
            ArrayType::Float => "float",
            ArrayType::Double => "double",
            ArrayType::Byte => "byte",
            ArrayType::Short => "short",
            ArrayType::Int => "int",
            ArrayType::Long => "long",
        }
    }

    /// The descriptor character of the element type (`Z`, `C`, `F`, …).
    pub const fn descriptor(self) -> char {
        match self {
            ArrayType::Boolean => 'Z',
            ArrayType::Char => 'C',
            ArrayType::Float => 'F',
            ArrayType::Double => 'D',
            ArrayType::Byte => 'B',
            ArrayType::Short => 'S',
            ArrayType::Int => 'I',
            ArrayType::Long => 'J',
        }
    }

    /// How an element looks once loaded onto the operand stack (narrow
    /// integer types become `Int`).
    pub const fn stack_type(self) -> StackType {
        match self {
            ArrayType::Float => StackType::Float,
            ArrayType::Double => StackType::Double,
            ArrayType::Long => StackType::Long,
            _ => StackType::Int,
        }
    }
}

/// `tableswitch`: jumps to `targets[key - low]` if `low <= key <= high`,
/// else to `default`. Targets are absolute offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSwitch {
    pub default: u32,
    pub low: i32,
    pub high: i32,
    /// One target per key from `low` to `high`.
    pub targets: Vec<u32>,
}

/// `lookupswitch`: jumps to the target of the case whose key matches, else
/// to `default`. Targets are absolute offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupSwitch {
    pub default: u32,
    /// Sorted by strictly increasing key, as JVMS 4.9.1 requires.
    pub cases: Vec<SwitchCase>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SwitchCase {
    pub key: i32,
    pub target: u32,
}

impl Instruction {
    /// Offset of the next instruction.
    pub fn end(&self) -> u32 {
        self.offset + self.length
    }

    /// The name `javap` prints: the opcode's, or `iload_w`-style for a
    /// `wide` instruction.
    pub fn mnemonic(&self) -> &'static str {
        match self.opcode.wide_mnemonic() {
            Some(wide) if self.wide => wide,
            _ => self.opcode.mnemonic(),
        }
    }

    /// The local variable read or written, whether named by an operand
    /// (`iload 4`, `iinc 4, 1`, `ret 4`) or by the opcode (`iload_2`).
    pub fn local_index(&self) -> Option<u16> {
        match self.operands {
            Operands::Local(index) | Operands::Iinc { index, .. } => Some(index),
            _ => self.opcode.implicit_local(),
        }
    }

    /// The constant-pool index the instruction refers to, if any.
    pub fn constant_pool_index(&self) -> Option<u16> {
        match self.operands {
            Operands::ConstantPool(index)
            | Operands::InvokeInterface { index, .. }
            | Operands::MultiANewArray { index, .. } => Some(index),
            _ => None,
        }
    }

    /// Every absolute offset this instruction may jump to (for a switch, the
    /// default first, then the cases in order; duplicates are kept).
    pub fn branch_targets(&self) -> impl Iterator<Item = u32> + '_ {
        let (first, table, cases): (Option<u32>, &[u32], &[SwitchCase]) = match &self.operands {
            Operands::Branch(target) => (Some(*target), &[], &[]),
            Operands::TableSwitch(switch) => (Some(switch.default), &switch.targets, &[]),
            Operands::LookupSwitch(switch) => (Some(switch.default), &[], &switch.cases),
            _ => (None, &[], &[]),
        };
        first.into_iter().chain(table.iter().copied()).chain(cases.iter().map(|case| case.target))
    }
}

/// Decodes `code` one instruction at a time. Branch targets are checked to
/// lie inside the code; [`decode_all`] also checks that they land on
/// instruction starts. After the first error the iterator ends.
pub fn decode(code: &[u8]) -> Instructions<'_> {
    Instructions { reader: Reader::new(code), code_length: code.len(), failed: false }
}

/// Decodes a whole code array and checks its branch targets (JVMS 4.9.1):
/// the result is a well-formed instruction sequence.
pub fn decode_all(code: &[u8]) -> Result<Vec<Instruction>> {
    if code.is_empty() {
        return Err(ClassFileError::new(0, "the code array is empty"));
    }
    let instructions = decode(code).collect::<Result<Vec<_>>>()?;
    check_branch_targets(&instructions)?;
    Ok(instructions)
}

/// Fails unless every branch target of `instructions` (a whole method, in
/// offset order) is the start of one of them.
pub fn check_branch_targets(instructions: &[Instruction]) -> Result<()> {
    for instruction in instructions {
        for target in instruction.branch_targets() {
            if find_instruction(instructions, target).is_none() {
                return Err(ClassFileError::new(
                    instruction.offset as usize,
                    format!(
                        "{}: branch target {target} is not the start of an instruction",
                        instruction.mnemonic()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The index of the instruction that starts at `offset`, in a method's
/// instructions sorted by offset (as [`decode_all`] returns them). Useful to
/// check exception-table and debug-attribute offsets, and to turn branch
/// offsets into instruction indexes.
pub fn find_instruction(instructions: &[Instruction], offset: u32) -> Option<usize> {
    instructions.binary_search_by_key(&offset, |instruction| instruction.offset).ok()
}

/// The iterator [`decode`] returns.
pub struct Instructions<'a> {
    reader: Reader<'a>,
    code_length: usize,
    failed: bool,
}

impl Iterator for Instructions<'_> {
    type Item = Result<Instruction>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.reader.is_empty() {
            return None;
        }
        let start = self.reader.position();
        let result = check_code_length(self.code_length)
            .and_then(|()| decode_instruction(&mut self.reader, self.code_length));
        self.failed = result.is_err();
        Some(result.map_err(|error| ClassFileError { offset: start, ..error }))
    }
}

impl FusedIterator for Instructions<'_> {}

/// JVMS 4.7.3 bounds the code length; checking it here also keeps every
/// offset within `u32`.
fn check_code_length(code_length: usize) -> Result<()> {
    if code_length > MAX_CODE_LENGTH {
        return Err(ClassFileError::new(
            0,
            format!("code length {code_length} exceeds the maximum of {MAX_CODE_LENGTH}"),
        ));
    }
    Ok(())
}

/// Decodes the instruction at the reader's position. Errors name the
/// instruction; their offsets are replaced by the caller.
fn decode_instruction(reader: &mut Reader<'_>, code_length: usize) -> Result<Instruction> {
    let start = reader.position();
    let opcode = read_opcode(reader)?;
    let at = Position { start, code_length };
    let (opcode, wide, operands) = if opcode == Opcode::Wide {
        let (opcode, operands) = read_wide(reader).map_err(|error| named(error, "wide"))?;
        (opcode, true, operands)
    } else {
        let operands = read_operands(opcode, reader, at).map_err(|error| named(error, opcode.mnemonic()))?;
        (opcode, false, operands)
    };
    Ok(Instruction {
        offset: start as u32,
        opcode,
        wide,
        length: (reader.position() - start) as u32,
        operands,
    })
}

/// Where the instruction being decoded starts, which branch offsets are
/// relative to, and the code length they must stay within.
#[derive(Clone, Copy)]
struct Position {
    start: usize,
    code_length: usize,
}

impl Position {
    fn branch_target(self, relative: i32) -> Result<u32> {
        let target = self.start as i64 + i64::from(relative);
        if target < 0 || target >= self.code_length as i64 {
            return Err(ClassFileError::new(
                self.start,
                format!("branch target {target} is outside the code (length {})", self.code_length),
            ));
        }
        Ok(target as u32)
    }
}

fn named(error: ClassFileError, mnemonic: &str) -> ClassFileError {
    ClassFileError { message: format!("{mnemonic}: {}", error.message), ..error }
}

fn read_opcode(reader: &mut Reader<'_>) -> Result<Opcode> {
    let byte = reader.u1()?;
    Opcode::from_u8(byte).ok_or_else(|| match reserved_opcode_name(byte) {
        Some(name) => {
            reader.error(format!("reserved opcode {name} ({byte:#04x}) is not allowed in class files"))
        }
        None => reader.error(format!("unknown opcode {byte:#04x}")),
    })
}

/// Reads what follows a `wide` prefix: the modified opcode and its widened
/// operands (JVMS 6.5 `wide`).
fn read_wide(reader: &mut Reader<'_>) -> Result<(Opcode, Operands)> {
    let opcode = read_opcode(reader)?;
    let operands = match opcode {
        Opcode::Iinc => Operands::Iinc { index: reader.u2()?, delta: reader.i2()? },
        _ if opcode.is_wideable() => Operands::Local(reader.u2()?),
        _ => return Err(reader.error(format!("cannot modify {opcode}"))),
    };
    Ok((opcode, operands))
}

fn read_operands(opcode: Opcode, reader: &mut Reader<'_>, at: Position) -> Result<Operands> {
    use Opcode::*;
    Ok(match opcode {
        Bipush => Operands::Immediate(reader.i1()?.into()),
        Sipush => Operands::Immediate(reader.i2()?),
        Ldc => Operands::ConstantPool(reader.u1()?.into()),
        LdcW | Ldc2W | Getstatic | Putstatic | Getfield | Putfield | Invokevirtual | Invokespecial
        | Invokestatic | New | Anewarray | Checkcast | Instanceof => Operands::ConstantPool(reader.u2()?),
        Iload | Lload | Fload | Dload | Aload | Istore | Lstore | Fstore | Dstore | Astore | Ret => {
            Operands::Local(reader.u1()?.into())
        }
        Iinc => Operands::Iinc { index: reader.u1()?.into(), delta: reader.i1()?.into() },
        Tableswitch => Operands::TableSwitch(read_tableswitch(reader, at)?),
        Lookupswitch => Operands::LookupSwitch(read_lookupswitch(reader, at)?),
        GotoW | JsrW => Operands::Branch(at.branch_target(reader.i4()?)?),
        // The remaining branches (if*, goto, jsr) take a 16-bit offset.
        _ if opcode.is_branch() => Operands::Branch(at.branch_target(reader.i2()?.into())?),
        Invokeinterface => read_invokeinterface(reader)?,
        Invokedynamic => read_invokedynamic(reader)?,
        Newarray => read_newarray(reader)?,
        Multianewarray => read_multianewarray(reader)?,
        _ => Operands::None,
    })
}

fn read_invokeinterface(reader: &mut Reader<'_>) -> Result<Operands> {
    let index = reader.u2()?;
    let count = reader.u1()?;
    if count == 0 {
        return Err(reader.error("the count operand must not be zero"));
    }
    if reader.u1()? != 0 {
        return Err(reader.error("the fourth operand byte must be zero"));
    }
    Ok(Operands::InvokeInterface { index, count })
}

fn read_invokedynamic(reader: &mut Reader<'_>) -> Result<Operands> {
    let index = reader.u2()?;
    if reader.u2()? != 0 {
        return Err(reader.error("the third and fourth operand bytes must be zero"));
    }
    Ok(Operands::ConstantPool(index))
}

fn read_newarray(reader: &mut Reader<'_>) -> Result<Operands> {
    let atype = reader.u1()?;
    ArrayType::from_atype(atype)
        .map(Operands::NewArray)
        .ok_or_else(|| reader.error(format!("invalid array type {atype} (must be 4 to 11)")))
}

fn read_multianewarray(reader: &mut Reader<'_>) -> Result<Operands> {
    let index = reader.u2()?;
    let dimensions = reader.u1()?;
    if dimensions == 0 {
        return Err(reader.error("the dimensions operand must be at least 1"));
    }
    Ok(Operands::MultiANewArray { index, dimensions })
}

fn read_tableswitch(reader: &mut Reader<'_>, at: Position) -> Result<TableSwitch> {
    skip_switch_padding(reader)?;
    let default = at.branch_target(reader.i4()?)?;
    let low = reader.i4()?;
    let high = reader.i4()?;
    if low > high {
        return Err(reader.error(format!("low {low} is greater than high {high}")));
    }
    let count = (i64::from(high) - i64::from(low) + 1) as u64;
    ensure_entries_present(reader, count, 4)?;
    let targets = (0..count).map(|_| at.branch_target(reader.i4()?)).collect::<Result<Vec<_>>>()?;
    Ok(TableSwitch { default, low, high, targets })
}

fn read_lookupswitch(reader: &mut Reader<'_>, at: Position) -> Result<LookupSwitch> {
    skip_switch_padding(reader)?;
    let default = at.branch_target(reader.i4()?)?;
    let npairs = reader.i4()?;
    let count = u64::try_from(npairs).map_err(|_| reader.error(format!("npairs {npairs} is negative")))?;
    ensure_entries_present(reader, count, 8)?;
    let cases = (0..count)
        .map(|_| {
            let key = reader.i4()?;
            let target = at.branch_target(reader.i4()?)?;
            Ok(SwitchCase { key, target })
        })
        .collect::<Result<Vec<_>>>()?;
    ensure_sorted(&cases).map_err(|message| reader.error(message))?;
    Ok(LookupSwitch { default, cases })
}

/// Switch operands start at the next multiple of four from the start of the
/// code array; the padding's value is not checked, as HotSpot accepts any
/// padding in class files older than version 51 and the parser knows the
/// version.
fn skip_switch_padding(reader: &mut Reader<'_>) -> Result<()> {
    reader.align_to(4)
}

/// Checks that `count` entries of `entry_size` bytes are present before
/// anything is allocated for them, so a bogus count cannot exhaust memory.
fn ensure_entries_present(reader: &Reader<'_>, count: u64, entry_size: u64) -> Result<()> {
    let needed = count.saturating_mul(entry_size);
    if needed > reader.remaining() as u64 {
        return Err(reader
            .error(format!("truncated: {count} entries need {needed} bytes, {} left", reader.remaining())));
    }
    Ok(())
}

fn ensure_sorted(cases: &[SwitchCase]) -> std::result::Result<(), String> {
    match cases.windows(2).find(|pair| pair[0].key >= pair[1].key) {
        Some(pair) => {
            Err(format!("keys are not in strictly increasing order ({} then {})", pair[0].key, pair[1].key))
        }
        None => Ok(()),
    }
}
