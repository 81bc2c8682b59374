public class Main {
    static int add(int a, int b) { return a + b; }
    static int mul(int a, int b) { return a * b; }
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max + 1 = " + add(max, 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("max * 2 = " + mul(max, 2));
        System.out.println("min * -1 = " + mul(min, -1));
        System.out.println("-min = " + (-min));
        System.out.println("max * max = " + mul(max, max));
        System.out.println("min * min = " + mul(min, min));
        int x = max;
        x++;
        System.out.println("max++ = " + x);
        x--;
        System.out.println("back-- = " + x);
        x += max;
        System.out.println("max + max = " + x);
        System.out.println("Math.abs(min) = " + Math.abs(min));
        System.out.println("65536 * 65536 = " + mul(65536, 65536));
        System.out.println("46341 * 46341 = " + mul(46341, 46341));
        System.out.println("123456789 * 987654321 = " + mul(123456789, 987654321));
        int h = 0;
        for (int i = 0; i < 100; i++) h = 31 * h + i;
        System.out.println("hash loop = " + h);
        int f = 1;
        for (int i = 1; i <= 20; i++) { f *= i; System.out.println(i + "! mod 2^32 = " + f); }
        try { Math.addExact(max, 1); } catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        try { Math.multiplyExact(min, -1); } catch (ArithmeticException e) { System.out.println("multiplyExact: " + e.getMessage()); }
        try { Math.negateExact(min); } catch (ArithmeticException e) { System.out.println("negateExact: " + e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        System.out.println("subtractExact ok = " + Math.subtractExact(10, 20));
        System.out.println("Integer.sum = " + Integer.sum(max, max));
        System.out.println("compare = " + Integer.compare(min, max) + " " + Integer.compare(max, min) + " " + Integer.compare(5, 5));
        System.out.println("compareUnsigned = " + Integer.compareUnsigned(-1, 1));
        System.out.println("toUnsignedString(-1) = " + Integer.toUnsignedString(-1));
        System.out.println("divideUnsigned(-1, 2) = " + Integer.divideUnsigned(-1, 2));
        System.out.println("remainderUnsigned(-1, 7) = " + Integer.remainderUnsigned(-1, 7));
        System.out.println("toUnsignedLong(-5) = " + Integer.toUnsignedLong(-5));
    }
}
