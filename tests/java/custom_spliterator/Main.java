import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    static final class RangeSpliterator implements Spliterator.OfInt {
        private int from;
        private final int to;
        RangeSpliterator(int from, int to) { this.from = from; this.to = to; }
        public boolean tryAdvance(IntConsumer action) { if (from >= to) return false; action.accept(from++); return true; }
        public OfInt trySplit() { int mid = (from + to) >>> 1; if (mid - from < 4) return null; RangeSpliterator left = new RangeSpliterator(from, mid); from = mid; return left; }
        public long estimateSize() { return to - from; }
        public int characteristics() { return ORDERED | SIZED | SUBSIZED | IMMUTABLE | NONNULL | DISTINCT | SORTED; }
        public Comparator<? super Integer> getComparator() { return null; }
    }

    static final class Fib implements Iterator<Long> {
        long a = 0, b = 1;
        public boolean hasNext() { return true; }
        public Long next() { long r = a; a = b; b = r + b; return r; }
    }

    static final class WordSpliterator implements Spliterator<String> {
        private final String text;
        private int pos;
        WordSpliterator(String text) { this.text = text; }
        public boolean tryAdvance(Consumer<? super String> action) {
            while (pos < text.length() && !Character.isLetter(text.charAt(pos))) pos++;
            if (pos >= text.length()) return false;
            int start = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) pos++;
            action.accept(text.substring(start, pos));
            return true;
        }
        public Spliterator<String> trySplit() { return null; }
        public long estimateSize() { return Long.MAX_VALUE; }
        public int characteristics() { return ORDERED | NONNULL; }
    }

    public static void main(String[] args) {
        IntStream s = StreamSupport.intStream(new RangeSpliterator(0, 20), false);
        System.out.println(s.map(i -> i * i).filter(i -> i % 3 == 0).boxed().collect(Collectors.toList()));
        RangeSpliterator rs = new RangeSpliterator(0, 32);
        Spliterator.OfInt left = rs.trySplit();
        Spliterator.OfInt leftLeft = left.trySplit();
        System.out.println(leftLeft.estimateSize() + " " + left.estimateSize() + " " + rs.estimateSize() + " " + rs.hasCharacteristics(Spliterator.SIZED) + " " + rs.getExactSizeIfKnown());
        List<Integer> order = new ArrayList<>();
        leftLeft.forEachRemaining((IntConsumer) order::add);
        left.forEachRemaining((IntConsumer) order::add);
        rs.tryAdvance((IntConsumer) order::add);
        System.out.println(order);
        System.out.println(StreamSupport.intStream(new RangeSpliterator(5, 15), false).sorted().sum() + " " + StreamSupport.intStream(new RangeSpliterator(1, 11), false).count());
        Stream<Long> fib = StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Fib(), Spliterator.ORDERED), false);
        System.out.println(fib.limit(15).map(String::valueOf).collect(Collectors.joining(" ")));
        Stream<String> words = StreamSupport.stream(new WordSpliterator("The cat -- sat on 42 the mat; the END."), false);
        Map<String, Long> counted = words.map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println(counted);
        Iterator<String> it = List.of("x", "y", "z").iterator();
        Iterable<String> once = () -> it;
        System.out.println(StreamSupport.stream(once.spliterator(), false).collect(Collectors.joining("+")));
        Spliterator<String> arr = Arrays.spliterator(new String[]{"a", "b", "c", "d", "e", "f"}, 1, 5);
        System.out.println(arr.estimateSize() + " " + arr.hasCharacteristics(Spliterator.SUBSIZED));
        Spliterator<String> firstHalf = arr.trySplit();
        StringBuilder sb = new StringBuilder();
        firstHalf.forEachRemaining(sb::append);
        sb.append('|');
        arr.forEachRemaining(sb::append);
        System.out.println(sb);
        Spliterator<Integer> listSp = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8)).spliterator();
        Spliterator<Integer> part = listSp.trySplit();
        System.out.println(part.estimateSize() + " " + listSp.estimateSize() + " " + ((listSp.characteristics() & Spliterator.SIZED) != 0));
        PrimitiveIterator.OfInt pit = IntStream.rangeClosed(1, 5).iterator();
        int prod = 1;
        while (pit.hasNext()) prod *= pit.nextInt();
        System.out.println(prod);
        Spliterator<Integer> treeSp = new TreeSet<>(List.of(5, 1, 3)).spliterator();
        System.out.println(treeSp.hasCharacteristics(Spliterator.SORTED) + " " + treeSp.hasCharacteristics(Spliterator.DISTINCT) + " " + (treeSp.getComparator() == null));
        Stream<int[]> pairs = StreamSupport.stream(new Spliterators.AbstractSpliterator<int[]>(Long.MAX_VALUE, Spliterator.ORDERED) {
            int i = 0;
            public boolean tryAdvance(Consumer<? super int[]> action) { if (i >= 4) return false; action.accept(new int[]{i, i * i}); i++; return true; }
        }, false);
        System.out.println(pairs.map(Arrays::toString).collect(Collectors.toList()));
        Iterator<Integer> fromStream = Stream.of(3, 1, 2).sorted().iterator();
        List<Integer> drained = new ArrayList<>();
        fromStream.forEachRemaining(drained::add);
        System.out.println(drained + " " + Spliterators.emptySpliterator().estimateSize());
    }
}
