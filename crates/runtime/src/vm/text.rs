//! Java strings, made directly in JDK 17's layout: `byte[] value`,
//! `byte coder` (0 = LATIN1, one byte per char; 1 = UTF16, two bytes per
//! char in the machine's byte order, as `StringUTF16` reads them), `int
//! hash`, `boolean hashIsZero`. LATIN1 is used whenever every char fits, as
//! with `COMPACT_STRINGS` on (java's default). And `String.valueOf` for
//! primitives, as string concatenation needs it.

use super::{JResult, ObjRef, Throw, Vm};

impl Vm {
    /// A new `java.lang.String` holding `utf16` (String's class loaded, not
    /// initialized: nothing of its static state is needed).
    pub fn string_from_utf16(&mut self, utf16: &[u16]) -> JResult<ObjRef> {
        let latin1 = utf16.iter().all(|&c| c <= 0xff);
        let bytes: Vec<u8> = if latin1 {
            utf16.iter().map(|&c| c as u8).collect()
        } else {
            utf16.iter().flat_map(|c| c.to_ne_bytes()).collect()
        };
        let length = i32::try_from(bytes.len()).map_err(|_| self.out_of_memory())?;
        let array = self.new_array("[B", length)?;
        if !bytes.is_empty() {
            let start = self.element_address(array, 0)?;
            // SAFETY: the array was just allocated with `bytes.len()` byte
            // elements starting at `start`.
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), start, bytes.len()) };
        }
        let class = self.load_class("java/lang/String")?;
        let string = self.alloc_object(class)?;
        self.set_field(string, "value", array.to_slot());
        self.set_field(string, "coder", if latin1 { 0 } else { 1 });
        Ok(string)
    }

    /// A new string of `text`.
    pub fn java_string(&mut self, text: &str) -> JResult<ObjRef> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        self.string_from_utf16(&utf16)
    }

    /// The interned string of `utf16` (string constants are interned).
    pub fn intern(&mut self, utf16: &[u16]) -> JResult<ObjRef> {
        if let Some(&s) = self.interned.get(utf16) {
            return Ok(s);
        }
        let s = self.string_from_utf16(utf16)?;
        self.interned.insert(utf16.to_vec(), s);
        Ok(s)
    }

    /// The chars of a non-null `java.lang.String`, or `None` if it is not
    /// one (or is malformed).
    pub fn string_utf16(&self, string: ObjRef) -> Option<Vec<u16>> {
        if string.is_null() || self.class(self.class_of(string)).name != "java/lang/String" {
            return None;
        }
        let value = ObjRef::from_slot(self.get_field(string, "value")?);
        let coder = self.get_field(string, "coder")? as u8;
        if value.is_null() || self.class(self.class_of(value)).name != "[B" {
            return None;
        }
        let length = self.array_length(value) as usize;
        let info = self.class(self.class_of(value)).array?;
        // SAFETY: `value` is a live byte[] of `length` elements starting at
        // `elements_offset`.
        let bytes =
            unsafe { std::slice::from_raw_parts(value.0.add(info.layout.elements_offset as usize), length) };
        Some(match coder {
            0 => bytes.iter().map(|&b| b as u16).collect(),
            _ => bytes.chunks_exact(2).map(|p| u16::from_ne_bytes([p[0], p[1]])).collect(),
        })
    }

    /// A `java.lang.String`'s content as Rust text (unpaired surrogates
    /// replaced).
    pub fn rust_string(&self, string: ObjRef) -> Option<String> {
        self.string_utf16(string).map(|u| String::from_utf16_lossy(&u))
    }

    /// `Throw::Fatal` unless `object` is a string; its chars.
    pub(crate) fn expect_string(&self, object: ObjRef) -> JResult<Vec<u16>> {
        self.string_utf16(object).ok_or_else(|| Throw::Fatal("not a java.lang.String".into()))
    }
}

/// `Double.toString(d)`: shortest digits that round-trip (JDK 19+'s
/// algorithm; JDK 17's `FloatingDecimal` gives a longer result for a few
/// values), formatted as Java does: plain between 10^-3 and 10^7,
/// computerized scientific notation (`1.0E10`) outside.
pub fn double_to_string(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    java_format(format!("{d:e}"), d == 0.0, d.is_sign_negative(), d.abs() >= 1e-3 && d.abs() < 1e7)
}

/// `Float.toString(f)`, as [`double_to_string`].
pub fn float_to_string(f: f32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    java_format(format!("{f:e}"), f == 0.0, f.is_sign_negative(), f.abs() >= 1e-3 && f.abs() < 1e7)
}

/// Formats Rust's `{:e}` output (`-1.2345e3`) in Java's style.
fn java_format(sci: String, zero: bool, negative: bool, plain: bool) -> String {
    let sign = if negative { "-" } else { "" };
    if zero {
        return format!("{sign}0.0");
    }
    let sci = sci.trim_start_matches('-');
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    if plain {
        if exponent >= 0 {
            let int_len = exponent as usize + 1;
            let mut int_part: String = digits.chars().take(int_len).collect();
            while int_part.len() < int_len {
                int_part.push('0');
            }
            let frac: String = digits.chars().skip(int_len).collect();
            format!("{sign}{int_part}.{}", if frac.is_empty() { "0" } else { &frac })
        } else {
            format!("{sign}0.{}{digits}", "0".repeat((-exponent - 1) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        format!("{sign}{first}.{}E{exponent}", if rest.is_empty() { "0" } else { rest })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_and_floats_print_as_java_does() {
        let cases = [
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (100.0, "100.0"),
            (1234567.5, "1234567.5"),
            (1e7, "1.0E7"),
            (1.5e-4, "1.5E-4"),
            (0.001, "0.001"),
            (f64::MAX, "1.7976931348623157E308"),
            (f64::MIN_POSITIVE, "2.2250738585072014E-308"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for (d, s) in cases {
            assert_eq!(double_to_string(d), s);
        }
        assert_eq!(float_to_string(0.1), "0.1");
        assert_eq!(float_to_string(1.0e10), "1.0E10");
        assert_eq!(float_to_string(3.4028235e38), "3.4028235E38");
    }
}
