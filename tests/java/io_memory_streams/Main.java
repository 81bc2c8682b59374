import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        bos.write(65);
        bos.write(new byte[] {66, 67, 68}, 1, 2);
        bos.writeBytes("xyz".getBytes(StandardCharsets.US_ASCII));
        System.out.println("bos " + bos + " size " + bos.size() + " bytes " + Arrays.toString(bos.toByteArray()));
        bos.reset();
        System.out.println("after reset size " + bos.size());
        ByteArrayInputStream bis = new ByteArrayInputStream("hello world".getBytes(StandardCharsets.US_ASCII));
        System.out.println("read " + (char) bis.read() + " available " + bis.available() + " skip " + bis.skip(5) + " markSupported " + bis.markSupported());
        bis.mark(0);
        byte[] buf = new byte[3];
        System.out.println("read(buf) " + bis.read(buf) + " " + new String(buf, StandardCharsets.US_ASCII));
        bis.reset();
        System.out.println("after reset readAllBytes " + new String(bis.readAllBytes(), StandardCharsets.US_ASCII) + " then read " + bis.read() + " read(buf) " + bis.read(buf));
        System.out.println("readNBytes " + new String(new ByteArrayInputStream("abcdef".getBytes()).readNBytes(4)) + " transferTo " + new ByteArrayInputStream("12345".getBytes()).transferTo(new ByteArrayOutputStream()));

        StringWriter sw = new StringWriter();
        sw.write("abc");
        sw.write("defgh", 1, 3);
        sw.append('!').append("??", 0, 1);
        System.out.println("stringwriter " + sw + " buffer length " + sw.getBuffer().length());
        StringReader sr = new StringReader("line one\nline two\n\nline four");
        BufferedReader br = new BufferedReader(sr);
        List<String> lines = new ArrayList<>();
        for (String l; (l = br.readLine()) != null; ) lines.add(l);
        System.out.println("lines " + lines);
        CharArrayWriter caw = new CharArrayWriter();
        caw.write(new char[] {'p', 'q', 'r'});
        caw.write("stu", 1, 2);
        System.out.println("chararraywriter " + caw + " " + caw.size() + " " + new String(caw.toCharArray()));
        CharArrayReader car = new CharArrayReader("reader".toCharArray(), 2, 3);
        StringBuilder sb = new StringBuilder();
        for (int c; (c = car.read()) != -1; ) sb.append((char) c);
        System.out.println("chararrayreader " + sb);
        PushbackReader pr = new PushbackReader(new StringReader("123+45"), 2);
        StringBuilder num = new StringBuilder();
        int c;
        while ((c = pr.read()) != -1 && Character.isDigit(c)) num.append((char) c);
        pr.unread(c);
        System.out.println("pushback number " + num + " next " + (char) pr.read());
        PushbackInputStream pis = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        int first = pis.read();
        pis.unread(first + 10);
        System.out.println("pushback stream " + pis.read() + " " + pis.read());

        ByteArrayOutputStream dataBytes = new ByteArrayOutputStream();
        try (DataOutputStream dos = new DataOutputStream(dataBytes)) {
            dos.writeByte(-1);
            dos.writeShort(0x1234);
            dos.writeInt(-559038737);
            dos.writeLong(Long.MIN_VALUE + 1);
            dos.writeFloat(1.5f);
            dos.writeDouble(-0.0);
            dos.writeBoolean(false);
            dos.writeChars("hi");
            dos.writeUTF("\u00e9\u0000\ud83d\ude00");
            dos.writeBytes("AB");
        }
        byte[] raw = dataBytes.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte b : raw) hex.append(String.format("%02x", b));
        System.out.println("data hex " + hex + " length " + raw.length);
        try (DataInputStream dis = new DataInputStream(new ByteArrayInputStream(raw))) {
            System.out.println("data back " + dis.readByte() + " " + Integer.toHexString(dis.readUnsignedShort()) + " " + dis.readInt() + " " + dis.readLong() + " " + dis.readFloat() + " " + dis.readDouble() + " " + dis.readBoolean() + " " + dis.readChar() + dis.readChar() + " " + dis.readUTF().length() + " " + (char) dis.readUnsignedByte() + (char) dis.read() + " " + dis.read());
        }

        ByteArrayOutputStream enc = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(enc, StandardCharsets.UTF_16BE)) {
            w.write("A\u00e9\u20ac");
        }
        System.out.println("utf16be " + Arrays.toString(enc.toByteArray()));
        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16LE"}) {
            byte[] bytes = "caf\u00e9 \u20ac".getBytes(cs);
            System.out.println("  " + cs + " " + bytes.length + " " + Arrays.toString(bytes) + " roundtrip " + new String(bytes, cs));
        }
        InputStreamReader isr = new InputStreamReader(new ByteArrayInputStream(new byte[] {(byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xff, 0x41}), StandardCharsets.UTF_8);
        StringBuilder decoded = new StringBuilder();
        for (int ch; (ch = isr.read()) != -1; ) decoded.append(Integer.toHexString(ch)).append(' ');
        System.out.println("decoded with replacement " + decoded.toString().trim() + " encoding " + isr.getEncoding());

        ByteArrayOutputStream psBytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(psBytes, false, StandardCharsets.UTF_8);
        ps.print(1);
        ps.print('c');
        ps.print(2.5);
        ps.print(true);
        ps.print((Object) null);
        ps.println(new char[] {'x', 'y'});
        ps.write(65);
        ps.append("B").append('C');
        ps.flush();
        System.out.println("printstream [" + psBytes.toString(StandardCharsets.UTF_8).replace("\n", "\\n") + "] error " + ps.checkError());
        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("ab".getBytes()), new ByteArrayInputStream("cd".getBytes()));
        System.out.println("sequence " + new String(seq.readAllBytes()));
        PipedOutputStream pout = new PipedOutputStream();
        PipedInputStream pin = new PipedInputStream(pout);
        pout.write("piped".getBytes());
        pout.close();
        System.out.println("piped " + new String(pin.readAllBytes()));
        BufferedInputStream bin = new BufferedInputStream(new ByteArrayInputStream(new byte[100]), 8);
        System.out.println("buffered skip " + bin.skip(50) + " available " + bin.available() + " read " + bin.read(new byte[80]));
        InputStream nullIn = InputStream.nullInputStream();
        OutputStream nullOut = OutputStream.nullOutputStream();
        nullOut.write(1);
        System.out.println("null streams " + nullIn.read() + " " + Reader.nullReader().read() + " " + Writer.nullWriter().append('x').getClass().getSimpleName().isEmpty());
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[2])).readInt();
        } catch (EOFException e) {
            System.out.println("EOFException " + e.getMessage());
        }
        try {
            Reader closed = new StringReader("x");
            closed.close();
            closed.read();
        } catch (IOException e) {
            System.out.println("closed reader: " + e.getMessage());
        }
        try {
            new ByteArrayInputStream(new byte[4]).read(new byte[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        StreamTokenizer st = new StreamTokenizer(new StringReader("alpha 42 'q' -7.5 end"));
        st.quoteChar('\'');
        List<String> toks = new ArrayList<>();
        while (st.nextToken() != StreamTokenizer.TT_EOF) toks.add(st.ttype == StreamTokenizer.TT_NUMBER ? "n" + st.nval : st.ttype == StreamTokenizer.TT_WORD ? "w" + st.sval : "q" + st.sval);
        System.out.println("tokens " + toks + " lineno " + st.lineno());
    }
}
