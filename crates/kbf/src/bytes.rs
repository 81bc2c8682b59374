//! Little-endian and LEB128 encoding, and a checked reader over image bytes.

use crate::KbfError;

/// Appends values to a byte buffer in the image's encoding.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, value: u8) {
        self.buf.push(value);
    }

    pub fn u32_le(&mut self, value: u32) {
        self.buf.extend_from_slice(&value.to_le_bytes());
    }

    /// Unsigned LEB128.
    pub fn uleb(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    /// Signed LEB128.
    pub fn sleb(&mut self, mut value: i64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
            if done {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }
}

/// A bounds-checked cursor over one section's bytes. Every error names the
/// section and the absolute file offset.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The absolute file offset of `bytes[0]`.
    base: usize,
    section: &'static str,
}

pub(crate) type Result<T> = std::result::Result<T, KbfError>;

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8], base: usize, section: &'static str) -> Reader<'a> {
        Reader { bytes, pos: 0, base, section }
    }

    /// A reader over `bytes[start..]`, for records addressed by offset.
    pub fn at(bytes: &'a [u8], base: usize, section: &'static str, start: usize) -> Result<Reader<'a>> {
        let mut reader = Reader::new(bytes, base, section);
        if start > bytes.len() {
            return Err(
                reader.error(format!("record offset {start} beyond the section's {} bytes", bytes.len()))
            );
        }
        reader.pos = start;
        Ok(reader)
    }

    pub fn error(&self, message: impl Into<String>) -> KbfError {
        KbfError { section: self.section, offset: self.base + self.pos, message: message.into() }
    }

    pub fn position(&self) -> usize {
        self.pos
    }

    /// All the bytes this reader reads from, wherever it is.
    pub fn all(&self) -> &'a [u8] {
        self.bytes
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub fn bytes(&mut self, len: usize) -> Result<&'a [u8]> {
        if len > self.remaining() {
            return Err(self.error(format!("{len} bytes wanted, {} left", self.remaining())));
        }
        let slice = &self.bytes[self.pos..self.pos + len];
        self.pos += len;
        Ok(slice)
    }

    /// A reader over the next `len` bytes, which this one skips.
    pub fn sub_reader(&mut self, len: usize) -> Result<Reader<'a>> {
        let base = self.base + self.pos;
        Ok(Reader::new(self.bytes(len)?, base, self.section))
    }

    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    pub fn u32_le(&mut self) -> Result<u32> {
        let bytes = self.bytes(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    pub fn uleb64(&mut self) -> Result<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            let bits = u64::from(byte & 0x7f);
            // The tenth byte may only carry the top bit of a u64.
            if shift == 63 && bits > 1 {
                return Err(self.error("LEB128 value overflows 64 bits"));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.error("LEB128 value longer than 10 bytes"))
    }

    pub fn uleb32(&mut self) -> Result<u32> {
        let value = self.uleb64()?;
        u32::try_from(value).map_err(|_| self.error(format!("value {value} overflows 32 bits")))
    }

    pub fn sleb64(&mut self) -> Result<i64> {
        let mut value = 0i64;
        let mut shift = 0;
        loop {
            let byte = self.u8()?;
            if shift == 63 && !matches!(byte, 0x00 | 0x7f) {
                return Err(self.error("signed LEB128 value overflows 64 bits"));
            }
            value |= i64::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                if shift < 64 && byte & 0x40 != 0 {
                    value |= -1i64 << shift;
                }
                return Ok(value);
            }
            if shift > 63 {
                return Err(self.error("signed LEB128 value longer than 10 bytes"));
            }
        }
    }

    pub fn sleb32(&mut self) -> Result<i32> {
        let value = self.sleb64()?;
        i32::try_from(value).map_err(|_| self.error(format!("value {value} overflows 32 bits")))
    }

    /// A count of elements that each take at least `min_size` bytes: checked
    /// against the bytes left, so that hostile counts never allocate much.
    pub fn count(&mut self, min_size: usize) -> Result<usize> {
        let count = self.uleb32()? as usize;
        if count.saturating_mul(min_size.max(1)) > self.remaining() {
            return Err(self.error(format!("count {count} exceeds the {} bytes left", self.remaining())));
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb_round_trips() {
        let unsigned = [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX];
        let signed = [0i64, 1, -1, 63, 64, -64, -65, i32::MIN as i64, i32::MAX as i64, i64::MIN, i64::MAX];
        let mut writer = Writer::default();
        unsigned.iter().for_each(|&v| writer.uleb(v));
        signed.iter().for_each(|&v| writer.sleb(v));
        let mut reader = Reader::new(&writer.buf, 0, "test");
        for &v in &unsigned {
            assert_eq!(reader.uleb64().unwrap(), v);
        }
        for &v in &signed {
            assert_eq!(reader.sleb64().unwrap(), v);
        }
        assert_eq!(reader.remaining(), 0);
    }

    #[test]
    fn leb_overflow_is_an_error() {
        let too_long = [0xffu8; 11];
        assert!(Reader::new(&too_long, 0, "test").uleb64().is_err());
        assert!(Reader::new(&too_long, 0, "test").sleb64().is_err());
        let big = [0x80, 0x80, 0x80, 0x80, 0x10];
        assert!(Reader::new(&big, 0, "test").uleb32().is_err());
    }
}
