package nl.veerkracht.monitor.internal;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Gets JSON over HTTP with the JDK's client. The timeout bounds the connection and the whole answer of each
 * request: the workspace's network timeout ({@code .veerkracht/remote.cfg}).
 */
final class HttpFetcher implements Fetcher {

    /** The largest answer taken: a CBS page holds at most 10,000 rows, far below this. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpClient client;
    private final Duration timeout;

    HttpFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public JsonObject get(URI uri) throws SourceFailure {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new SourceFailure(SourceFailure.Kind.TIMEOUT, uri, Long.toString(timeout.toSeconds()));
        } catch (HttpTimeoutException e) {
            throw new SourceFailure(SourceFailure.Kind.TIMEOUT, uri, Long.toString(timeout.toSeconds()));
        } catch (ConnectException e) {
            throw new SourceFailure(SourceFailure.Kind.UNREACHABLE, uri,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (IOException e) {
            throw new SourceFailure(SourceFailure.Kind.TRUNCATED, uri, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(SourceFailure.Kind.TIMEOUT, uri, Long.toString(timeout.toSeconds()));
        }
        if (response.statusCode() != 200) {
            throw new SourceFailure(SourceFailure.Kind.HTTP, uri, Integer.toString(response.statusCode()));
        }
        byte[] body = response.body();
        if (body.length > MAX_BYTES) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, uri, "larger than " + MAX_BYTES + " bytes");
        }
        return parse(uri, new String(body, StandardCharsets.UTF_8));
    }

    /** A JSON object; an answer cut off halfway is truncated, anything else that is no object malformed. */
    static JsonObject parse(URI uri, String text) throws SourceFailure {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new SourceFailure(SourceFailure.Kind.MALFORMED, uri, "no JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            boolean cutOff = String.valueOf(e.getMessage()).contains("EOF");
            throw new SourceFailure(cutOff ? SourceFailure.Kind.TRUNCATED : SourceFailure.Kind.MALFORMED, uri,
                    String.valueOf(e.getMessage()));
        }
    }
}
