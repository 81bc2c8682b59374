public class Main {
    static long mul(long a, long b) { return a * b; }
    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println(max + " " + min);
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * 3 = " + mul(max, 3));
        System.out.println("min / -1 = " + (min / mul(-1, 1)));
        System.out.println("min % -1 = " + (min % mul(-1, 1)));
        System.out.println("abs(min) = " + Math.abs(min));
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.println(i + "! = " + f); }
        long a = 1L << 62;
        System.out.println("1<<62 = " + a + ", *2 = " + (a * 2) + ", *4 = " + (a * 4));
        int i = Integer.MAX_VALUE;
        long widened = i + 1;
        long widened2 = i + 1L;
        System.out.println("int overflow before widening: " + widened + " vs " + widened2);
        System.out.println("(int) 4294967297L = " + (int) 4294967297L);
        System.out.println("(int) max = " + (int) max + ", (int) min = " + (int) min);
        System.out.println("(short) 100000L = " + (short) 100000L);
        System.out.println("long / : " + (7L / 2) + " " + (-7L / 2) + " " + (7L / -2) + " " + (-7L / -2));
        System.out.println("long % : " + (7L % 3) + " " + (-7L % 3) + " " + (7L % -3) + " " + (-7L % -3));
        System.out.println("Long.compare = " + Long.compare(min, max));
        System.out.println("unsigned: " + Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println("compareUnsigned: " + Long.compareUnsigned(-1L, 1L));
        try { Math.multiplyExact(max, 2L); } catch (ArithmeticException e) { System.out.println("multiplyExact: " + e.getMessage()); }
        try { Math.addExact(max, 1L); } catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        System.out.println("multiplyHigh = " + Math.multiplyHigh(max, max));
        long s = 0;
        for (long k = 0; k < 100000; k++) s += k * k;
        System.out.println("sum of squares = " + s);
        long x = 0x123456789ABCDEFL;
        System.out.println("hex literal = " + x + " hashCode = " + Long.hashCode(x));
        System.out.println("Long.signum = " + Long.signum(min) + " " + Long.signum(0) + " " + Long.signum(max));
        long c = 5;
        c *= 2.5;
        System.out.println("compound *= 2.5 on long: " + c);
        c += 1e19;
        System.out.println("compound += 1e19 saturates: " + c);
    }
}
