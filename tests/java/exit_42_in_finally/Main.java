public class Main {
    public static void main(String[] args) {
        try {
            System.out.println("in try");
            throw new RuntimeException("this exception is never reported");
        } finally {
            System.out.println("in finally, exiting with 42");
            System.out.flush();
            System.exit(42);
        }
    }
}
