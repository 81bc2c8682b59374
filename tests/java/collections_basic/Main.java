import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * 3 % 7);
        System.out.println("list " + list + " size " + list.size() + " contains 6 " + list.contains(6) + " indexOf 6 " + list.indexOf(6) + " lastIndexOf 6 " + list.lastIndexOf(6));
        list.add(0, -1); list.remove(Integer.valueOf(6)); list.set(1, 100);
        System.out.println("modified " + list);
        Collections.sort(list);
        System.out.println("sorted " + list + " max " + Collections.max(list) + " min " + Collections.min(list));
        Collections.reverse(list);
        System.out.println("reversed " + list + " sublist " + list.subList(2, 5));
        LinkedList<String> ll = new LinkedList<>(List.of("b", "c"));
        ll.addFirst("a"); ll.addLast("d"); ll.removeFirst(); ll.push("z");
        System.out.println("linked " + ll + " peekLast " + ll.peekLast() + " pop " + ll.pop() + " -> " + ll);
        Map<String, Integer> hm = new HashMap<>();
        for (String w : "the cat and the dog and the bird".split(" ")) hm.merge(w, 1, Integer::sum);
        System.out.println("hashmap " + hm + " get(the) " + hm.get("the") + " get(x) " + hm.get("x") + " getOrDefault " + hm.getOrDefault("x", 0));
        TreeMap<String, Integer> tm = new TreeMap<>(hm);
        System.out.println("treemap " + tm + " first " + tm.firstKey() + " last " + tm.lastEntry() + " headMap(cat) " + tm.headMap("cat") + " ceiling(c) " + tm.ceilingKey("c"));
        Set<Integer> hs = new HashSet<>(List.of(5, 1, 9, 3, 7, 1000, 17, 33));
        System.out.println("hashset(ints) " + hs + " contains 9 " + hs.contains(9));
        Set<String> ts = new TreeSet<>(Comparator.reverseOrder());
        ts.addAll(List.of("pear", "apple", "fig", "kiwi"));
        System.out.println("treeset desc " + ts);
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        lhm.put("z", 1); lhm.put("a", 2); lhm.put("m", 3); lhm.put("z", 4);
        System.out.println("linkedhashmap " + lhm + " keys " + lhm.keySet() + " values " + lhm.values());
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) { dq.offerFirst(i); dq.offerLast(i * 10); }
        System.out.println("deque " + dq + " pollFirst " + dq.pollFirst() + " pollLast " + dq.pollLast() + " peek " + dq.peek());
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 2, 8, 1, 9, 3));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("pq order " + sb);
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println("after iterator remove " + list);
        try { for (Integer x : list) if (x == 3) list.remove(x); } catch (ConcurrentModificationException e) { System.out.println("CME " + e.getMessage()); }
        List<Integer> imm = List.of(1, 2, 3);
        try { imm.add(4); } catch (UnsupportedOperationException e) { System.out.println("immutable add UOE " + e.getMessage()); }
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("List.of null NPE"); }
        try { new ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        try { new LinkedList<Integer>().getFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        Map<Character, List<String>> byInitial = new TreeMap<>();
        for (String w : List.of("alpha", "beta", "avocado", "cherry", "blueberry")) byInitial.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        System.out.println("grouped " + byInitial);
        List<String> names = new ArrayList<>(List.of("Zoe", "adam", "Bob", "carl"));
        names.removeIf(s -> s.length() == 3 && Character.isUpperCase(s.charAt(0)));
        names.replaceAll(String::toUpperCase);
        System.out.println("removeIf/replaceAll " + names);
        System.out.println("Collections: nCopies " + Collections.nCopies(3, "ab") + " frequency " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " emptyList " + Collections.emptyList());
        int[] counts = new int[5];
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 20; i++) squares.put(i, i * i);
        long s = 0;
        for (Map.Entry<Integer, Integer> e : squares.entrySet()) s += (long) e.getKey() * e.getValue();
        System.out.println("sum k*v " + s + " map " + squares);
        System.out.println("equals across types " + new ArrayList<>(List.of(1, 2)).equals(new LinkedList<>(List.of(1, 2))) + " hash " + List.of(1, 2, 3).hashCode() + " " + Map.of("a", 1).hashCode() + " " + Set.of(1, 2).hashCode());
    }
}
