import java.math.BigDecimal;
import java.util.Locale;

public class Main {
    static void p(String fmt, Object... args) {
        System.out.println(fmt + " -> [" + String.format(Locale.ROOT, fmt, args) + "]");
    }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, 123.456, 1e-5, 1e-300, 6.02214076e23, 1.0 / 3,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : ds) {
            System.out.println(String.format(Locale.ROOT, "%f|%.2f|%e|%.3E|%g|%.3g|%a|%10.1f|%-12.4e|%+.1f", d, d, d, d, d, d, d, d, d, d));
        }
        float[] fs = {0.1f, 1.1f, 3.4028235e38f, 1.4e-45f, -2.5f, 16777217f};
        for (float f : fs) {
            System.out.println(String.format(Locale.ROOT, "%f|%e|%g|%a|%.10f", f, f, f, f, f));
        }
        p("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5);
        p("%.1f %.1f %.1f", 0.05, 0.15, 0.25);
        p("%.3f", 2.0005);
        p("%.15f", 0.1);
        p("%.20f", 0.1);
        p("%.0e", 15.0);
        p("%g %g %g %g", 0.0001, 0.00001, 123456.0, 1234567.0);
        p("%.0g", 0.0);
        p("%#.0f", 3.0);
        p("%#.0e", 3.0);
        p("%,.2f", 1234567.891);
        p("%(,.2f", -1234567.891);
        p("%+,.3f", 98765.4321);
        p("% .2f", 3.14159);
        p("%010.3f", -3.14159);
        p("%-10.3f|", 3.14159);
        p("%012.4e", 12345.678);
        p("%.2f", new BigDecimal("1.005"));
        p("%.2f", new BigDecimal("-2.675"));
        p("%e", new BigDecimal("123456789.123456789"));
        p("%.30f", new BigDecimal("0.1"));
        p("%g", new BigDecimal("0.000012345"));
        p("%a", 1.0);
        p("%a", -0.0);
        p("%.3a", Math.PI);
        p("%A", 255.5);
        p("%a", Double.MIN_NORMAL);
        p("%a", 4.9e-324);
        p("%.1a", 1.96875);
        p("%f", (Object) null);
        p("%10.4s|", "abcdefgh");
        p("%e", 0.0);
        p("%g", 1e-10);
        p("%.12g", Math.E);
        p("%.17g", 0.1);
        p("%s %s", 1e7, 1.0E-4);
        p("%f %e", (float) 1e10, 1e10f);
        double acc = 0;
        for (int i = 1; i <= 12; i++) {
            acc += 1.0 / i;
            System.out.println(String.format(Locale.ROOT, "H(%2d) = %-10.6f %12.5e %s", i, acc, acc, acc));
        }
        System.out.printf(Locale.ROOT, "%8.3f%8.3f%8.3f%n", Math.sqrt(2), Math.sqrt(3), Math.sqrt(5));
    }
}
