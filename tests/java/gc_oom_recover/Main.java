import java.util.ArrayList;
import java.util.List;

// OutOfMemoryError under -Xmx64m, caught and recovered from, three ways:
// 1 MB arrays kept in a list until the heap is full, small objects kept in a
// linked list until it is full, and single arrays larger than the heap. After
// each, everything allocated is dropped and the program allocates (and
// checks) plenty again. The output does not depend on how much fitted: only
// bounds that hold on any VM honouring -Xmx64m are printed. The filling is
// done in helper methods, so nothing of it stays reachable from main's frame.
public class Main {
    static final class Cell {
        final long value;
        final Cell next;

        Cell(long value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    static int arraysBeforeOom;
    static long cellsBeforeOom;

    /** Keeps 1 MB arrays until OutOfMemoryError; its message. */
    static String fillWithArrays() {
        List<byte[]> kept = new ArrayList<>();
        try {
            while (true) {
                byte[] a = new byte[1 << 20];
                a[kept.size() % a.length] = 1;
                kept.add(a);
            }
        } catch (OutOfMemoryError e) {
            arraysBeforeOom = kept.size();
            kept = null;
            return e.getMessage();
        }
    }

    /** Keeps small objects in a linked list until OutOfMemoryError; its message. */
    static String fillWithCells() {
        Cell head = null;
        long count = 0;
        try {
            while (true) {
                head = new Cell(count, head);
                count++;
            }
        } catch (OutOfMemoryError e) {
            head = null;
            cellsBeforeOom = count;
            return e.getMessage();
        }
    }

    /** One array of `length` longs; the message of the OutOfMemoryError it throws, or "allocated". */
    static String allocateLongs(int length) {
        try {
            long[] a = new long[length];
            return "allocated " + a.length;
        } catch (OutOfMemoryError e) {
            return e.getMessage();
        }
    }

    /** Allocates 32 MB in 256 KB arrays, kept at once, and checks them; a checksum. */
    static long allocateAgain(int salt) {
        List<int[]> arrays = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            int[] a = new int[1 << 16];
            for (int j = 0; j < a.length; j += 4096) {
                a[j] = i * salt + j;
            }
            arrays.add(a);
        }
        long sum = 0;
        for (int i = 0; i < arrays.size(); i++) {
            int[] a = arrays.get(i);
            for (int j = 0; j < a.length; j += 4096) {
                if (a[j] != i * salt + j) {
                    throw new AssertionError("array " + i + " changed");
                }
                sum = sum * 31 + a[j];
            }
        }
        return sum;
    }

    /** Builds and checks a linked list of 200,000 cells; their sum. */
    static long cellsAgain() {
        Cell head = null;
        for (int i = 0; i < 200_000; i++) {
            head = new Cell(i, head);
        }
        long sum = 0;
        for (Cell c = head; c != null; c = c.next) {
            sum += c.value;
        }
        return sum;
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            String message = fillWithArrays();
            System.out.println("round " + round + ": caught OutOfMemoryError: " + message);
            System.out.println("  more than 10 arrays fitted: " + (arraysBeforeOom > 10));
            System.out.println("  at most 64 arrays fitted: " + (arraysBeforeOom <= 64));
            System.out.println("  allocated again, checksum " + allocateAgain(round));
        }

        String message = fillWithCells();
        System.out.println("small objects: caught OutOfMemoryError: " + message);
        System.out.println("  more than 100000 cells fitted: " + (cellsBeforeOom > 100_000));
        System.out.println("  fewer than 64M / 16 cells fitted: " + (cellsBeforeOom < (64L << 20) / 16));
        System.out.println("  cells again, sum " + cellsAgain());
        System.out.println("  arrays again, checksum " + allocateAgain(7));

        System.out.println("128 MB array: " + allocateLongs(16 << 20));
        System.out.println("1 GB array: " + allocateLongs(128 << 20));
        System.out.println("array of Integer.MAX_VALUE longs: " + allocateLongs(Integer.MAX_VALUE));
        System.out.println("8 MB array: " + allocateLongs(1 << 20));
        System.out.println("done, cells sum " + cellsAgain());
    }
}
