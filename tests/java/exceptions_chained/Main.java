public class Main {
    static class DataException extends Exception {
        final int code;
        DataException(String msg, int code, Throwable cause) { super(msg, cause); this.code = code; }
    }
    static boolean ALWAYS = true;
    static void level3() { throw new ArithmeticException("level3 failure"); }
    static void level2() {
        try { level3(); } catch (ArithmeticException e) { throw new IllegalStateException("level2 wrap", e); }
    }
    static void level1() throws DataException {
        try { level2(); } catch (IllegalStateException e) { throw new DataException("level1 wrap", 42, e); }
    }
    static void rethrow() throws Exception {
        try { throw new java.io.IOException("io problem"); }
        catch (Exception e) { System.out.println("rethrowing " + e.getClass().getSimpleName()); throw e; }
    }
    static void preciseRethrow() throws java.io.IOException {
        try { if (ALWAYS) throw new java.io.IOException("precise"); }
        catch (final Exception e) { throw e; }
    }
    public static void main(String[] args) {
        try { level1(); } catch (DataException e) {
            System.out.println("top: " + e.getMessage() + " code=" + e.code);
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("  ".repeat(depth++) + t.getClass().getName() + ": " + t.getMessage());
            }
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("root: " + root);
            System.out.println("toString of wrapper: " + e.getCause());
        }
        try { rethrow(); } catch (Exception e) { System.out.println("caught rethrown " + e.getMessage()); }
        try { preciseRethrow(); } catch (java.io.IOException e) { System.out.println("caught precise " + e.getMessage()); }
        try {
            try { throw new RuntimeException("first"); }
            catch (RuntimeException e) { throw new RuntimeException("second", e); }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        RuntimeException r = new RuntimeException("msg", null);
        System.out.println("explicit null cause: " + r.getCause());
        Exception withCause = new Exception(new IllegalArgumentException("inner msg"));
        System.out.println("message from cause: " + withCause.getMessage());
        Exception nullCause = new Exception((Throwable) null);
        System.out.println("message from null cause: " + nullCause.getMessage());
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println("stack top: " + st[0].getClassName() + "." + st[0].getMethodName() + " line " + st[0].getLineNumber() + " file " + st[0].getFileName());
        try { level3(); } catch (ArithmeticException e) {
            StackTraceElement[] es = e.getStackTrace();
            System.out.println("frames: " + es[0].getMethodName() + " <- " + es[1].getMethodName() + " depth " + es.length);
        }
        int handled = 0;
        for (int i = 0; i < 6; i++) {
            try {
                switch (i % 3) {
                    case 0: throw new IllegalArgumentException("iae" + i);
                    case 1: throw new UnsupportedOperationException("uoe" + i);
                    default: throw new ArithmeticException("ae" + i);
                }
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                handled++;
                System.out.println("handled " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("generic " + e.getMessage());
            }
        }
        System.out.println("handled " + handled);
    }
}
