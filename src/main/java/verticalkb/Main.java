package verticalkb;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: on a JVM older than Lucene 10 needs it says which Java to use and exits, where
 * Quarkus alone would exit with status 1 and no message (its configuration classes fail to load before logging).
 * Compiled for Java 17 (see the pom) so that an old JVM can run this check.
 */
@QuarkusMain
public final class Main {

  /** Lucene 10's minimum; the build enforces the same for compiling. */
  static final int REQUIRED_JAVA = 21;

  private Main() {
  }

  public static void main(String... args) {
    String problem = javaVersionProblem(Runtime.version().feature(), System.getProperty("java.home"));
    if (problem != null) {
      System.err.println(problem);
      System.exit(1);
    }
    Quarkus.run(args);
  }

  /** What to tell someone starting the service on Java {@code feature}, or null when that Java will do. */
  static String javaVersionProblem(int feature, String javaHome) {
    if (feature >= REQUIRED_JAVA) return null;
    return "Vertical KB needs Java " + REQUIRED_JAVA + " or newer (Apache Lucene 10 does); this is Java " + feature
        + " at " + javaHome + ". Start it with a newer JDK's java, e.g. $JAVA_HOME/bin/java -jar "
        + "target/quarkus-app/quarkus-run.jar with JAVA_HOME set to a JDK " + REQUIRED_JAVA
        + "+ (on Debian: ls /usr/lib/jvm).";
  }
}
