import java.util.function.Function;

public class Plugin implements Function<String, String> {
    public static int loads;
    private final String prefix;

    static {
        loads++;
    }

    public Plugin() { this("plugin"); }
    public Plugin(String prefix) { this.prefix = prefix; }

    public String apply(String s) { return prefix + ":" + new StringBuilder(s).reverse(); }

    public int sum(int... xs) {
        int t = 0;
        for (int x : xs) t += x;
        return t;
    }

    public static String hello(String who) { return "hello " + who + " from " + Plugin.class.getName(); }

    public String loaderName() {
        ClassLoader l = getClass().getClassLoader();
        return l == null ? "boot" : l.getClass().getSimpleName();
    }

    public Helper helper() { return new Helper(prefix.length()); }

    public static class Helper {
        final int n;
        Helper(int n) { this.n = n; }
        @Override public String toString() { return "Helper(" + n + ")"; }
    }
}
