class Broken {
    static int value = compute();
    static int compute() {
        System.out.println("Broken.<clinit> running");
        if (true) throw new IllegalStateException("init failed");
        return 1;
    }
    static void hello() { System.out.println("never"); }
}

class BrokenDiv {
    static int zero = 0;
    static int v = 10 / zero;
}

class Fine {
    static { System.out.println("Fine initialized once"); }
    static int x = 5;
}

class CheckedInStatic {
    static final String DATA;
    static {
        String d;
        try { d = load(); } catch (Exception e) { d = "fallback(" + e.getMessage() + ")"; }
        DATA = d;
    }
    static String load() throws Exception { throw new Exception("missing resource"); }
}

public class Main {
    public static void main(String[] args) {
        try {
            System.out.println(Broken.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getClass().getName() + " message=" + e.getMessage());
            System.out.println("  cause: " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            System.out.println("  getException same as cause: " + (e.getException() == e.getCause()));
        }
        try {
            Broken.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("second: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(Broken.value);
        } catch (Throwable e) {
            System.out.println("third: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try { new BrokenDiv(); } catch (ExceptionInInitializerError e) {
            System.out.println("BrokenDiv: " + e.getCause());
        }
        try { System.out.println(BrokenDiv.v); } catch (NoClassDefFoundError e) {
            System.out.println("BrokenDiv again: " + e.getMessage());
        }
        System.out.println("Fine.x " + Fine.x + " " + Fine.x);
        System.out.println("CheckedInStatic " + CheckedInStatic.DATA);
        System.out.println("done");
    }
}
