import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        // A fresh directory under java.io.tmpdir (File.createTempFile would need SecureRandom).
        File base = new File(System.getProperty("java.io.tmpdir"));
        File tmp = null;
        for (long n = System.nanoTime() & 0xffffff; tmp == null; n++) {
            File candidate = new File(base, "keel-file-text-io-" + n);
            if (candidate.mkdir()) tmp = candidate;
        }
        System.out.println("dir exists " + tmp.exists() + " isDirectory " + tmp.isDirectory() + " list " + Arrays.toString(tmp.list()));
        try {
            File notes = new File(tmp, "notes.txt");
            try (FileWriter fw = new FileWriter(notes)) {
                fw.write("first line\n");
                fw.write("second line\n");
                fw.append("third").append(' ').append("line\n");
            }
            System.out.println("notes length " + notes.length() + " isFile " + notes.isFile() + " name " + notes.getName() + " parent is dir " + notes.getParentFile().equals(tmp));
            try (BufferedReader br = new BufferedReader(new FileReader(notes))) {
                String line;
                int n = 0;
                while ((line = br.readLine()) != null) System.out.println("  read " + (++n) + ": " + line);
            }
            try (FileWriter fw = new FileWriter(notes, true)) {
                fw.write("appended\n");
            }
            try (BufferedReader br = new BufferedReader(new FileReader(notes))) {
                System.out.println("after append lines " + br.lines().count());
            }

            File table = new File(tmp, "table.csv");
            try (PrintWriter pw = new PrintWriter(new BufferedWriter(new FileWriter(table)))) {
                pw.println("name,qty,price");
                String[] items = {"apple", "banana", "cherry", "date"};
                for (int i = 0; i < items.length; i++) pw.printf(Locale.ROOT, "%s,%d,%.2f%n", items[i], (i + 1) * 3, 0.25 * (i + 2));
                pw.print("total,");
                pw.println(30);
                System.out.println("checkError " + pw.checkError());
            }
            double total = 0;
            try (BufferedReader br = new BufferedReader(new FileReader(table), 16)) {
                br.readLine();
                String line;
                while ((line = br.readLine()) != null) {
                    String[] parts = line.split(",");
                    if (parts.length == 3) total += Integer.parseInt(parts[1]) * Double.parseDouble(parts[2]);
                }
            }
            System.out.println("csv total " + total);

            File data = new File(tmp, "data.bin");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(data)))) {
                out.writeInt(0xCAFEBABE);
                out.writeLong(-2L);
                out.writeDouble(Math.PI);
                out.writeUTF("h\u00e9llo \u4e16\u754c");
                out.writeBoolean(true);
                out.writeShort(-3);
                out.writeChar('Z');
                System.out.println("data size " + out.size());
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(data)))) {
                System.out.println("data read " + Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readDouble() + " " + in.readUTF().length() + " " + in.readBoolean() + " " + in.readShort() + " " + in.readChar());
                try {
                    in.readByte();
                } catch (EOFException e) {
                    System.out.println("EOF at end");
                }
            }
            System.out.println("data length " + data.length());

            File utf = new File(tmp, "utf8.txt");
            try (Writer w = new OutputStreamWriter(new FileOutputStream(utf), "UTF-8")) {
                w.write("caf\u00e9 \u00fc\u00df \u20ac\n");
            }
            try (FileInputStream fin = new FileInputStream(utf)) {
                byte[] raw = fin.readAllBytes();
                System.out.println("utf8 bytes " + raw.length + " " + Arrays.toString(Arrays.copyOfRange(raw, 3, 6)));
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(utf), "UTF-8"))) {
                String s = r.readLine();
                System.out.println("utf8 chars " + s.length() + " codepoint[3] " + (int) s.charAt(3) + " euro " + (int) s.charAt(s.length() - 1));
            }

            File sub = new File(tmp, "sub");
            System.out.println("mkdir " + sub.mkdir() + " again " + sub.mkdir());
            File moved = new File(sub, "moved.txt");
            System.out.println("renameTo " + notes.renameTo(moved) + " old exists " + notes.exists() + " new exists " + moved.exists());
            String[] names = tmp.list();
            Arrays.sort(names);
            System.out.println("listing " + Arrays.toString(names));
            File[] files = tmp.listFiles(File::isFile);
            Arrays.sort(files);
            StringBuilder sizes = new StringBuilder();
            for (File f : files) sizes.append(f.getName()).append('=').append(f.length()).append(' ');
            System.out.println("sizes " + sizes.toString().trim());
            try {
                new FileReader(new File(tmp, "missing.txt"));
            } catch (FileNotFoundException e) {
                System.out.println("missing: FileNotFoundException " + e.getMessage().endsWith("missing.txt (No such file or directory)"));
            }
            RandomAccessFile raf = new RandomAccessFile(new File(tmp, "raf.bin"), "rw");
            for (int i = 0; i < 10; i++) raf.writeInt(i * i);
            raf.seek(16);
            int atFour = raf.readInt();
            raf.seek(0);
            raf.writeInt(-1);
            System.out.println("raf length " + raf.length() + " at 4 " + atFour + " pointer " + raf.getFilePointer());
            raf.setLength(8);
            raf.seek(0);
            System.out.println("raf after truncate " + raf.readInt() + " " + raf.readInt() + " length " + raf.length());
            raf.close();
            LineNumberReader lnr = new LineNumberReader(new FileReader(moved));
            while (lnr.readLine() != null) { }
            System.out.println("line count " + lnr.getLineNumber());
            lnr.close();
            File empty = new File(tmp, "empty.txt");
            System.out.println("createNewFile " + empty.createNewFile() + " again " + empty.createNewFile() + " length " + empty.length());
            try (BufferedReader br = new BufferedReader(new FileReader(empty))) {
                System.out.println("empty readLine " + br.readLine() + " read " + br.read());
            }
        } finally {
            int deleted = deleteTree(tmp);
            System.out.println("deleted " + deleted + " exists after " + tmp.exists());
        }
    }

    static int deleteTree(File f) {
        int n = 0;
        File[] children = f.listFiles();
        if (children != null) for (File c : children) n += deleteTree(c);
        return n + (f.delete() ? 1 : 0);
    }
}
