public class Main {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println("arg[" + i + "] = [" + args[i] + "] length " + args[i].length());
        int sum = 0;
        for (String a : args) {
            try { sum += Integer.parseInt(a); } catch (NumberFormatException e) { System.out.println("not a number: " + a); }
        }
        System.out.println("sum of numeric args " + sum);
        String joined = String.join("|", args);
        System.out.println("joined " + joined);
        System.out.println("args is String[]: " + args.getClass().getSimpleName());
    }
}
