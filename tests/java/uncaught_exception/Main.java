public class Main {
    static int compute(int x) {
        if (x > 2) throw new RuntimeException("value too large: " + x);
        return x * 2;
    }
    static int loop() {
        int total = 0;
        for (int i = 0; i < 5; i++) {
            total += compute(i);
            System.out.println("i=" + i + " total=" + total);
        }
        return total;
    }
    public static void main(String[] args) {
        System.out.println("start");
        System.err.println("a line on stderr before the crash");
        System.out.println("result " + loop());
        System.out.println("never printed");
    }
}
