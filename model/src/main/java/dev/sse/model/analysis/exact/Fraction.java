package dev.sse.model.analysis.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational p/q in lowest terms, used for thresholds α, budgets ψ and ratios.
 *
 * <p>{@link #ofDouble(double)} reads a double as the simplest fraction within 1e-12 whose
 * denominator is at most 10^6 (so 2.0/3.0 becomes exactly 2/3 and 0.67 becomes 67/100); when no
 * such fraction exists it uses the double's shortest decimal form ({@link BigDecimal#valueOf(double)}).
 *
 * @param num numerator p
 * @param den denominator q &gt; 0
 */
public record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    private static final long MAX_DEN = 1_000_000L;

    public Fraction {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be > 0");
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    public static Fraction of(long num, long den) {
        return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    public static Fraction ofDouble(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        Fraction simple = simplest(Math.abs(x));
        if (simple != null) {
            return x < 0 ? new Fraction(simple.num.negate(), simple.den) : simple;
        }
        BigDecimal d = BigDecimal.valueOf(x);
        return d.scale() <= 0 ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** Continued-fraction convergents of x; the first within 1e-12 with denominator ≤ 10^6, else null. */
    private static Fraction simplest(double x) {
        long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
        double r = x;
        for (int i = 0; i < 40; i++) {
            long a = (long) Math.floor(r);
            long h2 = a * h1 + h0, k2 = a * k1 + k0;
            if (k2 > MAX_DEN || h2 < 0) {
                return null;
            }
            // never 0 for x > 0: a tiny threshold (1e-300) is not no threshold (issue 17)
            if (h2 != 0 && Math.abs((double) h2 / k2 - x) <= 1e-12 * Math.max(1, Math.abs(x))) {
                return of(h2, k2);
            }
            h0 = h1; h1 = h2; k0 = k1; k1 = k2;
            double frac = r - a;
            if (frac < 1e-15) {
                return null;
            }
            r = 1 / frac;
        }
        return null;
    }

    /** ⌈p·c/q⌉ for c ≥ 0, exactly. */
    public long ceilTimes(long c) {
        BigInteger[] qr = num.multiply(BigInteger.valueOf(c)).divideAndRemainder(den);
        BigInteger q = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return q.longValueExact();
    }

    /** ⌊p·c/q⌋ for c ≥ 0, exactly. */
    public long floorTimes(long c) {
        return num.multiply(BigInteger.valueOf(c)).divide(den).longValueExact();
    }

    /**
     * Compares a·b with c·d exactly for a, b, c, d ≥ 0 (128-bit products, no overflow): cost/profit ratios of
     * values up to 10^15 units each are compared as cross products.
     */
    public static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        return hi1 != hi2 ? Long.compare(hi1, hi2) : Long.compareUnsigned(a * b, c * d);
    }

    /** The larger of a and b (a when equal). */
    public static Fraction max(Fraction a, Fraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The smaller of a and b (a when equal). */
    public static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** (this + o) / 2, exactly. */
    public Fraction midpoint(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den).shiftLeft(1));
    }

    public Fraction minus(Fraction o) {
        return new Fraction(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    public double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
    }

    /** The value rounded half-even to {@code digits} decimals. */
    public BigDecimal toDecimal(int digits) {
        return new BigDecimal(num).divide(new BigDecimal(den), digits, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
