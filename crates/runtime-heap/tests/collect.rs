//! The collector on objects made by hand: what is reachable from the roots survives with
//! its contents, what is not is reclaimed (so allocating many times the heap's size works),
//! and weak and soft references are cleared as `java.lang.ref` says.
//!
//! One test: MMTk's heap is one per process.

use std::ptr::NonNull;

use keel_runtime_heap::collector::{object_at, set_reference_layout, take_pending_references};
use keel_runtime_heap::object::{ObjectShape, ReferenceKind, HEADER_SIZE};
use keel_runtime_heap::{Heap, HeapOptions, Mutator, ObjectReference, OomKind, Plan};

/// A node: header, `next` (a reference), `value` (a long).
const NEXT: usize = HEADER_SIZE;
const VALUE: usize = HEADER_SIZE + 8;
const NODE_SIZE: usize = HEADER_SIZE + 16;

/// Garbage: 4 KiB with no references.
const BLOB_SIZE: usize = 4096;

/// A reference object laid out as the runtime lays out `java.lang.ref.Reference`'s
/// reference fields: `referent`, then `discovered`.
const REFERENT: usize = HEADER_SIZE;
const DISCOVERED: usize = HEADER_SIZE + 8;
const REFERENCE_SIZE: usize = HEADER_SIZE + 16;

fn shape(size: usize, offsets: &[usize], kind: ReferenceKind) -> &'static ObjectShape {
    let offsets: &'static [u32] = Box::leak(offsets.iter().map(|&o| o as u32).collect());
    Box::leak(Box::new(ObjectShape::instance(size as u32, offsets, kind)))
}

struct World {
    mutator: Mutator,
    node: &'static ObjectShape,
    roots: Vec<usize>,
}

impl World {
    /// A new object of `shape`, collecting (with `self.roots`) when the heap is full.
    fn new_object(&mut self, shape: &'static ObjectShape, size: usize) -> NonNull<u8> {
        let memory = match self.mutator.alloc_at_safepoint(size, 8) {
            Ok(memory) => memory,
            Err(e) => {
                assert_eq!(e.kind, OomKind::HeapFull);
                self.collect(false);
                self.mutator.alloc_at_safepoint(size, 8).expect("room after a collection")
            }
        };
        // SAFETY: a fresh, zeroed allocation of `size` bytes; word 0 is the class word.
        unsafe { memory.as_ptr().cast::<*const ObjectShape>().write(shape) };
        memory
    }

    fn new_node(&mut self, next: usize, value: i64) -> usize {
        let node = self.new_object(self.node, NODE_SIZE).as_ptr();
        // SAFETY: the fields lie inside the fresh node.
        unsafe {
            node.add(NEXT).cast::<usize>().write(next);
            node.add(VALUE).cast::<i64>().write(value);
        }
        node as usize
    }

    fn collect(&mut self, clear_soft: bool) {
        let roots: Vec<ObjectReference> = self.roots.iter().filter_map(|&r| object_at(r)).collect();
        self.mutator.collect(roots, clear_soft).expect("Immix collects");
    }
}

fn read(object: usize, offset: usize) -> usize {
    // SAFETY: the tests read only fields of objects they keep reachable.
    unsafe { ((object + offset) as *const usize).read() }
}

#[test]
fn collections_keep_what_is_reachable_and_reclaim_the_rest() {
    let heap = Heap::new(HeapOptions {
        max_bytes: 8 << 20,
        plan: Plan::Immix,
        stress_interval: None,
        initial_bytes: 0,
    })
    .expect("the only heap of this process");
    let node = shape(NODE_SIZE, &[NEXT], ReferenceKind::None);
    let blob = shape(BLOB_SIZE, &[], ReferenceKind::None);
    let mut world = World { mutator: heap.bind_mutator(), node, roots: Vec::new() };

    // A list of 1000 nodes stays reachable from one root while 40 MB of garbage, five times
    // the heap, is made around it (4 KiB blobs, ten per node).
    let mut head = 0;
    for value in 0..1000 {
        head = world.new_node(head, value);
        world.roots = vec![head];
        for _ in 0..10 {
            world.new_object(blob, BLOB_SIZE);
        }
    }
    assert!(heap.collections() > 0, "40 MB in an 8 MB heap needs collections");
    let mut expected = 999;
    let mut at = head;
    while at != 0 {
        assert_eq!(read(at, VALUE) as i64, expected, "a reachable node kept its contents");
        expected -= 1;
        at = read(at, NEXT);
    }
    assert_eq!(expected, -1, "all 1000 nodes survived");

    // References: a weak one to garbage is cleared and put on the pending list; a weak one to
    // a reachable node is kept; a soft one is kept while there is room, cleared when the
    // collection may clear soft references.
    set_reference_layout(REFERENT as u32, DISCOVERED as u32);
    let weak = shape(REFERENCE_SIZE, &[REFERENT, DISCOVERED], ReferenceKind::Weak);
    let soft = shape(REFERENCE_SIZE, &[REFERENT, DISCOVERED], ReferenceKind::Soft);
    let reference_to = |world: &mut World, shape, referent: usize| {
        let reference = world.new_object(shape, REFERENCE_SIZE).as_ptr();
        // SAFETY: the referent field lies inside the fresh reference object.
        unsafe { reference.add(REFERENT).cast::<usize>().write(referent) };
        reference as usize
    };
    let garbage = world.new_node(0, 7);
    let weak_to_garbage = reference_to(&mut world, weak, garbage);
    let weak_to_head = reference_to(&mut world, weak, head);
    let soft_garbage = world.new_node(0, 8);
    let soft_to_garbage = reference_to(&mut world, soft, soft_garbage);
    world.roots = vec![head, weak_to_garbage, weak_to_head, soft_to_garbage];
    world.collect(false);
    assert_eq!(read(weak_to_garbage, REFERENT), 0, "the weak reference to garbage is cleared");
    assert_eq!(read(weak_to_head, REFERENT), head, "the weak reference to a reachable node is kept");
    assert_eq!(read(soft_to_garbage, REFERENT), soft_garbage, "soft references stay while there is room");
    assert_eq!(read(soft_garbage, VALUE), 8);
    assert_eq!(take_pending_references(), weak_to_garbage, "the cleared reference is pending");
    world.collect(true);
    assert_eq!(read(soft_to_garbage, REFERENT), 0, "a last-ditch collection clears soft references");
    assert_eq!(take_pending_references(), soft_to_garbage);
}
