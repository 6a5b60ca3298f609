package cn.yunxi.demo;

import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.model.Bytes32;

/**
 * A member playing a part in the demo: who it is, its department and its SDK client.
 *
 * @param name the member's name from the consortium file, e.g. {@code 洪塘中队执法队员}
 * @param departmentCode its department's code
 * @param signer its member key
 * @param client its SDK client, signing with that key
 */
record Actor(String name, String departmentCode, Signer signer, YunxiClient client) {
  Bytes32 department() {
    return Bytes32.fromAscii(departmentCode);
  }
}
