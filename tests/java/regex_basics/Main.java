import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String[][] matchCases = {
            {"\\d+", "12345"}, {"\\d+", "12a45"}, {"[a-z]+@[a-z]+\\.(com|org)", "joe@example.org"}, {"(?i)hello", "HeLLo"},
            {"a*b?c{2,3}", "aaacc"}, {"a*b?c{2,3}", "bcccc"}, {"^\\s*$", "   "}, {"\\p{Upper}\\p{Lower}+", "Word"}, {"[^aeiou]+", "rhythm"}, {".", "\n"}};
        for (String[] c : matchCases) System.out.println("matches " + c[0] + " ~ '" + c[1].replace("\n", "\\n") + "' = " + c[1].matches(c[0]));

        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        Matcher m = date.matcher("from 2023-01-15 to 2024-12-31, not 99-1-1");
        while (m.find()) {
            System.out.println("date at " + m.start() + "-" + m.end() + " '" + m.group() + "' year " + m.group(1) + " month " + m.group(2) + " day " + m.group(3) + " groupCount " + m.groupCount() + " start(2) " + m.start(2));
        }
        Pattern named = Pattern.compile("(?<key>[a-z]+)=(?<value>[^;]*);?");
        Matcher nm = named.matcher("host=example.org;port=8080;empty=;user=ann");
        Map<String, String> kv = new LinkedHashMap<>();
        while (nm.find()) kv.put(nm.group("key"), nm.group("value"));
        System.out.println("named " + kv);
        System.out.println("replaceAll backrefs " + "2023-01-15 and 2024-12-31".replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3/$2/$1"));
        System.out.println("replaceAll named " + "John Smith, Jane Doe".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        System.out.println("replaceFirst " + "aaa bbb aaa".replaceFirst("a+", "X") + " literal $ " + "cost: 5".replaceAll("\\d", Matcher.quoteReplacement("$9")));
        System.out.println("replaceAll function " + Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> String.valueOf(r.group().length() * 10)));
        System.out.println("split " + Arrays.toString("a,b,,c,,".split(",")) + " limit -1 " + Arrays.toString("a,b,,c,,".split(",", -1)) + " limit 2 " + Arrays.toString("a,b,,c,,".split(",", 2)));
        System.out.println("split ws " + Arrays.toString("  leading and   multiple   spaces ".split("\\s+")) + " chars " + Arrays.toString("abc".split("")));
        System.out.println("split regex " + Arrays.toString("one1two22three333four".split("\\d+")) + " pipe " + Arrays.toString("x|y|z".split("\\|")) + " lookahead " + Arrays.toString("CamelCaseString".split("(?=[A-Z])")));
        System.out.println("Pattern.split " + Arrays.toString(Pattern.compile(";\\s*").split("a; b;c;   d")) + " splitAsStream " + Pattern.compile(",").splitAsStream("p,q,r").map(String::toUpperCase).collect(Collectors.toList()));
        Matcher greedy = Pattern.compile("<.+>").matcher("<a><b><c>");
        Matcher lazy = Pattern.compile("<.+?>").matcher("<a><b><c>");
        greedy.find();
        List<String> lazyAll = new ArrayList<>();
        while (lazy.find()) lazyAll.add(lazy.group());
        System.out.println("greedy " + greedy.group() + " lazy " + lazyAll);
        Pattern multi = Pattern.compile("^(\\w+):", Pattern.MULTILINE);
        Matcher mm = multi.matcher("alpha: 1\nbeta: 2\n gamma: 3\ndelta:4");
        List<String> heads = new ArrayList<>();
        while (mm.find()) heads.add(mm.group(1));
        System.out.println("multiline " + heads);
        System.out.println("dotall " + Pattern.compile("a.b", Pattern.DOTALL).matcher("a\nb").matches() + " without " + Pattern.compile("a.b").matcher("a\nb").matches());
        System.out.println("case insensitive " + Pattern.compile("straße|ABC", Pattern.CASE_INSENSITIVE).matcher("abc").matches() + " comments " + Pattern.compile("a b # letters\n c", Pattern.COMMENTS).matcher("abc").matches());
        System.out.println("lookbehind " + "price: $42, cost: $7".replaceAll("(?<=\\$)\\d+", "N") + " negative lookahead " + "foo foobar foobaz".replaceAll("foo(?!bar)", "X"));
        System.out.println("backreference " + Pattern.compile("(\\w)\\1").matcher("hello bookkeeper").results().map(MatchResult::group).collect(Collectors.toList()));
        System.out.println("lookingAt " + Pattern.compile("\\d+").matcher("123abc").lookingAt() + " matches " + Pattern.compile("\\d+").matcher("123abc").matches() + " hitEnd");
        Matcher region = Pattern.compile("\\d").matcher("a1b2c3d4");
        region.region(3, 7);
        List<String> inRegion = new ArrayList<>();
        while (region.find()) inRegion.add(region.group() + "@" + region.start());
        System.out.println("region " + inRegion);
        StringBuilder sb = new StringBuilder();
        Matcher ar = Pattern.compile("\\$\\{(\\w+)\\}").matcher("Hello ${name}, you are ${age} (${unknown})");
        Map<String, String> vars = Map.of("name", "Ann", "age", "34");
        while (ar.find()) ar.appendReplacement(sb, Matcher.quoteReplacement(vars.getOrDefault(ar.group(1), "?")));
        ar.appendTail(sb);
        System.out.println("template " + sb);
        System.out.println("quote " + Pattern.quote("1+1=2?") + " " + "1+1=2? yes".replaceAll(Pattern.quote("1+1=2?"), "math"));
        System.out.println("optional group " + optionalGroup("ab") + " " + optionalGroup("a"));
        System.out.println("unicode " + "naïve café".replaceAll("\\P{ASCII}", "?") + " word chars " + "a_b-c".replaceAll("\\w", "w"));
        System.out.println("alternation order " + firstMatch("(cat|category)", "category") + " " + firstMatch("(category|cat)", "category"));
        System.out.println("possessive " + Pattern.matches("a*+a", "aaaa") + " atomic " + Pattern.matches("(?>a*)a", "aaaa") + " reluctant " + Pattern.matches("a*?a", "aaaa"));
        System.out.println("boundaries " + "cat concat cat.".replaceAll("\\bcat\\b", "dog") + " " + Pattern.compile("\\Bcat").matcher("concat").find());
        System.out.println("hex/oct escapes " + Pattern.matches("\\x41\\u0042\\0103", "ABC") + " class ops " + "abcdefxyz".replaceAll("[a-z&&[^aeiou]]", "_") + " union " + "a1-B2".replaceAll("[a-c[0-1]]", "*"));
        System.out.println("results count " + Pattern.compile("o").matcher("foo boo zoo").results().count() + " toMatchResult " + toMatchResult());
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax error: " + e.getDescription() + " at " + e.getIndex() + " pattern " + e.getPattern());
        }
        try {
            Pattern.compile("a{2,1}");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax error: " + e.getDescription());
        }
        try {
            Matcher nomatch = Pattern.compile("x").matcher("y");
            nomatch.group();
        } catch (IllegalStateException e) {
            System.out.println("group without match: " + e.getMessage());
        }
        try {
            Matcher g = Pattern.compile("(a)").matcher("a");
            g.find();
            g.group(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad group: " + e.getMessage());
        }
        try {
            Matcher g = Pattern.compile("(a)").matcher("a");
            g.find();
            g.group("nope");
        } catch (IllegalArgumentException e) {
            System.out.println("bad name: " + e.getMessage());
        }
        String log = "ERROR 12:00:01 disk full\nINFO 12:00:02 retry\nWARN 12:00:03 slow\nERROR 12:00:04 disk full again";
        Map<String, Long> levels = Pattern.compile("^(ERROR|WARN|INFO)", Pattern.MULTILINE).matcher(log).results().collect(Collectors.groupingBy(r -> r.group(1), TreeMap::new, Collectors.counting()));
        System.out.println("log levels " + levels);
        System.out.println("pattern flags " + Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).flags() + " pattern() " + date.pattern() + " toString " + date);
        System.out.println("asPredicate " + Stream.of("a1", "bb", "c3").filter(Pattern.compile("\\d").asPredicate()).toList() + " asMatchPredicate " + Stream.of("12", "1a").filter(Pattern.compile("\\d+").asMatchPredicate()).toList());
    }

    static String optionalGroup(String s) {
        Matcher m = Pattern.compile("a(b)?").matcher(s);
        m.matches();
        return m.group(1) + "/" + m.start(1);
    }

    static String firstMatch(String re, String s) {
        Matcher m = Pattern.compile(re).matcher(s);
        return m.find() ? m.group(1) : "-";
    }

    static String toMatchResult() {
        Matcher m = Pattern.compile("(\\w+)@(\\w+)").matcher("x@y");
        m.find();
        MatchResult r = m.toMatchResult();
        m.reset("zzz");
        return r.group(2) + r.start(1) + r.end();
    }
}
