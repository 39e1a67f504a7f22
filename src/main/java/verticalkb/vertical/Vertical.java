package verticalkb.vertical;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.CatalogueModel.Topic;

/** A vertical market as last loaded from its catalogue file. */
@Entity
@Table(name = "vertical")
public class Vertical extends PanacheEntityBase {

  @Id
  public String id;

  public String name;

  public String description;

  @Convert(converter = JsonColumn.Regions.class)
  public List<Region> regions;

  @Convert(converter = JsonColumn.Topics.class)
  public List<Topic> topics;

  @Convert(converter = JsonColumn.Accounts.class)
  public List<Account> accounts;

  /** The catalogue file, relative to the working directory where possible. */
  public String file;

  /** Why the file did not load on the last reload; the vertical keeps its last good definition meanwhile. */
  @Column(name = "load_error")
  public String loadError;

  /** Set when the vertical's file disappeared: the vertical is hidden but nothing of it is deleted. */
  public boolean retired;

  /** When the file's current definition reached the database; a reload of an unchanged file leaves it as it is. */
  @Column(name = "loaded_at")
  public Instant loadedAt;
}
