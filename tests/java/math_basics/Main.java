public class Main {
    public static void main(String[] args) {
        System.out.println("abs: " + Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f) + " " + Math.abs(-2.5));
        try { Math.absExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("absExact: " + e.getMessage()); }
        for (int a : new int[] {7, -7}) for (int b : new int[] {2, -2}) System.out.println("floorDiv(" + a + "," + b + ")=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b) + " /=" + (a / b) + " %=" + (a % b));
        System.out.println("floorDiv long " + Math.floorDiv(-9L, 4L) + " floorMod long/int " + Math.floorMod(-9L, 4));
        System.out.println("min/max int: " + Math.min(3, -3) + " " + Math.max(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println("max(NaN,1)=" + Math.max(Double.NaN, 1) + " min(1,NaN)=" + Math.min(1, Double.NaN) + " maxf=" + Math.max(Float.NaN, 1f));
        System.out.println("max(-0.0,0.0)=" + Math.max(-0.0, 0.0) + " min(-0.0,0.0)=" + Math.min(-0.0, 0.0) + " min(0.0,-0.0)=" + Math.min(0.0, -0.0) + " max(0.0f,-0.0f)=" + Math.max(0.0f, -0.0f));
        System.out.println("min long " + Math.min(-1L, 1L) + " max double " + Math.max(1e300, Double.POSITIVE_INFINITY));
        System.out.println("ceil/floor/round: " + Math.ceil(1.1) + " " + Math.floor(-1.1) + " " + Math.round(1.5) + " " + Math.round(-1.5) + " " + Math.round(-0.5));
        System.out.println("sqrt/pow: " + Math.sqrt(144) + " " + Math.pow(3, 4) + " " + Math.pow(2, -1) + " " + Math.pow(-1, 0.5) + " " + Math.pow(10, 15));
        System.out.println("signum: " + Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Integer.signum(-99) + " " + Long.signum(12L));
        System.out.println("clamp-ish: " + Math.max(0, Math.min(10, 15)) + " " + Math.max(0, Math.min(10, -5)));
        System.out.println("hypot: " + StrictMath.hypot(5, 12) + " exp: " + StrictMath.exp(1) + " log: " + StrictMath.log(Math.E) + " log1p: " + StrictMath.log1p(0));
        System.out.println("trig: " + StrictMath.sin(Math.PI / 2) + " " + StrictMath.cos(Math.PI) + " " + StrictMath.tan(0) + " " + StrictMath.atan(1) * 4 + " " + StrictMath.asin(1) + " " + StrictMath.acos(1));
        System.out.println("sinh/cosh/tanh: " + StrictMath.sinh(1) + " " + StrictMath.cosh(1) + " " + StrictMath.tanh(0.5));
        System.out.println("exact ops: " + Math.addExact(1, 2) + " " + Math.incrementExact(5) + " " + Math.decrementExact(5L) + " " + Math.negateExact(-5));
        try { Math.incrementExact(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("incrementExact: " + e.getMessage()); }
        try { Math.subtractExact(Long.MIN_VALUE, 1L); } catch (ArithmeticException e) { System.out.println("subtractExact: " + e.getMessage()); }
        long gcd = gcd(1071, 462);
        System.out.println("gcd " + gcd + " lcm " + (1071L * 462 / gcd));
        System.out.println("isqrt via loop " + isqrt(1_000_000_007L));
        System.out.println("constants: PI=" + Math.PI + " E=" + Math.E);
        System.out.println("StrictMath.sqrt(2)=" + StrictMath.sqrt(2) + " StrictMath.floor(-0.5)=" + StrictMath.floor(-0.5));
        int[] vals = {5, -3, 17, 0, -42, 8};
        int mn = Integer.MAX_VALUE, mx = Integer.MIN_VALUE;
        for (int v : vals) { mn = Math.min(mn, v); mx = Math.max(mx, v); }
        System.out.println("min " + mn + " max " + mx);
        System.out.println("underscores " + 1_000_000 + " " + 0b1010_1010 + " " + 0x7fff_ffff + " " + 017 + " " + 1_0.5e1_0);
    }
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static long isqrt(long n) { long r = 0; while ((r + 1) * (r + 1) <= n) r++; return r; }
}
