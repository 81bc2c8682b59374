import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 12; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println("nextInt(100) " + sb.toString().trim());
        System.out.println("nextInt(1<<20) " + r.nextInt(1 << 20) + " nextInt(7) " + r.nextInt(7) + " nextInt(5,10) " + r.nextInt(5, 10));
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong() + " bounded " + r.nextLong(1000L) + " range " + r.nextLong(-50L, 50L));
        System.out.println("nextDouble " + r.nextDouble() + " " + r.nextDouble() + " nextFloat " + r.nextFloat() + " nextBoolean " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("nextGaussian " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        System.out.println("ints stream " + Arrays.toString(new Random(7).ints(6, 0, 10).toArray()) + " doubles sum " + new Random(7).doubles(100).sum());
        System.out.println("longs " + Arrays.toString(new Random(1).longs(3, 100, 200).toArray()));
        Random a = new Random(123), b = new Random(123);
        boolean same = true;
        for (int i = 0; i < 1000; i++) same &= a.nextInt() == b.nextInt();
        System.out.println("same seed same sequence " + same);
        a.setSeed(5);
        b.setSeed(5);
        System.out.println("setSeed " + (a.nextLong() == b.nextLong()) + " " + new Random(5).nextInt(50));
        List<Integer> deck = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toList());
        Collections.shuffle(deck, new Random(2024));
        System.out.println("shuffle " + deck);
        int[] histogram = new int[10];
        Random h = new Random(99);
        for (int i = 0; i < 10000; i++) histogram[h.nextInt(10)]++;
        System.out.println("histogram " + Arrays.toString(histogram));
        double mean = 0;
        Random g = new Random(3);
        for (int i = 0; i < 1000; i++) mean += g.nextGaussian();
        System.out.println("gaussian mean*1000 " + mean);

        SplittableRandom sr = new SplittableRandom(42);
        System.out.println("splittable nextInt " + sr.nextInt() + " " + sr.nextInt(100) + " " + sr.nextInt(10, 20) + " nextLong " + sr.nextLong() + " " + sr.nextLong(1000));
        System.out.println("splittable nextDouble " + sr.nextDouble() + " " + sr.nextDouble(5.0) + " nextBoolean " + sr.nextBoolean());
        SplittableRandom child = sr.split();
        System.out.println("split child " + child.nextInt() + " " + child.nextLong() + " parent " + sr.nextInt());
        System.out.println("splittable ints " + Arrays.toString(new SplittableRandom(9).ints(5, 0, 1000).toArray()) + " longs " + Arrays.toString(new SplittableRandom(9).longs(2).toArray()));
        System.out.println("splittable doubles " + Arrays.toString(new SplittableRandom(11).doubles(3).toArray()));
        SplittableRandom s1 = new SplittableRandom(77), s2 = new SplittableRandom(77);
        System.out.println("splittable deterministic " + (s1.nextLong() == s2.nextLong()) + " " + (s1.split().nextLong() == s2.split().nextLong()));
        Random walk = new Random(8);
        int pos = 0, max = 0, min = 0;
        for (int i = 0; i < 500; i++) {
            pos += walk.nextBoolean() ? 1 : -1;
            max = Math.max(max, pos);
            min = Math.min(min, pos);
        }
        System.out.println("random walk end " + pos + " max " + max + " min " + min);
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        try {
            new SplittableRandom(1).nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(5,5): " + e.getMessage());
        }
        double[] samples = new Random(17).doubles(5, -1, 1).toArray();
        for (double s : samples) System.out.println(String.format(Locale.ROOT, "  sample %+.6f %s", s, Long.toHexString(Double.doubleToRawLongBits(s))));
    }
}
