package dev.clinic.gateway.openapi;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Stands in for a service as far as its OpenAPI document goes: {@code GET /q/openapi} answers the
 * current document, or 503 while "down". A test redeploys it with {@code PUT /_fake/document} (the
 * body is the new document) and takes it down and up with {@code PUT /_fake/down} and
 * {@code /_fake/up}: the test talks to it over HTTP because it runs in another class loader.
 */
final class FakeDocumentService implements Handler<HttpServerRequest> {

    private volatile String document;
    private volatile boolean up = true;

    FakeDocumentService(String document) {
        this.document = document;
    }

    @Override
    public void handle(HttpServerRequest request) {
        String path = request.path();
        if (request.method() == HttpMethod.GET && path.equals("/q/openapi")) {
            if (!up) {
                request.response().setStatusCode(503).end();
            } else if ("json".equals(request.getParam("format"))) {
                request.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(document);
            } else {
                request.response().setStatusCode(400).end("only ?format=json here");
            }
        } else if (request.method() == HttpMethod.GET && path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else if (request.method() == HttpMethod.PUT && path.equals("/_fake/document")) {
            request.body().onSuccess(body -> {
                document = body.toString();
                request.response().setStatusCode(204).end();
            });
        } else if (request.method() == HttpMethod.PUT && path.equals("/_fake/down")) {
            up = false;
            request.response().setStatusCode(204).end();
        } else if (request.method() == HttpMethod.PUT && path.equals("/_fake/up")) {
            up = true;
            request.response().setStatusCode(204).end();
        } else {
            request.response().setStatusCode(404).end();
        }
    }
}
