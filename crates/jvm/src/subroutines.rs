//! `jsr`/`ret` subroutines (class files before version 51), removed by
//! inlining: every `jsr` gets its own copy of the subroutine it calls, so
//! type inference sees one calling context per copy and needs no special
//! rules for subroutines (JVMS 4.10.2.4).
//!
//! The rewritten code is a list of instructions at *virtual* offsets. The
//! code reachable without calling a subroutine keeps its own offsets; the
//! copies are laid out after the end of the real code, each instruction
//! remembering the real offset it came from (for line numbers and error
//! messages). Branch targets, the exception table and return points are
//! rewritten to virtual offsets.
//!
//! A `jsr` stays a `jsr` (to its copy) and pushes a returnAddress that names
//! its return point; a `ret` jumps to the return point of the returnAddress
//! its local holds, which type inference knows (so a `ret` may return from
//! several nested subroutines at once, as JVMS allows).
//!
//! Which instructions belong to a subroutine follows ASM's
//! `JSRInlinerAdapter`: those reachable from its entry without following a
//! nested `jsr` or a `ret`, plus the handlers of any exception table entry
//! covering one of them. An instruction that belongs to several of the
//! subroutines being inlined one inside another (typically an enclosing
//! `try` block's handler) is emitted once, by the outermost of them.

use std::collections::HashMap;

use keel_classfile::attributes::ExceptionHandler;
use keel_classfile::bytecode::{Instruction, Opcode, Operands};

use crate::error::{Failure, Result};

/// How deeply subroutine calls may nest.
const MAX_DEPTH: usize = 32;
/// How many instructions a method may have once its subroutines are inlined.
const MAX_INSTRUCTIONS: usize = 1 << 17;
/// How many subroutine copies a method may have.
const MAX_COPIES: usize = 1 << 14;
/// How much work finding what subroutines contain may take (instructions
/// visited and exception ranges scanned).
const MAX_WORK: usize = 1 << 24;

/// An exception table entry over virtual offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandlerEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub catch_type: u16,
}

impl From<&ExceptionHandler> for HandlerEntry {
    fn from(h: &ExceptionHandler) -> Self {
        HandlerEntry {
            start: u32::from(h.start_pc),
            end: u32::from(h.end_pc),
            handler: u32::from(h.handler_pc),
            catch_type: h.catch_type,
        }
    }
}

/// A method's code with its subroutines inlined.
pub struct Inlined {
    pub instructions: Vec<Instruction>,
    /// For each instruction, the offset in the real code it was copied from.
    pub origins: Vec<u32>,
    pub handlers: Vec<HandlerEntry>,
    /// For each `jsr` (by virtual offset), where its subroutine returns to.
    pub return_points: HashMap<u32, u32>,
}

pub fn uses_subroutines(instructions: &[Instruction]) -> bool {
    instructions.iter().any(|i| matches!(i.opcode, Opcode::Jsr | Opcode::JsrW | Opcode::Ret))
}

/// One copy of a subroutine (or the main code, instance 0).
struct Instance {
    /// The index of the subroutine's first instruction; `None` for the main code.
    entry: Option<usize>,
    parent: Option<usize>,
    depth: usize,
    /// Original instruction index → virtual offset, for what this copy emits.
    placed: HashMap<usize, u32>,
    /// What this copy emitted, in order: (original index, virtual offset, length).
    emitted: Vec<(usize, u32, u32)>,
}

struct Inliner<'i> {
    original: &'i [Instruction],
    table: &'i [ExceptionHandler],
    code_length: u32,
    /// Original offset → instruction index.
    index_of: HashMap<u32, usize>,
    /// The main code's instructions, and each subroutine's (sorted), by
    /// entry index.
    main: Vec<bool>,
    members: HashMap<usize, Vec<usize>>,
    /// Work done so far, against `MAX_WORK`.
    work: usize,
    instances: Vec<Instance>,
    /// The rewritten code: (instruction, owning instance, original index).
    out: Vec<(Instruction, usize, usize)>,
    /// Which instance each emitted `jsr` (by position in `out`) calls.
    calls: HashMap<usize, usize>,
    next_offset: u32,
}

/// Inlines every subroutine of `original` (a whole method, in offset order).
/// `table` must already have been checked to name instruction boundaries.
pub fn inline(original: &[Instruction], table: &[ExceptionHandler], code_length: u32) -> Result<Inlined> {
    let index_of = original.iter().enumerate().map(|(i, insn)| (insn.offset, i)).collect();
    let mut inliner = Inliner {
        original,
        table,
        code_length,
        index_of,
        main: Vec::new(),
        members: HashMap::new(),
        work: 0,
        instances: Vec::new(),
        out: Vec::new(),
        calls: HashMap::new(),
        next_offset: code_length,
    };
    inliner.main = inliner.walk(0)?;
    inliner.run()
}

impl Inliner<'_> {
    fn index(&self, offset: u32) -> usize {
        self.index_of[&offset]
    }

    /// The index range an exception table entry covers.
    fn covered(&self, entry: &ExceptionHandler) -> (usize, usize) {
        let end = u32::from(entry.end_pc);
        let end = if end >= self.code_length { self.original.len() } else { self.index(end) };
        (self.index(u32::from(entry.start_pc)), end)
    }

    /// The instructions of the subroutine (or main code) entered at `entry`.
    fn walk(&mut self, entry: usize) -> Result<Vec<bool>> {
        let mut members = vec![false; self.original.len()];
        self.walk_from(entry, &mut members);
        loop {
            self.work += members.len() + self.table.len();
            if self.work > MAX_WORK {
                return Err(Failure::verify(
                    self.original[entry].offset,
                    "the subroutines are too complex to inline",
                ));
            }
            let mut grew = false;
            for handler in self.table {
                let target = self.index(u32::from(handler.handler_pc));
                if members[target] {
                    continue;
                }
                let (start, end) = self.covered(handler);
                if members[start..end].iter().any(|&m| m) {
                    self.walk_from(target, &mut members);
                    grew = true;
                }
            }
            if !grew {
                return Ok(members);
            }
        }
    }

    fn walk_from(&self, entry: usize, members: &mut [bool]) {
        let mut work = vec![entry];
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut members[i], true) {
                continue;
            }
            let insn = &self.original[i];
            let next = (i + 1 < self.original.len()).then_some(i + 1);
            match insn.opcode {
                Opcode::Jsr | Opcode::JsrW => work.extend(next),
                Opcode::Ret => {}
                _ => {
                    work.extend(insn.branch_targets().map(|t| self.index(t)));
                    if insn.opcode.falls_through() {
                        work.extend(next);
                    }
                }
            }
        }
    }

    fn contains(&self, instance: usize, index: usize) -> bool {
        match self.instances[instance].entry {
            None => self.main[index],
            Some(entry) => self.members[&entry].binary_search(&index).is_ok(),
        }
    }

    /// Which copy, among `instance` and those it is inlined into, holds
    /// the instruction at `index`: the outermost that contains it.
    fn owner(&self, instance: usize, index: usize) -> usize {
        let mut owner = instance;
        let mut at = Some(instance);
        while let Some(i) = at {
            if self.contains(i, index) {
                owner = i;
            }
            at = self.instances[i].parent;
        }
        // The main code emits every instruction, reachable or not.
        if owner == instance && !self.contains(instance, index) {
            0
        } else {
            owner
        }
    }

    /// The virtual offset of instruction `index` as seen from `instance`.
    fn location(&self, instance: usize, index: usize) -> Result<u32> {
        match self.owner(instance, index) {
            0 => Ok(self.original[index].offset),
            owner => self.instances[owner].placed.get(&index).copied().ok_or_else(|| {
                Failure::verify(self.original[index].offset, "inconsistent subroutine structure")
            }),
        }
    }

    fn run(mut self) -> Result<Inlined> {
        self.instances.push(Instance {
            entry: None,
            parent: None,
            depth: 0,
            placed: HashMap::new(),
            emitted: Vec::new(),
        });
        for (i, insn) in self.original.iter().enumerate() {
            let position = self.out.len();
            self.out.push((insn.clone(), 0, i));
            if insn.opcode.is_subroutine_call() && self.main[i] {
                let child = self.call(0, i)?;
                self.calls.insert(position, child);
            }
        }
        let mut next = 1;
        while next < self.instances.len() {
            self.emit_copy(next)?;
            next += 1;
        }
        self.finish()
    }

    /// A new copy of the subroutine that the `jsr` at `index` calls, inlined
    /// into `instance`.
    fn call(&mut self, instance: usize, index: usize) -> Result<usize> {
        let insn = &self.original[index];
        let Operands::Branch(target) = insn.operands else { unreachable!("jsr has a target") };
        let entry = self.index(target);
        let mut at = Some(instance);
        while let Some(i) = at {
            if self.instances[i].entry == Some(entry) {
                return Err(Failure::verify(
                    insn.offset,
                    format!("recursive call of the subroutine at {target}"),
                ));
            }
            at = self.instances[i].parent;
        }
        let depth = self.instances[instance].depth + 1;
        if depth > MAX_DEPTH {
            return Err(Failure::verify(
                insn.offset,
                format!("subroutine calls nest more than {MAX_DEPTH} deep"),
            ));
        }
        if self.instances.len() >= MAX_COPIES {
            return Err(Failure::verify(
                insn.offset,
                format!("inlining subroutines needs more than {MAX_COPIES} copies"),
            ));
        }
        if !self.members.contains_key(&entry) {
            let members = self.walk(entry)?;
            let members = members.iter().enumerate().filter(|(_, &m)| m).map(|(i, _)| i).collect();
            self.members.insert(entry, members);
        }
        self.instances.push(Instance {
            entry: Some(entry),
            parent: Some(instance),
            depth,
            placed: HashMap::new(),
            emitted: Vec::new(),
        });
        Ok(self.instances.len() - 1)
    }

    fn emit_copy(&mut self, instance: usize) -> Result<()> {
        let entry = self.instances[instance].entry.expect("copies are of subroutines");
        for k in 0..self.members[&entry].len() {
            let i = self.members[&entry][k];
            if self.owner(instance, i) != instance {
                continue;
            }
            let insn = &self.original[i];
            if self.out.len() >= MAX_INSTRUCTIONS {
                return Err(Failure::verify(
                    insn.offset,
                    format!(
                        "inlining subroutines makes the method longer than {MAX_INSTRUCTIONS} instructions"
                    ),
                ));
            }
            let offset = self.next_offset;
            self.next_offset = offset.checked_add(insn.length).ok_or_else(|| {
                Failure::verify(insn.offset, "inlining subroutines makes the method too long")
            })?;
            let copy = Instruction { offset, ..insn.clone() };
            let position = self.out.len();
            self.out.push((copy, instance, i));
            let record = &mut self.instances[instance];
            record.placed.insert(i, offset);
            record.emitted.push((i, offset, insn.length));
            if insn.opcode.is_subroutine_call() {
                let child = self.call(instance, i)?;
                self.calls.insert(position, child);
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<Inlined> {
        let mut instructions = Vec::with_capacity(self.out.len());
        let mut origins = Vec::with_capacity(self.out.len());
        let mut return_points = HashMap::new();
        for (position, (insn, instance, index)) in self.out.iter().enumerate() {
            let mut insn = insn.clone();
            origins.push(self.original[*index].offset);
            if insn.opcode.is_subroutine_call() {
                // At the end of the code there is nowhere to return: `ret` refuses it.
                let return_point = if index + 1 < self.original.len() {
                    self.location(*instance, index + 1)?
                } else {
                    u32::MAX
                };
                return_points.insert(insn.offset, return_point);
                if let Some(&child) = self.calls.get(&position) {
                    let entry = self.instances[child].entry.expect("a subroutine");
                    insn.operands = Operands::Branch(self.location(child, entry)?);
                }
            } else if *instance != 0 {
                self.retarget(&mut insn, *instance)?;
            }
            instructions.push(insn);
        }
        let mut handlers: Vec<HandlerEntry> = self.table.iter().map(HandlerEntry::from).collect();
        for (id, instance) in self.instances.iter().enumerate().skip(1) {
            for entry in self.table {
                let (start, end) = self.covered(entry);
                let run: Vec<_> =
                    instance.emitted.iter().filter(|(i, ..)| (start..end).contains(i)).collect();
                let (Some(&&(_, first, _)), Some(&&(_, last, length))) = (run.first(), run.last()) else {
                    continue;
                };
                let handler = self.location(id, self.index(u32::from(entry.handler_pc)))?;
                handlers.push(HandlerEntry {
                    start: first,
                    end: last + length,
                    handler,
                    catch_type: entry.catch_type,
                });
            }
        }
        Ok(Inlined { instructions, origins, handlers, return_points })
    }

    /// Points the branch targets of an instruction copied into `instance`
    /// at the copies they mean.
    fn retarget(&self, insn: &mut Instruction, instance: usize) -> Result<()> {
        let map = |target: &mut u32| -> Result<()> {
            *target = self.location(instance, self.index(*target))?;
            Ok(())
        };
        match &mut insn.operands {
            Operands::Branch(target) => map(target)?,
            Operands::TableSwitch(switch) => {
                map(&mut switch.default)?;
                switch.targets.iter_mut().try_for_each(map)?;
            }
            Operands::LookupSwitch(switch) => {
                map(&mut switch.default)?;
                switch.cases.iter_mut().try_for_each(|case| map(&mut case.target))?;
            }
            _ => {}
        }
        Ok(())
    }
}
