package cn.yunxi.demo;

import cn.yunxi.network.Role;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.index.EventView;
import cn.yunxi.sdk.index.PageQuery;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CustodyAction;
import cn.yunxi.sdk.proof.EvidencePackage;
import cn.yunxi.sdk.proof.EvidencePackageExporter;
import cn.yunxi.sdk.proof.EvidenceVerifier;
import cn.yunxi.sdk.proof.TrustAnchor;
import cn.yunxi.sdk.proof.Verdict;
import cn.yunxi.sdk.proof.Verification;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforcement supervision (执法监督): the auditor reads the seed case's scene photo from the bureau's
 * gateway (it was encrypted to the supervisor too), exports its evidence package, records the
 * export, verifies package and file offline against a block hash from the supervisor's own index —
 * then changes one byte of a copy and sees it rejected.
 */
final class AuditScenario {
  static final String TITLE = "执法监督审计";

  private final DemoContext ctx;

  AuditScenario(DemoContext ctx) {
    this.ctx = ctx;
  }

  void run(SeedCaseScenario.Outcome seed) {
    Narrator n = ctx.narrator;
    Actor auditor = ctx.cast.anywhere(Role.AUDITOR);
    DepartmentKeys auditorKeys = ctx.cast.keys(auditor.departmentCode());
    Bytes32 caseId = seed.played().caseId();
    DemoContext.Sealed photo = seed.photoDeposit();
    Path dir = directory(ctx.scratch.resolve("audit-" + ctx.runId));
    Path photoFile = dir.resolve("scene-photo.jpg");
    Path packageFile = dir.resolve("scene-photo.evidence.json");
    n.note(
        "审计员 auditor: "
            + auditor.name()
            + " ("
            + auditor.departmentCode()
            + "), 案号 "
            + seed.played().number());

    DepartmentNode bureau = ctx.env.department(seed.played().ownerCode());
    n.step(
        "调取原件",
        "fetch the photo from the bureau's gateway and decrypt it with the supervisor's key",
        () -> {
          IndexWatch.awaitBlock(bureau, photo.deposit().inclusion().blockNumber());
          GatewayBlobStore gateway =
              GatewayBlobStore.builder()
                  .endpoint(bureau.gatewayUrl())
                  .chainId(ctx.env.chainId())
                  .gateway(Bytes32.fromAscii(bureau.code()))
                  .signer(auditor.signer())
                  .build()
                  .in(GatewayBlobStore.Scope.caseItem(caseId));
          try (OutputStream out = Files.newOutputStream(photoFile)) {
            EvidenceIntake.create(gateway)
                .open(photo.sealed().blobRef(), auditorKeys.decryption(), out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Invariants.check(
              Arrays.equals(read(photoFile), seed.photo()),
              "the decrypted photo differs from the one the officer took");
          return photoFile;
        },
        f -> f.getFileName() + ", " + size(f) / 1024 + " KiB");

    EvidencePackage exported =
        n.step(
            "导出证据包",
            "export the evidence package",
            () -> {
              try (EvidencePackageExporter exporter =
                  EvidencePackageExporter.connect(
                      ctx.env.rpcUrl(), ctx.env.chainId(), ctx.env.contracts().evidence())) {
                EvidencePackage pkg =
                    exporter.exportDeposit(
                        photo.deposit().inclusion().transactionHash(),
                        photo.deposit().evidenceId());
                Files.write(packageFile, pkg.toJson());
                return pkg;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            p ->
                packageFile.getFileName()
                    + ", "
                    + size(packageFile) / 1024
                    + " KiB, block "
                    + p.blockNumber());
    n.tx(
        "导出留痕",
        "record the export on chain (custody)",
        () ->
            auditor
                .client()
                .evidence()
                .recordAccess(
                    photo.deposit().evidenceId(),
                    caseId,
                    CustodyAction.EXPORTED,
                    DemoContext.hash(
                        new String(exported.toJson(), java.nio.charset.StandardCharsets.UTF_8))));

    Bytes32 trusted =
        n.step(
            "取可信区块哈希",
            "take the block hash from the supervisor's own index",
            () -> trustedBlockHash(caseId, photo.deposit().inclusion().transactionHash()),
            h -> Narrator.shortHex(h.toHex()));
    TrustAnchor anchor =
        TrustAnchor.blockHashes(ctx.env.chainId(), ctx.env.contracts().evidence(), Set.of(trusted));
    n.step(
        "离线验证",
        "verify package + file offline",
        () ->
            expect(
                EvidenceVerifier.of(anchor).verify(readPackage(packageFile), photoFile),
                Verdict.VERIFIED),
        v -> v.verdict().name());

    Path tampered = dir.resolve("scene-photo-tampered.jpg");
    n.step(
        "篡改副本验证",
        "change one byte of a copy: it must be rejected",
        () -> {
          byte[] bytes = read(photoFile);
          bytes[bytes.length / 2] ^= 0x01;
          write(tampered, bytes);
          return expect(
              EvidenceVerifier.of(anchor).verify(readPackage(packageFile), tampered),
              Verdict.MISMATCH);
        },
        v -> v.verdict().name() + " — " + v.reason());
  }

  /** The block of the deposit as the supervisor's own indexer recorded it. */
  private Bytes32 trustedBlockHash(Bytes32 caseId, Bytes32 transaction) {
    DepartmentNode own = ctx.auditNode();
    IndexWatch.awaitBlock(own, 0);
    return IndexWatch.client(own, ctx.env.auditorToken())
        .caseTimeline(caseId, PageQuery.first(PageQuery.MAX_LIMIT))
        .data()
        .stream()
        .filter(e -> e.transactionHash().equals(transaction))
        .map(EventView::blockHash)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("the supervisor's index does not know the deposit"));
  }

  private static Verification expect(Verification v, Verdict wanted) {
    Invariants.check(v.verdict() == wanted, "expected " + wanted + ", the verifier said " + v);
    return v;
  }

  private static EvidencePackage readPackage(Path file) {
    return EvidencePackage.parse(read(file));
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
