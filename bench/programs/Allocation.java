// Many small short-lived objects: a linked list built and dropped over and
// over, plus small value objects allocated in a loop. Keel has no garbage
// collector yet, so the total allocated is kept well under 1.5 GB: at the
// default 1000 rounds, 6.5 million objects (2 million list nodes, 4 million
// pairs, 0.5 million int[4]), about 190 MB on HotSpot with compressed
// pointers; Keel's peak RSS grows by about 210 MB, within its default heap.
public class Allocation {
    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Pair {
        final long a;
        final long b;
        Pair(long a, long b) {
            this.a = a;
            this.b = b;
        }
        Pair plus(Pair o) {
            return new Pair(a + o.a, b ^ o.b);
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            Node head = null;
            for (int i = 0; i < 2000; i++) {
                head = new Node(i ^ r, head);
            }
            for (Node n = head; n != null; n = n.next) {
                sum += n.value;
            }
            Pair p = new Pair(0, 0);
            for (int i = 0; i < 2000; i++) {
                p = p.plus(new Pair(i, r));
            }
            sum += p.a + p.b;
            int[] small = null;
            for (int i = 0; i < 500; i++) {
                small = new int[4];
                small[i & 3] = i;
            }
            sum += small[3];
        }
        System.out.println("Allocation " + sum);
    }
}
