package dev.hebbian.numerics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Expectations over a standard normal variable, E_z f(z) with z ~ N(0,1), by probabilists'
 * Gauss-Hermite quadrature (spec rsb-dense-networks.md section 12.1): nodes z_k = sqrt(2) x_k and
 * weights w_k / sqrt(pi) from the physicists' rule of Hipparchus. Rules are immutable and cached per
 * order, so they are cheap to share across threads.
 */
public final class Gauss {
    private static final ConcurrentHashMap<Integer, Gauss> CACHE = new ConcurrentHashMap<>();
    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

    /** The default order for one-level expectations. */
    public static final int DEFAULT_ORDER = 96;

    private final double[] nodes;
    private final double[] weights;
    private final double[] logWeights;

    private Gauss(int order) {
        GaussIntegrator rule;
        synchronized (FACTORY) {
            rule = FACTORY.hermite(order);
        }
        int n = rule.getNumberOfPoints();
        nodes = new double[n];
        weights = new double[n];
        logWeights = new double[n];
        double s2 = Math.sqrt(2.0), sp = Math.sqrt(Math.PI);
        for (int i = 0; i < n; i++) {
            nodes[i] = s2 * rule.getPoint(i);
            weights[i] = rule.getWeight(i) / sp;
            logWeights[i] = Math.log(weights[i]);
        }
    }

    /** The probabilists' rule with {@code order} nodes (1 to 400), cached. */
    public static Gauss order(int order) {
        dev.hebbian.Check.inRange("order", order, 1, 400);
        return CACHE.computeIfAbsent(order, Gauss::new);
    }

    /** The rule of {@link #DEFAULT_ORDER}. */
    public static Gauss standard() {
        return order(DEFAULT_ORDER);
    }

    public int size() {
        return nodes.length;
    }

    /** Node k (a value of z). */
    public double node(int k) {
        return nodes[k];
    }

    /** Weight of node k; the weights sum to 1. */
    public double weight(int k) {
        return weights[k];
    }

    /** Natural log of the weight of node k (for log-sum-exp evaluations). */
    public double logWeight(int k) {
        return logWeights[k];
    }

    /** E_z f(z). */
    public double expect(DoubleUnaryOperator f) {
        double s = 0;
        for (int k = 0; k < nodes.length; k++) s += weights[k] * f.applyAsDouble(nodes[k]);
        return s;
    }

    /**
     * E_z f(z) at this order and at (about) twice the order; the difference is the quadrature error
     * estimate the engine uses to check its choice of order.
     */
    public double[] expectWithDoubling(DoubleUnaryOperator f) {
        double a = expect(f);
        double b = order(Math.min(400, 2 * nodes.length)).expect(f);
        return new double[] {b, Math.abs(b - a)};
    }
}
