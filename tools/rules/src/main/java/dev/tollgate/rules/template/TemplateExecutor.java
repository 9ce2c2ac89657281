package dev.tollgate.rules.template;

import dev.tollgate.rules.template.Template.Action;
import dev.tollgate.rules.template.Template.Arg;
import dev.tollgate.rules.template.Template.Block;
import dev.tollgate.rules.template.Template.Cmd;
import dev.tollgate.rules.template.Template.Dot;
import dev.tollgate.rules.template.Template.Field;
import dev.tollgate.rules.template.Template.Ident;
import dev.tollgate.rules.template.Template.Literal;
import dev.tollgate.rules.template.Template.Loop;
import dev.tollgate.rules.template.Template.Node;
import dev.tollgate.rules.template.Template.Pipe;
import dev.tollgate.rules.template.Template.Sub;
import dev.tollgate.rules.template.Template.Text;
import dev.tollgate.rules.template.Template.Var;
import dev.tollgate.rules.template.TemplateValues.QuerySample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Executes a {@link Template} like Go's text/template with {@code missingkey=zero}. Errors carry
 * Go's text: {@code template: NAME:LINE:COL: executing "NAME" at <CTX>: MESSAGE}.
 */
public final class TemplateExecutor {

  /** A Go struct value: field access on a missing field is an error, unlike maps. */
  public record GoStruct(Map<String, Object> fields) {}

  private static final Object NO_FINAL = new Object();

  private static final class LoopControl extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean isBreak;

    LoopControl(boolean isBreak) {
      super(null, null, false, false);
      this.isBreak = isBreak;
    }
  }

  private final Template template;
  private final TemplateFunctions functions;
  private final List<String> varNames = new ArrayList<>();
  private final List<Object> varValues = new ArrayList<>();

  private TemplateExecutor(Template template, TemplateFunctions functions) {
    this.template = template;
    this.functions = functions;
  }

  public static String execute(Template template, Object data, TemplateFunctions functions)
      throws TemplateException {
    TemplateExecutor exec = new TemplateExecutor(template, functions);
    exec.varNames.add("$");
    exec.varValues.add(data);
    StringBuilder out = new StringBuilder();
    exec.walk(template.root(), data, out);
    return out.toString();
  }

  private void walk(List<Node> nodes, Object dot, StringBuilder out) throws TemplateException {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.append(text.text());
      } else if (node instanceof Action action) {
        Object value = pipe(action.pipe(), dot);
        if (action.pipe().vars().isEmpty()) {
          out.append(TemplateValues.print(value));
        }
      } else if (node instanceof Block block) {
        int mark = varNames.size();
        Object value = pipe(block.pipe(), dot);
        if (TemplateValues.truth(value)) {
          walk(block.body(), block.with() ? value : dot, out);
        } else {
          walk(block.otherwise(), dot, out);
        }
        pop(mark);
      } else if (node instanceof Loop loop) {
        if (loop.control() != null) {
          throw new LoopControl(loop.control().equals("break"));
        }
        range(loop, dot, out);
      }
    }
  }

  private void range(Loop loop, Object dot, StringBuilder out) throws TemplateException {
    int mark = varNames.size();
    Pipe pipe = loop.pipe();
    Pipe valuePipe = new Pipe(pipe.offset(), false, List.of(), pipe.cmds());
    Object value = pipe(valuePipe, dot);
    List<Object[]> entries = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      new TreeMap<>(map).forEach((k, v) -> entries.add(new Object[] {k, v}));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        entries.add(new Object[] {(long) i, list.get(i)});
      }
    } else if (value instanceof Long n) {
      for (long i = 0; i < n; i++) {
        entries.add(new Object[] {i, i});
      }
    } else if (value != null) {
      throw error(
          pipe.offset(), "range", "range can't iterate over " + TemplateValues.print(value));
    }
    if (entries.isEmpty()) {
      walk(loop.otherwise(), dot, out);
      pop(mark);
      return;
    }
    for (Object[] entry : entries) {
      int inner = varNames.size();
      List<String> vars = pipe.vars();
      if (vars.size() == 1) {
        declare(vars.get(0), entry[1]);
      } else if (vars.size() == 2) {
        declare(vars.get(0), entry[0]);
        declare(vars.get(1), entry[1]);
      }
      try {
        walk(loop.body(), entry[1], out);
      } catch (LoopControl control) {
        if (control.isBreak) {
          pop(inner);
          break;
        }
      }
      pop(inner);
    }
    pop(mark);
  }

  private void declare(String name, Object value) {
    varNames.add(name);
    varValues.add(value);
  }

  private void pop(int mark) {
    varNames.subList(mark, varNames.size()).clear();
    varValues.subList(mark, varValues.size()).clear();
  }

  private Object pipe(Pipe pipe, Object dot) throws TemplateException {
    Object value = NO_FINAL;
    for (Cmd cmd : pipe.cmds()) {
      value = command(cmd, dot, value);
    }
    for (String var : pipe.vars()) {
      if (pipe.declare()) {
        declare(var, value);
      } else {
        int at = varNames.lastIndexOf(var);
        varValues.set(at, value);
      }
    }
    return value;
  }

  private Object command(Cmd cmd, Object dot, Object fin) throws TemplateException {
    Arg first = cmd.args().get(0);
    if (first instanceof Ident ident) {
      return call(cmd, ident.name(), dot, fin);
    }
    if (cmd.args().size() > 1 || fin != NO_FINAL) {
      throw error(
          cmd.offset(), cmd.source(), "can't give argument to non-function " + cmd.source());
    }
    return arg(cmd, first, dot);
  }

  private Object call(Cmd cmd, String name, Object dot, Object fin) throws TemplateException {
    List<Arg> argNodes = cmd.args().subList(1, cmd.args().size());
    if (name.equals("and") || name.equals("or")) {
      boolean and = name.equals("and");
      Object last = null;
      int count = argNodes.size() + (fin != NO_FINAL ? 1 : 0);
      if (count == 0) {
        throw error(
            cmd.offset(),
            cmd.source(),
            "wrong number of args for " + name + ": want at least 1 got 0");
      }
      for (int i = 0; i < count; i++) {
        last = i < argNodes.size() ? arg(cmd, argNodes.get(i), dot) : fin;
        if (TemplateValues.truth(last) != and) {
          return last;
        }
      }
      return last;
    }
    List<Object> args = new ArrayList<>();
    for (Arg a : argNodes) {
      args.add(arg(cmd, a, dot));
    }
    if (fin != NO_FINAL) {
      args.add(fin);
    }
    TemplateFunctions.Fn fn = functions.get(name);
    if (fn == null) {
      throw error(cmd.offset(), cmd.source(), "function \"" + name + "\" not supported here");
    }
    try {
      return fn.call(args);
    } catch (TemplateFunctions.ArgTypeError e) {
      if (e.index < argNodes.size() && e.index < cmd.argTexts().size() - 1) {
        int at = e.index + 1; // argTexts include the function name
        String text = cmd.argTexts().get(at);
        if (argNodes.get(e.index) instanceof Literal) {
          throw error(cmd.argOffsets().get(at), text, "expected " + e.expected + "; found " + text);
        }
        throw error(cmd.argOffsets().get(at), text, e.getMessage());
      }
      throw error(cmd.offset(), cmd.source(), e.getMessage());
    } catch (TemplateFunctions.FnError e) {
      throw error(cmd.offset(), cmd.source(), "error calling " + name + ": " + e.getMessage());
    } catch (IndexOutOfBoundsException e) {
      throw error(cmd.offset(), cmd.source(), "wrong number of args for " + name);
    } catch (TemplateException e) {
      throw e;
    } catch (Exception e) {
      throw error(cmd.offset(), cmd.source(), "error calling " + name + ": " + e.getMessage());
    }
  }

  private Object arg(Cmd cmd, Arg arg, Object dot) throws TemplateException {
    if (arg instanceof Dot) {
      return dot;
    }
    if (arg instanceof Literal literal) {
      return literal.value();
    }
    if (arg instanceof Field field) {
      return fields(cmd, dot, field.names());
    }
    if (arg instanceof Var var) {
      int at = varNames.lastIndexOf(var.name());
      return fields(cmd, varValues.get(at), var.fields());
    }
    if (arg instanceof Sub sub) {
      return fields(cmd, pipe(sub.pipe(), dot), sub.fields());
    }
    Ident ident = (Ident) arg;
    Cmd alone = new Cmd(cmd.offset(), ident.name(), List.of(ident));
    return call(alone, ident.name(), dot, NO_FINAL);
  }

  private Object fields(Cmd cmd, Object value, List<String> names) throws TemplateException {
    for (String name : names) {
      if (value instanceof GoStruct struct) {
        if (!struct.fields().containsKey(name)) {
          throw error(cmd.offset(), "." + name, "can't evaluate field " + name + " in type struct");
        }
        value = struct.fields().get(name);
      } else if (value instanceof Map<?, ?> map) {
        Object v = map.get(name);
        value = v != null ? v : "";
      } else if (value instanceof QuerySample sample) {
        value =
            switch (name) {
              case "Labels" -> sample.labels();
              case "Value" -> sample.value();
              default ->
                  throw error(
                      cmd.offset(),
                      "." + name,
                      "can't evaluate field " + name + " in type *template.sample");
            };
      } else if (value == null) {
        throw error(cmd.offset(), "." + name, "nil pointer evaluating interface {}." + name);
      } else {
        throw error(
            cmd.offset(),
            "." + name,
            "can't evaluate field " + name + " in type " + GoPrintf.goType(value));
      }
    }
    return value;
  }

  private TemplateException error(int offset, String context, String message) {
    String src = template.source();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(offset, src.length()); i++) {
      if (src.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column =
        src.substring(lineStart, Math.min(offset, src.length()))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
            .length;
    // go1.19's text/template prints the whole node here (later Go versions cut it at 20 bytes)
    String ctx = context;
    String name = template.name();
    return new TemplateException(
        "template: "
            + name
            + ":"
            + line
            + ":"
            + column
            + ": executing \""
            + name
            + "\" at <"
            + ctx
            + ">: "
            + message,
        offset);
  }
}
