import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record Sale(String region, String product, int units, double price) {}

    public static void main(String[] args) {
        System.out.println(Stream.iterate(1, x -> x * 3).limit(8).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x < 200, x -> x * 2).map(String::valueOf).collect(Collectors.joining(",", "<", ">")));
        int[] counter = {0};
        System.out.println(Stream.generate(() -> counter[0]++).limit(5).collect(Collectors.toList()) + " " + counter[0]);
        System.out.println(Stream.of(5, 3, 5, 1, 3, 7, 1).distinct().collect(Collectors.toList()) + " " + Stream.of(5, 3, 5, 1).sorted(Comparator.reverseOrder()).toList());
        System.out.println(IntStream.range(0, 20).takeWhile(i -> i * i < 50).boxed().toList() + " " + IntStream.range(0, 10).dropWhile(i -> i < 7).boxed().toList());
        System.out.println(Stream.of(1, 2, 3, 10, 4, 5).takeWhile(i -> i < 5).toList() + " " + Stream.of(1, 2, 3, 10, 4, 5).dropWhile(i -> i < 5).toList());
        List<Integer> unmodifiable = Stream.of(3, 1, 2).collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList));
        try { unmodifiable.add(1); } catch (UnsupportedOperationException e) { System.out.println("collectingAndThen -> unmodifiable " + unmodifiable); }
        Map<Integer, String> byLen = Stream.of("a", "bb", "cc", "d", "eee").collect(Collectors.toMap(String::length, s -> s, (x, y) -> x + "|" + y, TreeMap::new));
        System.out.println(byLen);
        try { Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        IntSummaryStatistics st = Stream.of("x", "yyy", "zz", "wwww").collect(Collectors.summarizingInt(String::length));
        System.out.println(st.getMin() + " " + st.getMax() + " " + st.getAverage() + " " + st.getSum() + " " + st.getCount());
        DoubleSummaryStatistics ds = DoubleStream.of(1.5, 2.5, -1).summaryStatistics();
        System.out.println(ds);
        System.out.println(IntStream.rangeClosed(1, 5).boxed().map(i -> i * i).toList() + " " + IntStream.of(1, 2, 3, 4).average().getAsDouble() + " " + IntStream.empty().average());
        System.out.println(Stream.concat(Stream.of("a", "b"), Stream.of("c")).toList() + " " + IntStream.concat(IntStream.of(1), IntStream.range(5, 8)).boxed().toList());
        System.out.println(Stream.of("ab", "cde").flatMapToInt(String::chars).mapToObj(c -> (char) c + "").collect(Collectors.joining("-")));
        List<String> peeked = new ArrayList<>();
        long cnt = Stream.of("p", "q", "r").peek(peeked::add).map(s -> s + s).filter(s -> !s.equals("qq")).count();
        System.out.println(cnt + " " + peeked);
        List<Sale> sales = List.of(new Sale("north", "widget", 10, 2.5), new Sale("south", "widget", 4, 2.5), new Sale("north", "gadget", 1, 99.0),
            new Sale("east", "gizmo", 7, 12.25), new Sale("south", "gadget", 2, 95.0), new Sale("east", "widget", 20, 2.0));
        Map<String, Double> revenue = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingDouble(s -> s.units() * s.price())));
        System.out.println(revenue);
        Map<String, Optional<Sale>> best = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Sale::units))));
        best.forEach((k, v) -> System.out.println(k + " best " + v.map(Sale::region).orElse("-")));
        Map<Boolean, Long> bigSmall = sales.stream().collect(Collectors.partitioningBy(s -> s.units() >= 5, Collectors.counting()));
        System.out.println(bigSmall);
        Map<String, Set<String>> regionsByProduct = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.mapping(Sale::region, Collectors.toCollection(TreeSet::new))));
        System.out.println(regionsByProduct);
        System.out.println(sales.stream().mapToInt(Sale::units).sum() + " " + sales.stream().map(Sale::product).distinct().sorted().collect(Collectors.joining("/")));
        System.out.println(Stream.of(1, 2, 3, 4).reduce(0, (acc, x) -> acc + x * x, Integer::sum) + " " + Stream.of("a", "b", "c").reduce("", String::concat));
        System.out.println(Stream.ofNullable(null).count() + " " + Stream.ofNullable("v").count() + " " + Stream.empty().findAny().isPresent());
        List<Object> multi = Stream.of(1, 2, 3).<Object>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + "." + i); }).toList();
        System.out.println(multi);
        System.out.println(IntStream.range(0, 30).skip(25).boxed().toList() + " " + Stream.of("x", "y", "z").skip(5).toList());
        System.out.println(Stream.of("b", "a", "c").anyMatch("a"::equals) + " " + Stream.of(2, 4).allMatch(x -> x % 2 == 0) + " " + Stream.of(1).noneMatch(x -> x > 0) + " " + Stream.empty().allMatch(x -> false));
        System.out.println(Arrays.toString(Stream.of("q", "w").toArray(String[]::new)) + " " + Arrays.toString(IntStream.of(3, 1, 2).sorted().toArray()));
        String joined = IntStream.rangeClosed(1, 15).mapToObj(i -> i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i)).collect(Collectors.joining(" "));
        System.out.println(joined);
        String teed = Stream.of("one", "two", "three", "four").collect(Collectors.teeing(Collectors.counting(), Collectors.joining(), (n, s) -> n + ":" + s));
        System.out.println(teed);
        Map<Character, List<String>> byFirst = Stream.of("apple", "avocado", "banana", "blueberry", "cherry").collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.toList()));
        System.out.println(byFirst);
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (x, y) -> x * y) + " " + LongStream.iterate(1, x -> x * 10).limit(4).sum());
        Iterator<Integer> it = Stream.of(9, 8, 7).iterator();
        while (it.hasNext()) System.out.print(it.next() + ";");
        System.out.println();
        System.out.println(Stream.of("a", "bb", "ccc").collect(Collectors.averagingInt(String::length)) + " " + Stream.of(1, 2).collect(Collectors.reducing(10, Integer::sum)));
        Supplier<Stream<Integer>> src = () -> Stream.of(4, 8, 15, 16, 23, 42);
        System.out.println(src.get().min(Integer::compare).get() + " " + src.get().max(Integer::compare).get() + " " + src.get().count() + " " + src.get().mapToInt(x -> x).sum());
        Stream<String> once = Stream.of("z");
        once.count();
        try { once.count(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
    }
}
