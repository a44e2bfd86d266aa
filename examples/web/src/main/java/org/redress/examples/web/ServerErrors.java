package org.redress.examples.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own error responses (a malformed request, a URI or headers too long: 400, 414, 431) carry the same
 * security headers as the app's pages, and no details.
 */
final class ServerErrors extends ErrorHandler {

    ServerErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
        setCacheControl("no-store");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Guard.headers((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Guard.headers(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
