import java.io.*;
import java.util.*;

public class Main {
    static void printStored(String label, String text) {
        System.out.println(label + ":");
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#")) continue;
            if (line.isEmpty()) continue;
            System.out.println("  " + line.replace("\r", "\\r"));
        }
    }

    public static void main(String[] args) throws IOException {
        Properties p = new Properties();
        p.setProperty("name", "keel");
        p.setProperty("version", "0.1");
        p.setProperty("with space", "a value with spaces");
        p.setProperty("colon:key", "x=y:z");
        p.setProperty("unicode", "caf\u00e9 \u20ac");
        p.setProperty("leading", "  padded");
        p.setProperty("empty", "");
        p.setProperty("hash#bang", "!not a comment");
        p.setProperty("tab", "a\tb\nc");
        StringWriter sw = new StringWriter();
        p.store(sw, "Keel properties");
        printStored("store(Writer)", sw.toString());
        StringWriter noComment = new StringWriter();
        p.store(noComment, null);
        System.out.println("comment lines without header " + noComment.toString().lines().filter(l -> l.startsWith("#")).count());
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        p.store(bos, "latin1");
        printStored("store(OutputStream)", bos.toString("ISO-8859-1"));

        Properties back = new Properties();
        back.load(new StringReader(sw.toString()));
        System.out.println("round trip equal " + back.equals(p) + " size " + back.size());
        for (String k : new TreeSet<>(back.stringPropertyNames())) System.out.println("  [" + k + "] -> [" + back.getProperty(k).replace("\n", "\\n").replace("\t", "\\t") + "]");

        String source = String.join("\n",
            "# comment line",
            "! bang comment",
            "key1=value1",
            "key2 = value2  ",
            "key3:value3",
            "key4 value4",
            "   indented=yes",
            "multi=first \\",
            "      second \\",
            "      third",
            "escaped\\ key=escaped\\=value",
            "unicode=\\u0041\\u00e9",
            "noValue",
            "dup=one",
            "dup=two",
            "trailing\\\\=backslash",
            "");
        Properties loaded = new Properties();
        loaded.load(new StringReader(source));
        for (String k : new TreeSet<>(loaded.stringPropertyNames())) System.out.println("loaded [" + k + "] = [" + loaded.getProperty(k) + "]");
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        defaults.setProperty("size", "M");
        Properties withDefaults = new Properties(defaults);
        withDefaults.setProperty("size", "L");
        System.out.println("defaults color " + withDefaults.getProperty("color") + " size " + withDefaults.getProperty("size") + " missing " + withDefaults.getProperty("x", "dflt") + " get(color) " + withDefaults.get("color"));
        System.out.println("stringPropertyNames " + new TreeSet<>(withDefaults.stringPropertyNames()) + " keySet " + withDefaults.keySet());
        StringWriter listed = new StringWriter();
        withDefaults.list(new PrintWriter(listed));
        List<String> listLines = new ArrayList<>(Arrays.asList(listed.toString().split("\n")));
        System.out.println("list header " + listLines.remove(0));
        Collections.sort(listLines);
        System.out.println("list body " + listLines);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Properties small = new Properties();
        small.setProperty("a", "1");
        System.out.println("remove " + p.remove("empty") + " containsKey " + p.containsKey("empty") + " putIfAbsent " + p.putIfAbsent("name", "other") + " getOrDefault " + p.getOrDefault("zzz", "d"));
        Properties fromStream = new Properties();
        fromStream.load(new ByteArrayInputStream("latin=caf\u00e9\nesc=\\u00e9".getBytes("ISO-8859-1")));
        System.out.println("stream load " + (int) fromStream.getProperty("latin").charAt(3) + " " + (int) fromStream.getProperty("esc").charAt(0));
        try {
            new Properties().load(new StringReader("bad=\\uXYZW"));
        } catch (IllegalArgumentException e) {
            System.out.println("bad escape: " + e.getMessage());
        }
        System.out.println("xml skipped " + xml.size() + small.size());
    }
}
