import java.util.*;
import java.util.stream.*;

public class Main {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of
        incredulity, it was the season of Light, it was the season of Darkness, it was
        the spring of hope, it was the winter of despair, we had everything before us,
        we had nothing before us, we were all going direct to Heaven, we were all going
        direct the other way - in short, the period was so far like the present period,
        that some of its noisiest authorities insisted on its being received, for good
        or for evil, in the superlative degree of comparison only.

        There were a king with a large jaw and a queen with a plain face, on the throne
        of England; there were a king with a large jaw and a queen with a fair face, on
        the throne of France. It was clearer than crystal to the lords of the State
        preserves of loaves and fishes, that things in general were settled for ever.
        """;

    public static void main(String[] args) {
        List<String> lines = TEXT.lines().collect(Collectors.toList());
        List<String> words = Arrays.stream(TEXT.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
        System.out.println("lines " + lines.size() + ", blank " + lines.stream().filter(String::isBlank).count() + ", chars " + TEXT.length() + ", words " + words.size());
        long sentences = Arrays.stream(TEXT.split("[.!?]")).filter(s -> !s.isBlank()).count();
        System.out.println("sentences " + sentences + ", paragraphs " + TEXT.split("\n\\s*\n").length);
        Map<String, Integer> freq = new HashMap<>();
        for (String w : words) freq.merge(w, 1, Integer::sum);
        System.out.println("distinct " + freq.size());
        List<Map.Entry<String, Integer>> top = new ArrayList<>(freq.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < 12; i++) System.out.println(String.format(Locale.ROOT, "%2d. %-10s %3d %s", i + 1, top.get(i).getKey(), top.get(i).getValue(), "*".repeat(top.get(i).getValue())));
        Map<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("length histogram " + byLength);
        System.out.println(String.format(Locale.ROOT, "average word length %.4f", words.stream().mapToInt(String::length).average().orElse(0)));
        int maxLen = words.stream().mapToInt(String::length).max().getAsInt();
        System.out.println("longest " + words.stream().filter(w -> w.length() == maxLen).distinct().sorted().collect(Collectors.toList()));
        Map<Character, Integer> letters = new TreeMap<>();
        for (char c : TEXT.toLowerCase(Locale.ROOT).toCharArray()) if (c >= 'a' && c <= 'z') letters.merge(c, 1, Integer::sum);
        System.out.println("letters " + letters);
        int vowels = 0, consonants = 0;
        for (Map.Entry<Character, Integer> e : letters.entrySet()) if ("aeiou".indexOf(e.getKey()) >= 0) vowels += e.getValue(); else consonants += e.getValue();
        System.out.println("vowels " + vowels + " consonants " + consonants);
        Map<String, Integer> bigrams = new TreeMap<>();
        for (int i = 0; i + 1 < words.size(); i++) bigrams.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
        System.out.println("bigrams seen >= 4: " + bigrams.entrySet().stream().filter(e -> e.getValue() >= 4).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        Set<String> capitalized = new TreeSet<>();
        for (String w : TEXT.split("[^A-Za-z]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) capitalized.add(w);
        System.out.println("capitalized " + capitalized);
        int[] punct = new int[128];
        for (char c : TEXT.toCharArray()) if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) punct[c]++;
        StringBuilder sb = new StringBuilder("punctuation");
        for (int c = 0; c < 128; c++) if (punct[c] > 0) sb.append(' ').append((char) c).append('=').append(punct[c]);
        System.out.println(sb);
        String longestLine = lines.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).get();
        System.out.println("longest line (" + longestLine.length() + "): " + longestLine);
        List<String> wrapped = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : TEXT.replace("\n", " ").split(" +")) {
            if (w.isEmpty()) continue;
            if (cur.length() + w.length() + 1 > 60 && cur.length() > 0) { wrapped.add(cur.toString()); cur.setLength(0); }
            if (cur.length() > 0) cur.append(' ');
            cur.append(w);
        }
        wrapped.add(cur.toString());
        System.out.println("wrapped to 60 columns: " + wrapped.size() + " lines");
        for (String w : wrapped.subList(0, 4)) System.out.println("|" + w + " ".repeat(60 - w.length()) + "|");
        System.out.println("hash of word list " + words.hashCode() + ", of text " + TEXT.hashCode());
    }
}
