import java.util.Objects;

record Point(int x, int y) {
    static Point ORIGIN = new Point(0, 0);
    static Point of(int v) { return new Point(v, v); }
    Point translate(int dx, int dy) { return new Point(x + dx, y + dy); }
    double dist() { return Math.sqrt(x * x + y * y); }
}

record Person(String name, int age, long id, double score, boolean active, char grade) {
    Person {
        Objects.requireNonNull(name, "name");
        if (age < 0) throw new IllegalArgumentException("age must be >= 0 but was " + age);
        name = name.trim();
    }
    Person(String name) { this(name, 0, 0L, 0.0, false, '?'); }
}

record Range(int lo, int hi) {
    Range {
        if (lo > hi) { int t = lo; lo = hi; hi = t; }
    }
    int length() { return hi - lo; }
}

record Wrapper(Object value, String label) {}
record Empty() {}
record Custom(int a) {
    @Override public String toString() { return "Custom<" + a + ">"; }
    @Override public int a() { return a * 10; }
}
record Pair<A, B>(A first, B second) {
    <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
}
record Floats(float f, double d) {}

interface HasArea { double area(); }
record Sq(double side) implements HasArea { public double area() { return side * side; } }

public class Main {
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist());
        System.out.println(p.translate(1, -1) + " " + Point.ORIGIN + " " + Point.of(7));
        System.out.println("equals: " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println("hashCode: " + p.hashCode() + " " + new Point(3, 4).hashCode() + " " + Point.ORIGIN.hashCode() + " " + new Point(-1, 1).hashCode());
        Person alice = new Person("  Alice ", 30, 123456789012L, 95.5, true, 'A');
        System.out.println(alice);
        System.out.println("hash: " + alice.hashCode() + " name=[" + alice.name() + "]");
        System.out.println(new Person("Bob"));
        System.out.println("person equals: " + alice.equals(new Person("Alice", 30, 123456789012L, 95.5, true, 'A')));
        try { new Person("X", -5, 0, 0, false, 'x'); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
        try { new Person(null, 1, 0, 0, false, 'x'); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        Range r = new Range(10, 2);
        System.out.println(r + " length=" + r.length());
        Wrapper w = new Wrapper(null, null);
        System.out.println(w + " hash=" + w.hashCode() + " equals=" + w.equals(new Wrapper(null, null)));
        Wrapper w2 = new Wrapper(new Point(1, 2), "pt");
        System.out.println(w2 + " hash=" + w2.hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " hash=" + new Empty().hashCode());
        Custom c = new Custom(4);
        System.out.println(c + " a()=" + c.a() + " equals=" + c.equals(new Custom(4)) + " hash=" + c.hashCode());
        Pair<String, Integer> pair = new Pair<>("k", 1);
        System.out.println(pair + " -> " + pair.withSecond(2.5) + " hash=" + pair.hashCode());
        Floats f1 = new Floats(Float.NaN, -0.0), f2 = new Floats(Float.NaN, 0.0);
        System.out.println(f1 + " equals NaN-self: " + f1.equals(new Floats(Float.NaN, -0.0)) + " -0 vs 0: " + f1.equals(f2));
        System.out.println("float record hash: " + new Floats(1.5f, 2.5).hashCode());
        HasArea h = new Sq(3);
        System.out.println(h + " area=" + h.area());
        System.out.println("isRecord: " + Point.class.isRecord() + " components: " + Point.class.getRecordComponents().length + " super=" + Point.class.getSuperclass().getName());
        Object o = new Point(5, 6);
        if (o instanceof Point q && q.x() > 1) System.out.println("pattern: " + q.y());
        System.out.println("Person components:");
        for (var rc : Person.class.getRecordComponents()) System.out.println("  " + rc.getName() + " : " + rc.getType().getName());
    }
}
