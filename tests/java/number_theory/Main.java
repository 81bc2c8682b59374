import java.util.*;

public class Main {
    static long mulMod(long a, long b, long m) {
        long hi = Math.multiplyHigh(a, b), lo = a * b;
        if (hi == 0 && lo >= 0) return lo % m;
        return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)).mod(java.math.BigInteger.valueOf(m)).longValue();
    }
    static long powMod(long b, long e, long m) { long r = 1 % m; b %= m; while (e > 0) { if ((e & 1) == 1) r = mulMod(r, b, m); b = mulMod(b, b, m); e >>= 1; } return r; }
    static boolean isPrime(long n) {
        if (n < 2) return false;
        for (long p : new long[]{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) { if (n % p == 0) return n == p; }
        long d = n - 1; int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        outer:
        for (long a : new long[]{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            for (int r = 1; r < s; r++) { x = mulMod(x, x, n); if (x == n - 1) continue outer; }
            return false;
        }
        return true;
    }
    static long gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return Math.abs(a); }
    static long[] extGcd(long a, long b) { if (b == 0) return new long[]{a, 1, 0}; long[] r = extGcd(b, a % b); return new long[]{r[0], r[2], r[1] - (a / b) * r[2]}; }
    static long rho(long n) {
        if (n % 2 == 0) return 2;
        for (long c = 1; ; c++) {
            long x = 2, y = 2, d = 1;
            while (d == 1) { x = (mulMod(x, x, n) + c) % n; y = (mulMod(y, y, n) + c) % n; y = (mulMod(y, y, n) + c) % n; d = gcd(Math.abs(x - y), n); }
            if (d != n) return d;
        }
    }
    static void factor(long n, List<Long> out) {
        if (n == 1) return;
        if (isPrime(n)) { out.add(n); return; }
        for (long p = 2; p < 1000; p++) if (n % p == 0) { out.add(p); factor(n / p, out); return; }
        long d = rho(n);
        factor(d, out);
        factor(n / d, out);
    }
    static long phi(long n) { long r = n; for (long p = 2; p * p <= n; p++) if (n % p == 0) { while (n % p == 0) n /= p; r -= r / p; } if (n > 1) r -= r / n; return r; }
    static long crt(long[] rems, long[] mods) {
        long x = 0, m = 1;
        for (int i = 0; i < rems.length; i++) {
            long[] g = extGcd(m, mods[i]);
            long t = Math.floorMod((rems[i] - x) % mods[i] * Math.floorMod(g[1], mods[i]), mods[i]);
            x += m * t;
            m *= mods[i];
            x = Math.floorMod(x, m);
        }
        return x;
    }

    public static void main(String[] args) {
        long[] tests = {1, 2, 97, 561, 1105, 7919, 1_000_000_007L, 999_999_999_989L, 4_294_967_291L, 3_215_031_751L, Long.MAX_VALUE};
        for (long t : tests) System.out.println(t + " prime=" + isPrime(t));
        long[] toFactor = {360, 1001, 65537L * 65539L, 600851475143L, 9_999_999_967L * 3, 1_000_003L * 999_983L};
        for (long n : toFactor) { List<Long> f = new ArrayList<>(); factor(n, f); Collections.sort(f); System.out.println(n + " = " + f); }
        System.out.println("gcd " + gcd(462, 1071) + " " + gcd(-48, 18) + " " + gcd(0, 5) + " ext " + Arrays.toString(extGcd(240, 46)));
        for (long n : new long[]{1, 9, 36, 97, 100, 1_000_000}) System.out.print("phi(" + n + ")=" + phi(n) + " ");
        System.out.println();
        System.out.println("powMod " + powMod(2, 1_000_000, 1_000_000_007L) + " " + powMod(3, Long.MAX_VALUE, 998_244_353L) + " " + powMod(123456789, 987654321, Long.MAX_VALUE));
        System.out.println("crt " + crt(new long[]{2, 3, 2}, new long[]{3, 5, 7}) + " " + crt(new long[]{1, 4, 6}, new long[]{3, 5, 7}));
        int limit = 100;
        int[] spf = new int[limit + 1];
        for (int i = 2; i <= limit; i++) if (spf[i] == 0) for (int j = i; j <= limit; j += i) if (spf[j] == 0) spf[j] = i;
        StringBuilder sb = new StringBuilder();
        for (int i = 90; i <= 100; i++) sb.append(i).append(':').append(spf[i]).append(' ');
        System.out.println("smallest prime factors " + sb.toString().trim());
        List<Integer> perfect = new ArrayList<>();
        for (int n = 2; n < 9000; n++) { int s = 1; for (int d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d != n / d) s += n / d; } if (s == n) perfect.add(n); }
        System.out.println("perfect " + perfect);
        List<String> amicable = new ArrayList<>();
        int[] ds = new int[3000];
        for (int i = 1; i < 3000; i++) for (int j = 2 * i; j < 3000; j += i) ds[j] += i;
        for (int a = 2; a < 3000; a++) { int b = ds[a]; if (b > a && b < 3000 && ds[b] == a) amicable.add(a + "&" + b); }
        System.out.println("amicable " + amicable);
        long fermat = (1L << 32) + 1;
        List<Long> ff = new ArrayList<>();
        factor(fermat, ff);
        System.out.println("F5 = " + fermat + " = " + ff);
        System.out.println("digits sum 2^100: " + java.math.BigInteger.TWO.pow(100).toString().chars().map(c -> c - '0').sum() + ", Math.floorMod(-7, 3)=" + Math.floorMod(-7, 3) + ", -7 % 3=" + (-7 % 3));
    }
}
