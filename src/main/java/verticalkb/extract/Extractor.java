package verticalkb.extract;

import java.net.URI;

/**
 * Makes sense of one fetched response. Implementations are pure: bytes, URL and content type in, an
 * {@link Extraction} out; they never fetch, never throw on bad input (they record a problem instead) and bound
 * their work on hostile input.
 */
public interface Extractor {

  Extraction extract(URI url, String contentType, byte[] body);
}
