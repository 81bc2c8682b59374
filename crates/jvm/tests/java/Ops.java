import java.util.function.*;

public class Ops {
    int field;
    static long counter;

    static int ints(int a, int b) { return (a + b) * (a - b) / b % 7 ^ (a << 2) >> 1 >>> 3 & a | b; }
    static long longs(long a, long b) { return (a + b) * (a - b) / b % 7 ^ (a << 2) >> 1 >>> 3 & a | b; }
    static float floats(float a, float b) { return (a + b) * (a - b) / b % 7 - -a; }
    static double doubles(double a, double b) { return (a + b) * (a - b) / b % 7 - -a; }
    static double conversions(int i, long l, float f, double d) {
        byte b = (byte) i; char c = (char) i; short s = (short) i;
        return (long) f + (int) d + (float) l + (double) i + (int) l + (long) d + (float) d + b + c + s + (l + i);
    }
    static int compares(long a, long b, float f, double d, Object o) {
        int r = 0;
        if (a < b) r++;
        if (f > 1.0f) r++;
        if (d <= 2.0) r++;
        if (o == null) r++;
        if (o != (Object) "x") r--;
        return r;
    }
    static int switches(int k, String s) {
        int r;
        switch (k) { case 1: r = 10; break; case 2: r = 20; break; case 3: r = 30; break; default: r = 0; }
        switch (k) { case 1: r += 1; break; case 1000: r += 2; break; case -50: r += 3; break; default: }
        switch (s) { case "a": return r; case "b": return -r; default: return 0; }
    }
    static int arrays(int n) {
        int[] a = new int[n]; boolean[] z = new boolean[n]; byte[] b = new byte[n];
        char[] c = new char[n]; long[][] m = new long[n][n]; String[] s = new String[n];
        a[0] = 1; z[0] = true; b[0] = 2; c[0] = 'c'; m[0][0] = 5L; s[0] = "s";
        return a[0] + (z[0] ? 1 : 0) + b[0] + c[0] + (int) m[0][0] + s.length;
    }
    int fields(Ops other) { field = other.field + 1; counter += field; return field; }
    static String calls(Ops o, Runnable r, Object x) { r.run(); o.fields(o); return x.toString() + String.valueOf(3); }
    static int exceptions(int[] a) {
        try { return a[3]; }
        catch (ArrayIndexOutOfBoundsException e) { return -1; }
        finally { counter++; }
    }
    static synchronized void sync(Object lock) { synchronized (lock) { counter++; } }
    static String concat(int i, char c, boolean z, byte b, short s, long l, float f, double d, Object o, String t) {
        return "i=" + i + c + z + b + s + l + f + d + o + t + "!" + 42;
    }
    static Object lambdas(int i, long l, double d, String s, Ops o) {
        IntSupplier a = () -> i;
        LongSupplier b = () -> l + i;
        DoubleSupplier c = () -> d;
        Supplier<String> e = () -> s + o;
        Runnable r = () -> o.field++;
        Function<Integer, Integer> boxed = x -> x + i;
        return new Object[] {a, b, c, e, r, boxed};
    }
    static Object references(Ops o, String s) {
        Function<String, Integer> staticRef = Integer::parseInt;
        Supplier<String> bound = s::trim;
        Function<String, String> unbound = String::trim;
        Supplier<Ops> constructor = Ops::new;
        IntFunction<int[]> arrayConstructor = int[]::new;
        ToIntFunction<Ops> instance = Ops::self;
        return new Object[] {staticRef, bound, unbound, constructor, arrayConstructor, instance};
    }
    int self() { return field; }
    record Point(int x, long y, float f, double d, boolean z, String name) {}
}
