import java.util.*;
import java.util.function.*;

public class Main {
    static void run(String label, Supplier<Object> s) {
        try { System.out.println(label + " -> " + s.get()); }
        catch (RuntimeException e) { System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }

    static class Plain { int v = 3; }
    static class WithToString { public String toString() { return "WTS"; } }

    public static void main(String[] args) {
        run("requireNonNull", () -> Objects.requireNonNull(null));
        run("requireNonNull msg", () -> Objects.requireNonNull(null, "value must not be null"));
        run("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "lazy " + 42));
        run("requireNonNull ok", () -> Objects.requireNonNull("ok"));
        run("requireNonNullElse", () -> Objects.requireNonNullElse(null, "else"));
        run("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        run("requireNonNullElseGet", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        run("checkIndex ok", () -> Objects.checkIndex(2, 3));
        run("checkIndex bad", () -> Objects.checkIndex(3, 3));
        run("checkIndex negative", () -> Objects.checkIndex(-1, 3));
        run("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 5));
        run("checkFromToIndex ok", () -> Objects.checkFromToIndex(1, 5, 5));
        run("checkFromIndexSize", () -> Objects.checkFromIndexSize(3, 4, 5));
        run("checkFromIndexSize ok", () -> Objects.checkFromIndexSize(1, 4, 5));
        run("equals", () -> Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a"));
        run("deepEquals", () -> Objects.deepEquals(new int[]{1}, new int[]{1}) + " " + Objects.equals(new int[]{1}, new int[]{1}));
        run("hash", () -> Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null) + " " + Objects.hashCode(null) + " " + Objects.hashCode("a"));
        run("toString", () -> Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5, "x"));
        run("isNull/nonNull", () -> Objects.isNull(null) + " " + Objects.nonNull(null));
        run("compare", () -> Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()));
        Plain p = new Plain();
        String s = p.toString();
        String expected = Plain.class.getName() + "@" + Integer.toHexString(p.hashCode());
        System.out.println("default toString matches class@hash: " + s.equals(expected) + ", starts with " + s.substring(0, s.indexOf('@') + 1));
        System.out.println(new WithToString() + " " + String.valueOf((Object) null));
        System.out.println(p.equals(p) + " " + p.equals(new Plain()) + " " + (p.hashCode() == p.hashCode()) + " " + (System.identityHashCode(p) == p.hashCode()));
        Object o = new Object();
        System.out.println(o.getClass().getName() + " " + o.toString().startsWith("java.lang.Object@") + " " + o.equals(null));
        run("string.toString identity", () -> { String t = "x"; return t.toString() == t; });
        int[] arr = {1, 2};
        System.out.println(arr.getClass().getName() + " " + new String[0][0].getClass().getName() + " " + arr.toString().startsWith("[I@") + " " + arr.equals(arr.clone()));
        List<String> list = new ArrayList<>();
        run("list.get(0) empty", () -> list.get(0));
        list.add("a");
        run("list.get(-1)", () -> list.get(-1));
        run("list.add(5, x)", () -> { list.add(5, "x"); return null; });
        run("list.subList(1, 0)", () -> list.subList(1, 0));
        run("String.charAt(9)", () -> "abc".charAt(9));
        run("String.substring(2, 1)", () -> "abc".substring(2, 1));
        run("StringBuilder.insert(7)", () -> new StringBuilder("ab").insert(7, "x"));
        run("Optional.of(null)", () -> Optional.of(null));
        run("Integer.parseInt(null)", () -> Integer.parseInt(null));
        run("Enum.valueOf null", () -> Thread.State.valueOf(null));
        run("HashMap null key", () -> { Map<String, Integer> m = new HashMap<>(); m.put(null, 1); return m; });
        run("ArrayList(-1)", () -> new ArrayList<>(-1));
        run("HashMap(-1)", () -> new HashMap<>(-1));
        run("String.repeat(-1)", () -> "x".repeat(-1));
        run("Character.toChars(-1)", () -> Character.toChars(-1));
        run("Arrays.copyOfRange bad", () -> Arrays.copyOfRange(new int[3], 2, 1));
        run("Collections.max empty", () -> Collections.max(new ArrayList<Integer>()));
        run("Iterator remove twice", () -> { Iterator<String> it = new ArrayList<>(List.of("a", "b")).iterator(); it.next(); it.remove(); it.remove(); return null; });
    }
}
