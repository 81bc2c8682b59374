import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        String json = """
            {
              "name": "keel",
              "version": 17,
              "tags": ["jvm", "rust"]
            }
            """;
        System.out.print(json);
        System.out.println("length " + json.length() + " lines " + json.lines().count());
        String noTrailingNewline = """
            one
            two""";
        System.out.println("[" + noTrailingNewline + "]");
        String escapes = """
            tab:\there
            quote: \""" triple
            backslash: \\
            joined \
            line
            trailing spaces kept:\s\s
            unicode: \u0041
            """;
        System.out.print(escapes);
        String indented = """
                deeper
              shallower
            """;
        System.out.print(indented);
        String formatted = """
            Hello %s, you are %d
            """.formatted("Ann", 30);
        System.out.print(formatted);
        var i = 10;
        var l = 10L;
        var d = 1.5;
        var s = "str";
        var list = new ArrayList<String>();
        list.add(s);
        var map = new TreeMap<String, Integer>();
        map.put("b", 2); map.put("a", 1);
        for (var e : map.entrySet()) System.out.println(e.getKey() + "=" + e.getValue());
        var arr = new int[] {3, 1, 2};
        var sum = 0;
        for (var x : arr) sum += x;
        System.out.println("var types: " + ((Object) i).getClass().getSimpleName() + " " + ((Object) l).getClass().getSimpleName() + " " + ((Object) d).getClass().getSimpleName() + " " + list + " sum=" + sum);
        var anon = new Object() { int hidden = 42; String hello() { return "anon via var " + hidden; } };
        System.out.println(anon.hello() + " " + anon.hidden);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (var k = 0; k < 10; k++) groups.computeIfAbsent(k % 3 == 0 ? "three" : "other", key -> new ArrayList<>()).add(k);
        System.out.println(groups);
        java.util.function.BiFunction<Integer, Integer, Integer> f = (var a, var b) -> a * b;
        System.out.println("var lambda params " + f.apply(6, 7));
        var c = 'x';
        c += 1;
        System.out.println("var char " + c);
        String html = """
            <p>
              a &lt; b
            </p>""";
        System.out.println(html.replace("\n", "|"));
        System.out.println("""
            empty line below

            done""".lines().count());
        System.out.println("strip indent: [" + "  a\n    b".stripIndent() + "] translateEscapes: [" + "x\\ty".translateEscapes() + "]");
    }
}
