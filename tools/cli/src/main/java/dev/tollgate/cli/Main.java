package dev.tollgate.cli;

/** Entry point of the runnable jar; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TollgateCommand.execute(args));
  }
}
