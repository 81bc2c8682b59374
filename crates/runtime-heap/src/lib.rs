//! Keel's heap: the MMTk binding (design decision 8), part of the runtime.
//!
//! [`Heap::new`] builds MMTk once per process with a plan (only [`Plan::NoGC`] so far) and a
//! maximum size (`-Xmx`, parsed by [`parse_memory_size`]; by default a quarter of physical
//! memory, [`default_max_heap_bytes`]). Each thread that allocates binds a [`Mutator`] and
//! asks it for zeroed, aligned memory by size and alignment: [`Mutator::alloc`]. A full heap
//! is an [`OutOfMemory`] error, which the runtime raises as `OutOfMemoryError`, never a
//! panic or an abort.
//!
//! [`object`] fixes what the heap reads in an object: the header (class word, then the
//! lock/hash word) and the size of the object, from the [`object::ObjectShape`] its class
//! metadata starts with. [`binding`] is the `VMBinding` MMTk calls back into.
//!
//! This is a runtime crate: it may use `unsafe` (design decision 12), each block with a
//! `SAFETY:` comment.

#![deny(unsafe_op_in_unsafe_fn)]

pub mod binding;
mod heap;
pub mod object;

pub use heap::{
    default_max_heap_bytes, parse_memory_size, Heap, HeapError, HeapOptions, Mutator, OomKind, OutOfMemory,
    Plan, MIN_HEAP_BYTES,
};
