package verticalkb.vertical;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import verticalkb.vertical.CatalogueModel.Scope;

/** A place the crawler reads for a vertical: a feed, sitemap, site, event calendar or people directory. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

  /** Sources written in {@code crawlers/*.yaml}; a reload rewrites them from the file. */
  public static final String ORIGIN_FILE = "file";
  /** Sources added through the API; a reload leaves them alone. */
  public static final String ORIGIN_API = "api";

  @Id
  public String id;

  @Column(name = "vertical_id")
  public String verticalId;

  @Convert(converter = KindColumn.class)
  public SourceKind kind;

  public String name;

  public String url;

  /** Re-crawl interval as written ({@code 1h}, {@code PT6H}); see {@link Schedules}. */
  public String schedule;

  /** 0..1: how much the vertical's readers trust this source; a ranking signal. */
  public double authority;

  @Convert(converter = JsonColumn.Scopes.class)
  public Scope scope;

  public String origin;

  public boolean enabled;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static List<Source> ofVertical(String verticalId) {
    return list("verticalId = ?1 order by id", verticalId);
  }

  public Duration scheduleInterval() {
    Duration d = Schedules.parse(schedule);
    return d == null ? kind.defaultSchedule() : d;
  }

  /** Stores the kind by its wire name, as the API and the files spell it. */
  @Converter
  static final class KindColumn implements jakarta.persistence.AttributeConverter<SourceKind, String> {
    @Override
    public String convertToDatabaseColumn(SourceKind kind) {
      return kind == null ? null : kind.wireName();
    }

    @Override
    public SourceKind convertToEntityAttribute(String name) {
      return SourceKind.parse(name);
    }
  }
}
