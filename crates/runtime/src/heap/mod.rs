//! The heap: where objects and arrays live.
//!
//! The VM sees only [`Heap`]: `alloc(size, align)` gives zeroed memory to
//! Rust code and never collects; `alloc_at_safepoint` is the interpreter's,
//! and `None` from it means "collect, then try again" (`collect`, with the
//! VM's exact roots), and after that, `OutOfMemoryError`. Allocation goes
//! through an [`Allocator`], one per thread: MMTk's mutator
//! (`heap/mmtk.rs`, over `keel-runtime-heap`), which `keel run` uses and
//! which collects, or [`BumpAllocator`], which carves objects out of zeroed
//! chunks and never frees (for tests that make many VMs in one process).
//!
//! Object headers are written by the runtime (`vm`), not here: this module
//! only hands out zeroed, aligned bytes.
pub mod mmtk;

use std::alloc::Layout;
use std::ptr::NonNull;

pub use keel_runtime_heap::{CollectionStats, ObjectReference};

/// A source of zeroed memory: one per thread (a mutator, in MMTk's words).
pub trait Allocator {
    /// `size` zeroed bytes aligned to `align` (a power of two, at most 8),
    /// or `None` when the heap is exhausted.
    fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>>;
    /// As `alloc`, at a safepoint: `None` when the heap is full (the caller
    /// may collect and try again).
    fn alloc_at_safepoint(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.alloc(size, align)
    }
    /// Bytes handed out so far.
    fn used(&self) -> usize;
    /// Whether this allocator ever collects.
    fn collects(&self) -> bool {
        false
    }
    /// Whether a collection is due at this safepoint.
    fn collection_due(&self) -> bool {
        false
    }
    /// Collects with `roots` as the complete root set; `None` if this
    /// allocator never collects.
    fn collect(&mut self, _roots: Vec<ObjectReference>, _clear_soft: bool) -> Option<CollectionStats> {
        None
    }
    /// Collections so far.
    fn collections(&self) -> usize {
        0
    }
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
    /// `-Xms`: the least the heap reports as committed.
    initial: usize,
}

/// Default heap limit: 256 MiB (java picks a quarter of physical memory).
pub const DEFAULT_HEAP_LIMIT: usize = 256 << 20;

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            allocator: Box::new(BumpAllocator::new(limit)),
            reserve: BumpAllocator::new(1 << 20),
            limit,
            initial: 0,
        }
    }

    /// A heap over another allocator (MMTk's, later).
    pub fn with_allocator(allocator: Box<dyn Allocator>, limit: usize) -> Heap {
        Heap { allocator, reserve: BumpAllocator::new(1 << 20), limit, initial: 0 }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn used(&self) -> usize {
        self.allocator.used()
    }

    /// Sets the initial heap size (`-Xms`).
    pub fn set_initial_size(&mut self, bytes: usize) {
        self.initial = bytes.min(self.limit);
    }

    /// Bytes the heap holds from the system (`Runtime.totalMemory`): what
    /// is used, in whole MiB, at least the initial size, at most the limit.
    pub fn committed(&self) -> usize {
        self.used().next_multiple_of(1 << 20).max(self.initial).min(self.limit).max(self.used())
    }

    /// Zeroed memory for Rust code (never collects), or `None` when the
    /// request cannot be met.
    pub fn alloc(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.allocator.alloc(size, align)
    }

    /// Zeroed memory at a safepoint, or `None` when the heap is full.
    #[inline]
    pub fn alloc_at_safepoint(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        self.allocator.alloc_at_safepoint(size, align)
    }

    /// Whether a collection is due at this safepoint.
    #[inline]
    pub fn collection_due(&self) -> bool {
        self.allocator.collection_due()
    }

    /// Collects garbage with `roots` as the complete root set.
    pub fn collect(&mut self, roots: Vec<ObjectReference>, clear_soft: bool) -> Option<CollectionStats> {
        self.allocator.collect(roots, clear_soft)
    }

    /// Collections so far.
    pub fn collections(&self) -> usize {
        self.allocator.collections()
    }

    /// Zeroed memory from the emergency reserve: only for the error objects
    /// that report an exhausted heap or stack.
    /// A collecting allocator takes them from the heap itself, past its
    /// limit (the collector must be able to trace every object).
    pub fn alloc_reserve(&mut self, size: usize, align: usize) -> Option<NonNull<u8>> {
        match self.allocator.alloc(size, align) {
            Some(memory) => Some(memory),
            None if self.allocator.collects() => None,
            None => self.reserve.alloc(size, align),
        }
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
