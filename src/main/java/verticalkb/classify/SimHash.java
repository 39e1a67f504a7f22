package verticalkb.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Text fingerprints: the normalised form of a text, its SHA-256 content hash, and Charikar's 64-bit SimHash over
 * word 3-shingles, so that syndicated copies with different boilerplate lie within a few bits of each other.
 * Stateless and thread-safe; linear in the text length.
 */
public final class SimHash {

  /** Words per shingle: three keeps word order without making every edit ripple through many features. */
  static final int SHINGLE_WORDS = 3;
  private static final int BITS = 64;
  /** Bit 0 of every byte of a long: one byte-lane counter step. */
  private static final long LOW_BIT_OF_EACH_BYTE = 0x0101010101010101L;
  /** Shingles a byte lane can count before it would overflow. */
  private static final int LANE_MAX = 0xFF;
  /** Bits per band of the look-up index (see the fingerprint table): 4 bands of 16 bits. */
  static final int BAND_BITS = 16;
  /** Bands of a SimHash: 64 bits in {@value #BAND_BITS}-bit bands. */
  static final int BANDS = Long.SIZE / BAND_BITS;

  private SimHash() {}

  /** Lower case, accents removed, punctuation dropped, white space collapsed: what two copies of a story share. */
  public static String normalise(String text) {
    if (text == null) return "";
    String n = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = true;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') sb.setLength(len - 1);
    return sb.toString();
  }

  /** SHA-256 of the normalised text, hex; null for a text without words. */
  public static String contentHash(String text) {
    return contentHashOfNormalised(normalise(text));
  }

  /** {@link #contentHash} of a text already passed through {@link #normalise} (normalising twice is the cost). */
  public static String contentHashOfNormalised(String n) {
    if (n.isEmpty()) return null;
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(n.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static List<String> words(String normalised) {
    List<String> out = new ArrayList<>();
    if (normalised.isEmpty()) return out;
    for (String w : normalised.split(" ")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** The 64-bit SimHash of the text's word shingles; 0 for a text without words. */
  public static long of(String text) {
    return ofWords(words(normalise(text)));
  }

  /** {@link #of} from the {@link #words} of a normalised text. */
  static long ofWords(List<String> words) {
    if (words.isEmpty()) return 0;
    // Per bit, how many shingle hashes have it set; a bit of the SimHash is set when more than half do. The counts
    // are kept in byte lanes: lanes[k] holds, in its byte j, the count of bit 8j+k, so a shingle costs 8 shifted
    // adds instead of 64 (the per-bit loop was 13 % of the crawl's samples). A byte holds 255: flush before that.
    int[] ones = new int[BITS];
    long[] lanes = new long[Byte.SIZE];
    int pending = 0;
    int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE_WORDS); j++) {
        String w = words.get(j);
        for (int k = 0; k < w.length(); k++) {
          h ^= w.charAt(k);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      h = mix(h);
      for (int k = 0; k < Byte.SIZE; k++) lanes[k] += (h >>> k) & LOW_BIT_OF_EACH_BYTE;
      if (++pending == LANE_MAX) {
        flush(lanes, ones);
        pending = 0;
      }
    }
    flush(lanes, ones);
    long out = 0;
    for (int b = 0; b < BITS; b++) if (2 * ones[b] > shingles) out |= 1L << b;
    return out;
  }

  /** Adds the byte-lane counts to the per-bit counts and clears the lanes. */
  private static void flush(long[] lanes, int[] ones) {
    for (int k = 0; k < Byte.SIZE; k++) {
      for (int j = 0; j < Byte.SIZE; j++) ones[j * Byte.SIZE + k] += (int) ((lanes[k] >>> (j * Byte.SIZE)) & 0xFF);
      lanes[k] = 0;
    }
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits over all 64. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** Band {@code i} (0..3) of a SimHash, as an int. */
  static int band(long simhash, int i) {
    return (int) ((simhash >>> (i * BAND_BITS)) & 0xFFFF);
  }
}
