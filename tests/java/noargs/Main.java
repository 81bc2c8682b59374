public class Main {
    public static void main(String[] args) {
        System.out.println("args length " + args.length + " null? " + (args == null));
        System.out.println(java.util.Arrays.toString(args));
    }
}
