import java.util.*;

public class Main {
    interface Action { void run() throws Exception; }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("foreach remove middle", () -> { for (Integer x : list) if (x == 2) list.remove(x); });
        System.out.println("  list " + list);
        List<Integer> l2 = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("foreach remove second-to-last", () -> { for (Integer x : l2) if (x == 4) l2.remove(x); });
        System.out.println("  l2 " + l2);
        List<Integer> l3 = new ArrayList<>(List.of(1, 2, 3));
        attempt("foreach add", () -> { for (Integer x : l3) if (x == 1) l3.add(9); });
        attempt("iterator remove twice", () -> {
            Iterator<Integer> it = l3.iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("iterator remove before next", () -> new ArrayList<>(List.of(1)).iterator().remove());
        attempt("iterator next past end", () -> {
            Iterator<Integer> it = List.of(1).iterator();
            it.next();
            it.next();
        });
        attempt("linkedlist foreach remove", () -> {
            LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c"));
            for (String s : ll) if (s.equals("a")) ll.remove(s);
        });
        attempt("hashmap keySet remove during iteration", () -> {
            Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
            for (String k : m.keySet()) m.remove(k);
        });
        attempt("hashmap put during iteration", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 5; i++) m.put(i, i);
            for (Integer k : m.keySet()) m.put(k + 100, 0);
        });
        attempt("hashmap replace value during iteration", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 5; i++) m.put(i, i);
            for (Integer k : m.keySet()) m.put(k, -k);
            System.out.println("  replaced " + m);
        });
        attempt("treemap entry iterator remove", () -> {
            TreeMap<Integer, String> t = new TreeMap<>();
            for (int i = 0; i < 6; i++) t.put(i, "v" + i);
            for (Iterator<Map.Entry<Integer, String>> it = t.entrySet().iterator(); it.hasNext(); ) if (it.next().getKey() % 2 == 0) it.remove();
            System.out.println("  treemap " + t);
        });
        attempt("treemap structural change", () -> {
            TreeMap<Integer, String> t = new TreeMap<>(Map.of(1, "a", 2, "b"));
            for (Integer k : t.keySet()) t.put(k * 10, "x");
        });
        attempt("sublist after parent change", () -> {
            List<Integer> p = new ArrayList<>(List.of(1, 2, 3, 4));
            List<Integer> s = p.subList(1, 3);
            p.add(5);
            s.size();
        });
        attempt("list forEach modify", () -> {
            List<Integer> p = new ArrayList<>(List.of(1, 2, 3));
            p.forEach(x -> { if (x == 2) p.add(4); });
        });
        attempt("removeIf safe", () -> {
            List<Integer> p = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            p.removeIf(x -> x % 2 == 0);
            System.out.println("  removeIf " + p);
        });
        attempt("arraydeque modify", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1, 2, 3));
            for (Integer x : d) d.addLast(x);
        });
        attempt("priorityqueue iterator remove", () -> {
            PriorityQueue<Integer> q = new PriorityQueue<>(List.of(5, 1, 4, 2, 3));
            Iterator<Integer> it = q.iterator();
            while (it.hasNext()) if (it.next() == 4) it.remove();
            List<Integer> out = new ArrayList<>();
            while (!q.isEmpty()) out.add(q.poll());
            System.out.println("  pq " + out);
        });
        attempt("listIterator set after add", () -> {
            ListIterator<String> li = new ArrayList<>(List.of("a", "b")).listIterator();
            li.next();
            li.add("x");
            li.set("y");
        });
        attempt("immutable iterator remove", () -> {
            Iterator<Integer> it = List.of(1, 2).iterator();
            it.next();
            it.remove();
        });
        attempt("unmodifiable iterator remove", () -> {
            Iterator<Integer> it = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator();
            it.next();
            it.remove();
        });
        attempt("spliterator", () -> {
            Spliterator<Integer> sp = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)).spliterator();
            Spliterator<Integer> half = sp.trySplit();
            StringBuilder sb = new StringBuilder();
            half.forEachRemaining(x -> sb.append(x));
            sb.append('|');
            sp.tryAdvance(x -> sb.append(x));
            sb.append('|').append(sp.estimateSize());
            System.out.println("  split " + sb + " sized " + sp.hasCharacteristics(Spliterator.SIZED));
        });
        attempt("forEachRemaining", () -> {
            Iterator<String> it = List.of("p", "q", "r", "s").iterator();
            it.next();
            StringBuilder sb = new StringBuilder();
            it.forEachRemaining(sb::append);
            System.out.println("  rest " + sb);
        });
        attempt("enumeration", () -> {
            Vector<Integer> v = new Vector<>(List.of(7, 8));
            Enumeration<Integer> e = v.elements();
            int sum = 0;
            while (e.hasMoreElements()) sum += e.nextElement();
            System.out.println("  sum " + sum);
            e.nextElement();
        });
        attempt("scanner-like iterator", () -> {
            Iterator<Integer> counter = new Iterator<>() {
                int i = 0;
                public boolean hasNext() { return i < 3; }
                public Integer next() { if (i >= 3) throw new NoSuchElementException("done at " + i); return i++; }
            };
            while (true) System.out.println("  got " + counter.next());
        });
    }
}
