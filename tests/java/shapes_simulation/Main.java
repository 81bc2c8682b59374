import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

interface Shape extends Comparable<Shape> {
    double area();
    double perimeter();
    String name();
    default int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    default String summary() { return String.format(java.util.Locale.ROOT, "%-10s area=%8.3f perimeter=%7.3f", name(), area(), perimeter()); }
}

abstract class Base implements Shape {
    private static int created;
    protected final int serial;
    Base() { serial = ++created; }
    public String name() { return getClass().getSimpleName() + "#" + serial; }
    static int created() { return created; }
}

class Circle extends Base {
    final double r;
    Circle(double r) { this.r = r; }
    public double area() { return Math.PI * r * r; }
    public double perimeter() { return 2 * Math.PI * r; }
}

class Rect extends Base {
    final double w, h;
    Rect(double w, double h) { this.w = w; this.h = h; }
    public double area() { return w * h; }
    public double perimeter() { return 2 * (w + h); }
}

class Square extends Rect {
    Square(double s) { super(s, s); }
    @Override public String name() { return "Sq(" + w + ")#" + serial; }
}

class Triangle extends Base {
    final double a, b, c;
    Triangle(double a, double b, double c) {
        if (a + b <= c || a + c <= b || b + c <= a) throw new IllegalArgumentException("not a triangle: " + a + ", " + b + ", " + c);
        this.a = a; this.b = b; this.c = c;
    }
    public double perimeter() { return a + b + c; }
    public double area() { double s = perimeter() / 2; return Math.sqrt(s * (s - a) * (s - b) * (s - c)); }
}

public class Main {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1));
        shapes.add(new Rect(2, 3.5));
        shapes.add(new Square(2));
        shapes.add(new Triangle(3, 4, 5));
        shapes.add(new Circle(0.5));
        try { shapes.add(new Triangle(1, 2, 10)); } catch (IllegalArgumentException e) { System.out.println("rejected: " + e.getMessage()); }
        shapes.add(new Square(1.5));
        for (Shape s : shapes) System.out.println(s.summary());
        List<Shape> sorted = new ArrayList<>(shapes);
        sorted.sort(null);
        System.out.println("by area:");
        for (Shape s : sorted) System.out.println("  " + s.name());
        sorted.sort(Comparator.comparingDouble(Shape::perimeter).reversed());
        System.out.println("by perimeter desc:");
        for (Shape s : sorted) System.out.println("  " + s.name() + " " + s.perimeter());
        double total = 0;
        int rects = 0;
        for (Shape s : shapes) { total += s.area(); if (s instanceof Rect) rects++; }
        System.out.printf(java.util.Locale.ROOT, "total area %.4f, rects %d, created %d%n", total, rects, Base.created());
        Shape biggest = shapes.get(0);
        for (Shape s : shapes) if (s.compareTo(biggest) > 0) biggest = s;
        System.out.println("biggest " + biggest.name());
        double scale = 1;
        for (int i = 0; i < 5; i++) { scale *= 1.5; System.out.println("scaled circle " + i + " area " + new Circle(scale).area()); }
    }
}
