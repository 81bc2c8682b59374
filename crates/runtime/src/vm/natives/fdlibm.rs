//! `java.lang.StrictMath`'s natives: bit-exact ports of fdlibm 5.3, the
//! library whose results `StrictMath` specifies.
//!
//! Each function follows its fdlibm C source operation by operation, in the
//! same order: IEEE double arithmetic is deterministic, so the same sequence
//! of additions, multiplications and divisions gives the same bits (Rust never
//! fuses a multiply and an add behind our back). fdlibm's `__HI`/`__LO` word
//! accesses are `hi`/`lo` and friends over `f64::to_bits`.
//!
//! fdlibm sometimes evaluates an expression only to raise the inexact flag
//! (`huge + x > one`, `(int)x == 0` on a tiny `x`); Java cannot observe the
//! flags and those tests are always true where they appear, so the ports keep
//! only the returned value. Constants are given by their bits, which are the
//! values fdlibm's decimal literals denote.

use super::Natives;

/// Registers the `StrictMath` natives.
pub fn register(natives: &mut Natives) {
    // A macro rather than a helper: a native must be a plain `fn`, so the
    // closure may not capture the function it forwards to.
    macro_rules! unary {
        ($($name:literal => $f:path),* $(,)?) => {
            $(natives.register("java/lang/StrictMath", $name, "(D)D", |_, a| {
                Ok(Some($f(f64::from_bits(a[0])).to_bits()))
            });)*
        };
    }
    macro_rules! binary {
        ($($name:literal => $f:path),* $(,)?) => {
            $(natives.register("java/lang/StrictMath", $name, "(DD)D", |_, a| {
                Ok(Some($f(f64::from_bits(a[0]), f64::from_bits(a[1])).to_bits()))
            });)*
        };
    }
    unary! {
        "sin" => sin,
        "cos" => cos,
        "tan" => tan,
        "asin" => asin,
        "acos" => acos,
        "atan" => atan,
        "log" => log,
        "log10" => log10,
        "sqrt" => sqrt,
        "sinh" => sinh,
        "cosh" => cosh,
        "tanh" => tanh,
        "expm1" => expm1,
        "log1p" => log1p,
    }
    binary! {
        "IEEEremainder" => ieee_remainder,
        "atan2" => atan2,
    }
}

// ---------------------------------------------------------------------------
// Word access (fdlibm's __HI / __LO) and shared constants.

/// The high 32 bits (sign, exponent, top of the significand), signed as in fdlibm.
fn hi(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// The low 32 bits of the significand.
fn lo(x: f64) -> u32 {
    x.to_bits() as u32
}

/// `x` with its high word replaced (`__HI(x) = h`).
fn with_hi(x: f64, h: i32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff) | (u64::from(h as u32) << 32))
}

/// `x` with its low word replaced (`__LO(x) = l`).
fn with_lo(x: f64, l: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff_0000_0000) | u64::from(l))
}

/// The double whose words are `h` and `l`.
fn from_words(h: i32, l: u32) -> f64 {
    f64::from_bits((u64::from(h as u32) << 32) | u64::from(l))
}

/// Mask of a high word's exponent and significand bits (the absolute value).
const MAG: i32 = 0x7fff_ffff;
/// A high word at or above this is an infinity or a NaN.
const EXP_BITS: i32 = 0x7ff0_0000;
const TWO24: f64 = 16_777_216.0;
const TWO54: f64 = 18_014_398_509_481_984.0;
const TWON24: f64 = 1.0 / TWO24;
const HUGE: f64 = 1.0e300;
const TINY: f64 = 1.0e-300;

const PIO2_HI: f64 = f64::from_bits(0x3ff921fb54442d18); // 1.57079632679489655800e+00
const PIO2_LO: f64 = f64::from_bits(0x3c91a62633145c07); // 6.12323399573676603587e-17
const PIO4_HI: f64 = f64::from_bits(0x3fe921fb54442d18); // 7.85398163397448278999e-01
const PI: f64 = f64::from_bits(0x400921fb54442d18); // 3.14159265358979311600e+00
const LN2_HI: f64 = f64::from_bits(0x3fe62e42fee00000); // 6.93147180369123816490e-01
const LN2_LO: f64 = f64::from_bits(0x3dea39ef35793c76); // 1.90821492927058770002e-10
const INVLN2: f64 = f64::from_bits(0x3ff71547652b82fe); // 1.44269504088896338700e+00
const O_THRESHOLD: f64 = f64::from_bits(0x40862e42fefa39ef); // 7.09782712893383973096e+02

/// fdlibm's literals 0.33333333333333333 and 0.66666666666666666 (more
/// digits than a double holds; these are the doubles they round to).
const ONE_THIRD: f64 = f64::from_bits(0x3fd5555555555555);
const TWO_THIRDS: f64 = f64::from_bits(0x3fe5555555555555);

/// `x - x`: fdlibm's way to turn an infinity into a NaN and to pass a NaN on
/// (with its payload, as the hardware does: `doubleToRawLongBits` shows it).
#[allow(clippy::eq_op)]
fn self_difference(x: f64) -> f64 {
    x - x
}

/// `v / v` for a `v` that is 0, infinite or NaN: the invalid-operation NaN
/// (or `v` itself if NaN), as fdlibm makes it.
#[allow(clippy::eq_op)]
fn self_quotient(v: f64) -> f64 {
    v / v
}

/// `x * 2^n` computed exactly by exponent arithmetic: fdlibm `s_scalbn.c`.
fn scalbn(x: f64, n: i32) -> f64 {
    const TWOM54: f64 = 1.0 / TWO54;
    let mut hx = hi(x);
    let lx = lo(x);
    let mut k = (hx & EXP_BITS) >> 20;
    let mut x = x;
    if k == 0 {
        // 0 or subnormal.
        if (lx | (hx & MAG) as u32) == 0 {
            return x;
        }
        x *= TWO54;
        hx = hi(x);
        k = ((hx & EXP_BITS) >> 20) - 54;
        if n < -50000 {
            return TINY * x;
        }
    }
    if k == 0x7ff {
        return x + x; // NaN or Inf
    }
    k += n;
    if k > 0x7fe {
        return HUGE * HUGE.copysign(x);
    }
    if k > 0 {
        return with_hi(x, (hx & 0x800f_ffff_u32 as i32) | (k << 20));
    }
    if k <= -54 {
        return if n > 50000 { HUGE * HUGE.copysign(x) } else { TINY * TINY.copysign(x) };
    }
    k += 54;
    with_hi(x, (hx & 0x800f_ffff_u32 as i32) | (k << 20)) * TWOM54
}

// ---------------------------------------------------------------------------
// Trigonometric kernels and argument reduction.

/// Sine on [-pi/4, pi/4] of `x + y` (`y` the tail of `x`, ignored unless
/// `has_tail`): fdlibm `k_sin.c`.
fn k_sin(x: f64, y: f64, has_tail: bool) -> f64 {
    const S1: f64 = f64::from_bits(0xbfc5555555555549); // -1.66666666666666324348e-01
    const S2: f64 = f64::from_bits(0x3f8111111110f8a6); //  8.33333333332248946124e-03
    const S3: f64 = f64::from_bits(0xbf2a01a019c161d5); // -1.98412698298579493134e-04
    const S4: f64 = f64::from_bits(0x3ec71de357b1fe7d); //  2.75573137070700676789e-06
    const S5: f64 = f64::from_bits(0xbe5ae5e68a2b9ceb); // -2.50507602534068634195e-08
    const S6: f64 = f64::from_bits(0x3de5d93a5acfd57c); //  1.58969099521155010221e-10
    let ix = hi(x) & MAG;
    if ix < 0x3e40_0000 {
        // |x| < 2^-27: sin(x) rounds to x.
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if !has_tail {
        x + v * (S1 + z * r)
    } else {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    }
}

/// Cosine on [-pi/4, pi/4] of `x + y` (`y` the tail of `x`): fdlibm `k_cos.c`.
fn k_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = f64::from_bits(0x3fa555555555554c); //  4.16666666666666019037e-02
    const C2: f64 = f64::from_bits(0xbf56c16c16c15177); // -1.38888888888741095749e-03
    const C3: f64 = f64::from_bits(0x3efa01a019cb1590); //  2.48015872894767294178e-05
    const C4: f64 = f64::from_bits(0xbe927e4f809c52ad); // -2.75573143513906633035e-07
    const C5: f64 = f64::from_bits(0x3e21ee9ebdb4b1c4); //  2.08757232129817482790e-09
    const C6: f64 = f64::from_bits(0xbda8fae9be8838d4); // -1.13596475577881948265e-11
    let ix = hi(x) & MAG;
    if ix < 0x3e40_0000 {
        // |x| < 2^-27: cos(x) rounds to 1.
        return 1.0;
    }
    let z = x * x;
    let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ix < 0x3fd3_3333 {
        // |x| < 0.3
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // Subtract qx ~ |x|/4 from both parts so that 1-qx and x*x/2-qx are
    // exact and the final subtraction loses less.
    let qx = if ix > 0x3fe9_0000 { 0.28125 } else { from_words(ix - 0x0020_0000, 0) };
    let hz = 0.5 * z - qx;
    let a = 1.0 - qx;
    a - (hz - (z * r - x * y))
}

/// Tangent on [-pi/4, pi/4] of `x + y` (`y` the tail of `x`) if `iy` is 1,
/// -1/tan if `iy` is -1: fdlibm `k_tan.c` (the 2004 revision, which computes
/// -1/tan carefully for tiny arguments too).
fn k_tan(x: f64, y: f64, iy: i32) -> f64 {
    const PIO4: f64 = f64::from_bits(0x3fe921fb54442d18); // 7.85398163397448278999e-01
    const PIO4LO: f64 = f64::from_bits(0x3c81a62633145c07); // 3.06161699786838301793e-17
    const T: [f64; 13] = [
        f64::from_bits(0x3fd5555555555563), //  3.33333333333334091986e-01
        f64::from_bits(0x3fc111111110fe7a), //  1.33333333333201242699e-01
        f64::from_bits(0x3faba1ba1bb341fe), //  5.39682539762260521377e-02
        f64::from_bits(0x3f9664f48406d637), //  2.18694882948595424599e-02
        f64::from_bits(0x3f8226e3e96e8493), //  8.86323982359930005737e-03
        f64::from_bits(0x3f6d6d22c9560328), //  3.59207910759131235356e-03
        f64::from_bits(0x3f57dbc8fee08315), //  1.45620945432529025516e-03
        f64::from_bits(0x3f4344d8f2f26501), //  5.88041240820264096874e-04
        f64::from_bits(0x3f3026f71a8d1068), //  2.46463134818469906812e-04
        f64::from_bits(0x3f147e88a03792a6), //  7.81794442939557092300e-05
        f64::from_bits(0x3f12b80f32f0a7e9), //  7.14072491382608190305e-05
        f64::from_bits(0xbef375cbdb605373), // -1.85586374855275456654e-05
        f64::from_bits(0x3efb2a7074bf7ad4), //  2.59073051863633712884e-05
    ];
    let (mut x, mut y) = (x, y);
    let hx = hi(x);
    let ix = hx & MAG;
    if ix < 0x3e30_0000 {
        // |x| < 2^-28
        if ((ix as u32 | lo(x)) | (iy + 1) as u32) == 0 {
            return 1.0 / x.abs();
        }
        if iy == 1 {
            return x;
        }
        // -1/(x+y), with the division's error compensated.
        let w = x + y;
        let z = with_lo(w, 0);
        let v = y - (z - x);
        let a = -1.0 / w;
        let t = with_lo(a, 0);
        let s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
    if ix >= 0x3fe5_9428 {
        // |x| >= 0.6744: tan(x) = tan(pi/4 - y') computed from y' = pi/4 - x.
        if hx < 0 {
            x = -x;
            y = -y;
        }
        let z = PIO4 - x;
        let w = PIO4LO - y;
        x = z + w;
        y = 0.0;
    }
    let z = x * x;
    let w = z * z;
    // Odd and even halves of the polynomial, evaluated separately for
    // parallelism (and, here, for fdlibm's rounding).
    let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    let s = z * x;
    let r = y + z * (s * (r + v) + y);
    let r = r + T[0] * s;
    let w = x + r;
    if ix >= 0x3fe5_9428 {
        let v = f64::from(iy);
        return f64::from(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if iy == 1 {
        return w;
    }
    // -1/(x+r) accurately.
    let z = with_lo(w, 0);
    let v = r - (z - x); // z + v = r + x
    let a = -1.0 / w;
    let t = with_lo(a, 0);
    let s = 1.0 + t * z;
    t + a * (s + t * v)
}

/// 2/pi in 24-bit chunks (396 hex digits), for the large-argument reduction.
const TWO_OVER_PI: [i32; 66] = [
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
    0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
    0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
    0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
    0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
    0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
    0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
];

/// High words of n*pi/2 for n = 1..32: arguments this close to a multiple
/// need the more precise medium-size reduction.
const NPIO2_HW: [i32; 32] = [
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
];

/// `x` reduced modulo pi/2: `(n, y0, y1)` with `x - n*pi/2 = y0 + y1`,
/// |y0 + y1| <= pi/4: fdlibm `e_rem_pio2.c`.
fn rem_pio2(x: f64) -> (i32, f64, f64) {
    const INVPIO2: f64 = f64::from_bits(0x3fe45f306dc9c883); // 53 bits of 2/pi
    const PIO2_1: f64 = f64::from_bits(0x3ff921fb54400000); // first 33 bits of pi/2
    const PIO2_1T: f64 = f64::from_bits(0x3dd0b4611a626331); // pi/2 - PIO2_1
    const PIO2_2: f64 = f64::from_bits(0x3dd0b4611a600000); // second 33 bits of pi/2
    const PIO2_2T: f64 = f64::from_bits(0x3ba3198a2e037073); // pi/2 - (PIO2_1 + PIO2_2)
    const PIO2_3: f64 = f64::from_bits(0x3ba3198a2e000000); // third 33 bits of pi/2
    const PIO2_3T: f64 = f64::from_bits(0x397b839a252049c1); // pi/2 - (PIO2_1 + PIO2_2 + PIO2_3)

    let hx = hi(x);
    let ix = hx & MAG;
    if ix <= 0x3fe9_21fb {
        // |x| ~<= pi/4: no reduction.
        return (0, x, 0.0);
    }
    if ix < 0x4002_d97c {
        // |x| < 3pi/4: n = +-1.
        let (sign, n) = if hx > 0 { (1.0, 1) } else { (-1.0, -1) };
        // Subtract (x > 0) or add (x < 0) pi/2 in pieces; 33+53 bits of pi
        // suffice unless x is next to pi/2, where 33+33+53 are used.
        let mut z = x - sign * PIO2_1;
        let tail = if ix != 0x3ff9_21fb {
            PIO2_1T
        } else {
            z -= sign * PIO2_2;
            PIO2_2T
        };
        let y0 = z - sign * tail;
        let y1 = (z - y0) - sign * tail;
        return (n, y0, y1);
    }
    if ix <= 0x4139_21fb {
        // |x| ~<= 2^19 * pi/2: medium size.
        let t = x.abs();
        let n = (t * INVPIO2 + 0.5) as i32;
        let f = f64::from(n);
        let mut r = t - f * PIO2_1;
        let mut w = f * PIO2_1T; // first round good to 85 bits
        let mut y0 = r - w;
        if !(n < 32 && ix != NPIO2_HW[(n - 1) as usize]) {
            // Possible cancellation: refine while the result lost too many bits.
            let j = ix >> 20;
            let i = j - ((hi(y0) >> 20) & 0x7ff);
            if i > 16 {
                // Second iteration, good to 118 bits.
                let t = r;
                w = f * PIO2_2;
                r = t - w;
                w = f * PIO2_2T - ((t - r) - w);
                y0 = r - w;
                let i = j - ((hi(y0) >> 20) & 0x7ff);
                if i > 49 {
                    // Third iteration, 151 bits: covers all cases.
                    let t = r;
                    w = f * PIO2_3;
                    r = t - w;
                    w = f * PIO2_3T - ((t - r) - w);
                    y0 = r - w;
                }
            }
        }
        let y1 = (r - y0) - w;
        return if hx < 0 { (-n, -y0, -y1) } else { (n, y0, y1) };
    }
    if ix >= EXP_BITS {
        // Inf or NaN.
        let nan = self_difference(x);
        return (0, nan, nan);
    }
    // Large: split z = scalbn(|x|, -(ilogb(x) - 23)) into three 24-bit pieces.
    let e0 = (ix >> 20) - 1046;
    let mut z = from_words(ix - (e0 << 20), lo(x));
    let mut tx = [0.0; 3];
    for t in tx.iter_mut().take(2) {
        *t = f64::from(z as i32);
        z = (z - *t) * TWO24;
    }
    tx[2] = z;
    let mut nx = 3;
    while tx[nx - 1] == 0.0 {
        nx -= 1;
    }
    let (n, y0, y1) = k_rem_pio2(&tx[..nx], e0);
    if hx < 0 {
        (-n, -y0, -y1)
    } else {
        (n, y0, y1)
    }
}

/// The reduction of a large argument, given as 24-bit pieces `x` scaled by
/// 2^`e0`, against 2/pi: `(n mod 8, y0, y1)`. fdlibm `k_rem_pio2.c`,
/// specialized to the precision `e_rem_pio2.c` asks for (prec 2: jk = 4).
fn k_rem_pio2(x: &[f64], e0: i32) -> (i32, f64, f64) {
    // pi/2 in 24-bit chunks.
    const PIO2: [f64; 8] = [
        f64::from_bits(0x3ff921fb40000000), // 1.57079625129699707031e+00
        f64::from_bits(0x3e74442d00000000), // 7.54978941586159635335e-08
        f64::from_bits(0x3cf8469880000000), // 5.39030252995776476554e-15
        f64::from_bits(0x3b78cc5160000000), // 3.28200341580791294123e-22
        f64::from_bits(0x39f01b8380000000), // 1.27065575308067607349e-29
        f64::from_bits(0x387a252040000000), // 1.22933308981111328932e-36
        f64::from_bits(0x36e3822280000000), // 2.73370053816464559624e-44
        f64::from_bits(0x3569f31d00000000), // 2.16741683877804819444e-51
    ];
    const JK: usize = 4;
    const JP: usize = JK;
    let jx = x.len() - 1;
    // 2^e0 * x[0] * ipio2[jv-1] * 2^(-24 jv) is a multiple of 8: skip those terms.
    let jv = ((e0 - 3) / 24).max(0);
    let mut q0 = e0 - 24 * (jv + 1);
    let jv = jv as usize;

    let mut iq = [0i32; 20];
    let mut f = [0.0f64; 20];
    let mut fq = [0.0f64; 20];
    let mut q = [0.0f64; 20];

    // f[0..=jx+JK] = ipio2[jv-jx..=jv+JK], zero before the table's start.
    for (i, fi) in f.iter_mut().enumerate().take(jx + JK + 1) {
        let j = (jv + i) as isize - jx as isize;
        *fi = if j < 0 { 0.0 } else { f64::from(TWO_OVER_PI[j as usize]) };
    }
    for i in 0..=JK {
        let mut fw = 0.0;
        for j in 0..=jx {
            fw += x[j] * f[jx + i - j];
        }
        q[i] = fw;
    }

    let mut jz = JK;
    let (mut z, mut n, mut ih);
    loop {
        // Distill q[] into iq[], reversed.
        z = q[jz];
        let mut i = 0;
        let mut j = jz;
        while j > 0 {
            let fw = f64::from((TWON24 * z) as i32);
            iq[i] = (z - TWO24 * fw) as i32;
            z = q[j - 1] + fw;
            i += 1;
            j -= 1;
        }

        // n: the integer part, trimmed of multiples of 8.
        z = scalbn(z, q0);
        z -= 8.0 * (z * 0.125).floor();
        n = z as i32;
        z -= f64::from(n);
        ih = 0;
        if q0 > 0 {
            // iq[jz-1] holds some of n's bits.
            let i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        } else if q0 == 0 {
            ih = iq[jz - 1] >> 23;
        } else if z >= 0.5 {
            ih = 2;
        }

        if ih > 0 {
            // The fraction is >= 0.5: take 1 - fraction, n + 1.
            n += 1;
            let mut carry = 0;
            for v in iq.iter_mut().take(jz) {
                let j = *v;
                if carry == 0 {
                    if j != 0 {
                        carry = 1;
                        *v = 0x100_0000 - j;
                    }
                } else {
                    *v = 0xff_ffff - j;
                }
            }
            match q0 {
                1 => iq[jz - 1] &= 0x7f_ffff,
                2 => iq[jz - 1] &= 0x3f_ffff,
                _ => {}
            }
            if ih == 2 {
                z = 1.0 - z;
                if carry != 0 {
                    z -= scalbn(1.0, q0);
                }
            }
        }

        // All the bits cancelled: take more terms of 2/pi and recompute.
        if z == 0.0 {
            let j = iq[JK..jz].iter().fold(0, |acc, v| acc | v);
            if j == 0 {
                let mut k = 1;
                while iq[JK - k] == 0 {
                    k += 1;
                }
                for i in jz + 1..=jz + k {
                    f[jx + i] = f64::from(TWO_OVER_PI[jv + i]);
                    let mut fw = 0.0;
                    for j in 0..=jx {
                        fw += x[j] * f[jx + i - j];
                    }
                    q[i] = fw;
                }
                jz += k;
                continue;
            }
        }
        break;
    }

    // Chop off zero terms, or break z into 24-bit pieces.
    if z == 0.0 {
        jz -= 1;
        q0 -= 24;
        while iq[jz] == 0 {
            jz -= 1;
            q0 -= 24;
        }
    } else {
        z = scalbn(z, -q0);
        if z >= TWO24 {
            let fw = f64::from((TWON24 * z) as i32);
            iq[jz] = (z - TWO24 * fw) as i32;
            jz += 1;
            q0 += 24;
            iq[jz] = fw as i32;
        } else {
            iq[jz] = z as i32;
        }
    }

    // The 24-bit chunks as doubles.
    let mut fw = scalbn(1.0, q0);
    for i in (0..=jz).rev() {
        q[i] = fw * f64::from(iq[i]);
        fw *= TWON24;
    }

    // fq = PIO2[0..=JP] * q[jz..=0].
    for i in (0..=jz).rev() {
        let mut fw = 0.0;
        let mut k = 0;
        while k <= JP && k <= jz - i {
            fw += PIO2[k] * q[i + k];
            k += 1;
        }
        fq[jz - i] = fw;
    }

    // Compress fq[] into y0 + y1.
    let mut fw = 0.0;
    for i in (0..=jz).rev() {
        fw += fq[i];
    }
    let y0 = if ih == 0 { fw } else { -fw };
    let mut fw = fq[0] - fw;
    for v in &fq[1..=jz] {
        fw += v;
    }
    let y1 = if ih == 0 { fw } else { -fw };
    (n & 7, y0, y1)
}

// ---------------------------------------------------------------------------
// sin, cos, tan.

/// Sine: fdlibm `s_sin.c`.
pub fn sin(x: f64) -> f64 {
    let ix = hi(x) & MAG;
    if ix <= 0x3fe9_21fb {
        return k_sin(x, 0.0, false);
    }
    if ix >= EXP_BITS {
        return self_difference(x); // NaN
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_sin(y0, y1, true),
        1 => k_cos(y0, y1),
        2 => -k_sin(y0, y1, true),
        _ => -k_cos(y0, y1),
    }
}

/// Cosine: fdlibm `s_cos.c`.
pub fn cos(x: f64) -> f64 {
    let ix = hi(x) & MAG;
    if ix <= 0x3fe9_21fb {
        return k_cos(x, 0.0);
    }
    if ix >= EXP_BITS {
        return self_difference(x); // NaN
    }
    let (n, y0, y1) = rem_pio2(x);
    match n & 3 {
        0 => k_cos(y0, y1),
        1 => -k_sin(y0, y1, true),
        2 => -k_cos(y0, y1),
        _ => k_sin(y0, y1, true),
    }
}

/// Tangent: fdlibm `s_tan.c`.
pub fn tan(x: f64) -> f64 {
    let ix = hi(x) & MAG;
    if ix <= 0x3fe9_21fb {
        return k_tan(x, 0.0, 1);
    }
    if ix >= EXP_BITS {
        return self_difference(x); // NaN
    }
    let (n, y0, y1) = rem_pio2(x);
    // Even n: tan; odd n: -1/tan.
    k_tan(y0, y1, 1 - ((n & 1) << 1))
}

// ---------------------------------------------------------------------------
// Inverse trigonometric functions.

/// The rational approximation `(p, q)` of (asin(s)-s)/s^3 ~ p/q, s^2 = `t`,
/// shared by `e_asin.c` and `e_acos.c`.
fn asin_pq(t: f64) -> (f64, f64) {
    const PS0: f64 = f64::from_bits(0x3fc5555555555555); //  1.66666666666666657415e-01
    const PS1: f64 = f64::from_bits(0xbfd4d61203eb6f7d); // -3.25565818622400915405e-01
    const PS2: f64 = f64::from_bits(0x3fc9c1550e884455); //  2.01212532134862925881e-01
    const PS3: f64 = f64::from_bits(0xbfa48228b5688f3b); // -4.00555345006794114027e-02
    const PS4: f64 = f64::from_bits(0x3f49efe07501b288); //  7.91534994289814532176e-04
    const PS5: f64 = f64::from_bits(0x3f023de10dfdf709); //  3.47933107596021167570e-05
    const QS1: f64 = f64::from_bits(0xc0033a271c8a2d4b); // -2.40339491173441421878e+00
    const QS2: f64 = f64::from_bits(0x40002ae59c598ac8); //  2.02094576023350569471e+00
    const QS3: f64 = f64::from_bits(0xbfe6066c1b8d0159); // -6.88283971605453293030e-01
    const QS4: f64 = f64::from_bits(0x3fb3b8c5b12e9282); //  7.70381505559019352791e-02
    let p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    let q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    (p, q)
}

/// Arc sine: fdlibm `e_asin.c`.
pub fn asin(x: f64) -> f64 {
    let hx = hi(x);
    let ix = hx & MAG;
    if ix >= 0x3ff0_0000 {
        // |x| >= 1
        if ((ix - 0x3ff0_0000) as u32 | lo(x)) == 0 {
            return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
        }
        return self_quotient(self_difference(x)); // |x| > 1: NaN
    }
    if ix < 0x3fe0_0000 {
        // |x| < 0.5
        if ix < 0x3e40_0000 {
            // |x| < 2^-27: asin(x) rounds to x.
            return x;
        }
        let t = x * x;
        let (p, q) = asin_pq(t);
        let w = p / q;
        return x + x * w;
    }
    // 0.5 <= |x| < 1: asin(x) = pi/2 - 2 asin(sqrt((1-|x|)/2)).
    let w = 1.0 - x.abs();
    let t = w * 0.5;
    let (p, q) = asin_pq(t);
    let s = t.sqrt();
    let t = if ix >= 0x3fef_3333 {
        // |x| > 0.975
        let w = p / q;
        PIO2_HI - (2.0 * (s + s * w) - PIO2_LO)
    } else {
        // Split s = w + c, w with a short significand, for precision.
        let w = with_lo(s, 0);
        let c = (t - w * w) / (s + w);
        let r = p / q;
        let p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
        let q = PIO4_HI - 2.0 * w;
        PIO4_HI - (p - q)
    };
    if hx > 0 {
        t
    } else {
        -t
    }
}

/// Arc cosine: fdlibm `e_acos.c`.
pub fn acos(x: f64) -> f64 {
    let hx = hi(x);
    let ix = hx & MAG;
    if ix >= 0x3ff0_0000 {
        // |x| >= 1
        if ((ix - 0x3ff0_0000) as u32 | lo(x)) == 0 {
            return if hx > 0 { 0.0 } else { PI + 2.0 * PIO2_LO };
        }
        return self_quotient(self_difference(x)); // |x| > 1: NaN
    }
    if ix < 0x3fe0_0000 {
        // |x| < 0.5
        if ix <= 0x3c60_0000 {
            // |x| <= 2^-57
            return PIO2_HI + PIO2_LO;
        }
        let z = x * x;
        let (p, q) = asin_pq(z);
        let r = p / q;
        return PIO2_HI - (x - (PIO2_LO - x * r));
    }
    if hx < 0 {
        // x < -0.5: pi - 2 asin(sqrt((1+x)/2)).
        let z = (1.0 + x) * 0.5;
        let (p, q) = asin_pq(z);
        let s = z.sqrt();
        let r = p / q;
        let w = r * s - PIO2_LO;
        return PI - 2.0 * (s + w);
    }
    // x > 0.5: 2 asin(sqrt((1-x)/2)), with sqrt split as df + c.
    let z = (1.0 - x) * 0.5;
    let s = z.sqrt();
    let df = with_lo(s, 0);
    let c = (z - df * df) / (s + df);
    let (p, q) = asin_pq(z);
    let r = p / q;
    let w = r * s + c;
    2.0 * (df + w)
}

/// Arc tangent: fdlibm `s_atan.c`.
pub fn atan(x: f64) -> f64 {
    const ATANHI: [f64; 4] = [
        f64::from_bits(0x3fddac670561bb4f), // atan(0.5)hi 4.63647609000806093515e-01
        f64::from_bits(0x3fe921fb54442d18), // atan(1.0)hi 7.85398163397448278999e-01
        f64::from_bits(0x3fef730bd281f69b), // atan(1.5)hi 9.82793723247329054082e-01
        f64::from_bits(0x3ff921fb54442d18), // atan(inf)hi 1.57079632679489655800e+00
    ];
    const ATANLO: [f64; 4] = [
        f64::from_bits(0x3c7a2b7f222f65e2), // atan(0.5)lo 2.26987774529616870924e-17
        f64::from_bits(0x3c81a62633145c07), // atan(1.0)lo 3.06161699786838301793e-17
        f64::from_bits(0x3c7007887af0cbbd), // atan(1.5)lo 1.39033110312309984516e-17
        f64::from_bits(0x3c91a62633145c07), // atan(inf)lo 6.12323399573676603587e-17
    ];
    const AT: [f64; 11] = [
        f64::from_bits(0x3fd555555555550d), //  3.33333333333329318027e-01
        f64::from_bits(0xbfc999999998ebc4), // -1.99999999998764832476e-01
        f64::from_bits(0x3fc24924920083ff), //  1.42857142725034663711e-01
        f64::from_bits(0xbfbc71c6fe231671), // -1.11111104054623557880e-01
        f64::from_bits(0x3fb745cdc54c206e), //  9.09088713343650656196e-02
        f64::from_bits(0xbfb3b0f2af749a6d), // -7.69187620504482999495e-02
        f64::from_bits(0x3fb10d66a0d03d51), //  6.66107313738753120669e-02
        f64::from_bits(0xbfadde2d52defd9a), // -5.83357013379057348645e-02
        f64::from_bits(0x3fa97b4b24760deb), //  4.97687799461593236017e-02
        f64::from_bits(0xbfa2b4442c6a6c2f), // -3.65315727442169155270e-02
        f64::from_bits(0x3f90ad3ae322da11), //  1.62858201153657823623e-02
    ];
    let hx = hi(x);
    let ix = hx & MAG;
    if ix >= 0x4410_0000 {
        // |x| >= 2^66
        if ix > EXP_BITS || (ix == EXP_BITS && lo(x) != 0) {
            return x + x; // NaN
        }
        return if hx > 0 { ATANHI[3] + ATANLO[3] } else { -ATANHI[3] - ATANLO[3] };
    }
    let mut x = x;
    let id: Option<usize>;
    if ix < 0x3fdc_0000 {
        // |x| < 0.4375
        if ix < 0x3e20_0000 {
            // |x| < 2^-29: atan(x) rounds to x.
            return x;
        }
        id = None;
    } else {
        // Reduce around 1/2, 1, 3/2 or infinity.
        x = x.abs();
        if ix < 0x3ff3_0000 {
            // |x| < 1.1875
            if ix < 0x3fe6_0000 {
                // 7/16 <= |x| < 11/16
                id = Some(0);
                x = (2.0 * x - 1.0) / (2.0 + x);
            } else {
                // 11/16 <= |x| < 19/16
                id = Some(1);
                x = (x - 1.0) / (x + 1.0);
            }
        } else if ix < 0x4003_8000 {
            // |x| < 2.4375
            id = Some(2);
            x = (x - 1.5) / (1.0 + 1.5 * x);
        } else {
            // 2.4375 <= |x| < 2^66
            id = Some(3);
            x = -1.0 / x;
        }
    }
    let z = x * x;
    let w = z * z;
    // The series split into odd and even terms.
    let s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    let s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    match id {
        None => x - x * (s1 + s2),
        Some(id) => {
            let z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
            if hx < 0 {
                -z
            } else {
                z
            }
        }
    }
}

/// The angle of the point (x, y): fdlibm `e_atan2.c`.
pub fn atan2(y: f64, x: f64) -> f64 {
    const PI_O_4: f64 = f64::from_bits(0x3fe921fb54442d18); // 7.8539816339744827900e-01
    const PI_O_2: f64 = f64::from_bits(0x3ff921fb54442d18); // 1.5707963267948965580e+00
    const PI_LO: f64 = f64::from_bits(0x3ca1a62633145c07); // 1.2246467991473531772e-16
    let hx = hi(x);
    let ix = hx & MAG;
    let lx = lo(x);
    let hy = hi(y);
    let iy = hy & MAG;
    let ly = lo(y);
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > EXP_BITS as u32
        || (iy as u32 | ((ly | ly.wrapping_neg()) >> 31)) > EXP_BITS as u32
    {
        return x + y; // x or y is NaN
    }
    if (hx.wrapping_sub(0x3ff0_0000) as u32 | lx) == 0 {
        return atan(y); // x = 1
    }
    let m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * sign(x) + sign(y)

    if (iy as u32 | ly) == 0 {
        // y = 0
        return match m {
            0 | 1 => y,      // atan(+-0, +anything) = +-0
            2 => PI + TINY,  // atan(+0, -anything) = pi
            _ => -PI - TINY, // atan(-0, -anything) = -pi
        };
    }
    if (ix as u32 | lx) == 0 {
        // x = 0
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }
    if ix == EXP_BITS {
        // x is infinite
        return if iy == EXP_BITS {
            match m {
                0 => PI_O_4 + TINY,        // atan(+INF, +INF)
                1 => -PI_O_4 - TINY,       // atan(-INF, +INF)
                2 => 3.0 * PI_O_4 + TINY,  // atan(+INF, -INF)
                _ => -3.0 * PI_O_4 - TINY, // atan(-INF, -INF)
            }
        } else {
            match m {
                0 => 0.0,        // atan(+..., +INF)
                1 => -0.0,       // atan(-..., +INF)
                2 => PI + TINY,  // atan(+..., -INF)
                _ => -PI - TINY, // atan(-..., -INF)
            }
        };
    }
    if iy == EXP_BITS {
        // y is infinite
        return if hy < 0 { -PI_O_2 - TINY } else { PI_O_2 + TINY };
    }

    let k = (iy - ix) >> 20;
    let z = if k > 60 {
        // |y/x| > 2^60
        PI_O_2 + 0.5 * PI_LO
    } else if hx < 0 && k < -60 {
        // |y|/x < -2^60
        0.0
    } else {
        atan((y / x).abs())
    };
    match m {
        0 => z,                // atan(+, +)
        1 => -z,               // atan(-, +)
        2 => PI - (z - PI_LO), // atan(+, -)
        _ => (z - PI_LO) - PI, // atan(-, -)
    }
}

// ---------------------------------------------------------------------------
// Logarithms, square root, remainder.

/// Natural logarithm: fdlibm `e_log.c`.
pub fn log(x: f64) -> f64 {
    const LG1: f64 = f64::from_bits(0x3fe5555555555593); // 6.666666666666735130e-01
    const LG2: f64 = f64::from_bits(0x3fd999999997fa04); // 3.999999999940941908e-01
    const LG3: f64 = f64::from_bits(0x3fd2492494229359); // 2.857142874366239149e-01
    const LG4: f64 = f64::from_bits(0x3fcc71c51d8e78af); // 2.222219843214978396e-01
    const LG5: f64 = f64::from_bits(0x3fc7466496cb03de); // 1.818357216161805012e-01
    const LG6: f64 = f64::from_bits(0x3fc39a09d078c69f); // 1.531383769920937332e-01
    const LG7: f64 = f64::from_bits(0x3fc2f112df3e5244); // 1.479819860511658591e-01
    let mut x = x;
    let mut hx = hi(x);
    let lx = lo(x);
    let mut k = 0;
    if hx < 0x0010_0000 {
        // x < 2^-1022
        if ((hx & MAG) as u32 | lx) == 0 {
            return -TWO54 / 0.0; // log(+-0) = -inf
        }
        if hx < 0 {
            return self_difference(x) / 0.0; // log(-#) = NaN
        }
        // Subnormal: scale up.
        k -= 54;
        x *= TWO54;
        hx = hi(x);
    }
    if hx >= EXP_BITS {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
    let i = (hx + 0x9_5f64) & 0x10_0000;
    x = with_hi(x, hx | (i ^ 0x3ff0_0000));
    k += i >> 20;
    let f = x - 1.0;
    if (0x000f_ffff & (2 + hx)) < 3 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let dk = f64::from(k);
            return dk * LN2_HI + dk * LN2_LO;
        }
        let r = f * f * (0.5 - ONE_THIRD * f);
        if k == 0 {
            return f - r;
        }
        let dk = f64::from(k);
        return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    let s = f / (2.0 + f);
    let dk = f64::from(k);
    let z = s * s;
    let mut i = hx - 0x6_147a;
    let w = z * z;
    let j = 0x6b851 - hx;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    let r = t2 + t1;
    if i > 0 {
        let hfsq = 0.5 * f * f;
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
        }
    } else if k == 0 {
        f - s * (f - r)
    } else {
        dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
    }
}

/// Base-10 logarithm: fdlibm `e_log10.c`.
pub fn log10(x: f64) -> f64 {
    const IVLN10: f64 = f64::from_bits(0x3fdbcb7b1526e50e); // 4.34294481903251816668e-01
    const LOG10_2HI: f64 = f64::from_bits(0x3fd34413509f6000); // 3.01029995663611771306e-01
    const LOG10_2LO: f64 = f64::from_bits(0x3d59fef311f12b36); // 3.69423907715893078616e-13
    let mut x = x;
    let mut hx = hi(x);
    let lx = lo(x);
    let mut k = 0;
    if hx < 0x0010_0000 {
        // x < 2^-1022
        if ((hx & MAG) as u32 | lx) == 0 {
            return -TWO54 / 0.0; // log(+-0) = -inf
        }
        if hx < 0 {
            return self_difference(x) / 0.0; // log(-#) = NaN
        }
        k -= 54;
        x *= TWO54; // subnormal: scale up
        hx = hi(x);
    }
    if hx >= EXP_BITS {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    // n = ilogb(x), plus one if negative; x = scalbn(x, -n).
    let i = ((k as u32 & 0x8000_0000) >> 31) as i32;
    hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = f64::from(k + i);
    x = with_hi(x, hx);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}

/// Square root. fdlibm `e_sqrt.c` computes the correctly rounded IEEE square
/// root bit by bit; `f64::sqrt` is that same correctly rounded result.
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `x` modulo `y`, exactly, with the sign of `x`: fdlibm `e_fmod.c`.
fn fmod(x: f64, y: f64) -> f64 {
    // fdlibm's Zero[] table: a zero with the sign of x.
    fn signed_zero(sx: i32) -> f64 {
        if sx != 0 {
            -0.0
        } else {
            0.0
        }
    }
    /// ilogb of a finite nonzero |value| given by its words, subnormals included.
    fn ilogb(h: i32, l: u32) -> i32 {
        if h >= 0x0010_0000 {
            return (h >> 20) - 1023;
        }
        let (mut iz, mut i) = if h == 0 { (-1043, l as i32) } else { (-1022, h << 11) };
        while i > 0 {
            iz -= 1;
            i <<= 1;
        }
        iz
    }

    let mut hx = hi(x);
    let mut lx = lo(x);
    let mut hy = hi(y);
    let mut ly = lo(y);
    let sx = hx & i32::MIN; // sign of x
    hx ^= sx; // |x|
    hy &= MAG; // |y|

    // y = 0, x not finite or y NaN.
    if (hy as u32 | ly) == 0
        || hx >= EXP_BITS
        || (hy as u32 | ((ly | ly.wrapping_neg()) >> 31)) > EXP_BITS as u32
    {
        return self_quotient(x * y);
    }
    if hx <= hy {
        if hx < hy || lx < ly {
            return x; // |x| < |y|
        }
        if lx == ly {
            return signed_zero(sx); // |x| = |y|
        }
    }

    let ix = ilogb(hx, lx);
    let mut iy = ilogb(hy, ly);

    // Set up {hx, lx}, {hy, ly} as fixed-point significands, y aligned to x.
    if ix >= -1022 {
        hx = 0x0010_0000 | (0x000f_ffff & hx);
    } else {
        // Subnormal x: shift to normal.
        let n = -1022 - ix;
        if n <= 31 {
            hx = (hx << n) | (lx >> (32 - n)) as i32;
            lx <<= n;
        } else {
            hx = (lx << (n - 32)) as i32;
            lx = 0;
        }
    }
    if iy >= -1022 {
        hy = 0x0010_0000 | (0x000f_ffff & hy);
    } else {
        // Subnormal y: shift to normal.
        let n = -1022 - iy;
        if n <= 31 {
            hy = (hy << n) | (ly >> (32 - n)) as i32;
            ly <<= n;
        } else {
            hy = (ly << (n - 32)) as i32;
            ly = 0;
        }
    }

    // Fixed-point remainder by shift and subtract.
    let mut n = ix - iy;
    while n != 0 {
        n -= 1;
        let mut hz = hx.wrapping_sub(hy);
        let lz = lx.wrapping_sub(ly);
        if lx < ly {
            hz = hz.wrapping_sub(1);
        }
        if hz < 0 {
            hx = hx.wrapping_add(hx).wrapping_add((lx >> 31) as i32);
            lx = lx.wrapping_add(lx);
        } else {
            if (hz as u32 | lz) == 0 {
                return signed_zero(sx);
            }
            hx = hz.wrapping_add(hz).wrapping_add((lz >> 31) as i32);
            lx = lz.wrapping_add(lz);
        }
    }
    let mut hz = hx.wrapping_sub(hy);
    let lz = lx.wrapping_sub(ly);
    if lx < ly {
        hz = hz.wrapping_sub(1);
    }
    if hz >= 0 {
        hx = hz;
        lx = lz;
    }

    // Back to floating point, with the sign of x.
    if (hx as u32 | lx) == 0 {
        return signed_zero(sx);
    }
    while hx < 0x0010_0000 {
        // Normalize.
        hx = hx.wrapping_add(hx).wrapping_add((lx >> 31) as i32);
        lx = lx.wrapping_add(lx);
        iy -= 1;
    }
    if iy >= -1022 {
        hx = (hx - 0x0010_0000) | ((iy + 1023) << 20);
        from_words(hx | sx, lx)
    } else {
        // Subnormal result.
        let n = -1022 - iy;
        if n <= 20 {
            lx = (lx >> n) | ((hx as u32) << (32 - n));
            hx >>= n;
        } else if n <= 31 {
            lx = ((hx as u32) << (32 - n)) | (lx >> n);
            hx = sx;
        } else {
            lx = (hx >> (n - 32)) as u32;
            hx = sx;
        }
        from_words(hx | sx, lx) * 1.0
    }
}

/// The IEEE 754 remainder `x - n*p`, n the integer nearest x/p (ties to
/// even): fdlibm `e_remainder.c`.
pub fn ieee_remainder(x: f64, p: f64) -> f64 {
    let mut hx = hi(x);
    let lx = lo(x);
    let mut hp = hi(p);
    let lp = lo(p);
    let sx = hx & i32::MIN;
    hp &= MAG;
    hx &= MAG;

    if (hp as u32 | lp) == 0 {
        return self_quotient(x * p); // p = 0
    }
    if hx >= EXP_BITS || (hp >= EXP_BITS && ((hp - EXP_BITS) as u32 | lp) != 0) {
        return self_quotient(x * p); // x not finite, or p NaN
    }

    let mut x = x;
    let mut p = p;
    if hp <= 0x7fdf_ffff {
        x = fmod(x, p + p); // now |x| < 2|p|
    }
    // fdlibm compares the words of the original |x| and |p| here.
    if ((hx - hp) as u32 | lx.wrapping_sub(lp)) == 0 {
        return 0.0 * x;
    }
    x = x.abs();
    p = p.abs();
    if hp < 0x0020_0000 {
        // p tiny: halving p could be inexact, double x instead.
        if x + x > p {
            x -= p;
            if x + x >= p {
                x -= p;
            }
        }
    } else {
        let p_half = 0.5 * p;
        if x > p_half {
            x -= p;
            if x >= p_half {
                x -= p;
            }
        }
    }
    with_hi(x, hi(x) ^ sx)
}

/// log(1 + x), accurate for tiny x: fdlibm `s_log1p.c`.
pub fn log1p(x: f64) -> f64 {
    const LP1: f64 = f64::from_bits(0x3fe5555555555593); // 6.666666666666735130e-01
    const LP2: f64 = f64::from_bits(0x3fd999999997fa04); // 3.999999999940941908e-01
    const LP3: f64 = f64::from_bits(0x3fd2492494229359); // 2.857142874366239149e-01
    const LP4: f64 = f64::from_bits(0x3fcc71c51d8e78af); // 2.222219843214978396e-01
    const LP5: f64 = f64::from_bits(0x3fc7466496cb03de); // 1.818357216161805012e-01
    const LP6: f64 = f64::from_bits(0x3fc39a09d078c69f); // 1.531383769920937332e-01
    const LP7: f64 = f64::from_bits(0x3fc2f112df3e5244); // 1.479819860511658591e-01
    let hx = hi(x);
    let ax = hx & MAG;

    let mut k = 1;
    let mut f = 0.0;
    let mut c = 0.0;
    let mut hu = 0;
    if hx < 0x3fda_827a {
        // x < 0.41422
        if ax >= 0x3ff0_0000 {
            // x <= -1.0
            if x == -1.0 {
                return -TWO54 / 0.0; // log1p(-1) = -inf
            }
            return self_quotient(self_difference(x)); // log1p(x < -1) = NaN
        }
        if ax < 0x3e20_0000 {
            // |x| < 2^-29
            if ax < 0x3c90_0000 {
                return x; // |x| < 2^-54
            }
            return x - x * x * 0.5;
        }
        if hx > 0 || hx <= 0xbfd2_bec3_u32 as i32 {
            // -0.2929 < x < 0.41422: f = x exactly, k = 0.
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= EXP_BITS {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = hi(u);
            k = (hu >> 20) - 1023;
            // The rounding error of 1 + x, corrected for below.
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = hi(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        if hu < 0x6_a09e {
            u = with_hi(u, hu | 0x3ff0_0000); // normalize u
        } else {
            k += 1;
            u = with_hi(u, hu | 0x3fe0_0000); // normalize u/2
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = f64::from(k);
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - TWO_THIRDS * f);
        if k == 0 {
            return f - r;
        }
        return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

// ---------------------------------------------------------------------------
// Exponentials and hyperbolic functions.

/// Exponential: fdlibm `e_exp.c`. `StrictMath.exp` itself is Java code in
/// JDK 17 (a port of the same file); sinh and cosh need it here.
pub fn exp(x: f64) -> f64 {
    const TWOM1000: f64 = f64::from_bits(0x0170000000000000); // 2^-1000
    const U_THRESHOLD: f64 = f64::from_bits(0xc0874910d52d3051); // -7.45133219101941108420e+02
    const P1: f64 = f64::from_bits(0x3fc555555555553e); //  1.66666666666666019037e-01
    const P2: f64 = f64::from_bits(0xbf66c16c16bebd93); // -2.77777777770155933842e-03
    const P3: f64 = f64::from_bits(0x3f11566aaf25de2c); //  6.61375632143793436117e-05
    const P4: f64 = f64::from_bits(0xbebbbd41c5d26bf1); // -1.65339022054652515390e-06
    const P5: f64 = f64::from_bits(0x3e66376972bea4d0); //  4.13813679705723846039e-08
    let mut x = x;
    let mut hx = hi(x);
    let xsb = (hx >> 31) & 1; // sign bit of x
    hx &= MAG;

    if hx >= 0x4086_2e42 {
        // |x| >= 709.78...
        if hx >= EXP_BITS {
            if ((hx & 0xf_ffff) as u32 | lo(x)) != 0 {
                return x + x; // NaN
            }
            return if xsb == 0 { x } else { 0.0 }; // exp(+-inf) = {inf, 0}
        }
        if x > O_THRESHOLD {
            return HUGE * HUGE; // overflow
        }
        if x < U_THRESHOLD {
            return TWOM1000 * TWOM1000; // underflow
        }
    }

    // Argument reduction: x = k ln2 + (hi - lo).
    let (mut hi_part, mut lo_part, mut k) = (0.0, 0.0, 0);
    if hx > 0x3fd6_2e42 {
        // |x| > 0.5 ln2
        if hx < 0x3ff0_a2b2 {
            // and |x| < 1.5 ln2
            let sign = if xsb == 0 { 1.0 } else { -1.0 };
            hi_part = x - sign * LN2_HI;
            lo_part = sign * LN2_LO;
            k = 1 - xsb - xsb;
        } else {
            k = (INVLN2 * x + if xsb == 0 { 0.5 } else { -0.5 }) as i32;
            let t = f64::from(k);
            hi_part = x - t * LN2_HI; // t * LN2_HI is exact here
            lo_part = t * LN2_LO;
        }
        x = hi_part - lo_part;
    } else if hx < 0x3e30_0000 {
        // |x| < 2^-28
        return 1.0 + x;
    }

    // x is now in the primary range.
    let t = x * x;
    let c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if k == 0 {
        return 1.0 - ((x * c) / (c - 2.0) - x);
    }
    let y = 1.0 - ((lo_part - (x * c) / (2.0 - c)) - hi_part);
    if k >= -1021 {
        with_hi(y, hi(y).wrapping_add(k << 20)) // add k to y's exponent
    } else {
        with_hi(y, hi(y).wrapping_add((k + 1000) << 20)) * TWOM1000
    }
}

/// exp(x) - 1, accurate for tiny x: fdlibm `s_expm1.c`.
pub fn expm1(x: f64) -> f64 {
    // Scaled coefficients of the rational approximation.
    const Q1: f64 = f64::from_bits(0xbfa11111111110f4); // -3.33333333333331316428e-02
    const Q2: f64 = f64::from_bits(0x3f5a01a019fe5585); //  1.58730158725481460165e-03
    const Q3: f64 = f64::from_bits(0xbf14ce199eaadbb7); // -7.93650757867487942473e-05
    const Q4: f64 = f64::from_bits(0x3ed0cfca86e65239); //  4.00821782732936239552e-06
    const Q5: f64 = f64::from_bits(0xbe8afdb76e09c32d); // -2.01099218183624371326e-07
    let mut x = x;
    let mut hx = hi(x);
    let xsb = hx & i32::MIN; // sign bit of x
    hx &= MAG;

    // Huge and non-finite arguments.
    if hx >= 0x4043_687a {
        // |x| >= 56 ln2
        if hx >= 0x4086_2e42 {
            // |x| >= 709.78...
            if hx >= EXP_BITS {
                if ((hx & 0xf_ffff) as u32 | lo(x)) != 0 {
                    return x + x; // NaN
                }
                return if xsb == 0 { x } else { -1.0 }; // expm1(+-inf) = {inf, -1}
            }
            if x > O_THRESHOLD {
                return HUGE * HUGE; // overflow
            }
        }
        if xsb != 0 {
            // x < -56 ln2: -1 (x + TINY < 0 always holds here).
            return TINY - 1.0;
        }
    }

    // Argument reduction: x = k ln2 + r, c the rounding error of r.
    let k;
    let mut c = 0.0;
    if hx > 0x3fd6_2e42 {
        // |x| > 0.5 ln2
        let (hi_part, lo_part);
        if hx < 0x3ff0_a2b2 {
            // and |x| < 1.5 ln2
            if xsb == 0 {
                hi_part = x - LN2_HI;
                lo_part = LN2_LO;
                k = 1;
            } else {
                hi_part = x + LN2_HI;
                lo_part = -LN2_LO;
                k = -1;
            }
        } else {
            k = (INVLN2 * x + if xsb == 0 { 0.5 } else { -0.5 }) as i32;
            let t = f64::from(k);
            hi_part = x - t * LN2_HI; // t * LN2_HI is exact here
            lo_part = t * LN2_LO;
        }
        x = hi_part - lo_part;
        c = (hi_part - x) - lo_part;
    } else if hx < 0x3c90_0000 {
        // |x| < 2^-54: expm1(x) rounds to x.
        return x;
    } else {
        k = 0;
    }

    // x is now in the primary range.
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs); // c is 0
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        return if x < -0.25 { -2.0 * (e - (x + 0.5)) } else { 1.0 + 2.0 * (x - e) };
    }
    if k <= -2 || k > 56 {
        // exp(x) - 1 is close enough.
        let y = 1.0 - (e - x);
        let y = with_hi(y, hi(y).wrapping_add(k << 20)); // add k to y's exponent
        return y - 1.0;
    }
    if k < 20 {
        let t = from_words(0x3ff0_0000 - (0x20_0000 >> k), 0); // 1 - 2^-k
        let y = t - (e - x);
        with_hi(y, hi(y).wrapping_add(k << 20))
    } else {
        let t = from_words((0x3ff - k) << 20, 0); // 2^-k
        let y = x - (e + t);
        let y = y + 1.0;
        with_hi(y, hi(y).wrapping_add(k << 20))
    }
}

/// Hyperbolic sine: fdlibm `e_sinh.c`.
pub fn sinh(x: f64) -> f64 {
    const SHUGE: f64 = 1.0e307;
    let jx = hi(x);
    let ix = jx & MAG;
    if ix >= EXP_BITS {
        return x + x; // Inf or NaN
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < 0x4036_0000 {
        // |x| < 22: sign(x) * 0.5 * (E + E/(E+1)), E = expm1(|x|).
        if ix < 0x3e30_0000 {
            // |x| < 2^-28: sinh(x) rounds to x.
            return x;
        }
        let t = expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        // |x| in [22, log(maxdouble)]: 0.5 * exp(|x|)
        return h * exp(x.abs());
    }
    if ix < 0x4086_33ce || (ix == 0x4086_33ce && lo(x) <= 0x8fb9_f87d) {
        // |x| in [log(maxdouble), overflow threshold]: exp(|x|/2) twice.
        let w = exp(0.5 * x.abs());
        let t = h * w;
        return t * w;
    }
    x * SHUGE // overflow
}

/// Hyperbolic cosine: fdlibm `e_cosh.c`.
pub fn cosh(x: f64) -> f64 {
    let ix = hi(x) & MAG;
    if ix >= EXP_BITS {
        return x * x; // Inf or NaN
    }
    if ix < 0x3fd6_2e43 {
        // |x| in [0, 0.5 ln2]: 1 + expm1(|x|)^2 / (2 exp(|x|))
        let t = expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w; // cosh(tiny) = 1
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        // |x| in [0.5 ln2, 22]: (exp(|x|) + 1/exp(|x|)) / 2
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        // |x| in [22, log(maxdouble)]: 0.5 * exp(|x|)
        return 0.5 * exp(x.abs());
    }
    if ix < 0x4086_33ce || (ix == 0x4086_33ce && lo(x) <= 0x8fb9_f87d) {
        // |x| in [log(maxdouble), overflow threshold]: exp(|x|/2) twice.
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    HUGE * HUGE // overflow
}

/// Hyperbolic tangent: fdlibm `s_tanh.c`.
pub fn tanh(x: f64) -> f64 {
    let jx = hi(x);
    let ix = jx & MAG;
    if ix >= EXP_BITS {
        // tanh(+-inf) = +-1, tanh(NaN) = NaN
        return if jx >= 0 { 1.0 / x + 1.0 } else { 1.0 / x - 1.0 };
    }
    let z = if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3c80_0000 {
            // |x| < 2^-55
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            // |x| >= 1
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        // |x| >= 22: +-1
        1.0 - TINY
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obvious_values() {
        assert_eq!(sin(0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(sin(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(cos(0.0), 1.0);
        assert_eq!(tan(0.0), 0.0);
        assert_eq!(atan(1.0), std::f64::consts::FRAC_PI_4);
        assert_eq!(asin(1.0), std::f64::consts::FRAC_PI_2);
        assert_eq!(acos(-1.0), std::f64::consts::PI);
        assert_eq!(atan2(1.0, -1.0), 3.0 * std::f64::consts::FRAC_PI_4);
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(std::f64::consts::E), 1.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log10(1e22), 22.0);
        assert_eq!(sqrt(2.0), std::f64::consts::SQRT_2);
        assert_eq!(ieee_remainder(5.0, 2.0), 1.0);
        assert_eq!(ieee_remainder(7.0, 2.0), -1.0);
        assert_eq!(ieee_remainder(-3.0, 2.0), 1.0);
        assert_eq!(sinh(0.0), 0.0);
        assert_eq!(cosh(0.0), 1.0);
        assert_eq!(tanh(f64::INFINITY), 1.0);
        assert_eq!(expm1(0.0), 0.0);
        assert_eq!(log1p(0.0), 0.0);
        // fdlibm's exp is faithful, not correctly rounded: one ulp above e, as
        // HotSpot's StrictMath.exp(1.0) prints.
        assert_eq!(exp(1.0), 2.7182818284590455);
    }

    #[test]
    fn special_values() {
        for f in [sin, cos, tan, asin, acos, atan, log, log10, sinh, cosh, tanh, expm1, log1p, exp] {
            assert!(f(f64::NAN).is_nan());
        }
        assert!(sin(f64::INFINITY).is_nan());
        assert!(asin(1.5).is_nan());
        assert!(log(-1.0).is_nan());
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert_eq!(log1p(-1.0), f64::NEG_INFINITY);
        assert_eq!(expm1(f64::NEG_INFINITY), -1.0);
        assert_eq!(cosh(f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(sinh(1000.0), f64::INFINITY);
        assert!(ieee_remainder(1.0, 0.0).is_nan());
        assert_eq!(ieee_remainder(1.0, f64::INFINITY), 1.0);
    }

    #[test]
    fn large_arguments_are_reduced() {
        // 1e22 is exactly representable; sin(1e22) = -0.8522008497671888... .
        assert_eq!(sin(1e22), -0.8522008497671888);
        assert!(cos(1e300).abs() <= 1.0);
    }
}
