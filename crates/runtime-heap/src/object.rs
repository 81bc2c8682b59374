//! What the heap needs to know about an object (design decision 8).
//!
//! ```text
//! offset 0          class word: pointer to the object's class metadata
//! offset W          lock / identity-hash word
//! offset 2W         fields (instances) or an i32 length then the elements (arrays)
//! ```
//! (`W` is the pointer width.) An object reference is the address of the class word.
//!
//! The collector needs each object's size. The runtime's class metadata, whatever else it
//! holds, is `#[repr(C)]` and begins with an [`ObjectShape`]: the class word points at it.
//! [`object_size`] reads it. A class with `element_size == 0` has fixed-size instances; an
//! array class sizes each instance as `base_size + length * element_size`, rounded up to the
//! object alignment, reading the `i32` length at `length_offset`.

/// Byte offset of the class word.
pub const CLASS_WORD_OFFSET: usize = 0;
/// Byte offset of the lock / identity-hash word.
pub const LOCK_WORD_OFFSET: usize = size_of::<usize>();
/// Header size in bytes.
pub const HEADER_SIZE: usize = 2 * size_of::<usize>();
/// The smallest alignment of any allocation; sizes are rounded up to a multiple of it.
pub const MIN_ALIGN: usize = 8;
/// The largest alignment [`crate::Mutator::alloc`] accepts.
pub const MAX_ALIGN: usize = 64;

/// The prefix of every class's metadata the heap reads: how big its instances are.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectShape {
    /// Instance size in bytes (header included); for an array class, the size of an empty
    /// array: header, length and padding up to the first element.
    pub base_size: u32,
    /// Bytes per element; 0 for a class that is not an array class.
    pub element_size: u32,
    /// Byte offset of an array's `i32` length (unused when `element_size` is 0).
    pub length_offset: u32,
}

impl ObjectShape {
    /// The shape of a class whose instances are `size` bytes.
    pub const fn fixed(size: u32) -> Self {
        ObjectShape { base_size: size, element_size: 0, length_offset: 0 }
    }

    /// The size in bytes of an instance of this shape with `length` elements (ignored for
    /// non-array classes), rounded up to [`MIN_ALIGN`]. `None` if it overflows `usize`.
    pub fn instance_size(&self, length: u32) -> Option<usize> {
        let elements = (self.element_size as usize).checked_mul(length as usize)?;
        let size = (self.base_size as usize).checked_add(elements)?;
        size.checked_next_multiple_of(MIN_ALIGN)
    }
}

/// The size in bytes of the object at `object`.
///
/// # Safety
///
/// `object` must point to an initialized object in the heap: its class word holds a pointer
/// to a live, `#[repr(C)]` class metadata that begins with an [`ObjectShape`], and, if that
/// shape is an array shape, the object's length field is initialized.
pub unsafe fn object_size(object: *const u8) -> usize {
    // SAFETY: the caller guarantees the class word is initialized and word-aligned (objects are
    // at least `MIN_ALIGN`-aligned).
    let class = unsafe { object.add(CLASS_WORD_OFFSET).cast::<*const ObjectShape>().read() };
    // SAFETY: the caller guarantees the class word points to a live `ObjectShape`.
    let shape = unsafe { class.read() };
    let length = if shape.element_size == 0 {
        0
    } else {
        // SAFETY: array objects have an initialized, 4-byte-aligned i32 length at
        // `length_offset` (caller's guarantee); a negative length cannot be allocated.
        let length = unsafe { object.add(shape.length_offset as usize).cast::<i32>().read() };
        u32::try_from(length).unwrap_or(0)
    };
    // An object that exists fits in the address space, so its size cannot overflow.
    shape.instance_size(length).unwrap_or(usize::MAX)
}
