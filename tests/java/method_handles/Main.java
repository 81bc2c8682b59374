import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }
    }

    static class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }

        @Override
        public String toString() {
            return "Square(" + side + ")";
        }
    }

    static class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3 * r * r;
        }
    }

    static class Base {
        String who() {
            return "base";
        }
    }

    static class Derived extends Base {
        String who() {
            return "derived";
        }

        static MethodHandle superWho() throws ReflectiveOperationException {
            return MethodHandles.lookup().findSpecial(Base.class, "who", MethodType.methodType(String.class),
                    Derived.class);
        }
    }

    static class Point {
        int x;
        int y;
        static int created;

        Point() {
            this(0, 0);
        }

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            created++;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    static int add(int a, int b) {
        return a + b;
    }

    static long mix(byte b, short s, char c, long l, float f, double d, boolean z) {
        return b + s + c + l + (long) f + (long) d + (z ? 1000 : 0);
    }

    static String join(String sep, String... parts) {
        return String.join(sep, parts);
    }

    static void log(List<String> out, String s) {
        out.add(s);
    }

    static int fail(int code) {
        throw new IllegalArgumentException("code " + code);
    }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();

        MethodHandle add = lookup.findStatic(Main.class, "add", MethodType.methodType(int.class, int.class, int.class));
        System.out.println("type " + add.type());
        System.out.println("invokeExact " + (int) add.invokeExact(2, 3));
        System.out.println("invoke boxed " + add.invoke(Integer.valueOf(4), 5));
        Object viaObject = add.invoke((Object) 6, (Object) 7);
        System.out.println("invoke objects " + viaObject);
        long widened = (long) add.invoke((short) 8, (byte) 9);
        System.out.println("invoke widened " + widened);
        System.out.println("invokeWithArguments " + add.invokeWithArguments(10, 11));
        System.out.println("invokeWithArguments list " + add.invokeWithArguments(List.of(12, 13)));
        try {
            long bad = (long) add.invokeExact(1, 2);
            System.out.println("no exception " + bad);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException: " + e.getMessage());
        }
        try {
            Integer bad = (Integer) add.invokeExact((Integer) 1, 2);
            System.out.println("no exception " + bad);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException: " + e.getMessage());
        }
        try {
            add.invoke("one", 2);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException: " + e.getMessage());
        }
        try {
            Object r = add.invoke((Object) "one", 2);
            System.out.println("no exception " + r);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            add.invoke(1);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException: " + e.getMessage());
        }

        MethodHandle mix = lookup.findStatic(Main.class, "mix", MethodType.methodType(long.class, byte.class,
                short.class, char.class, long.class, float.class, double.class, boolean.class));
        System.out.println("mix " + (long) mix.invokeExact((byte) 1, (short) 2, 'A', 100L, 2.5f, 7.9, true));

        MethodHandle join = lookup.findStatic(Main.class, "join",
                MethodType.methodType(String.class, String.class, String[].class));
        System.out.println("varargs " + join.invoke("-", "a", "b", "c") + " " + join.isVarargsCollector());
        System.out.println("exact array " + (String) join.invokeExact("+", new String[] {"x", "y"}));

        MethodHandle area = lookup.findVirtual(Shape.class, "area", MethodType.methodType(double.class));
        MethodHandle describe = lookup.findVirtual(Shape.class, "describe", MethodType.methodType(String.class));
        List<Shape> shapes = List.of(new Square(2), new Circle(1));
        for (Shape s : shapes) {
            System.out.println("virtual " + (double) area.invokeExact(s) + " / " + (String) describe.invokeExact(s));
        }
        MethodHandle length = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        System.out.println("length " + (int) length.invokeExact("hello") + " " + length.invoke("hi"));
        MethodHandle concat = lookup.findVirtual(String.class, "concat",
                MethodType.methodType(String.class, String.class));
        MethodHandle hello = concat.bindTo("hello, ");
        System.out.println("bindTo " + (String) hello.invokeExact("world") + " type " + hello.type());
        MethodHandle toStr = lookup.findVirtual(Object.class, "toString", MethodType.methodType(String.class));
        System.out.println("toString " + (String) toStr.invokeExact((Object) new Square(3)));
        try {
            int s = (int) length.invoke((Object) null);
            System.out.println("no NPE " + s);
        } catch (NullPointerException e) {
            System.out.println("null receiver: NullPointerException");
        }

        MethodHandle superWho = Derived.superWho();
        System.out.println("special " + (String) superWho.invokeExact(new Derived()));
        MethodHandle who = lookup.findVirtual(Base.class, "who", MethodType.methodType(String.class));
        System.out.println("virtual who " + (String) who.invokeExact((Base) new Derived()));

        MethodHandle newPoint = lookup.findConstructor(Point.class, MethodType.methodType(void.class, int.class,
                int.class));
        Point p = (Point) newPoint.invokeExact(3, 4);
        System.out.println("constructor " + p + " " + newPoint.type());
        MethodHandle noArgs = lookup.findConstructor(Point.class, MethodType.methodType(void.class));
        System.out.println("constructor() " + noArgs.invoke());
        MethodHandle newList = lookup.findConstructor(ArrayList.class, MethodType.methodType(void.class));
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) newList.invoke();
        list.add("first");
        System.out.println("ArrayList " + list);

        MethodHandle getX = lookup.findGetter(Point.class, "x", int.class);
        MethodHandle setY = lookup.findSetter(Point.class, "y", int.class);
        MethodHandle created = lookup.findStaticGetter(Point.class, "created", int.class);
        MethodHandle setCreated = lookup.findStaticSetter(Point.class, "created", int.class);
        setY.invokeExact(p, 40);
        System.out.println("getter " + (int) getX.invokeExact(p) + " after setter " + p + " created "
                + (int) created.invokeExact());
        setCreated.invoke(100);
        System.out.println("static setter " + Point.created + " boxed getter " + getX.invoke(p));

        Method m = Main.class.getDeclaredMethod("add", int.class, int.class);
        MethodHandle unreflected = lookup.unreflect(m);
        System.out.println("unreflect " + (int) unreflected.invokeExact(20, 22));
        MethodHandle unreflectedCtor = lookup.unreflectConstructor(Point.class.getDeclaredConstructor(int.class,
                int.class));
        System.out.println("unreflectConstructor " + unreflectedCtor.invoke(5, 6));
        MethodHandle getter = lookup.unreflectGetter(Point.class.getDeclaredField("y"));
        System.out.println("unreflectGetter " + getter.invoke(p));

        List<String> out = new ArrayList<>();
        MethodHandle logger = lookup.findStatic(Main.class, "log", MethodType.methodType(void.class, List.class,
                String.class)).bindTo(out);
        logger.invokeExact("one");
        logger.invoke("two");
        logger.invokeWithArguments("three");
        System.out.println("void calls " + out);

        MethodHandle asObjects = add.asType(MethodType.methodType(Object.class, Object.class, Object.class));
        System.out.println("asType " + asObjects.type() + " " + (Object) asObjects.invokeExact((Object) 1, (Object) 1));
        MethodHandle plusTen = MethodHandles.insertArguments(add, 1, 10);
        System.out.println("insertArguments " + (int) plusTen.invokeExact(5));
        MethodHandle dropped = MethodHandles.dropArguments(add, 0, String.class);
        System.out.println("dropArguments " + (int) dropped.invokeExact("ignored", 1, 2));
        MethodHandle filtered = MethodHandles.filterReturnValue(add,
                lookup.findStatic(Integer.class, "toString", MethodType.methodType(String.class, int.class)));
        System.out.println("filterReturnValue " + (String) filtered.invokeExact(30, 3));
        MethodHandle constant = MethodHandles.constant(String.class, "always");
        System.out.println("constant " + (String) constant.invokeExact());
        MethodHandle identity = MethodHandles.identity(int.class);
        System.out.println("identity " + (int) identity.invokeExact(77));
        MethodHandle spread = add.asSpreader(Object[].class, 2);
        System.out.println("spreader " + spread.invoke(new Object[] {40, 2}) + " " + spread.type());

        MethodHandle failing = lookup.findStatic(Main.class, "fail", MethodType.methodType(int.class, int.class));
        try {
            int r = (int) failing.invokeExact(7);
            System.out.println("no exception " + r);
        } catch (IllegalArgumentException e) {
            System.out.println("thrown through: " + e.getMessage());
        }

        try {
            lookup.findStatic(Main.class, "missing", MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            lookup.findVirtual(Main.class, "add", MethodType.methodType(int.class, int.class, int.class));
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException: " + e.getMessage());
        }
        try {
            lookup.findGetter(Point.class, "z", int.class);
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException: " + e.getMessage());
        }
        try {
            lookup.findStaticGetter(Point.class, "x", int.class);
        } catch (IllegalAccessException e) {
            String message = e.getMessage();
            System.out.println("IllegalAccessException: " + message.substring(0, message.indexOf(" (unnamed")));
        }
        try {
            MethodHandles.publicLookup().findVirtual(Base.class, "who", MethodType.methodType(String.class));
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException: " + e.getMessage());
        }
        MethodType mt = MethodType.methodType(String.class, int.class, Object[].class);
        System.out.println("MethodType " + mt + " " + mt.toMethodDescriptorString() + " " + mt.wrap() + " "
                + mt.generic() + " " + Arrays.toString(mt.parameterArray()));
    }
}
