import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String text = "The quick brown fox\njumps over\r\nthe lazy dog\n\n  end  ";
        System.out.println(text.lines().count() + " " + text.lines().map(String::strip).collect(Collectors.toList()));
        System.out.println(text.lines().filter(l -> !l.isBlank()).map(l -> l.length() + ":" + l.strip()).collect(Collectors.joining(" | ")));
        String s = "Hello, World! 123";
        System.out.println(s.chars().filter(Character::isLetter).count() + " letters, " + s.chars().filter(Character::isDigit).map(c -> c - '0').sum() + " digit sum");
        System.out.println(s.chars().mapToObj(c -> String.valueOf((char) c)).filter(c -> !c.isBlank()).distinct().sorted().collect(Collectors.joining()));
        Map<Integer, Long> byType = s.chars().boxed().collect(Collectors.groupingBy(c -> Character.getType(c), TreeMap::new, Collectors.counting()));
        System.out.println(byType);
        String emoji = "a\uD83D\uDE00b\u00e9";
        System.out.println(emoji.length() + " " + emoji.codePoints().count() + " " + emoji.codePoints().mapToObj(Integer::toHexString).collect(Collectors.toList()));
        System.out.println(emoji.chars().mapToObj(Integer::toHexString).collect(Collectors.toList()));
        StringBuilder rebuilt = new StringBuilder();
        emoji.codePoints().map(cp -> cp == 'a' ? 'A' : cp).forEach(rebuilt::appendCodePoint);
        System.out.println(rebuilt.codePointCount(0, rebuilt.length()) + " " + rebuilt.toString().equals("A\uD83D\uDE00b\u00e9"));
        System.out.println("abc".repeat(3) + "|" + "x".repeat(0) + "|" + "  pad  ".strip() + "|" + "  pad  ".stripLeading() + "|" + "  pad  ".stripTrailing() + "|");
        System.out.println("\u2003unicode space\u2003".strip().length() + " " + "\u2003unicode space\u2003".trim().length());
        List<String> names = Arrays.asList("bob", "Alice", "alice", "Bob", "carol", "ALICE");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareToIgnoreCase);
        System.out.println(sorted);
        sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder()));
        System.out.println(sorted);
        System.out.println("apple".compareToIgnoreCase("APPLE") + " " + "apple".compareToIgnoreCase("Banana") + " " + "b".compareTo("B"));
        String hay = "Programming in Java";
        System.out.println(hay.regionMatches(15, "java", 0, 4) + " " + hay.regionMatches(true, 15, "java", 0, 4) + " " + hay.regionMatches(true, 0, "PROGRAM", 0, 7));
        System.out.println(String.format(Locale.ROOT, "line1%nline2%n").replace("\n", "\\n"));
        System.out.println(String.join("/", List.of("a", "b", "c")) + " " + String.join("", new ArrayList<String>()) + "|");
        System.out.println("a,b,,c,,".split(",").length + " " + Arrays.toString("a,b,,c,,".split(",", -1)) + " " + Arrays.toString("a1b22c333".split("\\d+")));
        System.out.println("racecar".contentEquals(new StringBuilder("racecar").reverse()) + " " + CharSequence.compare("abc", new StringBuilder("abd")));
        System.out.println("Mississippi".indexOf("ss") + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".indexOf('s', 4) + " " + "Mississippi".replace("ss", "SS"));
        System.out.println("%d items at %s".formatted(3, "home") + " " + "TeSt".toLowerCase(Locale.ROOT) + "TeSt".toUpperCase(Locale.ROOT));
        System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.toMap(String::length, w -> w)) + " " + "banana".chars().distinct().count());
        Map<Character, Integer> freq = new TreeMap<>();
        for (char ch : "abracadabra".toCharArray()) freq.merge(ch, 1, Integer::sum);
        System.out.println(freq);
        System.out.println("  indent\nme".indent(2).replace("\n", "$") + " " + "tab\\tnl\\n".translateEscapes().length());
        System.out.println(String.valueOf(new char[]{'h', 'i'}, 1, 1) + String.valueOf(3.0f) + String.valueOf(true) + String.copyValueOf(new char[]{'!'}));
        System.out.println("a-b-c".chars().filter(ch -> ch == '-').count() + " " + "hello".endsWith("") + " " + "".isEmpty() + " " + " ".isBlank());
        IntSummaryStatistics st = Stream.of("one", "three", "seventeen", "a").mapToInt(String::length).summaryStatistics();
        System.out.println(st);
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + "abc".matches("[a-c]+") + " " + "x".concat("y").intern() == "xy");
    }
}
