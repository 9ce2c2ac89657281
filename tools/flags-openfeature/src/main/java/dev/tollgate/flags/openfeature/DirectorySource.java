package dev.tollgate.flags.openfeature;

import dev.tollgate.core.Diagnostic;
import dev.tollgate.core.Severity;
import dev.tollgate.flags.load.FlagLoader;
import dev.tollgate.flags.load.LoadResult;
import dev.tollgate.flags.model.FlagSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A flags directory, re-read when the content of any file in it changes. Changes are detected by a
 * checksum over names and contents rather than a {@code WatchService}: the JDK watcher is not
 * recursive and misses Kubernetes ConfigMap updates (an atomic symlink swap), and the files are
 * small. A change is loaded once the content has stayed the same for one poll, so a file caught
 * half-written (or a rename in progress) is not mistaken for the new state.
 */
final class DirectorySource implements SnapshotSource {
  private final Path dir;
  private long loadedChecksum = -1;
  private long seenChecksum = -1;
  private boolean first = true;

  DirectorySource(Path dir) {
    this.dir = dir;
  }

  @Override
  public Optional<FlagSet> poll() throws SnapshotException {
    long checksum;
    try {
      checksum = checksum();
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty(); // a file vanished mid-walk: look again at the next poll
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
        return Optional.empty();
      }
      throw new SnapshotException(dir + ": cannot read flags directory: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SnapshotException(dir + ": cannot read flags directory: " + e.getMessage(), e);
    }
    boolean settled = checksum == seenChecksum;
    seenChecksum = checksum;
    if (checksum == loadedChecksum || !(settled || first)) {
      return Optional.empty();
    }
    first = false;
    loadedChecksum = checksum;
    LoadResult result =
        FlagLoader.load(dir, dir.toString().endsWith("/") ? dir.toString() : dir + "/");
    List<Diagnostic> errors =
        result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new SnapshotException(
          errors.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    }
    return Optional.of(result.flags());
  }

  private long checksum() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory");
    }
    CRC32 crc = new CRC32();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      crc.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      crc.update(0);
      crc.update(Files.readAllBytes(file));
    }
    return crc.getValue() ^ ((long) files.size() << 32);
  }

  @Override
  public String describe() {
    return dir.toString();
  }
}
