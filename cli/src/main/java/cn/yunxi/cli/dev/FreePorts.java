package cn.yunxi.cli.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks local TCP ports. A port is only probed, not held, so another program could take it before
 * the process that is given it binds; on a developer's machine that race is rare, and the process
 * then fails to start with a clear log line.
 */
public final class FreePorts {
  private FreePorts() {}

  /** {@code preferred} if it is free on 127.0.0.1 (and not 0), else any free port. */
  public static int preferring(int preferred) {
    if (preferred > 0 && isFree(preferred)) {
      return preferred;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port: " + e.getMessage(), e);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
