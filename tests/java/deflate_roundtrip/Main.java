import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.*;

public class Main {
    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.append("line ").append(i % 17).append(": the rain in spain stays mainly in the plain\n");
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        for (int level : new int[]{Deflater.NO_COMPRESSION, Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION}) {
            Deflater d = new Deflater(level);
            d.setInput(input);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[512];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            byte[] comp = out.toByteArray();
            System.out.println("level " + level + ": read " + d.getBytesRead() + " total in " + d.getTotalIn() + " smaller " + (comp.length < input.length) + " under 10% " + (comp.length * 10 < input.length));
            d.end();
            Inflater inf = new Inflater();
            inf.setInput(comp);
            byte[] res = new byte[input.length];
            int n = inf.inflate(res);
            System.out.println("  inflated " + n + " finished " + inf.finished() + " equal " + Arrays.equals(res, input) + " remaining " + inf.getRemaining());
            inf.end();
        }
        Deflater raw = new Deflater(6, true);
        raw.setInput("raw deflate without header".getBytes(StandardCharsets.US_ASCII));
        raw.finish();
        byte[] rbuf = new byte[200];
        int rl = raw.deflate(rbuf);
        Inflater rinf = new Inflater(true);
        rinf.setInput(rbuf, 0, rl);
        byte[] rout = new byte[100];
        int rn = rinf.inflate(rout);
        System.out.println(new String(rout, 0, rn, StandardCharsets.US_ASCII));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) { g.write(input); }
        byte[] gzBytes = gz.toByteArray();
        System.out.println("gzip magic " + Integer.toHexString(gzBytes[0] & 0xff) + Integer.toHexString(gzBytes[1] & 0xff) + " method " + gzBytes[2]);
        try (GZIPInputStream gi = new GZIPInputStream(new ByteArrayInputStream(gzBytes))) {
            byte[] all = gi.readAllBytes();
            System.out.println("gunzip equal " + Arrays.equals(all, input) + " " + all.length);
        }
        ByteArrayOutputStream zbos = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(zbos)) {
            zos.putNextEntry(new ZipEntry("a.txt"));
            zos.write("alpha".getBytes(StandardCharsets.US_ASCII));
            zos.closeEntry();
            ZipEntry stored = new ZipEntry("dir/b.bin");
            zos.putNextEntry(stored);
            zos.write(input, 0, 1000);
            zos.closeEntry();
            zos.setComment("made by test");
        }
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zbos.toByteArray()))) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                byte[] content = zis.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(content);
                System.out.println(e.getName() + " dir=" + e.isDirectory() + " size " + content.length + " crc " + Long.toHexString(crc.getValue()) + " method " + e.getMethod());
            }
        }
        try (InflaterInputStream iis = new InflaterInputStream(new ByteArrayInputStream(new byte[]{1, 2, 3, 4}))) { iis.read(); } catch (ZipException e) { System.out.println("ZipException " + e.getMessage()); }
        java.nio.ByteBuffer din = java.nio.ByteBuffer.allocateDirect(input.length);
        din.put(input).flip();
        java.nio.ByteBuffer dcomp = java.nio.ByteBuffer.allocateDirect(input.length);
        Deflater dd = new Deflater();
        dd.setInput(din);
        dd.finish();
        while (!dd.finished()) dd.deflate(dcomp);
        dcomp.flip();
        System.out.println("direct deflate consumed " + din.position() + " smaller " + (dcomp.remaining() < input.length / 10));
        Inflater di = new Inflater();
        di.setInput(dcomp);
        java.nio.ByteBuffer dout = java.nio.ByteBuffer.allocateDirect(input.length + 10);
        while (!di.finished()) di.inflate(dout);
        dout.flip();
        byte[] dback = new byte[dout.remaining()];
        dout.get(dback);
        System.out.println("direct inflate " + dback.length + " equal " + Arrays.equals(dback, input) + " adler " + Long.toHexString(di.getAdler()) + " " + Long.toHexString(dd.getAdler()));
        ByteArrayOutputStream dos = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(dos)) { for (int i = 0; i < 5000; i++) d.write(i % 7); }
        try (InflaterInputStream iis = new InflaterInputStream(new ByteArrayInputStream(dos.toByteArray()))) {
            byte[] back = iis.readAllBytes();
            long sum = 0;
            for (byte b : back) sum += b;
            System.out.println("stream roundtrip " + back.length + " sum " + sum);
        }
    }
}
