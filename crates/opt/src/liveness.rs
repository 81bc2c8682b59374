//! Register liveness over a function's control flow, exception edges
//! included.

use keel_kir::{Function, Inst, Label, Reg};

/// A set of registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegSet {
    words: Vec<u64>,
}

impl RegSet {
    pub fn new(registers: usize) -> RegSet {
        RegSet { words: vec![0; registers.div_ceil(64)] }
    }

    pub fn contains(&self, r: Reg) -> bool {
        let i = r.0 as usize;
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn insert(&mut self, r: Reg) {
        let i = r.0 as usize;
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub fn remove(&mut self, r: Reg) {
        let i = r.0 as usize;
        if let Some(w) = self.words.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }

    /// Adds `other`'s registers; whether anything was added.
    pub fn union_with(&mut self, other: &RegSet) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let new = *a | b;
            changed |= new != *a;
            *a = new;
        }
        changed
    }
}

/// The instructions control may go to after `index` normally (not by an
/// exception).
pub fn successors(function: &Function, index: usize) -> Vec<Label> {
    let inst = &function.code[index];
    let mut next = inst.targets();
    if inst.falls_through() && index + 1 < function.code.len() {
        next.push(index as Label + 1);
    }
    next
}

/// The registers live on entry to each instruction: read on some path
/// before being written. An instruction inside a handler's range may throw
/// to the handler before it writes anything, so what the handler reads
/// (its exception register aside) is live on entry to every instruction it
/// covers.
pub fn live_in(function: &Function) -> Vec<RegSet> {
    let n = function.code.len();
    let registers = function.registers.len();
    let mut live = vec![RegSet::new(registers); n];
    let mut code = function.code.clone();
    let uses: Vec<Vec<Reg>> =
        code.iter_mut().map(|i| i.uses_mut().into_iter().map(|r| *r).collect()).collect();
    let successors: Vec<Vec<Label>> = (0..n).map(|i| successors(function, i)).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for i in (0..n).rev() {
            let mut set = RegSet::new(registers);
            for &s in &successors[i] {
                if let Some(succ) = live.get(s as usize) {
                    set.union_with(succ);
                }
            }
            if let Some(d) = function.code[i].def() {
                set.remove(d);
            }
            for &u in &uses[i] {
                set.insert(u);
            }
            for h in &function.handlers {
                if (h.start..h.end).contains(&(i as Label)) {
                    if let Some(handler) = live.get(h.target as usize) {
                        let mut from_handler = handler.clone();
                        from_handler.remove(h.exception);
                        set.union_with(&from_handler);
                    }
                }
            }
            if set != live[i] {
                live[i] = set;
                changed = true;
            }
        }
    }
    live
}

/// Whether `inst` writes `r`.
pub fn writes(inst: &Inst, r: Reg) -> bool {
    inst.def() == Some(r)
}
