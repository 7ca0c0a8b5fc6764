package dev.clinic.platform.paging;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list takes. Use as {@code @BeanParam @Valid PageParams page}. */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "must be between 1 and 200")
    @Max(value = MAX_LIMIT, message = "must be between 1 and 200")
    @Parameter(description = "Page size, 1 to 200 (default 50).", example = "50")
    public Integer limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 200, message = "is not a cursor this API issued")
    @Parameter(description = "The `nextCursor` of the previous page.")
    public String cursor;

    @QueryParam("updatedSince")
    @Parameter(description = "Sync mode: only records changed at or after this instant, ordered by "
            + "(updatedAt, id), archived and cancelled ones included.", example = "2026-03-04T00:00:00Z")
    public Instant updatedSince;

    public static PageParams of(int limit, String cursor, Instant updatedSince) {
        PageParams params = new PageParams();
        params.limit = limit;
        params.cursor = cursor;
        params.updatedSince = updatedSince;
        return params;
    }

    /** Sync mode orders by updatedAt and shows every record, archived and cancelled ones too. */
    public boolean syncMode() {
        return updatedSince != null;
    }
}
