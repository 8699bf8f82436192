package dev.hebbian.display;

import java.awt.image.RenderedImage;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knowm.xchart.internal.chartpart.Chart;

import dev.hebbian.notebook.MimeBundle;
import tech.tablesaw.api.Table;

/**
 * Teaches the Java kernel this JVM runs in to display the toolkit's values as {@link MimeBundle}
 * builds them: Tablesaw tables as text/html and text/plain, XChart charts as image/png (image/svg+xml
 * when {@link MimeBundle#svgCharts(boolean)} is on), images as image/png.
 *
 * <p>Every kernel is found by reflection, so the toolkit needs none of them to compile or run:
 * <ul>
 * <li>IJava ({@code io.github.spencerpark.ijava.IJava.getKernelInstance()}) and JJava
 * ({@code org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel()}): a render function is added
 * to the kernel's {@code Renderer} (the jupyter-jvm-basekernel API) for each type;</li>
 * <li>rapaio (a JVM whose command names rapaio, whose {@code org.rapaio.jupyter.kernel.MainApp.kernel}
 * has its channels;
 * {@code org.rapaio.jupyter.kernel.display.DisplaySystem.inst()}): a
 * {@code DisplayRenderer} is put first among the kernel's own renderers (its service-loader list
 * only sees the kernel's class path, not jars added to the notebook's class path, and is emptied
 * whenever a jar is added).</li>
 * </ul>
 * Outside a kernel (the CLI, the tests, the toolkit's own runner) {@link #register()} finds nothing
 * and does nothing. It is called by the static initialisers of {@code Notebook}, {@code MimeBundle},
 * {@code Progress} and {@code Mode}, so the first use of any of them in a kernel registers the renderers.
 */
public final class KernelDisplay {
    private KernelDisplay() {}

    /** The types the toolkit displays itself, in the order they are registered. */
    public static final List<Class<?>> TYPES = List.of(Table.class, Chart.class, RenderedImage.class);

    private static final Set<Object> done = new LinkedHashSet<>();
    private static final List<String> kernels = new ArrayList<>();

    /**
     * Register the toolkit's renderers with the kernel running this JVM, once; safe to call any number
     * of times and from any thread. Never throws: a kernel whose API does not fit is left alone.
     *
     * @return the kernels registered with so far ("ijava", "jjava", "rapaio"), empty outside a kernel
     */
    public static synchronized List<String> register() {
        try {
            Object ijava = callStatic("io.github.spencerpark.ijava.IJava", "getKernelInstance");
            if (ijava != null) registerOnce("ijava", call(ijava, "getRenderer"), KernelDisplay::registerOnRenderer);
        } catch (Throwable ignored) { // not this kernel, or an API that does not fit
        }
        for (String[] jjava : new String[][] {{"org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel"},
                                               {"org.dflib.jjava.JJava", "getKernelInstance"}}) {
            try {
                Object k = callStatic(jjava[0], jjava[1]);
                if (k != null) registerOnce("jjava", call(k, "getRenderer"), KernelDisplay::registerOnRenderer);
            } catch (Throwable ignored) {
            }
        }
        try {
            // MainApp builds a whole kernel when first touched: touch it only in a JVM started as rapaio
            // (where it is already built), and only register with a kernel that has its channels
            if (System.getProperty("sun.java.command", "").contains("rapaio") && loadable("org.rapaio.jupyter.kernel.MainApp")
                    && call(Class.forName("org.rapaio.jupyter.kernel.MainApp", false, loader()).getField("kernel").get(null),
                            "channels") != null) {
                Object system = callStatic("org.rapaio.jupyter.kernel.display.DisplaySystem", "inst");
                if (system != null) registerOnce("rapaio", system, KernelDisplay::registerOnRapaio);
            }
        } catch (Throwable ignored) {
        }
        return List.copyOf(kernels);
    }

    private interface Registration {
        void apply(Object target) throws Exception;
    }

    private static void registerOnce(String kernel, Object target, Registration how) throws Exception {
        if (target == null || !done.add(target)) return;
        how.apply(target);
        if (!kernels.contains(kernel)) kernels.add(kernel);
    }

    /**
     * Add render functions for {@link #TYPES} to a jupyter-jvm-basekernel {@code Renderer} (IJava's
     * {@code io.github.spencerpark.jupyter.kernel.display.Renderer}, JJava's
     * {@code org.dflib.jjava.jupyter.kernel.display.Renderer}, or any class with their API).
     */
    public static void registerOnRenderer(Object renderer) throws ReflectiveOperationException {
        for (Class<?> type : TYPES) {
            Object registration = renderer.getClass().getMethod("createRegistration", Class.class).invoke(renderer, type);
            Method preferring = registration.getClass().getMethod("preferring", String[].class);
            Method supporting = registration.getClass().getMethod("supporting", String[].class);
            preferring.invoke(registration, (Object) preferred(type));
            supporting.invoke(registration, (Object) new String[] {"text/html", "image/png", "image/svg+xml", "text/plain"});
            Method register = null;
            for (Method m : registration.getClass().getMethods())
                if (m.getName().equals("register") && m.getParameterCount() == 1 && m.getParameterTypes()[0].isInterface())
                    register = m;
            if (register == null) throw new NoSuchMethodException("RenderRegistration.register(RenderFunction)");
            Class<?> function = register.getParameterTypes()[0];
            register.invoke(registration, proxy(function, (proxy, method, args) -> {
                if (method.getName().equals("render") && args != null && args.length == 2) {
                    Object container = args[1].getClass().getMethod("getOutputContainer").invoke(args[1]);
                    Method put = container.getClass().getMethod("putData", String.class, Object.class);
                    for (Map.Entry<String, String> e : MimeBundle.of(args[0]).entrySet())
                        put.invoke(container, e.getKey(), e.getValue());
                    return null;
                }
                return objectMethod(proxy, method, args, "toolkit RenderFunction for " + type.getSimpleName());
            }));
        }
    }

    private static String[] preferred(Class<?> type) {
        if (type == Table.class) return new String[] {"text/html", "text/plain"};
        return new String[] {"image/png", "text/plain"};
    }

    /**
     * Put a {@code DisplayRenderer} for each of {@link #TYPES} first among the built-in renderers of
     * rapaio's {@code DisplaySystem}.
     */
    @SuppressWarnings("unchecked")
    public static void registerOnRapaio(Object displaySystem) throws ReflectiveOperationException {
        ClassLoader kernelLoader = displaySystem.getClass().getClassLoader();
        Class<?> rendererType = Class.forName("org.rapaio.jupyter.kernel.display.DisplayRenderer", false, kernelLoader);
        Class<?> displayData = Class.forName("org.rapaio.jupyter.kernel.display.DisplayData", false, kernelLoader);
        Method fromText = displayData.getMethod("fromText", String.class);
        Method putData = displayData.getMethod("putData", String.class, Object.class);
        Field field = displaySystem.getClass().getDeclaredField("systemDisplayRenderers");
        field.setAccessible(true);
        List<Object> renderers = (List<Object>) field.get(displaySystem);
        List<Object> ours = new ArrayList<>();
        for (Class<?> type : TYPES) {
            ours.add(proxy(rendererType, (proxy, method, args) -> switch (method.getName()) {
                case "rendererClass" -> type;
                case "canRender" -> true;
                case "render" -> {
                    Map<String, String> bundle = new LinkedHashMap<>(MimeBundle.of(args[1]));
                    String mime = (String) args[0];
                    if (mime != null && !mime.isBlank() && bundle.containsKey(mime))
                        bundle.keySet().removeIf(k -> !k.equals(mime) && !k.equals("text/plain"));
                    Object dd = fromText.invoke(null, bundle.getOrDefault("text/plain", String.valueOf(args[1])));
                    for (Map.Entry<String, String> e : bundle.entrySet()) putData.invoke(dd, e.getKey(), e.getValue());
                    yield dd;
                }
                default -> objectMethod(proxy, method, args, "toolkit DisplayRenderer for " + type.getSimpleName());
            }));
        }
        renderers.addAll(0, ours);
    }

    private static Object proxy(Class<?> iface, InvocationHandler handler) {
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String name) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> name;
            default -> throw new UnsupportedOperationException(method.toString());
        };
    }

    /**
     * The cell now executing, as the kernel names it, for {@link #inCell}: in rapaio the id of the
     * execute request whose output the kernel is publishing; {@code null} in any other kernel or outside
     * one. Call it in the thread that runs the cell.
     */
    public static Object currentCell() {
        if (!kernels.contains("rapaio")) return null;
        try {
            Object channels = rapaioChannels();
            return channels == null ? null : rapaioMessageId().get(channels);
        } catch (Throwable e) {
            return null;
        }
    }

    /**
     * Runs {@code output} (which prints to the cell's stream and flushes it) so that what it prints
     * reaches the cell {@code cell} ({@link #currentCell()}), whichever thread runs it. rapaio 3.0.1
     * publishes every output under the one request it handles last: while it handles an interrupt
     * request (the thread that interrupts a cell runs the toolkit's interruption line), output would
     * be sent as a reply to that request and no front end would show it in the cell. Here the cell's
     * request is put back for the time of {@code output}, then the interrupt request again. With
     * {@code cell == null} (other kernels, no kernel) {@code output} just runs.
     */
    public static void inCell(Object cell, Runnable output) {
        Object channels = null;
        Field id = null;
        Object previous = null;
        if (cell != null) {
            try {
                channels = rapaioChannels();
                id = rapaioMessageId();
                previous = id.get(channels);
                id.set(channels, cell);
            } catch (Throwable e) {
                channels = null;
            }
        }
        try {
            output.run();
        } finally {
            if (channels != null) {
                try {
                    id.set(channels, previous);
                } catch (Throwable ignored) {
                }
            }
        }
    }

    private static Object rapaioChannels() throws ReflectiveOperationException {
        Object kernel = Class.forName("org.rapaio.jupyter.kernel.MainApp", false, loader()).getField("kernel").get(null);
        return kernel == null ? null : call(kernel, "channels");
    }

    private static Field rapaioMessageId() throws ReflectiveOperationException {
        Field f = Class.forName("org.rapaio.jupyter.kernel.channels.Channels", false, loader()).getDeclaredField("msgId");
        f.setAccessible(true);
        return f;
    }

    private static ClassLoader loader() {
        return KernelDisplay.class.getClassLoader();
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, loader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Object callStatic(String className, String method) throws ReflectiveOperationException {
        Class<?> c;
        try {
            c = Class.forName(className, false, loader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        return c.getMethod(method).invoke(null);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
