//! Java's "modified UTF-8" (JVMS 4.4.7).
//!
//! It differs from UTF-8 in two ways: NUL is written as the two bytes
//! `C0 80`, and characters outside the Basic Multilingual Plane are written as
//! a surrogate pair, each half encoded as a three-byte sequence. Java strings
//! may also hold unpaired surrogates, which no Rust `str` can, so the exact
//! form of a string is its UTF-16 code units ([`Mutf8::to_utf16`]); the `str`
//! form ([`Mutf8::to_str`]) replaces unpaired surrogates with U+FFFD.

use std::borrow::Cow;
use std::fmt;

/// A validated modified-UTF-8 byte string, borrowed from a class file.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mutf8<'a>(&'a [u8]);

/// Why a byte string is not modified UTF-8: the offset of the bad byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidMutf8 {
    pub offset: usize,
}

impl<'a> Mutf8<'a> {
    /// Checks that `bytes` is well-formed modified UTF-8.
    pub fn new(bytes: &'a [u8]) -> Result<Self, InvalidMutf8> {
        validate(bytes)?;
        Ok(Mutf8(bytes))
    }

    pub fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The string as Rust text: borrowed when the bytes are also plain UTF-8
    /// (the common case), decoded otherwise.
    pub fn to_str(&self) -> Cow<'a, str> {
        match std::str::from_utf8(self.0) {
            // Valid modified UTF-8 that is also valid UTF-8 has neither the
            // two-byte NUL nor surrogates, so it means the same thing.
            Ok(text) => Cow::Borrowed(text),
            Err(_) => Cow::Owned(String::from_utf16_lossy(&self.to_utf16())),
        }
    }

    /// The exact UTF-16 code units, as a Java `String` holds them.
    pub fn to_utf16(&self) -> Vec<u16> {
        let mut out = Vec::with_capacity(self.0.len());
        let mut i = 0;
        while i < self.0.len() {
            let (unit, len) = decode_unit(&self.0[i..]);
            out.push(unit);
            i += len;
        }
        out
    }
}

impl fmt::Debug for Mutf8<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_str(), f)
    }
}

impl fmt::Display for Mutf8<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str())
    }
}

/// Decodes one UTF-16 unit from validated bytes; returns it and its length.
fn decode_unit(bytes: &[u8]) -> (u16, usize) {
    let b0 = bytes[0] as u16;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (bytes[1] as u16 & 0x3F), 2)
    } else {
        let unit = ((b0 & 0x0F) << 12) | ((bytes[1] as u16 & 0x3F) << 6) | (bytes[2] as u16 & 0x3F);
        (unit, 3)
    }
}

fn is_continuation(byte: Option<&u8>) -> bool {
    matches!(byte, Some(b) if b & 0xC0 == 0x80)
}

/// JVMS 4.4.7: no byte may be 0 or lie in 0xF0..=0xFF, and every multi-byte
/// sequence must be complete. Like HotSpot, overlong forms other than the
/// two-byte NUL are accepted (they decode to the same unit).
fn validate(bytes: &[u8]) -> Result<(), InvalidMutf8> {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0x01..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => return Err(InvalidMutf8 { offset: i }),
        };
        for k in 1..len {
            if !is_continuation(bytes.get(i + k)) {
                return Err(InvalidMutf8 { offset: i + k });
            }
        }
        i += len;
    }
    Ok(())
}

/// Encodes UTF-16 units as modified UTF-8 (the inverse of [`Mutf8::to_utf16`]).
pub fn encode_utf16(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for &unit in units {
        match unit {
            0x0001..=0x007F => out.push(unit as u8),
            0x0000 | 0x0080..=0x07FF => {
                out.push(0xC0 | (unit >> 6) as u8);
                out.push(0x80 | (unit & 0x3F) as u8);
            }
            _ => {
                out.push(0xE0 | (unit >> 12) as u8);
                out.push(0x80 | ((unit >> 6) & 0x3F) as u8);
                out.push(0x80 | (unit & 0x3F) as u8);
            }
        }
    }
    out
}

/// Encodes Rust text as modified UTF-8.
pub fn encode_str(text: &str) -> Vec<u8> {
    encode_utf16(&text.encode_utf16().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed() {
        let m = Mutf8::new(b"java/lang/Object").unwrap();
        assert!(matches!(m.to_str(), Cow::Borrowed("java/lang/Object")));
    }

    #[test]
    fn two_byte_nul() {
        let m = Mutf8::new(&[b'a', 0xC0, 0x80, b'b']).unwrap();
        assert_eq!(m.to_utf16(), vec![0x61, 0, 0x62]);
        assert_eq!(m.to_str(), "a\0b");
        assert!(Mutf8::new(&[b'a', 0, b'b']).is_err());
    }

    #[test]
    fn supplementary_characters_are_surrogate_pairs() {
        // U+1F600 is D83D DE00 in UTF-16.
        let bytes = encode_utf16(&[0xD83D, 0xDE00]);
        assert_eq!(bytes, vec![0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]);
        let m = Mutf8::new(&bytes).unwrap();
        assert_eq!(m.to_str(), "\u{1F600}");
        assert_eq!(m.to_utf16(), vec![0xD83D, 0xDE00]);
    }

    #[test]
    fn unpaired_surrogates_survive_in_utf16() {
        let bytes = encode_utf16(&[0x41, 0xDC00]);
        let m = Mutf8::new(&bytes).unwrap();
        assert_eq!(m.to_utf16(), vec![0x41, 0xDC00]);
        assert_eq!(m.to_str(), "A\u{FFFD}");
    }

    #[test]
    fn round_trips_bmp_text() {
        let text = "héllo wörld €";
        let bytes = encode_str(text);
        assert_eq!(bytes, text.as_bytes());
        assert_eq!(Mutf8::new(&bytes).unwrap().to_str(), text);
    }

    #[test]
    fn rejects_bad_bytes() {
        assert_eq!(Mutf8::new(&[0xF0, 0x90, 0x80, 0x80]).unwrap_err().offset, 0);
        assert_eq!(Mutf8::new(&[b'x', 0xE2, 0x82]).unwrap_err().offset, 3);
        assert_eq!(Mutf8::new(&[0x80]).unwrap_err().offset, 0);
        assert_eq!(Mutf8::new(&[0xC3, 0x41]).unwrap_err().offset, 1);
    }
}
