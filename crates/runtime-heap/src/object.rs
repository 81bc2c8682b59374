//! What the heap needs to know about an object (design decision 8).
//!
//! ```text
//! offset 0          class word: pointer to the object's class metadata
//! offset W          lock / identity-hash word
//! offset 2W         fields (instances) or an i32 length then the elements (arrays)
//! ```
//! (`W` is the pointer width.) An object reference is the address of the class word.
//!
//! The collector needs each object's size and where its references are. The runtime's class
//! metadata, whatever else it holds, is `#[repr(C)]` and begins with an [`ObjectShape`]: the
//! class word points at it. [`object_size`] and [`ObjectShape::references`] read it. A class
//! with `element_size == 0` has fixed-size instances whose reference fields are listed by
//! offset; an array class sizes each instance as `base_size + length * element_size`, rounded
//! up to the object alignment, reading the `i32` length at `length_offset`, and an array of
//! references has a reference in every element.

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

/// How a `java.lang.ref.Reference` subclass treats its referent (JLS 12.6, `java.lang.ref`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    /// Not a reference class: every reference field is strong.
    None = 0,
    /// `SoftReference`: cleared only when the heap would otherwise be exhausted.
    Soft = 1,
    /// `WeakReference`: cleared once the referent is no longer strongly or softly reachable.
    Weak = 2,
    /// `PhantomReference`: cleared and enqueued as a weak reference is (JDK 9 and later).
    Phantom = 3,
}

/// What the collector reads in instances of a class.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    /// Fixed-size instances with the reference fields at `reference_offsets`.
    Instance = 0,
    /// An array whose elements are references (word-sized, from `elements_offset`).
    ReferenceArray = 1,
    /// An array of primitives: nothing to trace.
    PrimitiveArray = 2,
}

/// The prefix of every class's metadata the heap reads: how big its instances are and where
/// their references lie.
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
    /// Byte offset of an array's first element (unused when `element_size` is 0).
    pub elements_offset: u32,
    pub kind: ShapeKind,
    pub reference_kind: ReferenceKind,
    /// Number of entries at `reference_offsets`.
    pub reference_count: u32,
    /// Byte offsets of an instance's reference fields, the inherited ones included (null when
    /// `reference_count` is 0). The class metadata owns the array and outlives its objects.
    pub reference_offsets: *const u32,
}

// SAFETY: the only pointer in a shape, `reference_offsets`, points at offsets that are never
// written after the shape is made (the class metadata owns them, immutable); the collector's
// worker thread reads them while the mutator is stopped.
unsafe impl Sync for ObjectShape {}
// SAFETY: as above: the pointed-to offsets are immutable and outlive the shape's use.
unsafe impl Send for ObjectShape {}

impl ObjectShape {
    /// The shape of a class whose instances are `size` bytes and hold no references.
    pub const fn fixed(size: u32) -> Self {
        ObjectShape {
            base_size: size,
            element_size: 0,
            length_offset: 0,
            elements_offset: 0,
            kind: ShapeKind::Instance,
            reference_kind: ReferenceKind::None,
            reference_count: 0,
            reference_offsets: std::ptr::null(),
        }
    }

    /// The shape of a class whose instances are `size` bytes with references at `offsets`.
    /// The shape points into `offsets`: they must stay put while the shape is used (the
    /// runtime keeps them in the class metadata, which lives as long as the heap's objects).
    pub fn instance(size: u32, offsets: &[u32], reference_kind: ReferenceKind) -> Self {
        ObjectShape {
            reference_kind,
            reference_count: offsets.len() as u32,
            reference_offsets: if offsets.is_empty() { std::ptr::null() } else { offsets.as_ptr() },
            ..ObjectShape::fixed(size)
        }
    }

    /// The shape of an array class.
    pub const fn array(
        base_size: u32,
        element_size: u32,
        length_offset: u32,
        elements_offset: u32,
        references: bool,
    ) -> Self {
        ObjectShape {
            base_size,
            element_size,
            length_offset,
            elements_offset,
            kind: if references { ShapeKind::ReferenceArray } else { ShapeKind::PrimitiveArray },
            ..ObjectShape::fixed(base_size)
        }
    }

    /// The size in bytes of an instance of this shape with `length` elements (ignored for
    /// non-array classes), rounded up to [`MIN_ALIGN`]. `None` if it overflows `usize`.
    pub fn instance_size(&self, length: u32) -> Option<usize> {
        let elements = (self.element_size as usize).checked_mul(length as usize)?;
        let size = (self.base_size as usize).checked_add(elements)?;
        size.checked_next_multiple_of(MIN_ALIGN)
    }

    /// The reference field offsets of an instance.
    ///
    /// # Safety
    ///
    /// `reference_offsets` must still point at `reference_count` offsets (see
    /// [`ObjectShape::instance`]).
    pub unsafe fn reference_offsets(&self) -> &[u32] {
        if self.reference_count == 0 || self.reference_offsets.is_null() {
            return &[];
        }
        // SAFETY: the caller guarantees the offsets are still there.
        unsafe { std::slice::from_raw_parts(self.reference_offsets, self.reference_count as usize) }
    }
}

/// The shape of the object at `object`.
///
/// # Safety
///
/// `object` must point to an initialized object in the heap: its class word holds a pointer
/// to live, `#[repr(C)]` class metadata that begins with an [`ObjectShape`].
pub unsafe fn shape_of<'a>(object: *const u8) -> &'a ObjectShape {
    // SAFETY: the caller guarantees the class word is initialized and word-aligned (objects are
    // at least `MIN_ALIGN`-aligned) and points to a live `ObjectShape`.
    unsafe { &*object.add(CLASS_WORD_OFFSET).cast::<*const ObjectShape>().read() }
}

/// The `i32` length of the array at `object`, or 0 for an instance.
///
/// # Safety
///
/// As [`shape_of`]; an array's length field is initialized.
pub unsafe fn array_length(object: *const u8, shape: &ObjectShape) -> u32 {
    if shape.element_size == 0 {
        return 0;
    }
    // SAFETY: array objects have an initialized, 4-byte-aligned i32 length at `length_offset`
    // (caller's guarantee); a negative length cannot be allocated.
    let length = unsafe { object.add(shape.length_offset as usize).cast::<i32>().read() };
    u32::try_from(length).unwrap_or(0)
}

/// The size in bytes of the object at `object`.
///
/// # Safety
///
/// As [`shape_of`], and, if the shape is an array shape, the object's length field is
/// initialized.
pub unsafe fn object_size(object: *const u8) -> usize {
    // SAFETY: the caller's guarantees are `shape_of`'s and `array_length`'s.
    let shape = unsafe { shape_of(object) };
    // SAFETY: as above.
    let length = unsafe { array_length(object, shape) };
    // An object that exists fits in the address space, so its size cannot overflow.
    shape.instance_size(length).unwrap_or(usize::MAX)
}
