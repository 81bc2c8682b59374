public class Main {
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        if (o instanceof Integer i) return "small int " + i;
        if (o instanceof String s && !s.isEmpty()) return "string of length " + s.length() + " first=" + s.charAt(0);
        if (o instanceof String) return "empty string";
        if (o instanceof int[] arr) return "int array of " + arr.length;
        if (o instanceof CharSequence cs) return "char sequence " + cs.length();
        if (!(o instanceof Number n)) return "other: " + (o == null ? "null" : o.getClass().getSimpleName());
        return "number " + n.doubleValue();
    }
    static int sumIfInts(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x + y;
        return -1;
    }
    static String scope(Object o) {
        if (!(o instanceof String s)) {
            return "not string";
        }
        return "string in scope: " + s.toUpperCase();
    }
    public static void main(String[] args) {
        Object[] things = {5, 42, "hello", "", new int[3], new StringBuilder("abc"), 2.5, 7L, null, 'c', new Object[0]};
        for (Object o : things) System.out.println(describe(o));
        System.out.println(sumIfInts(1, 2) + " " + sumIfInts(1, "2"));
        System.out.println(scope("abc") + " / " + scope(3));
        Object o = "text";
        boolean b = o instanceof String s && s.length() == 4;
        System.out.println("bool expr " + b);
        int count = 0;
        Object[] mixed = {1, "a", 2, "bb", 3.0, 4};
        for (Object m : mixed) {
            while (m instanceof Integer n && n > 0) { count += n; m = n - 2; }
        }
        System.out.println("count " + count);
        Object nul = null;
        System.out.println("null instanceof: " + (nul instanceof String) + " " + (nul instanceof Object));
        Number num = 3;
        String r = num instanceof Integer i ? "Integer " + (i + 1) : "not";
        System.out.println(r);
        CharSequence cs = "seq";
        if (cs instanceof String str) System.out.println("narrowed " + str.repeat(2));
    }
}
