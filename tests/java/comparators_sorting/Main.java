import java.util.*;
import java.util.stream.*;

public class Main {
    record Employee(String name, String dept, int age, double salary) {}

    static class Version implements Comparable<Version> {
        final int[] parts;
        final String text;
        Version(String text) {
            this.text = text;
            this.parts = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
        }
        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
                int a = i < parts.length ? parts[i] : 0, b = i < o.parts.length ? o.parts[i] : 0;
                if (a != b) return Integer.compare(a, b);
            }
            return 0;
        }
        public String toString() { return text; }
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
            new Employee("Mia", "eng", 31, 120000), new Employee("Ann", "ops", 45, 90000), new Employee("Zed", "eng", 25, 95000),
            new Employee("Bob", "ops", 31, 88000), new Employee("Kim", "eng", 31, 120000), new Employee("Lee", "hr", 52, 70000),
            new Employee("Ada", "hr", 29, 72000));
        System.out.println("by name " + names(sorted(staff, Comparator.comparing(Employee::name))));
        System.out.println("by age then name " + names(sorted(staff, Comparator.comparingInt(Employee::age).thenComparing(Employee::name))));
        System.out.println("by dept, salary desc, name " + names(sorted(staff, Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder()).thenComparing(Employee::name))));
        System.out.println("reversed age " + names(sorted(staff, Comparator.comparingInt(Employee::age).reversed())));
        System.out.println("stable by age (input order kept) " + names(sorted(staff, Comparator.comparingInt(Employee::age))));
        System.out.println("by name length then reverse natural " + names(sorted(staff, Comparator.comparing((Employee e) -> e.name().length()).thenComparing(Employee::name, Comparator.reverseOrder()))));
        List<String> withNulls = new ArrayList<>(Arrays.asList("pear", null, "apple", null, "fig"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reverse " + withNulls);
        try {
            new ArrayList<>(Arrays.asList("b", null, "a")).sort(null);
        } catch (NullPointerException e) {
            System.out.println("natural sort with null NPE");
        }
        List<Version> versions = Stream.of("1.10", "1.2", "1.2.1", "0.9", "1.2.0", "10.0", "2").map(Version::new).collect(Collectors.toList());
        Collections.sort(versions);
        System.out.println("versions " + versions);
        System.out.println("max version " + Collections.max(versions) + " min " + Collections.min(versions));
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana", "date"};
        String[] w1 = words.clone();
        Arrays.sort(w1);
        String[] w2 = words.clone();
        Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone();
        Arrays.sort(w3, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder()));
        System.out.println("natural " + Arrays.toString(w1) + " ci " + Arrays.toString(w2) + " ci then reverse " + Arrays.toString(w3));
        Integer[] nums = {5, -3, 12, 0, -8, 7};
        Arrays.sort(nums, Comparator.comparingInt(Math::abs));
        System.out.println("by abs " + Arrays.toString(nums));
        Arrays.sort(nums, (a, b) -> Integer.compare(b % 3, a % 3));
        System.out.println("by mod 3 desc " + Arrays.toString(nums));
        int[][] pairs = {{3, 1}, {1, 2}, {3, 0}, {2, 2}, {1, 1}};
        Arrays.sort(pairs, Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> -p[1]));
        System.out.println("pairs " + Arrays.deepToString(pairs));
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparingInt(String::length));
        byLen.addAll(List.of("aa", "b", "cc", "ddd", "e"));
        System.out.println("treeset by length (dedup by comparator) " + byLen);
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        rev.putAll(Map.of("a", 1, "b", 2, "c", 3));
        System.out.println("reverse treemap " + rev + " comparator null? " + (new TreeMap<String, Integer>().comparator() == null));
        System.out.println("min/max by " + staff.stream().min(Comparator.comparingDouble(Employee::salary)).get().name() + " " + staff.stream().max(Comparator.comparingDouble(Employee::salary).thenComparing(Employee::name)).get().name());
        System.out.println("Comparator.naturalOrder().reversed() " + Stream.of(3, 1, 2).sorted(Comparator.<Integer>naturalOrder().reversed()).toList());
        System.out.println("compare helpers " + Integer.compare(1, 2) + " " + Boolean.compare(true, false) + " " + Character.compare('b', 'a') + " " + Double.compare(-0.0, 0.0) + " " + "b".compareTo("a") + " " + Objects.compare("x", "y", Comparator.naturalOrder()));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 2000; i++) big.add((i * 7919) % 2003);
        Collections.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.size(); i++) ok &= big.get(i - 1) <= big.get(i);
        System.out.println("2000 sorted " + ok + " first " + big.get(0) + " last " + big.get(1999));
        List<String> strs = IntStream.range(0, 300).mapToObj(i -> Integer.toString((i * 37) % 101, 7)).collect(Collectors.toList());
        strs.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("300 strings first " + strs.subList(0, 5) + " last " + strs.get(299));
        try {
            List<Integer> broken = new ArrayList<>();
            for (int i = 0; i < 100; i++) broken.add(i % 10);
            broken.sort((a, b) -> a < b ? -1 : 1);
            System.out.println("inconsistent comparator sorted " + broken.subList(0, 12));
        } catch (IllegalArgumentException e) {
            System.out.println("inconsistent comparator: " + e.getMessage());
        }
    }

    static <T> List<T> sorted(List<T> in, Comparator<? super T> c) {
        List<T> out = new ArrayList<>(in);
        out.sort(c);
        return out;
    }

    static String names(List<Employee> list) {
        return list.stream().map(Employee::name).collect(Collectors.joining(","));
    }
}
