package nl.veerkracht.monitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that answers as CBS does: each request (path and decoded query) is looked up in a
 * table of recorded answers ({@code src/test/resources/cbs/...}, with {@code {{base}}} standing for the
 * server's own address); anything else is a 404. An answer can also be an HTTP status, a response cut off
 * halfway, or silence.
 */
final class FakeCbs implements AutoCloseable {

    enum Behaviour {
        ANSWER, ERROR_500, CUT_OFF, SILENT
    }

    private record Answer(String resource, Behaviour behaviour) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FakeCbs() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/<service>}. */
    String base(String service) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + service;
    }

    /** Answers {@code path?query} (the query as CBS receives it, decoded) with a recorded file. */
    FakeCbs answer(String pathAndQuery, String resource) {
        answers.put(pathAndQuery, new Answer(resource, Behaviour.ANSWER));
        return this;
    }

    FakeCbs misbehave(String pathAndQuery, String resource, Behaviour behaviour) {
        answers.put(pathAndQuery, new Answer(resource, behaviour));
        return this;
    }

    List<String> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String key = exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query);
        requests.add(key);
        Answer answer = answers.get(key);
        try (exchange) {
            if (answer == null) {
                byte[] body = "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"Resource not found for the segment.\"}}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String service = key.substring(1, key.indexOf('/', 1));
            byte[] body = recorded(answer.resource()).replace("{{base}}", base(service)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json;odata=minimalmetadata;charset=utf-8");
            switch (answer.behaviour()) {
                case ANSWER -> {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                case ERROR_500 -> {
                    byte[] error = "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"An error has occurred.\"}}}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(500, error.length);
                    exchange.getResponseBody().write(error);
                }
                case CUT_OFF -> {
                    exchange.sendResponseHeaders(200, body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    exchange.getHttpContext().getServer();
                    // close the connection under the client: the body ends halfway
                    exchange.close();
                }
                case SILENT -> {
                    try {
                        closing.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    private static String recorded(String resource) {
        try (InputStream in = FakeCbs.class.getResourceAsStream("/cbs/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
