import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record Person(String name, String city, int age, double salary) {}

    public static void main(String[] args) {
        List<Person> people = List.of(
            new Person("Ann", "Oslo", 34, 5200.0),
            new Person("Bob", "Rome", 25, 3100.5),
            new Person("Cid", "Oslo", 45, 7100.0),
            new Person("Dee", "Lima", 25, 2800.0),
            new Person("Eve", "Rome", 52, 6400.25),
            new Person("Fay", "Lima", 31, 4100.0),
            new Person("Gus", "Oslo", 28, 3900.0));
        Map<String, List<String>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("byCity " + byCity);
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting()));
        System.out.println("counts " + counts);
        Map<String, Double> avgAge = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age)));
        System.out.println("avgAge " + avgAge);
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        oldest.forEach((c, p) -> System.out.println("  oldest in " + c + " " + p.map(Person::name).orElse("-")));
        Map<Boolean, List<String>> part = people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 30, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("partition " + part);
        Map<Boolean, Long> partCount = people.stream().collect(Collectors.partitioningBy(p -> p.salary() > 5000, Collectors.counting()));
        System.out.println("partitionCount " + partCount);
        System.out.println("joining " + people.stream().map(Person::name).collect(Collectors.joining()));
        System.out.println("joining delim " + people.stream().map(Person::name).collect(Collectors.joining(", ")));
        System.out.println("joining wrap " + people.stream().map(Person::name).collect(Collectors.joining("|", "<", ">")));
        System.out.println("joining empty " + Stream.<String>empty().collect(Collectors.joining(",", "[", "]")));
        Map<String, Integer> nameToAge = people.stream().collect(Collectors.toMap(Person::name, Person::age, (a, b) -> a, LinkedHashMap::new));
        System.out.println("toMap " + nameToAge);
        try {
            people.stream().collect(Collectors.toMap(Person::age, Person::name));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate: " + e.getMessage());
        }
        Map<Integer, String> merged = people.stream().collect(Collectors.toMap(Person::age, Person::name, (a, b) -> a + "+" + b, TreeMap::new));
        System.out.println("toMap merged " + merged);
        IntSummaryStatistics ages = people.stream().collect(Collectors.summarizingInt(Person::age));
        System.out.println("ages " + ages);
        DoubleSummaryStatistics sal = people.stream().mapToDouble(Person::salary).summaryStatistics();
        System.out.println("salary min " + sal.getMin() + " max " + sal.getMax() + " sum " + sal.getSum() + " count " + sal.getCount());
        System.out.println("summingDouble " + people.stream().collect(Collectors.summingDouble(Person::salary)));
        System.out.println("reducing " + people.stream().collect(Collectors.reducing(0, Person::age, Integer::sum)));
        System.out.println("collectingAndThen " + people.stream().map(Person::city).collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSortedSet)));
        System.out.println("filtering " + people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.filtering(p -> p.age() < 30, Collectors.mapping(Person::name, Collectors.joining("/"))))));
        System.out.println("flatMapping " + people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.flatMapping(p -> p.name().chars().mapToObj(c -> (char) c), Collectors.toCollection(TreeSet::new)))));
        System.out.println("teeing " + people.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(Person::age), (n, s) -> s + "/" + n)));
        Map<String, Map<Integer, List<String>>> twoLevel = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
            Collectors.groupingBy(p -> p.age() / 10 * 10, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        System.out.println("twoLevel " + twoLevel);
        List<String> sorted = people.stream().sorted(Comparator.comparing(Person::city).thenComparing(Person::salary, Comparator.reverseOrder())).map(p -> p.city() + ":" + p.name()).toList();
        System.out.println("sorted " + sorted);
        System.out.println("unmodifiable toList " + tryAdd(Stream.of(1, 2).toList()) + " collect toList " + tryAdd(Stream.of(1, 2).collect(Collectors.toList())));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of(), List.of(4, 5, 6));
        System.out.println("flatMap " + nested.stream().flatMap(List::stream).map(x -> x * x).collect(Collectors.toList()));
        System.out.println("mapMulti " + Stream.of(1, 2, 3).<Integer>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x); }).toList());
        System.out.println("reduce identity " + Stream.of("a", "b", "c").reduce("", String::concat) + " reduce optional " + Stream.of(3, 9, 4).reduce(Integer::max).get());
        System.out.println("reduce 3-arg " + Stream.of("aa", "bbb", "c").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println("distinct " + Stream.of(5, 1, 5, 2, 1, 3).distinct().toList() + " skip/limit " + Stream.iterate(1, x -> x * 2).skip(3).limit(5).toList());
        System.out.println("anyMatch " + people.stream().anyMatch(p -> p.age() > 50) + " allMatch " + people.stream().allMatch(p -> p.age() > 20) + " noneMatch " + people.stream().noneMatch(p -> p.city().equals("Paris")));
        System.out.println("findFirst " + people.stream().filter(p -> p.city().equals("Lima")).findFirst().map(Person::name).orElse("none"));
        System.out.println("min/max " + people.stream().min(Comparator.comparingDouble(Person::salary)).get().name() + " " + people.stream().max(Comparator.comparingDouble(Person::salary)).get().name());
        System.out.println("count " + people.stream().filter(p -> p.name().contains("e")).count());
        StringBuilder peeked = new StringBuilder();
        List<Integer> lens = Stream.of("one", "three", "five").peek(s -> peeked.append(s.charAt(0))).map(String::length).toList();
        System.out.println("peek " + peeked + " " + lens);
        System.out.println("takeWhile " + Stream.of(1, 2, 3, 10, 4).takeWhile(x -> x < 5).toList() + " dropWhile " + Stream.of(1, 2, 3, 10, 4).dropWhile(x -> x < 5).toList());
        System.out.println("iterate3 " + Stream.iterate(1, x -> x < 200, x -> x * 3).map(String::valueOf).collect(Collectors.joining(",")));
        Supplier<Stream<String>> words = () -> Stream.of("stream", "lambda", "collector", "map", "filter", "reduce");
        System.out.println("by length " + words.get().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList())));
        System.out.println("toArray " + Arrays.toString(words.get().filter(w -> w.length() > 5).toArray(String[]::new)));
        System.out.println("concat " + Stream.concat(Stream.of(1), Stream.of(2, 3)).toList() + " generate " + Stream.generate(() -> "z").limit(3).collect(Collectors.joining()));
        Stream<Integer> used = Stream.of(1);
        used.count();
        try {
            used.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
        Map<Character, Integer> letterTotals = words.get().collect(Collectors.toMap(w -> w.charAt(0), String::length, Integer::sum, TreeMap::new));
        System.out.println("letterTotals " + letterTotals);
        Function<Integer, Integer> twice = x -> x * 2;
        System.out.println("compose " + twice.andThen(x -> x + 1).apply(5) + " " + twice.compose((Integer x) -> x + 1).apply(5) + " identity " + Function.<Integer>identity().apply(7));
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Comparator.naturalOrder());
        System.out.println("minBy " + minBy.apply(4, 2) + " predicate " + Predicate.<String>isEqual("a").negate().test("a") + " " + Predicate.not(String::isEmpty).test(""));
    }

    static String tryAdd(List<Integer> l) {
        try {
            l.add(3);
            return "mutable";
        } catch (UnsupportedOperationException e) {
            return "immutable";
        }
    }
}
