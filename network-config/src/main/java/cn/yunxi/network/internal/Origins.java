package cn.yunxi.network.internal;

import cn.yunxi.network.Consortium;
import cn.yunxi.network.Department;
import cn.yunxi.network.Member;
import cn.yunxi.network.Node;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each department, node and member came from ({@code departments[2].nodes[0]}), by object
 * identity. The parser records the file's own paths, which stay right even when it had to leave a
 * broken item out of the model; for a model built in code the paths follow its list positions.
 */
public final class Origins {
  private final Map<Object, String> paths = new IdentityHashMap<>();

  /** Paths from list positions, for a consortium built in code. */
  public static Origins of(Consortium consortium) {
    Origins origins = new Origins();
    List<Department> departments = consortium.departments();
    for (int d = 0; d < departments.size(); d++) {
      Department department = departments.get(d);
      String dp = "departments[" + d + "]";
      origins.put(department, dp);
      for (int n = 0; n < department.nodes().size(); n++) {
        origins.put(department.nodes().get(n), dp + ".nodes[" + n + "]");
      }
      for (int m = 0; m < department.members().size(); m++) {
        origins.put(department.members().get(m), dp + ".members[" + m + "]");
      }
    }
    return origins;
  }

  void put(Object item, String path) {
    paths.put(item, path);
  }

  public String of(Department department) {
    return pathOf(department);
  }

  public String of(Node node) {
    return pathOf(node);
  }

  public String of(Member member) {
    return pathOf(member);
  }

  private String pathOf(Object item) {
    String path = paths.get(item);
    if (path == null) {
      throw new IllegalArgumentException("no origin recorded for " + item);
    }
    return path;
  }
}
