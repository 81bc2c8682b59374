public class Main {
    public static void main(String[] args) {
        int limit = 100000;
        boolean[] composite = new boolean[limit + 1];
        int count = 0; long sum = 0; int last = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++; sum += i; last = i;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        System.out.println("primes <= " + limit + ": count=" + count + " sum=" + sum + " largest=" + last);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, c = 0; c < 30; i++) if (!composite[i]) { sb.append(i).append(' '); c++; }
        System.out.println("first 30: " + sb.toString().trim());
        long a = 0, b = 1;
        for (int i = 0; i <= 92; i++) {
            if (i % 10 == 0 || i > 88) System.out.println("fib(" + i + ") = " + a);
            long t = a + b; a = b; b = t;
        }
        System.out.println("fib(93) overflows to " + a);
        long bestStart = 0; int bestLen = 0; long maxPeak = 0;
        for (long start = 1; start < 30000; start++) {
            long n = start; int len = 1;
            while (n != 1) { n = (n & 1) == 0 ? n >> 1 : 3 * n + 1; len++; if (n > maxPeak) maxPeak = n; }
            if (len > bestLen) { bestLen = len; bestStart = start; }
        }
        System.out.println("collatz longest under 30000: start=" + bestStart + " length=" + bestLen + " peak=" + maxPeak);
        long n = 27; StringBuilder path = new StringBuilder();
        for (int steps = 0; steps < 20; steps++) { path.append(n).append(steps < 19 ? "->" : ""); n = n % 2 == 0 ? n / 2 : 3 * n + 1; }
        System.out.println("collatz(27): " + path);
        int perfect = 0;
        for (int x = 2; x < 10000; x++) {
            int s = 1;
            for (int d = 2; d * d <= x; d++) if (x % d == 0) { s += d; if (d != x / d) s += x / d; }
            if (s == x) { System.out.println("perfect: " + x); perfect++; }
        }
        System.out.println("perfect count " + perfect);
        long h = 1125899906842597L;
        for (int i = 0; i < 100000; i++) h = 31 * h + (i ^ (i >>> 3));
        System.out.println("long hash accumulate " + h);
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("leibniz pi " + pi);
        int digitsSum = 0;
        for (int i = 1; i <= 10000; i++) { int m = i; while (m > 0) { digitsSum += m % 10; m /= 10; } }
        System.out.println("sum of digits 1..10000 " + digitsSum);
        long lcg = 42;
        StringBuilder rnd = new StringBuilder();
        for (int i = 0; i < 10; i++) { lcg = lcg * 6364136223846793005L + 1442695040888963407L; rnd.append(lcg >>> 60).append(' '); }
        System.out.println("lcg " + rnd);
        java.util.Random random = new java.util.Random(12345);
        System.out.println("seeded Random " + random.nextInt(100) + " " + random.nextInt(100) + " " + random.nextLong() + " " + random.nextDouble() + " " + random.nextBoolean());
    }
}
