package dev.sse.model.session;

/** A handle to stop listening; closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
