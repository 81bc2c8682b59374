public class Main {
    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try { return 1; } finally { return 2; }
    }
    @SuppressWarnings("finally")
    static int finallyOverridesThrow() {
        try { throw new RuntimeException("lost"); } finally { return 3; }
    }
    @SuppressWarnings("finally")
    static int finallyThrowReplaces() {
        try { return 4; } finally { throw new IllegalStateException("from finally"); }
    }
    @SuppressWarnings("finally")
    static void finallyThrowReplacesException() {
        try { throw new RuntimeException("original"); } finally { throw new IllegalArgumentException("replacement"); }
    }
    static int returnValueCapturedBeforeFinally() {
        int x = 10;
        try { return x; } finally { x = 20; System.out.println("  finally set x=" + x); }
    }
    static StringBuilder mutableReturn() {
        StringBuilder sb = new StringBuilder("a");
        try { return sb; } finally { sb.append("b"); }
    }
    static String loopWithFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append("body").append(i).append(' ');
            } finally {
                sb.append("fin").append(i).append(' ');
            }
        }
        return sb.toString();
    }
    static int nestedFinally() {
        int r = 0;
        try {
            try { r += 1; throw new RuntimeException("x"); }
            finally { r += 10; }
        } catch (RuntimeException e) { r += 100; }
        finally { r += 1000; }
        return r;
    }
    static String catchThenFinally(boolean fail) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            if (fail) throw new RuntimeException();
            sb.append("try-end;");
        } catch (RuntimeException e) {
            sb.append("catch;");
            return sb.append("return-from-catch;").toString();
        } finally {
            sb.append("finally;");
        }
        return sb.append("after;").toString();
    }
    static int depth = 0;
    static void recursiveFinally(int n) {
        try { if (n > 0) recursiveFinally(n - 1); else throw new RuntimeException("bottom"); }
        finally { System.out.println("  unwinding " + n); }
    }
    public static void main(String[] args) {
        System.out.println("finallyOverridesReturn " + finallyOverridesReturn());
        System.out.println("finallyOverridesThrow " + finallyOverridesThrow());
        try { finallyThrowReplaces(); } catch (IllegalStateException e) { System.out.println("finallyThrowReplaces: " + e.getMessage()); }
        try { finallyThrowReplacesException(); } catch (RuntimeException e) { System.out.println("replaced: " + e + " suppressed=" + e.getSuppressed().length); }
        System.out.println("returnValueCaptured " + returnValueCapturedBeforeFinally());
        System.out.println("mutableReturn " + mutableReturn());
        System.out.println("loopWithFinally " + loopWithFinally());
        System.out.println("nestedFinally " + nestedFinally());
        System.out.println("catchThenFinally ok: " + catchThenFinally(false));
        System.out.println("catchThenFinally fail: " + catchThenFinally(true));
        try { recursiveFinally(3); } catch (RuntimeException e) { System.out.println("caught " + e.getMessage()); }
        int i = 0;
        try { i = 1; } finally { i *= 5; }
        System.out.println("i " + i);
        label: try { System.out.println("try in labeled"); break label; } finally { System.out.println("finally after break label"); }
        System.out.println("end");
    }
}
