package dev.tollgate.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = TollgateCommand.class.getPackage().getImplementationVersion();
    return new String[] {"tollgate " + (version == null ? "development build" : version)};
  }
}
