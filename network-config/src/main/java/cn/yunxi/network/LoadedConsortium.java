package cn.yunxi.network;

import java.util.List;
import java.util.Objects;

/**
 * A valid consortium and the warnings found while loading it.
 *
 * @param consortium the validated model
 * @param warnings risks worth showing the operator (fewer than four validators, development keys,
 *     expired credentials …), in file order; may be empty
 */
public record LoadedConsortium(Consortium consortium, List<ValidationWarning> warnings) {
  public LoadedConsortium {
    Objects.requireNonNull(consortium, "consortium");
    warnings = List.copyOf(warnings);
  }
}
