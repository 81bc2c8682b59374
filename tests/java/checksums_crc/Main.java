import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.*;
import java.util.*;

public class Main {
    static long crc32Manual(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
        }
        return ~crc & 0xFFFFFFFFL;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "x".repeat(1000)};
        for (String s : inputs) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32(); crc.update(b);
            CRC32C crcc = new CRC32C(); crcc.update(b);
            Adler32 ad = new Adler32(); ad.update(b);
            String label = s.length() > 20 ? s.substring(0, 17) + "..." : s;
            System.out.println(String.format(Locale.ROOT, "%-20s crc32 %08x manual %08x crc32c %08x adler %08x", "'" + label + "'", crc.getValue(), crc32Manual(b), crcc.getValue(), ad.getValue()));
        }
        byte[] data = new byte[10000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + (i >> 3));
        CRC32 whole = new CRC32(); whole.update(data);
        CRC32 parts = new CRC32();
        for (int off = 0; off < data.length; off += 777) parts.update(data, off, Math.min(777, data.length - off));
        CRC32 bytewise = new CRC32();
        for (byte x : data) bytewise.update(x);
        CRC32 viaBuffer = new CRC32();
        viaBuffer.update(ByteBuffer.wrap(data));
        CRC32 direct = new CRC32();
        ByteBuffer db = ByteBuffer.allocateDirect(data.length);
        db.put(data).flip();
        direct.update(db);
        System.out.println(Long.toHexString(whole.getValue()) + " " + (whole.getValue() == parts.getValue()) + " " + (whole.getValue() == bytewise.getValue()) + " " + (whole.getValue() == viaBuffer.getValue()) + " " + (whole.getValue() == direct.getValue()) + " " + crc32Manual(data));
        CRC32C c2 = new CRC32C(); c2.update(data, 5, 9000);
        Adler32 a2 = new Adler32(); a2.update(data, 5, 9000);
        System.out.println(Long.toHexString(c2.getValue()) + " " + Long.toHexString(a2.getValue()));
        whole.reset();
        System.out.println(whole.getValue());
        Checksum cs = new Adler32();
        cs.update(new byte[]{1, 2, 3}, 0, 3);
        System.out.println(cs.getValue());
        try { new CRC32().update(data, 9999, 5); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        int h = 0;
        for (byte x : data) h = 31 * h + x;
        System.out.println(h + " " + Arrays.hashCode(data) + " " + ByteBuffer.wrap(data).hashCode());
    }
}
