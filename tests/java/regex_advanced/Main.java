import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String log = "2024-01-05 ERROR [db] timeout after 30s; 2024-01-06 WARN [web] slow 1200ms; 2024-02-11 ERROR [web] 500 on /api/x";
        Pattern entry = Pattern.compile("(?<date>\\d{4}-(?<month>\\d{2})-\\d{2}) (?<level>[A-Z]+) \\[(?<area>\\w+)\\] (?<msg>[^;]+)");
        Matcher m = entry.matcher(log);
        while (m.find()) System.out.println(m.group("date") + " | " + m.group("level") + " | " + m.group("area") + " | " + m.group("msg") + " @" + m.start("msg") + "-" + m.end("msg"));
        Map<String, Long> levels = entry.matcher(log).results().map(r -> r.group(3)).collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        System.out.println(levels);
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "<" + r.group().length() + ">"));
        System.out.println(Pattern.compile("(\\w)(\\w*)").matcher("hello big world").replaceAll(r -> r.group(1).toUpperCase(Locale.ROOT) + r.group(2)));
        System.out.println(Pattern.compile("\\s*,\\s*").splitAsStream(" a , b,c ,, d ").map(s -> "[" + s + "]").collect(Collectors.joining()));
        System.out.println("aaa".matches("a*+a") + " " + "aaa".matches("a*a") + " " + "aaab".matches("(?>a+)b") + " " + "abc".matches("(?i)ABC") + " " + "ABC".matches("(?i:a)BC"));
        System.out.println(Pattern.compile("^\\w+$", Pattern.MULTILINE).matcher("one\ntwo words\nthree").results().map(MatchResult::group).toList());
        System.out.println(Pattern.compile("a.c", Pattern.DOTALL).matcher("a\nc").matches() + " " + Pattern.compile("a.c").matcher("a\nc").matches());
        System.out.println(Pattern.compile("# comment\n a \\  b  # more", Pattern.COMMENTS).matcher("a b").matches());
        System.out.println("x1y22z".replaceAll("(\\d+)", "{$1}") + " " + "a.b.c".replaceAll("\\.", Matcher.quoteReplacement("$")) + " " + Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        System.out.println("John Smith".replaceFirst("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        Matcher lm = Pattern.compile("(?<=\\$)\\d+(?=\\.)").matcher("cost $42.50 or $7.25 not 99.0");
        List<String> prices = new ArrayList<>();
        while (lm.find()) prices.add(lm.group());
        System.out.println(prices + " " + "foobar foobaz".replaceAll("foo(?!bar)", "X") + " " + "price: 100 USD".replaceAll("(?<!\\d)\\d{3}(?!\\d)", "###"));
        Matcher region = Pattern.compile("\\d+").matcher("ab12cd345ef");
        region.region(5, 9);
        System.out.println(region.find() + " " + region.group() + " " + region.regionStart() + " " + region.hitEnd());
        Matcher lookingAt = Pattern.compile("ab").matcher("abcd");
        System.out.println(lookingAt.lookingAt() + " " + lookingAt.matches() + " " + Pattern.matches("a{2,3}", "aaaa") + " " + Pattern.matches("(ab){2}", "abab"));
        System.out.println("\\p{Lu}: " + Pattern.compile("\\p{Lu}+").matcher("abcDEFghiJK").results().map(MatchResult::group).toList() + " \\p{IsDigit}: " + "x\u0663y".replaceAll("\\p{IsDigit}", "#") + " " + "caf\u00e9".matches("\\p{IsLatin}+") + " " + "\u0391\u03b2".matches("\\p{IsGreek}+"));
        System.out.println("tabs\tand  spaces".split("\\s+").length + " " + Arrays.toString("a1b2c3".split("(?<=\\d)")) + " " + Arrays.toString("CamelCaseString".split("(?=[A-Z])")) + " " + Arrays.toString("::a::b".split(":")));
        StringBuilder sb = new StringBuilder();
        Matcher ap = Pattern.compile("\\{(\\w+)\\}").matcher("Hello {name}, you owe {amount} to {who}.");
        Map<String, String> vars = Map.of("name", "Ann", "amount", "$5");
        while (ap.find()) ap.appendReplacement(sb, Matcher.quoteReplacement(vars.getOrDefault(ap.group(1), "?" + ap.group(1))));
        ap.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile("(a)|(b)").matcher("b").results().map(r -> r.group(1) + "/" + r.group(2) + "/" + r.groupCount()).toList());
        Pattern email = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
        for (String e : new String[]{"a.b+c@ex-ample.co.uk", "bad@", "@bad.com", "ok@x.y", "sp ace@x.com"}) System.out.print(email.matcher(e).matches() + " ");
        System.out.println();
        for (String bad : new String[]{"(unclosed", "a{2,1}", "*start", "[z-a]", "\\k<nope>"}) {
            try { Pattern.compile(bad); System.out.println("compiled " + bad); }
            catch (PatternSyntaxException e) { System.out.println(e.getDescription() + " @" + e.getIndex() + " in " + e.getPattern()); }
        }
        try { Pattern.compile("a").matcher("a").group(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
        Matcher g = Pattern.compile("(x)(y)?").matcher("x");
        g.matches();
        System.out.println(g.group(2) + " " + g.start(2) + " " + g.groupCount() + " " + g.toMatchResult().group(1));
        System.out.println(Pattern.compile("[aeiou]").matcher("programming language").results().count() + " " + Pattern.compile("(?u)\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher("na\u00efve").matches() + " " + "na\u00efve".matches("\\w+"));
        String html = "<b>bold</b> and <i>italic</i>";
        System.out.println(html.replaceAll("<[^>]+>", "") + " | " + html.replaceAll("<(\\w+)>(.*?)</\\1>", "$1:$2") + " | " + Pattern.compile("<.+?>").matcher(html).results().count() + " vs greedy " + Pattern.compile("<.+>").matcher(html).results().count());
        System.out.println(Pattern.compile("^(\\d{3})-(\\d{4})$").asPredicate().test("555-1234") + " " + Pattern.compile("\\d").asMatchPredicate().test("12") + " " + Stream.of("a1", "bb", "c3").filter(Pattern.compile("\\d").asPredicate()).toList());
    }
}
