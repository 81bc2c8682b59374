import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
        default <V> TriFunction<A, B, C, V> andThen(Function<? super R, ? extends V> after) { return (a, b, c) -> after.apply(apply(a, b, c)); }
    }

    static <A, B, R> Function<A, Function<B, R>> curry(BiFunction<A, B, R> f) { return a -> b -> f.apply(a, b); }
    static <T> Function<T, T> times(int n, Function<T, T> f) { Function<T, T> r = Function.identity(); for (int i = 0; i < n; i++) r = r.andThen(f); return r; }
    static <T, R> Function<T, R> memo(Function<T, R> f, Map<T, R> cache) {
        return t -> { R r = cache.get(t); if (r == null) { r = f.apply(t); cache.put(t, r); } return r; };
    }

    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        System.out.println(times(10, inc).apply(0) + " " + times(5, dbl).apply(1) + " " + times(3, (String s) -> s + s).apply("ab"));
        Predicate<String> empty = String::isEmpty, longish = s -> s.length() > 4, startsA = s -> s.startsWith("a");
        List<String> words = List.of("", "apple", "ant", "banana", "avocado", "kiwi");
        System.out.println(words.stream().filter(empty.negate().and(startsA)).collect(Collectors.toList()));
        System.out.println(words.stream().filter(longish.or(empty)).collect(Collectors.toList()));
        System.out.println(words.stream().filter(Predicate.not(startsA).and(longish.negate())).collect(Collectors.toList()));
        System.out.println(words.stream().filter(Predicate.isEqual("kiwi")).count() + " " + Predicate.isEqual(null).test(null));
        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println(shorter.apply("abc", "de") + " " + longer.apply("abc", "de") + " " + shorter.apply("xy", "zw") + " " + longer.apply("xy", "zw"));
        System.out.println(words.stream().reduce(longer).orElse("?") + " " + words.stream().filter(empty.negate()).reduce(shorter).get());
        UnaryOperator<String> up = s -> s.toUpperCase(Locale.ROOT);
        System.out.println(up.andThen(s -> s + "!").apply("hey") + " " + UnaryOperator.<String>identity().apply("same"));
        List<String> log = new ArrayList<>();
        Consumer<String> a = s -> log.add("a:" + s), b = s -> log.add("b:" + s);
        a.andThen(b).andThen(a).accept("x");
        System.out.println(log);
        BiConsumer<String, Integer> bc = (s, n) -> log.add(s.repeat(n));
        bc.andThen((s, n) -> log.add(n + s)).accept("z", 3);
        System.out.println(log);
        Supplier<List<String>> sup = ArrayList::new;
        List<String> fresh = sup.get();
        fresh.add("new");
        System.out.println(fresh + " " + (sup.get() != fresh));
        BiFunction<Integer, Integer, Integer> pow = (x, y) -> (int) Math.pow(x, y);
        System.out.println(pow.andThen(x -> x - 1).apply(2, 10) + " " + curry(pow).apply(3).apply(4));
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        Function<Integer, Integer> add5 = adder.apply(5);
        System.out.println(add5.apply(10) + " " + Stream.of(1, 2, 3).map(adder.apply(100)).collect(Collectors.toList()));
        TriFunction<Integer, Integer, Integer, Integer> vol = (x, y, z) -> x * y * z;
        System.out.println(vol.apply(2, 3, 4) + " " + vol.andThen(v -> "vol=" + v).apply(1, 2, 3));
        IntUnaryOperator sq = x -> x * x;
        IntBinaryOperator gcd = new IntBinaryOperator() { public int applyAsInt(int x, int y) { return y == 0 ? x : applyAsInt(y, x % y); } };
        System.out.println(sq.andThen(x -> x + 1).applyAsInt(7) + " " + sq.compose(x -> x + 1).applyAsInt(7) + " " + gcd.applyAsInt(84, 36));
        IntPredicate even = x -> x % 2 == 0;
        System.out.println(IntStream.rangeClosed(1, 12).filter(even.negate().or(x -> x > 10)).boxed().collect(Collectors.toList()));
        ToIntFunction<String> len = String::length;
        ToDoubleBiFunction<Integer, Integer> ratio = (x, y) -> (double) x / y;
        LongSupplier ls = () -> 1L << 40;
        DoubleUnaryOperator half = d -> d / 2;
        BooleanSupplier yes = () -> true;
        ObjIntConsumer<StringBuilder> rep = (sbd, n) -> sbd.append("#".repeat(n));
        StringBuilder sb = new StringBuilder();
        rep.accept(sb, 4);
        System.out.println(len.applyAsInt("hello") + " " + ratio.applyAsDouble(1, 8) + " " + ls.getAsLong() + " " + half.andThen(Math::floor).applyAsDouble(7) + " " + yes.getAsBoolean() + " " + sb);
        Map<Integer, Long> cache = new HashMap<>();
        Function<Integer, Long>[] fib = new Function[1];
        fib[0] = memo(n -> n < 2 ? (long) n : fib[0].apply(n - 1) + fib[0].apply(n - 2), new HashMap<>());
        System.out.println(fib[0].apply(10) + " " + fib[0].apply(20));
        Map<String, Function<Double, Double>> ops = new TreeMap<>();
        ops.put("sqrt", Math::sqrt);
        ops.put("neg", x -> -x);
        ops.put("sq", x -> x * x);
        ops.forEach((k, f) -> System.out.print(k + "(9)=" + f.apply(9.0) + " "));
        System.out.println();
        Optional<Function<Integer, Integer>> chain = Stream.<Function<Integer, Integer>>of(inc, dbl, inc, dbl).reduce(Function::andThen);
        System.out.println(chain.get().apply(1) + " " + cache.size());
        Comparator<String> cmp = Comparator.<String, Integer>comparing(String::length).thenComparing(Function.identity());
        System.out.println(words.stream().sorted(cmp.reversed()).collect(Collectors.toList()));
        Runnable r = () -> System.out.println("runnable ran");
        r.run();
        Callable<String> c = () -> "callable";
        try { System.out.println(c.call()); } catch (Exception e) { throw new RuntimeException(e); }
    }
    interface Callable<V> { V call() throws Exception; }
}
