//! The `StrictMath` natives against HotSpot, bit for bit: a Java program
//! prints `StrictMath`'s results (JDK 17's libfdlibm) for a deterministic
//! set of inputs and the test compares each with the Rust port.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::process::Command;

use keel_classfile::container::find_jdk;
use keel_runtime::vm::natives::fdlibm;

/// Prints `name x_bits result_bits` (or `name x_bits y_bits result_bits`)
/// in hex, raw bits, one line per case.
const PROGRAM: &str = r#"
import java.io.*;
import java.math.*;
import java.util.*;
import java.util.function.*;

public class StrictMathCases {
    static long seed = 0x2545F4914F6CDD1DL;

    /** A 64-bit LCG (Knuth's MMIX constants); its high bits are the good ones. */
    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }

    static long bits(int n) {
        return next() >>> (64 - n);
    }

    /** Uniform in [0, 1). */
    static double unit() {
        return bits(53) * 0x1.0p-53;
    }

    /** A random significand, a random sign and an exponent uniform in [emin, emax]. */
    static double randomExp(int emin, int emax) {
        int e = emin + (int) (bits(31) % (emax - emin + 1));
        double m = 1.0 + unit();
        double d = Math.scalb(m, e);
        return bits(1) == 0 ? d : -d;
    }

    static double words(long hi, long lo) {
        return Double.longBitsToDouble((hi << 32) | (lo & 0xffffffffL));
    }

    static final ArrayList<Double> xs = new ArrayList<>();

    static void add(double d) {
        xs.add(d);
    }

    static void addSigned(double d) {
        add(d);
        add(-d);
    }

    /** d and its neighbours up to `ulps` away, both signs. */
    static void around(double d, int ulps) {
        addSigned(d);
        double up = d, down = d;
        for (int i = 0; i < ulps; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            addSigned(up);
            addSigned(down);
        }
    }

    static final BigDecimal PI = new BigDecimal(
        "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798");

    static void unaryInputs() {
        double[] specials = {
            0.0, Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, Double.longBitsToDouble(0x0008000000000000L),
            Double.longBitsToDouble(0x0000000100000000L), Double.longBitsToDouble(0x00000000ffffffffL),
            1.0, 0.5, 2.0, 3.0, 10.0, 100.0, 1000.0, 1e-300, 1e-310, 1e-320, 1e-20, 1e-10, 1e-5, 0.1,
            0.25, 0.75, 1.5, 2.5, 0.9, 0.99, 0.999, Math.PI, Math.E, 22.0, 1e5, 1e10, 1e15, 1e16, 1e17,
            1e19, 1e22, 1e23, 1e50, 1e100, 1e200, 1e300, 1e308, 709.0, 709.78, 710.0, 710.5, 711.0,
            745.0, 745.2, 746.0, 800.0, 1e3 * Math.PI, 1e6 * Math.PI,
            // The hardest case for the reduction (Kahan / Muller): very close to a multiple of pi/2.
            Math.scalb(6381956970095103.0, 797), 5.319372648326541e255,
            Math.scalb(1.0, 1023) * 1.5, 0x1.921fb54442d18p0, 0x1.921fb54442d18p1,
        };
        for (double d : specials) {
            around(d, 1);
        }
        add(Double.longBitsToDouble(0xfff8000000000000L));
        add(Double.longBitsToDouble(0x7ff0000000000001L));
        add(Double.longBitsToDouble(0x7fffffffffffffffL));

        // Powers of two (all exponents near 1, every fifth elsewhere), with neighbours.
        for (int e = -1074; e <= 1023; e++) {
            if ((e >= -70 && e <= 70) || e % 5 == 0 || e <= -1060 || e >= 1015) {
                around(Math.scalb(1.0, e), 1);
            }
        }

        // The high words fdlibm branches on, with the doubles on either side.
        long[] thresholds = {
            0x3fe921fbL, 0x4002d97cL, 0x413921fbL, 0x3e400000L, 0x3e300000L, 0x3fd33333L, 0x3fe90000L,
            0x3fe59428L, 0x3ff00000L, 0x3fe00000L, 0x3fef3333L, 0x3c600000L, 0x44100000L, 0x3fdc0000L,
            0x3e200000L, 0x3ff30000L, 0x3fe60000L, 0x40038000L, 0x3fda827aL, 0x3fd2bec3L, 0x3c900000L,
            0x43400000L, 0x4043687aL, 0x40862e42L, 0x3fd62e42L, 0x3fd62e43L, 0x3ff0a2b2L, 0x40360000L,
            0x408633ceL, 0x3c800000L, 0x00100000L, 0x7fdfffffL, 0x00200000L, 0x3ff921fbL, 0x3e3921fbL,
            0x0006a09eL + 0x3ff00000L, 0x3ff6a09eL, 0x3ff95f64L, 0x3fe95f64L, 0x3fe6147aL, 0x3fe6b851L,
        };
        for (long h : thresholds) {
            around(words(h, 0), 2);
            around(words(h, 0xffffffffL), 1);
            around(words(h, 0x80000000L), 0);
        }
        around(words(0x408633ceL, 0x8fb9f87dL), 2);
        around(709.782712893383973096, 2);
        around(-745.13321910194110842, 2);
        around(0x1.62e42fefa39efp9, 2);

        // Nearest doubles to multiples of pi/2 (and odd multiples of pi/4), the
        // cases where reduction cancels most.
        BigDecimal pio2 = PI.divide(BigDecimal.valueOf(2));
        BigDecimal pio4 = PI.divide(BigDecimal.valueOf(4));
        for (int k = 1; k <= 1200; k++) {
            around(pio2.multiply(BigDecimal.valueOf(k)).doubleValue(), k <= 64 ? 3 : 1);
            if (k % 2 == 1 && k <= 65) {
                around(pio4.multiply(BigDecimal.valueOf(k)).doubleValue(), 1);
            }
        }
        for (int k : new int[] {(1 << 19) - 2, (1 << 19) - 1, 1 << 19, (1 << 19) + 1, 1 << 20, 1 << 25}) {
            around(pio2.multiply(BigDecimal.valueOf(k)).doubleValue(), 1);
        }
        for (int i = 0; i < 400; i++) {
            // Random multiples up to 2^60.
            BigInteger k = BigInteger.valueOf(bits(1 + (int) bits(6) % 60) + 1);
            around(pio2.multiply(new BigDecimal(k)).doubleValue(), 0);
        }

        // asin/acos near +-1 and 0.5.
        double one = 1.0, half = 0.5;
        for (int i = 0; i < 40; i++) {
            one = Math.nextDown(one);
            half = Math.nextUp(half);
            addSigned(one);
            addSigned(half);
        }

        // Random: all bit patterns, then ranges each function cares about.
        for (int i = 0; i < 3000; i++) {
            add(Double.longBitsToDouble(next()));
        }
        for (int i = 0; i < 3000; i++) {
            add(randomExp(-60, 12));
        }
        for (int i = 0; i < 1500; i++) {
            add(unit() * 2.0 - 1.0);
        }
        for (int i = 0; i < 1000; i++) {
            add((unit() * 2.0 - 1.0) * 800.0);
        }
        for (int i = 0; i < 1000; i++) {
            add((unit() * 2.0 - 1.0) * 30.0);
        }
        for (int i = 0; i < 1000; i++) {
            add(randomExp(0, 1023));
        }
        for (int i = 0; i < 500; i++) {
            add(randomExp(-1074, -1000));
        }
    }

    static final ArrayList<double[]> pairs = new ArrayList<>();

    static void binaryInputs() {
        double[] s = {
            0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -1.5, 7.0, -7.0, Math.PI, -Math.PI,
            1e-300, -1e-300, 1e300, -1e300, 1e10, -1e10, 1e-10, 1e20, -1e-20,
            Double.longBitsToDouble(0x000fffffffffffffL), Double.longBitsToDouble(0x800fffffffffffffL),
            Double.longBitsToDouble(0x0000000000000003L), Math.scalb(1.0, 1023), Math.scalb(1.0, -1022) * 3,
            Math.nextUp(1.0), Math.nextDown(1.0), 0x1.0p60, 0x1.0p-60, 0x1.0p61, 0x1.0p-61,
        };
        for (double x : s) {
            for (double y : s) {
                pairs.add(new double[] {x, y});
            }
        }
        for (int i = 0; i < 3000; i++) {
            pairs.add(new double[] {Double.longBitsToDouble(next()), Double.longBitsToDouble(next())});
        }
        for (int i = 0; i < 3000; i++) {
            pairs.add(new double[] {randomExp(-30, 30), randomExp(-30, 30)});
        }
        for (int i = 0; i < 1000; i++) {
            pairs.add(new double[] {randomExp(-70, 70), randomExp(-70, 70)});
        }
        for (int i = 0; i < 1000; i++) {
            // Ties of the remainder: x = (n + 1/2) p exactly (p has a short significand).
            double p = Math.scalb((double) (bits(30) | 1), -40 + (int) bits(6));
            long n = (long) bits(12) - 2048;
            double x = (n + 0.5) * p;
            pairs.add(new double[] {x, p});
            pairs.add(new double[] {Math.nextUp(x), p});
            pairs.add(new double[] {Math.nextDown(x), -p});
        }
        for (int i = 0; i < 500; i++) {
            // Subnormal and huge operands for fmod's shifting.
            pairs.add(new double[] {randomExp(-1074, -1000), randomExp(-1074, -1000)});
            pairs.add(new double[] {randomExp(900, 1023), randomExp(-1074, -1000)});
            pairs.add(new double[] {randomExp(-1074, -1000), randomExp(900, 1023)});
        }
        for (int i = 0; i < 500; i++) {
            // x near 1 for atan2's atan(y) shortcut, y/x near 2^+-60.
            pairs.add(new double[] {randomExp(-5, 5), bits(1) == 0 ? 1.0 : Math.nextUp(1.0)});
            double y = randomExp(-100, 100);
            pairs.add(new double[] {y, Math.scalb(y, -60 + (int) bits(1) * 120) * (bits(1) == 0 ? 1 : -1)});
        }
    }

    public static void main(String[] args) throws IOException {
        unaryInputs();
        binaryInputs();
        LinkedHashMap<String, DoubleUnaryOperator> unary = new LinkedHashMap<>();
        unary.put("sin", StrictMath::sin);
        unary.put("cos", StrictMath::cos);
        unary.put("tan", StrictMath::tan);
        unary.put("asin", StrictMath::asin);
        unary.put("acos", StrictMath::acos);
        unary.put("atan", StrictMath::atan);
        unary.put("log", StrictMath::log);
        unary.put("log10", StrictMath::log10);
        unary.put("sqrt", StrictMath::sqrt);
        unary.put("sinh", StrictMath::sinh);
        unary.put("cosh", StrictMath::cosh);
        unary.put("tanh", StrictMath::tanh);
        unary.put("expm1", StrictMath::expm1);
        unary.put("log1p", StrictMath::log1p);
        unary.put("exp", StrictMath::exp);
        LinkedHashMap<String, DoubleBinaryOperator> binary = new LinkedHashMap<>();
        binary.put("IEEEremainder", StrictMath::IEEEremainder);
        binary.put("atan2", StrictMath::atan2);

        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        for (Map.Entry<String, DoubleUnaryOperator> f : unary.entrySet()) {
            for (double x : xs) {
                double r = f.getValue().applyAsDouble(x);
                out.println(f.getKey() + " " + Long.toHexString(Double.doubleToRawLongBits(x)) + " "
                    + Long.toHexString(Double.doubleToRawLongBits(r)));
            }
        }
        for (Map.Entry<String, DoubleBinaryOperator> f : binary.entrySet()) {
            for (double[] p : pairs) {
                double r = f.getValue().applyAsDouble(p[0], p[1]);
                out.println(f.getKey() + " " + Long.toHexString(Double.doubleToRawLongBits(p[0])) + " "
                    + Long.toHexString(Double.doubleToRawLongBits(p[1])) + " "
                    + Long.toHexString(Double.doubleToRawLongBits(r)));
            }
        }
        out.flush();
    }
}
"#;

fn unary(name: &str) -> Option<fn(f64) -> f64> {
    Some(match name {
        "sin" => fdlibm::sin,
        "cos" => fdlibm::cos,
        "tan" => fdlibm::tan,
        "asin" => fdlibm::asin,
        "acos" => fdlibm::acos,
        "atan" => fdlibm::atan,
        "log" => fdlibm::log,
        "log10" => fdlibm::log10,
        "sqrt" => fdlibm::sqrt,
        "sinh" => fdlibm::sinh,
        "cosh" => fdlibm::cosh,
        "tanh" => fdlibm::tanh,
        "expm1" => fdlibm::expm1,
        "log1p" => fdlibm::log1p,
        "exp" => fdlibm::exp,
        _ => return None,
    })
}

fn binary(name: &str) -> Option<fn(f64, f64) -> f64> {
    Some(match name {
        "IEEEremainder" => fdlibm::ieee_remainder,
        "atan2" => fdlibm::atan2,
        _ => return None,
    })
}

/// Runs the program on the JDK 17 the other tests use; its output.
fn hotspot_results() -> String {
    let jdk = find_jdk(None).expect("a JDK 17 is needed for this test (CI installs one)");
    let dir = std::env::temp_dir().join(format!("keel-runtime-strict-math-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("StrictMathCases.java");
    std::fs::write(&file, PROGRAM).unwrap();
    let status = Command::new(jdk.root().join("bin/javac"))
        .arg("-d")
        .arg(&dir)
        .arg(&file)
        .status()
        .expect("run javac");
    assert!(status.success(), "javac failed");
    let output = Command::new(jdk.root().join("bin/java"))
        .arg("-cp")
        .arg(&dir)
        .arg("StrictMathCases")
        .output()
        .expect("run java");
    assert!(output.status.success(), "java failed: {}", String::from_utf8_lossy(&output.stderr));
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8(output.stdout).unwrap()
}

fn hex(s: &str) -> u64 {
    u64::from_str_radix(s, 16).unwrap_or_else(|_| panic!("bad hex {s:?}"))
}

#[test]
fn strict_math_matches_hotspot_bit_for_bit() {
    let results = hotspot_results();
    // Per function: cases checked, mismatches.
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut mismatches = String::new();
    for line in results.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let name = fields[0];
        let (args, expected, actual) = if let Some(f) = unary(name) {
            assert_eq!(fields.len(), 3, "{line}");
            let x = hex(fields[1]);
            (format!("{x:016x}"), hex(fields[2]), f(f64::from_bits(x)).to_bits())
        } else if let Some(f) = binary(name) {
            assert_eq!(fields.len(), 4, "{line}");
            let (x, y) = (hex(fields[1]), hex(fields[2]));
            (format!("{x:016x} {y:016x}"), hex(fields[3]), f(f64::from_bits(x), f64::from_bits(y)).to_bits())
        } else {
            panic!("unknown function in {line:?}");
        };
        let count = counts.entry(name).or_default();
        count.0 += 1;
        if expected != actual {
            count.1 += 1;
            let _ = writeln!(
                mismatches,
                "{name}({args}): expected {expected:016x} ({:e}), got {actual:016x} ({:e})",
                f64::from_bits(expected),
                f64::from_bits(actual)
            );
        }
    }
    let mut summary = String::new();
    for (name, (n, bad)) in &counts {
        let _ = writeln!(summary, "{name:>14}: {n} cases, {bad} mismatches");
    }
    eprintln!("{summary}");
    assert_eq!(counts.len(), 17, "every function is covered:\n{summary}");
    assert!(mismatches.is_empty(), "mismatches against HotSpot:\n{mismatches}\n{summary}");
}
