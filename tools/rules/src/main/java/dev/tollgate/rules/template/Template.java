package dev.tollgate.rules.template;

import dev.tollgate.rules.template.TemplateLexer.Kind;
import dev.tollgate.rules.template.TemplateLexer.Piece;
import dev.tollgate.rules.template.TemplateLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed Go text/template: the subset Prometheus alert templates use (text, actions, pipelines,
 * variables, {@code if/else if/else}, {@code range}, {@code with}, {@code break/continue},
 * comments, trim markers). Parsing checks variables and function names as Go does.
 */
public final class Template {

  sealed interface Node permits Text, Action, Block, Loop {}

  record Text(String text) implements Node {}

  record Action(Pipe pipe) implements Node {}

  /** {@code if} or {@code with}: body runs when the pipe is true (with: dot = its value). */
  record Block(boolean with, Pipe pipe, List<Node> body, List<Node> otherwise) implements Node {}

  /** {@code range}, or a {@code break}/{@code continue} (pipe null, keyword in {@code control}). */
  record Loop(Pipe pipe, List<Node> body, List<Node> otherwise, String control) implements Node {}

  record Pipe(int offset, boolean declare, List<String> vars, List<Cmd> cmds) {}

  /**
   * One command of a pipeline; {@code argOffsets} / {@code argTexts} locate each argument for
   * Go-style error messages.
   */
  record Cmd(
      int offset, String source, List<Arg> args, List<Integer> argOffsets, List<String> argTexts) {
    Cmd(int offset, String source, List<Arg> args) {
      this(offset, source, args, List.of(), List.of());
    }
  }

  sealed interface Arg permits Dot, Field, Var, Ident, Literal, Sub {}

  record Dot() implements Arg {}

  record Field(List<String> names) implements Arg {}

  record Var(String name, List<String> fields) implements Arg {}

  record Ident(String name) implements Arg {}

  record Literal(Object value) implements Arg {}

  record Sub(Pipe pipe, List<String> fields) implements Arg {}

  private final String name;
  private final String source;
  private final List<Node> root;

  private Template(String name, String source, List<Node> root) {
    this.name = name;
    this.source = source;
    this.root = root;
  }

  public String name() {
    return name;
  }

  public String source() {
    return source;
  }

  List<Node> root() {
    return root;
  }

  /** Parses {@code source}; {@code functions} are the names callable in it. */
  public static Template parse(String name, String source, Set<String> functions)
      throws TemplateException {
    List<Piece> pieces = new TemplateLexer(source).lex();
    Parser parser = new Parser(pieces, functions);
    List<Node> nodes = parser.list(Set.of());
    if (parser.index < pieces.size()) {
      Piece extra = pieces.get(parser.index);
      throw new TemplateException(
          "unexpected {{" + extra.tokens().get(0).text() + "}}", extra.offset());
    }
    return new Template(name, source, nodes);
  }

  private static final class Parser {
    private final List<Piece> pieces;
    private final Set<String> functions;
    private final List<String> vars = new ArrayList<>(List.of("$"));
    private int index;
    private int loopDepth;
    private String stoppedAt;

    Parser(List<Piece> pieces, Set<String> functions) {
      this.pieces = pieces;
      this.functions = functions;
    }

    /** Parses nodes until one of {@code stops} ({@code end}, {@code else}) or the end. */
    List<Node> list(Set<String> stops) throws TemplateException {
      List<Node> nodes = new ArrayList<>();
      stoppedAt = null;
      while (index < pieces.size()) {
        Piece piece = pieces.get(index);
        if (piece.tokens() == null) {
          nodes.add(new Text(piece.text()));
          index++;
          continue;
        }
        List<Token> tokens = piece.tokens();
        if (tokens.isEmpty()) {
          throw new TemplateException("missing value for command", piece.offset());
        }
        Token first = tokens.get(0);
        String keyword = first.kind() == Kind.IDENT ? first.text() : "";
        if (stops.contains(keyword)) {
          stoppedAt = keyword;
          return nodes;
        }
        index++;
        switch (keyword) {
          case "end", "else" ->
              throw new TemplateException("unexpected {{" + keyword + "}}", piece.offset());
          case "if", "with" -> nodes.add(block(keyword.equals("with"), tokens, 1, piece));
          case "range" -> nodes.add(range(tokens, piece));
          case "break", "continue" -> {
            if (loopDepth == 0) {
              throw new TemplateException("{{" + keyword + "}} outside {{range}}", piece.offset());
            }
            nodes.add(new Loop(null, List.of(), List.of(), keyword));
          }
          case "define", "template", "block" ->
              throw new TemplateException(
                  "{{" + keyword + "}} is not supported in alert templates here", piece.offset());
          default -> nodes.add(new Action(pipe(tokens, 0, tokens.size(), true, piece.offset())));
        }
      }
      if (!stops.isEmpty()) {
        throw new TemplateException("unexpected EOF", pieces.isEmpty() ? 0 : lastOffset());
      }
      return nodes;
    }

    private int lastOffset() {
      return pieces.get(pieces.size() - 1).offset();
    }

    private Block block(boolean with, List<Token> tokens, int from, Piece piece)
        throws TemplateException {
      int scope = vars.size();
      Pipe pipe = pipe(tokens, from, tokens.size(), true, piece.offset());
      List<Node> body = list(Set.of("end", "else"));
      List<Node> otherwise = List.of();
      String stop = stoppedAt;
      vars.subList(scope, vars.size()).clear();
      if ("else".equals(stop)) {
        Piece elsePiece = pieces.get(index++);
        List<Token> elseTokens = elsePiece.tokens();
        if (elseTokens.size() > 1
            && elseTokens.get(1).kind() == Kind.IDENT
            && elseTokens.get(1).text().equals(with ? "with" : "if")) {
          // {{else if x}} is {{else}}{{if x}}...{{end}}{{end}} sharing one {{end}}
          otherwise = List.of(block(with, elseTokens, 2, elsePiece));
          return new Block(with, pipe, body, otherwise);
        }
        otherwise = list(Set.of("end"));
        vars.subList(scope, vars.size()).clear();
      }
      index++; // {{end}}
      return new Block(with, pipe, body, otherwise);
    }

    private Loop range(List<Token> tokens, Piece piece) throws TemplateException {
      int scope = vars.size();
      Pipe pipe = pipe(tokens, 1, tokens.size(), true, piece.offset());
      loopDepth++;
      List<Node> body = list(Set.of("end", "else"));
      loopDepth--;
      vars.subList(scope, vars.size()).clear();
      List<Node> otherwise = List.of();
      if ("else".equals(stoppedAt)) {
        index++;
        otherwise = list(Set.of("end"));
        vars.subList(scope, vars.size()).clear();
      }
      index++;
      return new Loop(pipe, body, otherwise, null);
    }

    private Pipe pipe(List<Token> tokens, int from, int to, boolean allowDecl, int offset)
        throws TemplateException {
      boolean declare = false;
      List<String> declared = new ArrayList<>();
      int i = from;
      if (allowDecl && i < to && tokens.get(i).kind() == Kind.VAR) {
        int j = i;
        List<String> names = new ArrayList<>();
        names.add(tokens.get(j).text());
        j++;
        if (j < to && tokens.get(j).kind() == Kind.COMMA && j + 1 < to) {
          names.add(tokens.get(j + 1).text());
          j += 2;
        }
        if (j < to
            && (tokens.get(j).kind() == Kind.DECLARE || tokens.get(j).kind() == Kind.ASSIGN)) {
          declare = tokens.get(j).kind() == Kind.DECLARE;
          for (String n : names) {
            if (!declare && !vars.contains(n)) {
              throw new TemplateException(
                  "undefined variable \"" + n + "\"", tokens.get(i).offset());
            }
          }
          declared = names;
          i = j + 1;
        }
      }
      List<Cmd> cmds = new ArrayList<>();
      int start = i;
      int depth = 0;
      for (int k = i; k <= to; k++) {
        if (k < to && tokens.get(k).kind() == Kind.LPAREN) {
          depth++;
        } else if (k < to && tokens.get(k).kind() == Kind.RPAREN) {
          depth--;
        } else if (k == to || (depth == 0 && tokens.get(k).kind() == Kind.PIPE)) {
          if (k == start) {
            throw new TemplateException("missing value for command", offset);
          }
          cmds.add(command(tokens, start, k));
          start = k + 1;
        }
      }
      if (declare) {
        vars.addAll(declared);
      }
      return new Pipe(offset, declare, declared, cmds);
    }

    private Cmd command(List<Token> tokens, int from, int to) throws TemplateException {
      List<Arg> args = new ArrayList<>();
      List<Integer> argOffsets = new ArrayList<>();
      List<String> argTexts = new ArrayList<>();
      int i = from;
      while (i < to) {
        Token t = tokens.get(i);
        Arg arg;
        int next = i + 1;
        switch (t.kind()) {
          case DOT -> arg = new Dot();
          case FIELD -> {
            List<String> names = new ArrayList<>(List.of(t.text()));
            while (next < to
                && tokens.get(next).kind() == Kind.FIELD
                && !tokens.get(next).spaceBefore()) {
              names.add(tokens.get(next++).text());
            }
            arg = new Field(names);
          }
          case VAR -> {
            if (!vars.contains(t.text())) {
              throw new TemplateException("undefined variable \"" + t.text() + "\"", t.offset());
            }
            List<String> fields = new ArrayList<>();
            while (next < to
                && tokens.get(next).kind() == Kind.FIELD
                && !tokens.get(next).spaceBefore()) {
              fields.add(tokens.get(next++).text());
            }
            arg = new Var(t.text(), fields);
          }
          case IDENT -> {
            switch (t.text()) {
              case "true" -> arg = new Literal(true);
              case "false" -> arg = new Literal(false);
              case "nil" -> arg = new Literal(null);
              default -> {
                if (!functions.contains(t.text())) {
                  throw new TemplateException(
                      "function \"" + t.text() + "\" not defined", t.offset());
                }
                arg = new Ident(t.text());
              }
            }
          }
          case STRING -> arg = new Literal(t.text());
          case CHAR -> arg = new Literal((long) t.text().codePointAt(0));
          case NUMBER -> arg = new Literal(number(t));
          case LPAREN -> {
            int depth = 1;
            int close = next;
            while (close < to && depth > 0) {
              Kind k = tokens.get(close).kind();
              depth += k == Kind.LPAREN ? 1 : k == Kind.RPAREN ? -1 : 0;
              if (depth > 0) {
                close++;
              }
            }
            if (close >= to) {
              throw new TemplateException("unclosed left paren", t.offset());
            }
            Pipe inner = pipe(tokens, next, close, false, t.offset());
            next = close + 1;
            List<String> fields = new ArrayList<>();
            while (next < to
                && tokens.get(next).kind() == Kind.FIELD
                && !tokens.get(next).spaceBefore()) {
              fields.add(tokens.get(next++).text());
            }
            arg = new Sub(inner, fields);
          }
          default ->
              throw new TemplateException("unexpected \"" + t.text() + "\" in operand", t.offset());
        }
        args.add(arg);
        argOffsets.add(t.offset());
        argTexts.add(text(tokens, i, next));
        i = next;
      }
      return new Cmd(tokens.get(from).offset(), text(tokens, from, to), args, argOffsets, argTexts);
    }

    /** The source text of tokens {@code [from, to)} as Go's node printer shows it. */
    private static String text(List<Token> tokens, int from, int to) {
      StringBuilder text = new StringBuilder();
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        if (k > from && t.spaceBefore()) {
          text.append(' ');
        }
        if (t.kind() == Kind.FIELD) {
          text.append('.');
        }
        text.append(
            t.kind() == Kind.STRING ? dev.tollgate.promql.GoStrings.quote(t.text()) : t.text());
      }
      return text.toString();
    }

    private static Object number(Token t) throws TemplateException {
      String text = t.text();
      try {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean hex = lower.startsWith("0x") || lower.startsWith("-0x") || lower.startsWith("+0x");
        if (!hex && (lower.contains(".") || lower.contains("e"))) {
          return Double.parseDouble(text.replace("_", ""));
        }
        if (hex) {
          boolean neg = lower.startsWith("-");
          long v = Long.parseLong(lower.replaceFirst("^[-+]?0x", "").replace("_", ""), 16);
          return neg ? -v : v;
        }
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new TemplateException("bad number syntax: \"" + text + "\"", t.offset());
      }
    }
  }
}
