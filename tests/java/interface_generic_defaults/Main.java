import java.util.*;
import java.util.function.*;

public class Main {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(';'); return s.length(); }

    interface Container<T> extends Iterable<T> {
        int LOADED = note("Container.LOADED");
        List<T> items();
        default Iterator<T> iterator() { return items().iterator(); }
        default int size() { return items().size(); }
        default <R> List<R> mapAll(Function<? super T, ? extends R> f) {
            List<R> out = new ArrayList<>();
            for (T t : this) out.add(f.apply(t));
            return out;
        }
        default Optional<T> find(Predicate<? super T> p) {
            for (T t : this) if (p.test(t)) return Optional.of(t);
            return Optional.empty();
        }
        default <K extends Comparable<K>> T maxBy(Function<? super T, K> key) {
            T best = null; K bestKey = null;
            for (T t : this) {
                K k = key.apply(t);
                if (bestKey == null || k.compareTo(bestKey) > 0) { best = t; bestKey = k; }
            }
            return best;
        }
        static <T> Container<T> of(List<T> list) { return () -> list; }
    }

    interface Named { String name(); default String describe() { return "Named:" + name(); } }
    interface Labeled { default String describe() { return "Labeled"; } }
    static class Item implements Named, Labeled {
        final String n;
        Item(String n) { this.n = n; }
        public String name() { return n; }
        public String describe() { return Named.super.describe() + "+" + Labeled.super.describe(); }
        public String toString() { return "Item(" + n + ")"; }
    }

    interface Monoid<T> {
        T zero();
        T combine(T a, T b);
        default T fold(Iterable<? extends T> xs) {
            T acc = zero();
            for (T x : xs) acc = combine(acc, x);
            return acc;
        }
        static <T> Monoid<T> of(T zero, BinaryOperator<T> op) {
            return new Monoid<T>() {
                public T zero() { return zero; }
                public T combine(T a, T b) { return op.apply(a, b); }
            };
        }
    }

    interface Stage1 { int A = note("Stage1.A"); static void hello() { note("Stage1.hello"); } }
    interface Stage2 extends Stage1 { int B = note("Stage2.B"); default void d() {} }
    static class Impl implements Stage2 { static { note("Impl.clinit"); } }

    interface Visitor<R> { R num(int n); R add(Node a, Node b); }
    interface Node { <R> R accept(Visitor<R> v); }

    public static void main(String[] args) {
        Container<String> c = Container.of(List.of("kiwi", "banana", "fig", "cherry"));
        System.out.println(c.size() + " " + c.mapAll(String::length) + " " + c.mapAll(s -> s.charAt(0)));
        System.out.println(c.find(s -> s.startsWith("c")) + " " + c.find(s -> s.isEmpty()));
        System.out.println(c.maxBy(String::length) + " " + c.maxBy(s -> s));
        for (String s : c) System.out.print(s.toUpperCase(Locale.ROOT) + " ");
        System.out.println();
        System.out.println("log after use: " + log);
        System.out.println(Container.LOADED + " log: " + log);
        Item it = new Item("widget");
        System.out.println(it.describe());
        Monoid<Integer> sum = Monoid.of(0, Integer::sum);
        Monoid<String> cat = Monoid.of("", String::concat);
        Monoid<List<Integer>> app = Monoid.of(List.of(), (a, b) -> { List<Integer> r = new ArrayList<>(a); r.addAll(b); return r; });
        System.out.println(sum.fold(List.of(1, 2, 3, 4)) + " " + cat.fold(List.of("a", "b", "c")) + " " + app.fold(List.of(List.of(1), List.of(2, 3))));
        log.setLength(0);
        Impl impl = new Impl();
        System.out.println("after new Impl: " + log);
        impl.d();
        System.out.println("after d(): " + log);
        int x = Stage2.B;
        System.out.println("after Stage2.B: " + log + " " + x);
        Stage1.hello();
        System.out.println("after hello: " + log);
        Node two = new Node() { public <R> R accept(Visitor<R> v) { return v.num(2); } };
        Node three = new Node() { public <R> R accept(Visitor<R> v) { return v.num(3); } };
        Node sumNode = new Node() { public <R> R accept(Visitor<R> v) { return v.add(two, three); } };
        Integer value = sumNode.accept(new Visitor<Integer>() {
            public Integer num(int n) { return n; }
            public Integer add(Node a, Node b) { return a.accept(this) + b.accept(this); }
        });
        String shown = sumNode.accept(new Visitor<String>() {
            public String num(int n) { return Integer.toString(n); }
            public String add(Node a, Node b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        });
        System.out.println(shown + " = " + value);
        Comparator<String> cmp = Comparator.<String>naturalOrder().reversed();
        List<String> sorted = new ArrayList<>(c.items());
        sorted.sort(cmp);
        System.out.println(sorted);
        Iterable<Integer> range = () -> new Iterator<>() {
            int i = 0;
            public boolean hasNext() { return i < 5; }
            public Integer next() { return i++ * 3; }
        };
        range.forEach(n -> System.out.print(n + ","));
        System.out.println();
        Spliterator<Integer> sp = range.spliterator();
        sp.tryAdvance(n -> System.out.println("first via spliterator " + n));
    }
}
