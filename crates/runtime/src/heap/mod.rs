//! The heap: where objects and arrays live.
//!
//! The interpreter sees only [`Heap`]: `alloc(size, align)` gives zeroed
//! memory or `None` when the heap limit (`-Xmx`) would be exceeded (the
//! caller raises `OutOfMemoryError`). Allocation goes through an
//! [`Allocator`], one per thread: MMTk's mutator (`heap/mmtk.rs`, over
//! `keel-runtime-heap`), which `keel run` uses, or [`BumpAllocator`], which
//! carves objects out of zeroed chunks and never frees (for tests that
//! make many VMs in one process). Neither collects yet.
//!
//! Object headers are written by the runtime (`vm`), not here: this module
//! only hands out zeroed, aligned bytes.
pub mod mmtk;

use std::alloc::Layout;
use std::ptr::NonNull;

/// A source of zeroed memory: one per thread (a mutator, in MMTk's words).
pub trait Allocator {
    /// `size` zeroed bytes aligned to `align` (a power of two, at most 8),
    /// or `None` when the heap is exhausted.
    fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>>;
    /// Bytes handed out so far.
    fn used(&self) -> usize;
}

/// Chunk size of the bump allocator.
const CHUNK_BYTES: usize = 1 << 20;

/// Hands out memory from zeroed chunks, in order; never frees. Objects
/// larger than a chunk get a chunk of their own.
pub struct BumpAllocator {
    /// Chunks from the global allocator (start, layout), freed on drop.
    chunks: Vec<(NonNull<u8>, Layout)>,
    /// Next free byte and end of the current chunk.
    cursor: usize,
    end: usize,
    used: usize,
    limit: usize,
}

impl BumpAllocator {
    /// An allocator that refuses to hand out more than `limit` bytes.
    pub fn new(limit: usize) -> BumpAllocator {
        BumpAllocator { chunks: Vec::new(), cursor: 0, end: 0, used: 0, limit }
    }

    fn new_chunk(&mut self, bytes: usize) -> Option<usize> {
        let layout = Layout::from_size_align(bytes.max(8), 8).ok()?;
        // SAFETY: the layout has a non-zero size.
        let start = NonNull::new(unsafe { std::alloc::alloc_zeroed(layout) })?;
        self.chunks.push((start, layout));
        Some(start.as_ptr() as usize)
    }
}

impl Drop for BumpAllocator {
    fn drop(&mut self) {
        for &(start, layout) in &self.chunks {
            // SAFETY: each chunk came from `alloc_zeroed` with this layout
            // and is freed once, here.
            unsafe { std::alloc::dealloc(start.as_ptr(), layout) };
        }
    }
}

impl Allocator for BumpAllocator {
    fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        debug_assert!(align.is_power_of_two() && align <= 8);
        let size = size.max(1);
        if self.used.checked_add(size)? > self.limit {
            return None;
        }
        let mut at = self.cursor.next_multiple_of(align);
        if self.cursor == 0 || at.checked_add(size)? > self.end {
            if size > CHUNK_BYTES / 4 {
                // A large object: its own chunk, the current one kept.
                let start = self.new_chunk(size)?;
                self.used += size;
                return NonNull::new(start as *mut u8);
            }
            let start = self.new_chunk(CHUNK_BYTES)?;
            self.cursor = start;
            self.end = start + CHUNK_BYTES;
            at = start;
        }
        self.cursor = at + size;
        self.used += size;
        NonNull::new(at as *mut u8)
    }

    fn used(&self) -> usize {
        self.used
    }
}

/// The heap of one VM: its limit and the allocator of its (one) thread.
pub struct Heap {
    allocator: Box<dyn Allocator>,
    /// A reserve for the error objects raised when the heap is exhausted
    /// (`OutOfMemoryError` itself needs memory).
    reserve: BumpAllocator,
    limit: usize,
}

/// Default heap limit: 256 MiB (java picks a quarter of physical memory).
pub const DEFAULT_HEAP_LIMIT: usize = 256 << 20;

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap { allocator: Box::new(BumpAllocator::new(limit)), reserve: BumpAllocator::new(1 << 20), limit }
    }

    /// A heap over another allocator (MMTk's, later).
    pub fn with_allocator(allocator: Box<dyn Allocator>, limit: usize) -> Heap {
        Heap { allocator, reserve: BumpAllocator::new(1 << 20), limit }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn used(&self) -> usize {
        self.allocator.used()
    }

    /// Bytes the heap holds from the system (`Runtime.totalMemory`): what
    /// is used, in whole MiB, at most the limit.
    pub fn committed(&self) -> usize {
        self.used().next_multiple_of(1 << 20).min(self.limit).max(self.used())
    }

    /// Zeroed memory, or `None` when the limit is reached.
    pub fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.allocator.alloc(size, align)
    }

    /// Zeroed memory from the emergency reserve: only for the error objects
    /// that report an exhausted heap or stack.
    pub fn alloc_reserve(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.reserve.alloc(size, align)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bump_allocates_zeroed_aligned_memory_up_to_the_limit() {
        let mut a = BumpAllocator::new(3 << 20);
        let p = a.alloc(3, 1).unwrap();
        let q = a.alloc(16, 8).unwrap();
        assert_eq!(q.as_ptr() as usize % 8, 0);
        assert!(q.as_ptr() as usize >= p.as_ptr() as usize + 3);
        let big = a.alloc(1 << 20, 8).unwrap();
        // SAFETY: `big` points at 1 MiB the allocator just handed out.
        let bytes = unsafe { std::slice::from_raw_parts(big.as_ptr(), 1 << 20) };
        assert!(bytes.iter().all(|&b| b == 0));
        assert!(a.alloc(2 << 20, 8).is_none());
        assert!(a.used() >= (1 << 20) + 19);
    }
}
