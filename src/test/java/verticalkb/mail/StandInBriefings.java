package verticalkb.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The mail tests' profile: briefings come from {@link TestBriefings}, so that each mail's content is known in advance. */
public class StandInBriefings implements QuarkusTestProfile {

  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(TestBriefings.class);
  }
}
