package dev.hireloop.adapter.out.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * A tiny SMTP server on a free loopback port that answers from a script, for the replies GreenMail cannot give
 * (a refused recipient, a busy mailbox, a 421 greeting) or a server that never answers. It advertises no STARTTLS.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  private final ServerSocket server;
  private final String greeting;
  private final Map<String, String> replies;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private ScriptedSmtpServer(String greeting, Map<String, String> replies) throws IOException {
    this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.greeting = greeting;
    this.replies = Map.copyOf(replies);
    this.acceptor = new Thread(this::serve, "scripted-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server that answers every command normally except those in {@code replies} (verb → reply line). */
  static ScriptedSmtpServer answering(Map<String, String> replies) throws IOException {
    return new ScriptedSmtpServer("220 scripted ESMTP", replies);
  }

  static ScriptedSmtpServer greeting(String greeting) throws IOException {
    return new ScriptedSmtpServer(greeting, Map.of());
  }

  /** Accepts connections and never says a word. */
  static ScriptedSmtpServer silent() throws IOException {
    return new ScriptedSmtpServer(null, Map.of());
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        clients.add(client);
        if (greeting != null) {
          converse(client);
        }
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    write(out, greeting);
    if (!greeting.startsWith("2")) {
      client.close();
      return;
    }
    Map<String, String> defaults = new HashMap<>(Map.of("EHLO", "250-scripted\r\n250 8BITMIME", "HELO", "250 scripted",
        "MAIL", "250 ok", "RCPT", "250 ok", "DATA", "354 go ahead", "RSET", "250 ok", "NOOP", "250 ok",
        "QUIT", "221 bye", "END-OF-DATA", "250 queued"));
    defaults.putAll(replies);
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
      String reply = defaults.getOrDefault(verb, "502 not implemented");
      write(out, reply);
      if (verb.equals("DATA") && reply.startsWith("354")) {
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message itself is of no interest here
        }
        write(out, defaults.get("END-OF-DATA"));
      } else if (verb.equals("QUIT")) {
        client.close();
        return;
      }
    }
  }

  private static void write(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket client : clients) {
      client.close();
    }
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
