public class Main {
    static String classify(String s) {
        switch (s) {
            case "Aa": return "Aa-branch";
            case "BB": return "BB-branch";
            case "AaAa": return "AaAa-branch";
            case "BBBB": return "BBBB-branch";
            case "AaBB": return "AaBB-branch";
            case "": return "empty";
            case "hello": return "greeting";
            default: return "default(" + s + ")";
        }
    }
    static int fallthrough(String s) {
        int r = 0;
        switch (s) {
            case "one": r += 1;
            case "two": r += 2;
            case "three": r += 3; break;
            case "four": r += 4;
            default: r += 100;
        }
        return r;
    }
    static String arrow(String day) {
        return switch (day) {
            case "SAT", "SUN" -> "weekend";
            case "MON", "TUE", "WED", "THU", "FRI" -> {
                String t = day.toLowerCase();
                yield "weekday:" + t;
            }
            default -> "unknown";
        };
    }
    public static void main(String[] args) {
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode() + " AaAa=" + "AaAa".hashCode() + " BBBB=" + "BBBB".hashCode() + " AaBB=" + "AaBB".hashCode() + " BBAa=" + "BBAa".hashCode());
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello", "C#"}) {
            System.out.println(s + " -> " + classify(s));
        }
        for (String s : new String[] {"one", "two", "three", "four", "five"}) System.out.println(s + " => " + fallthrough(s));
        for (String s : new String[] {"SAT", "MON", "FRI", "XYZ"}) System.out.println(s + " : " + arrow(s));
        String n = null;
        try { classify(n); } catch (NullPointerException e) { System.out.println("switch on null: NPE"); }
        StringBuilder sb = new StringBuilder();
        for (String w : "to be or not to be".split(" ")) {
            switch (w) {
                case "to" -> sb.append('T');
                case "be" -> sb.append('B');
                case "or" -> sb.append('|');
                default -> sb.append('?');
            }
        }
        System.out.println(sb);
    }
}
