public class Main {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    static int letters(Day d) {
        return switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case THU, SAT -> 8;
            case WED -> 9;
        };
    }
    static String kind(int n) {
        return switch (n) {
            case 0 -> "zero";
            case 1, 2, 3 -> "small";
            case -1 -> { yield "minus one"; }
            default -> {
                if (n < 0) yield "negative";
                String s = n % 2 == 0 ? "even" : "odd";
                yield "big " + s;
            }
        };
    }
    static int oldStyleYield(char c) {
        int v = switch (c) {
            case 'a':
            case 'e':
                yield 1;
            case 'z':
                System.out.println("  (z seen)");
                yield 26;
            default:
                yield -1;
        };
        return v;
    }
    static String sparse(int n) {
        switch (n) {
            case 1: return "one";
            case 1000: return "thousand";
            case -1000000: return "minus million";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "none";
        }
    }
    static String dense(int n) {
        String r = "";
        switch (n) {
            case 10: r += "ten "; 
            case 11: r += "eleven "; break;
            case 12: r += "twelve ";
            case 13: r += "thirteen ";
            case 14: r += "fourteen "; break;
            case 15: { r += "fifteen "; break; }
            default: r += "default ";
            case 16: r += "sixteen ";
        }
        return r.trim();
    }
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + letters(d));
        for (int n : new int[] {0, 1, 3, -1, -5, 10, 11}) System.out.println(n + " " + kind(n));
        for (char c : "aezq".toCharArray()) System.out.println(c + " " + oldStyleYield(c));
        for (int n : new int[] {1, 1000, -1000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 5}) System.out.println(n + " " + sparse(n));
        for (int n = 9; n <= 17; n++) System.out.println(n + " " + dense(n));
        long total = 0;
        for (int i = 0; i < 20; i++) {
            total += switch (i % 4) { case 0 -> i; case 1 -> i * 2L; case 2 -> -i; default -> 100; };
        }
        System.out.println("total " + total);
        Object o = 3.5;
        double dv = switch (o.getClass().getSimpleName()) { case "Double" -> (Double) o * 2; case "Integer" -> 1; default -> 0; };
        System.out.println("dv " + dv);
        byte by = 2;
        switch (by) { case 1 -> System.out.println("byte one"); case 2 -> System.out.println("byte two"); default -> System.out.println("byte other"); }
        Integer boxed = 3;
        switch (boxed) { case 3 -> System.out.println("boxed three"); default -> System.out.println("boxed other"); }
        Day nd = null;
        try { letters(nd); } catch (NullPointerException e) { System.out.println("NPE on null enum switch"); }
    }
}
