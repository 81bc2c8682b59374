//! What layout needs to know about the CPU: pointer width, byte order and
//! alignment rules.

/// Byte order of the target's memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endian {
    Little,
    Big,
}

/// The machine a layout is computed for.
///
/// Byte order does not change any offset or size: it only decides how a
/// value's bytes are stored at its offset (s390x lays objects out exactly as
/// x86_64 does). It is here so that everything target-dependent is in one
/// place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    /// A short name for messages (`x86_64`, `i686`, …).
    pub name: &'static str,
    /// Bytes in a pointer, a reference and a header word: 4 or 8.
    pub pointer_size: u32,
    pub endian: Endian,
    /// Alignment of a `long` or `double` field inside an object or statics
    /// block: 8 on most targets, 4 on 32-bit x86 (the System V i386 ABI).
    /// Array elements are always aligned to their size whatever this says.
    pub i64_align: u32,
    /// Every object's size (and statics block's) is a multiple of this;
    /// objects start at addresses aligned to it.
    pub object_align: u32,
}

impl Target {
    /// The machine this code was compiled for.
    pub fn host() -> Target {
        Target {
            name: std::env::consts::ARCH,
            pointer_size: std::mem::size_of::<usize>() as u32,
            endian: if cfg!(target_endian = "big") { Endian::Big } else { Endian::Little },
            i64_align: std::mem::align_of::<u64>() as u32,
            object_align: 8,
        }
    }

    pub const fn x86_64() -> Target {
        Target { name: "x86_64", pointer_size: 8, endian: Endian::Little, i64_align: 8, object_align: 8 }
    }

    pub const fn aarch64() -> Target {
        Target { name: "aarch64", pointer_size: 8, endian: Endian::Little, i64_align: 8, object_align: 8 }
    }

    /// 32-bit x86: `long` and `double` fields are aligned to 4 only.
    pub const fn i686() -> Target {
        Target { name: "i686", pointer_size: 4, endian: Endian::Little, i64_align: 4, object_align: 8 }
    }

    /// 32-bit ARM (EABI): `long` and `double` are aligned to 8.
    pub const fn arm32() -> Target {
        Target { name: "arm", pointer_size: 4, endian: Endian::Little, i64_align: 8, object_align: 8 }
    }

    /// IBM Z: 64-bit, big-endian.
    pub const fn s390x() -> Target {
        Target { name: "s390x", pointer_size: 8, endian: Endian::Big, i64_align: 8, object_align: 8 }
    }

    /// 32-bit PowerPC: 32-bit, big-endian, `long` aligned to 8.
    pub const fn powerpc32() -> Target {
        Target { name: "powerpc", pointer_size: 4, endian: Endian::Big, i64_align: 8, object_align: 8 }
    }

    /// The object header: the class pointer, then the lock and identity-hash
    /// word, both pointer-sized.
    pub const fn header_size(&self) -> u32 {
        2 * self.pointer_size
    }

    /// Offset of the class pointer in every object.
    pub const fn class_pointer_offset(&self) -> u32 {
        0
    }

    /// Offset of the lock and identity-hash word in every object.
    pub const fn lock_word_offset(&self) -> u32 {
        self.pointer_size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_targets() {
        assert_eq!(Target::x86_64().header_size(), 16);
        assert_eq!(Target::i686().header_size(), 8);
        assert_eq!(Target::i686().i64_align, 4);
        assert_eq!(Target::arm32().i64_align, 8);
        assert_eq!(Target::s390x().endian, Endian::Big);
        assert_eq!(Target::powerpc32().pointer_size, 4);
        assert_eq!(Target::powerpc32().lock_word_offset(), 4);
    }

    #[test]
    fn host_matches_the_machine() {
        let host = Target::host();
        assert_eq!(host.pointer_size as usize, std::mem::size_of::<*const u8>());
        assert!(host.pointer_size == 4 || host.pointer_size == 8);
        assert_eq!(host.endian == Endian::Little, cfg!(target_endian = "little"));
        #[cfg(target_arch = "x86_64")]
        assert_eq!(host, Target { name: "x86_64", ..Target::x86_64() });
    }
}
