package verticalkb.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunCommandTest {

  private static final Pattern README_RUN = Pattern.compile("java((?:\\s+-\\S+)*)\\s+-jar\\s+target/quarkus-app/quarkus-run\\.jar");
  private static final Pattern DOCKER_OPTS = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"");

  private static List<String> flags(Pattern pattern, Path file) throws IOException {
    Matcher m = pattern.matcher(Files.readString(file));
    assertThat(m.find()).as("%s has a run command", file).isTrue();
    return List.of(m.group(1).trim().split("\\s+"));
  }

  @Test
  void theDockerImageStartsWithTheReadmeRunFlags() throws IOException {
    List<String> readme = flags(README_RUN, Path.of("README.md"));
    assertThat(readme).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(flags(DOCKER_OPTS, Path.of("docker/Dockerfile"))).containsAll(readme);
  }
}
