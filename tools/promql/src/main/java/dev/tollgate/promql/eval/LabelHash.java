package dev.tollgate.promql.eval;

import dev.tollgate.promql.Labels;
import java.nio.charset.StandardCharsets;

/** Prometheus's {@code labels.Hash()}: xxHash64 of name 0xff value 0xff ... (seed 0). */
final class LabelHash {
  private LabelHash() {}

  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;
  // P1 + P2, wrapped to 64 bits as xxHash64 defines it
  private static final long P1_PLUS_P2 = 0x60EA27EEADC0B5D6L;

  static long hash(Labels labels) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < labels.size(); i++) {
      b.writeBytes(labels.nameAt(i).getBytes(StandardCharsets.UTF_8));
      b.write(0xff);
      b.writeBytes(labels.valueAt(i).getBytes(StandardCharsets.UTF_8));
      b.write(0xff);
    }
    return xxhash64(b.toByteArray());
  }

  /** The sample's position in [0, 1] used by limit_ratio. */
  static double ratioOffset(Labels labels) {
    long h = hash(labels);
    double unsigned = (h >>> 1) * 2.0 + (h & 1);
    return unsigned / 0x1p64; // 2^64, the double nearest to 2^64 - 1
  }

  private static long round(long acc, long input) {
    acc += input * P2;
    acc = Long.rotateLeft(acc, 31);
    return acc * P1;
  }

  private static long merge(long acc, long val) {
    acc ^= round(0, val);
    return acc * P1 + P4;
  }

  private static long le64(byte[] b, int i) {
    long v = 0;
    for (int k = 7; k >= 0; k--) {
      v = (v << 8) | (b[i + k] & 0xffL);
    }
    return v;
  }

  private static long le32(byte[] b, int i) {
    long v = 0;
    for (int k = 3; k >= 0; k--) {
      v = (v << 8) | (b[i + k] & 0xffL);
    }
    return v;
  }

  static long xxhash64(byte[] b) {
    int n = b.length;
    int p = 0;
    long h;
    if (n >= 32) {
      long v1 = P1_PLUS_P2;
      long v2 = P2;
      long v3 = 0;
      long v4 = -P1;
      while (p + 32 <= n) {
        v1 = round(v1, le64(b, p));
        v2 = round(v2, le64(b, p + 8));
        v3 = round(v3, le64(b, p + 16));
        v4 = round(v4, le64(b, p + 24));
        p += 32;
      }
      h =
          Long.rotateLeft(v1, 1)
              + Long.rotateLeft(v2, 7)
              + Long.rotateLeft(v3, 12)
              + Long.rotateLeft(v4, 18);
      h = merge(h, v1);
      h = merge(h, v2);
      h = merge(h, v3);
      h = merge(h, v4);
    } else {
      h = P5;
    }
    h += n;
    while (p + 8 <= n) {
      long k1 = round(0, le64(b, p));
      h ^= k1;
      h = Long.rotateLeft(h, 27) * P1 + P4;
      p += 8;
    }
    if (p + 4 <= n) {
      h ^= le32(b, p) * P1;
      h = Long.rotateLeft(h, 23) * P2 + P3;
      p += 4;
    }
    while (p < n) {
      h ^= (b[p] & 0xffL) * P5;
      h = Long.rotateLeft(h, 11) * P1;
      p++;
    }
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return h;
  }
}
