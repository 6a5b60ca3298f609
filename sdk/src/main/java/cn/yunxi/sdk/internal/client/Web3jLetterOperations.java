package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.LetterRegistry;
import cn.yunxi.sdk.LetterOperations;
import cn.yunxi.sdk.Signature;
import cn.yunxi.sdk.Signer;
import cn.yunxi.sdk.internal.Eip712;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.tx.Inclusion;
import java.math.BigInteger;
import java.time.Instant;

/** Introduction letters through the LetterRegistry; ids and signatures computed locally. */
final class Web3jLetterOperations implements LetterOperations {
  private final LetterRegistry registry;
  private final ContractCalls calls;
  private final Rpc rpc;
  private final Signer signer;
  private final long chainId;
  private final Address registryAddress;

  Web3jLetterOperations(
      LetterRegistry registry, ContractCalls calls, Rpc rpc, Signer signer, long chainId) {
    this.registry = registry;
    this.calls = calls;
    this.rpc = rpc;
    this.signer = signer;
    this.chainId = chainId;
    this.registryAddress = Address.fromHex(registry.getContractAddress());
  }

  @Override
  public synchronized IssuedLetter issue(IntroductionLetter letter) {
    if (!letter.issuer().equals(signer.address())) {
      throw new IllegalArgumentException(
          "letter.issuer " + letter.issuer() + " is not this client's member " + signer.address());
    }
    Bytes32 id = idOf(letter);
    Signature signature = signer.sign(id);
    Inclusion inclusion = calls.send(registry.issue(Structs.letter(letter)));
    return new IssuedLetter(letter, id, signature, inclusion);
  }

  @Override
  public BigInteger nextNonce() {
    return rpc.call("nonceOf", () -> registry.nonceOf(signer.address().toHex()).send());
  }

  @Override
  public Inclusion revoke(Bytes32 letterId, Bytes32 reasonHash) {
    return calls.send(registry.revoke(letterId.toByteArray(), reasonHash.toByteArray()));
  }

  @Override
  public boolean isValid(Bytes32 letterId, Instant moment) {
    return rpc.call(
        "isValid",
        () ->
            registry
                .isValid(letterId.toByteArray(), BigInteger.valueOf(moment.getEpochSecond()))
                .send());
  }

  @Override
  public Bytes32 idOf(IntroductionLetter letter) {
    return Eip712.letterDigest(letter, chainId, registryAddress);
  }

  @Override
  public boolean verifyDocument(IntroductionLetter letter, Signature signature) {
    return rpc.call(
        "verifySignature",
        () -> registry.verifySignature(Structs.letter(letter), signature.toBytes()).send());
  }
}
