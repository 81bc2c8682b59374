import java.util.Arrays;

// Large arrays (1 to 8 MB each: int[], long[], byte[], Object[]) allocated
// over and over under -Xmx64m, about 600 MB in all, while a ring of the last
// three stays alive. Every new array must be all zeroes (sampled), gets a
// pattern written at a stride, and is checked again when it leaves the ring.
// Prints only sizes, counts and checksums.
public class Main {
    static final int RING = 3;
    static final int ARRAYS = 150;
    static final int STRIDE = 1021;

    static final Object[] ring = new Object[RING];
    static final int[] ringIndex = new int[RING];

    /** Shared small objects some Object[] slots point to. */
    static final String[] SHARED = {"alpha", "beta", "gamma", "delta"};

    /** Size in bytes of array number i: 1 MB to 8 MB. */
    static int bytesFor(int i) {
        return (1 + (i * 7 + i / 5) % 8) << 20;
    }

    static int pattern(int i, int j) {
        return i * 1_000_003 + j * 31;
    }

    static Object make(int i) {
        int bytes = bytesFor(i);
        switch (i % 4) {
            case 0: {
                int[] a = new int[bytes / 4];
                for (int j = 0; j < a.length; j += STRIDE) {
                    if (a[j] != 0 || a[a.length - 1 - j] != 0) throw new AssertionError("int[] not zeroed: " + i);
                    a[j] = pattern(i, j);
                }
                a[a.length - 1] = -i;
                return a;
            }
            case 1: {
                long[] a = new long[bytes / 8];
                for (int j = 0; j < a.length; j += STRIDE) {
                    if (a[j] != 0 || a[a.length - 1 - j] != 0) throw new AssertionError("long[] not zeroed: " + i);
                    a[j] = (long) pattern(i, j) << 20 | j;
                }
                a[a.length - 1] = -i;
                return a;
            }
            case 2: {
                byte[] a = new byte[bytes];
                for (int j = 0; j < a.length; j += STRIDE) {
                    if (a[j] != 0 || a[a.length - 1 - j] != 0) throw new AssertionError("byte[] not zeroed: " + i);
                    a[j] = (byte) pattern(i, j);
                }
                a[a.length - 1] = (byte) -i;
                return a;
            }
            default: {
                // 8 bytes a slot at most (4 with compressed pointers on HotSpot).
                Object[] a = new Object[bytes / 8];
                for (int j = 0; j < a.length; j += STRIDE) {
                    if (a[j] != null || a[a.length - 1 - j] != null) {
                        throw new AssertionError("Object[] not zeroed: " + i);
                    }
                    // Every other sampled slot holds a new small object, the others shared ones.
                    a[j] = (j / STRIDE) % 2 == 0 ? Integer.valueOf(pattern(i, j)) : SHARED[(j / STRIDE) % 4];
                }
                a[a.length - 1] = new long[] {i};
                return a;
            }
        }
    }

    /** Checks array number i against its pattern; its checksum. */
    static long check(Object o, int i) {
        long sum = 0;
        if (o instanceof int[]) {
            int[] a = (int[]) o;
            for (int j = 0; j + 1 < a.length; j++) {
                if (j % STRIDE == 0 ? a[j] != pattern(i, j) : j % 4099 == 0 && a[j] != 0) {
                    throw new AssertionError("int[] " + i + " changed at " + j);
                }
                if (j % STRIDE == 0) sum = sum * 31 + a[j];
            }
            sum += a[a.length - 1];
        } else if (o instanceof long[]) {
            long[] a = (long[]) o;
            for (int j = 0; j + 1 < a.length; j += STRIDE) {
                if (a[j] != ((long) pattern(i, j) << 20 | j)) throw new AssertionError("long[] " + i + " changed at " + j);
                sum = sum * 31 + a[j];
            }
            sum += a[a.length - 1];
        } else if (o instanceof byte[]) {
            byte[] a = (byte[]) o;
            for (int j = 0; j + 1 < a.length; j += STRIDE) {
                if (a[j] != (byte) pattern(i, j)) throw new AssertionError("byte[] " + i + " changed at " + j);
                sum = sum * 31 + a[j];
            }
            sum += a[a.length - 1];
        } else {
            Object[] a = (Object[]) o;
            for (int j = 0; j + 1 < a.length; j += STRIDE) {
                Object expected = (j / STRIDE) % 2 == 0 ? (Object) pattern(i, j) : SHARED[(j / STRIDE) % 4];
                if (!expected.equals(a[j])) throw new AssertionError("Object[] " + i + " changed at " + j);
                sum = sum * 31 + a[j].hashCode();
            }
            sum += ((long[]) a[a.length - 1])[0];
        }
        return sum;
    }

    static int length(Object o) {
        if (o instanceof int[]) return ((int[]) o).length;
        if (o instanceof long[]) return ((long[]) o).length;
        if (o instanceof byte[]) return ((byte[]) o).length;
        return ((Object[]) o).length;
    }

    public static void main(String[] args) {
        long totalMb = 0;
        long checksum = 0;
        int[] perKind = new int[4];
        for (int i = 0; i < ARRAYS; i++) {
            int slot = i % RING;
            if (ring[slot] != null) {
                long sum = check(ring[slot], ringIndex[slot]);
                checksum = checksum * 1_000_003 + sum;
                if (ringIndex[slot] % 3 == 0) {
                    Object old = ring[slot];
                    System.out.println("array " + ringIndex[slot] + ": " + old.getClass().getSimpleName() + " length "
                            + length(old) + " checksum " + sum);
                }
            }
            ring[slot] = null;
            ring[slot] = make(i);
            ringIndex[slot] = i;
            totalMb += bytesFor(i) >> 20;
            perKind[i % 4]++;
            // Some small garbage between the big arrays.
            int[][] small = new int[64][];
            for (int k = 0; k < small.length; k++) small[k] = new int[k + 1];
        }
        for (int slot = 0; slot < RING; slot++) {
            checksum = checksum * 1_000_003 + check(ring[slot], ringIndex[slot]);
        }
        // A clone of a large array and Arrays.fill/equals over a whole one.
        long[] big = new long[1 << 20];
        Arrays.fill(big, 7L);
        long[] copy = big.clone();
        copy[copy.length - 1] = 8L;
        System.out.println("clone differs only at the end: " + (Arrays.mismatch(big, copy) == big.length - 1));
        System.out.println("arrays allocated: " + ARRAYS + " " + Arrays.toString(perKind));
        System.out.println("MB allocated in large arrays: " + totalMb);
        System.out.println("final checksum: " + checksum);
    }
}
