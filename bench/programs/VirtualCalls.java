// Virtual calls through a class hierarchy: a monomorphic call site, a
// megamorphic one (five receiver classes), overridden and inherited methods,
// and super calls.
public class VirtualCalls {
    abstract static class Shape {
        int id;
        Shape(int id) { this.id = id; }
        abstract int area();
        int perimeter() { return 4 * id; }
        int weight() { return area() + perimeter(); }
    }

    static class Square extends Shape {
        Square(int id) { super(id); }
        int area() { return id * id; }
    }

    static class Rect extends Shape {
        Rect(int id) { super(id); }
        int area() { return id * (id + 1); }
        int perimeter() { return 2 * (2 * id + 1); }
    }

    static class Tri extends Shape {
        Tri(int id) { super(id); }
        int area() { return id * id / 2; }
        int perimeter() { return 3 * id; }
    }

    static class Circle extends Shape {
        Circle(int id) { super(id); }
        int area() { return 3 * id * id; }
        int perimeter() { return 6 * id; }
    }

    static class BigSquare extends Square {
        BigSquare(int id) { super(id); }
        int area() { return super.area() * 2; }
        int weight() { return super.weight() + 1; }
    }

    static final class Counter {
        int n;
        void inc(int d) { n += d; }
        int get() { return n; }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Shape[] shapes = new Shape[16];
        for (int i = 0; i < shapes.length; i++) {
            switch (i % 5) {
                case 0: shapes[i] = new Square(i); break;
                case 1: shapes[i] = new Rect(i); break;
                case 2: shapes[i] = new Tri(i); break;
                case 3: shapes[i] = new Circle(i); break;
                default: shapes[i] = new BigSquare(i); break;
            }
        }
        Shape mono = new Rect(7);
        Counter counter = new Counter();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i & 15];
            sum += s.area();          // megamorphic
            sum += s.weight();        // megamorphic, calls area() and perimeter() inside
            sum += mono.area();       // monomorphic
            counter.inc(i & 3);       // monomorphic, final class
        }
        sum += counter.get();
        System.out.println("VirtualCalls " + sum);
    }
}
