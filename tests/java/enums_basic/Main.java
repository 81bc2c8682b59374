import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;

enum Color { RED, GREEN, BLUE }

enum Planet {
    MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
    private final double mass, radius;
    Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
    double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
}

enum Op {
    PLUS("+") { int apply(int a, int b) { return a + b; } },
    MINUS("-") { int apply(int a, int b) { return a - b; } },
    TIMES("*") { int apply(int a, int b) { return a * b; } @Override public String toString() { return "times!"; } },
    DIV("/") { int apply(int a, int b) { return a / b; } };
    final String sym;
    Op(String s) { sym = s; }
    abstract int apply(int a, int b);
}

interface Describable { String describe(); }
enum Level implements Describable {
    LOW, MEDIUM, HIGH;
    public String describe() { return name().toLowerCase() + "#" + ordinal(); }
    Level next() { return values()[(ordinal() + 1) % values().length]; }
    static { System.out.println("Level static init, values=" + values().length); }
}

public class Main {
    static String colorName(Color c) {
        switch (c) {
            case RED: return "warm";
            case GREEN:
            case BLUE: return "cool";
            default: throw new AssertionError();
        }
    }
    static int score(Level l) {
        return switch (l) { case LOW -> 1; case MEDIUM -> 5; case HIGH -> { int x = 10; yield x * x; } };
    }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + colorName(c) + " cmp RED " + c.compareTo(Color.RED));
        System.out.println("valueOf: " + Color.valueOf("GREEN") + " " + Enum.valueOf(Color.class, "BLUE"));
        try { Color.valueOf("PURPLE"); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        for (Planet p : Planet.values()) System.out.printf(java.util.Locale.ROOT, "%s %.2f%n", p, p.surfaceGravity());
        for (Op op : Op.values()) System.out.println(op.name() + " " + op + " " + op.sym + " " + op.apply(12, 4) + " class=" + op.getDeclaringClass().getSimpleName() + " sameClass=" + (op.getClass() == Op.class));
        System.out.println("before Level use");
        for (Level l : Level.values()) System.out.println(l.describe() + " next=" + l.next() + " score=" + score(l));
        Color[] vals = Color.values();
        vals[0] = null;
        System.out.println("values() returns copy: " + Color.values()[0] + " " + Arrays.toString(vals));
        EnumMap<Color, Integer> map = new EnumMap<>(Color.class);
        map.put(Color.BLUE, 3); map.put(Color.RED, 1);
        System.out.println("EnumMap " + map);
        EnumSet<Level> set = EnumSet.of(Level.HIGH, Level.LOW);
        System.out.println("EnumSet " + set + " complement " + EnumSet.complementOf(set) + " range " + EnumSet.range(Level.LOW, Level.MEDIUM));
        System.out.println("== and equals: " + (Color.valueOf("RED") == Color.RED) + " " + Color.RED.equals(Color.RED));
        Object o = Level.MEDIUM;
        System.out.println("instanceof: " + (o instanceof Enum) + " " + (o instanceof Describable) + " " + (o instanceof Comparable));
        System.out.println("getDeclaringClass: " + Level.HIGH.getDeclaringClass().getName());
        Color c = null;
        try { switch (c) { case RED: break; default: break; } } catch (NullPointerException e) { System.out.println("switch on null enum: NPE"); }
        int total = 0;
        for (Op op : Op.values()) total = op.apply(total + 10, 2);
        System.out.println("chain total " + total);
    }
}
