public class Main {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "Point(" + x + ", " + y + ")"; }
    }
    static class NullToString { public String toString() { return null; } }
    static final String CONST = "const";
    static final int CI = 42;
    static String sideEffects = "";
    static int tick(int v) { sideEffects += v; return v; }
    public static void main(String[] args) {
        byte b = -5; short sh = 300; char c = 'c'; int i = -7; long l = 1234567890123L; float f = 1.25f; double d = -2.5e-3; boolean z = true;
        System.out.println("b=" + b + " sh=" + sh + " c=" + c + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " z=" + z);
        String n = null;
        Object o = null;
        System.out.println("null string: " + n + ", null object: " + o);
        System.out.println(n + n);
        System.out.println("point: " + new Point(1, 2));
        System.out.println("null toString: " + new NullToString());
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println("" + ('a' + 'b'));
        System.out.println(1 + 'a' + "" + 1.0f + 2.0);
        System.out.println(CONST + CI + "!" + (CONST + CI == "const42"));
        System.out.println("Integer: " + Integer.valueOf(5) + " Long: " + Long.valueOf(-1) + " Character: " + Character.valueOf('Q') + " Boolean: " + Boolean.FALSE);
        System.out.println("double specials: " + Double.NaN + " " + (1.0 / 0) + " " + (-0.0) + " " + 1e10 + " " + 1e-5 + " " + 100.0);
        System.out.println("float specials: " + Float.NaN + " " + 1e10f + " " + 0.1f + " " + Float.MIN_VALUE);
        System.out.println("long extremes: " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " int extremes: " + Integer.MIN_VALUE);
        System.out.println("order of evaluation: " + tick(1) + tick(2) + tick(3) + " side=" + sideEffects);
        String s = "";
        for (int k = 0; k < 10; k++) s += k;
        System.out.println("loop += : " + s);
        s += 'x';
        s += 1.5;
        s += null;
        s += true;
        s += new Point(3, 4);
        System.out.println(s);
        String t = "t";
        t = t + t + t;
        t += t;
        System.out.println(t);
        StringBuilder sbv = new StringBuilder("sb");
        System.out.println("sb concat: " + sbv + sbv.length());
        int[] arr = {1, 2, 3};
        System.out.println("element: " + arr[0] + arr[1] + arr[2] + " len " + arr.length);
        System.out.println("ternary: " + (i < 0 ? "neg" : "pos") + (z ? 1 : 2));
        System.out.println("mixed arith: " + (i + l) + " " + i + l);
        System.out.println("many args: " + b + sh + c + i + l + f + d + z + n + o + b + sh + c + i + l + f + d + z + n + o + b + sh + c + i + l + f + d + z + n + o);
        String multi = "line1\n" + "line2\t" + "tab" + '\n' + "line3";
        System.out.println(multi);
        System.out.println("\u0041\u0062" + "\\" + "\"" + '\'');
        char[] chs = {'h', 'i'};
        System.out.println("String.valueOf(char[]) = " + String.valueOf(chs) + " new String = " + new String(chs));
        System.out.println("empty: [" + "" + "" + "]");
        Object obj = "string as object";
        System.out.println("obj: " + obj);
        Object integer = 77;
        System.out.println("boxed obj: " + integer + integer);
        System.out.println(String.valueOf((Object) null) + ":" + ("" + null).length());
    }
}
