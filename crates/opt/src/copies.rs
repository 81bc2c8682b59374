//! Copy propagation, then removal of the copies and constants nobody reads.
//!
//! A translation from a stack machine moves every value through a stack
//! slot: `r8 = move r6; r8 = call f(r8)`. Within a basic block, a use of
//! the copy `d` of `s` (`d = move s`) is replaced by `s` as long as neither
//! is written again; then a `move` or `const` whose register is not live
//! afterwards is deleted, and branch targets, handler ranges and source
//! positions are renumbered.

use keel_kir::{Function, Inst, Label, Position};

use crate::liveness::{live_in, successors, RegSet};

/// Propagates copies and removes dead copies and constants in `function`.
pub fn propagate_copies(function: &mut Function) {
    if function.code.is_empty() {
        return;
    }
    let leaders = block_leaders(function);
    forward_copies(function, &leaders);
    remove_dead(function);
}

/// Which instructions start a basic block: the first, every branch and
/// handler target, and every instruction after one that branches or does
/// not fall through. (A handler range's ends are not leaders: control
/// still runs straight through them.)
pub(crate) fn block_leaders(function: &Function) -> Vec<bool> {
    let n = function.code.len();
    let mut leader = vec![false; n];
    leader[0] = true;
    for (i, inst) in function.code.iter().enumerate() {
        for t in inst.targets() {
            if let Some(l) = leader.get_mut(t as usize) {
                *l = true;
            }
        }
        if (!inst.falls_through() || !inst.targets().is_empty()) && i + 1 < n {
            leader[i + 1] = true;
        }
    }
    for h in &function.handlers {
        if let Some(l) = leader.get_mut(h.target as usize) {
            *l = true;
        }
    }
    leader
}

fn forward_copies(function: &mut Function, leaders: &[bool]) {
    let n = function.code.len();
    for i in 0..n {
        let Inst::Move { dst, src } = function.code[i] else { continue };
        if dst == src {
            continue;
        }
        let mut j = i + 1;
        while j < n && !leaders[j] {
            let inst = &mut function.code[j];
            for r in inst.uses_mut() {
                if *r == dst {
                    *r = src;
                }
            }
            if matches!(inst.def(), Some(d) if d == dst || d == src) {
                break;
            }
            j += 1;
        }
    }
}

/// Deletes `move`s and `const`s whose register nobody reads afterwards
/// (and moves of a register to itself), until none is left.
fn remove_dead(function: &mut Function) {
    loop {
        let live = live_in(function);
        let registers = function.registers.len();
        let dead: Vec<bool> = (0..function.code.len())
            .map(|i| {
                let inst = &function.code[i];
                if let Inst::Move { dst, src } = inst {
                    if dst == src {
                        return true;
                    }
                }
                if !inst.is_pure() {
                    return false;
                }
                let Some(d) = inst.def() else { return false };
                let mut out = RegSet::new(registers);
                for s in successors(function, i) {
                    if let Some(set) = live.get(s as usize) {
                        out.union_with(set);
                    }
                }
                !out.contains(d)
            })
            .collect();
        let mut dead = dead;
        coalesce(function, &live, &mut dead);
        if !dead.iter().any(|&d| d) {
            return;
        }
        delete(function, &dead);
    }
}

/// `s = …; d = move s` with `s` unread afterwards becomes `d = …`: the
/// instruction computes straight into `d`, and the move goes (marked in
/// `dead`). Only for a definition right before the move, in the same block,
/// so no other instruction sees `d` change earlier than it did.
fn coalesce(function: &mut Function, live: &[RegSet], dead: &mut [bool]) {
    let leaders = block_leaders(function);
    let registers = function.registers.len();
    for i in 1..function.code.len() {
        let Inst::Move { dst, src } = function.code[i] else { continue };
        if dst == src || leaders[i] || dead[i] || dead[i - 1] || function.code[i - 1].def() != Some(src) {
            continue;
        }
        let mut out = RegSet::new(registers);
        for s in successors(function, i) {
            if let Some(set) = live.get(s as usize) {
                out.union_with(set);
            }
        }
        if out.contains(src) {
            continue;
        }
        if let Some(d) = function.code[i - 1].def_mut() {
            *d = dst;
            dead[i] = true;
        }
    }
}

/// Removes the instructions marked in `dead`, renumbering everything that
/// names an instruction: a reference to a deleted one goes to the next kept.
fn delete(function: &mut Function, dead: &[bool]) {
    let n = function.code.len();
    // new_index[i]: where instruction i (or the next kept one) lands.
    let mut new_index = vec![0 as Label; n + 1];
    let mut kept = 0;
    for (i, slot) in new_index.iter_mut().enumerate().take(n) {
        *slot = kept;
        if !dead[i] {
            kept += 1;
        }
    }
    new_index[n] = kept;
    let remap = |l: Label| new_index.get(l as usize).copied().unwrap_or(kept);
    let old_code = std::mem::take(&mut function.code);
    for (i, mut inst) in old_code.into_iter().enumerate() {
        if dead[i] {
            continue;
        }
        for t in inst.targets_mut() {
            *t = remap(*t);
        }
        function.code.push(inst);
    }
    for h in &mut function.handlers {
        h.start = remap(h.start);
        h.end = remap(h.end);
        h.target = remap(h.target);
    }
    function.handlers.retain(|h| h.start < h.end);
    function.positions = renumber_positions(&function.positions, &new_index, dead);
}

/// Each kept instruction keeps the position that applied to it; entries
/// that would start at the same instruction collapse to the last one.
fn renumber_positions(positions: &[Position], new_index: &[Label], dead: &[bool]) -> Vec<Position> {
    let mut out: Vec<Position> = Vec::new();
    let mut current: Option<&Position> = None;
    let mut next = positions.iter().peekable();
    for (i, &is_dead) in dead.iter().enumerate() {
        while let Some(p) = next.peek() {
            if p.instruction as usize <= i {
                current = next.next();
            } else {
                break;
            }
        }
        if is_dead {
            continue;
        }
        let Some(p) = current else { continue };
        let at = new_index[i];
        let same =
            out.last().is_some_and(|last| last.line == p.line && last.source_offset == p.source_offset);
        if same {
            continue;
        }
        if out.last().is_some_and(|last| last.instruction == at) {
            out.pop();
        }
        out.push(Position { instruction: at, ..*p });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use keel_kir::{BinOp, Const, Handler, Reg, Type};

    fn function(registers: &[Type], params: Vec<Reg>, code: Vec<Inst>) -> Function {
        Function {
            registers: registers.to_vec(),
            params,
            returns: Some(Type::I32),
            code,
            ..Function::default()
        }
    }

    #[test]
    fn stack_copies_disappear() {
        // r1 = move r0; r2 = const 3; r1 = mul r1, r2; r3 = move r1; return r3
        let mut f = function(
            &[Type::I32; 4],
            vec![Reg(0)],
            vec![
                Inst::Move { dst: Reg(1), src: Reg(0) },
                Inst::Const { dst: Reg(2), value: Const::I32(3) },
                Inst::Binary { op: BinOp::Mul, dst: Reg(1), a: Reg(1), b: Reg(2) },
                Inst::Move { dst: Reg(3), src: Reg(1) },
                Inst::Return { value: Some(Reg(3)) },
            ],
        );
        propagate_copies(&mut f);
        assert_eq!(
            f.code,
            vec![
                Inst::Const { dst: Reg(2), value: Const::I32(3) },
                Inst::Binary { op: BinOp::Mul, dst: Reg(1), a: Reg(0), b: Reg(2) },
                Inst::Return { value: Some(Reg(1)) },
            ]
        );
    }

    #[test]
    fn a_copy_read_after_its_source_changes_stays() {
        // r1 = move r0; r0 = const 5; r2 = add r0, r1; return r2
        // (r1 must keep the old r0)
        let mut f = function(
            &[Type::I32; 3],
            vec![Reg(0)],
            vec![
                Inst::Move { dst: Reg(1), src: Reg(0) },
                Inst::Const { dst: Reg(0), value: Const::I32(5) },
                Inst::Binary { op: BinOp::Add, dst: Reg(2), a: Reg(0), b: Reg(1) },
                Inst::Return { value: Some(Reg(2)) },
            ],
        );
        let before = f.code.clone();
        propagate_copies(&mut f);
        assert_eq!(f.code, before);
    }

    #[test]
    fn branch_targets_handlers_and_positions_are_renumbered() {
        // 0: r1 = move r0
        // 1: r2 = move r1        (dead after propagation)
        // 2: branchzero.eq r2 -> 5
        // 3: r3 = const 1
        // 4: return r3
        // 5: r3 = const 2        (handler target too)
        // 6: return r3
        let mut f = function(
            &[Type::I32, Type::I32, Type::I32, Type::I32, Type::Ref],
            vec![Reg(0)],
            vec![
                Inst::Move { dst: Reg(1), src: Reg(0) },
                Inst::Move { dst: Reg(2), src: Reg(1) },
                Inst::BranchZero { cond: keel_kir::Cond::Eq, a: Reg(2), target: 5 },
                Inst::Const { dst: Reg(3), value: Const::I32(1) },
                Inst::Return { value: Some(Reg(3)) },
                Inst::Const { dst: Reg(3), value: Const::I32(2) },
                Inst::Return { value: Some(Reg(3)) },
            ],
        );
        f.handlers.push(Handler { start: 2, end: 5, target: 5, catch_class: None, exception: Reg(4) });
        f.positions = (0..7).map(|i| Position { instruction: i, source_offset: i, line: 10 + i }).collect();
        propagate_copies(&mut f);
        assert_eq!(f.code.len(), 5);
        assert_eq!(f.code[0], Inst::BranchZero { cond: keel_kir::Cond::Eq, a: Reg(0), target: 3 });
        assert_eq!((f.handlers[0].start, f.handlers[0].end, f.handlers[0].target), (0, 3, 3));
        let lines: Vec<(Label, u32)> = f.positions.iter().map(|p| (p.instruction, p.line)).collect();
        assert_eq!(lines, vec![(0, 12), (1, 13), (2, 14), (3, 15), (4, 16)]);
    }

    #[test]
    fn what_a_handler_reads_stays_alive() {
        // 0: r1 = const 7        (read by the handler: must stay)
        // 1: r2 = new …  (may throw) — modelled by a null check of r0
        // 2: return r1
        // 3: (handler) return r1
        let mut f = function(
            &[Type::Ref, Type::I32, Type::Ref],
            vec![Reg(0)],
            vec![
                Inst::Const { dst: Reg(1), value: Const::I32(7) },
                Inst::NullCheck { object: Reg(0) },
                Inst::Const { dst: Reg(1), value: Const::I32(8) },
                Inst::Return { value: Some(Reg(1)) },
                Inst::Return { value: Some(Reg(1)) },
            ],
        );
        f.handlers.push(Handler { start: 1, end: 2, target: 4, catch_class: None, exception: Reg(2) });
        let before = f.code.clone();
        propagate_copies(&mut f);
        assert_eq!(f.code, before);
    }
}
