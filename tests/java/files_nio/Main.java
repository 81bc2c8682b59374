import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

// java.nio.file over sun.nio.fs and sun.nio.ch: everything happens under a
// directory the program makes in its working directory and deletes at the
// end; only relative paths, contents, sizes and sorted listings are printed.
public class Main {
    static final Path ROOT = Path.of("files_nio_work");

    public static void main(String[] args) throws Exception {
        Files.createDirectory(ROOT);
        try {
            writeAndRead();
            attributes();
            directories();
            copyMoveDelete();
            channels();
            streams();
            links();
            errors();
        } finally {
            deleteTree(ROOT);
        }
        System.out.println("root exists after cleanup: " + Files.exists(ROOT));
    }

    static void writeAndRead() throws IOException {
        System.out.println("== write and read");
        Path a = ROOT.resolve("a.txt");
        Files.writeString(a, "alpha\nbeta\ngamma\n");
        System.out.println("readString: " + Files.readString(a).replace("\n", "|"));
        System.out.println("readAllLines: " + Files.readAllLines(a));
        System.out.println("size: " + Files.size(a));
        Files.writeString(a, "delta\n", StandardOpenOption.APPEND);
        System.out.println("after append: " + Files.readAllLines(a));
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Path b = ROOT.resolve("b.bin");
        Files.write(b, bytes);
        byte[] back = Files.readAllBytes(b);
        int sum = 0;
        for (byte x : back) {
            sum += x & 0xff;
        }
        System.out.println("bytes: " + back.length + " sum " + sum + " equal " + java.util.Arrays.equals(bytes, back));
        Files.write(ROOT.resolve("lines.txt"), List.of("one", "two", "three"));
        try (Stream<String> lines = Files.lines(ROOT.resolve("lines.txt"))) {
            System.out.println("lines: " + lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        try (BufferedWriter w = Files.newBufferedWriter(ROOT.resolve("buffered.txt"))) {
            for (int i = 0; i < 1000; i++) {
                w.write("line " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(ROOT.resolve("buffered.txt"))) {
            int count = 0;
            String last = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                count++;
                last = line;
            }
            System.out.println("buffered: " + count + " lines, last '" + last + "', size "
                    + Files.size(ROOT.resolve("buffered.txt")));
        }
        try (OutputStream out = Files.newOutputStream(ROOT.resolve("stream.bin"))) {
            out.write(65);
            out.write("BCDEFGH".getBytes(StandardCharsets.US_ASCII));
        }
        try (InputStream in = Files.newInputStream(ROOT.resolve("stream.bin"))) {
            System.out.println("first: " + (char) in.read() + " skip " + in.skip(2) + " available " + in.available());
            System.out.println("rest: " + new String(in.readAllBytes(), StandardCharsets.US_ASCII) + " eof " + in.read());
        }
        Files.writeString(ROOT.resolve("unicode.txt"), "gr\u00fc\u00dfe \u20ac \ud83d\ude00");
        System.out.println("unicode size: " + Files.size(ROOT.resolve("unicode.txt")) + " chars "
                + Files.readString(ROOT.resolve("unicode.txt")).length());
    }

    static void attributes() throws IOException {
        System.out.println("== attributes");
        Path a = ROOT.resolve("a.txt");
        System.out.println("exists " + Files.exists(a) + " notExists " + Files.notExists(a)
                + " missing exists " + Files.exists(ROOT.resolve("missing")));
        System.out.println("regular " + Files.isRegularFile(a) + " directory " + Files.isDirectory(a)
                + " root directory " + Files.isDirectory(ROOT));
        System.out.println("readable " + Files.isReadable(a) + " writable " + Files.isWritable(a)
                + " executable " + Files.isExecutable(a) + " hidden " + Files.isHidden(a));
        FileTime time = FileTime.fromMillis(1_600_000_000_123L);
        Files.setLastModifiedTime(a, time);
        System.out.println("lastModified " + Files.getLastModifiedTime(a) + " millis "
                + Files.getLastModifiedTime(a).toMillis());
        BasicFileAttributes attrs = Files.readAttributes(a, BasicFileAttributes.class);
        System.out.println("attrs size " + attrs.size() + " regular " + attrs.isRegularFile() + " dir "
                + attrs.isDirectory() + " link " + attrs.isSymbolicLink() + " other " + attrs.isOther()
                + " modified " + attrs.lastModifiedTime() + " key " + (attrs.fileKey() != null));
        System.out.println("size attribute " + Files.getAttribute(a, "size") + " same file "
                + Files.isSameFile(a, ROOT.resolve("x/../a.txt".replace("x/../", ""))));
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        System.out.println("permissions " + PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.out.println("permissions " + PosixFilePermissions.toString(Files.getPosixFilePermissions(a))
                + " executable " + Files.isExecutable(a));
        System.out.println("owner known " + (Files.getOwner(a).getName().length() > 0));
        Path real = a.toRealPath();
        Path cwd = Path.of("").toRealPath();
        System.out.println("realPath absolute " + real.isAbsolute() + " relative to cwd " + cwd.relativize(real));
        System.out.println("absolute ends with " + a.toAbsolutePath().endsWith(a) + " file " + a.toFile().getName()
                + " length " + a.toFile().length());
        System.out.println("via File: " + new File("files_nio_work/a.txt").toPath().getFileName());
    }

    static void directories() throws IOException {
        System.out.println("== directories");
        Files.createDirectories(ROOT.resolve("tree/sub1/deep"));
        Files.createDirectories(ROOT.resolve("tree/sub2"));
        Files.writeString(ROOT.resolve("tree/top.txt"), "top");
        Files.writeString(ROOT.resolve("tree/sub1/one.txt"), "1");
        Files.writeString(ROOT.resolve("tree/sub1/deep/deep.txt"), "deep file");
        Files.writeString(ROOT.resolve("tree/sub2/two.log"), "22");
        Files.writeString(ROOT.resolve("tree/sub2/three.txt"), "333");
        Path tree = ROOT.resolve("tree");
        try (Stream<Path> list = Files.list(tree)) {
            System.out.println("list: " + list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (String p : walk.map(p -> tree.relativize(p).toString()).sorted().collect(Collectors.toList())) {
                System.out.println("walk: '" + p + "'");
            }
        }
        try (Stream<Path> walk = Files.walk(tree, 1)) {
            System.out.println("walk depth 1: " + walk.count());
        }
        try (Stream<Path> found = Files.find(tree, 10, (p, attr) -> attr.isRegularFile() && p.toString().endsWith(".txt"))) {
            System.out.println("find .txt: " + found.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        List<String> globbed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tree.resolve("sub2"), "*.{txt,log}")) {
            for (Path p : ds) {
                globbed.add(p.getFileName() + "=" + Files.size(p));
            }
        }
        globbed.sort(null);
        System.out.println("glob: " + globbed);
        long total;
        try (Stream<Path> walk = Files.walk(tree)) {
            total = walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }).sum();
        }
        System.out.println("total size: " + total);
        String[] names = tree.toFile().list();
        java.util.Arrays.sort(names);
        System.out.println("File.list: " + java.util.Arrays.toString(names));
    }

    static void copyMoveDelete() throws IOException {
        System.out.println("== copy, move, delete");
        Path src = ROOT.resolve("a.txt");
        Path copy = ROOT.resolve("copy.txt");
        Files.copy(src, copy);
        System.out.println("copy: " + Files.readAllLines(copy) + " mtime kept " + Files.getLastModifiedTime(copy)
                .equals(Files.getLastModifiedTime(src)));
        Files.writeString(copy, "replaced");
        Files.copy(src, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        System.out.println("copy replaced: " + Files.size(copy) + " mtime " + Files.getLastModifiedTime(copy));
        Path moved = ROOT.resolve("moved.txt");
        Files.move(copy, moved);
        System.out.println("move: copy exists " + Files.exists(copy) + " moved exists " + Files.exists(moved));
        Files.writeString(copy, "new");
        Files.move(copy, moved, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("move replace: " + Files.readString(moved));
        Files.copy(ROOT.resolve("tree/sub2"), ROOT.resolve("sub2copy"));
        try (Stream<Path> list = Files.list(ROOT.resolve("sub2copy"))) {
            System.out.println("directory copy is empty: " + (list.count() == 0));
        }
        try (InputStream in = Files.newInputStream(src)) {
            System.out.println("copy from stream: " + Files.copy(in, ROOT.resolve("fromstream.txt")));
        }
        try (OutputStream out = Files.newOutputStream(ROOT.resolve("tostream.txt"))) {
            System.out.println("copy to stream: " + Files.copy(src, out));
        }
        System.out.println("deleteIfExists: " + Files.deleteIfExists(moved) + " " + Files.deleteIfExists(moved));
        Files.delete(ROOT.resolve("sub2copy"));
        System.out.println("deleted dir exists " + Files.exists(ROOT.resolve("sub2copy")));
        Path temp = Files.createFile(ROOT.resolve("created.tmp"));
        System.out.println("createFile: " + Files.exists(temp) + " size " + Files.size(temp));
        System.out.println("File.delete: " + temp.toFile().delete() + " exists " + Files.exists(temp));
    }

    static void channels() throws IOException {
        System.out.println("== channels");
        Path c = ROOT.resolve("channel.bin");
        try (FileChannel ch = FileChannel.open(c, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(64);
            for (int i = 0; i < 16; i++) {
                buf.putInt(i * i);
            }
            buf.flip();
            System.out.println("wrote " + ch.write(buf) + " position " + ch.position() + " size " + ch.size());
            ByteBuffer direct = ByteBuffer.allocateDirect(8);
            direct.putLong(0x0102030405060708L).flip();
            System.out.println("direct wrote " + ch.write(direct, 100) + " size " + ch.size() + " position "
                    + ch.position());
            ch.position(8);
            ByteBuffer in = ByteBuffer.allocate(8);
            System.out.println("read " + ch.read(in) + " ints " + in.getInt(0) + "," + in.getInt(4)
                    + " position " + ch.position());
            ByteBuffer directIn = ByteBuffer.allocateDirect(8);
            System.out.println("pread " + ch.read(directIn, 100) + " long " + Long.toHexString(directIn.getLong(0)));
            ByteBuffer[] parts = { ByteBuffer.allocate(4), ByteBuffer.allocate(4) };
            ch.position(0);
            System.out.println("scatter " + ch.read(parts) + " " + parts[0].getInt(0) + "," + parts[1].getInt(0));
            ByteBuffer[] out = { ByteBuffer.wrap(new byte[] {9, 9}), ByteBuffer.wrap(new byte[] {8}) };
            ch.position(ch.size());
            System.out.println("gather " + ch.write(out) + " size " + ch.size());
            ch.truncate(20);
            System.out.println("truncated size " + ch.size() + " position " + ch.position());
            ch.force(true);
            System.out.println("read at end " + ch.read(ByteBuffer.allocate(4), 50));
            try (java.nio.channels.FileLock lock = ch.lock()) {
                System.out.println("lock valid " + lock.isValid() + " shared " + lock.isShared());
            }
        }
        try (SeekableByteChannel sbc = Files.newByteChannel(c)) {
            ByteBuffer all = ByteBuffer.allocate(100);
            int n = sbc.read(all);
            System.out.println("byte channel read " + n + " size " + sbc.size());
        }
        try (FileChannel src = FileChannel.open(c);
                FileChannel dst = FileChannel.open(ROOT.resolve("transfer.bin"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
            System.out.println("transferTo " + src.transferTo(0, src.size(), dst) + " dst size " + dst.size());
        }
        System.out.println("transfer equal " + java.util.Arrays.equals(Files.readAllBytes(c),
                Files.readAllBytes(ROOT.resolve("transfer.bin"))));
    }

    static void streams() throws IOException {
        System.out.println("== java.io interplay");
        Path p = ROOT.resolve("io.txt");
        try (java.io.FileWriter w = new java.io.FileWriter(p.toFile())) {
            w.write("written by java.io\n");
        }
        System.out.println("nio reads: " + Files.readString(p).trim());
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            FileChannel ch = raf.getChannel();
            System.out.println("raf channel size " + ch.size());
            ch.position(ch.size());
            ch.write(ByteBuffer.wrap("appended\n".getBytes(StandardCharsets.US_ASCII)));
            System.out.println("raf length " + raf.length());
        }
        System.out.println("lines now: " + Files.readAllLines(p));
        try (java.io.FileInputStream in = new java.io.FileInputStream(p.toFile())) {
            FileChannel ch = in.getChannel();
            ByteBuffer b = ByteBuffer.allocate(7);
            ch.read(b);
            System.out.println("fis channel: " + new String(b.array(), StandardCharsets.US_ASCII) + " position "
                    + ch.position());
        }
    }

    static void links() throws IOException {
        System.out.println("== links");
        Path target = ROOT.resolve("a.txt");
        Path link = ROOT.resolve("link.txt");
        Files.createSymbolicLink(link, Path.of("a.txt"));
        System.out.println("symlink " + Files.isSymbolicLink(link) + " target " + Files.readSymbolicLink(link)
                + " reads " + Files.readAllLines(link).size() + " lines");
        System.out.println("nofollow regular " + Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)
                + " follow regular " + Files.isRegularFile(link));
        System.out.println("same file " + Files.isSameFile(link, target) + " real name "
                + link.toRealPath().getFileName());
        Path hard = ROOT.resolve("hard.txt");
        Files.createLink(hard, target);
        System.out.println("hard link count " + Files.getAttribute(target, "unix:nlink") + " same "
                + Files.isSameFile(hard, target));
        Files.delete(hard);
        Files.delete(link);
        System.out.println("target still there " + Files.exists(target));
        Path dangling = ROOT.resolve("dangling");
        Files.createSymbolicLink(dangling, Path.of("nowhere"));
        System.out.println("dangling exists " + Files.exists(dangling) + " nofollow "
                + Files.exists(dangling, LinkOption.NOFOLLOW_LINKS));
        Files.delete(dangling);
    }

    static void errors() {
        System.out.println("== errors");
        attempt("read missing", () -> Files.readString(ROOT.resolve("missing.txt")));
        attempt("size missing", () -> Files.size(ROOT.resolve("missing.txt")));
        attempt("delete missing", () -> {
            Files.delete(ROOT.resolve("missing.txt"));
            return null;
        });
        attempt("delete non-empty", () -> {
            Files.delete(ROOT.resolve("tree"));
            return null;
        });
        attempt("create existing", () -> Files.createDirectory(ROOT.resolve("tree")));
        attempt("createFile existing", () -> Files.createFile(ROOT.resolve("a.txt")));
        attempt("copy onto existing", () -> Files.copy(ROOT.resolve("a.txt"), ROOT.resolve("b.bin")));
        attempt("read directory", () -> Files.readAllBytes(ROOT.resolve("tree")));
        attempt("list a file", () -> {
            try (Stream<Path> s = Files.list(ROOT.resolve("a.txt"))) {
                return s.count();
            }
        });
        attempt("parent missing", () -> Files.writeString(ROOT.resolve("no/such/file.txt"), "x"));
        attempt("toRealPath missing", () -> ROOT.resolve("missing").toRealPath());
        attempt("new stream missing", () -> Files.newInputStream(ROOT.resolve("nothing")));
        attempt("create_new existing", () -> Files.newByteChannel(ROOT.resolve("a.txt"),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    interface Action {
        Object run() throws Exception;
    }

    static void attempt(String what, Action action) {
        try {
            Object r = action.run();
            System.out.println(what + ": ok " + (r instanceof Path ? "" : r));
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
