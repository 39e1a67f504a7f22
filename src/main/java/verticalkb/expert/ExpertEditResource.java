package verticalkb.expert;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import verticalkb.ListPage;
import verticalkb.ProblemException;
import verticalkb.places.Areas;
import verticalkb.places.PlaceLookup;
import verticalkb.places.PlaceLookup.ResolvedPlace;

/**
 * One expert, and the editors' corrections of the directory: merge two records, split one, hide, unhide, edit
 * fields, undo. Corrections are stored apart from the records and re-applied on every rebuild, so they survive
 * recrawls and reindexing.
 */
@Path("/api/experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertEditResource {

  /** {@code PATCH} body: the fields to set (absent fields stay as they are; a blank value clears the field). */
  public record Edit(String name, String jobTitle, String affiliation, String location) {}

  /** {@code merge} body: the record to fold into this one. */
  public record Merge(String other) {}

  /** {@code split} body: the documents whose evidence moves to a new record. */
  public record Split(List<String> documentIds) {}

  /** A correction as the API shows it. */
  public record CorrectionView(String id, String kind, String expertId, String otherId, String payload,
      String createdBy, Instant createdAt, boolean undone) {
    static CorrectionView of(Correction c) {
      return new CorrectionView(String.valueOf(c.id), c.kind, c.expertId, c.otherId, c.payload, c.createdBy,
          c.createdAt, c.undone);
    }
  }

  private final ExpertDirectory directory;
  private final PlaceLookup places;
  private final Areas areas;
  private final SecurityIdentity identity;

  ExpertEditResource(ExpertDirectory directory, PlaceLookup places, Areas areas, SecurityIdentity identity) {
    this.directory = directory;
    this.places = places;
    this.areas = areas;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One expert with all of their evidence (hidden ones too, flagged)")
  public ExpertView get(@RestPath String id) {
    // A correction just rebuilt the record in its own transaction: read it afresh, not from this request's cache.
    Expert.getEntityManager().clear();
    return directory.view(find(id), Integer.MAX_VALUE, true);
  }

  @GET
  @Path("/{id}/corrections")
  @Operation(summary = "The corrections made to this expert, oldest first, undone ones flagged")
  public ListPage<CorrectionView> corrections(@RestPath String id) {
    Expert e = find(id);
    List<Correction> cs = Correction.list("verticalId = ?1 and (expertId = ?2 or otherId = ?2) order by id", e.verticalId, id);
    return ListPage.of(cs.stream().map(CorrectionView::of).toList());
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Set name, jobTitle, affiliation or location (resolved to a place; 400 when it cannot be)")
  public ExpertView edit(@RestPath String id, Edit edit) {
    Expert e = find(id);
    if (edit == null || edit.name() == null && edit.jobTitle() == null && edit.affiliation() == null && edit.location() == null) {
      throw ProblemException.badRequest("body", "send at least one of " + ExpertDirectory.EDITABLE + " to set");
    }
    if (edit.name() != null && edit.name().isBlank()) throw ProblemException.badRequest("name", "an expert needs a name");
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "name", edit.name());
    put(fields, "jobTitle", edit.jobTitle());
    put(fields, "affiliation", edit.affiliation());
    if (edit.location() != null) {
      if (edit.location().isBlank()) {
        fields.put("location", null);
      } else {
        var v = ExpertQueries.vertical(e.verticalId);
        ResolvedPlace p = places.resolve(edit.location(), areas.countryHints(v)).orElseThrow(() ->
            ProblemException.badRequest("location", "cannot resolve the place '" + edit.location()
                + "'; write a city with its country or region ('Cork, Ireland', 'Chicago, IL') or 'lat,lon'"));
        fields.put("location", p.name());
        fields.put("region", p.region());
        fields.put("country", p.country());
        fields.put("lat", String.valueOf(p.lat()));
        fields.put("lon", String.valueOf(p.lon()));
      }
    }
    directory.correct(e.verticalId, Correction.EDIT, id, null, fields, user());
    return get(id);
  }

  @POST
  @Path("/{id}/hide")
  @RolesAllowed("editor")
  @Operation(summary = "Hide the expert from the directory and the index (kept, and undoable)")
  public ExpertView hide(@RestPath String id) {
    return simple(id, Correction.HIDE);
  }

  @POST
  @Path("/{id}/unhide")
  @RolesAllowed("editor")
  @Operation(summary = "Show a hidden expert again")
  public ExpertView unhide(@RestPath String id) {
    return simple(id, Correction.UNHIDE);
  }

  /** A correction that takes nothing but the expert (hide, unhide). */
  private ExpertView simple(String id, String kind) {
    Expert e = find(id);
    directory.correct(e.verticalId, kind, id, null, null, user());
    return get(id);
  }

  @POST
  @Path("/{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Fold another record of the same vertical ({\"other\": id}) into this one")
  public ExpertView merge(@RestPath String id, Merge merge) {
    Expert e = find(id);
    if (merge == null || merge.other() == null || merge.other().isBlank()) {
      throw ProblemException.badRequest("other", "name the expert to merge into this one");
    }
    Expert other = find(merge.other());
    if (other.id.equals(e.id)) throw ProblemException.badRequest("other", "an expert cannot be merged with itself");
    if (!other.verticalId.equals(e.verticalId)) {
      throw ProblemException.badRequest("other", merge.other() + " belongs to vertical '" + other.verticalId
          + "', not '" + e.verticalId + "'; only records of one vertical merge");
    }
    directory.correct(e.verticalId, Correction.MERGE, id, other.id, null, user());
    return get(id);
  }

  @POST
  @Path("/{id}/split")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Move the evidence of the given documents to a new record; answers 201 with it")
  public Response split(@RestPath String id, Split split) {
    Expert e = find(id);
    if (split == null || split.documentIds() == null || split.documentIds().isEmpty()) {
      throw ProblemException.badRequest("documentIds", "list the documents whose evidence belongs to another person");
    }
    List<String> own = Mention.<Mention>list("expertId", id).stream().map(m -> m.documentId).distinct().toList();
    List<String> unknown = split.documentIds().stream().filter(d -> !own.contains(d)).toList();
    if (!unknown.isEmpty()) {
      throw ProblemException.badRequest("documentIds", "not evidence of " + id + ": " + unknown + "; its documents are " + own);
    }
    if (own.stream().allMatch(split.documentIds()::contains)) {
      throw ProblemException.badRequest("documentIds", "that is all of the evidence; leave at least one document");
    }
    long n = Correction.count("verticalId = ?1 and kind = ?2 and expertId = ?3", e.verticalId, Correction.SPLIT, id);
    String newId = id + "-" + (n + 1);
    directory.correct(e.verticalId, Correction.SPLIT, id, newId, split.documentIds(), user());
    return Response.status(Response.Status.CREATED).entity(get(newId)).build();
  }

  @POST
  @Path("/{id}/undo")
  @RolesAllowed("editor")
  @Operation(summary = "Undo the latest correction that involves this expert")
  public ListPage<CorrectionView> undo(@RestPath String id) {
    Correction last = Correction.<Correction>find("(expertId = ?1 or otherId = ?1) and undone = false order by id desc", id)
        .firstResult();
    if (last == null) throw ProblemException.badRequest("id", "no correction of " + id + " to undo");
    directory.undo(last);
    CorrectionView v = CorrectionView.of(last);
    return ListPage.of(List.of(new CorrectionView(v.id(), v.kind(), v.expertId(), v.otherId(), v.payload(),
        v.createdBy(), v.createdAt(), true)));
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null) fields.put(key, value.isBlank() ? null : value.strip());
  }

  private String user() {
    return identity.isAnonymous() ? null : identity.getPrincipal().getName();
  }

  private static Expert find(String id) {
    Expert e = Expert.findById(id);
    if (e == null) {
      throw ProblemException.notFound("expert", id, "GET /api/verticals/{id}/experts lists a vertical's experts.");
    }
    return e;
  }
}
