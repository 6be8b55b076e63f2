package papernotes;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/// For the window's process, which stays open for hours: the Java heap is given back to the system when it is
/// mostly free. By default the JVM keeps up to 70% of the heap free after a full collection (with a large library
/// the window then held several times its live objects) and never collects an idle process. Here a
/// full collection leaves at most 30% free, and a process that has not collected for five minutes is collected
/// (which lets the heap shrink) while it idles. Options given on the command line are left as they are.
final class HeapPolicy {

    static final String MIN_FREE = "10";
    static final String MAX_FREE = "30";
    static final String IDLE_COLLECTION_MS = "300000";

    private HeapPolicy() {}

    static void giveBackFreeHeap() {
        try {
            var options = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // the minimum first: it may never exceed the maximum
            set(options, "MinHeapFreeRatio", MIN_FREE);
            set(options, "MaxHeapFreeRatio", MAX_FREE);
            set(options, "G1PeriodicGCInterval", IDLE_COLLECTION_MS);
        } catch (RuntimeException e) {
            // another JVM or collector: its own defaults stay
        }
    }

    private static void set(HotSpotDiagnosticMXBean options, String name, String value) {
        if (options.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
            options.setVMOption(name, value);
        }
    }
}
