import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        System.out.println("range " + Arrays.toString(IntStream.range(0, 8).toArray()) + " rangeClosed " + Arrays.toString(IntStream.rangeClosed(-2, 2).toArray()));
        System.out.println("empty range " + IntStream.range(5, 5).count() + " reversed range " + IntStream.range(5, 0).count());
        System.out.println("sum " + IntStream.rangeClosed(1, 100).sum() + " avg " + IntStream.rangeClosed(1, 10).average().getAsDouble() + " empty avg " + IntStream.empty().average());
        System.out.println("max " + IntStream.of(3, 9, -4).max().getAsInt() + " min " + IntStream.of(3, 9, -4).min().getAsInt() + " empty max present " + IntStream.empty().max().isPresent());
        IntSummaryStatistics st = IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics();
        System.out.println("stats " + st + " avg " + st.getAverage());
        System.out.println("primes " + IntStream.rangeClosed(2, 60).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().toList());
        System.out.println("squares " + IntStream.rangeClosed(1, 10).map(x -> x * x).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
        System.out.println("sorted desc " + IntStream.of(5, 3, 8, 1, 9, 2).boxed().sorted(Comparator.reverseOrder()).toList());
        System.out.println("sorted " + Arrays.toString(IntStream.of(5, 3, 8, 1, 9, 2).sorted().toArray()) + " distinct " + Arrays.toString(IntStream.of(1, 1, 2, 3, 3, 3).distinct().toArray()));
        System.out.println("iterate " + Arrays.toString(IntStream.iterate(1, x -> x * 3).limit(8).toArray()) + " bounded " + Arrays.toString(IntStream.iterate(100, x -> x > 0, x -> x / 2).toArray()));
        System.out.println("flatMap " + Arrays.toString(IntStream.rangeClosed(1, 4).flatMap(x -> IntStream.range(0, x)).toArray()));
        System.out.println("reduce product " + LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " reduce opt " + IntStream.of(7, 3).reduce((a, b) -> a - b).getAsInt());
        System.out.println("long sum " + LongStream.range(0, 100000).sum() + " mapToLong " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).mapToLong(x -> x).sum() + " int overflow " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("asDouble " + Arrays.toString(IntStream.range(0, 4).asDoubleStream().map(Math::sqrt).toArray()));
        System.out.println("double sum " + DoubleStream.of(0.1, 0.2, 0.3).sum() + " naive " + (0.1 + 0.2 + 0.3) + " avg " + DoubleStream.of(1.5, 2.5).average().getAsDouble());
        System.out.println("double stats " + DoubleStream.of(1e308, 1e308, -1e308).sum() + " " + DoubleStream.of(1.0, Double.NaN).max().getAsDouble());
        System.out.println("chars " + "hello".chars().map(c -> c - 'a').boxed().toList() + " codePoints " + "ab".codePoints().sum());
        System.out.println("char freq " + "mississippi".chars().boxed().collect(Collectors.groupingBy(c -> (char) (int) c, TreeMap::new, Collectors.counting())));
        System.out.println("anyMatch " + IntStream.range(0, 1000).anyMatch(x -> x * x == 625) + " allMatch " + IntStream.of(2, 4, 6).allMatch(x -> x % 2 == 0) + " findFirst " + IntStream.range(10, 20).filter(x -> x % 7 == 0).findFirst().getAsInt());
        System.out.println("takeWhile " + Arrays.toString(IntStream.range(0, 100).takeWhile(x -> x * x < 50).toArray()) + " dropWhile " + Arrays.toString(IntStream.range(0, 10).dropWhile(x -> x < 7).toArray()));
        System.out.println("skip/limit " + Arrays.toString(IntStream.range(0, 100).skip(95).toArray()) + " " + Arrays.toString(IntStream.generate(() -> 7).limit(3).toArray()));
        System.out.println("boxed collect " + IntStream.range(0, 5).boxed().collect(Collectors.toMap(i -> i, i -> i * i)));
        System.out.println("mapToObj " + IntStream.range(0, 5).mapToObj(i -> "#" + i).collect(Collectors.joining(",", "{", "}")));
        System.out.println("concat " + Arrays.toString(IntStream.concat(IntStream.of(1, 2), IntStream.of(3)).toArray()));
        int[] arr = {9, 2, 7, 4, 5};
        System.out.println("array stream " + Arrays.stream(arr).map(x -> x % 3).sum() + " sub " + Arrays.stream(arr, 1, 3).sum());
        long[] longs = LongStream.iterate(1, x -> x * 10).limit(19).toArray();
        System.out.println("longs last " + longs[18] + " count " + longs.length);
        System.out.println("pythagorean " + IntStream.rangeClosed(1, 20).boxed().flatMap(a -> IntStream.rangeClosed(a, 20).filter(b -> {
            double c = Math.sqrt(a * a + b * b);
            return c == Math.floor(c) && c <= 20;
        }).mapToObj(b -> a + "," + b)).toList());
        System.out.println("collect 3-arg " + IntStream.range(0, 5).collect(StringBuilder::new, (sb, i) -> sb.append(i), StringBuilder::append));
        PrimitiveIterator.OfInt it = IntStream.of(10, 20, 30).iterator();
        int total = 0;
        while (it.hasNext()) total += it.nextInt();
        System.out.println("iterator total " + total);
        OptionalInt none = IntStream.empty().findAny();
        System.out.println("none " + none + " orElse " + none.orElse(-1) + " some " + OptionalInt.of(4) + " " + OptionalDouble.of(2.5) + " " + OptionalLong.empty());
        System.out.println("average of longs " + LongStream.of(1, 2).average().getAsDouble() + " mapToInt " + Stream.of("a", "bb", "ccc").mapToInt(String::length).sum());
        System.out.println("sum of squares of odds " + IntStream.rangeClosed(1, 99).filter(x -> x % 2 == 1).map(x -> x * x).sum());
        System.out.println("histogram");
        int[] values = {3, 7, 1, 9, 4, 6, 2, 8, 5, 5, 5};
        IntStream.rangeClosed(1, 9).forEach(bucket -> {
            long c = Arrays.stream(values).filter(v -> v == bucket).count();
            if (c > 0) System.out.println("  " + bucket + " " + "*".repeat((int) c));
        });
    }
}
