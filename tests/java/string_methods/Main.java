public class Main {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.indexOf('o') + " " + s.lastIndexOf('o') + " " + s.indexOf("World") + " " + s.indexOf("xyz"));
        System.out.println(s.indexOf('o', 5) + " " + s.lastIndexOf("l", 5) + " " + s.indexOf("") + " " + s.lastIndexOf(""));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(12) + "|");
        System.out.println(s.toUpperCase() + " " + s.toLowerCase());
        System.out.println(s.replace('l', 'L') + " " + s.replace("World", "Java") + " " + s.replaceAll("[aeiou]", "*"));
        System.out.println(s.contains("lo, W") + " " + s.startsWith("Hell") + " " + s.endsWith("ld") + " " + s.startsWith("World", 7));
        System.out.println("[" + "  trim me  ".trim() + "] [" + "  strip  ".strip() + "] [" + "  x ".stripLeading() + "] [" + " x  ".stripTrailing() + "]");
        System.out.println("".isEmpty() + " " + "  ".isBlank() + " " + " a ".isBlank());
        System.out.println("ab".repeat(3) + " " + "-".repeat(0) + "|");
        System.out.println(String.join(",", "a", "b", "c") + " " + String.join("/", java.util.List.of("x", "y")));
        String[] parts = "a,b,,c,,".split(",");
        System.out.println("split len " + parts.length);
        for (String p : parts) System.out.println("  [" + p + "]");
        String[] parts2 = "a,b,,c,,".split(",", -1);
        System.out.println("split -1 len " + parts2.length);
        String[] parts3 = "one  two three".split("\\s+");
        System.out.println("split ws: " + parts3.length + " " + parts3[1]);
        System.out.println("compareTo: " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " " + "A".compareTo("a"));
        System.out.println("compareToIgnoreCase: " + "HELLO".compareToIgnoreCase("hello") + " equalsIgnoreCase: " + "HeLLo".equalsIgnoreCase("hello"));
        System.out.println("hashCode: " + "".hashCode() + " " + "a".hashCode() + " " + "hello".hashCode() + " " + "Hello, World".hashCode());
        System.out.println("valueOf: " + String.valueOf(3.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf(42L) + String.valueOf((Object) null));
        System.out.println("chars: " + "abc".chars().sum() + " toCharArray len " + s.toCharArray().length);
        System.out.println("concat: " + "foo".concat("bar") + " intern same: " + ("foo" + "bar" == "foobar") + " " + (new String("x").intern() == "x"));
        String a = "hel", b = "lo";
        String dyn = a + b;
        System.out.println("dynamic == literal: " + (dyn == "hello") + ", equals: " + dyn.equals("hello") + ", intern: " + (dyn.intern() == "hello"));
        System.out.println("matches: " + "abc123".matches("[a-z]+\\d+") + " " + "abc".matches("\\d+"));
        System.out.println("format: " + String.format(java.util.Locale.ROOT, "%5d|%-5s|%05.2f|%x|%c|%b|%%|%s", 42, "ab", 3.14159, 255, 'z', true, null));
        System.out.println("format2: " + String.format(java.util.Locale.ROOT, "%d %+d %o %X %e %10.3e %s", 1234567, 5, 8, 255, 12345.678, 0.000123, java.util.List.of(1, 2)));
        System.out.println("lines: " + "a\nb\r\nc".lines().count());
        System.out.println("codePointAt: " + "ABC".codePointAt(1) + " regionMatches: " + "Hello".regionMatches(true, 1, "XELLX", 1, 3));
        System.out.println("indent: [" + "x\ny".indent(2) + "]");
        System.out.println("char index out of bounds:");
        try { s.charAt(20); } catch (StringIndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        try { s.substring(5, 2); } catch (StringIndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        try { s.substring(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println("  " + e.getMessage()); }
        String n = null;
        try { n.length(); } catch (NullPointerException e) { System.out.println("  NPE caught"); }
        System.out.println("equals null: " + s.equals(null) + " contentEquals: " + s.contentEquals(new StringBuilder("Hello, World")));
        System.out.println("toCharArray reverse: " + new StringBuilder(s).reverse());
    }
}
