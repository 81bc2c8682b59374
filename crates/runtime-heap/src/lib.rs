//! Keel's heap: the MMTk binding (design decision 8), part of the runtime.
//!
//! [`Heap::new`] builds MMTk once per process with a plan ([`Plan::Immix`] by default, built
//! non-moving; [`Plan::MarkSweep`]; [`Plan::NoGC`]) and a maximum size (`-Xmx`, parsed by
//! [`parse_memory_size`]; by default a quarter of physical memory,
//! [`default_max_heap_bytes`]). The thread that runs Java binds a [`Mutator`] and asks it for
//! zeroed, aligned memory: [`Mutator::alloc`] for Rust code, which never waits for a
//! collection, and [`Mutator::alloc_at_safepoint`] for the interpreter, which reports a full
//! heap so that the runtime can [`Mutator::collect`] with its exact roots and try again. A heap
//! still full after that is an [`OutOfMemory`] error, which the runtime raises as
//! `OutOfMemoryError`, never a panic or an abort.
//!
//! [`object`] fixes what the heap reads in an object: the header (class word, then the
//! lock/hash word), the size of the object and where its references are, from the
//! [`object::ObjectShape`] its class metadata starts with. [`collector`] is the stop-the-world
//! handshake and reference processing; [`binding`] is the `VMBinding` MMTk calls back into.
//!
//! This is a runtime crate: it may use `unsafe` (design decision 12), each block with a
//! `SAFETY:` comment.

#![deny(unsafe_op_in_unsafe_fn)]

pub mod binding;
pub mod collector;
mod heap;
pub mod object;

pub use heap::{
    default_max_heap_bytes, parse_memory_size, CollectionStats, Heap, HeapError, HeapOptions, Mutator,
    OomKind, OutOfMemory, Plan, MIN_HEAP_BYTES,
};
pub use mmtk::util::ObjectReference;
