public class Main {
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        void use(boolean fail) { System.out.println("use " + name); if (fail) throw new IllegalStateException("use failed: " + name); }
        @Override public void close() {
            System.out.println("close " + name);
            if (failClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }
    static class Checked implements AutoCloseable {
        @Override public void close() throws Exception { throw new Exception("checked close"); }
    }
    static void print(Throwable t) {
        System.out.println("caught " + t);
        Throwable[] sup = t.getSuppressed();
        System.out.println("  suppressed count " + sup.length);
        for (Throwable s : sup) System.out.println("  suppressed: " + s);
    }
    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            a.use(false); b.use(false);
        }
        System.out.println("--- body throws, closes fine");
        try (Res a = new Res("a", false)) { a.use(true); } catch (IllegalStateException e) { print(e); }
        System.out.println("--- body throws, both closes throw");
        try (Res a = new Res("a", true); Res b = new Res("b", true)) { b.use(true); } catch (RuntimeException e) { print(e); }
        System.out.println("--- only close throws");
        try (Res a = new Res("a", true)) { a.use(false); } catch (RuntimeException e) { print(e); }
        System.out.println("--- both closes throw, body fine");
        try (Res a = new Res("a", true); Res b = new Res("b", true)) { System.out.println("body ok"); } catch (RuntimeException e) { print(e); }
        System.out.println("--- null resource");
        try (Res n = null) { System.out.println("body with null resource"); }
        System.out.println("--- second constructor throws");
        try (Res a = new Res("a", false); Res b = make()) { System.out.println("unreachable"); } catch (RuntimeException e) { print(e); }
        System.out.println("--- checked close");
        try (Checked c = new Checked()) { System.out.println("in checked"); } catch (Exception e) { print(e); }
        System.out.println("--- existing variable as resource");
        Res pre = new Res("pre", false);
        try (pre) { pre.use(false); }
        System.out.println("--- finally and catch order");
        try (Res a = new Res("x", false)) { throw new RuntimeException("boom"); }
        catch (RuntimeException e) { System.out.println("catch sees " + e.getMessage()); }
        finally { System.out.println("finally runs last"); }
        Throwable manual = new Exception("primary");
        manual.addSuppressed(new Exception("s1"));
        manual.addSuppressed(new Error("s2"));
        print(manual);
        try { manual.addSuppressed(manual); } catch (IllegalArgumentException e) { System.out.println("self-suppression: " + e.getMessage()); }
        try { manual.addSuppressed(null); } catch (NullPointerException e) { System.out.println("null suppression: " + e.getMessage()); }
    }
    static Res make() { throw new UnsupportedOperationException("cannot make b"); }
}
