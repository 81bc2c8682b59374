//! Interface method tables (design decision 7; Alpern, Cocchi, Fink, Grove:
//! "Efficient implementation of Java interfaces: invokeinterface considered
//! harmless", OOPSLA 2001).
//!
//! Every class has a table of [`ITABLE_SIZE`] entries. An interface method
//! hashes (FNV-1a, 32 bits, over the interface's internal name, the method's
//! name and its descriptor, separated by NUL bytes: stable across runs and
//! machines) to one entry. An entry is empty, a direct target (the one
//! interface method of the class that hashes there, and the vtable slot that
//! implements it), or a conflict stub: the `(interface method, vtable slot)`
//! pairs that share the entry, sorted, searched linearly. A direct entry
//! keeps the method's identity too, so a receiver that does not implement the
//! interface is noticed (the caller raises `IncompatibleClassChangeError`)
//! at the cost of one compare.
//!
//! A call site computes its entry index once, when it is linked; the call
//! itself is [`itable_lookup`]: load the entry, compare, load the vtable
//! slot. Memory per class is the table plus the conflict lists, whose total
//! length is the number of interface methods the class implements.

use super::vtable::ClassId;

/// Entries in every class's interface method table.
pub const ITABLE_SIZE: usize = 32;

/// 32-bit FNV-1a.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    fnv1a32_continue(0x811c_9dc5, bytes)
}

fn fnv1a32_continue(mut hash: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        hash ^= b as u32;
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The stable hash of an interface method: FNV-1a of
/// `interface NUL name NUL descriptor`.
pub fn interface_method_hash(interface: &str, name: &str, descriptor: &str) -> u32 {
    let mut hash = fnv1a32(interface.as_bytes());
    hash = fnv1a32_continue(hash, &[0]);
    hash = fnv1a32_continue(hash, name.as_bytes());
    hash = fnv1a32_continue(hash, &[0]);
    fnv1a32_continue(hash, descriptor.as_bytes())
}

/// The table entry a hash selects (the high half folded into the low one,
/// since FNV-1a's low bits alone are weaker).
pub fn itable_index(hash: u32) -> usize {
    ((hash ^ (hash >> 16)) as usize) % ITABLE_SIZE
}

/// An interface method's identity: its interface and its index among the
/// interface's declared methods, plus its [`interface_method_hash`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InterfaceMethodId {
    pub interface: ClassId,
    pub method: u32,
    pub hash: u32,
}

impl InterfaceMethodId {
    pub fn new(
        interface: ClassId,
        method: u32,
        interface_name: &str,
        name: &str,
        descriptor: &str,
    ) -> InterfaceMethodId {
        InterfaceMethodId { interface, method, hash: interface_method_hash(interface_name, name, descriptor) }
    }

    /// The table entry this method lives in.
    pub fn index(&self) -> usize {
        itable_index(self.hash)
    }
}

/// One entry of an [`Itable`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItableEntry {
    Empty,
    /// The only method hashing here, implemented by vtable slot `slot`.
    Direct {
        method: InterfaceMethodId,
        slot: u32,
    },
    /// Several methods hash here: a conflict stub, sorted by method.
    Conflict(Box<[(InterfaceMethodId, u32)]>),
}

/// A class's interface method table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Itable {
    entries: Box<[ItableEntry]>,
}

impl Itable {
    /// The [`ITABLE_SIZE`] entries.
    pub fn entries(&self) -> &[ItableEntry] {
        &self.entries
    }

    /// How many entries are conflict stubs.
    pub fn conflicts(&self) -> usize {
        self.entries.iter().filter(|e| matches!(e, ItableEntry::Conflict(_))).count()
    }

    /// How many interface methods the table holds.
    pub fn method_count(&self) -> usize {
        self.entries
            .iter()
            .map(|e| match e {
                ItableEntry::Empty => 0,
                ItableEntry::Direct { .. } => 1,
                ItableEntry::Conflict(list) => list.len(),
            })
            .sum()
    }
}

/// Collects `(interface method, vtable slot)` pairs into an [`Itable`].
#[derive(Debug, Clone)]
pub struct ItableBuilder {
    buckets: Vec<Vec<(InterfaceMethodId, u32)>>,
}

impl Default for ItableBuilder {
    fn default() -> Self {
        ItableBuilder::new()
    }
}

impl ItableBuilder {
    pub fn new() -> ItableBuilder {
        ItableBuilder { buckets: vec![Vec::new(); ITABLE_SIZE] }
    }

    /// Adds a method; adding one already there again keeps the first slot.
    pub fn add(&mut self, method: InterfaceMethodId, slot: u32) {
        let bucket = &mut self.buckets[method.index()];
        if !bucket.iter().any(|(m, _)| *m == method) {
            bucket.push((method, slot));
        }
    }

    pub fn build(self) -> Itable {
        let entries = self
            .buckets
            .into_iter()
            .map(|mut bucket| match bucket.len() {
                0 => ItableEntry::Empty,
                1 => ItableEntry::Direct { method: bucket[0].0, slot: bucket[0].1 },
                _ => {
                    bucket.sort_unstable();
                    ItableEntry::Conflict(bucket.into_boxed_slice())
                }
            })
            .collect();
        Itable { entries }
    }
}

/// The vtable slot implementing `method` for a class with `table`, or `None`
/// if the class does not implement it (`IncompatibleClassChangeError`).
pub fn itable_lookup(table: &Itable, method: InterfaceMethodId) -> Option<u32> {
    match &table.entries[method.index()] {
        ItableEntry::Empty => None,
        ItableEntry::Direct { method: m, slot } => (*m == method).then_some(*slot),
        ItableEntry::Conflict(list) => list.iter().find(|(m, _)| *m == method).map(|&(_, slot)| slot),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(interface: u32, method: u32, name: &str) -> InterfaceMethodId {
        InterfaceMethodId::new(ClassId(interface), method, &format!("p/I{interface}"), name, "()V")
    }

    #[test]
    fn fnv1a_known_values() {
        assert_eq!(fnv1a32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a32(b"foobar"), 0xbf9c_f968);
        // Stable: the same identity always hashes the same.
        let h = interface_method_hash("java/lang/Runnable", "run", "()V");
        assert_eq!(h, interface_method_hash("java/lang/Runnable", "run", "()V"));
        assert_ne!(h, interface_method_hash("java/lang/Runnabl", "erun", "()V"));
    }

    #[test]
    fn few_methods_no_conflicts() {
        let runnable = InterfaceMethodId::new(ClassId(1), 0, "java/lang/Runnable", "run", "()V");
        let compare = InterfaceMethodId::new(
            ClassId(2),
            0,
            "java/lang/Comparable",
            "compareTo",
            "(Ljava/lang/Object;)I",
        );
        assert_ne!(runnable.index(), compare.index());
        let mut builder = ItableBuilder::new();
        builder.add(runnable, 7);
        builder.add(compare, 9);
        let table = builder.build();
        assert_eq!(table.conflicts(), 0);
        assert_eq!(table.method_count(), 2);
        assert_eq!(itable_lookup(&table, runnable), Some(7));
        assert_eq!(itable_lookup(&table, compare), Some(9));
        // Same hash entry, different identity: not implemented.
        let impostor = InterfaceMethodId { interface: ClassId(3), ..runnable };
        assert_eq!(itable_lookup(&table, impostor), None);
        assert_eq!(itable_lookup(&ItableBuilder::new().build(), runnable), None);
    }

    #[test]
    fn many_methods_conflict_and_still_resolve() {
        let methods: Vec<_> = (0..200).map(|i| id(i % 7, i, &format!("m{i}"))).collect();
        let mut builder = ItableBuilder::new();
        for (slot, &m) in methods.iter().enumerate() {
            builder.add(m, 1000 + slot as u32);
        }
        builder.add(methods[0], 5); // a duplicate keeps the first slot
        let table = builder.build();
        assert_eq!(table.entries().len(), ITABLE_SIZE);
        assert_eq!(table.method_count(), 200);
        assert!(table.conflicts() > 0);
        for (slot, &m) in methods.iter().enumerate() {
            assert_eq!(itable_lookup(&table, m), Some(1000 + slot as u32), "{m:?}");
        }
        assert_eq!(itable_lookup(&table, id(99, 0, "absent")), None);
    }

    #[test]
    fn tables_do_not_depend_on_insertion_order() {
        let methods: Vec<_> = (0..70).map(|i| id(i % 3, i, &format!("m{i}"))).collect();
        let build = |order: &mut dyn Iterator<Item = usize>| {
            let mut builder = ItableBuilder::new();
            for i in order {
                builder.add(methods[i], i as u32);
            }
            builder.build()
        };
        assert_eq!(build(&mut (0..70)), build(&mut (0..70).rev()));
    }

    #[test]
    fn hashes_spread_over_the_table() {
        // Typical names should land in many different entries.
        let names =
            ["run", "call", "get", "apply", "accept", "test", "compareTo", "hashCode", "size", "iterator"];
        let mut used = std::collections::BTreeSet::new();
        for n in names {
            used.insert(itable_index(interface_method_hash("java/util/Foo", n, "()V")));
        }
        assert!(used.len() >= 6, "{used:?}");
    }
}
