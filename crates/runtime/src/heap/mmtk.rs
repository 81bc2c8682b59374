//! The MMTk heap (`keel-runtime-heap`) as an [`Allocator`].
//!
//! Not wired in yet: to use it, add `keel-runtime-heap = { path = "../runtime-heap" }` to
//! this crate's dependencies and `pub mod mmtk;` to `heap/mod.rs`, then build the VM's heap
//! with [`mmtk_heap`] instead of [`Heap::new`]. MMTk's heap is one per process (its address
//! space layout is global): [`mmtk_heap`] fails the second time it is called, and each further
//! thread gets its own allocator from [`MmtkAllocator::bind`].

use std::ptr::NonNull;

use keel_runtime_heap as mmtk_heap;

use super::{Allocator, Heap};

/// One thread's MMTk mutator.
pub struct MmtkAllocator {
    mutator: mmtk_heap::Mutator,
}

impl MmtkAllocator {
    /// A new allocator for the calling thread.
    pub fn bind(heap: &'static mmtk_heap::Heap) -> MmtkAllocator {
        MmtkAllocator { mutator: heap.bind_mutator() }
    }
}

impl Allocator for MmtkAllocator {
    fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        // The only error is out-of-memory (`OomKind` says whether the heap is full or the
        // request alone is too big); the caller raises `OutOfMemoryError` for `None`.
        self.mutator.alloc(size, align).ok()
    }

    /// Bytes in use in the whole heap (all threads), counted in whole pages.
    fn used(&self) -> usize {
        self.mutator.heap().used_bytes()
    }
}

/// Builds the process's MMTk heap (NoGC, at most `limit` bytes) and a [`Heap`] allocating
/// from it on the calling thread.
pub fn mmtk_heap(limit: usize) -> Result<Heap, mmtk_heap::HeapError> {
    let heap =
        mmtk_heap::Heap::new(mmtk_heap::HeapOptions { max_bytes: limit, plan: mmtk_heap::Plan::NoGC })?;
    Ok(Heap::with_allocator(Box::new(MmtkAllocator::bind(heap)), heap.max_bytes()))
}
