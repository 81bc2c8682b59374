import java.util.*;

public class Main {
    static final class Money {
        final String currency;
        final long cents;
        Money(String currency, long cents) { this.currency = currency; this.cents = cents; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money m)) return false;
            return cents == m.cents && currency.equals(m.currency);
        }
        @Override public int hashCode() { return Objects.hash(currency, cents); }
        @Override public String toString() { return currency + " " + cents / 100 + "." + String.format("%02d", cents % 100); }
    }

    static class NoHash {
        final int v;
        NoHash(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof NoHash n && n.v == v; }
        @Override public int hashCode() { return 42; }
        @Override public String toString() { return "NoHash" + v; }
    }

    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { return o != null && o.getClass() == getClass() && ((Point) o).x == x && ((Point) o).y == y; }
        @Override public int hashCode() { return 31 * x + y; }
    }

    static class ColorPoint extends Point {
        final String color;
        ColorPoint(int x, int y, String color) { super(x, y); this.color = color; }
        @Override public boolean equals(Object o) { return super.equals(o) && ((ColorPoint) o).color.equals(color); }
        @Override public int hashCode() { return super.hashCode() * 17 + color.hashCode(); }
    }

    static class Mutable {
        int key;
        Mutable(int key) { this.key = key; }
        @Override public boolean equals(Object o) { return o instanceof Mutable m && m.key == key; }
        @Override public int hashCode() { return key; }
    }

    record Pair(String left, Integer right) {}

    public static void main(String[] args) {
        String[] strs = {"", "a", "Aa", "BB", "hello", "polygenelubricants", "The quick brown fox"};
        for (String s : strs) System.out.println("hash(\"" + s + "\") = " + s.hashCode());
        System.out.println("Integer " + Integer.valueOf(-7).hashCode() + " Long " + Long.valueOf(-7L).hashCode() + " Boolean " + Boolean.TRUE.hashCode() + "/" + Boolean.FALSE.hashCode() + " Character " + Character.valueOf('z').hashCode() + " Double " + Double.valueOf(0.5).hashCode());
        System.out.println("List " + List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of(1, 2, 3)).hashCode() + " " + new LinkedList<>(List.of(1, 2, 3)).hashCode() + " " + Arrays.asList(1, 2, 3).hashCode());
        System.out.println("Set " + Set.of(1, 2, 3).hashCode() + " " + new TreeSet<>(List.of(3, 2, 1)).hashCode() + " " + new HashSet<>(List.of(1, 2, 3)).hashCode());
        System.out.println("Map " + Map.of("a", 1).hashCode() + " " + new HashMap<>(Map.of("a", 1, "b", 2)).hashCode() + " entry " + Map.entry("a", 1).hashCode());
        System.out.println("Arrays.hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33}) + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new Object[] {"a", null}));
        System.out.println("Objects.hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a") + " Objects.hashCode(null) " + Objects.hashCode(null));
        System.out.println("Optional " + Optional.of("a").hashCode() + " enum ordinal-based? " + (Thread.State.NEW.ordinal()));
        Pair p1 = new Pair("x", 1), p2 = new Pair("x", 1), p3 = new Pair(null, null);
        System.out.println("record equals " + p1.equals(p2) + " hash " + (p1.hashCode() == p2.hashCode()) + " null fields " + p3.hashCode() + " " + p3.equals(new Pair(null, null)) + " " + p3);

        Money m1 = new Money("EUR", 1050), m2 = new Money("EUR", 1050), m3 = new Money("USD", 1050);
        System.out.println("money " + m1.equals(m2) + " " + m1.equals(m3) + " " + (m1.hashCode() == m2.hashCode()) + " " + m1.hashCode() + " " + m1);
        Set<Money> wallet = new HashSet<>(List.of(m1, m2, m3));
        System.out.println("wallet size " + wallet.size() + " contains " + wallet.contains(new Money("USD", 1050)));
        System.out.println("reflexive " + m1.equals(m1) + " null " + m1.equals(null) + " other type " + m1.equals("EUR 10.50"));

        Map<NoHash, String> collide = new HashMap<>();
        for (int i = 0; i < 20; i++) collide.put(new NoHash(i), "v" + i);
        System.out.println("colliding map size " + collide.size() + " get(7) " + collide.get(new NoHash(7)) + " get(99) " + collide.get(new NoHash(99)));
        collide.remove(new NoHash(3));
        System.out.println("after remove " + collide.size() + " containsKey(3) " + collide.containsKey(new NoHash(3)));

        Point pt = new Point(1, 2);
        ColorPoint cp = new ColorPoint(1, 2, "red");
        System.out.println("symmetry " + pt.equals(cp) + " " + cp.equals(pt) + " " + cp.equals(new ColorPoint(1, 2, "red")) + " " + cp.equals(new ColorPoint(1, 2, "blue")));

        Mutable key = new Mutable(1);
        Set<Mutable> set = new HashSet<>();
        set.add(key);
        key.key = 2;
        System.out.println("mutated key: contains " + set.contains(key) + " contains old " + set.contains(new Mutable(1)) + " size " + set.size() + " iter match " + set.iterator().next().equals(key));

        System.out.println("array equals " + new int[] {1}.equals(new int[] {1}) + " Arrays.equals " + Arrays.equals(new int[] {1}, new int[] {1}) + " Objects.equals " + Objects.equals(null, null) + " " + Objects.equals("a", null));
        System.out.println("deepEquals " + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}}) + " string interning " + ("ab" == "a" + "b") + " " + (new String("ab") == "ab") + " " + (new String("ab").intern() == "ab"));
        System.out.println("list vs set " + List.of(1).equals(Set.of(1)) + " list impls " + new ArrayList<>(List.of(1, 2)).equals(new LinkedList<>(List.of(1, 2))) + " set impls " + new HashSet<>(List.of(1, 2)).equals(new TreeSet<>(List.of(2, 1))));
        System.out.println("BigDecimal " + new java.math.BigDecimal("1.0").equals(new java.math.BigDecimal("1.00")) + " in HashSet " + new HashSet<>(List.of(new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00"))).size() + " in TreeSet " + new TreeSet<>(List.of(new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00"))).size());
        System.out.println("Integer vs Long " + Integer.valueOf(1).equals(1L) + " " + new HashSet<Object>(List.of(1, 1L, (short) 1, (byte) 1, 1.0)).size());
        System.out.println("StringBuilder equals " + new StringBuilder("a").equals(new StringBuilder("a")) + " contentEquals " + "a".contentEquals(new StringBuilder("a")) + " compareTo " + new StringBuilder("a").compareTo(new StringBuilder("b")));
        int h = 0;
        for (int i = 0; i < 1000; i++) h = 31 * h + ("k" + i).hashCode();
        System.out.println("combined " + h);
    }
}
