// String work: StringBuilder appends (chars, ints, strings), String concat
// (invokedynamic makeConcatWithConstants), String.valueOf, indexOf, charAt,
// hashCode, equals and substring.
public class Strings {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 750;
        long sum = 0;
        String[] words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" };
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                sb.append(words[i & 7]).append(i).append(',');
            }
            String s = sb.toString();
            sum += s.length() + s.hashCode();
            for (int i = 0; i < 50; i++) {
                String t = "k" + i + "/" + r + words[i & 7];
                sum += t.hashCode();
                sum += String.valueOf(i * r).length();
                sum += String.valueOf((long) i << 33).hashCode();
                sum += String.valueOf(i % 2 == 0).length();
                sum += String.valueOf((char) ('a' + (i % 26))).hashCode();
            }
            int from = 0;
            int hits = 0;
            while ((from = s.indexOf("eta", from)) >= 0) {
                hits++;
                from++;
            }
            sum += hits + s.indexOf('9') + s.lastIndexOf("alpha");
            int letters = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) letters++;
            }
            sum += letters;
            String sub = s.substring(r % 50, r % 50 + 20);
            sum += sub.hashCode() + (sub.equals(s.substring(r % 50, r % 50 + 20)) ? 1 : 0);
        }
        System.out.println("Strings " + sum);
    }
}
