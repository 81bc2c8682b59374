public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 1e7, 9999999.0, 1.0E10, 1.23456789e8,
            1e-3, 1e-4, 0.001, 0.0001, 1e21, 1e22, 1e100, 1e-100, 123456789012345678.0, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, Math.PI, Math.E, 2e-323, 4.9e-324, 1.7976931348623157E308, 0.5, 0.25, 0.125, 3.0e-5, 12345.678,
            -123.456e-7, 5e-324 * 3, 1e23, 8.41e21, 2.0 / 10, 100.0 / 3, 9007199254740993.0, 4.35, 0.1 * 3};
        for (double d : ds) System.out.println(d + "  |  " + Double.toString(d) + "  |  " + String.valueOf(d));
        float[] fs = {0.0f, 1.0f, 0.1f, 0.2f, 0.1f + 0.2f, 0.3f, 1.0f / 3, 1e10f, 1.0E7f, 9999999f, 1e-3f, 1e-4f, Float.MIN_VALUE, Float.MAX_VALUE,
            Float.MIN_NORMAL, (float) Math.PI, 16777216f, 16777217f, 3.4e38f, 1.17549435E-38f, 100f / 3, 0.7f, 1.1f * 1.1f, 33554432f + 1f};
        for (float f : fs) System.out.println(f + "  |  " + Float.toString(f) + "  |  (double) " + (double) f);
        System.out.println("Double.parseDouble(\"1e10\") = " + Double.parseDouble("1e10"));
        System.out.println("Double.valueOf(\"  -0.0  \") = " + Double.valueOf("  -0.0  "));
        System.out.println("Double.parseDouble(\"0x1p3\") = " + Double.parseDouble("0x1p3"));
        System.out.println("Double.parseDouble(\"Infinity\") = " + Double.parseDouble("-Infinity"));
        System.out.println("Float.parseFloat(\"3.4028236e38\") = " + Float.parseFloat("3.4028236e38"));
        System.out.println("Double.toHexString(1.0) = " + Double.toHexString(1.0) + ", -0.5 = " + Double.toHexString(-0.5) + ", MIN = " + Double.toHexString(Double.MIN_VALUE));
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        try { Double.parseDouble(""); } catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        System.out.println("float sum loop: ");
        float acc = 0;
        for (int i = 0; i < 10; i++) { acc += 0.1f; System.out.println("  " + acc); }
        double dacc = 0;
        for (int i = 0; i < 10; i++) { dacc += 0.1; System.out.println("  " + dacc); }
    }
}
