import java.lang.reflect.*;
import java.util.*;

public class Main {
    interface Greeter { String greet(String who); }

    private static class Base {
        protected int baseField = 1;
        public String hello() { return "base hello"; }
    }

    public static class Widget extends Base implements Greeter, Comparable<Widget> {
        public static int created;
        private String name;
        public final int size;
        protected double weight = 2.5;
        long[] history = new long[0];

        public Widget() { this("default", 0); }
        public Widget(String name, int size) { this.name = name; this.size = size; created++; }
        private Widget(int size) { this("private", size); }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String greet(String who) { return name + " greets " + who; }
        public int compareTo(Widget o) { return Integer.compare(size, o.size); }
        private int secret(int a, int b) { return a * b + size; }
        public static String describe(Object o, int n) { return "describe " + o + " x" + n; }
        public void fail() { throw new IllegalStateException("widget failure"); }
        @Override public String hello() { return "widget hello"; }
        @Override public String toString() { return "Widget[" + name + "," + size + "]"; }
    }

    protected record Range(int lo, int hi) {
        protected Range {
            if (lo > hi) throw new IllegalArgumentException(lo + " > " + hi);
        }
        int length() { return hi - lo; }
    }

    sealed interface Shape permits Circle, Square {}
    static final class Circle implements Shape {}
    static non-sealed class Square implements Shape {}

    enum Level { LOW, HIGH }

    static String sig(Method m) {
        StringBuilder sb = new StringBuilder(Modifier.toString(m.getModifiers())).append(' ').append(m.getReturnType().getSimpleName()).append(' ').append(m.getName()).append('(');
        Class<?>[] ps = m.getParameterTypes();
        for (int i = 0; i < ps.length; i++) sb.append(i > 0 ? "," : "").append(ps[i].getSimpleName());
        return sb.append(')').toString().trim();
    }

    public static void main(String[] args) throws Exception {
        Class<Widget> wc = Widget.class;
        System.out.println("name " + wc.getName() + " simple " + wc.getSimpleName() + " canonical " + wc.getCanonicalName() + " typeName " + wc.getTypeName());
        System.out.println("enclosing " + wc.getEnclosingClass().getName() + " declaring " + wc.getDeclaringClass().getName() + " member " + wc.isMemberClass() + " modifiers " + Modifier.toString(wc.getModifiers()));
        for (Class<?> k : new Class<?>[] {Base.class, Greeter.class, Range.class, Shape.class, Circle.class, Square.class, Level.class, Main.class, Object[].class, Base[][].class, int[].class, int.class})
            System.out.println("  modifiers " + k.getSimpleName() + " " + k.getModifiers() + " '" + Modifier.toString(k.getModifiers()) + "'");
        System.out.println("super " + wc.getSuperclass().getName() + " interfaces " + Arrays.stream(wc.getInterfaces()).map(Class::getSimpleName).toList());
        System.out.println("package '" + wc.getPackageName() + "' isInterface " + Greeter.class.isInterface() + " isEnum " + Level.class.isEnum() + " isArray " + int[].class.isArray() + " isPrimitive " + int.class.isPrimitive());

        Method[] ms = wc.getDeclaredMethods();
        Arrays.sort(ms, Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())).thenComparing(m -> m.getReturnType().getName()));
        for (Method m : ms) System.out.println("  method " + sig(m) + (m.isBridge() ? " [bridge]" : "") + (m.isSynthetic() ? " [synthetic]" : ""));
        Field[] fs = wc.getDeclaredFields();
        Arrays.sort(fs, Comparator.comparing(Field::getName));
        for (Field f : fs) System.out.println("  field " + Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName() + " " + f.getName());
        Constructor<?>[] cs = wc.getDeclaredConstructors();
        Arrays.sort(cs, Comparator.comparing((Constructor<?> c) -> c.getParameterCount()).thenComparing(c -> Arrays.toString(c.getParameterTypes())));
        for (Constructor<?> c : cs) System.out.println("  ctor " + Modifier.toString(c.getModifiers()) + " " + Arrays.stream(c.getParameterTypes()).map(Class::getSimpleName).toList());
        System.out.println("public methods count>10 " + (wc.getMethods().length > 10) + " public fields " + Arrays.stream(wc.getFields()).map(Field::getName).sorted().toList());

        Widget w = wc.getConstructor(String.class, int.class).newInstance("gizmo", 7);
        System.out.println("constructed " + w + " created " + Widget.created);
        Constructor<Widget> priv = wc.getDeclaredConstructor(int.class);
        priv.setAccessible(true);
        System.out.println("private ctor " + priv.newInstance(3));
        System.out.println("invoke getName " + wc.getMethod("getName").invoke(w));
        wc.getMethod("setName", String.class).invoke(w, "renamed");
        System.out.println("after setName " + w.getName());
        System.out.println("invoke interface method " + Greeter.class.getMethod("greet", String.class).invoke(w, "you"));
        System.out.println("invoke overridden via Base " + Base.class.getMethod("hello").invoke(w));
        System.out.println("invoke static " + wc.getMethod("describe", Object.class, int.class).invoke(null, "thing", 4));
        Method secret = wc.getDeclaredMethod("secret", int.class, int.class);
        secret.setAccessible(true);
        System.out.println("invoke private " + secret.invoke(w, 6, 7));
        try {
            wc.getMethod("fail").invoke(w);
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException cause " + e.getCause());
        }
        try {
            wc.getMethod("getName").invoke(null);
        } catch (NullPointerException e) {
            System.out.println("invoke instance method on null: NPE");
        }
        try {
            wc.getMethod("setName", String.class).invoke(w, 42);
        } catch (IllegalArgumentException e) {
            System.out.println("wrong argument type: " + e.getClass().getSimpleName());
        }
        try {
            wc.getMethod("nope");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException " + e.getMessage());
        }
        try {
            wc.getField("name");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException " + e.getMessage());
        }

        Field nameF = wc.getDeclaredField("name");
        nameF.setAccessible(true);
        System.out.println("field get " + nameF.get(w));
        nameF.set(w, "fieldset");
        System.out.println("field set " + w);
        Field weight = wc.getDeclaredField("weight");
        System.out.println("getDouble " + weight.getDouble(w) + " get boxed " + weight.get(w).getClass().getSimpleName());
        weight.setDouble(w, 9.75);
        weight.set(w, 3);
        System.out.println("after set int into double " + weight.getDouble(w));
        Field created = wc.getField("created");
        created.setInt(null, 100);
        System.out.println("static field " + Widget.created + " " + created.get(null));
        Field size = wc.getField("size");
        try {
            size.setInt(w, 1);
        } catch (IllegalAccessException e) {
            System.out.println("final field set: IllegalAccessException");
        }
        Field base = Base.class.getDeclaredField("baseField");
        System.out.println("inherited field " + base.getInt(w) + " declaring " + base.getDeclaringClass().getSimpleName());
        try {
            weight.set(w, "heavy");
        } catch (IllegalArgumentException e) {
            System.out.println("set wrong type: IllegalArgumentException");
        }

        System.out.println("isRecord " + Range.class.isRecord() + " " + wc.isRecord());
        for (RecordComponent rc : Range.class.getRecordComponents()) {
            System.out.println("  component " + rc.getType() + " " + rc.getName() + " = " + rc.getAccessor().invoke(new Range(2, 9)));
        }
        Constructor<Range> rctor = Range.class.getDeclaredConstructor(int.class, int.class);
        System.out.println("record via ctor " + rctor.newInstance(1, 5));
        try {
            rctor.newInstance(5, 1);
        } catch (InvocationTargetException e) {
            System.out.println("record ctor threw " + e.getCause().getMessage());
        }
        System.out.println("sealed " + Shape.class.isSealed() + " permitted " + Arrays.stream(Shape.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList() + " Circle sealed " + Circle.class.isSealed());
        System.out.println("enum constants " + Arrays.toString(Level.class.getEnumConstants()) + " super " + Level.class.getSuperclass().getSimpleName());

        Object anon = new Object() {};
        Runnable lambda = () -> {};
        class Local {}
        System.out.println("anon simple '" + anon.getClass().getSimpleName() + "' anonymous " + anon.getClass().isAnonymousClass() + " enclosing " + anon.getClass().getEnclosingClass().getSimpleName() + " enclosingMethod " + anon.getClass().getEnclosingMethod().getName());
        System.out.println("local simple " + Local.class.getSimpleName() + " isLocal " + Local.class.isLocalClass() + " name " + Local.class.getName() + " canonical " + Local.class.getCanonicalName());
        System.out.println("lambda synthetic-ish " + lambda.getClass().isSynthetic() + " interfaces " + Arrays.toString(lambda.getClass().getInterfaces()));
        System.out.println("arrays " + int[][].class.getName() + " " + int[][].class.getSimpleName() + " " + String[].class.getCanonicalName() + " component " + int[][].class.getComponentType().getName() + " " + Object[].class.getTypeName());
        System.out.println("primitive names " + int.class.getName() + " " + void.class + " " + Integer.TYPE + " " + double[].class);
        System.out.println("forName " + Class.forName("java.util.ArrayList").getSimpleName() + " " + Class.forName("[Ljava.lang.String;").getSimpleName() + " " + Class.forName("Main$Widget").getSimpleName());
        try {
            Class.forName("does.not.Exist");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException " + e.getMessage());
        }
        System.out.println("isInstance " + Greeter.class.isInstance(w) + " isAssignableFrom " + Base.class.isAssignableFrom(wc) + " " + wc.isAssignableFrom(Base.class) + " cast " + Base.class.cast(w));
        try {
            String.class.cast(w);
        } catch (ClassCastException e) {
            System.out.println("cast CCE " + e.getMessage());
        }
        System.out.println("nest host " + Circle.class.getNestHost().getSimpleName() + " nestmate " + Circle.class.isNestmateOf(Square.class));
        System.out.println("generic " + wc.getGenericInterfaces()[1].getTypeName() + " method generic return " + Comparable.class.getMethod("compareTo", Object.class).getGenericParameterTypes()[0]);
    }
}
