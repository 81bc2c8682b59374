interface Greeter {
    String name();
    default String greet() { return "Hello, " + decorate(name()); }
    private String decorate(String s) { return "<" + s + ">"; }
    static Greeter of(String n) { return () -> n; }
    static String version() { return "Greeter v1"; }
}

interface Left { default String who() { return "Left"; } }
interface Right { default String who() { return "Right"; } }

class Both implements Left, Right {
    @Override public String who() { return "Both(" + Left.super.who() + "+" + Right.super.who() + ")"; }
}

interface Top { default String hi() { return "Top.hi"; } }
interface MidA extends Top { }
interface MidB extends Top { @Override default String hi() { return "MidB.hi over " + Top.super.hi(); } }
class Diamond implements MidA, MidB { }

interface Shape { double area(); default String info() { return getClass().getSimpleName() + " area=" + area(); } }
class Circle implements Shape { double r; Circle(double r) { this.r = r; } public double area() { return 3 * r * r; } }
class Rect implements Shape {
    double w, h; Rect(double w, double h) { this.w = w; this.h = h; }
    public double area() { return w * h; }
    @Override public String info() { return "Rect " + w + "x" + h + " / " + Shape.super.info(); }
}

abstract class AbstractBase implements Greeter { public String greet() { return "Abstract greet of " + name(); } }
class Concrete extends AbstractBase { public String name() { return "concrete"; } }

interface Counter { int next(); default int skip(int n) { int v = 0; for (int i = 0; i < n; i++) v = next(); return v; } }

interface Constants { int X = 10; String S = "const-" + X; }
class UsesConstants implements Constants { String get() { return S + X; } }

class Superclass { public String who() { return "Superclass"; } }
class ClassWins extends Superclass implements Left { }

public class Main {
    public static void main(String[] args) {
        Greeter g = Greeter.of("World");
        System.out.println(g.greet());
        System.out.println(new Greeter() { public String name() { return "anon"; } }.greet());
        System.out.println(Greeter.version());
        System.out.println(new Both().who());
        System.out.println(new Diamond().hi());
        Shape[] shapes = {new Circle(2), new Rect(3, 4)};
        for (Shape s : shapes) System.out.println(s.info());
        System.out.println(new Concrete().greet());
        int[] state = {0};
        Counter c = () -> ++state[0] * 10;
        System.out.println("skip(3) = " + c.skip(3) + " next = " + c.next());
        System.out.println(new UsesConstants().get() + " " + Constants.S);
        System.out.println("class wins over default: " + new ClassWins().who());
        Left l = new Both();
        Right r = new Both();
        System.out.println(l.who() + " | " + r.who());
        System.out.println("interfaces of Both: " + Both.class.getInterfaces().length + " isInterface: " + Left.class.isInterface());
        Object o = new Diamond();
        System.out.println("Diamond instanceof Top: " + (o instanceof Top) + ", MidA: " + (o instanceof MidA));
    }
}
