package dev.sse.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command line of the window an {@link OpenWindow} test opens, e.g. {@code @WindowArgs({"--sample", "kusama"})}
 * (issue 21: one line on the class instead of each test class overriding {@code options()} the same way).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WindowArgs {

    String[] value();
}
