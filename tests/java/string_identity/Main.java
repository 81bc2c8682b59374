public class Main {
    static final String CONST = "hello";
    static String nonConst = "hello";
    static String helper() { return "hel"; }

    public static void main(String[] args) {
        String a = "hello";
        String b = "hel" + "lo";
        final String part = "hel";
        String c = part + "lo";
        String notFinal = "hel";
        String d = notFinal + "lo";
        String e = helper() + "lo";
        String f = new String("hello");
        String g = f.intern();
        String h = d.intern();
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == e) + " " + (a == f) + " " + (a == g) + " " + (a == h) + " " + (a == CONST) + " " + (a == nonConst));
        System.out.println(a.equals(d) + " " + a.equals(f) + " " + (d == e) + " " + (d.intern() == e.intern()));
        String sb = new StringBuilder("hel").append("lo").toString();
        System.out.println((sb == a) + " " + (sb.intern() == a) + " " + (String.valueOf("hello") == a) + " " + (a.toString() == a) + " " + (a.substring(0) == a) + " " + (a.substring(1) == a.substring(1)));
        System.out.println(("" + a == a) + " " + (a.concat("") == a) + " " + (a.trim() == a) + " " + (a.strip() == a) + " " + (a.replace('z', 'q') == a) + " " + (a.toLowerCase(java.util.Locale.ROOT) == a));
        String x1 = String.valueOf(12345), x2 = String.valueOf(12345);
        System.out.println((x1 == x2) + " " + (x1.intern() == x2.intern()) + " " + ("12345" == x1.intern()));
        String unique = "unique-" + args.length + "-string";
        String uniq2 = ("unique-" + args.length + "-string");
        System.out.println((unique == uniq2) + " " + (unique.intern() == uniq2.intern()) + " " + (unique.intern() == "unique-0-string"));
        char[] chars = {'h', 'e', 'l', 'l', 'o'};
        String fromChars = new String(chars);
        chars[0] = 'j';
        System.out.println(fromChars + " " + new String(chars) + " " + (fromChars.intern() == a));
        Integer i1 = 100, i2 = 100, i3 = 1000, i4 = 1000;
        Long l1 = 100L, l2 = 100L;
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        Boolean b1 = true, b2 = Boolean.valueOf("TRUE");
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + (l1 == l2) + " " + (c1 == c2) + " " + (c3 == c4) + " " + (b1 == b2) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        String s1 = "Aa", s2 = "BB";
        System.out.println(s1.hashCode() + " " + s2.hashCode() + " " + s1.equals(s2) + " " + "".hashCode() + " " + "hello".hashCode() + " " + "\u0000".hashCode() + " " + "polygenelubricants".hashCode());
        switch (d) {
            case CONST: System.out.println("switch matched by equals, not identity"); break;
            default: System.out.println("no match");
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100; i++) big.append((char) ('a' + i % 26));
        String bs = big.toString();
        System.out.println(bs.length() + " " + bs.hashCode() + " " + (bs.intern() == big.toString().intern()));
        String t1 = "text block";
        String t2 = """
            text block""";
        System.out.println((t1 == t2) + " " + t2.equals(t1));
        Object o = a;
        System.out.println((o == (Object) "hello") + " " + (o instanceof CharSequence) + " " + ((CharSequence) o).length());
    }
}
