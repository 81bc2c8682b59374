import java.io.*;

public class Main {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code, Throwable cause) { super(msg, cause); this.code = code; }
        @Override public String getMessage() { return super.getMessage() + " [code " + code + "]"; }
    }
    static class QuietException extends RuntimeException {
        QuietException(String m) { super(m); }
        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }
    static class Renamed extends RuntimeException {
        Renamed() { super("inner msg"); }
        @Override public String toString() { return "Renamed<" + getMessage() + ">"; }
    }
    static class Localized extends Exception {
        Localized() { super("base"); }
        @Override public String getLocalizedMessage() { return "localized(" + getMessage() + ")"; }
    }

    static int parse(String s) { return Integer.parseInt(s); }

    static void level3(String s) throws IOException {
        try {
            parse(s);
        } catch (NumberFormatException e) {
            throw new IOException("cannot read config", e);
        }
    }
    static void level2(String s) throws AppException {
        try {
            level3(s);
        } catch (IOException e) {
            throw new AppException("startup failed", 7, e);
        }
    }
    static void level1() throws AppException { level2("x12"); }

    public static void main(String[] args) {
        try {
            level1();
        } catch (AppException e) {
            e.printStackTrace(System.out);
            System.out.println("code=" + e.code + " cause=" + e.getCause().getClass().getSimpleName() + " root=" + e.getCause().getCause().getMessage());
        }
        QuietException q = new QuietException("no trace");
        System.out.println(q.getStackTrace().length + " " + q);
        q.printStackTrace(System.out);
        Renamed r = new Renamed();
        System.out.println(r + " | " + r.getMessage());
        try { throw r; } catch (RuntimeException e) { e.printStackTrace(System.out); }
        Localized l = new Localized();
        System.out.println(l + " | " + l.getMessage());
        StringWriter sw = new StringWriter();
        Exception withSuppressed = new IllegalStateException("primary");
        withSuppressed.addSuppressed(new IllegalArgumentException("secondary"));
        withSuppressed.addSuppressed(new QuietException("tertiary"));
        withSuppressed.printStackTrace(new PrintWriter(sw));
        String[] lines = sw.toString().split("\n");
        System.out.println(lines.length + " lines");
        for (String line : lines) System.out.println("> " + line.replace("\t", "    "));
        Throwable noMsg = new UnsupportedOperationException();
        System.out.println(noMsg + " | " + noMsg.getMessage() + " | " + new Exception((String) null) + " | " + new Exception(new Error("err")));
        Throwable cyc1 = new Exception("one");
        Throwable cyc2 = new Exception("two", cyc1);
        cyc1.initCause(cyc2);
        StringWriter cw = new StringWriter();
        cyc2.printStackTrace(new PrintWriter(cw));
        for (String line : cw.toString().split("\n")) if (!line.startsWith("\tat")) System.out.println(line);
        try { cyc1.initCause(new Exception()); } catch (IllegalStateException e) { System.out.println(e.getMessage().startsWith("Can't overwrite cause")); }
        try { Throwable self = new Exception("self"); self.initCause(self); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println(st[0].getMethodName() + " " + st[0].getClassName() + " " + st[0].getFileName() + " " + st[0].getLineNumber() + " " + st.length);
        Exception custom = new Exception("custom trace");
        custom.setStackTrace(new StackTraceElement[]{new StackTraceElement("Foo", "bar", "Foo.java", 12), new StackTraceElement("Baz", "qux", null, -1), new StackTraceElement("N", "nat", "N.java", -2)});
        custom.printStackTrace(System.out);
    }
}
