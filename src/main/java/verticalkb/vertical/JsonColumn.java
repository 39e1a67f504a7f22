package verticalkb.vertical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.CatalogueModel.Scope;
import verticalkb.vertical.CatalogueModel.Topic;

/**
 * Stores small value lists of the catalogue as JSON text, which H2 and PostgreSQL both hold in a plain varchar
 * column; they are only ever read whole.
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
  private final TypeReference<T> type;

  JsonColumn(TypeReference<T> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    try {
      return value == null ? null : JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value, e);
    }
  }

  @Override
  public T convertToEntityAttribute(String text) {
    try {
      return text == null ? null : JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + text, e);
    }
  }

  static final class Regions extends JsonColumn<List<Region>> {
    Regions() { super(new TypeReference<>() {}); }
  }

  static final class Topics extends JsonColumn<List<Topic>> {
    Topics() { super(new TypeReference<>() {}); }
  }

  static final class Accounts extends JsonColumn<List<Account>> {
    Accounts() { super(new TypeReference<>() {}); }
  }

  static final class Scopes extends JsonColumn<Scope> {
    Scopes() { super(new TypeReference<>() {}); }
  }
}
