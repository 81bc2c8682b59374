public class Main {
    public static void main(String[] args) {
        System.out.println("before exit 0");
        System.err.println("stderr before exit 0");
        System.exit(0);
        System.out.println("not printed");
    }
}
