package dev.tollgate.promql.parser;

import dev.tollgate.promql.PromQLParseException;
import dev.tollgate.promql.ast.LabelMatcher;
import dev.tollgate.promql.ast.VectorSelector;
import dev.tollgate.promql.parser.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Instant vector selectors: {@code name{label="v", other=~"re"}} and their matchers. */
final class SelectorParser {
  private final Parser p;

  SelectorParser(Parser p) {
    this.p = p;
  }

  VectorSelector parse(String name, int start) throws PromQLParseException {
    List<LabelMatcher> matchers = new ArrayList<>();
    String metricName = name;
    int end = start + (name == null ? 0 : name.length());
    if (p.peek().kind() == Kind.LEFT_BRACE) {
      p.next();
      while (p.peek().kind() != Kind.RIGHT_BRACE) {
        Token label = p.next();
        String labelName;
        if (label.kind() == Kind.IDENTIFIER) {
          labelName = label.text();
        } else if (label.kind() == Kind.STRING) {
          labelName = p.unquote(label);
          if (p.peek().kind() == Kind.COMMA || p.peek().kind() == Kind.RIGHT_BRACE) {
            // {"metric.name"}: a quoted bare metric name.
            if (metricName != null) {
              throw p.error(
                  label,
                  "metric name must not be set twice: "
                      + dev.tollgate.promql.GoStrings.quote(metricName)
                      + " or "
                      + dev.tollgate.promql.GoStrings.quote(labelName));
            }
            metricName = labelName;
            if (p.peek().kind() == Kind.COMMA) {
              p.next();
            }
            continue;
          }
        } else if (label.kind() == Kind.EOF) {
          throw p.error(label, "unexpected end of input inside braces");
        } else {
          throw p.error(
              label,
              "unexpected "
                  + label.describe()
                  + " in label matching, expected identifier or \"}\"");
        }
        Token opTok = p.next();
        LabelMatcher.Type type =
            switch (opTok.kind()) {
              case ASSIGN -> LabelMatcher.Type.EQ;
              case EQL_REGEX -> LabelMatcher.Type.RE;
              case NEQ_REGEX -> LabelMatcher.Type.NRE;
              case OPERATOR -> opTok.text().equals("!=") ? LabelMatcher.Type.NEQ : null;
              default -> null;
            };
        if (type == null) {
          throw p.error(
              opTok,
              "unexpected "
                  + opTok.describe()
                  + " in label matching, expected label matching operator");
        }
        Token value = p.next();
        if (value.kind() != Kind.STRING) {
          throw p.error(
              value, "unexpected " + value.describe() + " in label matching, expected string");
        }
        String v = p.unquote(value);
        matchers.add(makeMatcher(type, labelName, v, value));
        if (p.peek().kind() == Kind.COMMA) {
          p.next();
        } else if (p.peek().kind() != Kind.RIGHT_BRACE) {
          Token bad = p.peek();
          if (bad.kind() == Kind.EOF) {
            throw p.error(bad, "unexpected end of input inside braces");
          }
          throw p.error(
              bad, "unexpected " + bad.describe() + " in label matching, expected \",\" or \"}\"");
        }
      }
      end = p.next().end();
    }
    if (metricName != null) {
      for (LabelMatcher m : matchers) {
        if (m.name().equals("__name__")) {
          throw new PromQLParseException(
              p.query(),
              start,
              end,
              "metric name must not be set twice: "
                  + dev.tollgate.promql.GoStrings.quote(metricName)
                  + " or "
                  + dev.tollgate.promql.GoStrings.quote(m.value()));
        }
      }
      matchers.add(0, LabelMatcher.equal("__name__", metricName));
    }
    VectorSelector vs = new VectorSelector(metricName, List.copyOf(matchers), 0, null, start, end);
    boolean anyNonEmpty = false;
    for (LabelMatcher m : matchers) {
      if (!m.matches("")) {
        anyNonEmpty = true;
        break;
      }
    }
    if (!anyNonEmpty) {
      throw new PromQLParseException(
          p.query(), start, end, "vector selector must contain at least one non-empty matcher");
    }
    return vs;
  }

  private LabelMatcher makeMatcher(LabelMatcher.Type type, String name, String value, Token at)
      throws PromQLParseException {
    if (type == LabelMatcher.Type.EQ || type == LabelMatcher.Type.NEQ) {
      return new LabelMatcher(type, name, value, null);
    }
    try {
      return new LabelMatcher(type, name, value, Re2.compileAnchored(value));
    } catch (IllegalArgumentException e) {
      throw p.error(at, "error parsing regexp: " + e.getMessage());
    }
  }
}
