package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlGuardTest {

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "127.0.0.1, a loopback", "::1, a loopback", "10.0.0.7, a private", "172.16.3.4, a private", "192.168.1.1, a private",
      "169.254.169.254, a link-local", "fe80::1, a link-local", "224.0.0.251, a multicast", "0.0.0.0, an unspecified",
      "100.64.0.1, a shared (CGNAT)", "fd12:3456::1, a private (unique local)", "93.184.216.34, -", "2606:4700::1111, -"})
  void classifiesAddresses(String ip, String kind) throws UnknownHostException {
    assertThat(UrlGuard.forbiddenKind(InetAddress.getByName(ip))).isEqualTo(kind);
  }
}
