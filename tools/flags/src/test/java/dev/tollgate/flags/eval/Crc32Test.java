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
