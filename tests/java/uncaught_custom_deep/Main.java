public class Main {
    static class AppException extends RuntimeException {
        final int code;
        AppException(String msg, int code, Throwable cause) { super(msg, cause); this.code = code; }
        @Override public String getMessage() { return super.getMessage() + " (code " + code + ")"; }
    }
    static void a() { b(); }
    static void b() { throw new ArithmeticException("deep root"); }
    static void c() {
        try { a(); } catch (ArithmeticException e) { throw new IllegalArgumentException("middle", e); }
    }
    static void d() {
        try { c(); } catch (IllegalArgumentException e) { throw new AppException("top", 7, e); }
    }
    public static void main(String[] args) {
        try { d(); } catch (AppException e) { System.out.println("caught once: " + e.getMessage()); }
        System.err.println("about to fail for real");
        d();
    }
}
