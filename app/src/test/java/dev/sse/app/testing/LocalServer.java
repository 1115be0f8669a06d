package dev.sse.app.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An HTTP server on a free loopback port serving recorded responses: the importers' {@code --from} tests never touch
 * the network. A JUnit extension ({@code @RegisterExtension final LocalServer server = LocalServer.serving(this::serve)}):
 * it starts before each test and stops after it.
 */
public final class LocalServer implements BeforeEachCallback, AfterEachCallback {

    private final HttpHandler handler;
    private HttpServer server;

    private LocalServer(HttpHandler handler) {
        this.handler = handler;
    }

    /** A server that will serve every path through {@code handler}, from the start of each test to its end. */
    public static LocalServer serving(HttpHandler handler) {
        return new LocalServer(handler);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }

    /** Serves every path through {@code handler} from now on, instead of the one it started with. */
    public void serve(HttpHandler handler) {
        server.removeContext("/");
        server.createContext("/", handler);
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
