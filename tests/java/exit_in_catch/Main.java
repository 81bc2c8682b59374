public class Main {
    static int work(int n) { if (n == 5) throw new IllegalStateException("bad n " + n); return n * n; }
    public static void main(String[] args) {
        int total = 0;
        try {
            for (int i = 0; i < 10; i++) { total += work(i); System.out.println("total " + total); }
        } catch (IllegalStateException e) {
            System.err.println("fatal: " + e.getMessage());
            System.exit(total % 256 == 30 ? 3 : 99);
        } finally {
            System.out.println("finally not reached");
        }
    }
}
