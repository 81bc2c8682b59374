public class Main {
    static int calls;
    static boolean t(String s) { System.out.print(s + " "); calls++; return true; }
    static boolean f(String s) { System.out.print(s + " "); calls++; return false; }
    static int v(int x) { System.out.print("v" + x + " "); return x; }
    public static void main(String[] args) {
        System.out.println(2 + 3 * 4 - 6 / 2 % 4);
        System.out.println((2 + 3) * (4 - 6) / 2);
        System.out.println(-2 * -3 + +4 - -5);
        System.out.println(1 + 2 << 3 + 1);
        System.out.println(5 & 3 | 8 ^ 2);
        System.out.println(5 > 3 == 2 < 4);
        System.out.println(10 - 5 - 2 + " " + (10 - (5 - 2)));
        System.out.println(100 / 10 / 5 + " " + 100 / (10 / 5));
        System.out.println(7 % 3 * 2 + " " + (7 % (3 * 2)));
        int i = 5;
        int r = i++ + ++i;
        System.out.println("i++ + ++i = " + r + ", i = " + i);
        i = 5;
        r = i-- - --i;
        System.out.println("i-- - --i = " + r + ", i = " + i);
        i = 1;
        i += i++ + ++i;
        System.out.println("i += i++ + ++i -> " + i);
        int j = 10;
        j = j++;
        System.out.println("j = j++ -> " + j);
        int[] arr = {0, 0, 0};
        int k = 0;
        arr[k++] = k++;
        System.out.println("arr[k++] = k++ -> " + arr[0] + " " + arr[1] + " k=" + k);
        int a = 3, b = 4, c = 5;
        a += b *= c -= 2;
        System.out.println("chained compound a=" + a + " b=" + b + " c=" + c);
        int x, y, z;
        x = y = z = 7;
        System.out.println("chained assign " + x + y + z);
        System.out.println("short circuit &&:"); boolean res = f("A") && t("B"); System.out.println("-> " + res);
        System.out.println("short circuit ||:"); res = t("A") || f("B"); System.out.println("-> " + res);
        System.out.println("non-short &:"); res = f("A") & t("B"); System.out.println("-> " + res);
        System.out.println("non-short |:"); res = t("A") | f("B"); System.out.println("-> " + res);
        System.out.println("mixed:"); res = f("A") || t("B") && f("C") || t("D"); System.out.println("-> " + res + " calls=" + calls);
        System.out.println("eval order:"); int sum = v(1) + v(2) * v(3); System.out.println("= " + sum);
        System.out.println("eval order args:"); System.out.println("= " + three(v(1), v(2), v(3)));
        int n = 15;
        String fizz = n % 15 == 0 ? "FizzBuzz" : n % 5 == 0 ? "Buzz" : n % 3 == 0 ? "Fizz" : String.valueOf(n);
        System.out.println("nested ternary " + fizz);
        for (int m = 1; m <= 15; m++) System.out.print((m % 15 == 0 ? "FizzBuzz" : m % 5 == 0 ? "Buzz" : m % 3 == 0 ? "Fizz" : String.valueOf(m)) + (m < 15 ? "," : "\n"));
        Object o = true ? 1 : "s";
        System.out.println("ternary mixed types " + o + " " + o.getClass().getSimpleName());
        Object o2 = true ? 1 : 2.0;
        System.out.println("ternary numeric promotion " + o2);
        Integer nullInt = null;
        try { int bad = false ? 1 : nullInt; } catch (NullPointerException e) { System.out.println("ternary unboxing NPE"); }
        long big = 1 << 31;
        long big2 = 1L << 31;
        System.out.println("int shift sign " + big + " vs " + big2);
        System.out.println("char + int in ternary: " + (false ? 'a' : 98));
        System.out.println("compound narrowing: " + compound());
        System.out.println("unary: " + (-(-5)) + " " + (~~5) + " " + (!!true) + " " + (-Integer.MIN_VALUE));
        System.out.println("instanceof precedence: " + ("s" instanceof String == true));
        double dd = 10;
        dd /= 4;
        int ii = 10;
        ii /= 4;
        System.out.println("division types " + dd + " " + ii + " " + 10 / 4 * 4 + " " + 10 * 4 / 4 + " " + 10 / 4.0 * 4);
    }
    static int three(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static String compound() {
        short s = 10; s *= 1000; s *= 10;
        byte b = 1; b += 255;
        char c = 'A'; c *= 2;
        return s + " " + b + " " + (int) c;
    }
}
