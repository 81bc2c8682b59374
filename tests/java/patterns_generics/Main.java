import java.util.*;

public class Main {
    record Box<T>(T value) {}
    record Pair<A, B>(A first, B second) {}
    interface Animal { String name(); }
    record Dog(String name, int barks) implements Animal {}
    record Cat(String name, boolean indoor) implements Animal {}

    static String describe(Object o) {
        if (o instanceof Box<?> b && b.value() instanceof String s && !s.isEmpty()) return "box of string " + s.length();
        if (o instanceof Box<?> b && b.value() instanceof Integer i) return "box of int " + (i + 1);
        if (o instanceof Box<?> b) return "box of " + (b.value() == null ? "null" : b.value().getClass().getSimpleName());
        if (o instanceof Pair<?, ?> p && p.first() instanceof Number n && p.second() instanceof Number m) return "numeric pair sum " + (n.doubleValue() + m.doubleValue());
        if (o instanceof Pair<?, ?> p) return "pair " + p.first() + "/" + p.second();
        if (o instanceof List<?> l && l.size() > 2) return "long list starting " + l.get(0);
        if (o instanceof List<?> l) return "short list " + l;
        if (o instanceof Map<?, ?> m && m.containsKey("id")) return "map with id " + m.get("id");
        if (o instanceof CharSequence cs) return "chars " + cs.length();
        if (o instanceof int[] arr && arr.length > 0) return "ints first " + arr[0];
        if (o instanceof int[]) return "empty ints";
        if (o instanceof Object[] arr) return "objects " + arr.length;
        return "other " + o;
    }

    static String animal(Animal a) {
        if (a instanceof Dog d && d.barks() > 3) return d.name() + " is loud";
        else if (a instanceof Dog d) return d.name() + " is quiet";
        else if (a instanceof Cat c && c.indoor()) return c.name() + " stays in";
        else if (a instanceof Cat c) return c.name() + " roams";
        return "?";
    }

    static <T> int countMatching(List<T> xs, Class<?> k) {
        int n = 0;
        for (T x : xs) if (k.isInstance(x)) n++;
        return n;
    }

    static double total(List<?> things) {
        double t = 0;
        for (Object o : things) {
            if (!(o instanceof Number n)) continue;
            t += n.doubleValue();
        }
        return t;
    }

    public static void main(String[] args) {
        Object[] samples = {
            new Box<>("hello"), new Box<>(""), new Box<>(41), new Box<>(null), new Box<>(2.5),
            new Pair<>(1, 2.5), new Pair<>("a", 3), List.of(1, 2, 3), List.of("x"), Map.of("id", 7), Map.of("k", 1),
            "text", new StringBuilder("abc"), new int[]{9, 8}, new int[0], new String[]{"a", "b"}, 42, null
        };
        for (Object o : samples) System.out.println(describe(o));
        List<Animal> animals = List.of(new Dog("rex", 5), new Dog("pip", 1), new Cat("tom", true), new Cat("kit", false));
        for (Animal a : animals) System.out.println(animal(a));
        List<Object> mixed = new ArrayList<>(List.of(1, "two", 3.0, 'c', 5L, "six"));
        System.out.println(countMatching(mixed, String.class) + " " + countMatching(mixed, Number.class) + " " + total(mixed));
        Object o = new Box<>(new Pair<>("k", new Box<>(7)));
        if (o instanceof Box<?> outer && outer.value() instanceof Pair<?, ?> p && p.second() instanceof Box<?> inner && inner.value() instanceof Integer n) {
            System.out.println("nested: " + p.first() + " -> " + (n * 6));
        }
        Object maybe = animals.get(2);
        boolean isIndoorCat = maybe instanceof Cat c && c.indoor();
        System.out.println(isIndoorCat);
        if (!(maybe instanceof Dog d)) System.out.println("not a dog: " + maybe);
        else System.out.println(d.barks());
        Box<Dog> bd = new Box<>(new Dog("ace", 9));
        System.out.println(bd + " " + bd.equals(new Box<>(new Dog("ace", 9))) + " " + (bd.hashCode() == new Box<>(new Dog("ace", 9)).hashCode()));
        System.out.println(new Pair<>(List.of(1), Optional.of("x")));
    }
}
