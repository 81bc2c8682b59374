import java.lang.reflect.*;
import java.util.*;

public class Main {
    interface Calculator {
        int add(int a, int b);
        double scale(double x, double factor);
        String describe();
        default String twice(String s) { return s + s; }
    }

    interface Named { String name(); }

    static class RealCalculator implements Calculator {
        public int add(int a, int b) { return a + b; }
        public double scale(double x, double factor) { return x * factor; }
        public String describe() { return "real"; }
    }

    static class Logging implements InvocationHandler {
        final Object target;
        final List<String> log = new ArrayList<>();
        Logging(Object target) { this.target = target; }
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            log.add(m.getName() + (args == null ? "[]" : Arrays.toString(args)));
            if (m.getName().equals("describe")) return "logged " + m.invoke(target, args);
            if (m.isDefault()) return "default " + m.getName() + " of " + m.getDeclaringClass().getSimpleName() + ": " + args[0];
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    public static void main(String[] args) {
        Logging handler = new Logging(new RealCalculator());
        Calculator calc = (Calculator) Proxy.newProxyInstance(Calculator.class.getClassLoader(), new Class<?>[] {Calculator.class}, handler);
        System.out.println("add " + calc.add(2, 3) + " scale " + calc.scale(1.5, 4) + " describe " + calc.describe());
        System.out.println("log " + handler.log);
        System.out.println("isProxyClass " + Proxy.isProxyClass(calc.getClass()) + " " + Proxy.isProxyClass(RealCalculator.class) + " handler same " + (Proxy.getInvocationHandler(calc) == handler));
        System.out.println("instanceof Calculator " + (calc instanceof Calculator) + " interfaces " + Arrays.toString(calc.getClass().getInterfaces()) + " super " + calc.getClass().getSuperclass().getName());
        Map<String, Object> values = new TreeMap<>(Map.of("name", "proxy-bean"));
        Object multi = Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {Named.class, Runnable.class, Comparable.class}, (p, m, a) -> switch (m.getName()) {
            case "name" -> values.get("name");
            case "run" -> {
                values.put("ran", true);
                yield null;
            }
            case "compareTo" -> 42;
            case "toString" -> "ProxyToString";
            case "hashCode" -> 7;
            case "equals" -> p == a[0];
            default -> throw new UnsupportedOperationException(m.getName());
        });
        System.out.println("named " + ((Named) multi).name());
        ((Runnable) multi).run();
        @SuppressWarnings("unchecked") Comparable<Object> cmp = (Comparable<Object>) multi;
        System.out.println("ran " + values + " compareTo " + cmp.compareTo("x") + " toString " + multi + " hashCode " + multi.hashCode() + " equals self " + multi.equals(multi) + " equals other " + multi.equals("x"));
        Calculator failing = (Calculator) Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {Calculator.class}, (p, m, a) -> {
            if (m.getName().equals("add")) throw new IllegalStateException("no adding");
            if (m.getName().equals("describe")) throw new Exception("checked from proxy");
            if (m.getName().equals("scale")) return null;
            return null;
        });
        try {
            failing.add(1, 2);
        } catch (IllegalStateException e) {
            System.out.println("runtime exception passes through: " + e.getMessage());
        }
        try {
            failing.describe();
        } catch (UndeclaredThrowableException e) {
            System.out.println("checked wrapped: " + e.getUndeclaredThrowable().getMessage());
        }
        try {
            failing.scale(1, 2);
        } catch (NullPointerException e) {
            System.out.println("null for primitive return: NPE");
        }
        Calculator wrongType = (Calculator) Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {Calculator.class}, (p, m, a) -> "not an int");
        try {
            wrongType.add(1, 1);
        } catch (ClassCastException e) {
            System.out.println("wrong return type: CCE");
        }
        System.out.println("default method via proxy " + calc.twice("ab") + " log size " + handler.log.size());
        try {
            Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {RealCalculator.class}, handler);
        } catch (IllegalArgumentException e) {
            System.out.println("not an interface: " + e.getMessage());
        }
    }
}
