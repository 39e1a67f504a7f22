package verticalkb.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunCommandTest {

  private static final Pattern README_RUN = Pattern.compile("java((?:\\s+-\\S+)*)\\s+-jar\\s+target/quarkus-app/quarkus-run\\.jar");
  private static final Pattern DOCKER_OPTS = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"");
  private static final Pattern ARCHIVE_FLAG = Pattern.compile("-XX:SharedArchiveFile=(\\S+)");
  private static final Pattern POM_ARCHIVE = Pattern.compile("<startup-archive\\.file>([^<]+)</startup-archive\\.file>");
  private static final Pattern POM_TRAINING_FLAG = Pattern.compile("<argument>(-XX:[^<]+)</argument>");

  private static List<String> flags(Pattern pattern, Path file) throws IOException {
    Matcher m = pattern.matcher(Files.readString(file));
    assertThat(m.find()).as("%s has a run command", file).isTrue();
    return List.of(m.group(1).trim().split("\\s+"));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    for (Matcher m = pattern.matcher(text); m.find(); ) found.add(m.group(1));
    return found;
  }

  @Test
  void theDockerImageStartsWithTheReadmeRunFlags() throws IOException {
    List<String> readme = flags(README_RUN, Path.of("README.md"));
    assertThat(readme).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(flags(DOCKER_OPTS, Path.of("docker/Dockerfile"))).containsAll(readme);
  }

  @Test
  void theReadmeRunCommandLoadsTheArchiveThatPackageWrites() throws IOException {
    List<String> readme = flags(README_RUN, Path.of("README.md"));
    String pom = Files.readString(Path.of("pom.xml"));
    List<String> archive = all(ARCHIVE_FLAG, String.join(" ", readme));
    assertThat(archive).as("the README's run command loads one start-up archive").hasSize(1);
    assertThat(all(POM_ARCHIVE, pom)).containsExactly(archive.get(0));
  }

  @Test
  void theArchiveIsTrainedWithTheReadmeRunFlags() throws IOException {
    List<String> readme = flags(README_RUN, Path.of("README.md"));
    List<String> training = all(POM_TRAINING_FLAG, Files.readString(Path.of("pom.xml")));
    // an archive made with other flags (another collector, say) is refused by the JVM at every start
    assertThat(training).containsExactlyElementsOf(readme.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile=")).toList());
  }
}
