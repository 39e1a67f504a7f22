package verticalkb.expert;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ranking score of an expert: a weighted mean of evidence, variety, recency, authority and topic fit (0..1). */
final class ExpertScore {

  /** The roles a mention can have; variety counts how many of them a person shows. */
  static final List<String> ROLES = List.of("author", "speaker", "quoted", "listed");
  private static final double SCORE_DECIMALS = 1000.0;

  private ExpertScore() {}

  static double of(List<Mention> mentions, ExpertsConfig config, Instant now) {
    if (mentions.isEmpty()) return 0;
    ExpertsConfig.Weights w = config.weights();
    double evidence = 1 - Math.exp(-mentions.size() / config.evidenceSaturation());
    Set<String> roles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    Instant latest = Instant.EPOCH;
    double authority = 0;
    int onTopic = 0;
    for (Mention m : mentions) {
      roles.add(m.role);
      sources.add(m.sourceId == null ? String.valueOf(m.url) : m.sourceId);
      if (m.date != null && m.date.isAfter(latest)) latest = m.date;
      authority += m.authority;
      if (m.topics != null && !m.topics.isBlank()) onTopic++;
    }
    double variety = (Math.min(1.0, roles.size() / (double) ROLES.size())
        + Math.min(1.0, sources.size() / (double) config.varietySources())) / 2;
    double recency = recency(latest, now, config.recencyHalfLife());
    double fit = onTopic / (double) mentions.size();
    double total = w.evidence() + w.variety() + w.recency() + w.authority() + w.topicFit();
    if (total <= 0) return 0;
    double score = (w.evidence() * evidence + w.variety() * variety + w.recency() * recency
        + w.authority() * (authority / mentions.size()) + w.topicFit() * fit) / total;
    return Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS;
  }

  /** 1 for now, halving every half-life into the past (future dates, such as upcoming talks, count as now). */
  static double recency(Instant when, Instant now, Duration halfLife) {
    if (when == null) return 0;
    double ageDays = Math.max(0, Duration.between(when, now).toHours() / 24.0);
    double halfDays = Math.max(1, halfLife.toHours() / 24.0);
    return Math.pow(0.5, ageDays / halfDays);
  }
}
