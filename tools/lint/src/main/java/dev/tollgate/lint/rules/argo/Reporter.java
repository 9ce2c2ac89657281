package dev.tollgate.lint.rules.argo;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import dev.tollgate.core.yaml.YNode;
import dev.tollgate.lint.api.Findings;
import dev.tollgate.lint.api.KubeObject;

/** Binds an object to its findings so the Argo checks read as a list of one-liners. */
final class Reporter {
  private final KubeObject object;
  private final Findings findings;

  Reporter(KubeObject object, Findings findings) {
    this.object = object;
    this.findings = findings;
  }

  @FormatMethod
  void report(YNode node, @FormatString String format, Object... args) {
    findings.report(object, node, args.length == 0 ? format : String.format(format, args));
  }
}
