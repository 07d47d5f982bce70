package nl.veerkracht.itests.servers;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.veerkracht.junit.ClientProcess;

/**
 * Git's smart HTTP protocol on 127.0.0.1 and a free port: the JDK's HTTP server runs C git's
 * {@code git http-backend} as a CGI program for every request, for the repositories below one folder,
 * fetch and push. With a user and password it asks for HTTP Basic authentication as a hosting
 * service does (401 with {@code WWW-Authenticate: Basic realm=...} without them or with wrong ones);
 * without, anyone may fetch and push. It records every request it saw, for the tests' assertions.
 */
public final class HttpGitServer implements AutoCloseable {

    /** The realm the server names when it asks for credentials. */
    public static final String REALM = "Veerkracht test hub";

    /**
     * One request as the server saw it.
     *
     * @param authorization whether it carried an {@code Authorization} header (right or wrong)
     * @param contentEncoding its body's {@code Content-Encoding} ({@code gzip}), empty without
     * @param status the status the server answered with
     */
    public record Request(String method, String path, String query, boolean authorization, String contentEncoding,
            int status) {

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + (authorization ? " (with Authorization)"
                    : "") + (contentEncoding.isEmpty() ? "" : " (" + contentEncoding + ")") + " -> " + status;
        }
    }

    private final Path base;
    private final Optional<String> user;
    private final String expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final Path backend;
    private final Path log;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    private HttpGitServer(Path base, Optional<String> user, Optional<String> password) throws IOException {
        this.base = Files.createDirectories(base).toRealPath();
        this.user = user;
        this.expectedAuthorization = user.map(name -> "Basic " + Base64.getEncoder().encodeToString(
                (name + ":" + password.orElseThrow()).getBytes(StandardCharsets.UTF_8))).orElse("");
        this.backend = Programs.gitProgram("git-http-backend");
        this.log = Files.createTempFile("git-http-backend", ".log");
        this.handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "http-git-server");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /**
     * A server that asks for HTTP Basic authentication and lets in {@code user} with {@code password} only.
     *
     * @throws IllegalStateException when C git or its git-http-backend is missing
     */
    public static HttpGitServer withBasicAuth(Path base, String user, String password) throws IOException {
        return new HttpGitServer(base, Optional.of(user), Optional.of(password));
    }

    /**
     * A server that lets anyone fetch and push.
     *
     * @throws IllegalStateException when C git or its git-http-backend is missing
     */
    public static HttpGitServer withoutAuth(Path base) throws IOException {
        return new HttpGitServer(base, Optional.empty(), Optional.empty());
    }

    /** The folder the repositories are in. */
    public Path base() {
        return base;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/<name>}, without credentials: the repository {@code base/name}. */
    public String url(String name) {
        return "http://127.0.0.1:" + port() + "/" + name;
    }

    /** Every request so far, in the order they were answered. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** What git http-backend printed on its stderr so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(its log cannot be read: " + e.getMessage() + ")";
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int status = 500;
        Headers headers = exchange.getRequestHeaders();
        String authorization = headers.getFirst("Authorization");
        try (exchange) {
            if (user.isPresent() && !expectedAuthorization.equals(authorization)) {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                status = 401;
                exchange.sendResponseHeaders(status, -1);
            } else {
                status = runBackend(exchange);
            }
        } catch (IOException | RuntimeException e) {
            Files.writeString(log, "HttpGitServer: " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + ": " + e + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            throw e;
        } finally {
            String query = exchange.getRequestURI().getRawQuery();
            String encoding = headers.getFirst("Content-Encoding");
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query == null ? "" : query, authorization != null, encoding == null ? "" : encoding, status));
        }
    }

    /** Runs git http-backend for the request as a CGI program and sends its answer; answers its status. */
    private int runBackend(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        ProcessBuilder builder = new ProcessBuilder(backend.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(ClientProcess.environment(Map.of()));
        environment.put("GIT_PROJECT_ROOT", base.toString());
        environment.put("GIT_HTTP_EXPORT_ALL", "1");
        // without authentication git http-backend refuses pushes unless the repository allows them
        environment.put("GIT_CONFIG_COUNT", "1");
        environment.put("GIT_CONFIG_KEY_0", "http.receivepack");
        environment.put("GIT_CONFIG_VALUE_0", "true");
        environment.put("GATEWAY_INTERFACE", "CGI/1.1");
        environment.put("SERVER_PROTOCOL", exchange.getProtocol());
        environment.put("REQUEST_METHOD", exchange.getRequestMethod());
        environment.put("PATH_INFO", exchange.getRequestURI().getPath());
        String query = exchange.getRequestURI().getRawQuery();
        environment.put("QUERY_STRING", query == null ? "" : query);
        environment.put("REMOTE_ADDR", exchange.getRemoteAddress().getAddress().getHostAddress());
        user.ifPresent(name -> environment.put("REMOTE_USER", name));
        putIfGiven(environment, "CONTENT_TYPE", headers.getFirst("Content-Type"));
        putIfGiven(environment, "CONTENT_LENGTH", headers.getFirst("Content-Length"));
        // JGit and git send large request bodies gzipped; http-backend unpacks them when told so
        putIfGiven(environment, "HTTP_CONTENT_ENCODING", headers.getFirst("Content-Encoding"));
        putIfGiven(environment, "GIT_PROTOCOL", headers.getFirst("Git-Protocol"));
        putIfGiven(environment, "HTTP_GIT_PROTOCOL", headers.getFirst("Git-Protocol"));

        Process process = builder.start();
        running.add(process);
        try {
            Future<?> body = handlers.submit(() -> {
                try (InputStream in = exchange.getRequestBody(); OutputStream stdin = process.getOutputStream()) {
                    in.transferTo(stdin);
                } catch (IOException e) {
                    // the backend stopped reading (it answered an error early): what it says is the answer
                }
            });

            InputStream stdout = new BufferedInputStream(process.getInputStream());
            int status = 200;
            long length = -1;
            for (String line = headerLine(stdout); !line.isEmpty(); line = headerLine(stdout)) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IOException("git http-backend printed a header line without a colon: " + line);
                }
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Status")) {
                    status = Integer.parseInt(value.split(" ", 2)[0]);
                } else if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else {
                    exchange.getResponseHeaders().add(name, value);
                }
            }
            // the JDK's server takes -1 for no body, 0 for a body of unknown length (sent chunked)
            exchange.sendResponseHeaders(status, length == 0 ? -1 : length == -1 ? 0 : length);
            try (OutputStream response = exchange.getResponseBody()) {
                stdout.transferTo(response);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IOException("git http-backend did not end within 30 s after its answer");
            }
            body.get(5, TimeUnit.SECONDS);
            return status;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the request body did not reach git http-backend: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git http-backend answered", e);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            running.remove(process);
        }
    }

    private static void putIfGiven(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }

    /** One CGI header line without its line end; empty at the end of the headers (or of the output). */
    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Stops the server and any git http-backend still running, and removes the backend's log. */
    @Override
    public void close() {
        server.stop(0);
        running.forEach(process -> ServerProcess.stop(process.toHandle()));
        handlers.shutdownNow();
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
