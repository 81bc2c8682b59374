import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        sc.useLocale(Locale.ROOT);
        int n = sc.nextInt();
        long sum = 0;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = sc.nextInt();
            sum += values[i];
        }
        System.out.println("n=" + n + " values=" + Arrays.toString(values) + " sum=" + sum);
        double d = sc.nextDouble();
        long big = sc.nextLong();
        boolean flag = sc.nextBoolean();
        String word = sc.next();
        System.out.println("double " + d + " long " + big + " boolean " + flag + " word " + word);
        String rest = sc.nextLine();
        System.out.println("rest of line [" + rest + "]");
        String full = sc.nextLine();
        System.out.println("full line [" + full + "]");
        System.out.println("hasNextInt " + sc.hasNextInt() + " hasNext " + sc.hasNext());
        try {
            sc.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("InputMismatchException, token " + sc.next());
        }
        System.out.println("hex " + sc.nextInt(16) + " binary " + sc.nextInt(2) + " bigint " + sc.nextBigInteger() + " bigdec " + sc.nextBigDecimal());
        sc.nextLine();
        Scanner csv = new Scanner(sc.nextLine()).useDelimiter("\\s*,\\s*");
        List<String> fields = new ArrayList<>();
        while (csv.hasNext()) fields.add(csv.next());
        System.out.println("csv fields " + fields);
        int lines = 0, words = 0;
        Map<String, Integer> freq = new TreeMap<>();
        while (sc.hasNextLine()) {
            String line = sc.nextLine();
            lines++;
            for (String w : line.trim().split("\\s+")) {
                if (w.isEmpty()) continue;
                words++;
                freq.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        System.out.println("remaining lines " + lines + " words " + words);
        System.out.println("freq " + freq);
        try {
            sc.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        sc.close();
        Scanner s2 = new Scanner("1 fish 2 fish red fish blue fish").useDelimiter("\\s*fish\\s*");
        System.out.println("delimited " + s2.nextInt() + " " + s2.nextInt() + " " + s2.next() + " " + s2.next());
        Scanner s3 = new Scanner("a1b22c333");
        System.out.println("findInLine " + s3.findInLine("\\d+") + " " + s3.findInLine("[a-z]\\d\\d") + " match " + s3.match().group());
    }
}
