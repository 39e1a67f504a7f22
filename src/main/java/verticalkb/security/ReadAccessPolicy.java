package verticalkb.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may read: anyone when {@code kb.security.open-reads} is true, otherwise users with the viewer role (which
 * editors and admins have too). Wired to GET and HEAD of the API in application.properties as policy
 * {@value #NAME}.
 */
@ApplicationScoped
public class ReadAccessPolicy implements HttpSecurityPolicy {

  static final String NAME = "kb-reads";
  private final SecurityConfig config;

  ReadAccessPolicy(SecurityConfig config) {
    this.config = config;
  }

  @Override
  public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
      AuthorizationRequestContext context) {
    // Resolving the identity even when reads are open makes wrong credentials a 401 instead of being ignored.
    return identity.map(id -> config.openReads() || id.hasRole(Role.VIEWER.wireName()) ? CheckResult.PERMIT : CheckResult.DENY);
  }

  @Override
  public String name() {
    return NAME;
  }
}
