import java.util.*;

public class Main {
    static String show(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] keys = {"line.separator", "file.separator", "path.separator", "java.specification.version", "java.specification.name",
            "java.specification.vendor", "java.vm.specification.version", "java.vm.specification.name", "java.class.version",
            "java.vm.specification.vendor", "file.encoding", "native.encoding", "sun.jnu.encoding", "not.a.property"};
        for (String k : keys) System.out.println(k + " = " + show(System.getProperty(k)));
        System.out.println("lineSeparator " + show(System.lineSeparator()) + " same " + System.lineSeparator().equals(System.getProperty("line.separator")));
        System.out.println("default " + System.getProperty("missing.key", "fallback") + " present " + System.getProperty("path.separator", "fallback"));
        System.out.println("setProperty returns " + System.setProperty("keel.test", "one") + " then " + System.setProperty("keel.test", "two") + " get " + System.getProperty("keel.test"));
        System.out.println("clearProperty " + System.clearProperty("keel.test") + " after " + System.getProperty("keel.test"));
        System.out.println("Integer.getInteger " + Integer.getInteger("keel.int", 7) + " Long.getLong " + Long.getLong("keel.long", 8L) + " Boolean.getBoolean " + Boolean.getBoolean("keel.bool"));
        System.setProperty("keel.int", "123");
        System.setProperty("keel.bool", "TRUE");
        System.setProperty("keel.long", "0x10");
        System.out.println("after set: getInteger " + Integer.getInteger("keel.int") + " getLong " + Long.getLong("keel.long") + " getBoolean " + Boolean.getBoolean("keel.bool"));
        Properties p = System.getProperties();
        System.out.println("properties contains java.version " + p.containsKey("java.version") + " keel.int " + p.getProperty("keel.int"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
        String version = System.getProperty("java.version");
        System.out.println("java.version starts with 17 " + version.startsWith("17") + " Runtime.version().feature " + Runtime.version().feature());
        System.out.println("java.vm.name nonempty " + !System.getProperty("java.vm.name").isEmpty() + " java.home nonempty " + !System.getProperty("java.home").isEmpty());
        System.out.println("user.dir is absolute " + new java.io.File(System.getProperty("user.dir")).isAbsolute());
        System.out.println("env missing " + System.getenv("KEEL_SURELY_NOT_SET_VARIABLE") + " in map " + System.getenv().containsKey("KEEL_SURELY_NOT_SET_VARIABLE"));
        List<String> sorted = new ArrayList<>();
        for (String name : p.stringPropertyNames()) if (name.startsWith("keel.")) sorted.add(name + "=" + p.getProperty(name));
        Collections.sort(sorted);
        System.out.println("keel.* " + sorted);
        System.out.println("availableProcessors positive " + (Runtime.getRuntime().availableProcessors() > 0) + " maxMemory positive " + (Runtime.getRuntime().maxMemory() > 0));
    }
}
