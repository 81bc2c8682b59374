import java.util.*;

public class Main {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int max;
        Lru(int max) { super(16, 0.75f, true); this.max = max; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > max; }
    }

    public static void main(String[] args) {
        HashMap<String, Integer> hm = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom";
        for (String w : text.split(" ")) hm.merge(w, 1, Integer::sum);
        System.out.println("hm " + hm);
        System.out.println("size " + hm.size() + " containsKey(age) " + hm.containsKey("age") + " containsValue(3) " + hm.containsValue(3));
        System.out.println("put returns " + hm.put("best", 10) + " putIfAbsent " + hm.putIfAbsent("best", 20) + " " + hm.putIfAbsent("new", 1));
        System.out.println("compute " + hm.compute("of", (k, v) -> v == null ? 0 : v * 100));
        System.out.println("computeIfPresent " + hm.computeIfPresent("zzz", (k, v) -> 1) + " " + hm.computeIfPresent("new", (k, v) -> null));
        System.out.println("computeIfAbsent " + hm.computeIfAbsent("fresh", String::length));
        System.out.println("remove(k,v) " + hm.remove("times", 1) + " " + hm.remove("times", 2));
        System.out.println("replace " + hm.replace("it", 33) + " " + hm.replace("it", 33, 34));
        hm.replaceAll((k, v) -> v + k.length());
        System.out.println("replaceAll " + hm);
        hm.entrySet().removeIf(e -> e.getValue() > 10);
        System.out.println("removed big " + hm);
        for (Map.Entry<String, Integer> e : hm.entrySet()) e.setValue(e.getValue() * 2);
        System.out.println("setValue " + hm);
        HashMap<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 40; i += 3) ints.put(i * 37 % 101, "v" + i);
        System.out.println("int keys " + ints.keySet());
        ints.put(null, "nullkey");
        System.out.println("null key " + ints.get(null) + " " + ints.containsKey(null));

        LinkedHashMap<String, Integer> order = new LinkedHashMap<>();
        for (String s : List.of("zeta", "alpha", "mu", "beta")) order.put(s, s.length());
        order.put("alpha", 0);
        order.remove("mu");
        order.put("mu", 2);
        System.out.println("insertion order " + order);
        Lru<Integer, String> lru = new Lru<>(3);
        for (int i = 1; i <= 4; i++) lru.put(i, "v" + i);
        lru.get(2);
        lru.put(5, "v5");
        System.out.println("lru " + lru);

        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 10; i <= 100; i += 10) tm.put(i, "n" + i);
        System.out.println("tm " + tm);
        System.out.println("floor(35) " + tm.floorKey(35) + " ceiling(35) " + tm.ceilingKey(35) + " lower(10) " + tm.lowerKey(10) + " higher(100) " + tm.higherKey(100));
        System.out.println("firstEntry " + tm.firstEntry() + " lastEntry " + tm.lastEntry());
        System.out.println("headMap(40) " + tm.headMap(40) + " tailMap(80,false) " + tm.tailMap(80, false));
        System.out.println("subMap(20,50) " + tm.subMap(20, 50) + " descending " + tm.descendingMap().keySet());
        System.out.println("pollFirst " + tm.pollFirstEntry() + " pollLast " + tm.pollLastEntry() + " size " + tm.size());
        NavigableMap<Integer, String> view = tm.subMap(30, true, 60, true);
        view.remove(40);
        System.out.println("view " + view + " backing " + tm.keySet());
        try {
            view.put(99, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("view put out of range: " + e.getMessage());
        }
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Apple", 1); ci.put("apple", 2); ci.put("BANANA", 3); ci.put("cherry", 4);
        System.out.println("case insensitive " + ci + " get(APPLE) " + ci.get("APPLE"));
        try {
            new TreeMap<Object, Integer>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("treemap null key NPE");
        }
        TreeMap<Object, Integer> mixed = new TreeMap<>();
        mixed.put("s", 1);
        try {
            mixed.put(1, 2);
        } catch (ClassCastException e) {
            System.out.println("mixed keys CCE");
        }

        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 12; i++) multi.computeIfAbsent(i % 3 == 0 ? "fizz" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        System.out.println("multi " + multi);
        Map<String, Integer> a = new HashMap<>(Map.of("x", 1, "y", 2));
        Map<String, Integer> b = new TreeMap<>(Map.of("y", 2, "x", 1));
        System.out.println("equal maps " + a.equals(b) + " hash " + (a.hashCode() == b.hashCode()) + " " + a.hashCode());
        Map.Entry<String, Integer> entry = Map.entry("k", 7);
        System.out.println("entry " + entry + " " + new AbstractMap.SimpleEntry<>("k", 7).equals(entry));
        IdentityHashMap<String, Integer> idm = new IdentityHashMap<>();
        String k1 = new String("same");
        String k2 = new String("same");
        idm.put(k1, 1); idm.put(k2, 2); idm.put(k1, 3);
        System.out.println("identity size " + idm.size() + " get(k1) " + idm.get(k1) + " get(literal) " + idm.get("same"));
        WeakHashMap<String, Integer> weak = new WeakHashMap<>();
        weak.put("w", 1);
        System.out.println("weak " + weak.get("w"));
        Hashtable<String, Integer> ht = new Hashtable<>();
        ht.put("one", 1); ht.put("two", 2);
        System.out.println("hashtable keys sorted " + new TreeSet<>(ht.keySet()) + " get " + ht.get("two"));
        try {
            ht.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("hashtable null value NPE");
        }
        Map<String, Integer> unmod = Collections.unmodifiableMap(order);
        try {
            unmod.put("q", 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable put UOE");
        }
        System.out.println("getOrDefault " + unmod.getOrDefault("nope", -1));
        StringBuilder sb = new StringBuilder();
        order.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        System.out.println("forEach " + sb);
    }
}
