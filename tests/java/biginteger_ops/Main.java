import java.math.BigInteger;

public class Main {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        BigInteger c = BigInteger.valueOf(97);
        System.out.println("a+b " + a.add(b));
        System.out.println("a-b " + a.subtract(b));
        System.out.println("a*b " + a.multiply(b));
        System.out.println("b/a " + b.divide(a) + " b%a " + b.remainder(a) + " b mod a " + b.mod(a));
        BigInteger[] qr = b.divideAndRemainder(c);
        System.out.println("divideAndRemainder " + qr[0] + " " + qr[1]);
        System.out.println("negate " + a.negate() + " abs " + b.abs() + " signum " + b.signum() + " " + BigInteger.ZERO.signum());
        System.out.println("pow " + BigInteger.TWO.pow(200));
        System.out.println("modPow " + BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)) + " modInverse " + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
        System.out.println("big modPow " + a.modPow(BigInteger.valueOf(65537), new BigInteger("1000000000000000000000000000057")));
        System.out.println("gcd " + a.gcd(b) + " " + BigInteger.valueOf(462).gcd(BigInteger.valueOf(1071)));
        System.out.println("sqrt " + a.sqrt() + " sqrtAndRemainder " + BigInteger.valueOf(1000).sqrtAndRemainder()[1]);
        System.out.println("compare " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new BigInteger(a.toString())) + " equals " + a.equals(new BigInteger("123456789012345678901234567890")));
        System.out.println("min " + a.min(b) + " max " + a.max(b));
        System.out.println("hashCode " + a.hashCode() + " " + b.hashCode() + " " + BigInteger.ONE.hashCode());
        System.out.println("shiftLeft " + a.shiftLeft(70) + " shiftRight " + b.shiftRight(40) + " " + BigInteger.valueOf(-1).shiftRight(10));
        System.out.println("and " + a.and(b) + " or " + a.or(b) + " xor " + a.xor(b) + " not " + a.not() + " andNot " + a.andNot(b));
        System.out.println("bitLength " + a.bitLength() + " " + b.bitLength() + " bitCount " + a.bitCount() + " lowestSetBit " + a.getLowestSetBit() + " testBit " + a.testBit(1));
        System.out.println("setBit " + BigInteger.ZERO.setBit(100) + " clearBit " + BigInteger.TEN.clearBit(1) + " flipBit " + BigInteger.TEN.flipBit(0));
        System.out.println("toString radix " + a.toString(16) + " " + b.toString(2).length() + " " + a.toString(36) + " " + b.toString(7));
        System.out.println("parse radix " + new BigInteger("-ff", 16) + " " + new BigInteger("zz", 36) + " " + new BigInteger("+101", 2));
        System.out.println("toByteArray " + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " " + new BigInteger(new byte[] {1, 0, 0}) + " " + new BigInteger(1, new byte[] {(byte) 0xff, (byte) 0xff}));
        System.out.println("longValue " + a.longValue() + " intValue " + a.intValue() + " doubleValue " + a.doubleValue() + " floatValue " + b.floatValue());
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        System.out.println("intValueExact " + BigInteger.valueOf(Integer.MIN_VALUE).intValueExact());
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero: " + e.getMessage());
        }
        try {
            BigInteger.TWO.modInverse(BigInteger.valueOf(4));
        } catch (ArithmeticException e) {
            System.out.println("modInverse: " + e.getMessage());
        }
        try {
            new BigInteger("12x");
        } catch (NumberFormatException e) {
            System.out.println("parse: " + e.getMessage());
        }
        try {
            BigInteger.ONE.mod(BigInteger.valueOf(-3));
        } catch (ArithmeticException e) {
            System.out.println("mod negative: " + e.getMessage());
        }
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 60; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("60! " + f + " digits " + f.toString().length());
        BigInteger fibA = BigInteger.ZERO, fibB = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fibA.add(fibB);
            fibA = fibB;
            fibB = t;
        }
        System.out.println("fib(300) " + fibA);
        BigInteger m = BigInteger.TWO.pow(127).subtract(BigInteger.ONE);
        System.out.println("M127 prime " + m.isProbablePrime(50) + " M127+2 prime " + m.add(BigInteger.TWO).isProbablePrime(50));
        System.out.println("nextProbablePrime " + BigInteger.valueOf(1000000).nextProbablePrime() + " " + new BigInteger("100000000000000000000").nextProbablePrime());
        int small = 0;
        for (int i = 2; i < 200; i++) if (BigInteger.valueOf(i).isProbablePrime(20)) small++;
        System.out.println("primes below 200 " + small);
        BigInteger huge = BigInteger.TEN.pow(500).add(BigInteger.valueOf(12345));
        BigInteger huge2 = BigInteger.valueOf(7).pow(400);
        System.out.println("huge*huge2 mod 1e9+7 " + huge.multiply(huge2).mod(BigInteger.valueOf(1_000_000_007)));
        System.out.println("huge/huge2 " + huge.divide(huge2));
        System.out.println("huge sqrt digits " + huge.sqrt().toString().length() + " huge hash " + huge.hashCode());
        BigInteger x = new BigInteger("3").pow(2000);
        System.out.println("3^2000 bitLength " + x.bitLength() + " last digits " + x.mod(BigInteger.TEN.pow(20)) + " first digits " + x.toString().substring(0, 20));
        System.out.println("valueOf cache " + (BigInteger.valueOf(16) == BigInteger.valueOf(16)) + " constants " + BigInteger.ONE + BigInteger.TWO + BigInteger.TEN);
    }
}
