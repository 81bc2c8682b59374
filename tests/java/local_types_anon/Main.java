import java.util.ArrayList;
import java.util.List;

public class Main {
    static abstract class Task {
        final String name; final int priority;
        Task(String name, int priority) { this.name = name; this.priority = priority; }
        abstract int run(int input);
        public String toString() { return name + "(p" + priority + ")"; }
    }
    class Outer {
        int base = 100;
        class InnerBase { int get() { return base + 1; } }
    }
    class InnerDerived extends Outer.InnerBase {
        InnerDerived(Outer o) { o.super(); }
        @Override int get() { return super.get() * 2; }
    }
    public static void main(String[] args) {
        record Score(String who, int pts) implements Comparable<Score> {
            public int compareTo(Score o) { return Integer.compare(o.pts, pts); }
        }
        enum Mode { FAST, SLOW; Mode flip() { return this == FAST ? SLOW : FAST; } }
        interface Scorer { int score(String s); }
        List<Score> scores = new ArrayList<>();
        Scorer byLength = String::length;
        Scorer byVowels = s -> (int) s.chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
        for (String w : new String[] {"banana", "kiwi", "apple", "fig", "eggplant"}) scores.add(new Score(w, byLength.score(w) * 10 + byVowels.score(w)));
        scores.sort(null);
        System.out.println(scores);
        Mode m = Mode.FAST;
        for (int i = 0; i < 3; i++) { System.out.print(m + " "); m = m.flip(); }
        System.out.println("| local enum values " + Mode.values().length);
        int offset = 7;
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("double", 2) { int run(int in) { return in * 2; } });
        tasks.add(new Task("offset", 1) { int run(int in) { return in + offset; } });
        tasks.add(new Task("square", 3) {
            int calls;
            int run(int in) { calls++; return in * in + calls; }
            @Override public String toString() { return "square[calls=" + calls + "]"; }
        });
        int v = 3;
        for (int round = 0; round < 2; round++) for (Task t : tasks) { v = t.run(v); System.out.println(t + " -> " + v); }
        tasks.sort((a, b) -> a.priority - b.priority);
        System.out.println("by priority " + tasks);
        Main main = new Main();
        Outer outer = main.new Outer();
        InnerDerived d = main.new InnerDerived(outer);
        outer.base = 5;
        System.out.println("inner subclass with explicit outer: " + d.get());
        class Accumulator {
            private int total;
            Accumulator add(int x) { total += x + offset; return this; }
        }
        System.out.println("local class chain " + new Accumulator().add(1).add(2).add(3).total);
        Runnable r = new Runnable() {
            public void run() {
                class Deep { String hi() { return "deep local in anon, offset=" + offset; } }
                System.out.println(new Deep().hi());
            }
        };
        r.run();
        System.out.println("local record toString " + new Score("x", 1) + " equals " + new Score("x", 1).equals(new Score("x", 1)));
    }
}
