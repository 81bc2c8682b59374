import java.util.*;
import java.util.stream.*;

public class Main {
    static String show(String s) {
        return "[" + s.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "]";
    }

    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println("empty joiner " + sj + " length " + sj.length());
        sj.add("a").add("b").add(null);
        StringJoiner other = new StringJoiner("-");
        other.add("x").add("y");
        sj.merge(other);
        System.out.println("joiner " + sj + " length " + sj.length());
        System.out.println("String.join " + String.join("/", "usr", "local", "bin") + " " + String.join("|", List.of("p", "q")) + " " + String.join(",", new ArrayList<String>()));
        String text = "  Hello,\tWorld!  \n";
        System.out.println("strip " + show(text.strip()) + " stripLeading " + show(text.stripLeading()) + " stripTrailing " + show(text.stripTrailing()) + " trim " + show(text.trim()));
        System.out.println("isBlank " + "  \t\n".isBlank() + " " + " x ".isBlank() + " isEmpty " + "".isEmpty() + " strip unicode " + show("\u2003x\u2003".strip()) + " trim unicode " + show("\u2003x\u2003".trim()));
        System.out.println("repeat " + "ab".repeat(3) + " " + show("x".repeat(0)));
        String block = "first\nsecond\r\nthird\rfourth";
        System.out.println("lines " + block.lines().map(Main::show).collect(Collectors.toList()) + " count " + block.lines().count());
        System.out.println("indent " + show("a\n  b\nc".indent(2)) + " negative " + show("    a\n  b".indent(-3)) + " stripIndent " + show("   x\n     y\n   z".stripIndent()));
        System.out.println("translateEscapes " + show("tab\\there\\nnew \\101".translateEscapes()) + " formatted " + "%s=%d".formatted("k", 3));
        System.out.println("transform " + "hello".transform(s -> s.toUpperCase(Locale.ROOT) + "!") + " chars " + "abc".chars().sum() + " describeConstable " + "x".describeConstable().get());
        System.out.println("case " + "MiXeD ÇASE".toLowerCase(Locale.ROOT) + " " + "straße".toUpperCase(Locale.ROOT) + " " + "title".substring(0, 1).toUpperCase(Locale.ROOT) + "title".substring(1) + " equalsIgnoreCase " + "ABC".equalsIgnoreCase("abc") + " compareToIgnoreCase " + "a".compareToIgnoreCase("B"));
        System.out.println("regionMatches " + "Hello World".regionMatches(true, 6, "WORLDS", 0, 5) + " " + "Hello".regionMatches(0, "help", 0, 3) + " startsWith offset " + "abcdef".startsWith("cd", 2) + " endsWith " + "file.txt".endsWith(".txt"));
        System.out.println("indexOf " + "banana".indexOf('a') + " " + "banana".indexOf('a', 2) + " " + "banana".lastIndexOf("an") + " " + "banana".indexOf("nan") + " " + "banana".indexOf("x") + " contains " + "banana".contains("nan"));
        System.out.println("replace " + "a.b.c".replace('.', '/') + " " + "aaa".replace("aa", "b") + " " + "x".replace("", "-") + " chars replace " + "hello".replace("l", "L"));
        System.out.println("split " + Arrays.toString("a:b::c".split(":")) + " " + Arrays.toString(":a:".split(":")) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString("abc".split("", 2)));
        System.out.println("valueOf " + String.valueOf(new char[] {'h', 'i'}) + " " + String.valueOf(3.0f) + " " + String.valueOf((Object) null) + " " + String.copyValueOf(new char[] {'a', 'b', 'c'}, 1, 2) + " " + String.valueOf(true));
        char[] dst = new char[5];
        "world".getChars(1, 4, dst, 1);
        System.out.println("getChars " + Arrays.toString(dst).replace("\u0000", "0") + " toCharArray length " + "xyz".toCharArray().length + " codePointAt " + "a\ud83d\ude00".codePointAt(1) + " codePointCount " + "a\ud83d\ude00".codePointCount(0, 3));
        System.out.println("concat " + "a".concat("b") + " compareTo " + "apple".compareTo("apricot") + " " + "a".compareTo("ab") + " " + "B".compareTo("a") + " intern " + (new String("lit").intern() == "lit"));
        System.out.println("matches " + "abc123".matches("[a-z]+\\d+") + " replaceAll " + "a1b2".replaceAll("\\d", "#") + " contentEquals " + "abc".contentEquals(new StringBuffer("abc")));
        System.out.println("subSequence " + "abcdef".subSequence(1, 4) + " charAt " + "abc".charAt(2) + " CASE_INSENSITIVE_ORDER " + Stream.of("b", "A", "c").sorted(String.CASE_INSENSITIVE_ORDER).toList());
        StringBuilder sb = new StringBuilder("0123456789");
        sb.insert(5, "-").reverse().setCharAt(0, 'X');
        sb.delete(2, 4).replace(0, 1, "YY");
        System.out.println("builder " + sb + " indexOf " + sb.indexOf("5") + " capacity>=length " + (sb.capacity() >= sb.length()) + " compareTo " + sb.compareTo(new StringBuilder("YY")));
        System.out.println("chars of builder " + sb.chars().filter(Character::isDigit).count() + " codePoints " + new StringBuilder("\ud83d\ude00!").codePoints().count());
        StringTokenizer tok = new StringTokenizer("a=1;b=2;c", ";=", true);
        List<String> toks = new ArrayList<>();
        while (tok.hasMoreTokens()) toks.add(tok.nextToken());
        System.out.println("tokenizer " + toks + " count " + new StringTokenizer("x y  z").countTokens());
        String[] words = "the quick brown fox jumps over the lazy dog".split(" ");
        System.out.println("longest " + Arrays.stream(words).max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).get() + " capitalized " + Arrays.stream(words).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" ")));
        System.out.println("reversed words " + String.join(" ", reverse(words)) + " palindrome " + isPalindrome("A man, a plan, a canal: Panama") + " " + isPalindrome("keel"));
        System.out.println("char counts " + "hello world".chars().filter(ch -> ch != ' ').boxed().collect(Collectors.groupingBy(ch -> (char) (int) ch, TreeMap::new, Collectors.counting())));
        System.out.println("hashCode " + "text".hashCode() + " empty " + "".hashCode() + " equals " + "a".equals(new String("a")) + " length of emoji " + "\ud83d\ude00".length());
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat -1: " + e.getMessage());
        }
    }

    static String[] reverse(String[] in) {
        String[] out = in.clone();
        Collections.reverse(Arrays.asList(out));
        return out;
    }

    static boolean isPalindrome(String s) {
        String clean = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }
}
