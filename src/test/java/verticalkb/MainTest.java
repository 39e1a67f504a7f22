package verticalkb;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void javaOlderThanLuceneNeedsIsRefusedWithWhatToRunInstead() {
    String problem = Main.javaVersionProblem(17, "/usr/lib/jvm/java-17-openjdk-amd64");
    assertTrue(problem.contains("needs Java 21 or newer"), problem);
    assertTrue(problem.contains("this is Java 17 at /usr/lib/jvm/java-17-openjdk-amd64"), problem);
    assertTrue(problem.contains("JAVA_HOME"), problem);
  }

  @Test
  void java21AndNewerStart() {
    assertNull(Main.javaVersionProblem(21, "/jdk21"));
    assertNull(Main.javaVersionProblem(25, "/jdk25"));
  }
}
