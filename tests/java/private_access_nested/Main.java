import java.util.*;

public class Main {
    private int counter = 100;
    private static String secret = "s3cret";
    private final String name;

    private Main(String name) { this.name = name; }

    private String hidden() { return "hidden(" + name + ")"; }
    private static int twice(int x) { return 2 * x; }

    static class Nested {
        private int nestedPrivate = 7;
        String peek(Main m) { m.counter++; return m.name + " " + m.counter + " " + secret + " " + m.hidden() + " " + twice(m.counter); }
        private static String nestedStatic() { return "nestedStatic"; }
    }

    class Inner {
        private int counter = 5;
        String show() { return counter + " " + this.counter + " " + Main.this.counter + " " + name + " " + hidden(); }
        void bump() { Main.this.counter += 10; counter++; }
        class Deeper {
            int counter = 1;
            String show() { return counter + " " + Inner.this.counter + " " + Main.this.counter; }
        }
    }

    interface Shape { double area(); }

    private static class Singleton {
        private static int instances;
        private static final Singleton INSTANCE = new Singleton();
        private Singleton() { instances++; }
    }

    static class Builder {
        private String host = "localhost";
        private int port = 80;
        private final List<String> paths = new ArrayList<>();
        Builder host(String h) { host = h; return this; }
        Builder port(int p) { port = p; return this; }
        Builder path(String p) { paths.add(p); return this; }
        Url build() { return new Url(this); }
    }
    static final class Url {
        private final String text;
        private Url(Builder b) { text = "http://" + b.host + ":" + b.port + "/" + String.join("/", b.paths); }
        public String toString() { return text; }
    }

    Runnable counterTask(int step) {
        int base = counter;
        return () -> { counter += step; System.out.println("task: base " + base + " now " + counter + " of " + name); };
    }

    Shape square(double side) {
        class Square implements Shape {
            public double area() { return side * side; }
            public String toString() { return "Square(" + side + ") of " + name; }
        }
        return new Square();
    }

    public static void main(String[] args) {
        Main m = new Main("outer");
        Nested n = new Nested();
        System.out.println(n.peek(m));
        System.out.println(n.nestedPrivate + " " + Nested.nestedStatic());
        Main.Inner in = m.new Inner();
        System.out.println(in.show());
        in.bump();
        System.out.println(in.show() + " | " + in.counter);
        Main.Inner.Deeper d = in.new Deeper();
        System.out.println(d.show());
        Main other = new Main("other");
        Main.Inner in2 = other.new Inner();
        System.out.println(in2.show());
        Runnable r = m.counterTask(3);
        r.run();
        r.run();
        System.out.println(m.counter);
        Shape s = m.square(1.5);
        System.out.println(s + " area " + s.area());
        System.out.println(Singleton.INSTANCE != null && Singleton.instances == 1);
        System.out.println(new Builder().host("example.org").port(8080).path("a").path("b").build() + " " + new Builder().build());
        int local = 41;
        Shape anon = new Shape() {
            int extra = 1;
            { extra += local; }
            public double area() { return extra; }
        };
        System.out.println(anon.area());
        secret = "changed";
        System.out.println(n.peek(other));
        System.out.println(Arrays.toString(Main.class.getNestMembers().length > 3 ? new String[]{"many nestmates"} : new String[]{"few"}) + " " + Nested.class.getNestHost().getSimpleName() + " " + Main.class.isNestmateOf(Inner.Deeper.class));
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) { int copy = i; tasks.add(() -> System.out.print("t" + copy + " ")); }
        for (Runnable t : tasks) t.run();
        System.out.println();
    }
}
