public class Main {
    static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    static String fbits(float f) {
        return String.format("%08x", Float.floatToRawIntBits(f));
    }

    interface D1 { double f(double x); }
    interface D2 { double f(double x, double y); }

    static void one(String name, D1 strict, double... xs) {
        StringBuilder sb = new StringBuilder(name);
        for (double x : xs) {
            double r = strict.f(x);
            sb.append(' ').append(bits(r));
        }
        System.out.println(sb);
    }

    static void two(String name, D2 strict, double[][] xs) {
        StringBuilder sb = new StringBuilder(name);
        for (double[] p : xs) sb.append(' ').append(bits(strict.f(p[0], p[1])));
        System.out.println(sb);
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, Math.PI / 3, 10.0, 100.5, 1e-8, 1e10, -3.75, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        one("sin", StrictMath::sin, xs);
        one("cos", StrictMath::cos, xs);
        one("tan", StrictMath::tan, xs);
        one("asin", StrictMath::asin, xs);
        one("acos", StrictMath::acos, xs);
        one("atan", StrictMath::atan, xs);
        one("exp", StrictMath::exp, xs);
        one("log", StrictMath::log, xs);
        one("log10", StrictMath::log10, xs);
        one("log1p", StrictMath::log1p, xs);
        one("expm1", StrictMath::expm1, xs);
        one("sqrt", StrictMath::sqrt, xs);
        one("cbrt", StrictMath::cbrt, xs);
        one("sinh", StrictMath::sinh, xs);
        one("cosh", StrictMath::cosh, xs);
        one("tanh", StrictMath::tanh, xs);
        one("floor", StrictMath::floor, xs);
        one("ceil", StrictMath::ceil, xs);
        one("rint", StrictMath::rint, xs);
        one("toRadians", StrictMath::toRadians, xs);
        one("toDegrees", StrictMath::toDegrees, xs);
        one("Math.sqrt", Math::sqrt, xs);
        one("Math.cbrt", Math::cbrt, xs);
        one("Math.abs", Math::abs, xs);
        one("Math.signum", Math::signum, xs);
        one("Math.ulp", Math::ulp, xs);
        one("Math.nextUp", Math::nextUp, xs);
        one("Math.nextDown", Math::nextDown, xs);
        one("Math.floor", Math::floor, xs);
        one("Math.ceil", Math::ceil, xs);
        one("Math.rint", Math::rint, xs);
        one("Math.log1p", Math::log1p, xs);
        one("Math.expm1", Math::expm1, xs);
        one("Math.sinh", Math::sinh, xs);
        one("Math.tanh", Math::tanh, xs);
        double[][] pairs = {{1, 2}, {-1, -2}, {0.0, -0.0}, {-0.0, 0.0}, {3, 4}, {2, 0.5}, {-8, 1.0 / 3}, {10, -3}, {Double.NaN, 0}, {0, Double.NaN}, {1e300, 1e300}, {Double.POSITIVE_INFINITY, 1}};
        two("atan2", StrictMath::atan2, pairs);
        two("pow", StrictMath::pow, pairs);
        two("hypot", StrictMath::hypot, pairs);
        two("IEEEremainder", StrictMath::IEEEremainder, pairs);
        two("Math.hypot", Math::hypot, pairs);
        two("Math.atan2", Math::atan2, pairs);
        two("Math.max", Math::max, pairs);
        two("Math.min", Math::min, pairs);
        two("Math.copySign", Math::copySign, pairs);
        two("Math.nextAfter", Math::nextAfter, pairs);
        two("Math.IEEEremainder", Math::IEEEremainder, pairs);
        System.out.println("fma " + bits(Math.fma(0.1, 10.0, -1.0)) + " " + bits(0.1 * 10.0 - 1.0) + " " + fbits(Math.fma(0.1f, 10f, -1f)));
        System.out.println("scalb " + bits(Math.scalb(1.5, 10)) + " " + bits(Math.scalb(1.0, -1074)) + " " + bits(Math.scalb(1.0, -1075)) + " " + fbits(Math.scalb(3f, 5)));
        System.out.println("getExponent " + Math.getExponent(1024.0) + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.NaN) + " " + Math.getExponent(3f));
        System.out.println("round " + Math.round(0.49999999999999994) + " " + Math.round(-0.5) + " " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(2.5f));
        System.out.println("float ops " + fbits(StrictMath.abs(-0.0f)) + " " + fbits(Math.ulp(1f)) + " " + fbits(Math.nextUp(1f)) + " " + fbits(Math.signum(-3f)) + " " + fbits(Math.copySign(2f, -0f)));
        // Math's intrinsics may differ from StrictMath in the last bit on some machines: compare within one ulp.
        double[] ys = {0.1, 0.7, 1.3, 2.9, 5.5, 12.25};
        int close = 0;
        for (double y : ys) {
            if (Math.abs(Math.sin(y) - StrictMath.sin(y)) <= Math.ulp(StrictMath.sin(y))) close++;
            if (Math.abs(Math.cos(y) - StrictMath.cos(y)) <= Math.ulp(StrictMath.cos(y))) close++;
            if (Math.abs(Math.exp(y) - StrictMath.exp(y)) <= Math.ulp(StrictMath.exp(y))) close++;
            if (Math.abs(Math.log(y) - StrictMath.log(y)) <= Math.ulp(StrictMath.log(y))) close++;
            if (Math.abs(Math.pow(y, 1.7) - StrictMath.pow(y, 1.7)) <= Math.ulp(StrictMath.pow(y, 1.7))) close++;
        }
        System.out.println("Math within 1 ulp of StrictMath: " + close + " of " + ys.length * 5);
        System.out.println("values " + StrictMath.sin(1.0) + " " + StrictMath.exp(1.0) + " " + StrictMath.log(10.0) + " " + StrictMath.pow(2.0, 0.5) + " " + StrictMath.cbrt(27.0) + " " + StrictMath.atan2(1, 1) * 4);
        System.out.println("constants " + bits(Math.PI) + " " + bits(Math.E) + " " + Math.PI + " " + Math.E);
        System.out.println("float bits " + fbits(Float.NaN) + " " + fbits(Float.MIN_VALUE) + " " + fbits(Float.MAX_VALUE) + " " + fbits((float) Math.PI) + " " + fbits(-0.0f));
        System.out.println("intBitsToFloat " + Float.intBitsToFloat(0x3f800001) + " longBitsToDouble " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Double.longBitsToDouble(0x7ff0000000000001L));
        System.out.println("NaN canonical " + Long.toHexString(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff8000000000123L))) + " raw " + Long.toHexString(Double.doubleToRawLongBits(Double.longBitsToDouble(0x7ff8000000000123L))));
        double acc = 1.0;
        for (int i = 0; i < 50; i++) acc = StrictMath.sin(acc) + StrictMath.cos(acc * 0.5);
        System.out.println("iterated " + bits(acc) + " " + acc);
        float facc = 1f;
        for (int i = 0; i < 50; i++) facc = facc * 1.1f - 0.05f;
        System.out.println("float iterated " + fbits(facc) + " " + facc);
    }
}
