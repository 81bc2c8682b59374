import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

class Version implements Comparable<Version> {
    final int major, minor;
    Version(int major, int minor) { this.major = major; this.minor = minor; }
    public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
    public String toString() { return major + "." + minor; }
}

interface Source<T> { T get(); }
class StringSource implements Source<String> { public String get() { return "from StringSource"; } }

abstract class Node<T extends Comparable<T>> {
    abstract T value();
    boolean lessThan(Node<T> o) { return value().compareTo(o.value()) < 0; }
}
class IntNode extends Node<Integer> { final int v; IntNode(int v) { this.v = v; } Integer value() { return v; } }

class Box<T> {
    private T item;
    Box(T item) { this.item = item; }
    T get() { return item; }
    void set(T t) { item = t; }
    <R> Box<R> map(java.util.function.Function<? super T, ? extends R> f) { return new Box<>(f.apply(item)); }
    public String toString() { return "Box(" + item + ")"; }
}
class IntBox extends Box<Integer> {
    IntBox(int v) { super(v); }
    @Override Integer get() { return super.get() + 1000; }
    @Override void set(Integer t) { super.set(t * 2); }
}

class Animal { Animal reproduce() { return new Animal(); } public String toString() { return "Animal"; } }
class Sheep extends Animal { @Override Sheep reproduce() { return new Sheep(); } public String toString() { return "Sheep"; } }

public class Main {
    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }
    static double sum(List<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> l) { for (int i = 0; i < 3; i++) l.add(i); }
    @SafeVarargs static <T> List<T> listOf(T... xs) { List<T> l = new ArrayList<>(); for (T x : xs) l.add(x); return l; }

    public static void main(String[] args) {
        List<Version> vs = new ArrayList<>(List.of(new Version(1, 10), new Version(1, 2), new Version(0, 99), new Version(2, 0)));
        Collections.sort(vs);
        System.out.println("sorted " + vs + " max " + max(vs));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable raw = new Version(1, 0);
        try { raw.compareTo("not a version"); } catch (ClassCastException e) { System.out.println("bridge CCE caught: " + e.getClass().getName()); }
        System.out.println("raw compare via bridge: " + raw.compareTo(new Version(0, 5)));
        Source<String> src = new StringSource();
        @SuppressWarnings("rawtypes") Source rawSrc = src;
        System.out.println(src.get() + " | " + rawSrc.get());
        System.out.println("IntNode lessThan: " + new IntNode(3).lessThan(new IntNode(5)) + " " + new IntNode(9).lessThan(new IntNode(5)));
        Box<Integer> box = new IntBox(5);
        System.out.println("IntBox.get via Box ref: " + box.get());
        box.set(21);
        System.out.println("after set: " + box.get() + " " + box);
        Box<String> sb = new Box<>("hi").map(s -> s + "!").map(String::toUpperCase);
        System.out.println(sb + " " + new Box<>(4).map(i -> i * 2.5));
        Animal a = new Sheep();
        System.out.println("covariant: " + a.reproduce() + " " + new Sheep().reproduce().reproduce());
        System.out.println("sum " + sum(List.of(1, 2.5, 3L, 4.5f)));
        List<Number> nums = new ArrayList<>();
        fill(nums);
        System.out.println("filled " + nums);
        List<String> strs = listOf("b", "a", "c");
        strs.sort(Comparator.reverseOrder());
        System.out.println("reverse " + strs + " max " + max(strs));
        int bridges = 0;
        for (var m : Version.class.getDeclaredMethods()) if (m.isBridge()) bridges++;
        System.out.println("Version bridge methods: " + bridges);
        int boxBridges = 0;
        for (var m : IntBox.class.getDeclaredMethods()) if (m.isBridge()) boxBridges++;
        System.out.println("IntBox bridge methods: " + boxBridges);
        List<Integer> ints = new ArrayList<>(List.of(5, 3, 8));
        @SuppressWarnings({"rawtypes", "unchecked"}) List rawList = ints;
        rawList.add("sneaky");
        try { int x = ints.get(3); } catch (ClassCastException e) { System.out.println("heap pollution CCE"); }
        System.out.println("size " + ints.size());
    }
}
