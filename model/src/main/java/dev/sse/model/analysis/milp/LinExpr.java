package dev.sse.model.analysis.milp;

import java.util.Arrays;

/**
 * An immutable-after-build linear expression Σ coef·x + constant over {@link IlpModel} variables, with
 * 64-bit integer coefficients (overflow throws {@link ArithmeticException}).
 */
public final class LinExpr {

    private int[] vars = new int[8];
    private long[] coefs = new long[8];
    private int size;
    private long constant;

    public LinExpr add(int var, long coef) {
        if (coef == 0) {
            return this;
        }
        if (size == vars.length) {
            vars = Arrays.copyOf(vars, size * 2);
            coefs = Arrays.copyOf(coefs, size * 2);
        }
        vars[size] = var;
        coefs[size++] = coef;
        return this;
    }

    public LinExpr addAll(LinExpr other, long factor) {
        for (int i = 0; i < other.size; i++) {
            add(other.vars[i], Math.multiplyExact(other.coefs[i], factor));
        }
        constant = Math.addExact(constant, Math.multiplyExact(other.constant, factor));
        return this;
    }

    public LinExpr constant(long c) {
        constant = Math.addExact(constant, c);
        return this;
    }

    public long constant() {
        return constant;
    }

    /** Variables with duplicates merged. */
    public int[] vars() {
        return merged().vars;
    }

    public long[] coefs() {
        return merged().coefs;
    }

    private record Merged(int[] vars, long[] coefs) {
    }

    private Merged merged() {
        java.util.TreeMap<Integer, Long> m = new java.util.TreeMap<>();
        for (int i = 0; i < size; i++) {
            m.merge(vars[i], coefs[i], Math::addExact);
        }
        m.values().removeIf(c -> c == 0);
        return new Merged(m.keySet().stream().mapToInt(Integer::intValue).toArray(),
                m.values().stream().mapToLong(Long::longValue).toArray());
    }
}
