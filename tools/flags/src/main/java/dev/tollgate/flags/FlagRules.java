package dev.tollgate.flags;

import static dev.tollgate.core.Severity.ERROR;
import static dev.tollgate.core.Severity.WARNING;

import dev.tollgate.core.Severity;
import java.util.List;
import java.util.Optional;

/** Every rule id the flag checks can report, with its default severity, for the rule catalog. */
public final class FlagRules {
  private static final List<FlagRule> CATALOG =
      List.of(
          rule(
              "flag-schema",
              ERROR,
              "A flag file breaks Flipt's CUE schema (unknown field, wrong"
                  + " type, missing required field, bad key or enum).",
              "Fix the field as the message says; Flipt rejects the whole file otherwise."),
          rule(
              "flag-version-feature",
              ERROR,
              "A field is used that the file's format version does" + " not declare yet.",
              "Raise version: or drop the field."),
          rule(
              "flag-unknown-segment",
              ERROR,
              "A rule or rollout names a segment not defined" + " (yet) in its namespace.",
              "Define the segment in this or an earlier file."),
          rule(
              "flag-unknown-variant",
              ERROR,
              "A distribution names a variant the flag does not" + " define.",
              "Use one of the flag's variant keys."),
          rule(
              "flag-duplicate-key",
              ERROR,
              "A flag, segment or variant key is defined twice;"
                  + " Flipt silently keeps the later one.",
              "Delete or rename one of them."),
          rule(
              "flag-distribution-sum",
              ERROR,
              "A rule's distributions add up to more than 100%.",
              "Lower the rollouts to a total of 100."),
          rule(
              "flag-distribution-not-100",
              WARNING,
              "A rule's distributions add up to less than"
                  + " 100%; Flipt >= 2.9 scales them, Flipt <= 2.8 leaves the rest without a variant.",
              "Make the rollouts add up to 100."),
          rule(
              "flag-rollout-range",
              ERROR,
              "A distribution rollout is outside 0..100.",
              "Use a percentage between 0 and 100."),
          rule(
              "flag-threshold-range",
              ERROR,
              "A threshold percentage is outside 0..100.",
              "Use a percentage between 0 and 100."),
          rule(
              "flag-constraint-value",
              ERROR,
              "A constraint value does not parse for its type"
                  + " and operator (or is missing), so the constraint can never match.",
              "Write a number, an RFC 3339 time or a JSON array as the operator needs."),
          rule(
              "flag-operator-lt",
              WARNING,
              "Operator lt: released Flipt versions reject it in"
                  + " flipt validate and git storage.",
              "Use lte, or flip the comparison to gt/gte."),
          rule(
              "flag-yaml11-word",
              WARNING,
              "An unquoted on/off/yes/no/y/n that YAML 1.1 tools" + " read as a boolean.",
              "Quote the word."),
          rule(
              "flag-multiple-defaults",
              WARNING,
              "More than one variant is marked default; Flipt" + " keeps the last.",
              "Mark exactly one default variant."),
          rule(
              "flag-ignored-field",
              WARNING,
              "Variants/rules on a boolean flag or rollouts on a"
                  + " variant flag, which Flipt ignores.",
              "Remove them or change the flag type."),
          rule(
              "flag-ignored-file",
              WARNING,
              "A features.yml next to a features.yaml, which" + " Flipt v2 ignores.",
              "Merge the files."),
          rule(
              "flag-namespace-mismatch",
              WARNING,
              "A v2-layout file names a namespace other than" + " its directory.",
              "Make the directory and the namespace key agree."),
          rule(
              "flag-no-directory",
              ERROR,
              "The flags directory does not exist.",
              "Create it or point the command at the right directory."),
          rule(
              "flag-owners-file",
              ERROR,
              "flags/owners.yaml is missing, empty or malformed.",
              "List the owning teams: teams: [{name: team-a}]."),
          rule(
              "flag-missing-owner",
              ERROR,
              "A flag has no metadata.owner.",
              "Add metadata.owner naming a team from flags/owners.yaml."),
          rule(
              "flag-unknown-owner",
              ERROR,
              "metadata.owner is not a team in flags/owners.yaml.",
              "Use a listed team or add the team."),
          rule(
              "flag-missing-type",
              ERROR,
              "A flag has no metadata.type.",
              "Add release, experiment, ops, kill-switch or permission."),
          rule(
              "flag-unknown-type",
              ERROR,
              "metadata.type is not a known lifecycle type.",
              "Use release, experiment, ops, kill-switch or permission."),
          rule(
              "flag-missing-date",
              ERROR,
              "metadata.created or metadata.sunset is missing.",
              "Add the date as \"YYYY-MM-DD\"."),
          rule(
              "flag-bad-date",
              ERROR,
              "A lifecycle date is not an ISO date, or sunset is before" + " created.",
              "Write \"YYYY-MM-DD\" dates in order."),
          rule(
              "flag-sunset-passed",
              ERROR,
              "The flag is past its sunset.",
              "Remove the flag and its code path, or extend the sunset after review."),
          rule(
              "flag-sunset-too-far",
              ERROR,
              "The sunset is further after created than the" + " type's maximum lifetime.",
              "Move the sunset earlier."),
          rule(
              "flag-sunset-soon",
              WARNING,
              "The sunset is within the warning window.",
              "Plan the removal."),
          rule(
              "flag-permanent-type",
              ERROR,
              "A flag other than a kill switch or permission is" + " marked permanent.",
              "Give it a sunset instead."),
          rule(
              "flag-permanent-reason",
              ERROR,
              "A permanent flag gives no metadata.reason.",
              "Say why the flag must stay."),
          rule(
              "flag-constant-outcome",
              WARNING,
              "Every user gets the same answer from the flag.",
              "Remove the flag and its dead branch."),
          rule(
              "flag-unreferenced",
              WARNING,
              "No source file under the source roots mentions the" + " flag key.",
              "Delete the flag or configure flags.sourceRoots."),
          rule(
              "flag-undefined-reference",
              ERROR,
              "Source code evaluates a flag key that no flag" + " file defines.",
              "Define the flag or fix the key."));

  private FlagRules() {}

  public static List<FlagRule> catalog() {
    return CATALOG;
  }

  public static Optional<FlagRule> find(String id) {
    return CATALOG.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static FlagRule rule(String id, Severity severity, String summary, String remedy) {
    return new FlagRule(id, severity, summary, remedy);
  }
}
