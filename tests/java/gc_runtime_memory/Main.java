import java.util.IdentityHashMap;
import java.util.Map;

// Runtime.maxMemory/totalMemory/freeMemory under -Xmx64m, System.gc() and
// Runtime.gc(), and identity hash codes across collections (a moving
// collector must keep them). Only relations that hold on every VM that
// honours -Xmx64m are printed, never the numbers or the hashes themselves.
public class Main {
    static final long MB = 1 << 20;

    static final class Thing {
        final int id;

        Thing(int id) {
            this.id = id;
        }
    }

    /** Garbage: about `mb` MB in small arrays and objects. */
    static long churn(int mb) {
        long sum = 0;
        for (int i = 0; i < mb * 64; i++) {
            int[] a = new int[(1 << 12) - 4];
            a[i % a.length] = i;
            sum += a.length + new Thing(i).id;
        }
        return sum;
    }

    static void sane(String when) {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long total = rt.totalMemory();
        long free = rt.freeMemory();
        System.out.println(when + ": max <= 64 MB: " + (max <= 64 * MB) + ", max >= 32 MB: " + (max >= 32 * MB)
                + ", total <= max: " + (total <= max) + ", 0 <= free <= total: " + (0 <= free && free <= total)
                + ", total > 0: " + (total > 0));
    }

    public static void main(String[] args) {
        sane("at start");
        System.out.println("processors > 0: " + (Runtime.getRuntime().availableProcessors() > 0));

        Object plain = new Object();
        Thing thing = new Thing(1);
        String text = new String("not interned");
        int[] array = new int[10];
        int hPlain = System.identityHashCode(plain);
        int hThing = System.identityHashCode(thing);
        int hText = System.identityHashCode(text);
        int hArray = System.identityHashCode(array);
        System.out.println("Object.hashCode is the identity hash: " + (plain.hashCode() == hPlain && thing.hashCode() == hThing));
        System.out.println("identityHashCode(null) is 0: " + (System.identityHashCode(null) == 0));

        // Many objects, some hashed before the collections and some only after.
        Thing[] things = new Thing[2000];
        int[] hashes = new int[things.length];
        Map<Object, Integer> byIdentity = new IdentityHashMap<>();
        for (int i = 0; i < things.length; i++) {
            things[i] = new Thing(i);
            if (i % 2 == 0) {
                hashes[i] = System.identityHashCode(things[i]);
                byIdentity.put(things[i], i);
            }
            churn(0);
            new int[7].clone();
        }

        boolean stable = true;
        long churned = 0;
        for (int gc = 0; gc < 5; gc++) {
            churned += churn(32);
            System.gc();
            Runtime.getRuntime().gc();
            stable &= System.identityHashCode(plain) == hPlain && System.identityHashCode(thing) == hThing
                    && System.identityHashCode(text) == hText && System.identityHashCode(array) == hArray
                    && plain.hashCode() == hPlain;
            for (int i = 0; i < things.length; i += 2) {
                stable &= System.identityHashCode(things[i]) == hashes[i];
            }
            if (gc == 1) {
                for (int i = 1; i < things.length; i += 2) {
                    hashes[i] = System.identityHashCode(things[i]);
                    byIdentity.put(things[i], i);
                }
            }
            if (gc > 1) {
                for (int i = 1; i < things.length; i += 2) {
                    stable &= System.identityHashCode(things[i]) == hashes[i];
                }
            }
        }
        System.out.println("System.gc() and Runtime.gc() returned normally");
        System.out.println("churned " + churned);
        System.out.println("identity hash codes unchanged over 5 gcs: " + stable);
        boolean found = byIdentity.size() == things.length;
        for (int i = 0; i < things.length; i++) {
            Integer v = byIdentity.get(things[i]);
            found &= v != null && v == i && things[i].id == i;
        }
        System.out.println("IdentityHashMap finds all " + byIdentity.size() + " objects: " + found);
        System.out.println("lookup with an equal but distinct object misses: " + (byIdentity.get(new Thing(3)) == null));
        sane("after gcs");

        // Holding 16 MB: used memory counts it; dropping it and collecting
        // leaves room for 48 MB more. (Both in helper methods, so no stale
        // register of main's frame keeps the arrays.)
        hold16();
        System.gc();
        System.out.println("48 MB allocated after dropping 16 MB: " + allocate48());
        System.gc();
        sane("at end");
    }

    static void hold16() {
        long[] held = new long[2 * (int) MB];
        held[held.length - 1] = 1;
        Runtime rt = Runtime.getRuntime();
        boolean counted = rt.totalMemory() - rt.freeMemory() >= 16 * MB;
        // `held` is read after the measurement: an object no later
        // computation reads may be collected before its variable goes out
        // of scope (JLS 12.6.1), and a collector may run in between.
        System.out.println("used >= 16 MB while holding 16 MB: " + (counted && held[held.length - 1] == 1));
        sane("holding 16 MB");
    }

    static boolean allocate48() {
        long[][] more = new long[3][];
        for (int i = 0; i < more.length; i++) {
            more[i] = new long[2 * (int) MB];
            more[i][i] = i;
        }
        return more[2].length * 3L * 8 == 48 * MB && more[2][2] == 2;
    }
}
