package dev.clinic.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the cursor of the next page ({@code null} on the last). */
public record Page<T>(
        @Schema(description = "The items of this page, in list order.")
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; pass it as `cursor`. Null on the last page.",
                nullable = true, examples = "Yzp8MTc0MTA4MDYwMDAwMDAwMHw2ZjFlMmQ0NS0uLi4")
        String nextCursor) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
