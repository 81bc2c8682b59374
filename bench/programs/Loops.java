// Nested int and long arithmetic loops: the interpreter's dispatch, local
// variable access, arithmetic, shifts, comparisons and branches.
public class Loops {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 18000;
        int acc = 0;
        long lacc = 0L;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 1000; j++) {
                int x = i * 31 + j;
                acc += (x ^ (x >>> 3)) + (j & 7) - (i % 5);
                if ((x & 1) == 0) {
                    acc -= x >> 1;
                } else {
                    acc += x << 1;
                }
                long y = (long) x * 0x9E3779B97F4A7C15L;
                lacc += y ^ (y >>> 29);
                lacc -= (long) j * i;
            }
        }
        long total = lacc;
        for (long k = 0; k < (long) n * 200; k++) {
            total = total * 6364136223846793005L + 1442695040888963407L;
        }
        System.out.println("Loops " + acc + " " + lacc + " " + total);
    }
}
