sealed interface Shape permits Circle, Rectangle, Triangle {}
record Circle(double r) implements Shape {}
final class Rectangle implements Shape {
    final double w, h;
    Rectangle(double w, double h) { this.w = w; this.h = h; }
    public String toString() { return "Rectangle(" + w + "x" + h + ")"; }
}
non-sealed class Triangle implements Shape {
    final double b, h;
    Triangle(double b, double h) { this.b = b; this.h = h; }
    public String toString() { return "Triangle(" + b + "," + h + ")"; }
}
class RightTriangle extends Triangle { RightTriangle(double a, double b) { super(a, b); } public String toString() { return "Right" + super.toString(); } }

sealed abstract class Expr permits Num, Add, Mul, Neg {}
final class Num extends Expr { final int v; Num(int v) { this.v = v; } }
final class Add extends Expr { final Expr l, r; Add(Expr l, Expr r) { this.l = l; this.r = r; } }
final class Mul extends Expr { final Expr l, r; Mul(Expr l, Expr r) { this.l = l; this.r = r; } }
final class Neg extends Expr { final Expr e; Neg(Expr e) { this.e = e; } }

public class Main {
    static double area(Shape s) {
        if (s instanceof Circle c) return 3.0 * c.r() * c.r();
        else if (s instanceof Rectangle r) return r.w * r.h;
        else if (s instanceof Triangle t) return 0.5 * t.b * t.h;
        throw new IllegalStateException();
    }
    static int eval(Expr e) {
        if (e instanceof Num n) return n.v;
        if (e instanceof Add a) return eval(a.l) + eval(a.r);
        if (e instanceof Mul m) return eval(m.l) * eval(m.r);
        if (e instanceof Neg n) return -eval(n.e);
        throw new IllegalStateException("unknown");
    }
    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.v);
        if (e instanceof Add a) return "(" + show(a.l) + " + " + show(a.r) + ")";
        if (e instanceof Mul m) return show(m.l) + " * " + show(m.r);
        if (e instanceof Neg n) return "-" + show(n.e);
        return "?";
    }
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rectangle(2, 3), new Triangle(4, 5), new RightTriangle(3, 4)};
        for (Shape s : shapes) System.out.println(s + " area=" + area(s));
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Add(new Num(1), new Num(2))));
        System.out.println(show(e) + " = " + eval(e));
        Expr big = new Num(1);
        for (int i = 2; i <= 10; i++) big = new Mul(big, new Num(i));
        System.out.println("10! via expr = " + eval(big));
        System.out.println("isSealed: " + Shape.class.isSealed() + " " + Expr.class.isSealed() + " " + Triangle.class.isSealed() + " " + Circle.class.isSealed());
        Class<?>[] permitted = Shape.class.getPermittedSubclasses();
        System.out.println("permitted count: " + permitted.length);
        for (Class<?> c : permitted) System.out.println("  " + c.getName());
        for (Class<?> c : Expr.class.getPermittedSubclasses()) System.out.println("  expr: " + c.getSimpleName());
    }
}
