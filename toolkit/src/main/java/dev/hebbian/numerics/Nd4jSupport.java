package dev.hebbian.numerics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J start-up that works inside JShell-based kernels. ND4J finds its native backend with
 * {@link java.util.ServiceLoader} through the thread's context class loader; in a kernel that loader
 * may not see the jars the kernel added for the notebook. {@link #ensureReady()} loads ND4J with the
 * toolkit's own class loader as context, once, and checks it with a small computation.
 */
public final class Nd4jSupport {
    private Nd4jSupport() {}

    private static volatile String description;

    /** Initialise ND4J (idempotent) and return a one-line description of its backend. */
    public static String ensureReady() {
        String d = description;
        if (d != null) return d;
        synchronized (Nd4jSupport.class) {
            if (description != null) return description;
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(Nd4jSupport.class.getClassLoader());
            try {
                INDArray a = Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {2, 2});
                double trace = a.mmul(a).getDouble(0, 0) + a.mmul(a).getDouble(1, 1); // [[7,10],[15,22]] -> 29
                if (Math.abs(trace - 29) > 1e-12)
                    throw new IllegalStateException("ND4J self-check failed: trace(A^2) = " + trace + " instead of 29");
                description = "ND4J backend " + Nd4j.getBackend().getClass().getSimpleName()
                        + ", data type " + Nd4j.dataType() + ", self-check ok";
                return description;
            } finally {
                t.setContextClassLoader(previous);
            }
        }
    }
}
