import java.nio.*;
import java.nio.charset.*;
import java.util.*;

public class Main {
    static String hex(byte[] b) { StringBuilder sb = new StringBuilder(); for (byte x : b) sb.append(String.format(Locale.ROOT, "%02x", x & 0xff)); return sb.toString(); }

    public static void main(String[] args) throws Exception {
        String s = "A\u00e9\u20ac\uD83D\uDE00z";
        Charset[] sets = {StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (Charset cs : sets) {
            byte[] b = s.getBytes(cs);
            String back = new String(b, cs);
            System.out.println(cs.name() + " " + b.length + " " + hex(b) + " roundtrip " + back.equals(s) + " decoded " + back.codePoints().count());
        }
        System.out.println(Charset.forName("utf8").name() + " " + Charset.forName("latin1").name() + " " + Charset.isSupported("X-NOPE") + " " + StandardCharsets.UTF_8.aliases().contains("UTF8"));
        try { Charset.forName("X-NOPE"); } catch (UnsupportedCharsetException e) { System.out.println("UnsupportedCharsetException " + e.getCharsetName()); }
        try { Charset.forName("bad name!"); } catch (IllegalCharsetNameException e) { System.out.println("IllegalCharsetNameException " + e.getCharsetName()); }
        byte[] badUtf8 = {0x41, (byte) 0xC3, 0x28, (byte) 0xFF, 0x42, (byte) 0xE2, (byte) 0x82};
        String replaced = new String(badUtf8, StandardCharsets.UTF_8);
        System.out.println(replaced.length() + " " + replaced.chars().mapToObj(Integer::toHexString).toList());
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try { strict.decode(ByteBuffer.wrap(badUtf8)); } catch (MalformedInputException e) { System.out.println("MalformedInputException length " + e.getInputLength() + " " + e.getMessage()); }
        CharsetDecoder ignoring = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        System.out.println("ignored: " + ignoring.decode(ByteBuffer.wrap(badUtf8)));
        CharsetDecoder repl = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).replaceWith("?");
        System.out.println("replaced: " + repl.decode(ByteBuffer.wrap(badUtf8)));
        CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();
        System.out.println(ascii.canEncode('a') + " " + ascii.canEncode('\u00e9') + " " + ascii.maxBytesPerChar() + " " + StandardCharsets.UTF_8.newEncoder().maxBytesPerChar() + " " + StandardCharsets.UTF_8.newDecoder().averageCharsPerByte());
        try { ascii.encode(CharBuffer.wrap("caf\u00e9")); } catch (UnmappableCharacterException e) { System.out.println("UnmappableCharacterException length " + e.getInputLength()); }
        ByteBuffer out = StandardCharsets.US_ASCII.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap("na\u00efve \u20ac"));
        byte[] ob = new byte[out.remaining()];
        out.get(ob);
        System.out.println(new String(ob, StandardCharsets.US_ASCII));
        System.out.println(hex("\u00e9".getBytes(StandardCharsets.ISO_8859_1)) + " " + hex("\u20ac".getBytes(StandardCharsets.ISO_8859_1)) + " " + hex("\uD83D".getBytes(StandardCharsets.UTF_8)));
        CharsetDecoder chunked = StandardCharsets.UTF_8.newDecoder();
        byte[] euro = "\u20ac\u20ac".getBytes(StandardCharsets.UTF_8);
        CharBuffer cb = CharBuffer.allocate(8);
        ByteBuffer in = ByteBuffer.allocate(8);
        StringBuilder got = new StringBuilder();
        for (byte b : euro) {
            in.put(b);
            in.flip();
            CoderResult r = chunked.decode(in, cb, false);
            in.compact();
            cb.flip();
            got.append(cb).append(r.isUnderflow() ? "u" : "o").append(',');
            cb.clear();
        }
        System.out.println("incremental: " + got);
        byte[] bom = "hi".getBytes(StandardCharsets.UTF_16);
        System.out.println(hex(bom) + " " + new String(new byte[]{(byte) 0xFF, (byte) 0xFE, 0x68, 0x00}, StandardCharsets.UTF_16));
        System.out.println(Charset.defaultCharset().name() + " " + new String(new char[]{'\u0041', '\u030A'}).getBytes(StandardCharsets.UTF_8).length);
        SortedMap<String, Charset> avail = Charset.availableCharsets();
        System.out.println(avail.containsKey("UTF-8") + " " + avail.containsKey("ISO-8859-1") + " " + avail.containsKey("US-ASCII"));
    }
}
