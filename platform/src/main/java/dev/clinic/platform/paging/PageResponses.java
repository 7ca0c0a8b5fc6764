package dev.clinic.platform.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A list answer: the page as body and, when there is a next page, a {@code Link: rel="next"} header. */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uriInfo) {
        Response.ResponseBuilder answer = Response.ok(page);
        if (page.nextCursor() != null) {
            // A path-absolute reference, so the link is right behind the gateway as well as on the service.
            var next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            String target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            answer.header("Link", "<" + target + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
