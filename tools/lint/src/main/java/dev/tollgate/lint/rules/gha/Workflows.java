package dev.tollgate.lint.rules.gha;

import dev.tollgate.core.yaml.YNode;
import dev.tollgate.core.yaml.YNode.YMap;
import dev.tollgate.lint.api.SourceFile;
import dev.tollgate.lint.api.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow files: documents under {@code .github/workflows/}, or anywhere when they
 * look like one (a top-level {@code on} and a {@code jobs} mapping), so fixtures need no special
 * folder.
 */
final class Workflows {
  private Workflows() {}

  /** One workflow document and the file it is in. */
  record Workflow(SourceFile file, YMap root) {
    YMap jobs() {
      return root.map("jobs").orElse(new YMap(root.position(), java.util.Map.of()));
    }
  }

  static List<Workflow> of(Workspace workspace) {
    List<Workflow> out = new ArrayList<>();
    for (SourceFile file : workspace.files()) {
      boolean inFolder = file.path().replace('\\', '/').contains(".github/workflows/");
      for (YNode document : file.documents()) {
        if (document instanceof YMap root
            && root.map("jobs").isPresent()
            && (inFolder || root.has("on"))) {
          out.add(new Workflow(file, root));
        }
      }
    }
    return out;
  }

  /** The trigger names of {@code on}: a string, a list of strings, or a mapping's keys. */
  static List<String> triggers(YMap root) {
    List<String> out = new ArrayList<>();
    YNode on = root.get("on").orElse(null);
    if (on instanceof YNode.YScalar s) {
      out.add(s.text());
    } else if (on instanceof YNode.YSeq seq) {
      seq.items().forEach(i -> out.add(i instanceof YNode.YScalar s ? s.text() : ""));
    } else if (on instanceof YMap m) {
      out.addAll(m.entries().keySet());
    }
    return out;
  }
}
