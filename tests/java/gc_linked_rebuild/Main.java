import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Object graphs built, dropped and rebuilt many times under -Xmx64m (several
// hundred MB allocated in all), beside long-lived structures that must
// survive every collection: a linked list, a tree, a HashMap and an array of
// slots that keeps receiving newly allocated objects (old objects pointing to
// young ones). Everything long-lived is checked at the start, during the
// rounds and at the end; only counts and checksums are printed.
public class Main {
    static final int ROUNDS = 32;

    static final class Node {
        final int value;
        final int[] payload;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new int[16];
            payload[0] = value;
            payload[1] = value * 3;
            payload[15] = value ^ 0x5a5a;
        }

        long sum() {
            return (long) value + payload[0] + payload[1] + payload[15];
        }
    }

    static final class Tree {
        final long key;
        final String label;
        Tree left;
        Tree right;

        Tree(long key) {
            this.key = key;
            this.label = "k" + key;
        }
    }

    /** Long-lived: built once, kept in statics, checked again and again. */
    static Node keptList;
    static Tree keptTree;
    static Map<String, List<Integer>> keptMap;
    static Node[] slots = new Node[512];
    static long[] slotValues = new long[512];

    /** A small LCG so the program needs nothing but itself. */
    static long seed = 42;

    static int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    static Node buildList(int n, int salt) {
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(i * 31 + salt, head);
        }
        return head;
    }

    static long listChecksum(Node head) {
        long sum = 0;
        int count = 0;
        for (Node n = head; n != null; n = n.next) {
            int[] p = n.payload;
            if (p[0] != n.value || p[1] != n.value * 3 || p[15] != (n.value ^ 0x5a5a) || p[8] != 0) {
                throw new AssertionError("corrupt node " + n.value);
            }
            sum = sum * 31 + n.sum();
            count++;
        }
        return sum * 1000003 + count;
    }

    static Tree insert(Tree root, long key) {
        if (root == null) {
            return new Tree(key);
        }
        Tree t = root;
        while (true) {
            if (key < t.key) {
                if (t.left == null) {
                    t.left = new Tree(key);
                    return root;
                }
                t = t.left;
            } else if (key > t.key) {
                if (t.right == null) {
                    t.right = new Tree(key);
                    return root;
                }
                t = t.right;
            } else {
                return root;
            }
        }
    }

    static Tree buildTree(int n) {
        Tree root = null;
        for (int i = 0; i < n; i++) {
            root = insert(root, next(1 << 20));
        }
        return root;
    }

    /** In-order: keys must be increasing and labels must match. */
    static long[] treeChecksum(Tree t) {
        long[] acc = {0, 0, Long.MIN_VALUE};
        ArrayList<Tree> stack = new ArrayList<>();
        while (t != null || !stack.isEmpty()) {
            while (t != null) {
                stack.add(t);
                t = t.left;
            }
            t = stack.remove(stack.size() - 1);
            if (t.key <= acc[2] || !t.label.equals("k" + t.key)) {
                throw new AssertionError("tree out of order at " + t.key);
            }
            acc[2] = t.key;
            acc[0] = acc[0] * 17 + t.key;
            acc[1]++;
            t = t.right;
        }
        return acc;
    }

    static Map<String, List<Integer>> buildMap(int n) {
        Map<String, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> values = new ArrayList<>();
            for (int j = 0; j <= i % 7; j++) {
                values.add(i * 100 + j);
            }
            map.put("key-" + i, values);
        }
        return map;
    }

    static long mapChecksum(Map<String, List<Integer>> map, int n) {
        long sum = map.size();
        for (int i = 0; i < n; i++) {
            List<Integer> values = map.get("key-" + i);
            if (values == null || values.size() != i % 7 + 1) {
                throw new AssertionError("map lost key-" + i);
            }
            for (int j = 0; j < values.size(); j++) {
                if (values.get(j) != i * 100 + j) {
                    throw new AssertionError("map value changed at key-" + i);
                }
                sum = sum * 7 + values.get(j);
            }
        }
        return sum;
    }

    static long slotsChecksum() {
        long sum = 0;
        for (int i = 0; i < slots.length; i++) {
            long expected = slotValues[i];
            long actual = slots[i] == null ? -1 : listChecksum(slots[i]);
            if (actual != expected) {
                throw new AssertionError("slot " + i + " changed");
            }
            sum = sum * 13 + actual;
        }
        return sum;
    }

    public static void main(String[] args) {
        keptList = buildList(20000, 7);
        keptTree = buildTree(20000);
        keptMap = buildMap(3000);
        long listSum = listChecksum(keptList);
        long[] treeSum = treeChecksum(keptTree);
        long mapSum = mapChecksum(keptMap, 3000);
        System.out.println("kept list checksum " + listSum);
        System.out.println("kept tree checksum " + treeSum[0] + " nodes " + treeSum[1]);
        System.out.println("kept map checksum " + mapSum + " size " + keptMap.size());
        for (int i = 0; i < slots.length; i++) {
            slotValues[i] = -1;
        }

        long allListNodes = 0;
        long allTreeNodes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Short-lived lists, each dropped right after it is checked.
            long roundSum = 0;
            for (int k = 0; k < 4; k++) {
                Node list = buildList(25000, round * 4 + k);
                roundSum = roundSum * 3 + listChecksum(list);
                allListNodes += 25000;
            }
            // A short-lived tree of string-labelled nodes.
            Tree tree = buildTree(8000);
            long[] t = treeChecksum(tree);
            allTreeNodes += t[1];
            tree = null;
            // Old objects receive young ones: the slots array and the kept list.
            for (int k = 0; k < 64; k++) {
                int slot = next(slots.length);
                slots[slot] = buildList(1 + next(40), round * 1000 + k);
                slotValues[slot] = listChecksum(slots[slot]);
            }
            Node n = keptList;
            for (int k = 0; k < 100 && n != null; k++) {
                Node replacement = new Node(n.next == null ? 0 : n.next.value, n.next == null ? null : n.next.next);
                n.next = replacement;
                n = replacement.next;
            }
            // Garbage strings and boxed values mixed in.
            StringBuilder sb = new StringBuilder();
            List<Object> junk = new ArrayList<>();
            for (int k = 0; k < 20000; k++) {
                junk.add(k % 3 == 0 ? (Object) ("s" + k) : (Object) Long.valueOf(k * 1000L));
                if (k % 1000 == 0) {
                    sb.append(junk.size()).append(',');
                }
            }
            System.out.println("round " + round + ": lists " + roundSum + " tree " + t[0] + " (" + t[1]
                    + " nodes) junk " + sb.length() + " slots " + slotsChecksum());
            if (round % 8 == 7) {
                System.out.println("  kept list " + (listChecksum(keptList) == listSum)
                        + " tree " + (treeChecksum(keptTree)[0] == treeSum[0])
                        + " map " + (mapChecksum(keptMap, 3000) == mapSum));
            }
        }
        System.out.println("short-lived list nodes " + allListNodes + ", tree nodes " + allTreeNodes);
        System.out.println("kept list unchanged: " + (listChecksum(keptList) == listSum));
        System.out.println("kept tree unchanged: " + (treeChecksum(keptTree)[0] == treeSum[0]));
        System.out.println("kept map unchanged: " + (mapChecksum(keptMap, 3000) == mapSum));
        System.out.println("slots checksum " + slotsChecksum());
    }
}
