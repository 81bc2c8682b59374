import java.util.*;

public class Main {
    static final class Lexer {
        private final String src;
        private int pos;
        Lexer(String src) { this.src = src; }
        List<String> tokens() {
            List<String> out = new ArrayList<>();
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (Character.isWhitespace(c)) { pos++; continue; }
                if (Character.isDigit(c) || c == '.') {
                    int start = pos;
                    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                    out.add(src.substring(start, pos));
                } else if (Character.isLetter(c)) {
                    int start = pos;
                    while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
                    out.add(src.substring(start, pos));
                } else if ("+-*/^(),%".indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                    pos++;
                } else throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
            }
            return out;
        }
    }

    static final class Parser {
        private final List<String> toks;
        private int i;
        private final Map<String, Double> vars;
        Parser(List<String> toks, Map<String, Double> vars) { this.toks = toks; this.vars = vars; }
        String peek() { return i < toks.size() ? toks.get(i) : null; }
        String next() { if (i >= toks.size()) throw new IllegalStateException("unexpected end"); return toks.get(i++); }
        void expect(String t) { String n = next(); if (!n.equals(t)) throw new IllegalStateException("expected " + t + " but got " + n); }
        double parse() {
            double v = expr();
            if (peek() != null) throw new IllegalStateException("trailing " + peek());
            return v;
        }
        double expr() {
            double v = term();
            while ("+".equals(peek()) || "-".equals(peek())) v = next().equals("+") ? v + term() : v - term();
            return v;
        }
        double term() {
            double v = unary();
            while ("*".equals(peek()) || "/".equals(peek()) || "%".equals(peek())) {
                String op = next();
                double r = unary();
                v = op.equals("*") ? v * r : op.equals("/") ? v / r : v % r;
            }
            return v;
        }
        double unary() { if ("-".equals(peek())) { next(); return -unary(); } if ("+".equals(peek())) { next(); return unary(); } return power(); }
        double power() { double base = atom(); if ("^".equals(peek())) { next(); return Math.pow(base, unary()); } return base; }
        double atom() {
            String t = next();
            if (t.equals("(")) { double v = expr(); expect(")"); return v; }
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') return Double.parseDouble(t);
            if ("(".equals(peek())) {
                next();
                List<Double> argv = new ArrayList<>();
                if (!")".equals(peek())) { argv.add(expr()); while (",".equals(peek())) { next(); argv.add(expr()); } }
                expect(")");
                return call(t, argv);
            }
            Double v = vars.get(t);
            if (v == null) throw new NoSuchElementException("unknown variable " + t);
            return v;
        }
        double call(String f, List<Double> a) {
            switch (f) {
                case "sqrt": return Math.sqrt(a.get(0));
                case "abs": return Math.abs(a.get(0));
                case "max": return a.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                case "min": return a.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                case "sum": return a.stream().mapToDouble(Double::doubleValue).sum();
                case "hypot": return Math.hypot(a.get(0), a.get(1));
                default: throw new UnsupportedOperationException("no function " + f + "/" + a.size());
            }
        }
    }

    static String toRpn(List<String> toks) {
        Map<String, Integer> prec = Map.of("+", 1, "-", 1, "*", 2, "/", 2, "%", 2, "^", 3);
        Deque<String> ops = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (String t : toks) {
            if (prec.containsKey(t)) {
                while (!ops.isEmpty() && prec.containsKey(ops.peek()) && (prec.get(ops.peek()) > prec.get(t) || prec.get(ops.peek()).equals(prec.get(t)) && !t.equals("^"))) out.add(ops.pop());
                ops.push(t);
            } else if (t.equals("(")) ops.push(t);
            else if (t.equals(")")) { while (!ops.peek().equals("(")) out.add(ops.pop()); ops.pop(); }
            else out.add(t);
        }
        while (!ops.isEmpty()) out.add(ops.pop());
        return String.join(" ", out);
    }

    public static void main(String[] args) {
        Map<String, Double> vars = new HashMap<>(Map.of("x", 3.0, "y", 4.0, "pi", Math.PI));
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "hypot(x, y)", "sqrt(x*x + y*y) * 2",
            "max(1, x, y, 2) - min(5, y)", "sum()", "abs(-7.25) + +3", "pi * 2", "1 / 0", "-(1 - 0) / 0", "0/0", "1 +", "(1 + 2", "1 2", "z + 1", "foo(1)", "3 $ 4", ".5 + 1.", "1.2.3"};
        for (String in : inputs) {
            try {
                List<String> toks = new Lexer(in).tokens();
                double v = new Parser(toks, vars).parse();
                System.out.println(String.format(Locale.ROOT, "%-28s = %s", in, v));
            } catch (RuntimeException e) {
                System.out.println(String.format(Locale.ROOT, "%-28s ! %s: %s", in, e.getClass().getSimpleName(), e.getMessage()));
            }
        }
        for (String in : new String[]{"1 + 2 * 3", "(1 + 2) * 3 - 4 / 2", "2 ^ 3 ^ 2", "a * (b + c) % d"}) System.out.println(in + "  =>  " + toRpn(new Lexer(in).tokens()));
        vars.put("x", 10.0);
        System.out.println(new Parser(new Lexer("x * x - y").tokens(), vars).parse());
    }
}
