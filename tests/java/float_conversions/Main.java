public class Main {
    static double d(double x) { return x; }
    static float f(float x) { return x; }
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 2.9999, -2.9999, 1e9, 3e9, -3e9, 1e19, -1e19, 9.3e18,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE,
            2147483647.5, 2147483648.0, -2147483648.9, 9.223372036854775807E18};
        for (double v : ds) {
            double x = d(v);
            System.out.println(x + " -> int " + (int) x + ", long " + (long) x + ", short " + (short) x + ", byte " + (byte) x
                + ", char " + (int) (char) x + ", float " + (float) x);
        }
        float[] fs = {0.5f, -0.5f, 3e9f, -3e9f, 1e19f, -1e19f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217f, 2.1474836E9f};
        for (float v : fs) {
            float x = f(v);
            System.out.println(x + "f -> int " + (int) x + ", long " + (long) x + ", byte " + (byte) x + ", double " + (double) x);
        }
        long big = Long.MAX_VALUE;
        System.out.println("(double) Long.MAX = " + (double) big + ", (float) Long.MAX = " + (float) big);
        System.out.println("(long)(double) Long.MAX = " + (long) (double) big);
        int bi = Integer.MAX_VALUE;
        System.out.println("(float) Integer.MAX = " + (float) bi + ", (int)(float) Integer.MAX = " + (int) (float) bi);
        System.out.println("(double) 123456789 = " + (double) 123456789 + ", (float) 123456789 = " + (float) 123456789);
        long l = 9007199254740993L;
        System.out.println("(double) 2^53+1 = " + (double) l + ", back = " + (long) (double) l);
        System.out.println("Math.round: " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(Double.NaN) + " " + Math.round(1e20) + " " + Math.round(-1e20));
        System.out.println("Math.round(float): " + Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(Float.NaN));
        System.out.println("Math.rint: " + Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5));
        System.out.println("floor/ceil: " + Math.floor(-1.5) + " " + Math.ceil(-1.5) + " " + Math.ceil(-0.5) + " " + Math.floor(0.5));
        int i = 10;
        i *= 1.5;
        System.out.println("int *= 1.5 -> " + i);
        i += 0.9;
        System.out.println("int += 0.9 -> " + i);
        i -= Double.NaN;
        System.out.println("int -= NaN -> " + i);
        float ff = 1;
        ff /= 3;
        System.out.println("float /= 3 -> " + ff);
        double mixed = 1 / 2 + 1 / 2.0 + 1f / 4;
        System.out.println("mixed = " + mixed);
        char c = (char) 65.7;
        System.out.println("(char) 65.7 = " + c);
        System.out.println("(int) 'z' * 1.0 = " + ('z' * 1.0));
    }
}
