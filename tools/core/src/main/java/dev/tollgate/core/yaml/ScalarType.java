package dev.tollgate.core.yaml;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** The YAML 1.2 core-schema types, plus helpers to spot YAML 1.1 surprises. */
public enum ScalarType {
  NULL,
  BOOL,
  INT,
  FLOAT,
  STRING;

  private static final Pattern YAML11_WORD = Pattern.compile("(?i)y|n|yes|no|on|off|true|false");
  private static final Pattern YAML11_OCTAL = Pattern.compile("[-+]?0[0-7]+");
  private static final Pattern YAML11_SEXAGESIMAL =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+");

  /**
   * True when a plain scalar means something else to a YAML 1.1 reader (Kubernetes' go-yaml,
   * PyYAML): {@code yes/no/on/off/y/n} are booleans there, {@code 0777} is octal, {@code 1:30} base
   * 60.
   */
  public static boolean isYaml11Ambiguous(String plainText) {
    return (YAML11_WORD.matcher(plainText).matches() && !isCoreBool(plainText))
        || YAML11_OCTAL.matcher(plainText).matches()
        || YAML11_SEXAGESIMAL.matcher(plainText).matches();
  }

  private static boolean isCoreBool(String text) {
    return text.equals("true") || text.equals("false");
  }

  static Object parseInt(String text) {
    String t = text.replace("_", "");
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseLong(t.substring(2), 16);
      }
      if (t.startsWith("0o")) {
        return Long.parseLong(t.substring(2), 8);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return new BigInteger(t);
    }
  }

  static Double parseFloat(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return switch (t) {
      case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
      case "-.inf" -> Double.NEGATIVE_INFINITY;
      case ".nan" -> Double.NaN;
      default -> Double.parseDouble(t);
    };
  }

  static ScalarType ofTag(String tag) {
    return switch (tag) {
      case "tag:yaml.org,2002:null" -> NULL;
      case "tag:yaml.org,2002:bool" -> BOOL;
      case "tag:yaml.org,2002:int" -> INT;
      case "tag:yaml.org,2002:float" -> FLOAT;
      default -> STRING;
    };
  }
}
