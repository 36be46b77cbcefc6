package dev.hireloop.adapter.in.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The page templates, {@code src/main/resources/web/*.mustache}, compiled once and cached by Mustache.java.
 * {@code {{value}}} is HTML-escaped; no template uses the unescaped form, so every value a view model hands over
 * (a candidate's name, a job title) is shown as text, never as markup.
 */
final class Templates {
  private final MustacheFactory factory = new DefaultMustacheFactory("web");

  /** Renders {@code web/<name>.mustache} over {@code model}. */
  String render(String name, Object model) {
    Mustache mustache = factory.compile(name + ".mustache");
    StringWriter out = new StringWriter(4096);
    try {
      mustache.execute(out, model).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
