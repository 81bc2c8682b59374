import java.util.*;

// Helpful NullPointerException messages (JEP 358): what failed and where
// the null came from, for each kind of instruction that can fail.
public class Main {
    String name;
    int[] arr;
    int[][] grid;
    Main next;
    static Main st;

    static String get() { return null; }

    static String pick(boolean b) { return b ? "x" : null; }

    static void report(Runnable r) {
        try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }

    void instance() {
        try { next.name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { this.next.arr[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }

    public static void main(String[] args) {
        String s = args.length > 5 ? "x" : null;
        try { s.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { s.substring(1, 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Main m = new Main();
        try { m.name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { get().trim(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { int x = m.arr[0]; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { int x = m.arr.length; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { m.grid[1][2] = 3; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { st.name = "q"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Main q = null; q.name = "z"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Object o = null; synchronized (o) { } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Integer i = null; int j = i; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        List<String> list = null;
        try { list.add("x"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Object[] objs = new Object[2];
        try { objs[1].hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { long x = ((long[]) null)[0]; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.getProperty("no.such.property").length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Map<String, Integer> map = new HashMap<>(); int v = map.get("k"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        String[] names = new String[3];
        try { names[args.length].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { (args.length == 0 ? (String) null : "z").trim(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        System.out.println("explicit: " + new NullPointerException().getMessage());
        System.out.println("with message: " + new NullPointerException("mine").getMessage());
        m.instance();
        report(() -> pick(false).isEmpty());
        pick(false).length();
    }
}
