import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0, words = 0, chars = 0;
        long numberSum = 0;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                for (String w : trimmed.split("\\s+")) {
                    words++;
                    try { numberSum += Long.parseLong(w); } catch (NumberFormatException e) { }
                }
            }
            System.out.println(lines + ": " + new StringBuilder(line).reverse() + " [" + line.toUpperCase() + "]");
        }
        System.out.println("lines=" + lines + " words=" + words + " chars=" + chars + " numberSum=" + numberSum);
        System.out.println("read after EOF: " + System.in.read());
    }
}
