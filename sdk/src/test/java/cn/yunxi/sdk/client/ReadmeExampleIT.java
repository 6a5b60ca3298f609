package cn.yunxi.sdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.contracts.DevConsortium;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.ContractAddresses;
import cn.yunxi.sdk.Deposit;
import cn.yunxi.sdk.Signers;
import cn.yunxi.sdk.YunxiClient;
import cn.yunxi.sdk.blob.LocalBlobStore;
import cn.yunxi.sdk.crypto.DecryptionKeys;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEvidence;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceKind;
import cn.yunxi.sdk.model.NewEvidence;
import cn.yunxi.sdk.proof.EvidencePackage;
import cn.yunxi.sdk.proof.EvidencePackageExporter;
import cn.yunxi.sdk.proof.EvidenceVerifier;
import cn.yunxi.sdk.proof.TrustAnchor;
import cn.yunxi.sdk.proof.Verdict;
import cn.yunxi.sdk.proof.Verification;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's SDK example, compiled and run: deposit a file, export and verify its package. */
class ReadmeExampleIT {
  @Test
  void theReadmeExampleWorks() throws Exception {
    try (DevConsortium chain = DevConsortium.start()) {
      String rpcUrl = chain.anvil.rpcUrl();
      long chainId = DevConsortium.CHAIN_ID;
      ContractAddresses addresses = ClientFixture.addresses(chain);
      BigInteger officerKey = chain.officer.getEcKeyPair().getPrivateKey();
      Path photo = Files.createTempFile("photo", ".jpg");
      Files.write(photo, "JPEG bytes of the car on the green space".getBytes());
      Path blobDir = Files.createTempDirectory("blobs");
      byte[] departmentPublicKey = DecryptionKeys.secp256k1(new byte[] {7}).publicKey();

      // --- README example starts here ---
      try (YunxiClient client =
          YunxiClient.builder()
              .endpoint(rpcUrl)
              .chainId(chainId)
              .signer(Signers.privateKey(officerKey))
              .contracts(addresses)
              .build()) {
        Bytes32 caseId = CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0001号");
        client.cases().open(caseId, 101, false);

        // Hash (SHA-256 + SM3), encrypt to the department's key and store, in one pass.
        EvidenceIntake intake = EvidenceIntake.create(LocalBlobStore.open(blobDir));
        SealedEvidence sealed =
            intake.seal(photo, List.of(Recipient.secp256k1(departmentPublicKey)));
        Deposit deposit =
            client
                .evidence()
                .deposit(
                    new NewEvidence(
                        caseId,
                        sealed.sha256(),
                        sealed.sm3(),
                        EvidenceKind.PHOTO.code(),
                        sealed.blobRef().toBytes32(),
                        Bytes32.ZERO));

        // An auditor exports the package and verifies it offline against a trusted block hash.
        EvidencePackage pkg;
        try (EvidencePackageExporter exporter =
            EvidencePackageExporter.connect(rpcUrl, chainId, addresses.evidence())) {
          pkg = exporter.exportDeposit(deposit.inclusion().transactionHash(), deposit.evidenceId());
        }
        TrustAnchor anchor =
            TrustAnchor.blockHashes(chainId, addresses.evidence(), Set.of(pkg.blockHash()));
        Verification result = EvidenceVerifier.of(anchor).verify(pkg, photo);
        // result.verdict() == Verdict.VERIFIED
        // --- README example ends here ---

        assertThat(result.verdict()).isEqualTo(Verdict.VERIFIED);
        Files.write(photo, "a retouched photo".getBytes());
        assertThat(EvidenceVerifier.of(anchor).verify(pkg, photo).verdict())
            .isEqualTo(Verdict.MISMATCH);
      }
    }
  }
}
