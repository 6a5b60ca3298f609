package cn.yunxi.network;

import java.util.Objects;
import java.util.Optional;

/**
 * One Besu node run by a department.
 *
 * @param name the node's name, unique in the consortium; also its directory in the generated
 *     network, so lower-case letters, digits and {@code -}
 * @param host the IP address other nodes reach it at (its enode's host, Besu's {@code p2p-host})
 * @param p2pPort the devp2p port (TCP and UDP discovery), Besu's {@code p2p-port}
 * @param rpcPort the JSON-RPC HTTP port, Besu's {@code rpc-http-port}
 * @param wsPort the JSON-RPC WebSocket port, Besu's {@code rpc-ws-port}
 * @param validator whether the node is one of the genesis QBFT validators
 * @param rpcHost the interface JSON-RPC listens on ({@code rpc-http-host} and {@code rpc-ws-host});
 *     {@code 127.0.0.1} unless the department's systems call the node from other machines
 * @param publicKey the node's public key (128 hex digits, {@code 0x} optional) when the key was
 *     generated on the node's own machine; the generator then writes no private key for it
 */
public record Node(
    String name,
    String host,
    int p2pPort,
    int rpcPort,
    int wsPort,
    boolean validator,
    String rpcHost,
    Optional<String> publicKey) {

  /** The default of {@link #rpcHost()}: JSON-RPC reachable from the node's own machine only. */
  public static final String LOCAL_RPC_HOST = "127.0.0.1";

  public Node {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(rpcHost, "rpcHost");
    Objects.requireNonNull(publicKey, "publicKey");
  }
}
