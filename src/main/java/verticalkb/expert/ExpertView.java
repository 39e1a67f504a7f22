package verticalkb.expert;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** An expert as the API shows it, with the top pieces of evidence that say why they are in the directory. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertView(String id, String vertical, String name, String jobTitle, String affiliation, String location,
    Place place, String profileUrl, List<String> topics, double score, int evidenceCount, Instant lastSeen,
    List<Evidence> evidence, Boolean hidden) {

  /** One piece of evidence: the document, its address, the role the person plays there and when. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Evidence(String documentId, String url, String role, Instant date, String title, String source) {}

  /** Where the expert is, as resolved from their evidence (or set by an editor). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Place(String name, String region, String country, Double lat, Double lon) {}
}
