package switchboard.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** GET /openapi.json: the hand-written OpenAPI 3 description of the API, kept true by OpenApiDocumentTest. */
public final class OpenApiDocument {
    private final String document;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the classpath");
            this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
