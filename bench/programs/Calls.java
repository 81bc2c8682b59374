// Static and private method calls: recursion (fib, ackermann) and small
// static/private helpers with several arguments of different types.
public class Calls {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }

    static int add3(int a, int b, int c) {
        return a + b + c;
    }

    static long mix(long a, int b, double c) {
        return a * 31 + b + (long) c;
    }

    private int state;

    private int step(int x) {
        state = state * 17 + x;
        return state;
    }

    private static int twice(int x) {
        return x + x;
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        long sum = 0;
        for (int r = 0; r < scale; r++) {
            sum += fib(25);
            sum += ack(2, 300);
            Calls self = new Calls();
            long m = 0;
            for (int i = 0; i < 200_000; i++) {
                sum += add3(i, twice(i), 7);
                m = mix(m, i, 0.5 * i);
                sum += self.step(i);
            }
            sum += m;
        }
        System.out.println("Calls " + sum);
    }
}
