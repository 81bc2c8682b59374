import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        BitSet a = new BitSet();
        a.set(1); a.set(3); a.set(5, 9); a.set(64); a.set(130);
        System.out.println(a + " card " + a.cardinality() + " len " + a.length() + " empty " + a.isEmpty());
        BitSet b = new BitSet();
        b.set(0, 6);
        b.flip(2);
        System.out.println(b);
        BitSet and = (BitSet) a.clone(); and.and(b);
        BitSet or = (BitSet) a.clone(); or.or(b);
        BitSet xor = (BitSet) a.clone(); xor.xor(b);
        BitSet andNot = (BitSet) a.clone(); andNot.andNot(b);
        System.out.println("and " + and + " or " + or + " xor " + xor + " andNot " + andNot + " intersects " + a.intersects(b));
        System.out.println(a.nextSetBit(0) + " " + a.nextSetBit(9) + " " + a.nextClearBit(5) + " " + a.previousSetBit(100) + " " + a.previousClearBit(8) + " " + a.nextSetBit(131));
        for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) System.out.print(i + ";");
        System.out.println();
        System.out.println(a.stream().boxed().collect(Collectors.toList()) + " " + a.get(5, 10) + " " + a.get(64));
        System.out.println(Arrays.toString(a.toLongArray()) + " " + Arrays.toString(b.toByteArray()));
        BitSet fromLongs = BitSet.valueOf(new long[]{0b1011L, 1L});
        BitSet fromBytes = BitSet.valueOf(new byte[]{(byte) 0x81, 0x02});
        System.out.println(fromLongs + " " + fromBytes + " " + fromBytes.equals(BitSet.valueOf(new byte[]{(byte) 0x81, 0x02, 0})));
        a.clear(5, 7);
        a.clear(130);
        System.out.println(a + " " + a.length() + " " + a.hashCode() + " " + b.hashCode());
        int n = 200;
        BitSet composite = new BitSet(n + 1);
        composite.set(0, 2);
        for (int p = 2; p * p <= n; p = composite.nextClearBit(p + 1))
            for (int m = p * p; m <= n; m += p) composite.set(m);
        BitSet primes = new BitSet();
        primes.set(0, n + 1);
        primes.andNot(composite);
        System.out.println(primes.cardinality() + " primes <= " + n + ": " + primes);
        BitSet flips = new BitSet();
        flips.flip(0, 10);
        flips.flip(3, 7);
        System.out.println(flips + " " + flips.size() + " " + new BitSet(1000).size());
        BitSet x = new BitSet();
        x.set(7, false);
        x.set(8, true);
        System.out.println(x + " " + x.length() + " " + x.previousSetBit(7));
        try { x.set(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { x.set(5, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        long word = 0xF0F0L;
        System.out.println(Long.bitCount(word) + " " + Long.numberOfTrailingZeros(word) + " " + Long.highestOneBit(word) + " " + Long.lowestOneBit(word) + " " + Long.rotateRight(word, 4));
        int mask = 0;
        for (int bit : new int[]{0, 3, 4, 31}) mask |= 1 << bit;
        System.out.println(Integer.toBinaryString(mask) + " " + Integer.bitCount(mask) + " " + Integer.numberOfLeadingZeros(mask) + " " + (mask & -mask) + " " + Integer.toHexString(mask & (mask - 1)));
        List<String> subsets = new ArrayList<>();
        String[] items = {"a", "b", "c"};
        for (int m = 0; m < 1 << items.length; m++) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < items.length; i++) if ((m >> i & 1) == 1) sb.append(items[i]);
            subsets.add(sb.append('}').toString());
        }
        System.out.println(subsets);
        int gray = 0;
        for (int i = 0; i < 8; i++) { gray = i ^ (i >> 1); System.out.print(String.format(Locale.ROOT, "%3s", Integer.toBinaryString(gray)).replace(' ', '0') + " "); }
        System.out.println();
    }
}
