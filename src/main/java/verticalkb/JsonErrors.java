package verticalkb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what was wrong with a JSON or YAML value in the words of the person who wrote it ("expected a list, got
 * text") instead of Jackson's, which name Java types ("Cannot deserialize value of type `java.util.ArrayList`…").
 */
public final class JsonErrors {

  /** The kind of value Jackson found, as its messages name it: "from Array value", "from String value". */
  private static final Pattern FOUND = Pattern.compile("from (\\w+) value");

  private JsonErrors() {}

  /** A sentence for {@code e}; Jackson's own message, without its source excerpt, where it has no type mismatch to explain. */
  public static String describe(JsonProcessingException e) {
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      return "'" + f.getValue() + "' is not " + kind(f.getTargetType());
    }
    String original = e.getOriginalMessage();
    if (e instanceof MismatchedInputException m && m.getTargetType() != null && original.startsWith("Cannot ")) {
      Matcher found = FOUND.matcher(original);
      return "expected " + kind(m.getTargetType()) + (found.find() ? ", got " + found(found.group(1)) : "");
    }
    return original.replaceAll(" at \\[Source.*", "").strip();
  }

  private static String kind(Class<?> type) {
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) return "text";
    if (type == boolean.class || type == Boolean.class) return "true or false";
    if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
        || type == Short.class) {
      return "a whole number";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) return "a number";
    if (type.isArray() || Collection.class.isAssignableFrom(type)) return "a list";
    if (type.isEnum()) {
      return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT)).toList());
    }
    if (Temporal.class.isAssignableFrom(type)) return "a date such as " + TimeInput.FORMS;
    if (Map.class.isAssignableFrom(type)) return "an object ({\"key\": value, …})";
    return "an object ({\"field\": value, …})";
  }

  private static String found(String jacksonKind) {
    return switch (jacksonKind) {
      case "Array" -> "a list";
      case "Object" -> "an object";
      case "String" -> "text";
      case "Integer", "Int", "Float", "Double", "Number", "Long", "BigInteger", "BigDecimal" -> "a number";
      case "Boolean" -> "true or false";
      case "Null", "null" -> "null";
      default -> jacksonKind.toLowerCase(Locale.ROOT);
    };
  }
}
