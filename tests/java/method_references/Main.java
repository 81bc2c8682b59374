import java.util.*;
import java.util.function.*;

public class Main {
    static int twice(int x) { return x * 2; }
    static String join(String a, String b) { return a + "&" + b; }
    private final String name;
    Main(String name) { this.name = name; }
    Main() { this("default"); }
    String greet(String who) { return name + " greets " + who; }
    String getName() { return name; }
    static class Base { String id() { return "Base"; } }
    static class Derived extends Base {
        @Override String id() { return "Derived"; }
        Supplier<String> superRef() { return super::id; }
        Supplier<String> thisRef() { return this::id; }
    }
    public static void main(String[] args) {
        IntUnaryOperator st = Main::twice;
        BinaryOperator<String> j = Main::join;
        System.out.println("static: " + st.applyAsInt(21) + " " + j.apply("x", "y"));
        Main bob = new Main("Bob");
        Function<String, String> bound = bob::greet;
        Supplier<String> boundGetter = bob::getName;
        System.out.println("bound: " + bound.apply("Ann") + " " + boundGetter.get());
        BiFunction<Main, String, String> unbound = Main::greet;
        Function<Main, String> unboundGetter = Main::getName;
        System.out.println("unbound: " + unbound.apply(new Main("Cy"), "Dee") + " " + unboundGetter.apply(bob));
        Supplier<Main> ctor0 = Main::new;
        Function<String, Main> ctor1 = Main::new;
        System.out.println("constructor: " + ctor0.get().getName() + " " + ctor1.apply("Eve").getName());
        IntFunction<int[]> arr = int[]::new;
        Function<Integer, String[]> sarr = String[]::new;
        IntFunction<long[][]> arr2 = long[][]::new;
        System.out.println("array ctor: " + arr.apply(5).length + " " + sarr.apply(3).length + " " + arr2.apply(2).length + " " + Arrays.toString(arr.apply(2)));
        String[] out = List.of("a", "b").toArray(String[]::new);
        System.out.println("toArray " + Arrays.toString(out));
        Derived d = new Derived();
        System.out.println("super:: " + d.superRef().get() + " this:: " + d.thisRef().get());
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> len = String::length;
        Comparator<String> cmp = String::compareToIgnoreCase;
        System.out.println("jdk refs: " + parse.apply("123") + " " + len.applyAsInt("four") + " " + cmp.compare("ABC", "abd"));
        List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "bravo"));
        words.sort(String::compareTo);
        System.out.println("sorted natural: " + words);
        words.sort(Comparator.comparing(String::length).thenComparing(s -> s.toLowerCase()));
        System.out.println("sorted by length: " + words);
        words.forEach(System.out::println);
        String prefix = "pre";
        Predicate<String> sw = prefix::startsWith;
        System.out.println("bound on local: " + sw.test("pr") + " " + sw.test("x"));
        Function<Integer, Integer> boxedToBoxed = Math::abs;
        ToLongFunction<Integer> widen = Integer::longValue;
        System.out.println("boxing adapt: " + boxedToBoxed.apply(-5) + " " + widen.applyAsLong(77));
        Supplier<List<Integer>> listCtor = ArrayList::new;
        List<Integer> li = listCtor.get();
        Consumer<Integer> adder = li::add;
        for (int i = 0; i < 4; i++) adder.accept(i * i);
        System.out.println("consumer bound to list: " + li);
        Function<Object, Integer> hc = Object::hashCode;
        System.out.println("String hashCode via Object::hashCode " + hc.apply("abc"));
        Main nullMain = null;
        try { Supplier<String> s = nullMain::getName; } catch (NullPointerException e) { System.out.println("NPE at bound-ref creation"); }
        Runnable r = Main::sideEffect;
        r.run(); r.run();
        System.out.println("counter " + counter);
    }
    static int counter;
    static void sideEffect() { counter++; System.out.println("sideEffect " + counter); }
}
