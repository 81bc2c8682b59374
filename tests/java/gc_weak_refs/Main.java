import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;

// Weak, soft and phantom references and WeakHashMap under -Xmx64m.
//
// Only facts that hold on every run are printed. After System.gc() the
// references to unreachable objects are cleared, but HotSpot enqueues them on
// its Reference Handler thread, later: the program waits for them with
// queue.remove(100) a bounded number of times, and waits the same way for a
// WeakHashMap to shrink. Referents are made and looked at in helper methods
// and kept strongly only in static fields, so that no stale local variable or
// temporary of a method that calls System.gc() keeps one alive (a VM that
// scans dead registers of a live frame would otherwise see it as reachable).
public class Main {
    static final int TRIES = 50;

    static final class Payload {
        final int id;
        final int[] data;

        Payload(int id) {
            this.id = id;
            this.data = new int[64];
            data[63] = id;
        }
    }

    static final class Key {
        final int id;

        Key(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        @Override
        public int hashCode() {
            return id * 31;
        }
    }

    /** Strongly held objects, kept in statics. */
    static final List<Object> strong = new ArrayList<>();

    static WeakReference<Payload> weakTo(int id, ReferenceQueue<Object> queue, boolean keep) {
        Payload p = new Payload(id);
        if (keep) {
            strong.add(p);
        }
        return new WeakReference<>(p, queue);
    }

    static PhantomReference<Payload> phantomTo(int id, ReferenceQueue<Object> queue) {
        return new PhantomReference<>(new Payload(id), queue);
    }

    static SoftReference<Payload> softTo(int id, ReferenceQueue<Object> queue) {
        return new SoftReference<>(new Payload(id), queue);
    }

    static WeakReference<Payload> weakToReferent(SoftReference<Payload> soft) {
        return new WeakReference<>(soft.get());
    }

    static SoftReference<byte[]> softToBytes(int size, ReferenceQueue<Object> queue) {
        return new SoftReference<>(new byte[size], queue);
    }

    /** Adds 1 MB arrays to a list until the heap is full; whether OutOfMemoryError came. */
    static boolean fillHeap() {
        List<byte[]> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new byte[1 << 20]);
            }
        } catch (OutOfMemoryError e) {
            hog = null;
            return true;
        }
    }

    /** Some garbage, so collections have work besides the references. */
    static int churn(int rounds) {
        int sum = 0;
        for (int i = 0; i < rounds; i++) {
            int[] a = new int[1000];
            a[i % 1000] = i;
            sum += a.length;
        }
        return sum;
    }

    /** Removes references from `queue` until `expected` of them came or the tries ran out. */
    static List<Reference<?>> drain(ReferenceQueue<Object> queue, int expected) throws InterruptedException {
        List<Reference<?>> arrived = new ArrayList<>();
        for (int tries = 0; arrived.size() < expected && tries < TRIES; tries++) {
            Reference<?> r = queue.remove(100);
            if (r != null) {
                arrived.add(r);
            }
        }
        return arrived;
    }

    /** The indexes in `refs` of the references that arrived, sorted. */
    static String which(List<? extends Reference<?>> refs, List<Reference<?>> arrived) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (Reference<?> r : arrived) {
            int index = -1;
            for (int i = 0; i < refs.size(); i++) {
                if (refs.get(i) == r) index = i;
            }
            indexes.add(index);
        }
        return indexes.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        weakReferences();
        phantomReferences();
        softReferences();
        explicitClearAndEnqueue();
        weakHashMap();
        softClearedBeforeOutOfMemory();
    }

    static void weakReferences() throws InterruptedException {
        System.out.println("== weak");
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        List<WeakReference<Payload>> refs = new ArrayList<>();
        // 0, 2, 4 and 6: referents unreachable; 1, 3, 5: strongly held.
        for (int i = 0; i < 7; i++) {
            refs.add(weakTo(i, queue, i % 2 == 1));
        }
        System.out.println("before gc, all referents there: " + refs.stream().allMatch(r -> r.get() != null));
        churn(2000);
        System.gc();
        report(refs);
        List<Reference<?>> arrived = drain(queue, 4);
        System.out.println("enqueued count: " + arrived.size() + " " + which(refs, arrived));
        System.out.println("queue empty afterwards: " + (queue.poll() == null));
        // Strongly reachable referents survive several more collections.
        boolean same = true;
        for (int round = 0; round < 5; round++) {
            churn(3000);
            System.gc();
            same &= stillStrong(refs);
        }
        System.out.println("strong referents kept over 5 more gcs: " + same);
        System.out.println("cleared refs refer to null: " + refs.get(0).refersTo(null));
        System.out.println("more enqueued later: " + (queue.poll() != null));
        strong.clear();
        System.gc();
        List<Reference<?>> late = drain(queue, 3);
        System.out.println("after dropping the strong ones, enqueued: " + late.size() + " " + which(refs, late));
        // An object only weakly reachable through another weakly reachable one.
        List<WeakReference<Object>> chain = chain();
        System.gc();
        System.out.println("chain cleared: outer " + (chain.get(0).get() == null) + ", inner "
                + (chain.get(1).get() == null));
    }

    static void report(List<WeakReference<Payload>> refs) {
        for (int i = 0; i < refs.size(); i++) {
            Payload p = refs.get(i).get();
            System.out.println("ref " + i + ": " + (p == null ? "cleared" : "kept, id " + p.id + " data " + p.data[63]));
        }
    }

    static boolean stillStrong(List<WeakReference<Payload>> refs) {
        boolean same = true;
        for (int i = 1; i < 7; i += 2) {
            same &= refs.get(i).get() == strong.get(i / 2);
            same &= refs.get(i).refersTo((Payload) strong.get(i / 2));
        }
        return same;
    }

    static List<WeakReference<Object>> chain() {
        Object[] outer = {new Payload(99)};
        return List.of(new WeakReference<>(outer), new WeakReference<>(outer[0]));
    }

    static void phantomReferences() throws InterruptedException {
        System.out.println("== phantom");
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        List<PhantomReference<Payload>> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(phantomTo(i, queue));
        }
        Payload kept = new Payload(42);
        strong.add(kept);
        PhantomReference<Payload> keptRef = new PhantomReference<>(kept, queue);
        System.out.println("phantom get is always null: " + (refs.get(0).get() == null && keptRef.get() == null));
        System.out.println("phantom refersTo its referent: " + keptRef.refersTo(kept));
        churn(2000);
        System.gc();
        List<Reference<?>> arrived = drain(queue, 3);
        System.out.println("enqueued count: " + arrived.size() + " " + which(refs, arrived));
        System.out.println("enqueued ones cleared: " + arrived.stream().allMatch(r -> r.refersTo(null)));
        System.out.println("kept one not enqueued: " + (queue.poll() == null) + ", still refers: " + keptRef.refersTo(kept));
        strong.clear();
    }

    static void softReferences() throws InterruptedException {
        System.out.println("== soft");
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        SoftReference<Payload> soft = softTo(7, queue);
        // A weak reference to the softly reachable object: not cleared while the soft one is not.
        WeakReference<Payload> weak = weakToReferent(soft);
        for (int round = 0; round < 3; round++) {
            churn(3000);
            System.gc();
        }
        Payload p = soft.get();
        System.out.println("softly reachable object survives gc: " + (p != null) + (p == null ? "" : ", id " + p.id));
        System.out.println("weak to softly reachable kept: " + (weak.get() == p && p != null));
        System.out.println("nothing enqueued: " + (queue.poll() == null));
        Payload strongly = new Payload(8);
        strong.add(strongly);
        SoftReference<Payload> soft2 = new SoftReference<>(strongly);
        System.gc();
        System.out.println("strongly reachable soft referent kept: " + (soft2.get() == strongly));
        strong.clear();
    }

    static void explicitClearAndEnqueue() throws InterruptedException {
        System.out.println("== clear and enqueue");
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Payload p = new Payload(5);
        strong.add(p);
        WeakReference<Payload> w = new WeakReference<>(p, queue);
        System.out.println("enqueue: " + w.enqueue() + ", again: " + w.enqueue());
        System.out.println("enqueue cleared it: " + (w.get() == null));
        System.out.println("polled the same reference: " + (queue.poll() == w) + ", then empty: " + (queue.poll() == null));
        SoftReference<Payload> s = new SoftReference<>(p, queue);
        s.clear();
        System.gc();
        System.out.println("cleared soft ref stays null: " + (s.get() == null) + ", not enqueued: " + (queue.remove(50) == null));
        WeakReference<Payload> noQueue = new WeakReference<>(p);
        System.out.println("enqueue without a queue: " + noQueue.enqueue() + ", still there: " + (noQueue.get() == p));
        strong.clear();
    }

    static void fill(Map<Key, String> map, int n) {
        for (int i = 0; i < n; i++) {
            Key key = new Key(i);
            if (i % 4 == 0) {
                strong.add(key);
            }
            map.put(key, "value-" + i);
        }
    }

    static void weakHashMap() throws InterruptedException {
        System.out.println("== WeakHashMap");
        Map<Key, String> map = new WeakHashMap<>();
        fill(map, 20);
        System.out.println("size before gc: " + map.size());
        churn(2000);
        System.gc();
        int tries = 0;
        while (map.size() != 5 && tries < TRIES) {
            Thread.sleep(10);
            tries++;
        }
        System.out.println("size after gc and expunging: " + map.size());
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String v = map.get(new Key(i));
            if (v != null) keys.append(i).append('=').append(v).append(' ');
        }
        System.out.println("entries left: " + keys.toString().trim());
        System.out.println("strongly held keys all present: " + strong.stream().allMatch(map::containsKey));
        strong.clear();
        System.gc();
        tries = 0;
        while (!map.isEmpty() && tries < TRIES) {
            Thread.sleep(10);
            tries++;
        }
        System.out.println("after dropping the rest: size " + map.size() + ", empty " + map.isEmpty());
    }

    static void softClearedBeforeOutOfMemory() {
        System.out.println("== soft references before OutOfMemoryError");
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        SoftReference<byte[]> big = softToBytes(8 << 20, queue);
        boolean caught = fillHeap();
        System.out.println("OutOfMemoryError thrown: " + caught);
        System.out.println("soft reference cleared before it: " + (big.get() == null));
        Reference<?> r = null;
        try {
            for (int tries = 0; r == null && tries < TRIES; tries++) {
                r = queue.remove(100);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        System.out.println("and enqueued: " + (r == big));
    }
}
