import java.util.*;

public class Main {
    static class Point implements Cloneable {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public Point clone() { try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        public String toString() { return "(" + x + "," + y + ")"; }
    }
    static class Polygon implements Cloneable {
        String name;
        Point[] pts;
        List<String> tags = new ArrayList<>();
        Polygon(String name, Point... pts) { this.name = name; this.pts = pts; }
        Polygon shallow() { try { return (Polygon) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        Polygon deep() {
            Polygon p = shallow();
            p.pts = pts.clone();
            for (int i = 0; i < p.pts.length; i++) p.pts[i] = pts[i].clone();
            p.tags = new ArrayList<>(tags);
            return p;
        }
        public String toString() { return name + Arrays.toString(pts) + tags; }
    }
    static class NoClone { int v = 1; Object tryClone() throws CloneNotSupportedException { return super.clone(); } }
    static class Base implements Cloneable { int b = 1; @Override protected Object clone() throws CloneNotSupportedException { return super.clone(); } }
    static class Derived extends Base { int d = 2; String s = "str"; }
    static final class Counter implements Cloneable {
        final int[] counts = new int[3];
        Counter copy() { try { return (Counter) clone(); } catch (CloneNotSupportedException e) { throw new RuntimeException(e); } }
    }

    public static void main(String[] args) throws Exception {
        Polygon tri = new Polygon("tri", new Point(0, 0), new Point(4, 0), new Point(0, 3));
        tri.tags.add("right");
        Polygon sh = tri.shallow(), dp = tri.deep();
        tri.pts[0].x = 99;
        tri.tags.add("mutated");
        tri.name = "renamed";
        System.out.println(tri + "\n" + sh + "\n" + dp);
        System.out.println((sh.pts == tri.pts) + " " + (dp.pts == tri.pts) + " " + (sh.tags == tri.tags) + " " + (sh.getClass() == Polygon.class));
        try { new NoClone().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE " + e.getMessage()); }
        Derived d = new Derived();
        d.b = 10; d.d = 20;
        Derived dc = (Derived) d.clone();
        System.out.println(dc.b + " " + dc.d + " " + dc.s + " " + (dc.s == d.s) + " " + dc.getClass().getSimpleName());
        Counter c = new Counter();
        c.counts[1] = 5;
        Counter cc = c.copy();
        cc.counts[1]++;
        System.out.println(c.counts[1] + " shared final array " + (c.counts == cc.counts));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = 100;
        g2[1] = new int[]{7, 7};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(g2));
        ArrayList<Point> list = new ArrayList<>(List.of(new Point(1, 1), new Point(2, 2)));
        @SuppressWarnings("unchecked") ArrayList<Point> lc = (ArrayList<Point>) list.clone();
        lc.add(new Point(3, 3));
        lc.get(0).x = 50;
        System.out.println(list + " " + lc);
        HashMap<String, Integer> hm = new HashMap<>(Map.of("a", 1));
        @SuppressWarnings("unchecked") HashMap<String, Integer> hc = (HashMap<String, Integer>) hm.clone();
        hc.put("b", 2);
        System.out.println(hm + " " + new TreeMap<>(hc));
        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3));
        ArrayDeque<Integer> dqc = dq.clone();
        dqc.pollFirst();
        System.out.println(dq + " " + dqc);
        TreeMap<String, Integer> tm = new TreeMap<>(Comparator.reverseOrder());
        tm.put("x", 1); tm.put("y", 2);
        @SuppressWarnings("unchecked") TreeMap<String, Integer> tmc = (TreeMap<String, Integer>) tm.clone();
        tmc.put("z", 3);
        System.out.println(tm + " " + tmc + " " + (tmc.comparator() == tm.comparator()));
        BitSet bs = new BitSet(); bs.set(3);
        BitSet bsc = (BitSet) bs.clone(); bsc.set(5);
        System.out.println(bs + " " + bsc);
        Date date = new Date(0);
        Date dc2 = (Date) date.clone();
        dc2.setTime(1000);
        System.out.println(date.getTime() + " " + dc2.getTime());
        LinkedList<String> ll = new LinkedList<>(List.of("p", "q"));
        @SuppressWarnings("unchecked") LinkedList<String> llc = (LinkedList<String>) ll.clone();
        llc.addFirst("o");
        System.out.println(ll + " " + llc);
        Object[] objs = {new Point(1, 2), "s"};
        Object[] oc = objs.clone();
        System.out.println((oc[0] == objs[0]) + " " + oc.getClass().getSimpleName() + " " + new String[]{"z"}.clone().getClass().getSimpleName());
        Point p = new Point(5, 6);
        Point copyCtor = new Point(p.x, p.y);
        System.out.println(copyCtor + " " + (copyCtor != p) + " " + List.copyOf(list).get(1));
    }
}
