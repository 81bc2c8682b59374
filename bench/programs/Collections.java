// Collections of boxed Integers: ArrayList add/get/iterate/sort, HashMap
// put/get/iterate, TreeMap put/get/iterate.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Collections {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 35;
        final int n = 2000;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            List<Integer> list = new ArrayList<>();
            int seed = r + 1;
            for (int i = 0; i < n; i++) {
                seed = seed * 1103515245 + 12345;
                list.add((seed >>> 8) % 100_000);
            }
            for (int i = 0; i < n; i += 7) {
                sum += list.get(i);
            }
            java.util.Collections.sort(list);
            sum += list.get(0) + list.get(n / 2) + list.get(n - 1);
            for (Integer v : list) {
                sum += v & 15;
            }

            Map<Integer, Integer> hash = new HashMap<>();
            for (int i = 0; i < n; i++) {
                hash.put(list.get(i), i);
                hash.merge(i & 255, 1, Integer::sum);
            }
            for (int i = 0; i < n; i++) {
                Integer v = hash.get(i);
                if (v != null) sum += v;
            }
            for (Map.Entry<Integer, Integer> e : hash.entrySet()) {
                sum += e.getKey() ^ e.getValue();
            }

            TreeMap<Integer, Integer> tree = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                tree.put(list.get((i * 37) % n), i);
            }
            for (int i = 0; i < n; i += 3) {
                Integer v = tree.get(list.get(i));
                if (v != null) sum += v;
            }
            for (Map.Entry<Integer, Integer> e : tree.entrySet()) {
                sum += e.getKey() - e.getValue();
            }
            sum += tree.firstKey() + tree.lastKey() + tree.size() + hash.size();
        }
        System.out.println("Collections " + sum);
    }
}
