package dev.sse.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven filtered into {@code dev/sse/app/version.properties}. */
public final class VersionProvider implements IVersionProvider {

    /** The explorer's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return property("version");
    }

    /** The version of a library the build used, e.g. {@code library("javafx")}; keys as in version.properties. */
    public static String library(String key) {
        return property(key);
    }

    private static String property(String key) {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/sse/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Shared Security Explorer " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
