import java.util.*;

public class Main {
    static final class BadKey implements Comparable<BadKey> {
        final int id;
        BadKey(int id) { this.id = id; }
        @Override public int hashCode() { return 42; }
        @Override public boolean equals(Object o) { return o instanceof BadKey k && k.id == id; }
        @Override public int compareTo(BadKey o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return "K" + id; }
    }
    static final class WorseKey {
        final String s;
        WorseKey(String s) { this.s = s; }
        @Override public int hashCode() { return s.length(); }
        @Override public boolean equals(Object o) { return o instanceof WorseKey k && k.s.equals(s); }
        @Override public String toString() { return s; }
    }

    public static void main(String[] args) {
        Map<BadKey, Integer> m = new HashMap<>();
        for (int i = 0; i < 100; i++) m.put(new BadKey(i), i * i);
        System.out.println(m.size() + " " + m.get(new BadKey(37)) + " " + m.get(new BadKey(100)) + " " + m.containsKey(new BadKey(99)));
        for (int i = 0; i < 100; i += 3) m.remove(new BadKey(i));
        System.out.println(m.size() + " " + m.get(new BadKey(3)) + " " + m.get(new BadKey(4)));
        int sum = 0;
        for (Map.Entry<BadKey, Integer> e : m.entrySet()) sum += e.getValue();
        System.out.println("sum " + sum);
        TreeMap<BadKey, Integer> sorted = new TreeMap<>(m);
        System.out.println(sorted.firstKey() + " " + sorted.lastKey() + " " + sorted.headMap(new BadKey(10)));
        Map<WorseKey, Integer> w = new HashMap<>();
        String[] words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega".split(" ");
        for (int i = 0; i < words.length; i++) w.put(new WorseKey(words[i]), i);
        for (int r = 0; r < 3; r++) for (int i = 0; i < words.length; i++) w.merge(new WorseKey(words[i]), 1, Integer::sum);
        List<String> keys = new ArrayList<>();
        for (WorseKey k : w.keySet()) keys.add(k.s);
        Collections.sort(keys);
        System.out.println(w.size() + " " + keys);
        System.out.println(w.get(new WorseKey("omega")) + " " + w.get(new WorseKey("omegA")));
        Set<BadKey> set = new HashSet<>();
        for (int i = 0; i < 64; i++) set.add(new BadKey(i % 40));
        System.out.println(set.size() + " " + set.contains(new BadKey(39)) + " " + set.contains(new BadKey(40)));
        Iterator<BadKey> it = set.iterator();
        int removed = 0;
        while (it.hasNext()) if (it.next().id % 2 == 0) { it.remove(); removed++; }
        List<BadKey> left = new ArrayList<>(set);
        Collections.sort(left);
        System.out.println(removed + " " + left.size() + " " + left.subList(0, 5));
        Map<String, Integer> collide = new HashMap<>();
        String[] blocks = {"Aa", "BB"};
        for (int mask = 0; mask < 256; mask++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 8; b++) sb.append(blocks[(mask >> b) & 1]);
            collide.put(sb.toString(), mask);
        }
        System.out.println(collide.size() + " all hash " + collide.keySet().stream().mapToInt(String::hashCode).distinct().count() + " " + collide.get("AaAaAaAaAaAaAaAa") + " " + collide.get("BBBBBBBBBBBBBBBB") + " " + collide.get("AaBBAaBBAaBBAaBB"));
        LinkedHashMap<BadKey, String> lhm = new LinkedHashMap<>();
        for (int i = 20; i > 0; i--) lhm.put(new BadKey(i), "v" + i);
        lhm.remove(new BadKey(10));
        lhm.put(new BadKey(5), "again");
        System.out.println(lhm.keySet());
        Map<Integer, Integer> ints = new HashMap<>();
        for (int i = 0; i < 20; i++) ints.put(i * 64, i);
        System.out.println(ints.keySet());
        HashMap<String, Integer> grow = new HashMap<>(2);
        for (int i = 0; i < 1000; i++) grow.put("k" + i, i);
        long total = 0;
        for (int v : grow.values()) total += v;
        System.out.println(grow.size() + " " + total + " " + grow.get("k999"));
    }
}
