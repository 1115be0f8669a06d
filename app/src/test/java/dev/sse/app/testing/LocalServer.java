package dev.sse.app.testing;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** An HTTP server on a free loopback port serving recorded responses: the importers' {@code --from} tests never touch the network. */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;

    private LocalServer(HttpServer server) {
        this.server = server;
    }

    /** Serves every path through {@code handler}. */
    public static LocalServer start(HttpHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", handler);
        s.start();
        return new LocalServer(s);
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

    @Override
    public void close() {
        server.stop(0);
    }
}
