package dev.tollgate.flags.openfeature;

import dev.tollgate.flags.model.FlagSet;
import java.util.Optional;

/** Where flag snapshots come from; polled by the provider's single background thread. */
public interface SnapshotSource {

  /**
   * The flags when they changed since the last call (always on the first call), empty when
   * unchanged.
   *
   * @throws SnapshotException when the new content is unusable; the provider keeps the last good
   *     snapshot
   */
  Optional<FlagSet> poll() throws SnapshotException;

  /** A short description for logs, e.g. the directory or URL. */
  String describe();

  /** Unusable source content, with a positioned, printable message. */
  final class SnapshotException extends Exception {
    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
      super(message);
    }

    public SnapshotException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
