public class Main {
    static int depth;
    static int recurse(int n) { depth++; return recurse(n + 1) + 1; }
    static long deep(long a, long b, long c) { return deep(a + 1, b + 2, c + 3) + a; }
    int instanceRecurse() { return instanceRecurse() + 1; }
    public static void main(String[] args) {
        try { recurse(0); } catch (StackOverflowError e) { System.out.println("caught SOE"); }
        System.out.println("still running, depth positive: " + (depth > 100));
        try { deep(0, 0, 0); } catch (StackOverflowError e) { System.out.println("caught SOE"); }
        try { new Main().instanceRecurse(); } catch (StackOverflowError e) { System.out.println("caught SOE"); }
        try { recurse(0); } catch (Throwable t) { System.out.println("caught as Throwable: " + t.getClass().getName()); }
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            try { recurse(0); } catch (StackOverflowError e) { sum++; }
        }
        System.out.println("survived " + sum + " more overflows");
        System.out.println("normal recursion after: " + fact(10));
    }
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
}
