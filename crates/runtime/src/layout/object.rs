//! Instance, statics and array layout (design decision 8).
//!
//! # The rule
//!
//! An object is a header (class pointer word, then lock/identity-hash word,
//! both pointer-sized) followed by fields. A class's instance fields start
//! at its parent's *unpadded* end (`fields_end`: the end of the last parent
//! field, or the header's end), so a subclass is a prefix-extension of its
//! parent and may use the parent's trailing padding. Within one class the
//! fields are placed largest first (references first among fields of the
//! same size, then declaration order), each at the lowest offset at or past
//! the class's start that is aligned for it and free: a field goes into an
//! alignment hole left earlier in the same class (e.g. the 4 bytes between a
//! parent ending at 20 and a `long` at 24) before the end is extended. Holes
//! are never shared across classes: a subclass does not look inside its
//! parent's field area. The instance size is `fields_end` rounded up to
//! [`Target::object_align`].
//!
//! Sizes: `boolean`/`byte` 1, `char`/`short` 2, `int`/`float` 4,
//! `long`/`double` 8, references the pointer width. Alignment is the size,
//! except `long`/`double` fields, aligned to [`Target::i64_align`] (4 on
//! i686: a `volatile long` there needs an 8-byte atomic that tolerates
//! 4-byte alignment, which x86's `cmpxchg8b` does).
//!
//! Static fields are laid out by the same rule in a per-class statics block
//! that starts at 0 and has no header; its size is rounded up to
//! `object_align` too.
//!
//! An array is the header, an `i32` length, then the elements, aligned to
//! the element size (on every target, `long[]` elements are 8-aligned).
//!
//! Byte order does not enter: it changes how a value is stored at its
//! offset, never the offset.

use keel_kir::ElemKind;

use super::target::Target;

/// Why a layout could not be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// A field descriptor that is not a field type.
    BadDescriptor { field: String, descriptor: String },
    /// The parent's layout was computed for another target.
    TargetMismatch,
    /// More fields than a 32-bit offset can hold (not reachable from class
    /// files, which have at most 65535 fields of at most 8 bytes).
    TooLarge,
}

impl std::fmt::Display for LayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LayoutError::BadDescriptor { field, descriptor } => {
                write!(f, "field {field}: bad descriptor {descriptor}")
            }
            LayoutError::TargetMismatch => write!(f, "parent layout computed for another target"),
            LayoutError::TooLarge => write!(f, "object too large"),
        }
    }
}

impl std::error::Error for LayoutError {}

/// The memory kind of a field descriptor (`I`, `Ljava/lang/String;`, `[J`),
/// or `None` if it is not one.
pub fn field_kind(descriptor: &str) -> Option<ElemKind> {
    keel_kir::descriptor::field_type(descriptor)?;
    Some(match descriptor.as_bytes()[0] {
        b'Z' => ElemKind::Boolean,
        b'B' => ElemKind::Byte,
        b'C' => ElemKind::Char,
        b'S' => ElemKind::Short,
        b'I' => ElemKind::Int,
        b'J' => ElemKind::Long,
        b'F' => ElemKind::Float,
        b'D' => ElemKind::Double,
        _ => ElemKind::Ref,
    })
}

/// Bytes a value of `kind` takes in memory on `target`.
pub fn kind_size(target: &Target, kind: ElemKind) -> u32 {
    match kind {
        ElemKind::Boolean | ElemKind::Byte => 1,
        ElemKind::Char | ElemKind::Short => 2,
        ElemKind::Int | ElemKind::Float => 4,
        ElemKind::Long | ElemKind::Double => 8,
        ElemKind::Ref => target.pointer_size,
    }
}

/// Alignment of a field of `kind` in an object or statics block.
pub fn field_align(target: &Target, kind: ElemKind) -> u32 {
    match kind {
        ElemKind::Long | ElemKind::Double => target.i64_align,
        _ => kind_size(target, kind),
    }
}

fn align_up(value: u32, align: u32) -> Option<u32> {
    debug_assert!(align.is_power_of_two());
    Some(value.checked_add(align - 1)? & !(align - 1))
}

/// A field to lay out: as declared by the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldDecl<'a> {
    pub name: &'a str,
    pub descriptor: &'a str,
    pub is_static: bool,
}

impl<'a> FieldDecl<'a> {
    pub fn instance(name: &'a str, descriptor: &'a str) -> FieldDecl<'a> {
        FieldDecl { name, descriptor, is_static: false }
    }

    pub fn statik(name: &'a str, descriptor: &'a str) -> FieldDecl<'a> {
        FieldDecl { name, descriptor, is_static: true }
    }

    /// The fields a translated class declares, in declaration order.
    pub fn of_class(class: &'a keel_kir::Class) -> Vec<FieldDecl<'a>> {
        let decl = |f: &'a keel_kir::Field| FieldDecl {
            name: &f.name,
            descriptor: &f.descriptor,
            is_static: f.access_flags & super::vtable::ACC_STATIC != 0,
        };
        class.fields.iter().map(decl).collect()
    }
}

/// Where one field lives: an offset into the object (instance fields) or
/// into the class's statics block (static fields).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FieldSlot {
    pub name: String,
    pub descriptor: String,
    pub offset: u32,
    pub kind: ElemKind,
    /// Bytes it takes.
    pub size: u32,
}

/// The layout of one class's instances and statics on one target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassLayout {
    pub target: Target,
    /// Bytes of the header ([`Target::header_size`]).
    pub header_size: u32,
    /// Bytes of an instance: `fields_end` rounded up to the object alignment.
    pub instance_size: u32,
    /// End of the last instance field (inherited ones included) or of the
    /// header: where a subclass's fields start.
    pub fields_end: u32,
    /// This class's own instance fields, in declaration order.
    pub fields: Vec<FieldSlot>,
    /// Offsets of every reference field of an instance, inherited ones
    /// included, ascending: the collector's reference map.
    pub reference_offsets: Vec<u32>,
    /// Bytes of the statics block.
    pub static_size: u32,
    /// This class's static fields, in declaration order.
    pub static_fields: Vec<FieldSlot>,
    /// Offsets of the reference fields in the statics block, ascending.
    pub static_reference_offsets: Vec<u32>,
}

impl ClassLayout {
    /// Lays out a class whose superclass has layout `parent` (`None` for a
    /// root class such as `java/lang/Object`; interfaces use `None` too, as
    /// they only have statics).
    pub fn compute(
        target: &Target,
        parent: Option<&ClassLayout>,
        fields: &[FieldDecl<'_>],
    ) -> Result<ClassLayout, LayoutError> {
        let header_size = target.header_size();
        let (start, mut reference_offsets) = match parent {
            Some(p) if p.target != *target => return Err(LayoutError::TargetMismatch),
            Some(p) => (p.fields_end, p.reference_offsets.clone()),
            None => (header_size, Vec::new()),
        };
        let instance: Vec<_> = fields.iter().filter(|f| !f.is_static).copied().collect();
        let statics: Vec<_> = fields.iter().filter(|f| f.is_static).copied().collect();
        let (own, fields_end) = place(target, start, &instance)?;
        let (static_fields, static_end) = place(target, 0, &statics)?;
        reference_offsets.extend(refs(&own));
        reference_offsets.sort_unstable();
        let static_reference_offsets = {
            let mut offsets: Vec<u32> = refs(&static_fields).collect();
            offsets.sort_unstable();
            offsets
        };
        Ok(ClassLayout {
            target: *target,
            header_size,
            instance_size: align_up(fields_end, target.object_align).ok_or(LayoutError::TooLarge)?,
            fields_end,
            fields: own,
            reference_offsets,
            static_size: align_up(static_end, target.object_align).ok_or(LayoutError::TooLarge)?,
            static_fields,
            static_reference_offsets,
        })
    }

    /// This class's own instance field `name` with `descriptor`.
    pub fn field(&self, name: &str, descriptor: &str) -> Option<&FieldSlot> {
        self.fields.iter().find(|f| f.name == name && f.descriptor == descriptor)
    }

    /// This class's own static field `name` with `descriptor`.
    pub fn static_field(&self, name: &str, descriptor: &str) -> Option<&FieldSlot> {
        self.static_fields.iter().find(|f| f.name == name && f.descriptor == descriptor)
    }
}

fn refs(slots: &[FieldSlot]) -> impl Iterator<Item = u32> + '_ {
    slots.iter().filter(|s| s.kind == ElemKind::Ref).map(|s| s.offset)
}

/// Places `fields` from `start` on by the module's rule; returns the slots in
/// declaration order and the end of the last one (or `start`).
fn place(
    target: &Target,
    start: u32,
    fields: &[FieldDecl<'_>],
) -> Result<(Vec<FieldSlot>, u32), LayoutError> {
    let mut kinds = Vec::with_capacity(fields.len());
    for f in fields {
        let kind = field_kind(f.descriptor).ok_or_else(|| LayoutError::BadDescriptor {
            field: f.name.to_string(),
            descriptor: f.descriptor.to_string(),
        })?;
        kinds.push(kind);
    }
    let mut order: Vec<usize> = (0..fields.len()).collect();
    order.sort_by_key(|&i| {
        let kind = kinds[i];
        (
            std::cmp::Reverse(kind_size(target, kind)),
            std::cmp::Reverse(field_align(target, kind)),
            kind != ElemKind::Ref,
            i,
        )
    });
    // Free holes `(offset, length)` below `end`, by ascending offset.
    let mut holes: Vec<(u32, u32)> = Vec::new();
    let mut end = start;
    let mut offsets = vec![0u32; fields.len()];
    for &i in &order {
        let (size, align) = (kind_size(target, kinds[i]), field_align(target, kinds[i]));
        let in_hole = holes.iter().enumerate().find_map(|(h, &(offset, length))| {
            let at = align_up(offset, align)?;
            (at + size <= offset + length).then_some((h, at))
        });
        let at = match in_hole {
            Some((h, at)) => {
                let (offset, length) = holes.remove(h);
                let mut pieces = Vec::new();
                if at > offset {
                    pieces.push((offset, at - offset));
                }
                if at + size < offset + length {
                    pieces.push((at + size, offset + length - (at + size)));
                }
                for (n, piece) in pieces.into_iter().enumerate() {
                    holes.insert(h + n, piece);
                }
                at
            }
            None => {
                let at = align_up(end, align).ok_or(LayoutError::TooLarge)?;
                if at > end {
                    holes.push((end, at - end));
                }
                end = at.checked_add(size).ok_or(LayoutError::TooLarge)?;
                at
            }
        };
        offsets[i] = at;
    }
    let slots = fields
        .iter()
        .zip(kinds)
        .zip(offsets)
        .map(|((f, kind), offset)| FieldSlot {
            name: f.name.to_string(),
            descriptor: f.descriptor.to_string(),
            offset,
            kind,
            size: kind_size(target, kind),
        })
        .collect();
    Ok((slots, end))
}

/// The layout of arrays of one element kind on one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArrayLayout {
    pub kind: ElemKind,
    /// Offset of the `i32` length.
    pub length_offset: u32,
    /// Offset of element 0.
    pub elements_offset: u32,
    pub element_size: u32,
    pub object_align: u32,
}

impl ArrayLayout {
    pub fn new(target: &Target, kind: ElemKind) -> ArrayLayout {
        let length_offset = target.header_size();
        let element_size = kind_size(target, kind);
        // Small constants: cannot overflow.
        let elements_offset = (length_offset + 4).next_multiple_of(element_size);
        ArrayLayout { kind, length_offset, elements_offset, element_size, object_align: target.object_align }
    }

    /// Offset of element `index`.
    pub fn element_offset(&self, index: u32) -> u64 {
        self.elements_offset as u64 + index as u64 * self.element_size as u64
    }

    /// Bytes of an array of `length` elements (`length` is at most
    /// `i32::MAX`, so this never overflows).
    pub fn size(&self, length: u32) -> u64 {
        self.element_offset(length).next_multiple_of(self.object_align as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_KINDS: [ElemKind; 9] = [
        ElemKind::Boolean,
        ElemKind::Byte,
        ElemKind::Char,
        ElemKind::Short,
        ElemKind::Int,
        ElemKind::Long,
        ElemKind::Float,
        ElemKind::Double,
        ElemKind::Ref,
    ];

    fn inst<'a>(fields: &[(&'a str, &'a str)]) -> Vec<FieldDecl<'a>> {
        fields.iter().map(|&(n, d)| FieldDecl::instance(n, d)).collect()
    }

    fn offsets(layout: &ClassLayout) -> Vec<(&str, u32)> {
        layout.fields.iter().map(|f| (f.name.as_str(), f.offset)).collect()
    }

    fn object(target: &Target) -> ClassLayout {
        ClassLayout::compute(target, None, &[]).unwrap()
    }

    #[test]
    fn object_is_just_a_header() {
        for (target, size) in [(Target::x86_64(), 16), (Target::i686(), 8), (Target::arm32(), 8)] {
            let o = object(&target);
            assert_eq!((o.instance_size, o.fields_end, o.static_size), (size, size, 0));
            assert!(o.reference_offsets.is_empty());
        }
    }

    #[test]
    fn integer_value_follows_the_header() {
        for target in [Target::x86_64(), Target::i686(), Target::s390x(), Target::powerpc32()] {
            let o = object(&target);
            let number = ClassLayout::compute(&target, Some(&o), &[]).unwrap();
            let integer = ClassLayout::compute(
                &target,
                Some(&number),
                &[
                    FieldDecl::statik("MIN_VALUE", "I"),
                    FieldDecl::statik("TYPE", "Ljava/lang/Class;"),
                    FieldDecl::instance("value", "I"),
                    FieldDecl::statik("serialVersionUID", "J"),
                ],
            )
            .unwrap();
            let h = target.header_size();
            assert_eq!(integer.field("value", "I").unwrap().offset, h);
            assert_eq!(integer.instance_size, (h + 4).next_multiple_of(8));
            let p = target.pointer_size;
            // Statics: 8-byte fields (the reference first when it is 8 bytes),
            // then 4-byte ones.
            let (class_at, long_at) = if p == 8 { (0, 8) } else { (8, 0) };
            assert_eq!(integer.static_field("serialVersionUID", "J").unwrap().offset, long_at);
            assert_eq!(integer.static_field("TYPE", "Ljava/lang/Class;").unwrap().offset, class_at);
            assert_eq!(integer.static_field("MIN_VALUE", "I").unwrap().offset, 8 + p);
            assert_eq!(integer.static_reference_offsets, vec![class_at]);
            assert_eq!(integer.static_size, (12 + p).next_multiple_of(8));
            assert!(integer.reference_offsets.is_empty());
        }
    }

    const MIXED: [(&str, &str); 5] =
        [("b", "B"), ("l", "J"), ("i", "I"), ("r", "Ljava/lang/Object;"), ("s", "S")];

    #[test]
    fn mixed_fields_on_64_bit_targets() {
        // Header 16; refs first among 8-byte fields: r 16, l 24, i 32, s 36, b 38.
        for target in [Target::x86_64(), Target::s390x(), Target::aarch64()] {
            let layout = ClassLayout::compute(&target, Some(&object(&target)), &inst(&MIXED)).unwrap();
            assert_eq!(offsets(&layout), vec![("b", 38), ("l", 24), ("i", 32), ("r", 16), ("s", 36)]);
            assert_eq!((layout.fields_end, layout.instance_size), (39, 40));
            assert_eq!(layout.reference_offsets, vec![16]);
        }
    }

    #[test]
    fn mixed_fields_on_i686() {
        // Header 8; long aligned to 4: l 8, then 4-byte ones (ref first) r 16, i 20, s 24, b 26.
        let target = Target::i686();
        let layout = ClassLayout::compute(&target, Some(&object(&target)), &inst(&MIXED)).unwrap();
        assert_eq!(offsets(&layout), vec![("b", 26), ("l", 8), ("i", 20), ("r", 16), ("s", 24)]);
        assert_eq!((layout.fields_end, layout.instance_size), (27, 32));
        assert_eq!(layout.reference_offsets, vec![16]);
    }

    #[test]
    fn long_alignment_differs_between_i686_and_arm32() {
        // A parent ending at 12 (header 8 + int): the subclass's long goes
        // to 12 on i686, to 16 on ARM (and the hole 12..16 takes the int).
        for (target, long_at, int_at, end) in [(Target::i686(), 12, 20, 24), (Target::arm32(), 16, 12, 24)] {
            let parent = ClassLayout::compute(&target, Some(&object(&target)), &inst(&[("p", "I")])).unwrap();
            assert_eq!(parent.fields_end, 12);
            let child =
                ClassLayout::compute(&target, Some(&parent), &inst(&[("i", "I"), ("l", "J")])).unwrap();
            assert_eq!(offsets(&child), vec![("i", int_at), ("l", long_at)]);
            assert_eq!(child.fields_end, end);
        }
        // PowerPC32 (big-endian) lays out as ARM does.
        let ppc = Target::powerpc32();
        let parent = ClassLayout::compute(&ppc, Some(&object(&ppc)), &inst(&[("p", "I")])).unwrap();
        let child = ClassLayout::compute(&ppc, Some(&parent), &inst(&[("i", "I"), ("l", "J")])).unwrap();
        assert_eq!(offsets(&child), vec![("i", 12), ("l", 16)]);
    }

    #[test]
    fn subclass_fills_parent_trailing_padding() {
        let target = Target::x86_64();
        let parent = ClassLayout::compute(&target, Some(&object(&target)), &inst(&[("a", "I")])).unwrap();
        assert_eq!((parent.fields_end, parent.instance_size), (20, 24));
        let child = ClassLayout::compute(&target, Some(&parent), &inst(&[("c", "C"), ("b", "Z")])).unwrap();
        // The parent's 4 bytes of padding hold the child's fields.
        assert_eq!(offsets(&child), vec![("c", 20), ("b", 22)]);
        assert_eq!(child.instance_size, 24);
        // A long cannot: it goes to 24, and the hole 20..24 takes the short.
        let child = ClassLayout::compute(&target, Some(&parent), &inst(&[("l", "J"), ("s", "S")])).unwrap();
        assert_eq!(offsets(&child), vec![("l", 24), ("s", 20)]);
        assert_eq!(child.instance_size, 32);
    }

    #[test]
    fn holes_are_filled_smallest_offset_first() {
        // Parent ends at 17 on x86_64: hole 17..24 before the long.
        let target = Target::x86_64();
        let parent = ClassLayout::compute(&target, Some(&object(&target)), &inst(&[("a", "B")])).unwrap();
        let fields = inst(&[("l", "J"), ("i", "I"), ("s", "S"), ("b", "B"), ("z", "Z")]);
        let child = ClassLayout::compute(&target, Some(&parent), &fields).unwrap();
        // i cannot fit 17..24 aligned (20..24 fits): i 20, s 18, b 17, z 32.
        assert_eq!(offsets(&child), vec![("l", 24), ("i", 20), ("s", 18), ("b", 17), ("z", 32)]);
    }

    #[test]
    fn reference_maps_include_inherited_references() {
        for target in [Target::x86_64(), Target::i686()] {
            let p = target.pointer_size;
            let h = target.header_size();
            let a = ClassLayout::compute(&target, Some(&object(&target)), &inst(&[("x", "I"), ("o", "[I")]))
                .unwrap();
            let b = ClassLayout::compute(
                &target,
                Some(&a),
                &[
                    FieldDecl::instance("s", "Ljava/lang/String;"),
                    FieldDecl::statik("cache", "Ljava/lang/Object;"),
                    FieldDecl::instance("d", "D"),
                ],
            )
            .unwrap();
            let o = a.field("o", "[I").unwrap().offset;
            assert_eq!(o, h);
            assert_eq!(a.reference_offsets, vec![o]);
            let s = b.field("s", "Ljava/lang/String;").unwrap().offset;
            assert_eq!(b.reference_offsets, vec![o, s]);
            assert!(s >= a.fields_end && s.is_multiple_of(p));
            assert_eq!(b.static_reference_offsets, vec![0]);
        }
    }

    #[test]
    fn bad_descriptors_and_mismatched_targets_are_errors() {
        let target = Target::x86_64();
        let err = ClassLayout::compute(&target, None, &inst(&[("v", "V")])).unwrap_err();
        assert_eq!(err, LayoutError::BadDescriptor { field: "v".into(), descriptor: "V".into() });
        assert!(ClassLayout::compute(&target, None, &inst(&[("x", "Lfoo")])).is_err());
        let other = object(&Target::i686());
        assert_eq!(ClassLayout::compute(&target, Some(&other), &[]), Err(LayoutError::TargetMismatch));
    }

    #[test]
    fn layout_is_deterministic() {
        let target = Target::i686();
        let fields = inst(&[("a", "S"), ("b", "J"), ("c", "Ljava/lang/Object;"), ("d", "Z"), ("e", "F")]);
        let one = ClassLayout::compute(&target, Some(&object(&target)), &fields).unwrap();
        let two = ClassLayout::compute(&target, Some(&object(&target)), &fields).unwrap();
        assert_eq!(one, two);
    }

    #[test]
    fn arrays_on_64_bit() {
        let target = Target::x86_64();
        let expected = [(1, 20), (1, 20), (2, 20), (2, 20), (4, 20), (8, 24), (4, 20), (8, 24), (8, 24)];
        for (kind, (size, base)) in ALL_KINDS.into_iter().zip(expected) {
            let a = ArrayLayout::new(&target, kind);
            assert_eq!((a.length_offset, a.element_size, a.elements_offset), (16, size, base), "{kind:?}");
            assert_eq!(a.size(0), 24);
        }
        let bytes = ArrayLayout::new(&target, ElemKind::Byte);
        assert_eq!((bytes.size(4), bytes.size(5)), (24, 32));
        let longs = ArrayLayout::new(&target, ElemKind::Long);
        assert_eq!((longs.element_offset(2), longs.size(3)), (40, 48));
        assert_eq!(longs.size(i32::MAX as u32), 24 + 8 * i32::MAX as u64);
    }

    #[test]
    fn arrays_on_32_bit() {
        for target in [Target::i686(), Target::arm32(), Target::powerpc32()] {
            let expected = [(1, 12), (1, 12), (2, 12), (2, 12), (4, 12), (8, 16), (4, 12), (8, 16), (4, 12)];
            for (kind, (size, base)) in ALL_KINDS.into_iter().zip(expected) {
                let a = ArrayLayout::new(&target, kind);
                assert_eq!((a.length_offset, a.element_size, a.elements_offset), (8, size, base), "{kind:?}");
            }
            let refs = ArrayLayout::new(&target, ElemKind::Ref);
            assert_eq!((refs.size(0), refs.size(1), refs.size(2)), (16, 16, 24));
            let doubles = ArrayLayout::new(&target, ElemKind::Double);
            assert_eq!((doubles.size(0), doubles.size(1)), (16, 24));
        }
    }

    #[test]
    fn field_kinds() {
        assert_eq!(field_kind("Z"), Some(ElemKind::Boolean));
        assert_eq!(field_kind("[J"), Some(ElemKind::Ref));
        assert_eq!(field_kind("Ljava/lang/String;"), Some(ElemKind::Ref));
        assert_eq!(field_kind("D"), Some(ElemKind::Double));
        assert_eq!(field_kind(""), None);
        assert_eq!(field_kind("JJ"), None);
    }
}
