import java.util.*;

public class Main {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": ok"); }
        catch (RuntimeException e) { System.out.println(what + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())); }
    }

    public static void main(String[] args) {
        List<Integer> lof = List.of(1, 2, 3);
        attempt("List.of add", () -> lof.add(4));
        attempt("List.of set", () -> lof.set(0, 9));
        attempt("List.of remove", () -> lof.remove(Integer.valueOf(1)));
        attempt("List.of clear", lof::clear);
        attempt("List.of sort", () -> lof.sort(null));
        attempt("List.of null element", () -> List.of(1, null));
        attempt("List.of contains null", () -> lof.contains(null));
        attempt("List.of get 5", () -> lof.get(5));
        attempt("Set.of duplicate", () -> Set.of("a", "a"));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("Map.of put", () -> Map.of("k", 1).put("j", 2));
        List<String> base = new ArrayList<>(List.of("x", "y"));
        List<String> unmod = Collections.unmodifiableList(base);
        List<String> copy = List.copyOf(base);
        base.add("z");
        System.out.println(unmod + " " + copy + " " + (List.copyOf(copy) == copy));
        attempt("unmodifiableList add", () -> unmod.add("w"));
        attempt("unmodifiableList iterator remove", () -> { Iterator<String> it = unmod.iterator(); it.next(); it.remove(); });
        attempt("unmodifiableList listIterator set", () -> { ListIterator<String> it = unmod.listIterator(); it.next(); it.set("q"); });
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("b", 2, "a", 1)));
        attempt("unmodifiableMap entry setValue", () -> um.entrySet().iterator().next().setValue(5));
        attempt("unmodifiableMap merge", () -> um.merge("a", 1, Integer::sum));
        System.out.println(um);
        List<Object> empty = Collections.emptyList();
        attempt("emptyList add", () -> empty.add(1));
        attempt("emptyList get", () -> empty.get(0));
        System.out.println(empty + " " + Collections.emptyMap() + " " + Collections.emptySet() + " " + empty.equals(List.of()) + " " + empty.hashCode());
        Map<String, Integer> single = Collections.singletonMap("one", 1);
        attempt("singletonMap put", () -> single.put("two", 2));
        System.out.println(single + " " + Collections.singletonList("s") + " " + Collections.singleton(7));
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println(copies + " " + String.join("", copies) + " " + copies.indexOf("ab") + " " + copies.lastIndexOf("ab"));
        attempt("nCopies set", () -> copies.set(0, "x"));
        attempt("nCopies negative", () -> Collections.nCopies(-1, "x"));
        Map.Entry<String, Integer> e = Map.entry("key", 42);
        System.out.println(e + " " + e.getKey() + " " + e.getValue() + " " + e.equals(new AbstractMap.SimpleEntry<>("key", 42)) + " " + e.hashCode());
        attempt("Map.entry setValue", () -> e.setValue(1));
        attempt("Map.entry null", () -> Map.entry(null, 1));
        Map<String, Integer> big = Map.ofEntries(Map.entry("delta", 4), Map.entry("alpha", 1), Map.entry("charlie", 3), Map.entry("bravo", 2));
        System.out.println(new TreeMap<>(big) + " " + big.size() + " " + big.get("charlie") + " " + big.getOrDefault("echo", -1));
        Set<String> sorted = new TreeSet<>(Set.of("m", "c", "x", "a"));
        System.out.println(sorted);
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) sync.add(i * i);
        synchronized (sync) { int s = 0; for (int v : sync) s += v; System.out.println(sync + " sum " + s); }
        AbstractMap.SimpleImmutableEntry<String, String> sie = new AbstractMap.SimpleImmutableEntry<>("a", "b");
        attempt("SimpleImmutableEntry setValue", () -> sie.setValue("c"));
        System.out.println(List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + List.of(1, 2).hashCode() + " " + Set.of(1, 2, 3).equals(new HashSet<>(List.of(3, 2, 1))) + " " + Map.of("a", 1).equals(Map.of("a", 1)));
        List<Integer> sub = lof.subList(1, 3);
        attempt("List.of subList add", () -> sub.add(1));
        System.out.println(sub + " " + List.of().isEmpty() + " " + Collections.unmodifiableCollection(List.of(5)).contains(5));
        Deque<Integer> ad = new ArrayDeque<>();
        attempt("ArrayDeque addFirst null", () -> ad.addFirst(null));
        attempt("ArrayDeque pop empty", ad::pop);
        attempt("Iterator next past end", () -> List.of().iterator().next());
        attempt("Optional get empty", () -> Optional.empty().get());
    }
}
