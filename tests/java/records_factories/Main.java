import java.util.*;

public class Main {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
        Range(int single) { this(single, single); }
        static Range of(int a, int b) { return new Range(Math.min(a, b), Math.max(a, b)); }
        int length() { return hi - lo; }
        boolean contains(int x) { return lo <= x && x <= hi; }
        Range intersect(Range o) {
            int l = Math.max(lo, o.lo), h = Math.min(hi, o.hi);
            return l <= h ? new Range(l, h) : null;
        }
    }

    record Name(String first, String last) {
        Name {
            Objects.requireNonNull(first, "first");
            first = first.strip();
            last = last == null ? "" : last.strip().toUpperCase(Locale.ROOT);
        }
        @Override public String toString() { return last.isEmpty() ? first : first + " " + last; }
    }

    record Money(long cents, String currency) implements Comparable<Money> {
        static final Money ZERO_EUR = new Money(0, "EUR");
        static int created;
        Money { created++; }
        static Money eur(double amount) { return new Money(Math.round(amount * 100), "EUR"); }
        Money plus(Money o) {
            if (!currency.equals(o.currency)) throw new IllegalStateException("currency mismatch " + currency + "/" + o.currency);
            return new Money(cents + o.cents, currency);
        }
        public int compareTo(Money o) { return Long.compare(cents, o.cents); }
        @Override public String toString() { return String.format(Locale.ROOT, "%d.%02d %s", cents / 100, Math.abs(cents % 100), currency); }
    }

    record Node<T>(T value, List<Node<T>> children) {
        Node(T value) { this(value, new ArrayList<>()); }
        Node<T> add(Node<T> c) { children.add(c); return this; }
        int size() { int n = 1; for (Node<T> c : children) n += c.size(); return n; }
        int depth() { int d = 0; for (Node<T> c : children) d = Math.max(d, c.depth()); return d + 1; }
    }

    record Entry<K extends Comparable<K>, V>(K key, V value) implements Comparable<Entry<K, V>> {
        public int compareTo(Entry<K, V> o) { return key.compareTo(o.key); }
    }

    record Arr(int[] data) {
        @Override public boolean equals(Object o) { return o instanceof Arr a && Arrays.equals(data, a.data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public String toString() { return "Arr" + Arrays.toString(data); }
    }

    record Empty() {}

    public static void main(String[] args) {
        System.out.println(new Range(1, 5) + " " + new Range(3) + " " + Range.of(9, 2) + " " + Range.of(9, 2).length());
        try { new Range(5, 1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        Range a = new Range(0, 10), b = new Range(5, 15), c = new Range(20, 30);
        System.out.println(a.intersect(b) + " " + a.intersect(c) + " " + a.contains(10) + " " + c.contains(19));
        System.out.println(new Name("  ada ", " lovelace ") + "|" + new Name("plato", null) + "|" + new Name("x", "y").last());
        try { new Name(null, "z"); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        System.out.println(new Name(" a", "b").equals(new Name("a ", "B")));
        Money m1 = Money.eur(12.34), m2 = Money.eur(0.66), m3 = new Money(-250, "EUR");
        System.out.println(m1 + " + " + m2 + " = " + m1.plus(m2) + "; " + m3 + "; " + Money.ZERO_EUR);
        try { m1.plus(new Money(1, "USD")); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        List<Money> ms = new ArrayList<>(List.of(m1, m2, m3, Money.ZERO_EUR));
        Collections.sort(ms);
        System.out.println(ms + " created=" + Money.created);
        Node<String> root = new Node<>("root").add(new Node<>("a").add(new Node<>("a1")).add(new Node<>("a2").add(new Node<>("a2x")))).add(new Node<>("b"));
        System.out.println(root.size() + " " + root.depth() + " " + root.children().get(0).value());
        System.out.println(new Node<>(1, List.of(new Node<>(2, List.of()))));
        List<Entry<String, Integer>> es = new ArrayList<>(List.of(new Entry<>("pear", 3), new Entry<>("apple", 1), new Entry<>("fig", 2)));
        Collections.sort(es);
        System.out.println(es);
        System.out.println(new Arr(new int[]{1, 2}).equals(new Arr(new int[]{1, 2})) + " " + new Arr(new int[]{3}) + " " + new Arr(new int[]{1, 2}).hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        System.out.println(new Range(3, 4).hashCode() + " " + new Name("a", "b").hashCode() + " " + new Entry<>("k", 1).hashCode());
        Map<Range, String> byRange = new HashMap<>();
        byRange.put(new Range(1, 2), "first");
        System.out.println(byRange.get(Range.of(2, 1)));
        System.out.println(Range.class.isRecord() + " " + Range.class.getRecordComponents().length + " " + Range.class.getRecordComponents()[1].getName());
    }
}
