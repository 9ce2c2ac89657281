package dev.tollgate.flags.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32Test {

  private static long reference(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  @Test
  void matchesJavaUtilZipOnRandomUnicodeStrings() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        int kind = random.nextInt(4);
        int cp =
            switch (kind) {
              case 0 -> 32 + random.nextInt(95);
              case 1 -> 0x80 + random.nextInt(0x780);
              case 2 -> 0x800 + random.nextInt(0xD000);
              default -> 0x10000 + random.nextInt(0xFFFFF);
            };
        sb.appendCodePoint(cp);
      }
      String a = sb.toString();
      String b = Integer.toString(random.nextInt());
      assertThat(Crc32.of(a, b)).as(a).isEqualTo(reference(a + b));
    }
  }

  @Test
  void matchesJavaUtilZipWithLoneSurrogatesAndPrefixStates() {
    // random UTF-16 units, so unpaired and reversed surrogates occur; getBytes(UTF_8) turns each
    // lone surrogate into '?', and the evaluator has always hashed that same byte sequence
    Random random = new Random(4);
    for (int i = 0; i < 20_000; i++) {
      String prefix = randomUnits(random, random.nextInt(12));
      String text = randomUnits(random, random.nextInt(40));
      assertThat(Crc32.of(prefix, text))
          .as("%s|%s", prefix, text)
          .isEqualTo(reference(prefix + text));
      if (!splitsAPair(prefix, text)) {
        int state = Crc32.update(Crc32.start(), prefix);
        assertThat(Crc32.finish(Crc32.update(state, text))).isEqualTo(reference(prefix + text));
      }
    }
  }

  @Test
  void aSurrogatePairSplitAcrossTheTwoPartsIsOneCodePoint() {
    String a = "x\uD83D";
    String b = "\uDE00y";
    assertThat(splitsAPair(a, b)).isTrue();
    assertThat(Crc32.of(a, b)).isEqualTo(reference(a + b)).isEqualTo(reference("x\uD83D\uDE00y"));
    // streaming state cannot carry half a pair: both halves count as lone there
    int state = Crc32.update(Crc32.start(), a);
    assertThat(Crc32.finish(Crc32.update(state, b))).isEqualTo(reference("x??y"));
  }

  private static boolean splitsAPair(String a, String b) {
    return !a.isEmpty()
        && !b.isEmpty()
        && Character.isHighSurrogate(a.charAt(a.length() - 1))
        && Character.isLowSurrogate(b.charAt(0));
  }

  private static String randomUnits(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < length; j++) {
      sb.append(
          switch (random.nextInt(5)) {
            case 0, 1 -> (char) (32 + random.nextInt(95));
            case 2 -> (char) (0xD800 + random.nextInt(0x800));
            case 3 -> (char) (0x80 + random.nextInt(0x780));
            default -> (char) random.nextInt(0x10000);
          });
    }
    return sb.toString();
  }

  @Test
  void loneSurrogatesHashLikeGetBytes() {
    String text = "x\uD800y\uDC00";
    assertThat(Crc32.of(text, "")).isEqualTo(reference(text));
  }

  @Test
  void flipperPercentageVectorsFromItsSpec() {
    // Flipper's documented example: feature "search" at 25% turns User;6 on and User;1 off
    assertThat(Crc32.of("search", "User;6") % 100_000).isEqualTo(8323);
    assertThat(Crc32.of("search", "User;1") % 100_000).isEqualTo(97600);
  }
}
