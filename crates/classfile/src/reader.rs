//! A bounds-checked big-endian cursor over a byte slice.

use crate::error::{ClassFileError, Result};

/// Reads big-endian integers from a slice, remembering the absolute offset of
/// the slice in its file so that errors point at the right byte.
#[derive(Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Offset of `bytes[0]` within the whole file.
    base: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader::with_base(bytes, 0)
    }

    pub fn with_base(bytes: &'a [u8], base: usize) -> Self {
        Reader { bytes, pos: 0, base }
    }

    /// The absolute offset of the next byte to be read.
    pub fn offset(&self) -> usize {
        self.base + self.pos
    }

    /// The position of the next byte relative to the start of this reader.
    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    pub fn error(&self, message: impl Into<String>) -> ClassFileError {
        ClassFileError::new(self.offset(), message)
    }

    fn truncated(&self, wanted: usize) -> ClassFileError {
        self.error(format!("truncated: needed {wanted} more byte(s), {} left", self.remaining()))
    }

    pub fn bytes(&mut self, len: usize) -> Result<&'a [u8]> {
        if len > self.remaining() {
            return Err(self.truncated(len));
        }
        let slice = &self.bytes[self.pos..self.pos + len];
        self.pos += len;
        Ok(slice)
    }

    /// A sub-reader over the next `len` bytes; this reader skips past them.
    pub fn sub(&mut self, len: usize) -> Result<Reader<'a>> {
        let base = self.offset();
        let bytes = self.bytes(len)?;
        Ok(Reader::with_base(bytes, base))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let slice = self.bytes(N)?;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }

    pub fn u1(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }

    pub fn u2(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    pub fn u4(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    pub fn i1(&mut self) -> Result<i8> {
        Ok(self.u1()? as i8)
    }

    pub fn i2(&mut self) -> Result<i16> {
        Ok(self.u2()? as i16)
    }

    pub fn i4(&mut self) -> Result<i32> {
        Ok(self.u4()? as i32)
    }

    pub fn u8(&mut self) -> Result<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// Skips forward to the next multiple of `align` relative to the start of
    /// this reader (used for the padding of `tableswitch` and `lookupswitch`).
    pub fn align_to(&mut self, align: usize) -> Result<()> {
        let pad = (align - self.pos % align) % align;
        self.bytes(pad).map(|_| ())
    }

    /// Fails unless every byte has been consumed.
    pub fn expect_end(&self, what: &str) -> Result<()> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.error(format!("{what}: {} unexpected trailing byte(s)", self.remaining())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_big_endian_and_reports_offsets() {
        let data = [0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x01];
        let mut r = Reader::with_base(&data, 100);
        assert_eq!(r.u4().unwrap(), 0xCAFEBABE);
        assert_eq!(r.offset(), 104);
        assert_eq!(r.u2().unwrap(), 1);
        let err = r.u1().unwrap_err();
        assert_eq!(err.offset, 106);
        assert!(err.message.contains("truncated"));
    }

    #[test]
    fn alignment_is_relative_to_the_reader_start() {
        let data = [0u8; 8];
        let mut r = Reader::new(&data);
        r.u1().unwrap();
        r.align_to(4).unwrap();
        assert_eq!(r.position(), 4);
        r.align_to(4).unwrap();
        assert_eq!(r.position(), 4);
    }
}
