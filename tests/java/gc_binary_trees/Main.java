// The binary-trees benchmark (Computer Language Benchmarks Game), run with
// -Xmx64m: a stretch tree, a long-lived tree that must survive every
// collection, and rounds of many short-lived trees. Every tree of depth 14
// and below is built and checked ROUNDS times, so the program allocates
// several hundred MB in small objects (over 9 million nodes, about 225 MB on HotSpot) through a
// 64 MB heap. Prints only node counts.
public class Main {
    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 14;
    static final int ROUNDS = 3;

    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node bottomUp(int depth) {
        return depth > 0 ? new Node(bottomUp(depth - 1), bottomUp(depth - 1)) : new Node(null, null);
    }

    public static void main(String[] args) {
        int stretchDepth = MAX_DEPTH + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + bottomUp(stretchDepth).check());

        Node longLived = bottomUp(MAX_DEPTH);
        long total = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.println("round " + round);
            for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
                int iterations = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
                int check = 0;
                for (int i = 0; i < iterations; i++) {
                    check += bottomUp(depth).check();
                }
                total += check;
                System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
            }
            System.out.println("long lived tree of depth " + MAX_DEPTH + "\t check: " + longLived.check());
        }
        System.out.println("nodes allocated in short-lived trees: " + total);
    }
}
