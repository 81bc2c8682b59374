import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    enum Op { PUSH, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, JZ, JMP, PRINT, HALT, LOAD, STORE, LT }
    record Insn(Op op, int arg) {
        Insn(Op op) { this(op, 0); }
        @Override public String toString() { return op + (arg != 0 ? " " + arg : ""); }
    }
    static int run(Insn[] prog, boolean trace) {
        Deque<Integer> stack = new ArrayDeque<>();
        int[] mem = new int[8];
        int pc = 0, steps = 0;
        while (true) {
            Insn in = prog[pc++];
            steps++;
            if (trace) System.out.println(String.format(java.util.Locale.ROOT, "%3d %-8s %s", pc - 1, in, stack));
            switch (in.op()) {
                case PUSH -> stack.push(in.arg());
                case ADD -> stack.push(stack.pop() + stack.pop());
                case SUB -> { int b = stack.pop(), a = stack.pop(); stack.push(a - b); }
                case MUL -> stack.push(stack.pop() * stack.pop());
                case DIV -> { int b = stack.pop(), a = stack.pop(); stack.push(a / b); }
                case MOD -> { int b = stack.pop(), a = stack.pop(); stack.push(a % b); }
                case DUP -> stack.push(stack.peek());
                case SWAP -> { int b = stack.pop(), a = stack.pop(); stack.push(b); stack.push(a); }
                case JZ -> { if (stack.pop() == 0) pc = in.arg(); }
                case JMP -> pc = in.arg();
                case PRINT -> System.out.println("out: " + stack.pop());
                case LOAD -> stack.push(mem[in.arg()]);
                case STORE -> mem[in.arg()] = stack.pop();
                case LT -> { int b = stack.pop(), a = stack.pop(); stack.push(a < b ? 1 : 0); }
                case HALT -> { return steps; }
            }
        }
    }
    public static void main(String[] args) {
        Insn[] arith = {new Insn(Op.PUSH, 6), new Insn(Op.PUSH, 7), new Insn(Op.MUL), new Insn(Op.DUP), new Insn(Op.PRINT), new Insn(Op.PUSH, 5), new Insn(Op.SUB), new Insn(Op.PUSH, 4), new Insn(Op.SWAP), new Insn(Op.MOD), new Insn(Op.PRINT), new Insn(Op.HALT)};
        System.out.println("steps " + run(arith, true));
        // factorial of 10 using memory: mem0 = n, mem1 = acc
        Insn[] fact = {
            new Insn(Op.PUSH, 10), new Insn(Op.STORE, 0), new Insn(Op.PUSH, 1), new Insn(Op.STORE, 1),
            new Insn(Op.LOAD, 0), new Insn(Op.JZ, 15),
            new Insn(Op.LOAD, 1), new Insn(Op.LOAD, 0), new Insn(Op.MUL), new Insn(Op.STORE, 1),
            new Insn(Op.LOAD, 0), new Insn(Op.PUSH, 1), new Insn(Op.SUB), new Insn(Op.STORE, 0), new Insn(Op.JMP, 4),
            new Insn(Op.LOAD, 1), new Insn(Op.PRINT), new Insn(Op.HALT)};
        System.out.println("steps " + run(fact, false));
        // count primes below 300 by trial division
        Insn[] primes = {
            new Insn(Op.PUSH, 2), new Insn(Op.STORE, 0), new Insn(Op.PUSH, 0), new Insn(Op.STORE, 2),
            /*4*/ new Insn(Op.LOAD, 0), new Insn(Op.PUSH, 300), new Insn(Op.LT), new Insn(Op.JZ, 37),
            /*8*/ new Insn(Op.PUSH, 2), new Insn(Op.STORE, 1),
            /*10*/ new Insn(Op.LOAD, 1), new Insn(Op.LOAD, 1), new Insn(Op.MUL), new Insn(Op.LOAD, 0), new Insn(Op.PUSH, 1), new Insn(Op.ADD), new Insn(Op.LT), new Insn(Op.JZ, 27),
            /*18*/ new Insn(Op.LOAD, 0), new Insn(Op.LOAD, 1), new Insn(Op.MOD), new Insn(Op.JZ, 32),
            /*22*/ new Insn(Op.LOAD, 1), new Insn(Op.PUSH, 1), new Insn(Op.ADD), new Insn(Op.STORE, 1), new Insn(Op.JMP, 10),
            /*27*/ new Insn(Op.LOAD, 2), new Insn(Op.PUSH, 1), new Insn(Op.ADD), new Insn(Op.STORE, 2), new Insn(Op.PUSH, 0),
            /*32*/ new Insn(Op.LOAD, 0), new Insn(Op.PUSH, 1), new Insn(Op.ADD), new Insn(Op.STORE, 0), new Insn(Op.JMP, 4),
            /*37*/ new Insn(Op.LOAD, 2), new Insn(Op.PRINT), new Insn(Op.HALT)};
        System.out.println("steps " + run(primes, false));
        Insn[] bad = {new Insn(Op.PUSH, 1), new Insn(Op.PUSH, 0), new Insn(Op.DIV), new Insn(Op.HALT)};
        try { run(bad, true); } catch (ArithmeticException e) { System.out.println("vm error: " + e.getMessage()); }
        Insn[] underflow = {new Insn(Op.ADD)};
        try { run(underflow, false); } catch (java.util.NoSuchElementException e) { System.out.println("stack underflow: " + e.getClass().getSimpleName()); }
        Insn[] runaway = {new Insn(Op.PUSH, 1)};
        try { run(runaway, false); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("pc out of range: " + e.getMessage()); }
    }
}
