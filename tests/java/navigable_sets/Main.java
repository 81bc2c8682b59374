import java.util.*;

public class Main {
    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>(List.of(50, 10, 40, 20, 30, 60));
        System.out.println(s + " first " + s.first() + " last " + s.last());
        for (int k : new int[]{5, 10, 25, 60, 70})
            System.out.println(k + ": floor " + s.floor(k) + " lower " + s.lower(k) + " ceiling " + s.ceiling(k) + " higher " + s.higher(k));
        System.out.println(s.headSet(30) + " " + s.headSet(30, true) + " " + s.tailSet(30) + " " + s.tailSet(30, false));
        System.out.println(s.subSet(15, 45) + " " + s.subSet(10, false, 50, true) + " " + s.descendingSet());
        NavigableSet<Integer> view = s.subSet(20, true, 50, true);
        view.add(35);
        System.out.println(s + " view " + view);
        try { view.add(99); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        Iterator<Integer> di = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) { int v = di.next(); if (v % 20 == 0) di.remove(); else sb.append(v).append(' '); }
        System.out.println(sb + "-> " + s);
        TreeSet<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        Collections.addAll(words, "kiwi", "fig", "apple", "pear", "banana", "date", "fig");
        System.out.println(words + " " + words.comparator().compare("aa", "b"));
        System.out.println(words.ceiling("zzzz") + " " + words.floor("aaaaa") + " " + words.headSet("pear"));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(ci, "Bob", "alice", "BOB", "Alice", "carol");
        System.out.println(ci + " " + ci.contains("CAROL"));
        TreeMap<String, Integer> tm = new TreeMap<>();
        String[] keys = {"m", "c", "x", "a", "q", "f"};
        for (int i = 0; i < keys.length; i++) tm.put(keys[i], i);
        System.out.println(tm + " " + tm.firstKey() + " " + tm.lastEntry());
        System.out.println(tm.floorEntry("d") + " " + tm.ceilingKey("d") + " " + tm.higherEntry("x") + " " + tm.lowerKey("a"));
        System.out.println(tm.headMap("m") + " " + tm.tailMap("m", false) + " " + tm.subMap("b", "r"));
        NavigableMap<String, Integer> desc = tm.descendingMap();
        System.out.println(desc + " " + desc.firstKey() + " " + desc.headMap("f") + " " + desc.navigableKeySet());
        Map.Entry<String, Integer> polled = tm.pollFirstEntry();
        System.out.println(polled + " " + tm.pollLastEntry() + " " + tm);
        tm.headMap("m", true).clear();
        System.out.println(tm);
        TreeMap<Integer, String> grades = new TreeMap<>(Map.of(90, "A", 80, "B", 70, "C", 60, "D", 0, "F"));
        for (int score : new int[]{95, 85, 70, 61, 12, 100})
            System.out.print(score + "=" + grades.floorEntry(score).getValue() + " ");
        System.out.println();
        TreeMap<Integer, Integer> intervals = new TreeMap<>();
        int[][] add = {{1, 3}, {6, 9}, {2, 5}, {10, 12}, {8, 10}};
        for (int[] iv : add) {
            int lo = iv[0], hi = iv[1];
            Map.Entry<Integer, Integer> left = intervals.floorEntry(lo);
            if (left != null && left.getValue() >= lo) { lo = left.getKey(); hi = Math.max(hi, left.getValue()); intervals.remove(left.getKey()); }
            Map.Entry<Integer, Integer> next;
            while ((next = intervals.ceilingEntry(lo)) != null && next.getKey() <= hi) { hi = Math.max(hi, next.getValue()); intervals.remove(next.getKey()); }
            intervals.put(lo, hi);
            System.out.println("after " + Arrays.toString(iv) + ": " + intervals);
        }
        NavigableMap<Integer, String> sub = grades.subMap(60, true, 90, false);
        System.out.println(sub + " " + sub.firstEntry() + " " + sub.descendingKeySet());
    }
}
