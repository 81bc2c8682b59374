import java.util.*;
import java.util.stream.*;

public class Main {
    record Employee(String name, String dept, int salary) {}
    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 10).sum() + " " + IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")));
        List<String> words = List.of("stream", "lambda", "java", "keel", "rust", "jvm", "bytecode", "class");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().sorted().collect(Collectors.joining(" ")));
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        System.out.println("count " + words.stream().filter(w -> w.contains("a")).count() + " anyMatch " + words.stream().anyMatch(w -> w.startsWith("j")) + " allMatch " + words.stream().allMatch(w -> w.length() > 2) + " noneMatch " + words.stream().noneMatch(String::isEmpty));
        System.out.println("max len " + words.stream().mapToInt(String::length).max().getAsInt() + " avg " + words.stream().mapToInt(String::length).average().getAsDouble());
        System.out.println("reduce " + Stream.of(1, 2, 3, 4, 5).reduce(0, Integer::sum) + " " + Stream.of(1, 2, 3, 4, 5).reduce((a, b) -> a * b).get());
        Map<Integer, List<String>> byLen = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println("groupingBy " + byLen);
        Map<Boolean, Long> parts = words.stream().collect(Collectors.partitioningBy(w -> w.length() % 2 == 0, Collectors.counting()));
        System.out.println("partitioningBy " + parts);
        List<Employee> emps = List.of(new Employee("Ann", "eng", 120), new Employee("Bob", "eng", 100), new Employee("Cid", "ops", 90), new Employee("Dee", "ops", 95), new Employee("Eve", "sales", 70));
        Map<String, Integer> totals = emps.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.summingInt(Employee::salary)));
        System.out.println("salary by dept " + totals);
        System.out.println("top earner " + emps.stream().max(Comparator.comparingInt(Employee::salary)).map(Employee::name).orElse("none"));
        System.out.println("names " + emps.stream().map(Employee::name).collect(Collectors.joining("/")));
        IntSummaryStatistics stats = emps.stream().mapToInt(Employee::salary).summaryStatistics();
        System.out.println("stats " + stats.getMin() + " " + stats.getMax() + " " + stats.getSum() + " " + stats.getAverage() + " " + stats.getCount());
        System.out.println("iterate " + Stream.iterate(1, x -> x * 3).limit(10).toList());
        System.out.println("iterate with predicate " + IntStream.iterate(1, x -> x < 1000, x -> x * 2).boxed().toList());
        System.out.println("flatMap " + Stream.of(List.of(1, 2), List.of(3), List.<Integer>of()).flatMap(List::stream).map(x -> x * 10).toList());
        System.out.println("distinct/skip/limit " + IntStream.of(3, 1, 3, 2, 1, 5, 4, 5).distinct().skip(1).limit(3).boxed().toList());
        System.out.println("chars " + "hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()));
        System.out.println("toMap " + words.stream().limit(3).collect(Collectors.toMap(w -> w, String::length, (a, b) -> a, TreeMap::new)));
        System.out.println("peek/sorted " + Stream.of(5, 3, 1).peek(x -> System.out.print("<" + x + ">")).sorted().toList());
        System.out.println("takeWhile " + IntStream.range(0, 20).takeWhile(x -> x * x < 50).boxed().toList() + " dropWhile " + IntStream.range(0, 10).dropWhile(x -> x < 7).boxed().toList());
        System.out.println("findFirst " + Stream.of("x", "y").findFirst().get() + " empty " + Stream.empty().findFirst().isPresent());
        double[] ds = DoubleStream.of(1.5, 2.5, 3.0).map(d -> d * 2).toArray();
        System.out.println("doubles " + Arrays.toString(ds) + " sum " + DoubleStream.of(ds).sum());
        long primes = LongStream.rangeClosed(2, 2000).filter(n -> LongStream.rangeClosed(2, (long) Math.sqrt(n)).noneMatch(d -> n % d == 0)).count();
        System.out.println("primes to 2000 " + primes);
    }
}
