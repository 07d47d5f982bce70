package nl.veerkracht.monitor.internal;

import java.net.URI;

import jakarta.json.JsonObject;

/** Gets one JSON document from a URL: over HTTP in the product, from a table in unit tests. */
@FunctionalInterface
public interface Fetcher {

    /**
     * @throws SourceFailure when the server answers with an error, stays silent, cuts the answer off or sends
     *         something that is not a JSON object
     */
    JsonObject get(URI uri) throws SourceFailure;
}
