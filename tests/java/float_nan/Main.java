public class Main {
    static double d(double x) { return x; }
    static float f(float x) { return x; }
    public static void main(String[] args) {
        double nan = Double.NaN, pinf = Double.POSITIVE_INFINITY, ninf = Double.NEGATIVE_INFINITY;
        double nz = -0.0, pz = 0.0;
        System.out.println("nan = " + nan + ", inf = " + pinf + ", -inf = " + ninf + ", -0.0 = " + nz);
        System.out.println("nan == nan: " + (nan == nan) + ", nan != nan: " + (nan != nan));
        System.out.println("nan < 1: " + (nan < 1) + ", nan > 1: " + (nan > 1) + ", nan <= nan: " + (nan <= nan));
        System.out.println("-0.0 == 0.0: " + (nz == pz) + ", equals: " + Double.valueOf(nz).equals(pz));
        System.out.println("Double.compare(-0.0, 0.0) = " + Double.compare(nz, pz));
        System.out.println("Double.compare(nan, inf) = " + Double.compare(nan, pinf));
        System.out.println("Double.valueOf(nan).equals(nan) = " + Double.valueOf(nan).equals(nan));
        System.out.println("1/-0.0 = " + (1 / nz) + ", 1/0.0 = " + (1 / pz));
        System.out.println("inf - inf = " + (pinf - pinf) + ", inf * 0 = " + (pinf * 0) + ", inf + 1 = " + (pinf + 1));
        System.out.println("0.0 * -1 = " + (pz * -1) + ", -0.0 + 0.0 = " + (nz + pz) + ", -0.0 - 0.0 = " + (nz - pz));
        System.out.println("sqrt(-1) = " + Math.sqrt(-1) + ", sqrt(-0.0) = " + Math.sqrt(nz));
        System.out.println("isNaN = " + Double.isNaN(0.0 / 0.0) + ", isInfinite = " + Double.isInfinite(1 / 0.0) + ", isFinite = " + Double.isFinite(Double.MAX_VALUE));
        System.out.println("MAX * 2 = " + (Double.MAX_VALUE * 2) + ", MIN_VALUE / 2 = " + (Double.MIN_VALUE / 2));
        System.out.println("float nan = " + Float.NaN + ", float -0 = " + (-0.0f) + ", float inf = " + (1f / 0f));
        System.out.println("Float.compare(nan, nan) = " + Float.compare(Float.NaN, Float.NaN));
        double[] vals = {nan, ninf, -1.5, nz, pz, 1.5, pinf};
        for (double a : vals) {
            StringBuilder sb = new StringBuilder();
            for (double b : vals) {
                sb.append(a < b ? '<' : a > b ? '>' : a == b ? '=' : '?');
            }
            System.out.println(a + "\t" + sb);
        }
        System.out.println("doubleToLongBits(nan) = " + Long.toHexString(Double.doubleToLongBits(nan)));
        System.out.println("doubleToLongBits(-0.0) = " + Long.toHexString(Double.doubleToLongBits(nz)));
        System.out.println("floatToIntBits(1.0f) = " + Integer.toHexString(Float.floatToIntBits(1.0f)));
        System.out.println("longBitsToDouble(0x7ff0000000000000) = " + Double.longBitsToDouble(0x7ff0000000000000L));
        System.out.println("intBitsToFloat(0x00000001) = " + Float.intBitsToFloat(1));
        System.out.println("Double hashCode of -0.0 vs 0.0 = " + Double.hashCode(nz) + " " + Double.hashCode(pz));
        System.out.println("signum = " + Math.signum(nz) + " " + Math.signum(d(-3)) + " " + Math.signum(nan));
        System.out.println("copySign = " + Math.copySign(1.0, nz));
        System.out.println("ternary on nan: " + (nan > 0 ? "pos" : "not pos"));
        System.out.println("(float) 1e40 = " + (float) d(1e40) + ", (float) 1e-50 = " + (float) d(1e-50) + ", (double) nanf = " + (double) f(Float.NaN));
    }
}
