import java.util.*;
import java.util.function.*;

public class Main {
    static final class BST<K extends Comparable<K>, V> implements Iterable<Map.Entry<K, V>> {
        private final class Node {
            K key; V val; Node left, right; int size = 1;
            Node(K k, V v) { key = k; val = v; }
        }
        private Node root;
        int size() { return size(root); }
        private int size(Node n) { return n == null ? 0 : n.size; }
        void put(K k, V v) { root = put(root, k, v); }
        private Node put(Node n, K k, V v) {
            if (n == null) return new Node(k, v);
            int c = k.compareTo(n.key);
            if (c < 0) n.left = put(n.left, k, v); else if (c > 0) n.right = put(n.right, k, v); else n.val = v;
            n.size = 1 + size(n.left) + size(n.right);
            return n;
        }
        V get(K k) { Node n = root; while (n != null) { int c = k.compareTo(n.key); if (c == 0) return n.val; n = c < 0 ? n.left : n.right; } return null; }
        int height() { return height(root); }
        private int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
        K min() { Node n = root; while (n.left != null) n = n.left; return n.key; }
        K max() { Node n = root; while (n.right != null) n = n.right; return n.key; }
        int rank(K k) { return rank(root, k); }
        private int rank(Node n, K k) { if (n == null) return 0; int c = k.compareTo(n.key); if (c < 0) return rank(n.left, k); if (c > 0) return 1 + size(n.left) + rank(n.right, k); return size(n.left); }
        K select(int r) { Node n = root; while (n != null) { int s = size(n.left); if (r < s) n = n.left; else if (r > s) { r -= s + 1; n = n.right; } else return n.key; } throw new NoSuchElementException("rank " + r); }
        K floor(K k) { Node n = root; K best = null; while (n != null) { int c = k.compareTo(n.key); if (c == 0) return n.key; if (c < 0) n = n.left; else { best = n.key; n = n.right; } } return best; }
        void delete(K k) { root = delete(root, k); }
        private Node delete(Node n, K k) {
            if (n == null) return null;
            int c = k.compareTo(n.key);
            if (c < 0) n.left = delete(n.left, k);
            else if (c > 0) n.right = delete(n.right, k);
            else {
                if (n.left == null) return n.right;
                if (n.right == null) return n.left;
                Node t = n;
                n = minNode(t.right);
                n.right = deleteMin(t.right);
                n.left = t.left;
            }
            n.size = 1 + size(n.left) + size(n.right);
            return n;
        }
        private Node minNode(Node n) { return n.left == null ? n : minNode(n.left); }
        private Node deleteMin(Node n) { if (n.left == null) return n.right; n.left = deleteMin(n.left); n.size = 1 + size(n.left) + size(n.right); return n; }
        void walk(String order, Consumer<K> c) { walk(root, order, c); }
        private void walk(Node n, String order, Consumer<K> c) {
            if (n == null) return;
            if (order.equals("pre")) c.accept(n.key);
            walk(n.left, order, c);
            if (order.equals("in")) c.accept(n.key);
            walk(n.right, order, c);
            if (order.equals("post")) c.accept(n.key);
        }
        List<K> levelOrder() {
            List<K> out = new ArrayList<>();
            Deque<Node> q = new ArrayDeque<>();
            if (root != null) q.add(root);
            while (!q.isEmpty()) { Node n = q.poll(); out.add(n.key); if (n.left != null) q.add(n.left); if (n.right != null) q.add(n.right); }
            return out;
        }
        public Iterator<Map.Entry<K, V>> iterator() {
            return new Iterator<>() {
                final Deque<Node> stack = new ArrayDeque<>();
                { push(root); }
                private void push(Node n) { while (n != null) { stack.push(n); n = n.left; } }
                public boolean hasNext() { return !stack.isEmpty(); }
                public Map.Entry<K, V> next() {
                    if (stack.isEmpty()) throw new NoSuchElementException();
                    Node n = stack.pop();
                    push(n.right);
                    return Map.entry(n.key, n.val);
                }
            };
        }
        String shape() { StringBuilder sb = new StringBuilder(); shape(root, sb); return sb.toString(); }
        private void shape(Node n, StringBuilder sb) { if (n == null) { sb.append('-'); return; } sb.append('(').append(n.key).append(' '); shape(n.left, sb); sb.append(' '); shape(n.right, sb); sb.append(')'); }
    }

    public static void main(String[] args) {
        BST<Integer, String> t = new BST<>();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30};
        for (int k : keys) t.put(k, "v" + k);
        System.out.println("size " + t.size() + " height " + t.height() + " min " + t.min() + " max " + t.max());
        System.out.println(t.shape());
        for (String order : new String[]{"pre", "in", "post"}) { StringBuilder sb = new StringBuilder(order + ":"); t.walk(order, k -> sb.append(' ').append(k)); System.out.println(sb); }
        System.out.println("level: " + t.levelOrder());
        System.out.println(t.get(45) + " " + t.get(99) + " rank(45)=" + t.rank(45) + " rank(10)=" + t.rank(10) + " select(3)=" + t.select(3) + " floor(64)=" + t.floor(64) + " floor(1)=" + t.floor(1));
        try { t.select(40); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        for (int k : new int[]{20, 30, 50, 99}) { t.delete(k); System.out.println("delete " + k + ": " + t.shape() + " size " + t.size()); }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> e : t) sb.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        System.out.println(sb.toString().trim());
        BST<String, Integer> words = new BST<>();
        String text = "the quick brown fox jumps over the lazy dog the end";
        for (String w : text.split(" ")) { Integer c = words.get(w); words.put(w, c == null ? 1 : c + 1); }
        for (Map.Entry<String, Integer> e : words) System.out.print(e + " ");
        System.out.println();
        BST<Integer, Integer> degenerate = new BST<>();
        for (int i = 0; i < 200; i++) degenerate.put(i, i);
        BST<Integer, Integer> balanced = new BST<>();
        Random rnd = new Random(7);
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < 200; i++) shuffled.add(i);
        Collections.shuffle(shuffled, rnd);
        for (int i : shuffled) balanced.put(i, i);
        System.out.println("degenerate height " + degenerate.height() + ", shuffled height " + balanced.height() + ", select(100) " + balanced.select(100) + ", rank(150) " + balanced.rank(150));
    }
}
