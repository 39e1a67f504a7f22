package verticalkb;

import java.util.List;

/** The shape of every list the API answers: {@code {"items": [...], "total": n}}. */
public record ListPage<T>(List<T> items, long total) {

  public static <T> ListPage<T> of(List<T> items) {
    return new ListPage<>(items, items.size());
  }
}
