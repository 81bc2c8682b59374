public class Main {
    static class Conn implements AutoCloseable {
        final String name;
        Conn(String name) { this.name = name; }
        public void close() { throw new IllegalStateException("close failed for " + name); }
    }
    static void work() {
        try (Conn c = new Conn("db")) {
            System.out.println("working with " + c.name);
            throw new UnsupportedOperationException("work failed");
        }
    }
    public static void main(String[] args) {
        System.out.println("start");
        work();
    }
}
