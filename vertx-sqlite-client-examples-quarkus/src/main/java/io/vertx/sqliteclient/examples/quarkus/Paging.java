package io.vertx.sqliteclient.examples.quarkus;

import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code ?after=<id>&limit=<n>} of a list: keyset paging, {@code WHERE id > after ORDER BY id LIMIT limit + 1},
 * which walks the primary key straight to the page however deep it is (OFFSET would read every row it skips).
 * The one row more than asked for says whether a next page exists; its address goes in a {@code Link} header.
 */
record Paging(long after, int limit) {

  static final int DEFAULT_LIMIT = 100;
  /** A page is at most this long, so one request never makes the service read, hold and send a whole table. */
  static final int MAX_LIMIT = 1000;

  /** From the query parameters, either of which may be absent; 0 is before every rowid. */
  static Paging of(String after, String limit) {
    long from = after == null ? 0 : Input.wholeNumber("after", after);
    long size = limit == null ? DEFAULT_LIMIT : Input.wholeNumber("limit", limit);
    if (size < 1 || size > MAX_LIMIT) {
      throw ClientError.badRequest("limit must be from 1 to " + MAX_LIMIT + ", not " + size);
    }
    return new Paging(from, (int) size);
  }

  /** How many rows to fetch: one more than the page holds. */
  int fetch() {
    return limit + 1;
  }

  /** The page of {@code fetched}, with a Link to the next page of {@code path} when there is one. */
  <T> RestResponse<List<T>> response(String path, List<T> fetched, Function<T, Long> id) {
    if (fetched.size() <= limit) {
      return RestResponse.ok(fetched);
    }
    List<T> page = fetched.subList(0, limit);
    String next = path + "?after=" + id.apply(page.get(limit - 1)) + "&limit=" + limit;
    return RestResponse.ResponseBuilder.ok(page).header("Link", "<" + next + ">; rel=\"next\"").build();
  }
}
