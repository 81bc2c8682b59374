import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    static final String TEXT = """
        It was the best of times, it was the worst of times, it was the age of wisdom,
        it was the age of foolishness, it was the epoch of belief, it was the epoch of
        incredulity, it was the season of Light, it was the season of Darkness, it was
        the spring of hope, it was the winter of despair.
        """;
    static boolean isPalindrome(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        for (int i = 0, j = t.length() - 1; i < j; i++, j--) if (t.charAt(i) != t.charAt(j)) return false;
        return true;
    }
    static String caesar(String s, int k) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (Character.isUpperCase(c)) cs[i] = (char) ('A' + Math.floorMod(c - 'A' + k, 26));
            else if (Character.isLowerCase(c)) cs[i] = (char) ('a' + Math.floorMod(c - 'a' + k, 26));
        }
        return new String(cs);
    }
    static String compress(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(s.charAt(i)); if (j - i > 1) sb.append(j - i);
            i = j;
        }
        return sb.toString();
    }
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (line.length() + w.length() + (line.length() > 0 ? 1 : 0) > width) { lines.add(line.toString()); line.setLength(0); }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
    public static void main(String[] args) {
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : TEXT.toLowerCase().split("[^a-z]+")) if (!w.isEmpty()) freq.merge(w, 1, Integer::sum);
        System.out.println("distinct words " + freq.size());
        freq.forEach((k, v) -> { if (v > 1) System.out.println(String.format(java.util.Locale.ROOT, "%-8s %2d %s", k, v, "*".repeat(v))); });
        String longest = "";
        for (String w : freq.keySet()) if (w.length() > longest.length()) longest = w;
        System.out.println("longest word " + longest);
        for (String s : new String[] {"A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""}) System.out.println("palindrome? [" + s + "] " + isPalindrome(s));
        String secret = caesar("The Quick Brown Fox Jumps Over The Lazy Dog!", 3);
        System.out.println(secret + " -> " + caesar(secret, -3));
        System.out.println("compress " + compress("aaabccddddde") + " " + compress("abc") + " " + compress("zzzzzzzzzzzz"));
        for (String l : wrap(TEXT, 30)) System.out.println("|" + l + " ".repeat(30 - l.length()) + "|");
        int vowels = 0, consonants = 0;
        for (char c : TEXT.toLowerCase().toCharArray()) { if ("aeiou".indexOf(c) >= 0) vowels++; else if (c >= 'a' && c <= 'z') consonants++; }
        System.out.println("vowels " + vowels + " consonants " + consonants);
        StringBuilder acronym = new StringBuilder();
        for (String w : "portable java virtual machine runtime in rust".split(" ")) acronym.append(Character.toUpperCase(w.charAt(0)));
        System.out.println("acronym " + acronym);
        String csv = "name,age,city\nAnn,30,Paris\nBob,25,Oslo\nCid,41,Rome";
        String[] rows = csv.split("\n");
        String[] header = rows[0].split(",");
        int ageSum = 0;
        for (int i = 1; i < rows.length; i++) {
            String[] f = rows[i].split(",");
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < f.length; j++) sb.append(header[j]).append('=').append(f[j]).append(j < f.length - 1 ? "; " : "");
            System.out.println(sb);
            ageSum += Integer.parseInt(f[1]);
        }
        System.out.println("average age " + ageSum / (double) (rows.length - 1));
    }
}
