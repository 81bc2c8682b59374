import java.util.*;
import java.util.function.*;

public class Main {
    static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        Iterator<? extends T> it = items.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (x.compareTo(best) > 0) best = x;
        }
        return best;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i * i);
    }

    static <T> void copy(List<? super T> dst, List<? extends T> src) {
        for (T t : src) dst.add(t);
    }

    static <K, V extends Comparable<V>> K argMax(Map<K, V> map) {
        K bestKey = null;
        V bestVal = null;
        for (Map.Entry<K, V> e : new TreeMap<>(map).entrySet()) {
            if (bestVal == null || e.getValue().compareTo(bestVal) > 0) {
                bestKey = e.getKey();
                bestVal = e.getValue();
            }
        }
        return bestKey;
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) {
        return a -> g.apply(f.apply(a));
    }

    @SafeVarargs
    static <T> List<T> listOf(T... xs) {
        return new ArrayList<>(Arrays.asList(xs));
    }

    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }

    static void swapHelper(List<?> list, int i, int j) { swapCapture(list, i, j); }
    private static <E> void swapCapture(List<E> list, int i, int j) {
        E tmp = list.get(i);
        list.set(i, list.get(j));
        list.set(j, tmp);
    }

    static abstract class Animal implements Comparable<Animal> {
        final String name; final int weight;
        Animal(String name, int weight) { this.name = name; this.weight = weight; }
        public int compareTo(Animal o) { return Integer.compare(weight, o.weight); }
        public String toString() { return getClass().getSimpleName() + "(" + name + "," + weight + ")"; }
    }
    static class Dog extends Animal { Dog(String n, int w) { super(n, w); } }
    static class Cat extends Animal { Cat(String n, int w) { super(n, w); } }

    static class Pair<A, B> {
        final A a; final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(a, c); }
        Pair<B, A> swap() { return new Pair<>(b, a); }
        static <X> Pair<X, X> twin(X x) { return new Pair<>(x, x); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }

    static <T extends Comparable<T>> void insertionSort(T[] arr) {
        for (int i = 1; i < arr.length; i++) {
            T key = arr[i];
            int j = i - 1;
            while (j >= 0 && arr[j].compareTo(key) > 0) { arr[j + 1] = arr[j]; j--; }
            arr[j + 1] = key;
        }
    }

    interface Shape { double area(); }
    static <T extends Number & Comparable<T>> T clampMax(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2, 7)));
        System.out.println(max(List.of("pear", "apple", "zebra", "mango")));
        List<Dog> dogs = List.of(new Dog("rex", 30), new Dog("fido", 12));
        System.out.println(max(dogs));
        List<Animal> zoo = new ArrayList<>();
        copy(zoo, dogs);
        copy(zoo, List.of(new Cat("tom", 5), new Cat("garfield", 40)));
        System.out.println(zoo);
        System.out.println(max(zoo));
        Collections.sort(zoo);
        System.out.println(zoo);
        System.out.println(sum(List.of(1, 2.5, 3L, 4.25f)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 5);
        System.out.println(sink);
        List<Object> objs = new ArrayList<>();
        fill(objs, 3);
        objs.add("str");
        System.out.println(objs);
        Map<String, Integer> scores = new HashMap<>();
        scores.put("ann", 7); scores.put("bob", 12); scores.put("cy", 12); scores.put("dee", 3);
        System.out.println(argMax(scores));
        Function<String, Integer> len = String::length;
        Function<String, String> f = compose(len, n -> "*".repeat(n));
        System.out.println(f.apply("hello"));
        System.out.println(compose(f, String::length).apply("abc"));
        List<String> l = listOf("a", "b", "c", "d");
        swapHelper(l, 0, 3);
        System.out.println(l);
        System.out.println(firstNonNull(null, "fallback"));
        System.out.println(Main.<Integer>firstNonNull(5, 6));
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + Pair.twin('q'));
        Integer[] nums = {5, 2, 8, 1, 9, 3};
        insertionSort(nums);
        System.out.println(Arrays.toString(nums));
        String[] words = {"delta", "alpha", "charlie", "bravo"};
        insertionSort(words);
        System.out.println(Arrays.toString(words));
        System.out.println(clampMax(3, 7) + " " + clampMax(2.5, -1.0) + " " + clampMax(10L, 10L));
        List<? extends Number> ro = List.of(1, 2L, 3.0);
        Number first = ro.get(0);
        System.out.println(first + " " + ro.size());
        List<?> unknown = List.of("a", 1, 'c');
        for (Object o : unknown) System.out.println(o.getClass().getSimpleName() + " " + o);
        Map<String, List<? extends Number>> m = new TreeMap<>();
        m.put("ints", List.of(1, 2));
        m.put("doubles", List.of(1.5));
        m.forEach((k, v) -> System.out.println(k + " -> " + sum(v)));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> sup = ArrayList::new;
        List<String> made = sup.get();
        made.add("made");
        System.out.println(add.apply(20, 22) + " " + made);
        Comparator<Animal> byName = Comparator.comparing(a -> a.name);
        zoo.sort(byName);
        System.out.println(zoo);
        Optional<? extends Animal> heavy = zoo.stream().filter(a -> a.weight > 25).findFirst();
        System.out.println(heavy.map(a -> a.name).orElse("none"));
    }
}
