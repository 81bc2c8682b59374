import java.util.Locale;

public class Main {
    static void parse(String s) {
        try {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("[" + s + "] -> " + d + " / " + f + " bits " + Long.toHexString(Double.doubleToLongBits(d)));
        } catch (NumberFormatException e) {
            System.out.println("[" + s + "] NFE " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("NPE for null");
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"1", "  2.5  ", "-0", "+0.0", "1e10", "1E-5", "1.", ".5", "1d", "2.5f", "3F", "4D", "0x1p0", "0x1.8p1", "-0X.8P-2", "0x1.fffffffffffffp1023",
            "0x1p-1074", "0x1p-1075", "1e400", "-1e400", "1e-400", "Infinity", "-Infinity", "+Infinity", "NaN", "-NaN", "4.9e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "123456789012345678901234567890", "9007199254740993",
            "3.4028235e38", "3.4028236e38", "1.4e-45", "7.0e-46", "", " ", "abc", "1e", "0x1.0", "1_000", "infinity", "0x", "1.2.3", "\t42\n", null};
        for (String s : inputs) parse(s);
        double[] ds = {0.0, -0.0, 1.0, -2.5, 0.1, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 1.0 / 3, 1024, 0x1.23p-1030};
        for (double d : ds) System.out.println(d + " hex " + Double.toHexString(d) + " exp " + Math.getExponent(d) + " ulp " + Math.ulp(d));
        float[] fs = {0f, 1f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 0.1f, -1.5e-40f, Float.NaN};
        for (float f : fs) System.out.println(f + " hex " + Float.toHexString(f) + " bits " + Integer.toHexString(Float.floatToIntBits(f)) + " exp " + Math.getExponent(f));
        System.out.println(Float.MIN_NORMAL + " " + Double.MIN_NORMAL + " " + Float.MIN_EXPONENT + " " + Double.MAX_EXPONENT + " " + Float.SIZE + " " + Double.BYTES);
        System.out.println(Double.valueOf("1e2").equals(100.0) + " " + Double.compare(0.0, -0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN));
        System.out.println(Double.isFinite(1e308 * 10) + " " + Double.isInfinite(-1 / 0.0) + " " + Double.isNaN(0.0 / 0.0) + " " + Float.isFinite(Float.MAX_VALUE));
        System.out.println(String.format(Locale.ROOT, "%.3e %.0f %a %g", 12345.678, 2.5, 1.0, 0.0001234));
        System.out.println(Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextAfter(0.0, -1) + " " + Math.nextUp(Float.MAX_VALUE) + " " + Math.scalb(1.5, 4));
        System.out.println(Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Math.copySign(3.0, -0.0) + " " + Math.signum(-0.0));
        System.out.println((float) 0.1 + " " + (double) 0.1f + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (int) 1e20 + " " + (long) Double.NaN);
    }
}
