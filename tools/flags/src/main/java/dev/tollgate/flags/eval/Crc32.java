package dev.tollgate.flags.eval;

/**
 * CRC-32 (IEEE 802.3, the polynomial of Go's {@code crc32.ChecksumIEEE}, Java's {@code
 * java.util.zip.CRC32} and Ruby's {@code Zlib.crc32}) computed straight over the UTF-8 encoding of
 * Java strings. {@code java.util.zip.CRC32} needs a byte array, which would cost an allocation per
 * evaluation; tests check every result against it.
 */
public final class Crc32 {
  private static final int[] TABLE = new int[256];
  // slicing-by-4 tables: four independent lookups per 4 ASCII chars instead of a chain of four
  private static final int[] T1 = new int[256];
  private static final int[] T2 = new int[256];
  private static final int[] T3 = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      TABLE[n] = c;
    }
    for (int n = 0; n < 256; n++) {
      T1[n] = (TABLE[n] >>> 8) ^ TABLE[TABLE[n] & 0xFF];
      T2[n] = (T1[n] >>> 8) ^ TABLE[T1[n] & 0xFF];
      T3[n] = (T2[n] >>> 8) ^ TABLE[T2[n] & 0xFF];
    }
  }

  private Crc32() {}

  /** The initial running state. */
  public static int start() {
    return 0xFFFFFFFF;
  }

  /** The checksum value for a running state, as Go's unsigned 32-bit result. */
  public static long finish(int state) {
    return ~state & 0xFFFFFFFFL;
  }

  /**
   * Feeds the UTF-8 bytes of {@code text} (lone surrogates as {@code '?'}, like getBytes). A high
   * surrogate at the end of {@code text} counts as lone even if the next chunk starts with its low
   * half, so split a string only where no pair is cut (Flipt flag keys are ASCII by schema).
   */
  public static int update(int state, String text) {
    // kept small so the JIT inlines it: ASCII runs of four, an ASCII tail, else the general loop.
    int c = state;
    int n = text.length();
    int i = 0;
    while (i + 4 <= n) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      char d = text.charAt(i + 2);
      char e = text.charAt(i + 3);
      if ((a | b | d | e) >= 0x80) {
        return updateFrom(c, text, i);
      }
      c ^= a | (b << 8) | (d << 16) | (e << 24);
      c = T3[c & 0xFF] ^ T2[(c >>> 8) & 0xFF] ^ T1[(c >>> 16) & 0xFF] ^ TABLE[c >>> 24];
      i += 4;
    }
    // the last 1-3 ASCII chars in one step: independent look-ups, as in the loop
    switch (n - i) {
      case 0 -> {
        return c;
      }
      case 1 -> {
        char a = text.charAt(i);
        return a >= 0x80 ? updateFrom(c, text, i) : TABLE[(c ^ a) & 0xFF] ^ (c >>> 8);
      }
      case 2 -> {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if ((a | b) >= 0x80) {
          return updateFrom(c, text, i);
        }
        c ^= a | (b << 8);
        return T1[c & 0xFF] ^ TABLE[(c >>> 8) & 0xFF] ^ (c >>> 16);
      }
      default -> {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        char d = text.charAt(i + 2);
        if ((a | b | d) >= 0x80) {
          return updateFrom(c, text, i);
        }
        c ^= a | (b << 8) | (d << 16);
        return T2[c & 0xFF] ^ T1[(c >>> 8) & 0xFF] ^ TABLE[(c >>> 16) & 0xFF] ^ (c >>> 24);
      }
    }
  }

  /** Character by character from index {@code from}, encoding UTF-8 on the fly. */
  private static int updateFrom(int state, String text, int from) {
    int c = state;
    int n = text.length();
    for (int i = from; i < n; i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        c = TABLE[(c ^ ch) & 0xFF] ^ (c >>> 8);
      } else if (ch < 0x800) {
        c = step(c, 0xC0 | (ch >> 6));
        c = step(c, 0x80 | (ch & 0x3F));
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(ch, text.charAt(++i));
        c = step(c, 0xF0 | (cp >> 18));
        c = step(c, 0x80 | ((cp >> 12) & 0x3F));
        c = step(c, 0x80 | ((cp >> 6) & 0x3F));
        c = step(c, 0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(ch)) {
        c = step(c, '?');
      } else {
        c = step(c, 0xE0 | (ch >> 12));
        c = step(c, 0x80 | ((ch >> 6) & 0x3F));
        c = step(c, 0x80 | (ch & 0x3F));
      }
    }
    return c;
  }

  /** CRC-32 of the UTF-8 bytes of {@code a + b}, including a surrogate pair split between them. */
  public static long of(String a, String b) {
    if (!a.isEmpty()
        && !b.isEmpty()
        && Character.isHighSurrogate(a.charAt(a.length() - 1))
        && Character.isLowSurrogate(b.charAt(0))) {
      return finish(update(start(), a + b));
    }
    return finish(update(update(start(), a), b));
  }

  private static int step(int c, int b) {
    return TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
  }
}
