package dev.hireloop.adapter.in.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one stylesheet and the one script, read once from {@code web/assets/}; cached by browsers for a day. */
final class Assets {
  private final byte[] css = load("hireloop.css");
  private final byte[] js = load("hireloop.js");

  void css(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "public, max-age=86400").result(css);
  }

  void js(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "public, max-age=86400").result(js);
  }

  private static byte[] load(String name) {
    String resource = "/web/assets/" + name;
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
