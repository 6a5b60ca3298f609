package cn.yunxi.sdk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random corruptions of valid packages (the deposit and batch packages exported from Anvil):
 * byte and character edits, cuts and splices, hex-digit changes, and JSON-aware edits (a field
 * removed, added, retyped, a value swapped, an array entry repeated). Whatever the corruption, the
 * parser throws nothing but {@link PackageFormatException}, the verifier throws nothing at all, and
 * a package that verifies is one that reads back equal to the original (whitespace, key order, hex
 * case: no change at all).
 */
class PackageFuzzTest {
  private static final int ROUNDS = 6000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEX_DIGITS = "0123456789abcdefABCDEF";
  private static final String NOISE =
      "0123456789abcdefxX\"{}[],: \n\\-.eE+truefalsenul中\u0000\u00ff";

  enum Outcome {
    FORMAT_ERROR,
    VERIFIED_UNCHANGED,
    UNANCHORED,
    NOT_FOUND,
    MISMATCH,
    INVALID_PROOF
  }

  @Test
  void corruptedDepositPackagesNeverVerify() {
    fuzz("deposit", Fixtures.deposit(), Fixtures.depositContent(), 1);
  }

  @Test
  void corruptedBatchPackagesNeverVerify() {
    fuzz("batch", Fixtures.batch(), Fixtures.batchContent(), 2);
  }

  @Test
  void randomBytesAreRefusedAsFormatErrors() {
    Random random = new Random(3);
    for (int i = 0; i < 2000; i++) {
      byte[] junk = new byte[random.nextInt(300)];
      random.nextBytes(junk);
      try {
        EvidencePackage.parse(junk);
        fail("random bytes parsed as a package: " + HexFormat.of().formatHex(junk));
      } catch (PackageFormatException expected) {
        // the only acceptable outcome
      }
    }
  }

  private void fuzz(String name, EvidencePackage original, byte[] content, long seed) {
    byte[] json = original.toJson();
    EvidenceVerifier verifier = EvidenceVerifier.of(Fixtures.anchorFor(original));
    assertThat(verifier.verify(original, content).verdict()).isEqualTo(Verdict.VERIFIED);
    Random random = new Random(seed);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (int round = 0; round < ROUNDS; round++) {
      int strategy = random.nextInt(12);
      byte[] mutated;
      try {
        mutated = mutate(json, strategy, random);
      } catch (Exception e) {
        throw new AssertionError("building mutation " + round, e);
      }
      Outcome outcome;
      try {
        EvidencePackage pkg;
        try {
          pkg = EvidencePackage.parse(mutated);
        } catch (PackageFormatException e) {
          outcomes.merge(Outcome.FORMAT_ERROR, 1, Integer::sum);
          continue;
        }
        Verification v = verifier.verify(pkg, content);
        if (v.verdict() == Verdict.VERIFIED) {
          assertThat(pkg)
              .as(
                  "round %d (strategy %d) verified a changed package:%n%s",
                  round, strategy, new String(mutated, StandardCharsets.UTF_8))
              .isEqualTo(original);
          outcome = Outcome.VERIFIED_UNCHANGED;
        } else {
          outcome = Outcome.valueOf(v.verdict().name());
        }
      } catch (AssertionError e) {
        throw e;
      } catch (RuntimeException e) {
        throw new AssertionError(
            "round "
                + round
                + " (strategy "
                + strategy
                + ") threw "
                + e
                + " for:\n"
                + new String(mutated, StandardCharsets.UTF_8),
            e);
      }
      outcomes.merge(outcome, 1, Integer::sum);
    }
    System.out.println("fuzz " + name + " " + ROUNDS + " rounds: " + outcomes);
    assertThat(outcomes.getOrDefault(Outcome.FORMAT_ERROR, 0))
        .as("some corruptions are format errors")
        .isPositive();
    assertThat(outcomes.getOrDefault(Outcome.INVALID_PROOF, 0))
        .as("some corruptions parse and break a link")
        .isPositive();
  }

  private static byte[] mutate(byte[] json, int strategy, Random random) throws Exception {
    String text = new String(json, StandardCharsets.UTF_8);
    return switch (strategy) {
      case 0 -> flipBit(json, random);
      case 1 -> replaceChar(text, random, NOISE);
      case 2 -> hexDigit(text, random);
      case 3 -> hexDigit(hexDigit(text.getBytes(StandardCharsets.UTF_8), random), random);
      case 4 -> deleteRange(text, random);
      case 5 -> insertNoise(text, random);
      case 6 -> duplicateRange(text, random);
      case 7 -> text.substring(0, random.nextInt(text.length())).getBytes(StandardCharsets.UTF_8);
      case 8 -> jsonEdit(json, random);
      case 9 -> swapStrings(json, random);
      case 10 -> changeNumber(text, random);
      default -> cosmetic(text, random);
    };
  }

  private static byte[] flipBit(byte[] json, Random random) {
    byte[] out = json.clone();
    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  private static byte[] replaceChar(String text, Random random, String alphabet) {
    int i = random.nextInt(text.length());
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    return (text.substring(0, i) + c + text.substring(i + 1)).getBytes(StandardCharsets.UTF_8);
  }

  /** Changes one hex digit inside a 0x… string to another: the edit most likely to parse. */
  private static byte[] hexDigit(String text, Random random) {
    for (int attempt = 0; attempt < 100; attempt++) {
      int i = random.nextInt(text.length());
      int start = text.lastIndexOf("\"0x", i);
      if (start < 0) {
        continue;
      }
      int end = text.indexOf('"', start + 1);
      if (i <= start + 2 || i >= end) {
        continue;
      }
      char c;
      do {
        c = HEX_DIGITS.charAt(random.nextInt(HEX_DIGITS.length()));
      } while (Character.toLowerCase(c) == Character.toLowerCase(text.charAt(i)));
      return (text.substring(0, i) + c + text.substring(i + 1)).getBytes(StandardCharsets.UTF_8);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hexDigit(byte[] json, Random random) {
    return hexDigit(new String(json, StandardCharsets.UTF_8), random);
  }

  private static byte[] deleteRange(String text, Random random) {
    int i = random.nextInt(text.length());
    int n = 1 + random.nextInt(Math.min(40, text.length() - i));
    return (text.substring(0, i) + text.substring(i + n)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insertNoise(String text, Random random) {
    int i = random.nextInt(text.length() + 1);
    StringBuilder noise = new StringBuilder();
    for (int k = 1 + random.nextInt(6); k > 0; k--) {
      noise.append(NOISE.charAt(random.nextInt(NOISE.length())));
    }
    return (text.substring(0, i) + noise + text.substring(i)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] duplicateRange(String text, Random random) {
    int i = random.nextInt(text.length());
    int n = 1 + random.nextInt(Math.min(200, text.length() - i));
    int at = random.nextInt(text.length() + 1);
    String piece = text.substring(i, i + n);
    return (text.substring(0, at) + piece + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] changeNumber(String text, Random random) {
    List<int[]> numbers = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && text.charAt(i - 1) == ' ') {
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
          j++;
        }
        numbers.add(new int[] {i, j});
        i = j;
      }
    }
    int[] n = numbers.get(random.nextInt(numbers.size()));
    String[] replacements = {
      "0",
      "1",
      "-1",
      "255",
      "256",
      "4294967296",
      "1e3",
      "1.5",
      "99999999999999999999",
      "null",
      "\"1\""
    };
    String r =
        random.nextBoolean()
            ? replacements[random.nextInt(replacements.length)]
            : Long.toString(
                Long.parseLong(text.substring(n[0], n[1])) + (random.nextBoolean() ? 1 : -1));
    return (text.substring(0, n[0]) + r + text.substring(n[1])).getBytes(StandardCharsets.UTF_8);
  }

  /** Whitespace and hex-letter case: changes that must not change the package. */
  private static byte[] cosmetic(String text, Random random) {
    StringBuilder out = new StringBuilder();
    boolean inHex = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inHex = text.startsWith("\"0x", i);
      }
      if (inHex && c >= 'a' && c <= 'f' && random.nextInt(3) == 0) {
        c = Character.toUpperCase(c);
      }
      out.append(c);
      if ((c == ',' || c == ':' || c == '[') && random.nextInt(4) == 0) {
        out.append(random.nextBoolean() ? " \t" : "\r\n ");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] swapStrings(byte[] json, Random random) throws Exception {
    JsonNode root = JSON.readTree(json);
    List<JsonNode[]> slots = new ArrayList<>();
    collect(root, slots);
    JsonNode[] a = slots.get(random.nextInt(slots.size()));
    JsonNode[] b = slots.get(random.nextInt(slots.size()));
    JsonNode va = value(a);
    JsonNode vb = value(b);
    set(a, vb);
    set(b, va);
    return JSON.writeValueAsBytes(root);
  }

  private static byte[] jsonEdit(byte[] json, Random random) throws Exception {
    JsonNode root = JSON.readTree(json);
    List<JsonNode[]> slots = new ArrayList<>();
    collect(root, slots);
    JsonNode[] slot = slots.get(random.nextInt(slots.size()));
    switch (random.nextInt(7)) {
      case 0 -> {
        if (slot[0] instanceof ObjectNode o) {
          o.remove(((TextNode) slot[1]).textValue());
        } else {
          ((ArrayNode) slot[0]).remove(((IntNode) slot[1]).intValue());
        }
      }
      case 1 -> {
        if (slot[0] instanceof ObjectNode o) {
          o.put("extra" + random.nextInt(3), "0x00");
        } else {
          ((ArrayNode) slot[0]).add(value(slot));
        }
      }
      case 2 -> set(slot, NullNode.instance);
      case 3 -> set(slot, new IntNode(random.nextInt(300) - 10));
      case 4 -> set(slot, new TextNode("0x" + "00".repeat(random.nextInt(40))));
      case 5 -> set(slot, JSON.createObjectNode());
      default -> {
        JsonNode v = value(slot);
        if (v.isTextual() && v.textValue().startsWith("0x") && v.textValue().length() > 4) {
          String s = v.textValue();
          set(slot, new TextNode(s.substring(0, s.length() - 2)));
        } else {
          set(slot, JSON.createArrayNode());
        }
      }
    }
    return JSON.writeValueAsBytes(root);
  }

  /** Every (container, key-or-index) pair below the root. */
  private static void collect(JsonNode node, List<JsonNode[]> slots) {
    if (node instanceof ObjectNode o) {
      Iterator<String> names = o.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        slots.add(new JsonNode[] {o, new TextNode(name)});
        collect(o.get(name), slots);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        slots.add(new JsonNode[] {a, new IntNode(i)});
        collect(a.get(i), slots);
      }
    }
  }

  private static JsonNode value(JsonNode[] slot) {
    return slot[0] instanceof ObjectNode o
        ? o.get(((TextNode) slot[1]).textValue())
        : slot[0].get(((IntNode) slot[1]).intValue());
  }

  private static void set(JsonNode[] slot, JsonNode v) {
    if (slot[0] instanceof ObjectNode o) {
      o.set(((TextNode) slot[1]).textValue(), v);
    } else {
      ((ArrayNode) slot[0]).set(((IntNode) slot[1]).intValue(), v);
    }
  }
}
