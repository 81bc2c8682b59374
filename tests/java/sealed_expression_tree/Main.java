import java.util.*;

public class Main {
    sealed interface Expr permits Num, Var, Add, Mul, Neg, Let {}
    record Num(double v) implements Expr {}
    record Var(String name) implements Expr {}
    record Add(Expr l, Expr r) implements Expr {}
    record Mul(Expr l, Expr r) implements Expr {}
    record Neg(Expr e) implements Expr {}
    record Let(String name, Expr value, Expr body) implements Expr {}

    static double eval(Expr e, Map<String, Double> env) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Var v) {
            Double d = env.get(v.name());
            if (d == null) throw new NoSuchElementException("unbound " + v.name());
            return d;
        }
        if (e instanceof Add a) return eval(a.l(), env) + eval(a.r(), env);
        if (e instanceof Mul m) return eval(m.l(), env) * eval(m.r(), env);
        if (e instanceof Neg n) return -eval(n.e(), env);
        if (e instanceof Let l) {
            Map<String, Double> inner = new HashMap<>(env);
            inner.put(l.name(), eval(l.value(), env));
            return eval(l.body(), inner);
        }
        throw new AssertionError(e);
    }

    static String show(Expr e) {
        if (e instanceof Num n) return n.v() == Math.floor(n.v()) ? Long.toString((long) n.v()) : Double.toString(n.v());
        if (e instanceof Var v) return v.name();
        if (e instanceof Add a) return "(" + show(a.l()) + " + " + show(a.r()) + ")";
        if (e instanceof Mul m) return show(m.l()) + " * " + show(m.r());
        if (e instanceof Neg n) return "-" + show(n.e());
        if (e instanceof Let l) return "let " + l.name() + " = " + show(l.value()) + " in " + show(l.body());
        throw new AssertionError();
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a) {
            Expr l = simplify(a.l()), r = simplify(a.r());
            if (l instanceof Num x && x.v() == 0) return r;
            if (r instanceof Num x && x.v() == 0) return l;
            if (l instanceof Num x && r instanceof Num y) return new Num(x.v() + y.v());
            return new Add(l, r);
        }
        if (e instanceof Mul m) {
            Expr l = simplify(m.l()), r = simplify(m.r());
            if (l instanceof Num x && x.v() == 0 || r instanceof Num y && y.v() == 0) return new Num(0);
            if (l instanceof Num x && x.v() == 1) return r;
            if (r instanceof Num x && x.v() == 1) return l;
            if (l instanceof Num x && r instanceof Num y) return new Num(x.v() * y.v());
            return new Mul(l, r);
        }
        if (e instanceof Neg n) {
            Expr in = simplify(n.e());
            if (in instanceof Neg nn) return nn.e();
            if (in instanceof Num x) return new Num(-x.v());
            return new Neg(in);
        }
        if (e instanceof Let l) return new Let(l.name(), simplify(l.value()), simplify(l.body()));
        return e;
    }

    static Expr derive(Expr e, String x) {
        if (e instanceof Num) return new Num(0);
        if (e instanceof Var v) return new Num(v.name().equals(x) ? 1 : 0);
        if (e instanceof Add a) return new Add(derive(a.l(), x), derive(a.r(), x));
        if (e instanceof Mul m) return new Add(new Mul(derive(m.l(), x), m.r()), new Mul(m.l(), derive(m.r(), x)));
        if (e instanceof Neg n) return new Neg(derive(n.e(), x));
        throw new UnsupportedOperationException("derive " + e.getClass().getSimpleName());
    }

    sealed static abstract class Shape permits Circle, Rect, Square {}
    static final class Circle extends Shape { final double r; Circle(double r) { this.r = r; } }
    static non-sealed class Rect extends Shape { final double w, h; Rect(double w, double h) { this.w = w; this.h = h; } }
    static final class Square extends Shape { final double s; Square(double s) { this.s = s; } }
    static class Banner extends Rect { Banner() { super(10, 1); } }

    static String area(Shape s) {
        double a;
        if (s instanceof Circle c) a = Math.PI * c.r * c.r;
        else if (s instanceof Square q) a = q.s * q.s;
        else if (s instanceof Rect r) a = r.w * r.h;
        else throw new AssertionError();
        return s.getClass().getSimpleName() + " " + String.format(Locale.ROOT, "%.3f", a);
    }

    public static void main(String[] args) {
        Expr x = new Var("x"), y = new Var("y");
        Expr poly = new Add(new Mul(x, x), new Add(new Mul(new Num(3), x), new Num(2)));
        Map<String, Double> env = Map.of("x", 2.0, "y", -1.5);
        System.out.println(show(poly) + " = " + eval(poly, env));
        Expr d = derive(poly, "x");
        System.out.println("d/dx raw: " + show(d));
        System.out.println("d/dx simplified: " + show(simplify(d)) + " = " + eval(d, env));
        Expr let = new Let("z", new Add(x, y), new Mul(new Var("z"), new Neg(new Neg(new Var("z")))));
        System.out.println(show(let) + " = " + eval(let, env) + " ; simplified " + show(simplify(let)));
        System.out.println(show(simplify(new Add(new Num(0), new Mul(new Num(1), new Add(new Num(2), new Num(3)))))));
        try { eval(new Var("q"), env); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { derive(let, "x"); } catch (UnsupportedOperationException e) { System.out.println(e.getMessage()); }
        System.out.println(poly);
        System.out.println(poly.equals(new Add(new Mul(new Var("x"), new Var("x")), new Add(new Mul(new Num(3), new Var("x")), new Num(2)))));
        for (Shape s : new Shape[]{new Circle(1), new Rect(2, 3.5), new Square(4), new Banner()}) System.out.println(area(s));
        System.out.println(Expr.class.isSealed() + " " + Arrays.stream(Expr.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
        System.out.println(Shape.class.isSealed() + " " + Rect.class.isSealed() + " " + Circle.class.isSealed());
    }
}
