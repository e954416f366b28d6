package io.nexla.reactive.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real forward proxy on loopback for tests: HTTP {@code CONNECT} tunnels and SOCKS5 (RFC 1928, with RFC 1929
 * username/password), optionally requiring credentials. It records every tunnel it opened or refused. Plain threads
 * and blocking sockets: this runs outside the client's event loops, as a proxy in the field would.
 */
final class ForwardProxy implements AutoCloseable {

  /** One tunnel request: its protocol, target, the credentials offered and whether it was opened. */
  record Tunnel(String protocol, String target, String credentials, boolean opened) {}

  final List<Tunnel> tunnels = new CopyOnWriteArrayList<>();
  private final ServerSocket server;
  private final String requiredUser;
  private final String requiredPassword;

  private ForwardProxy(String requiredUser, String requiredPassword) throws IOException {
    this.requiredUser = requiredUser;
    this.requiredPassword = requiredPassword;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "forward-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy that opens every tunnel. */
  static ForwardProxy open() throws IOException {
    return new ForwardProxy(null, null);
  }

  /** A proxy that opens tunnels only for {@code user} / {@code password}. */
  static ForwardProxy requiring(String user, String password) throws IOException {
    return new ForwardProxy(user, password);
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread handler = new Thread(() -> handle(client), "forward-proxy-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      int first = in.read();
      if (first == 5) {
        socks5(client, in, out);
      } else if (first > 0) {
        httpConnect((char) first + readLine(in), in, out, client);
      }
    } catch (IOException ignored) {
      // the client or the target closed the connection
    }
  }

  private void httpConnect(String requestLine, InputStream in, OutputStream out, Socket client) throws IOException {
    String credentials = "";
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      if (line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
        credentials = line.substring(20).trim();
      }
    }
    String[] parts = requestLine.split(" ");
    String target = parts.length > 1 ? parts[1] : "";
    String expected = requiredUser == null ? "" : "Basic " + java.util.Base64.getEncoder().encodeToString(
        (requiredUser + ":" + requiredPassword).getBytes(StandardCharsets.UTF_8));
    boolean allowed = parts[0].equals("CONNECT") && (requiredUser == null || expected.equals(credentials));
    tunnels.add(new Tunnel("http", target, credentials, allowed));
    if (!allowed) {
      out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
          + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return;
    }
    int colon = target.lastIndexOf(':');
    try (Socket upstream = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
      out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      pipe(client, upstream);
    }
  }

  private void socks5(Socket client, InputStream in, OutputStream out) throws IOException {
    byte[] methods = in.readNBytes(in.read());
    boolean offersPassword = contains(methods, 2);
    String credentials = "";
    if (requiredUser != null) {
      if (!offersPassword) {
        out.write(new byte[] {5, (byte) 0xFF});
        tunnels.add(new Tunnel("socks5", "", "", false));
        return;
      }
      out.write(new byte[] {5, 2});
      in.read(); // sub-negotiation version
      String user = new String(in.readNBytes(in.read()), StandardCharsets.UTF_8);
      String password = new String(in.readNBytes(in.read()), StandardCharsets.UTF_8);
      credentials = user + ":" + password;
      boolean ok = user.equals(requiredUser) && password.equals(requiredPassword);
      out.write(new byte[] {1, (byte) (ok ? 0 : 1)});
      if (!ok) {
        tunnels.add(new Tunnel("socks5", "", credentials, false));
        return;
      }
    } else {
      out.write(new byte[] {5, 0});
    }
    byte[] header = in.readNBytes(4); // version, command (1 = connect), reserved, address type
    String host = switch (header[3]) {
      case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
      case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
      default -> new String(in.readNBytes(in.read()), StandardCharsets.US_ASCII);
    };
    int port = ((in.read() & 0xFF) << 8) | (in.read() & 0xFF);
    tunnels.add(new Tunnel("socks5", host + ":" + port, credentials, true));
    try (Socket upstream = new Socket()) {
      upstream.connect(new InetSocketAddress(host, port));
      out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
      out.flush();
      pipe(client, upstream);
    }
  }

  private static void pipe(Socket client, Socket upstream) throws IOException {
    Thread back = new Thread(() -> copy(upstream, client), "forward-proxy-pipe");
    back.setDaemon(true);
    back.start();
    copy(client, upstream);
    try {
      back.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException ignored) {
      // one side closed
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  private static boolean contains(byte[] values, int wanted) {
    for (byte value : values) {
      if (value == wanted) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
