public class Main {
    static void deep(int n) {
        if (n == 0) { System.out.println("exiting from depth"); System.exit(3); }
        try { deep(n - 1); } finally { System.out.println("finally at " + n + " (not run on exit)"); }
    }
    public static void main(String[] args) {
        System.out.println("start");
        deep(3);
        System.out.println("unreachable");
    }
}
