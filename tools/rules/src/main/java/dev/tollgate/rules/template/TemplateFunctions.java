package dev.tollgate.rules.template;

import dev.tollgate.rules.template.TemplateValues.QuerySample;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Go's template built-ins plus Prometheus's alert template functions (2.42 set). */
public final class TemplateFunctions {

  /** Runs a PromQL instant query at the alert's evaluation time. */
  @FunctionalInterface
  public interface QueryRunner {
    List<QuerySample> query(String expr) throws Exception;
  }

  @FunctionalInterface
  interface Fn {
    Object call(List<Object> args) throws Exception;
  }

  /** An error returned by a function: Go prints it as {@code error calling NAME: MESSAGE}. */
  static class FnError extends Exception {
    private static final long serialVersionUID = 1L;

    FnError(String message) {
      super(message);
    }
  }

  /** The names callable from alert templates; parse checks use this set. */
  public static final Set<String> NAMES =
      new TreeSet<>(
          List.of(
              "and",
              "or",
              "not",
              "len",
              "index",
              "print",
              "printf",
              "println",
              "eq",
              "ne",
              "lt",
              "le",
              "gt",
              "ge",
              "html",
              "js",
              "urlquery",
              "slice",
              "call",
              "query",
              "first",
              "label",
              "value",
              "strvalue",
              "args",
              "reReplaceAll",
              "safeHtml",
              "match",
              "title",
              "toUpper",
              "toLower",
              "graphLink",
              "tableLink",
              "sortByLabel",
              "humanize",
              "humanize1024",
              "humanizeDuration",
              "humanizePercentage",
              "humanizeTimestamp",
              "toTime",
              "pathPrefix",
              "externalURL",
              "parseDuration",
              "stripPort",
              "stripDomain",
              "tmpl"));

  private final Map<String, Fn> functions = new LinkedHashMap<>();

  public TemplateFunctions(QueryRunner query, String externalUrl) {
    functions.put("print", args -> sprint(args, false));
    functions.put("println", args -> sprint(args, true) + "\n");
    functions.put("printf", args -> GoPrintf.sprintf(str(args, 0), args.subList(1, args.size())));
    functions.put("not", args -> !TemplateValues.truth(one(args, "not")));
    functions.put("len", args -> length(one(args, "len")));
    functions.put("index", TemplateFunctions::index);
    functions.put("html", args -> escapeHtml(sprint(args, false)));
    functions.put("js", args -> sprint(args, false).replace("\\", "\\\\").replace("'", "\\'"));
    functions.put("urlquery", args -> queryEscape(sprint(args, false)));
    functions.put("eq", args -> Compare.eq(args));
    functions.put("ne", args -> !Compare.eq(List.of(args.get(0), args.get(1))));
    functions.put("lt", args -> Compare.order(args) < 0);
    functions.put("le", args -> Compare.order(args) <= 0);
    functions.put("gt", args -> Compare.order(args) > 0);
    functions.put("ge", args -> Compare.order(args) >= 0);
    functions.put("query", args -> query.query(str(args, 0)));
    functions.put("first", TemplateFunctions::first);
    functions.put(
        "label",
        args ->
            args.get(1) instanceof QuerySample s ? s.labels().getOrDefault(str(args, 0), "") : "");
    functions.put("value", args -> args.get(0) instanceof QuerySample s ? s.value() : 0.0);
    functions.put(
        "strvalue",
        args ->
            args.get(0) instanceof QuerySample s ? s.labels().getOrDefault("__value__", "") : "");
    functions.put("args", TemplateFunctions::argsMap);
    functions.put(
        "reReplaceAll", args -> GoRegexp.replaceAll(str(args, 0), str(args, 1), str(args, 2)));
    functions.put("safeHtml", args -> str(args, 0));
    functions.put("match", args -> GoRegexp.compile(str(args, 0)).matcher(str(args, 1)).find());
    functions.put("title", args -> title(str(args, 0)));
    functions.put("toUpper", args -> str(args, 0).toUpperCase(Locale.ROOT));
    functions.put("toLower", args -> str(args, 0).toLowerCase(Locale.ROOT));
    functions.put("graphLink", args -> "/graph?g0.expr=" + queryEscape(str(args, 0)) + "&g0.tab=0");
    functions.put("tableLink", args -> "/graph?g0.expr=" + queryEscape(str(args, 0)) + "&g0.tab=1");
    functions.put("sortByLabel", TemplateFunctions::sortByLabel);
    functions.put("humanize", args -> Humanize.humanize(toFloat(one(args, "humanize"))));
    functions.put(
        "humanize1024", args -> Humanize.humanize1024(toFloat(one(args, "humanize1024"))));
    functions.put(
        "humanizeDuration",
        args -> Humanize.humanizeDuration(toFloat(one(args, "humanizeDuration"))));
    functions.put(
        "humanizePercentage",
        args -> Humanize.humanizePercentage(toFloat(one(args, "humanizePercentage"))));
    functions.put(
        "humanizeTimestamp",
        args -> Humanize.humanizeTimestamp(toFloat(one(args, "humanizeTimestamp"))));
    functions.put("pathPrefix", args -> pathOf(requireUrl(externalUrl)));
    functions.put("externalURL", args -> requireUrl(externalUrl));
    functions.put("parseDuration", args -> parseDuration(str(args, 0)));
    functions.put("stripPort", args -> stripPort(str(args, 0)));
    functions.put("stripDomain", args -> stripDomain(str(args, 0)));
  }

  /**
   * promtool's rule manager has no external URL object, so these functions hit a nil pointer there;
   * a null URL reproduces that error text.
   */
  private static String requireUrl(String url) throws FnError {
    if (url == null) {
      throw new FnError("runtime error: invalid memory address or nil pointer dereference");
    }
    return url;
  }

  Fn get(String name) {
    return functions.get(name);
  }

  static String str(List<Object> args, int i) throws FnError {
    if (i >= args.size()) {
      throw new FnError("wrong number of args: want at least " + (i + 1) + " got " + args.size());
    }
    if (args.get(i) instanceof String s) {
      return s;
    }
    throw new ArgTypeError(i, "string", GoPrintf.goType(args.get(i)));
  }

  /**
   * An argument of the wrong type. Go checks these before the call, so the message has no {@code
   * error calling} prefix and points at the argument.
   */
  static final class ArgTypeError extends FnError {
    private static final long serialVersionUID = 1L;
    final int index;
    final String expected;

    ArgTypeError(int index, String expected, String got) {
      super("wrong type for value; expected " + expected + "; got " + got);
      this.index = index;
      this.expected = expected;
    }
  }

  private static Object one(List<Object> args, String name) throws FnError {
    if (args.size() != 1) {
      throw new FnError("wrong number of args for " + name + ": want 1 got " + args.size());
    }
    return args.get(0);
  }

  /** Prometheus's {@code convertToFloat}. */
  static double toFloat(Object v) throws FnError {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof String s) {
      return GoParse.parseFloat(s);
    }
    throw new FnError("can't convert " + GoPrintf.goType(v) + " to float");
  }

  private static String sprint(List<Object> args, boolean spaces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      boolean isString = args.get(i) instanceof String;
      if (i > 0 && (spaces || (!isString && !(args.get(i - 1) instanceof String)))) {
        sb.append(' ');
      }
      sb.append(args.get(i) == null ? "<nil>" : TemplateValues.print(args.get(i)));
    }
    return sb.toString();
  }

  private static long length(Object v) throws FnError {
    if (v instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8).length;
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    if (v instanceof List<?> l) {
      return l.size();
    }
    throw new FnError("len of type " + GoPrintf.goType(v));
  }

  private static Object index(List<Object> args) throws FnError {
    Object item = args.get(0);
    for (Object key : args.subList(1, args.size())) {
      if (item instanceof Map<?, ?> m) {
        Object v = m.get(key);
        item = v == null && !m.containsKey(key) ? (m.isEmpty() ? null : zeroOf(m)) : v;
      } else if (item instanceof List<?> l && key instanceof Long i) {
        if (i < 0 || i >= l.size()) {
          throw new FnError("error calling index: index out of range: " + i);
        }
        item = l.get((int) (long) i);
      } else {
        throw new FnError("can't index item of type " + GoPrintf.goType(item));
      }
    }
    return item;
  }

  private static Object zeroOf(Map<?, ?> m) {
    return m.values().iterator().next() instanceof String ? "" : null;
  }

  private static Object first(List<Object> args) throws FnError {
    if (args.get(0) instanceof List<?> l && !l.isEmpty()) {
      return l.get(0);
    }
    throw new FnError("first() called on vector with no elements");
  }

  private static Object argsMap(List<Object> args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      out.put("arg" + i, args.get(i));
    }
    return out;
  }

  private static Object sortByLabel(List<Object> args) throws FnError {
    String label = str(args, 0);
    List<QuerySample> out = new ArrayList<>();
    if (args.get(1) instanceof List<?> l) {
      for (Object o : l) {
        out.add((QuerySample) o);
      }
    }
    out.sort(Comparator.comparing(s -> s.labels().getOrDefault(label, "")));
    return out;
  }

  /** Go's deprecated {@code strings.Title}: upper-cases the first letter of each word. */
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean boundary = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      sb.appendCodePoint(boundary ? Character.toTitleCase(cp) : cp);
      boundary =
          !(Character.isLetterOrDigit(cp)
              || cp == '_'
              || (cp > 127 && !Character.isWhitespace(cp)));
    }
    return sb.toString();
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&#34;")
        .replace("\0", "\uFFFD");
  }

  /** Go's {@code url.QueryEscape}. */
  static String queryEscape(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
  }

  private static String pathOf(String url) {
    try {
      String p = java.net.URI.create(url).getPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static double parseDuration(String text) throws FnError {
    try {
      return dev.tollgate.promql.PromDuration.parseMillis(text) / 1000.0;
    } catch (RuntimeException e) {
      throw new FnError(
          "not a valid duration string: " + dev.tollgate.promql.GoStrings.quote(text));
    }
  }

  private static String stripPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      return hostPort;
    }
    String host = hostPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.substring(1, host.length() - 1);
    }
    return host.contains(":") ? hostPort : host;
  }

  private static String stripDomain(String hostPort) {
    String host = hostPort;
    String port = "";
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && !hostPort.substring(0, colon).contains(":")) {
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon);
    } else if (hostPort.contains(":")) {
      return hostPort;
    }
    if (host.matches("[0-9.]+")) {
      return hostPort;
    }
    int dot = host.indexOf('.');
    return (dot < 0 ? host : host.substring(0, dot)) + port;
  }
}
