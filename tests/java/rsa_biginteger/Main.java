import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");
        BigInteger q = BigInteger.TWO.pow(89).subtract(BigInteger.ONE);
        System.out.println("p prime " + p.isProbablePrime(50) + ", q prime " + q.isProbablePrime(50) + ", q bits " + q.bitLength());
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        System.out.println("gcd(e, phi) = " + e.gcd(phi));
        BigInteger d = e.modInverse(phi);
        System.out.println("n = " + n);
        System.out.println("d = " + d);
        System.out.println("e*d mod phi = " + e.multiply(d).mod(phi));
        String message = "Keel runs Java!";
        BigInteger m = new BigInteger(1, message.getBytes(StandardCharsets.US_ASCII));
        BigInteger c = m.modPow(e, n);
        BigInteger back = c.modPow(d, n);
        System.out.println("m = " + m.toString(16));
        System.out.println("c = " + c.toString(16));
        System.out.println("decrypted = " + new String(back.toByteArray(), StandardCharsets.US_ASCII) + " equal " + back.equals(m));
        BigInteger sig = m.modPow(d, n);
        System.out.println("signature verifies " + sig.modPow(e, n).equals(m));
        BigInteger dp = d.mod(p.subtract(BigInteger.ONE)), dq = d.mod(q.subtract(BigInteger.ONE)), qInv = q.modInverse(p);
        BigInteger m1 = c.modPow(dp, p), m2 = c.modPow(dq, q);
        BigInteger h = qInv.multiply(m1.subtract(m2)).mod(p);
        System.out.println("CRT decrypt equal " + m2.add(h.multiply(q)).equals(m));
        BigInteger start = new BigInteger("1000000000000000000000");
        BigInteger pr = start;
        List<String> primes = new ArrayList<>();
        for (int i = 0; i < 4; i++) { pr = pr.nextProbablePrime(); primes.add(pr.toString()); }
        System.out.println(primes);
        int[] smalls = {1, 2, 3, 4, 97, 561, 7919, 1_000_003, 1_000_001};
        for (int s : smalls) System.out.print(s + ":" + BigInteger.valueOf(s).isProbablePrime(30) + " ");
        System.out.println();
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("30! = " + f + " digits " + f.toString().length() + " trailing zero bits " + f.getLowestSetBit() + " bitCount " + f.bitCount());
        BigInteger a = new BigInteger("123456789012345678901234567890"), b = new BigInteger("-987654321098765432109876543210");
        System.out.println(a.add(b) + " " + a.multiply(b) + " " + b.divide(a) + " " + b.remainder(a) + " " + b.mod(a) + " " + Arrays.toString(b.divideAndRemainder(a)));
        System.out.println(a.gcd(b) + " " + a.sqrt() + " " + a.pow(3).bitLength() + " " + b.abs().compareTo(a) + " " + b.signum() + " " + a.negate().shiftRight(10) + " " + a.shiftLeft(5));
        System.out.println(a.and(b) + " " + a.or(b) + " " + a.xor(b) + " " + a.not() + " " + a.testBit(3) + " " + a.flipBit(0) + " " + a.setBit(100).bitLength());
        System.out.println(new BigInteger("-ff", 16) + " " + new BigInteger("zz", 36) + " " + a.toString(2).length() + " " + a.toString(36) + " " + Arrays.toString(BigInteger.valueOf(-256).toByteArray()));
        System.out.println(a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).longValue());
        try { a.longValueExact(); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        try { BigInteger.TEN.modInverse(BigInteger.valueOf(20)); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        try { new BigInteger("12_3"); } catch (NumberFormatException ex) { System.out.println(ex.getMessage()); }
        BigInteger fibA = BigInteger.ZERO, fibB = BigInteger.ONE;
        for (int i = 0; i < 300; i++) { BigInteger t = fibA.add(fibB); fibA = fibB; fibB = t; }
        System.out.println("fib(300) = " + fibA);
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(11)) + " " + BigInteger.valueOf(-7).mod(BigInteger.valueOf(3)) + " " + BigInteger.valueOf(-7).remainder(BigInteger.valueOf(3)));
    }
}
