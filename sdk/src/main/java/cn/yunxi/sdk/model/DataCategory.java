package cn.yunxi.sdk.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Data categories a request asks for and a letter covers; the chain stores them as bits of a {@code
 * uint256}. The consortium agrees the list; bits the SDK does not name still travel in the raw mask
 * of requests and letters.
 */
public enum DataCategory {
  VEHICLE_REGISTRATION(0), // 车辆登记信息
  OWNER_REGISTRATION(1), // 车主登记信息
  BUSINESS_LICENCE(2), // 营业执照
  HOUSEHOLD_REGISTRATION(3), // 户籍信息
  PROPERTY_REGISTRATION(4), // 不动产登记
  SURVEILLANCE_VIDEO(5); // 监控视频

  private final int bit;

  DataCategory(int bit) {
    this.bit = bit;
  }

  public long mask() {
    return 1L << bit;
  }

  public static long toMask(Set<DataCategory> categories) {
    long mask = 0;
    for (DataCategory c : categories) {
      mask |= c.mask();
    }
    return mask;
  }

  public static Set<DataCategory> fromMask(long mask) {
    Set<DataCategory> out = EnumSet.noneOf(DataCategory.class);
    for (DataCategory c : values()) {
      if ((mask & c.mask()) != 0) {
        out.add(c);
      }
    }
    return out;
  }
}
