public class Main {
    static double d(double x) { return x; }
    public static void main(String[] args) {
        double[][] pairs = {{5.5, 2}, {-5.5, 2}, {5.5, -2}, {-5.5, -2}, {1, 0}, {0, 1}, {-0.0, 1}, {Double.POSITIVE_INFINITY, 2},
            {2, Double.POSITIVE_INFINITY}, {Double.NaN, 1}, {1e300, 3}, {0.3, 0.1}, {10, 3}, {7.25, 0.5}, {1e-300, 1e-310}};
        for (double[] p : pairs) {
            double a = d(p[0]), b = d(p[1]);
            System.out.println(a + " % " + b + " = " + (a % b) + "   IEEEremainder = " + Math.IEEEremainder(a, b));
        }
        float[][] fp = {{5.5f, 2f}, {-5.5f, 2f}, {0.3f, 0.1f}, {1f, 0f}, {100f, 7f}};
        for (float[] p : fp) System.out.println(p[0] + "f % " + p[1] + "f = " + (p[0] % p[1]));
        double x = 10.75;
        x %= 3;
        System.out.println("compound %= : " + x);
        int count = 0;
        for (double v = 0; v < 5; v += 0.25) if (v % 1 == 0) count++;
        System.out.println("whole numbers in loop: " + count);
        System.out.println("Math functions:");
        System.out.println(Math.pow(2, 10) + " " + StrictMath.pow(2, 0.5) + " " + Math.pow(0, 0) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(Double.NaN, 0));
        System.out.println(Math.sqrt(2) + " " + StrictMath.cbrt(27) + " " + StrictMath.cbrt(-8) + " " + StrictMath.hypot(3, 4));
        System.out.println(Math.abs(-0.0) + " " + Math.abs(-7.5) + " " + Math.abs(Float.NEGATIVE_INFINITY));
        System.out.println(Math.floor(2.7) + " " + Math.ceil(2.1) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7L, 2L));
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f));
        System.out.println(Math.getExponent(1024.0) + " " + Math.scalb(1.5, 4) + " " + Math.fma(2.0, 3.0, 1.0));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180));
        System.out.println(StrictMath.exp(0) + " " + StrictMath.exp(1) + " " + StrictMath.log(1) + " " + StrictMath.log(3) + " " + StrictMath.log10(1000) + " " + StrictMath.log(0) + " " + StrictMath.log(-1));
        System.out.println(StrictMath.sin(0) + " " + StrictMath.cos(0) + " " + StrictMath.cos(1000) + " " + StrictMath.atan2(0.0, -1.0) + " " + StrictMath.atan2(-0.0, -1.0));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
        System.out.println("harmonic(1000) = " + sum);
        double prod = 1;
        for (int i = 1; i <= 170; i++) prod *= i;
        System.out.println("170! = " + prod + ", 171! = " + (prod * 171));
        float fs = 0;
        for (int i = 0; i < 1000; i++) fs += 0.001f;
        System.out.println("float sum of 0.001 * 1000 = " + fs);
        System.out.println("strictfp-ish: " + (0.1 + 0.2 == 0.3) + " " + (0.1f + 0.2f == 0.3f) + " " + ((float) 0.1 == 0.1f));
    }
}
