package verticalkb.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque deep-paging cursors: the sort values of the last hit of a page (ending with its id, so ties are broken
 * the same way every time), for {@code searchAfter}. Encoded as URL-safe base64 of {@code sort|v1|v2...}.
 */
final class Cursor {

  private Cursor() {}

  static String encode(SearchRequest.Sort sort, FieldDoc last) {
    StringBuilder sb = new StringBuilder(sort.name());
    for (Object v : last.fields) {
      sb.append('|');
      switch (v) {
        case null -> sb.append('n');
        case Float f -> sb.append('f').append(Integer.toHexString(Float.floatToIntBits(f)));
        case Long l -> sb.append('l').append(l);
        case BytesRef b -> sb.append('b').append(Base64.getUrlEncoder().withoutPadding().encodeToString(BytesRef.deepCopyOf(b).bytes));
        default -> throw new IllegalStateException("cannot encode sort value " + v.getClass());
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The position after which the next page starts; IllegalArgumentException when the cursor is not one of ours. */
  static FieldDoc decode(String cursor, SearchRequest.Sort sort, int expectedFields, int maxDoc) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not a cursor this API issued; start again from page 1");
    }
    String[] parts = text.split("\\|", -1);
    if (!isSortName(parts[0])) throw new IllegalArgumentException("is not a cursor this API issued; start again from page 1");
    if (!parts[0].equals(sort.name())) {
      throw new IllegalArgumentException("was issued for sort=" + parts[0] + "; keep the same sort while paging with a cursor");
    }
    if (parts.length - 1 != expectedFields) throw new IllegalArgumentException("is not a cursor this API issued; start again from page 1");
    List<Object> values = new ArrayList<>();
    float score = Float.NaN;
    try {
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i];
        if (p.isEmpty()) throw new IllegalArgumentException("empty value");
        switch (p.charAt(0)) {
          case 'n' -> values.add(null);
          case 'f' -> {
            score = Float.intBitsToFloat(Integer.parseUnsignedInt(p.substring(1), 16));
            values.add(score);
          }
          case 'l' -> values.add(Long.parseLong(p.substring(1)));
          case 'b' -> values.add(new BytesRef(Base64.getUrlDecoder().decode(p.substring(1))));
          default -> throw new IllegalArgumentException("unknown value");
        }
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not a cursor this API issued; start again from page 1");
    }
    // The id sort value is unique, so only the last hit itself compares equal on every field; a doc of maxDoc - 1
    // makes the collector skip exactly that one.
    return new FieldDoc(Math.max(0, maxDoc - 1), score, values.toArray());
  }

  private static boolean isSortName(String name) {
    for (SearchRequest.Sort s : SearchRequest.Sort.values()) if (s.name().equals(name)) return true;
    return false;
  }
}
