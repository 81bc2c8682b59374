import java.util.*;

public class Main {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}
    interface Flyer {}

    static void run(String label, Runnable r) {
        try { r.run(); System.out.println(label + ": no exception"); }
        catch (Throwable t) { System.out.println(label + ": " + t); }
    }

    static int zero() { return 0; }

    public static void main(String[] args) {
        run("int div", () -> System.out.println(1 / zero()));
        run("int rem", () -> System.out.println(1 % zero()));
        run("long div", () -> System.out.println(1L / zero()));
        run("BigInteger div", () -> System.out.println(java.math.BigInteger.ONE.divide(java.math.BigInteger.ZERO)));
        run("BigDecimal non-terminating", () -> System.out.println(java.math.BigDecimal.ONE.divide(java.math.BigDecimal.valueOf(3))));
        run("Math.toIntExact", () -> Math.toIntExact(1L << 40));
        run("Math.addExact", () -> Math.addExact(Integer.MAX_VALUE, 1));
        run("Math.multiplyExact long", () -> Math.multiplyExact(Long.MAX_VALUE, 2L));
        run("Math.negateExact", () -> Math.negateExact(Integer.MIN_VALUE));
        run("Math.floorDiv", () -> Math.floorDiv(5, zero()));
        run("negative array", () -> { int n = -3; int[] a = new int[n]; });
        run("negative multi array", () -> { int n = -2; int[][] a = new int[3][n]; });
        run("array store", () -> { Object[] a = new String[1]; a[0] = 1; });
        run("array store nested", () -> { Object[] a = new Integer[1][]; a[0] = new String[0]; });
        run("array store animal", () -> { Animal[] a = new Dog[1]; a[0] = new Cat(); });
        run("aioobe", () -> { int[] a = new int[2]; a[2] = 1; });
        run("aioobe negative", () -> { long[] a = new long[0]; a[-1] = 1; });
        run("cast Integer to String", () -> { Object o = 1; String s = (String) o; });
        run("cast Dog to Cat", () -> { Animal a = new Dog(); Cat c = (Cat) a; });
        run("cast to interface", () -> { Object o = new Dog(); Flyer f = (Flyer) o; });
        run("cast String to Animal", () -> { Object o = "s"; Animal a = (Animal) o; });
        run("cast array", () -> { Object o = new int[0]; long[] l = (long[]) o; });
        run("cast object array", () -> { Object o = new Dog[0]; Cat[] c = (Cat[]) o; });
        run("cast via generics", () -> { List raw = new ArrayList(); raw.add(5); List<String> ls = raw; String s = ls.get(0); });
        run("Class.cast", () -> String.class.cast(5));
        run("explicit NPE", () -> { throw new NullPointerException("explicit"); });
        run("explicit NPE no message", () -> { throw new NullPointerException(); });
        run("IAE", () -> { throw new IllegalArgumentException("bad arg", new RuntimeException("why")); });
        run("Integer.valueOf", () -> Integer.valueOf("12x"));
        run("Long.parseLong empty", () -> Long.parseLong(""));
        run("Long.parseLong radix", () -> Long.parseLong("1", 99));
        run("Double.parseDouble", () -> Double.parseDouble("1.2.3"));
        run("Iterator exhausted", () -> new ArrayList<>().iterator().next());
        run("ArrayDeque element", () -> new ArrayDeque<>().element());
        run("Scanner nextInt", () -> new Scanner("abc").nextInt());
        run("String.valueOf(char[]) range", () -> String.valueOf(new char[2], 1, 5));
        run("Enum valueOf", () -> Thread.State.valueOf("SLEEPING"));
        run("clone unsupported", () -> { try { Object.class.getMethod("toString"); throw new CloneNotSupportedException("Main$Dog"); } catch (Exception e) { throw new RuntimeException(e); } });
        run("AssertionError", () -> { throw new AssertionError("invariant broken: " + 42); });
        run("AssertionError object", () -> { throw new AssertionError(7); });
        run("Error with cause", () -> { throw new Error(new ArithmeticException("inner")); });
        run("UnsupportedOperation", () -> List.of().add(null));
        run("ConcurrentModification", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer i : l) if (i == 1) l.remove(i); });
        run("IllegalMonitorState", () -> new Object().notify());
        run("ClassNotFound wrapped", () -> { try { Class.forName("no.such.Clazz"); } catch (ClassNotFoundException e) { throw new RuntimeException(e); } });
        run("StringIndexOutOfBounds", () -> "abc".substring(-1));
        run("NumberFormat BigDecimal", () -> new java.math.BigDecimal("1e"));
        run("InputMismatch", () -> new Scanner("1.5").nextLong());
    }
}
