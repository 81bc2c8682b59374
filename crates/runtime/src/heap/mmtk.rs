//! The MMTk heap (`keel-runtime-heap`) as an [`Allocator`].
//!
//! `keel run` builds its heap with [`mmtk_heap()`]; tests that need a heap per
//! VM use [`Heap::new`] (the bump allocator), since MMTk's heap is one per process (its address
//! space layout is global): [`mmtk_heap()`] fails the second time it is called, and each further
//! thread gets its own allocator from [`MmtkAllocator::bind`].

use std::ptr::NonNull;

use keel_runtime_heap as mmtk_heap;

use super::{Allocator, CollectionStats, Heap, ObjectReference};

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

    fn alloc_at_safepoint(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.mutator.alloc_at_safepoint(size, align).ok()
    }

    /// Bytes in use in the whole heap (all threads), counted in whole pages.
    fn used(&self) -> usize {
        self.mutator.heap().used_bytes()
    }

    fn collects(&self) -> bool {
        self.mutator.heap().plan().collects()
    }

    fn collection_due(&self) -> bool {
        self.mutator.collection_due()
    }

    fn collect(&mut self, roots: Vec<ObjectReference>, clear_soft: bool) -> Option<CollectionStats> {
        self.mutator.collect(roots, clear_soft)
    }

    fn collections(&self) -> usize {
        self.mutator.heap().collections()
    }
}

/// Builds the process's MMTk heap and a [`Heap`] allocating from it on the calling thread.
pub fn mmtk_heap(options: mmtk_heap::HeapOptions) -> Result<Heap, mmtk_heap::HeapError> {
    let heap = mmtk_heap::Heap::new(options)?;
    let mut runtime_heap = Heap::with_allocator(Box::new(MmtkAllocator::bind(heap)), heap.max_bytes());
    runtime_heap.set_initial_size(options.initial_bytes);
    Ok(runtime_heap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mmtk_heap_serves_zeroed_aligned_memory_and_reports_exhaustion() {
        let mut heap = MmtkAllocator::bind(
            mmtk_heap::Heap::new(mmtk_heap::HeapOptions {
                max_bytes: 8 << 20,
                plan: mmtk_heap::Plan::NoGC,
                stress_interval: None,
                initial_bytes: 0,
            })
            .expect("the only MMTk heap of this test process"),
        );
        for size in [8usize, 24, 100, 4096] {
            let block = heap.alloc(size, 8).expect("room for a small block");
            assert_eq!(block.as_ptr() as usize % 8, 0);
            // SAFETY: `alloc` returned `size` writable bytes that nothing else uses.
            let bytes = unsafe { std::slice::from_raw_parts(block.as_ptr(), size) };
            assert!(bytes.iter().all(|&b| b == 0));
        }
        assert!(heap.alloc(16 << 20, 8).is_none(), "a block larger than the heap is refused");
        assert!(heap.used() > 0);
    }
}
