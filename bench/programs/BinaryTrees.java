// The binary-trees benchmark of the Computer Language Benchmarks Game
// (single-threaded): allocates and walks perfect binary trees, a stretch tree
// of depth MAX+1, one long-lived tree of depth MAX kept to the end, and
// 2^(MAX-d+4) short-lived trees of each even depth d from 4 to MAX. Almost
// all of its time goes to allocating small objects, walking them and
// collecting them: depth 18 (what bench/gc.sh runs, with -Xmx64m) allocates
// about 70 million nodes, 1.6 GB on HotSpot with compressed pointers, while
// at most about 25 MB are live. MAX is the argument, 16 without one (for
// bench/interp.sh). Prints the classic check lines (node counts), the same
// on every VM.
public class BinaryTrees {
    static final int MIN_DEPTH = 4;

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
        int maxDepth = Math.max(MIN_DEPTH + 2, args.length > 0 ? Integer.parseInt(args[0]) : 16);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + bottomUp(stretchDepth).check());

        Node longLived = bottomUp(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += bottomUp(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
