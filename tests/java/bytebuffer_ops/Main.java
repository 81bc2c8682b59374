import java.nio.*;
import java.util.*;

public class Main {
    static String hex(ByteBuffer b) {
        StringBuilder sb = new StringBuilder();
        ByteBuffer d = b.duplicate();
        d.rewind();
        while (d.hasRemaining()) sb.append(String.format(Locale.ROOT, "%02x", d.get() & 0xff));
        return sb.toString();
    }

    static String state(Buffer b) { return "pos=" + b.position() + " lim=" + b.limit() + " cap=" + b.capacity() + " rem=" + b.remaining(); }

    public static void main(String[] args) {
        ByteBuffer bb = ByteBuffer.allocate(32);
        System.out.println(bb.order() + " " + state(bb));
        bb.putInt(0x01020304).putShort((short) -2).put((byte) 7).putLong(Long.MIN_VALUE + 5).putChar('Z').putFloat(1.5f);
        System.out.println(state(bb) + " " + hex(bb));
        bb.flip();
        System.out.println(state(bb) + " int " + Integer.toHexString(bb.getInt()) + " short " + bb.getShort() + " byte " + bb.get() + " long " + bb.getLong() + " char " + bb.getChar() + " float " + bb.getFloat());
        System.out.println(state(bb) + " hasRemaining " + bb.hasRemaining());
        ByteBuffer le = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(0x01020304).putDouble(2.0);
        System.out.println(le.order() + " " + hex(le) + " abs getInt(0) " + Integer.toHexString(le.getInt(0)) + " as BE " + Integer.toHexString(le.order(ByteOrder.BIG_ENDIAN).getInt(0)));
        ByteBuffer w = ByteBuffer.wrap(new byte[]{10, 20, 30, 40, 50, 60, 70, 80});
        w.position(2).limit(6);
        ByteBuffer slice = w.slice();
        System.out.println(state(w) + " slice " + state(slice) + " slice[0]=" + slice.get(0));
        slice.put(1, (byte) 99);
        System.out.println(Arrays.toString(w.array()) + " arrayOffset " + slice.arrayOffset());
        ByteBuffer dup = w.duplicate();
        dup.position(5);
        System.out.println(state(w) + " dup " + state(dup));
        ByteBuffer ro = w.asReadOnlyBuffer();
        try { ro.put((byte) 1); } catch (ReadOnlyBufferException e) { System.out.println("ReadOnlyBufferException " + ro.isReadOnly()); }
        try { ByteBuffer.allocate(2).putInt(1); } catch (BufferOverflowException e) { System.out.println("BufferOverflowException"); }
        try { ByteBuffer.allocate(2).getInt(); } catch (BufferUnderflowException e) { System.out.println("BufferUnderflowException"); }
        try { ByteBuffer.allocate(2).get(5); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        ByteBuffer c = ByteBuffer.allocate(8);
        c.put(new byte[]{1, 2, 3, 4, 5});
        c.flip();
        c.get(); c.get();
        c.compact();
        System.out.println("after compact " + state(c) + " " + hex(c));
        c.clear();
        c.mark();
        c.position(4);
        c.reset();
        System.out.println("reset to mark " + state(c));
        IntBuffer ib = IntBuffer.allocate(5);
        ib.put(new int[]{5, 4, 3}).put(9);
        ib.flip();
        int[] got = new int[ib.remaining()];
        ib.get(got);
        System.out.println(Arrays.toString(got) + " " + ib.hasArray());
        ByteBuffer view = ByteBuffer.allocate(12);
        IntBuffer asInts = view.asIntBuffer();
        asInts.put(0, 0x11223344).put(2, -1);
        System.out.println(hex(view) + " " + asInts.get(0) + " " + state(asInts));
        LongBuffer lb = ByteBuffer.wrap(new byte[]{0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0}).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        System.out.println(lb.get(0) + " " + lb.get(1));
        CharBuffer cb = CharBuffer.wrap("hello world");
        System.out.println(cb.length() + " " + cb.charAt(4) + " " + cb.subSequence(6, 11) + " " + cb.position(6).toString() + " " + cb.chars().filter(ch -> ch == 'o').count());
        CharBuffer cw = CharBuffer.allocate(10);
        cw.put("abc").put('d');
        cw.flip();
        System.out.println(cw + " " + cw.remaining());
        DoubleBuffer db = DoubleBuffer.wrap(new double[]{1.5, -2.25, 3});
        double s = 0;
        while (db.hasRemaining()) s += db.get();
        System.out.println(s);
        ByteBuffer a1 = ByteBuffer.wrap(new byte[]{1, 2, 3}), a2 = ByteBuffer.wrap(new byte[]{1, 2, 4});
        System.out.println(a1.compareTo(a2) + " " + a1.equals(ByteBuffer.wrap(new byte[]{1, 2, 3})) + " " + a1.mismatch(a2) + " " + (a1.hashCode() == ByteBuffer.wrap(new byte[]{1, 2, 3}).hashCode()));
        ByteBuffer direct = ByteBuffer.allocateDirect(16);
        direct.putLong(0x0102030405060708L).putDouble(Math.PI);
        direct.flip();
        System.out.println(direct.isDirect() + " " + Long.toHexString(direct.getLong()) + " " + direct.getDouble() + " " + direct.order());
        ShortBuffer sb = ShortBuffer.wrap(new short[]{1, 2, 3, 4}, 1, 2);
        System.out.println(state(sb) + " " + sb.get() + " " + sb.slice().get(0));
    }
}
