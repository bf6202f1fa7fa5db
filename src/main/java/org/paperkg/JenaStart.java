package org.paperkg;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.apache.jena.sys.JenaSystem;

/**
 * Starts Jena once per process, on whichever thread asks first, and makes every other thread that asks wait until it
 * has started. {@link JenaSystem#init()} alone does not: it marks Jena started as soon as it begins, so a second
 * thread (the models loading beside the store being opened) goes on to use Jena's classes while the first is still
 * initialising them, and the two can deadlock on class initialisation. Every thread calls {@link #ensure()} before
 * it touches any other Jena class.
 */
public final class JenaStart {
    private static final Supplier<Boolean> STARTED = once(JenaSystem::init);

    private JenaStart() {
    }

    /** Returns once Jena has started, starting it on this thread if no other thread has begun to. */
    public static void ensure() {
        STARTED.get();
    }

    /** An action run by the first caller only; the callers that come while it runs wait until it has finished. */
    static Supplier<Boolean> once(Runnable action) {
        com.google.common.base.Supplier<Boolean> memoized = Suppliers.memoize(() -> {
            action.run();
            return Boolean.TRUE;
        });
        return memoized::get;
    }
}
