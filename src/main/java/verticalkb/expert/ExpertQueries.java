package verticalkb.expert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import verticalkb.ProblemException;
import verticalkb.places.Areas;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.Vertical;

/** Validates the experts list's query (vertical, topic, place, paging) and answers the matching page. */
@ApplicationScoped
class ExpertQueries {

  /** The page asked for, the experts on it, and the area that {@code near} resolved to (so answers say which place). */
  record Result(List<ExpertView> items, long total, int page, int size, List<Areas.Area> near) {}

  private final ExpertDirectory directory;
  private final ExpertsConfig config;
  private final Areas areas;

  ExpertQueries(ExpertDirectory directory, ExpertsConfig config, Areas areas) {
    this.directory = directory;
    this.config = config;
    this.areas = areas;
  }

  Result query(String verticalId, String topic, String near, Double radiusKm, Integer page, Integer size,
      boolean allOnOnePage) {
    Vertical v = vertical(verticalId);
    String topicId = topic == null || topic.isBlank() ? null : topicId(v, topic);
    List<Areas.Area> area = areas.forRequest(v, near, radiusKm).orElse(null);
    int p = page == null ? 1 : page;
    int s = size == null ? config.defaultPageSize() : size;
    if (p < 1) throw ProblemException.badRequest("page", "pages count from 1; got " + p);
    if (s < 1 || s > config.maxPageSize()) {
      throw ProblemException.badRequest("size", "must be between 1 and " + config.maxPageSize() + "; got " + s);
    }
    List<Expert> all = directory.visible(v.id, topicId, area);
    List<Expert> slice = allOnOnePage ? all
        : all.subList(Math.min(all.size(), (p - 1) * s), Math.min(all.size(), (p - 1) * s + s));
    int shown = allOnOnePage ? Integer.MAX_VALUE : config.evidenceShown();
    List<ExpertView> items = slice.stream().map(e -> directory.view(e, shown, false)).toList();
    return new Result(items, all.size(), p, allOnOnePage ? all.size() : s, area);
  }

  static Vertical vertical(String id) {
    Vertical v = Vertical.findById(id);
    if (v == null || v.retired) {
      throw ProblemException.notFound("vertical", id, "GET /api/verticals lists the verticals there are.");
    }
    return v;
  }

  /** The topic id for an id or a name of the vertical's taxonomy; a 400 listing the topics otherwise. */
  private static String topicId(Vertical v, String topic) {
    List<Topic> topics = v.topics == null ? List.of() : v.topics;
    String t = topic.strip().toLowerCase(Locale.ROOT);
    for (Topic x : topics) {
      if (x.id().equalsIgnoreCase(t) || (x.name() != null && x.name().equalsIgnoreCase(t))) return x.id();
    }
    throw ProblemException.badRequest("topic", "vertical '" + v.id + "' has no topic '" + topic + "'; its topics are "
        + topics.stream().map(Topic::id).toList());
  }
}
