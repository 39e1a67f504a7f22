package verticalkb.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import verticalkb.ListPage;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemException;

/** Users and their roles (admin only), and changing one's own password. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  static final int MIN_PASSWORD_LENGTH = 10;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** A user as the API shows it; never the password hash. */
  public record UserView(String username, String role, Instant createdAt) {
    static UserView of(User u) {
      return new UserView(u.username, u.role, u.createdAt);
    }
  }

  /** The body of POST and PUT; on PUT absent fields stay as they are. */
  public record UserRequest(String username, String password, String role) {}

  private final SecurityIdentity identity;

  UserResource(SecurityIdentity identity) {
    this.identity = identity;
  }

  @GET
  @RolesAllowed("admin")
  @Operation(summary = "The users and their roles")
  public ListPage<UserView> list() {
    return ListPage.of(User.<User>list("order by username").stream().map(UserView::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Transactional
  @Operation(summary = "Add a user: username, password (10+ characters), role (viewer|editor|admin)")
  public Response create(UserRequest request, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null || request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      errors.add(new FieldError("username", "is required: letters, digits and . _ @ - (at most 100)"));
    }
    checkPassword(request == null ? null : request.password(), true, errors);
    Role role = request == null ? null : Role.parse(request.role());
    if (role == null) errors.add(new FieldError("role", "is required: viewer, editor or admin"));
    if (!errors.isEmpty()) throw ProblemException.badRequest(summary(errors), errors);
    if (User.byName(request.username()) != null) {
      throw new ProblemException(409, "Conflict", "User '" + request.username() + "' exists already: PUT /api/users/" + request.username() + " changes it.");
    }
    User u = User.create(request.username(), request.password(), role);
    return Response.created(uri.getAbsolutePathBuilder().path(u.username).build()).entity(UserView.of(u)).build();
  }

  @PUT
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("viewer")
  @Transactional
  @Operation(summary = "Change a password (anyone, their own) or a role (admin)")
  public UserView update(@RestPath String username, UserRequest request) {
    boolean admin = identity.hasRole(Role.ADMIN.wireName());
    boolean self = identity.getPrincipal().getName().equals(username);
    if (!admin && !self) throw new io.quarkus.security.ForbiddenException();
    User u = find(username);
    List<FieldError> errors = new ArrayList<>();
    if (request == null) throw ProblemException.badRequest("body", "is required: {\"password\": ...} or {\"role\": ...}");
    checkPassword(request.password(), false, errors);
    Role role = request.role() == null ? null : Role.parse(request.role());
    if (request.role() != null && role == null) errors.add(new FieldError("role", "must be viewer, editor or admin"));
    if (role != null && !admin) errors.add(new FieldError("role", "only an admin can change roles"));
    if (!errors.isEmpty()) throw ProblemException.badRequest(summary(errors), errors);
    if (role != null && role != Role.ADMIN && Role.ADMIN.wireName().equals(u.role) && admins() == 1) {
      throw new ProblemException(409, "Conflict", "'" + username + "' is the last admin; make another user admin first.");
    }
    if (request.password() != null) u.password = BcryptUtil.bcryptHash(request.password(), User.BCRYPT_COST);
    if (role != null) u.role = role.wireName();
    return UserView.of(u);
  }

  @DELETE
  @Path("/{username}")
  @RolesAllowed("admin")
  @Transactional
  @Operation(summary = "Remove a user (not the last admin)")
  public void delete(@RestPath String username) {
    User u = find(username);
    if (Role.ADMIN.wireName().equals(u.role) && admins() == 1) {
      throw new ProblemException(409, "Conflict", "'" + username + "' is the last admin; make another user admin first.");
    }
    u.delete();
  }

  private static long admins() {
    return User.count("role", Role.ADMIN.wireName());
  }

  private static User find(String username) {
    User u = User.byName(username);
    if (u == null) throw ProblemException.notFound("user", username, "GET /api/users lists the users.");
    return u;
  }

  private static void checkPassword(String password, boolean required, List<FieldError> errors) {
    if (password == null) {
      if (required) errors.add(new FieldError("password", "is required: at least " + MIN_PASSWORD_LENGTH + " characters"));
    } else if (password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(new FieldError("password", "is too short: use at least " + MIN_PASSWORD_LENGTH + " characters"));
    }
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
  }
}
