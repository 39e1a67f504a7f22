package verticalkb.vertical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.CatalogueModel.Topic;

/** A vertical as the API shows it, with its source counts and what the index holds for it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerticalView(
    String id,
    String name,
    String description,
    List<Region> regions,
    List<Topic> topics,
    List<Account> accounts,
    String file,
    String loadError,
    Instant loadedAt,
    long sourceCount,
    Map<String, Long> sourcesByKind,
    IndexStatistics.Counts index) {}
