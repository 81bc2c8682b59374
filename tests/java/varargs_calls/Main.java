import java.util.*;

public class Main {
    static String count(Object... xs) { return xs == null ? "null array" : "Object... len " + xs.length; }
    static String count2(String first, String... rest) { return first + "+" + rest.length; }
    static String pick(int x) { return "int"; }
    static String pick(long x) { return "long"; }
    static String pick(Integer x) { return "Integer"; }
    static String pick(int... x) { return "int..."; }
    static String pick(Object x) { return "Object"; }
    static String box(long x) { return "long"; }
    static String box(Integer x) { return "Integer"; }
    static String wide(double x) { return "double"; }
    static String wide(Object x) { return "Object"; }
    static String vs(Object o) { return "Object"; }
    static String vs(Object... o) { return "Object..."; }
    static String prim(byte b) { return "byte"; }
    static String prim(short s) { return "short"; }
    static String prim(char c) { return "char"; }
    static String prim(float f) { return "float"; }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    @SafeVarargs static <T> List<T> list(T... xs) { return List.of(xs); }
    static String fmt(String f, Object... a) { return String.format(Locale.ROOT, f, a); }
    static String nulls(String s) { return "String"; }
    static String nulls(Object o) { return "Object"; }
    static String chars(char... cs) { return new String(cs); }
    static String gen(List<? extends Number> l) { return "list"; }
    static String gen(Collection<?> c) { return "collection"; }

    public static void main(String[] args) {
        System.out.println(count());
        System.out.println(count(1, 2, 3));
        System.out.println(count((Object[]) null));
        System.out.println(count((Object) null));
        System.out.println(count(new String[]{"a", "b"}));
        System.out.println(count((Object) new String[]{"a", "b"}));
        System.out.println(count(new int[]{1, 2, 3}));
        System.out.println(count(null, null));
        System.out.println(count2("a") + " " + count2("a", "b", "c"));
        byte b = 1; short s = 2; char c = 'c'; long l = 4; Integer boxed = 5;
        System.out.println(pick(1) + " " + pick(b) + " " + pick(s) + " " + pick(c) + " " + pick(l) + " " + pick(boxed));
        System.out.println(pick(1.5f) + " " + pick("str") + " " + pick() + " " + pick(1, 2));
        System.out.println(box(3) + " " + box(boxed));
        System.out.println(wide(3) + " " + wide('x') + " " + wide(Integer.valueOf(3)) + " " + wide(2L));
        System.out.println(vs(1) + " " + vs() + " " + vs(1, 2) + " " + vs((Object) new Object[0]) + " " + vs(new Object[0]));
        System.out.println(prim(b) + " " + prim(s) + " " + prim(c) + " " + prim(3L) + " " + prim((byte) (b + 1)));
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3, 4) + " " + sum(new int[]{10, 20}));
        System.out.println(list() + " " + list("a", "b") + " " + list(1, 2.0) + " " + list(list(1), list()));
        System.out.println(fmt("%s-%s-%d", "x", 'y', 3) + " " + fmt("none") + " " + fmt("%s", (Object) new String[]{"q"}.length));
        System.out.println(nulls(null) + " " + nulls((Object) "x") + " " + nulls("x"));
        System.out.println(chars('h', 'i') + "|" + chars() + "|" + chars(new char[]{'o', 'k'}));
        System.out.println(gen(List.of(1)) + " " + gen(Set.of(1)) + " " + gen(new ArrayList<String>()));
        List<int[]> weird = Arrays.asList(new int[]{1, 2});
        List<Integer> normal = Arrays.asList(1, 2);
        System.out.println(weird.size() + " " + normal.size() + " " + weird.get(0).length);
        Integer i1 = 127, i2 = 127, i3 = 128, i4 = 128;
        Long l1 = 127L;
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + l1.equals(127) + " " + l1.equals(127L) + " " + (i1 == 127));
        Object o = true ? 1 : "s";
        Object o2 = true ? 1 : 2.0;
        Object o3 = false ? 'a' : 98;
        Object o4 = true ? (Integer) null : "x";
        System.out.println(o.getClass().getSimpleName() + " " + o2 + " " + o3 + " " + o3.getClass().getSimpleName() + " " + o4);
        try {
            Integer n = null;
            int bad = true ? n : 0;
            System.out.println(bad);
        } catch (NullPointerException e) { System.out.println("NPE from unboxing in ternary"); }
        long big = Integer.MAX_VALUE + 1;
        long big2 = Integer.MAX_VALUE + 1L;
        System.out.println(big + " " + big2);
    }
}
