package dev.hebbian.compute;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * A stand-in for a distributed backend, for the core's tests: every chunk of points gets its own
 * deserialized copy of the per-point function (as an executor would), the points run in reverse
 * order on another thread, and each result comes back through serialization. Reached by the master
 * URL {@code fake://N} (chunks of N points) through {@link ClusterProvider}, as a real backend is.
 */
final class SerializingCluster implements Cluster {
    private final String master;
    private final int chunk;
    volatile int shipped; // functions deserialized, for the tests

    SerializingCluster(String master, int chunk) {
        this.master = master;
        this.chunk = chunk;
    }

    @Override
    public String master() {
        return master;
    }

    @Override
    public <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException {
        byte[] task = bytes(point);
        Thread[] worker = new Thread[1];
        Throwable[] crash = new Throwable[1];
        worker[0] = new Thread(() -> {
            try {
                for (int end = size; end > 0 && !Thread.currentThread().isInterrupted(); end -= chunk) {
                    @SuppressWarnings("unchecked")
                    SerializableIntFunction<R> f = (SerializableIntFunction<R>) object(task);
                    shipped++;
                    for (int i = end - 1; i >= Math.max(0, end - chunk); i--) {
                        try {
                            @SuppressWarnings("unchecked")
                            R r = (R) object(bytes(f.apply(i)));
                            sink.done(i, r);
                        } catch (RuntimeException e) {
                            sink.failed(i, e);
                        }
                    }
                }
            } catch (Throwable t) {
                crash[0] = t;
            }
        }, "fake-executor");
        worker[0].start();
        try {
            worker[0].join();
        } catch (InterruptedException e) {
            worker[0].interrupt();
            worker[0].join();
            throw e;
        }
        if (crash[0] != null) throw new IllegalStateException("fake executor crashed", crash[0]);
    }

    static byte[] bytes(Object o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static Object object(byte[] b) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider of {@code fake://N}. */
    public static final class Provider implements ClusterProvider {
        @Override
        public String name() {
            return "serializing test backend";
        }

        @Override
        public boolean accepts(String master) {
            return master.startsWith("fake://");
        }

        @Override
        public Cluster connect(String master) {
            return new SerializingCluster(master, Integer.parseInt(master.substring("fake://".length())));
        }
    }
}
