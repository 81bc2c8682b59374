// Instance and static field reads and writes in a loop: int, long, double,
// boolean and reference fields, on this, on another object, and static.
public class Fields {
    static int sCount;
    static long sTotal;
    static double sScale = 1.5;
    static Fields sLast;

    int a;
    long b;
    double c;
    boolean flag;
    Fields next;

    static final class Point {
        int x, y;
        long z;
    }

    void update(int i) {
        a += i;
        b += a;
        c = c * 0.5 + i;
        flag = !flag;
        if (flag) {
            sCount++;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7_000_000;
        Fields f = new Fields();
        Fields g = new Fields();
        f.next = g;
        g.next = f;
        Point p = new Point();
        for (int i = 0; i < n; i++) {
            f.update(i);
            Fields o = f.next;
            o.a = f.a ^ i;
            o.b -= o.a;
            p.x += i & 15;
            p.y = p.x - p.y;
            p.z += p.y;
            sTotal += p.x + o.a;
            sScale = sScale * 0.999 + 0.001;
            sLast = (i & 1) == 0 ? f : g;
            f = f.next;
        }
        long check = f.a + f.b + g.a + g.b + (long) (f.c + g.c) + p.x + p.y + p.z
                + sCount + sTotal + (long) (sScale * 1000) + sLast.a;
        System.out.println("Fields " + check);
    }
}
