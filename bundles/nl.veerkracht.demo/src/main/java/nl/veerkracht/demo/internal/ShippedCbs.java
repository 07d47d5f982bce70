package nl.veerkracht.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * CBS's OData v3 service as far as the demo needs it, without the network: a server on the loopback address
 * (the JDK's own) that answers {@code <base>/<table>/<list>} with the responses the demo ships in
 * {@code OSGI-INF/demo/cbs/<table>/<list>.json}, recorded in CBS's exact shapes ({@code {{base}}} stands for the
 * server's address). {@code TypedDataSet} answers every query with the one Breda's indicator asks for. Anything
 * else is a 404, as CBS answers it. Lives only while the demo fills its indicator.
 */
final class ShippedCbs implements AutoCloseable {

    private static final String SERVICE = "/ODataApi/odata";
    private static final Pattern PATH = Pattern.compile(Pattern.quote(SERVICE) + "/([0-9A-Za-z]+)/([A-Za-z0-9]+)");

    private final HttpServer server;

    private ShippedCbs(HttpServer server) {
        this.server = server;
    }

    static ShippedCbs start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ShippedCbs cbs = new ShippedCbs(server);
        server.createContext("/", cbs::handle);
        server.start();
        return cbs;
    }

    /** The value for {@code cbs.v3.url}: {@code http://127.0.0.1:<port>/ODataApi/odata}. */
    String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + SERVICE;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            byte[] body = path.matches() ? shipped(path.group(1), path.group(2)) : null;
            if (body == null) {
                body = "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"Resource not found for the segment.\"}}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json;odata=minimalmetadata;charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
        }
    }

    private byte[] shipped(String table, String list) throws IOException {
        try (InputStream in = ShippedCbs.class.getResourceAsStream("/OSGI-INF/demo/cbs/" + table + "/" + list + ".json")) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
