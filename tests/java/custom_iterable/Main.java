import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

class LinkedStack<T> implements Iterable<T> {
    private static class Node<T> { final T value; final Node<T> next; Node(T v, Node<T> n) { value = v; next = n; } }
    private Node<T> head;
    private int size;
    void push(T v) { head = new Node<>(v, head); size++; }
    T pop() {
        if (head == null) throw new NoSuchElementException("stack is empty");
        T v = head.value; head = head.next; size--; return v;
    }
    int size() { return size; }
    <R> LinkedStack<R> map(Function<? super T, ? extends R> f) {
        LinkedStack<R> tmp = new LinkedStack<>(), out = new LinkedStack<>();
        for (T t : this) tmp.push(f.apply(t));
        for (R r : tmp) out.push(r);
        return out;
    }
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            Node<T> cur = head;
            public boolean hasNext() { return cur != null; }
            public T next() {
                if (cur == null) throw new NoSuchElementException();
                T v = cur.value; cur = cur.next; return v;
            }
        };
    }
    @Override public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (T t : this) { if (sb.length() > 1) sb.append(", "); sb.append(t); }
        return sb.append("]").toString();
    }
}

class Range implements Iterable<Integer> {
    final int from, to, step;
    Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            int next = from;
            public boolean hasNext() { return step > 0 ? next < to : next > to; }
            public Integer next() { int v = next; next += step; return v; }
        };
    }
}

class Fib implements Iterator<Long> {
    long a = 0, b = 1;
    public boolean hasNext() { return true; }
    public Long next() { long r = a; long t = a + b; a = b; b = t; return r; }
}

public class Main {
    public static void main(String[] args) {
        LinkedStack<String> st = new LinkedStack<>();
        for (String s : "one two three four".split(" ")) st.push(s);
        System.out.println("stack " + st + " size " + st.size());
        System.out.println("mapped " + st.map(String::length) + " " + st.map(s -> s.charAt(0)));
        System.out.println("pop " + st.pop() + " " + st.pop() + " -> " + st);
        st.pop(); st.pop();
        try { st.pop(); } catch (NoSuchElementException e) { System.out.println("empty pop: " + e.getMessage()); }
        Iterator<String> it = st.iterator();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("iterator exhausted: " + e.getMessage()); }
        int sum = 0;
        for (int i : new Range(0, 20, 3)) { System.out.print(i + " "); sum += i; }
        System.out.println("sum " + sum);
        for (int i : new Range(10, 0, -4)) System.out.print(i + " ");
        System.out.println();
        Fib fib = new Fib();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 15; i++) sb.append(fib.next()).append(',');
        System.out.println("fib " + sb);
        Iterable<Character> chars = () -> new Iterator<>() {
            int i = 0;
            public boolean hasNext() { return i < 5; }
            public Character next() { return (char) ('a' + i++); }
        };
        for (char ch : chars) System.out.print(ch);
        System.out.println();
        LinkedStack<Integer> nums = new LinkedStack<>();
        for (int i = 1; i <= 100; i++) nums.push(i);
        long total = 0;
        for (int n : nums) total += n;
        System.out.println("total " + total);
        nums.forEach(n -> { if (n % 25 == 0) System.out.println("forEach default method sees " + n); });
    }
}
