import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, Keel!", "\u00ff\u00fe binary?"};
        Base64.Encoder enc = Base64.getEncoder(), url = Base64.getUrlEncoder(), noPad = Base64.getEncoder().withoutPadding();
        for (String s : inputs) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            String e = enc.encodeToString(bytes);
            String back = new String(Base64.getDecoder().decode(e), StandardCharsets.UTF_8);
            System.out.println("[" + e + "] [" + url.encodeToString(bytes) + "] [" + noPad.encodeToString(bytes) + "] " + back.equals(s));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String std = enc.encodeToString(all), u = url.encodeToString(all);
        System.out.println(std.length() + " " + std.substring(std.length() - 24) + " " + u.substring(u.length() - 24));
        String mime = Base64.getMimeEncoder().encodeToString(all);
        System.out.println(mime.split("\r\n").length + " lines, first " + mime.split("\r\n")[0].length() + " chars");
        String custom = Base64.getMimeEncoder(16, "|".getBytes(StandardCharsets.US_ASCII)).encodeToString("The quick brown fox".getBytes(StandardCharsets.US_ASCII));
        System.out.println(custom);
        System.out.println(Arrays.equals(Base64.getMimeDecoder().decode(mime), all) + " " + Arrays.equals(Base64.getUrlDecoder().decode(u), all));
        System.out.println(new String(Base64.getDecoder().decode("Zm9vYmE"), StandardCharsets.US_ASCII));
        for (String bad : new String[]{"Zm9v!", "Zg==Zg==", "Z", "Zm9vYmFy===", "-_-_"}) {
            try { System.out.println(bad + " -> " + Arrays.toString(Base64.getDecoder().decode(bad))); }
            catch (IllegalArgumentException e) { System.out.println(bad + " -> IAE " + e.getMessage()); }
        }
        System.out.println(Arrays.toString(Base64.getUrlDecoder().decode("-_-_")));
        HexFormat hf = HexFormat.of();
        byte[] data = {0, 1, 15, 16, 127, -128, -1};
        System.out.println(hf.formatHex(data) + " " + HexFormat.of().withUpperCase().formatHex(data) + " " + HexFormat.ofDelimiter(":").formatHex(data));
        System.out.println(HexFormat.ofDelimiter(", ").withPrefix("0x").formatHex(data));
        System.out.println(Arrays.toString(hf.parseHex("deadBEEF00")) + " " + Arrays.toString(HexFormat.ofDelimiter("-").parseHex("01-02-ff")));
        System.out.println(hf.toHexDigits((byte) 10) + " " + hf.toHexDigits((short) 0x1234) + " " + hf.toHexDigits(0xCAFE) + " " + hf.toHexDigits(-1L) + " " + hf.withUpperCase().toHexDigits('A'));
        System.out.println(HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigitsToLong("ffffffffffffffff") + " " + HexFormat.isHexDigit('g') + " " + HexFormat.fromHexDigit('C'));
        try { hf.parseHex("abc"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { hf.parseHex("zz"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println(hf + " | " + HexFormat.ofDelimiter(":").withUpperCase().withPrefix("[").withSuffix("]"));
        StringBuilder sb = new StringBuilder();
        HexFormat.of().formatHex(sb, "AZ".getBytes(StandardCharsets.US_ASCII));
        System.out.println(sb);
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        System.out.println(id + " v" + id.version() + " variant " + id.variant() + " msb " + Long.toHexString(id.getMostSignificantBits()) + " " + id.compareTo(new UUID(0, 0)) + " " + id.hashCode());
        System.out.println(UUID.nameUUIDFromBytes("keel".getBytes(StandardCharsets.UTF_8)) + " " + new UUID(-1, 1));
        try { UUID.fromString("not-a-uuid"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
