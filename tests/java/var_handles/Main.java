import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

public class Main {
    int count;
    long total;
    String label = "start";
    volatile double ratio;
    final int fixed = 7;
    static int hits;
    static String name = "static";

    static final VarHandle COUNT;
    static final VarHandle TOTAL;
    static final VarHandle LABEL;
    static final VarHandle RATIO;
    static final VarHandle FIXED;
    static final VarHandle HITS;
    static final VarHandle NAME;
    static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle STRINGS = MethodHandles.arrayElementVarHandle(String[].class);
    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COUNT = l.findVarHandle(Main.class, "count", int.class);
            TOTAL = l.findVarHandle(Main.class, "total", long.class);
            LABEL = l.findVarHandle(Main.class, "label", String.class);
            RATIO = l.findVarHandle(Main.class, "ratio", double.class);
            FIXED = l.findVarHandle(Main.class, "fixed", int.class);
            HITS = l.findStaticVarHandle(Main.class, "hits", int.class);
            NAME = l.findStaticVarHandle(Main.class, "name", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static void fields() {
        Main m = new Main();
        COUNT.set(m, 5);
        System.out.println("count get " + (int) COUNT.get(m));
        System.out.println("cas 5->6 " + COUNT.compareAndSet(m, 5, 6) + " now " + m.count);
        System.out.println("cas 5->7 " + COUNT.compareAndSet(m, 5, 7) + " now " + m.count);
        System.out.println("getAndAdd " + (int) COUNT.getAndAdd(m, 10) + " now " + m.count);
        System.out.println("getAndSet " + (int) COUNT.getAndSet(m, 1) + " now " + m.count);
        System.out.println("volatile " + (int) COUNT.getVolatile(m) + " acquire " + (int) COUNT.getAcquire(m));
        COUNT.setRelease(m, 42);
        System.out.println("opaque " + (int) COUNT.getOpaque(m));
        System.out.println("cae " + (int) COUNT.compareAndExchange(m, 42, 43) + " now " + m.count);
        System.out.println("bitwise or " + (int) COUNT.getAndBitwiseOr(m, 0x100) + " now " + m.count);

        TOTAL.set(m, 1L << 40);
        System.out.println("long getAndAdd " + (long) TOTAL.getAndAdd(m, 5L) + " now " + m.total);
        System.out.println("long cas " + TOTAL.compareAndSet(m, (1L << 40) + 5, -1L) + " now " + m.total);

        System.out.println("label " + (String) LABEL.get(m));
        System.out.println("label cas " + LABEL.compareAndSet(m, "start", "next") + " " + m.label);
        Object old = LABEL.getAndSet(m, "last");
        System.out.println("label getAndSet " + old + " -> " + m.label);
        String typed = (String) LABEL.getAcquire(m);
        System.out.println("typed " + typed.length());

        RATIO.setVolatile(m, 2.5);
        System.out.println("ratio " + (double) RATIO.get(m) + " cas " + RATIO.compareAndSet(m, 2.5, 0.125) + " " + m.ratio);

        System.out.println("fixed " + (int) FIXED.get(m));
        try {
            FIXED.set(m, 8);
            System.out.println("set a final field?");
        } catch (UnsupportedOperationException e) {
            System.out.println("final field set: UnsupportedOperationException");
        }
        try {
            COUNT.set(m, "text");
        } catch (java.lang.invoke.WrongMethodTypeException e) {
            System.out.println("set with a String: " + e.getMessage());
        }
        try {
            COUNT.get((Main) null);
        } catch (NullPointerException e) {
            System.out.println("null receiver: NullPointerException");
        }

        HITS.set(3);
        System.out.println("static getAndAdd " + (int) HITS.getAndAdd(4) + " now " + hits);
        System.out.println("static cas " + HITS.compareAndSet(7, 70) + " now " + hits);
        System.out.println("static name " + (String) NAME.get() + " cas " + NAME.compareAndSet("static", "changed") + " " + name);

        // Boxing through the generic path.
        Object boxed = COUNT.get(m);
        System.out.println("boxed " + boxed + " " + boxed.getClass().getSimpleName());
        COUNT.set(m, (Integer) 99);
        System.out.println("set boxed " + m.count);
        long widened = (long) COUNT.get(m);
        System.out.println("widened " + widened);
        System.out.println("varType " + COUNT.varType().getName() + " coordinates " + COUNT.coordinateTypes());
        System.out.println("modes " + COUNT.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD)
                + " " + LABEL.isAccessModeSupported(VarHandle.AccessMode.GET_AND_ADD));
    }

    static void arrays() {
        int[] ints = new int[4];
        INTS.set(ints, 2, 9);
        System.out.println("ints " + (int) INTS.get(ints, 2) + " cas " + INTS.compareAndSet(ints, 2, 9, 10)
                + " add " + (int) INTS.getAndAdd(ints, 2, 5) + " now " + ints[2]);
        try {
            INTS.get(ints, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("index 4: " + e.getMessage());
        }
        String[] strings = {"a", "b", "c"};
        System.out.println("strings " + (String) STRINGS.getAndSet(strings, 1, "B") + " " + String.join(",", strings));
        System.out.println("strings cas " + STRINGS.compareAndSet(strings, 0, "a", "A") + " " + String.join(",", strings));
        long[] longs = new long[2];
        LONGS.setVolatile(longs, 1, 77L);
        System.out.println("longs " + (long) LONGS.getAndAdd(longs, 1, 3L) + " now " + longs[1]);
    }

    static void atomics() {
        AtomicReference<String> ref = new AtomicReference<>("x");
        System.out.println("ref cas " + ref.compareAndSet("x", "y") + " " + ref.get()
                + " getAndSet " + ref.getAndSet("z") + " update " + ref.updateAndGet(s -> s + "!")
                + " accumulate " + ref.accumulateAndGet("?", String::concat));
        AtomicBoolean flag = new AtomicBoolean();
        System.out.println("flag " + flag.compareAndSet(false, true) + " " + flag.get() + " " + flag.getAndSet(false)
                + " " + flag.compareAndExchange(false, true) + " " + flag.getPlain());
        AtomicIntegerArray ia = new AtomicIntegerArray(5);
        for (int i = 0; i < 5; i++) {
            ia.addAndGet(i, i * i);
        }
        ia.compareAndSet(0, 0, -1);
        ia.getAndIncrement(4);
        System.out.println("int array " + ia + " " + ia.accumulateAndGet(1, 10, Math::max));
        AtomicLongArray la = new AtomicLongArray(new long[] {1, 2, 3});
        la.getAndAdd(2, 1L << 33);
        System.out.println("long array " + la);
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"p", "q"});
        ra.compareAndSet(1, "q", "Q");
        ra.lazySet(0, "P");
        System.out.println("ref array " + ra);

        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) {
            adder.add(i);
        }
        adder.increment();
        System.out.println("adder " + adder.sum() + " " + adder.sumThenReset() + " " + adder.sum());
        DoubleAdder dadder = new DoubleAdder();
        dadder.add(1.5);
        dadder.add(2.25);
        System.out.println("double adder " + dadder.sum());
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] {3, 99, -5, 42}) {
            max.accumulate(v);
        }
        System.out.println("accumulator " + max.get());
    }

    static void collections() {
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 10; i++) {
            q.offer(i);
        }
        q.remove(5);
        int sum = 0;
        Integer v;
        while ((v = q.poll()) != null) {
            sum += v;
        }
        System.out.println("queue sum " + sum + " empty " + q.isEmpty());
        ConcurrentLinkedDeque<String> d = new ConcurrentLinkedDeque<>(List.of("m", "n"));
        d.addFirst("l");
        d.addLast("o");
        System.out.println("deque " + d + " " + d.pollLast() + " " + d.peekFirst());

        ConcurrentSkipListMap<String, Integer> map = new ConcurrentSkipListMap<>();
        String[] words = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape"};
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i);
        }
        map.merge("fig", 100, Integer::sum);
        map.remove("kiwi");
        System.out.println("skip map " + map);
        System.out.println("first " + map.firstKey() + " last " + map.lastEntry() + " ceiling(c) " + map.ceilingKey("c")
                + " head(d) " + map.headMap("d") + " desc " + map.descendingKeySet());
        ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>();
        for (int i = 20; i > 0; i -= 3) {
            set.add(i);
        }
        System.out.println("skip set " + set + " floor(10) " + set.floor(10));

        CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> 21, Runnable::run).thenApply(x -> x * 2);
        System.out.println("future " + f.join() + " done " + f.isDone());
        CompletableFuture<String> g = new CompletableFuture<>();
        CompletableFuture<String> h = g.thenCombine(CompletableFuture.completedFuture("!"), String::concat);
        g.complete("hi");
        System.out.println("combined " + h.getNow("none"));
        List<String> log = new ArrayList<>();
        CompletableFuture<Void> failed = CompletableFuture.runAsync(() -> {
            throw new IllegalStateException("boom");
        }, Runnable::run);
        failed.exceptionally(t -> {
            log.add(t.getClass().getSimpleName() + ": " + t.getCause().getMessage());
            return null;
        });
        System.out.println("failed " + failed.isCompletedExceptionally() + " " + log);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            if (e.getValue() > 5) {
                System.out.println("entry " + e.getKey() + "=" + e.getValue());
            }
        }
    }

    public static void main(String[] args) {
        fields();
        arrays();
        atomics();
        collections();
    }
}
