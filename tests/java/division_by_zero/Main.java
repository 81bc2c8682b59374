public class Main {
    static int zero() { return 0; }
    static long lzero() { return 0L; }
    static int neg1() { return -1; }
    public static void main(String[] args) {
        try { System.out.println(10 / zero()); } catch (ArithmeticException e) { System.out.println("int div: " + e.getMessage()); }
        try { System.out.println(10 % zero()); } catch (ArithmeticException e) { System.out.println("int rem: " + e.getMessage()); }
        try { System.out.println(10L / lzero()); } catch (ArithmeticException e) { System.out.println("long div: " + e.getMessage()); }
        try { System.out.println(10L % lzero()); } catch (ArithmeticException e) { System.out.println("long rem: " + e.getMessage()); }
        try { int x = 5; x /= zero(); System.out.println(x); } catch (ArithmeticException e) { System.out.println("compound div: " + e); }
        try { Math.floorDiv(1, zero()); } catch (ArithmeticException e) { System.out.println("floorDiv: " + e.getMessage()); }
        try { Math.floorMod(1, zero()); } catch (ArithmeticException e) { System.out.println("floorMod: " + e.getMessage()); }
        try { Integer.divideUnsigned(1, zero()); } catch (ArithmeticException e) { System.out.println("divideUnsigned: " + e.getMessage()); }
        System.out.println("MIN / -1 = " + (Integer.MIN_VALUE / neg1()));
        System.out.println("MIN % -1 = " + (Integer.MIN_VALUE % neg1()));
        System.out.println("LMIN / -1 = " + (Long.MIN_VALUE / neg1()));
        System.out.println("LMIN % -1 = " + (Long.MIN_VALUE % neg1()));
        System.out.println("5 / -1 = " + (5 / neg1()));
        System.out.println("floorDiv(MIN,-1) = " + Math.floorDiv(Integer.MIN_VALUE, -1));
        for (int a = -7; a <= 7; a += 7) {
            for (int b : new int[] {3, -3, 1, -1, 7}) {
                System.out.println(a + " / " + b + " = " + (a / b) + ", % = " + (a % b)
                    + ", floorDiv = " + Math.floorDiv(a, b) + ", floorMod = " + Math.floorMod(a, b));
            }
        }
        System.out.println("1.0 / 0 = " + (1.0 / zero()));
        System.out.println("-1.0 / 0 = " + (-1.0 / zero()));
        System.out.println("0.0 / 0 = " + (0.0 / zero()));
        System.out.println("1.0 % 0 = " + (1.0 % zero()));
        System.out.println("1f / 0 = " + (1f / zero()));
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try { count += 100 / i; } catch (ArithmeticException e) { System.out.println("caught at i=" + i + ": " + e.getMessage()); }
        }
        System.out.println("count = " + count);
    }
}
