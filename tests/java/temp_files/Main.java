import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

public class Main {
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path dir = Files.createDirectories(Paths.get("temp_files_work"));
        File dirFile = dir.toFile();

        File a = File.createTempFile("keel", ".txt", dirFile);
        System.out.println("createTempFile exists " + a.exists() + " prefix " + a.getName().startsWith("keel")
                + " suffix " + a.getName().endsWith(".txt") + " length " + a.length()
                + " in dir " + a.getParentFile().getName());
        try (FileWriter w = new FileWriter(a)) {
            w.write("hello temp\n");
        }
        System.out.println("written " + a.length() + " " + Files.readAllLines(a.toPath()));
        File b = File.createTempFile("abc", null, dirFile);
        System.out.println("default suffix " + b.getName().endsWith(".tmp") + " distinct " + !a.equals(b));
        try {
            File.createTempFile("ab", ".x", dirFile);
        } catch (IllegalArgumentException e) {
            System.out.println("short prefix: " + e.getMessage());
        }

        Path c = Files.createTempFile(dir, "nio", ".dat");
        System.out.println("Files.createTempFile " + Files.exists(c) + " " + c.getFileName().toString().startsWith("nio")
                + " " + c.getFileName().toString().endsWith(".dat") + " size " + Files.size(c));
        Files.write(c, List.of("one", "two"), StandardCharsets.UTF_8);
        System.out.println("lines " + Files.readAllLines(c));
        Path d = Files.createTempDirectory(dir, "sub");
        System.out.println("temp directory " + Files.isDirectory(d) + " " + d.getFileName().toString().startsWith("sub"));
        Path inner = Files.createTempFile(d, null, null);
        System.out.println("null prefix/suffix " + inner.getFileName().toString().endsWith(".tmp"));

        UUID u = UUID.nameUUIDFromBytes("keel".getBytes(StandardCharsets.UTF_8));
        System.out.println("nameUUIDFromBytes " + u + " version " + u.version() + " variant " + u.variant());
        UUID parsed = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        System.out.println("parsed " + parsed + " msb " + Long.toHexString(parsed.getMostSignificantBits())
                + " compare " + parsed.compareTo(u));
        UUID random = UUID.randomUUID();
        System.out.println("random version " + random.version() + " length " + random.toString().length());

        for (String algorithm : new String[] {"SHA-256", "SHA-1", "MD5", "SHA-512", "SHA-384", "SHA-224"}) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] digest = md.digest("The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));
            System.out.println(algorithm + " " + hex(digest));
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 1000; i++) {
            sha.update((byte) i);
        }
        sha.update("tail".getBytes(StandardCharsets.UTF_8));
        System.out.println("incremental " + hex(sha.digest()));
        System.out.println("empty " + hex(MessageDigest.getInstance("SHA-256").digest()));
        try {
            MessageDigest.getInstance("NOPE");
        } catch (NoSuchAlgorithmException e) {
            System.out.println("NoSuchAlgorithmException: " + e.getMessage());
        }

        for (Path p : new Path[] {inner, d, c}) {
            Files.delete(p);
        }
        System.out.println("deleted " + a.delete() + " " + b.delete());
        Files.delete(dir);
        System.out.println("cleaned " + !Files.exists(dir));
    }
}
