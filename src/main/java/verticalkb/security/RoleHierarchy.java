package verticalkb.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives an admin the editor and viewer roles too, and an editor the viewer role, so checks name one role. */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) return Uni.createFrom().item(identity);
    Role highest = null;
    for (String r : identity.getRoles()) {
      Role role = Role.parse(r);
      if (role != null && (highest == null || role.ordinal() > highest.ordinal())) highest = role;
    }
    if (highest == null) return Uni.createFrom().item(identity);
    QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identity);
    for (Role r : Role.values()) if (r.ordinal() <= highest.ordinal()) b.addRole(r.wireName());
    return Uni.createFrom().item(b.build());
  }
}
