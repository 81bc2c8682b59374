import java.util.ArrayList;
import java.util.List;
import java.util.function.*;

public class Main {
    @FunctionalInterface interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    @FunctionalInterface interface IntOp { int op(int x); default IntOp then(IntOp next) { return v -> next.op(op(v)); } }
    interface Thrower { void run() throws Exception; }

    private int field = 7;
    private static int sfield = 3;

    Supplier<String> captureThis() { return () -> "field=" + field + " this.field=" + this.field; }
    IntSupplier incrementField() { return () -> ++field; }

    public static void main(String[] args) throws Exception {
        Function<Integer, Integer> sq = x -> x * x;
        Function<Integer, String> show = x -> "<" + x + ">";
        System.out.println(sq.apply(5) + " " + sq.andThen(show).apply(6) + " " + show.compose(sq).apply(7) + " " + Function.<Integer>identity().apply(9));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> l = sup.get(); l.add("a");
        System.out.println("supplier " + l);
        Consumer<StringBuilder> c1 = sb -> sb.append("one;");
        Consumer<StringBuilder> c2 = sb -> sb.append("two;");
        StringBuilder sbx = new StringBuilder();
        c1.andThen(c2).andThen(c1).accept(sbx);
        System.out.println("consumer " + sbx);
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        System.out.println("bifunction " + add.apply(2, 3) + " " + add.andThen(x -> x * 10).apply(4, 5));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longer = s -> s.length() > 3;
        System.out.println("predicates " + empty.test("") + " " + empty.negate().test("") + " " + empty.or(longer).test("hello") + " " + empty.and(longer).test("hello") + " " + Predicate.not(empty).test("x") + " " + Predicate.isEqual("q").test("q"));
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Integer::compare);
        System.out.println("unary " + up.apply("abc") + " binary " + mx.apply(3, 9));
        IntBinaryOperator mul = (a, b) -> a * b;
        IntUnaryOperator inc = x -> x + 1;
        IntPredicate even = x -> x % 2 == 0;
        LongBinaryOperator lmax = Math::max;
        DoubleUnaryOperator half = d -> d / 2;
        ToIntFunction<String> len = String::length;
        IntFunction<String> stars = "*"::repeat;
        System.out.println("primitive " + mul.applyAsInt(6, 7) + " " + inc.andThen(inc).applyAsInt(1) + " " + even.test(4) + " " + lmax.applyAsLong(-1L, 5L) + " " + half.applyAsDouble(3) + " " + len.applyAsInt("four") + " " + stars.apply(3));
        TriFunction<Integer, Integer, Integer, Integer> tri = (a, b, cc) -> a * 100 + b * 10 + cc;
        System.out.println("custom tri " + tri.apply(1, 2, 3));
        IntOp dbl = x -> x * 2;
        System.out.println("default method chain " + dbl.then(x -> x + 1).then(dbl).op(5));
        int local = 10;
        String prefix = "p-";
        Function<Integer, String> capLocal = x -> prefix + (x + local);
        System.out.println("capture local " + capLocal.apply(5));
        Main m = new Main();
        System.out.println("capture this " + m.captureThis().get());
        IntSupplier incr = m.incrementField();
        System.out.println("mutate field " + incr.getAsInt() + " " + incr.getAsInt() + " now " + m.field + " " + m.captureThis().get());
        Supplier<Integer> st = () -> sfield * 2;
        sfield = 50;
        System.out.println("static field read at call time " + st.get());
        int[] counter = {0};
        Runnable r = () -> counter[0]++;
        for (int i = 0; i < 5; i++) r.run();
        System.out.println("array capture counter " + counter[0]);
        List<Runnable> rs = new ArrayList<>();
        for (int i = 0; i < 3; i++) { int j = i; rs.add(() -> System.out.println("runnable " + j)); }
        rs.forEach(Runnable::run);
        Supplier<Supplier<String>> nested = () -> () -> "nested " + local;
        System.out.println(nested.get().get());
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a - b;
        System.out.println("curried " + curried.apply(10).apply(3));
        Thrower t = () -> { throw new Exception("from lambda"); };
        try { t.run(); } catch (Exception e) { System.out.println("caught " + e.getMessage()); }
        Callback cb = new Callback();
        cb.register(s -> System.out.println("callback got " + s));
        cb.fire("event1");
        Function<Object, String> gen = Object::toString;
        System.out.println(gen.apply(42) + gen.apply("s") + gen.apply(List.of(1)));
        BiFunction<String, Integer, Character> charAt = String::charAt;
        System.out.println("unbound with arg " + charAt.apply("hello", 1));
        Object o = (Runnable & java.io.Serializable) () -> {};
        System.out.println("intersection cast instanceof Serializable: " + (o instanceof java.io.Serializable));
        System.out.println("lambda is synthetic-ish, not anon: " + r.getClass().isAnonymousClass());
        Optional(); 
    }
    static void Optional() {
        java.util.Optional<String> op = java.util.Optional.of("val");
        System.out.println(op.map(String::length).orElse(-1) + " " + java.util.Optional.<String>empty().map(String::length).orElseGet(() -> -2) + " " + op.filter(s -> s.startsWith("x")).isPresent());
    }
    static class Callback {
        private Consumer<String> handler;
        void register(Consumer<String> h) { handler = h; }
        void fire(String s) { handler.accept(s); }
    }
}
