//! Constants out of loops. A stack machine pushes a constant each time it
//! needs one (`iconst_1`, `ldc`), so a translated loop rebuilds the same
//! constants on every iteration. Each distinct constant that a loop uses
//! gets a register of its own, set once at the function's entry; uses of
//! a constant loaded inside a loop read that register instead, and the
//! loads inside the loop become dead (removed by the copy pass).

use std::collections::HashMap;

use keel_kir::{Const, Function, Inst, Label, Position, Reg};

/// At most this many constants get registers of their own: every register
/// costs a slot in each call's frame.
const MAX_HOISTED: usize = 32;

/// Moves the constants that loops load to the function's entry.
pub fn hoist_loop_constants(function: &mut Function) {
    let in_loop = loop_instructions(function);
    if !in_loop.iter().any(|&l| l) {
        return;
    }
    let leaders = crate::copies::block_leaders(function);
    let mut registers: HashMap<Const, Reg> = HashMap::new();
    let n = function.code.len();
    for (i, &looped) in in_loop.iter().enumerate() {
        let Inst::Const { dst, value } = function.code[i] else { continue };
        if !looped {
            continue;
        }
        let hoisted = match registers.get(&value) {
            Some(&r) => r,
            None if registers.len() < MAX_HOISTED => {
                let r = Reg(function.registers.len() as u32);
                function.registers.push(value.ty());
                registers.insert(value, r);
                r
            }
            None => continue,
        };
        // Within the block, uses of `dst` until it is written again read
        // the constant's own register.
        let mut j = i + 1;
        while j < n && !leaders[j] {
            let inst = &mut function.code[j];
            for r in inst.uses_mut() {
                if *r == dst {
                    *r = hoisted;
                }
            }
            if inst.def() == Some(dst) {
                break;
            }
            j += 1;
        }
    }
    if registers.is_empty() {
        return;
    }
    let mut prologue: Vec<(Const, Reg)> = registers.into_iter().collect();
    prologue.sort_by_key(|&(_, r)| r.0);
    prepend(function, prologue.into_iter().map(|(value, dst)| Inst::Const { dst, value }).collect());
}

/// Instructions inside a loop: between the target of a backward branch and
/// the branch (javac lays loops out contiguously, so this is exact for its
/// code and conservative otherwise).
fn loop_instructions(function: &Function) -> Vec<bool> {
    let n = function.code.len();
    let mut in_loop = vec![false; n];
    for (i, inst) in function.code.iter().enumerate() {
        for t in inst.targets() {
            let t = t as usize;
            if t <= i {
                in_loop[t..=i].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    in_loop
}

/// Puts `prologue` before the function's code, shifting every instruction
/// index (branch targets, handler ranges, positions).
fn prepend(function: &mut Function, prologue: Vec<Inst>) {
    let shift = prologue.len() as Label;
    for inst in &mut function.code {
        for t in inst.targets_mut() {
            *t += shift;
        }
    }
    for h in &mut function.handlers {
        h.start += shift;
        h.end += shift;
        h.target += shift;
    }
    for p in &mut function.positions {
        p.instruction += shift;
    }
    if let Some(first) = function.positions.first().copied() {
        function.positions.insert(0, Position { instruction: 0, ..first });
    }
    let mut code = prologue;
    code.append(&mut function.code);
    function.code = code;
}

#[cfg(test)]
mod tests {
    use super::*;
    use keel_kir::{BinOp, Cond, Type};

    #[test]
    fn a_constant_loaded_in_a_loop_is_loaded_once() {
        // 0: r1 = const 0
        // 1: branch.ge r1, r0 -> 5
        // 2: r2 = const 1
        // 3: r1 = add r1, r2
        // 4: jump 1
        // 5: return r1
        let mut f = Function {
            registers: vec![Type::I32; 3],
            params: vec![Reg(0)],
            returns: Some(Type::I32),
            code: vec![
                Inst::Const { dst: Reg(1), value: Const::I32(0) },
                Inst::Branch { cond: Cond::Ge, a: Reg(1), b: Reg(0), target: 5 },
                Inst::Const { dst: Reg(2), value: Const::I32(1) },
                Inst::Binary { op: BinOp::Add, dst: Reg(1), a: Reg(1), b: Reg(2) },
                Inst::Jump { target: 1 },
                Inst::Return { value: Some(Reg(1)) },
            ],
            ..Function::default()
        };
        hoist_loop_constants(&mut f);
        crate::propagate_copies(&mut f);
        assert_eq!(
            f.code,
            vec![
                Inst::Const { dst: Reg(3), value: Const::I32(1) },
                Inst::Const { dst: Reg(1), value: Const::I32(0) },
                Inst::Branch { cond: Cond::Ge, a: Reg(1), b: Reg(0), target: 5 },
                Inst::Binary { op: BinOp::Add, dst: Reg(1), a: Reg(1), b: Reg(3) },
                Inst::Jump { target: 2 },
                Inst::Return { value: Some(Reg(1)) },
            ]
        );
    }
}
