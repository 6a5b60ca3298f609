package cn.yunxi.demo;

import cn.yunxi.network.Department;
import cn.yunxi.network.deploy.KeyResolver;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.Recipient;
import org.web3j.utils.Numeric;

/**
 * A department's keys as the demo uses them: the seal that stamps its responses, and its encryption
 * key pair (evidence and responses for it are encrypted to the public half).
 *
 * @param seal the seal (盖章) signer
 * @param recipient the encryption key as an envelope recipient
 * @param decryption the private half, opening envelopes addressed to the department
 */
record DepartmentKeys(Signer seal, Recipient recipient, DecryptionKey decryption) {
  static DepartmentKeys of(Department department, KeyResolver keys) {
    var sealKey = keys.credentials(department.sealKey()).getEcKeyPair().getPrivateKey();
    var encryption = keys.credentials(department.encryptionKey()).getEcKeyPair();
    return new DepartmentKeys(
        Signers.privateKey(sealKey),
        Recipient.secp256k1(keys.publicKey(department.encryptionKey())),
        DecryptionKeys.secp256k1(Numeric.toBytesPadded(encryption.getPrivateKey(), 32)));
  }
}
